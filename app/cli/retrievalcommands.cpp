// The Retrieval lab's commands: `genlab index` (build or update an index folder from documents),
// `genlab search` (BM25, dense or hybrid; --json as documented in the README) and `genlab ask`
// (an extractive answer with [n] citations and the passages it rests on, or with --model a GPT
// model's answer, each sentence with the passage span that supports it or "unsupported").
#include "cli/command.h"
#include "cli/interruptwatch.h"
#include "cli/retrievalcommands.h"

#include "services/resourcepaths.h"
#include "services/text/textservice.h"

#include "engine/gpt/gptmodel.h"
#include "engine/retrieval/extractive.h"
#include "engine/retrieval/generativeanswer.h"
#include "engine/retrieval/retrievalindex.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <limits>
#include <stdexcept>
#include <stop_token>
#include <thread>

namespace genlab::cli {

namespace retrieval = engine::retrieval;
namespace gpt = engine::gpt;

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

// A JSON string literal, escaped as QJsonDocument escapes it.
QString jsonString(const QString &s)
{
    const QByteArray array = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

QString jsonNumber(double v)
{
    return QString::number(v, 'g', 9);
}

QString rankJson(const std::optional<retrieval::RankScore> &r, const char *scoreName)
{
    if (!r)
        return QStringLiteral("null");
    return QStringLiteral("{\"rank\": %1, \"%2\": %3}").arg(QString::number(r->rank), QLatin1String(scoreName), jsonNumber(r->score));
}

// One line of a passage's text for the console: whitespace collapsed, cut at about `chars`.
QString preview(const std::string &text, int chars = 160)
{
    QString s = q(text).simplified();
    if (s.size() > chars)
        s = s.left(chars).trimmed() + QStringLiteral(" …");
    return s;
}

QString where(const retrieval::Chunk &c, const retrieval::IndexedDocument &d)
{
    // One multi-argument arg(): a '%1' inside a path or heading is never taken for a placeholder.
    QString s = QStringLiteral("%1:%2").arg(QDir::toNativeSeparators(q(d.path)), QString::number(c.line));
    if (c.page > 0)
        s += QStringLiteral(" (page %1)").arg(c.page);
    if (!c.heading.empty())
        s += QStringLiteral(" [") + q(c.heading) + QLatin1Char(']');
    return s;
}

QString scores(const retrieval::SearchHit &h)
{
    QStringList parts;
    if (h.bm25)
        parts << QStringLiteral("bm25 #%1 %2").arg(h.bm25->rank).arg(h.bm25->score, 0, 'f', 3);
    if (h.dense)
        parts << QStringLiteral("dense #%1 %2").arg(h.dense->rank).arg(h.dense->score, 0, 'f', 3);
    if (h.fused)
        parts << QStringLiteral("fused #%1 %2").arg(h.fused->rank).arg(h.fused->score, 0, 'f', 4);
    return parts.join(QStringLiteral("   "));
}

QString indexFolder(const QCommandLineParser &p)
{
    const QString dir = p.value(QStringLiteral("index"));
    if (dir.isEmpty())
        throw UsageError{QStringLiteral("--index INDEX is required (a folder written by `genlab index`)")};
    if (!retrieval::RetrievalIndex::exists(dir.toStdString()))
        throw UsageError{QStringLiteral("--index: no retrieval index in '%1' (build one with `genlab index --docs PATH --out %1`)").arg(dir)};
    return dir;
}

// Says on stderr what opening repaired, so a user knows why the first search took longer.
void reportOpen(const QString &command, const retrieval::RetrievalIndex &index)
{
    for (const std::string &line : index.openReport().rebuilt)
        err(QStringLiteral("genlab %1: repaired %2").arg(command, q(line)));
    for (const std::string &line : index.openReport().notes)
        err(QStringLiteral("genlab %1: %2").arg(command, q(line)));
}

// The query from the positional arguments; an empty one (or one without a word) is a usage error.
std::string queryText(const CommandContext &ctx, const retrieval::RetrievalIndex *index, const QString &what)
{
    const QString text = ctx.positional.join(QLatin1Char(' ')).trimmed();
    if (text.isEmpty())
        throw UsageError{QStringLiteral("the %1 is empty: give the words to search for, e.g. genlab %2 --index INDEX \"why do GANs collapse?\"")
                             .arg(what, what == QLatin1String("question") ? QStringLiteral("ask") : QStringLiteral("search"))};
    const std::string s = text.toStdString();
    if (index && retrieval::analyzeTerms(s, index->analyzer()).empty())
        throw UsageError{QStringLiteral("the %1 '%2' has no words to search for (only punctuation or symbols)").arg(what, text)};
    return s;
}

// The shell's code for a process ended by SIGINT (128 + 2), which scripts test for.
constexpr int kInterruptedExitCode = 130;

int runIndex(const CommandContext &ctx)
{
    const QCommandLineParser &p = *ctx.parser;
    std::vector<std::string> paths;
    for (const QString &d : p.values(QStringLiteral("docs")) + ctx.positional)
        paths.push_back(d.toStdString());
    if (paths.empty())
        throw UsageError{QStringLiteral("--docs PATH is required (files or folders: .txt, .md, .html, .pdf)")};
    const QString outDir = p.value(QStringLiteral("out"));
    if (outDir.isEmpty())
        throw UsageError{QStringLiteral("--out INDEX is required (the index folder; created, or updated when it holds one)")};
    if (QFileInfo(outDir).exists() && !QFileInfo(outDir).isDir())
        throw UsageError{QStringLiteral("--out: '%1' is a file, not a folder").arg(outDir)};

    std::string why;
    retrieval::RetrievalIndex index = retrieval::RetrievalIndex::openOrCreate(outDir.toStdString(), &why);
    if (!why.empty())
        err(QStringLiteral("genlab index: the index in %1 could not be opened (%2); building it again").arg(outDir, q(why)));
    reportOpen(QStringLiteral("index"), index);

    // An existing index keeps its settings unless an option changes them.
    retrieval::IndexOptions o = index.options();
    try {
        if (p.isSet(QStringLiteral("chunking")))
            o.chunking = retrieval::ChunkingSpec::parse(p.value(QStringLiteral("chunking")).toStdString());
    } catch (const std::invalid_argument &e) {
        throw UsageError{QStringLiteral("--chunking: %1").arg(QString::fromUtf8(e.what()))};
    }
    if (p.isSet(QStringLiteral("embedder"))) {
        const QString e = p.value(QStringLiteral("embedder"));
        if (e != QLatin1String("lsa") && !QFileInfo(e).isDir())
            throw UsageError{QStringLiteral("--embedder must be lsa or a BERT / sentence-transformers folder (got '%1')").arg(e)};
        o.embedder = e.toStdString();
    }
    if (p.isSet(QStringLiteral("ann"))) {
        const QString a = p.value(QStringLiteral("ann"));
        if (a != QLatin1String("auto") && a != QLatin1String("hnsw") && a != QLatin1String("exact"))
            throw UsageError{QStringLiteral("--ann must be auto, hnsw or exact (got '%1')").arg(a)};
        o.ann = a.toStdString();
    }
    o.lsaDimension = int(intOption(p, QStringLiteral("lsa-dimension"), o.lsaDimension, 2, 4096));
    o.limits.helperExecutable = QCoreApplication::applicationFilePath().toStdString();

    engine::RunContext run = consoleRunContext(QStringLiteral("index"));
    std::stop_source stop;
    run.stop = stop.get_token();
    // Ctrl+C during `genlab index`: the first asks the update to stop at its next checkpoint (it then
    // throws Canceled before the commit, so the previous generation stays the index); the handler then
    // steps aside, so a second Ctrl+C ends the process at once (still harmless: an update that never
    // committed left only a half-written gen folder, which the next update removes).
    retrieval::UpdateReport r;
    try {
        const InterruptWatch watch(stop, [] {
            err(QStringLiteral("genlab index: cancelling at the next step (Ctrl+C again quits at once)"));
        });
        r = index.update(paths, o, run);
    } catch (const engine::Canceled &) {
        // update() throws Canceled only before its commit: index.json still names the previous generation.
        const QString folder = QDir::toNativeSeparators(q(index.folder()));
        if (index.documentCount() == 0 && !retrieval::RetrievalIndex::exists(index.folder()))
            err(QStringLiteral("genlab index: cancelled; nothing was written to %1 (it held no index before)").arg(folder));
        else
            err(QStringLiteral("genlab index: cancelled; the previous index generation in %1 is intact (%2 files, %3 passages)")
                    .arg(folder)
                    .arg(index.documentCount())
                    .arg(index.chunkCount()));
        return kInterruptedExitCode;
    }
    if (stop.stop_requested())
        err(QStringLiteral("genlab index: Ctrl+C came after the new index was committed; it is complete"));
    const retrieval::IndexOptions now = index.options();
    out(QStringLiteral("index:     %1").arg(QDir::toNativeSeparators(q(index.folder()))));
    out(QStringLiteral("files:     %1 indexed (%2 added, %3 changed, %4 unchanged, %5 removed; %6 read)")
            .arg(r.documents)
            .arg(r.added)
            .arg(r.changed)
            .arg(r.unchanged)
            .arg(r.removed)
            .arg(r.reread.size()));
    out(QStringLiteral("passages:  %1 (chunking %2)").arg(r.chunks).arg(q(now.chunking.toString())));
    QString dense;
    if (r.chunks == 0)
        dense = QStringLiteral("none (no passages)");
    else if (now.embedder == "lsa")
        dense = QStringLiteral("LSA, %1 dimensions%2")
                    .arg(index.vectorDimension())
                    .arg(r.lsaRefitted ? QStringLiteral(", fitted on this corpus") : QString());
    else
        dense = QStringLiteral("%1 (%2 passages embedded)").arg(q(now.embedder), QString::number(r.embeddedChunks));
    out(QStringLiteral("dense:     %1; %2").arg(dense, r.ann == "hnsw" ? QStringLiteral("HNSW graph") : QStringLiteral("exact scan")));
    if (!r.modified)
        out(QStringLiteral("status:    up to date (nothing changed)"));
    out(QStringLiteral("skipped:   %1").arg(r.skipped.size()));
    for (const auto &s : r.skipped)
        out(QStringLiteral("  %1: %2").arg(QDir::toNativeSeparators(q(s.path)), q(s.reason)));
    for (const auto &d : r.decodeNotes)
        out(QStringLiteral("decoded:   %1 (%2, %3 bytes replaced)")
                .arg(QDir::toNativeSeparators(q(d.path)), q(d.encoding), QString::number(d.replacedBytes)));
    for (const std::string &n : r.notes)
        out(QStringLiteral("note:      ") + q(n));
    return 0;
}

retrieval::SearchOptions searchOptions(const QCommandLineParser &p, int defaultTopK)
{
    retrieval::SearchOptions o;
    if (p.isSet(QStringLiteral("retriever"))) {
        try {
            o.retriever = retrieval::retrieverFromName(p.value(QStringLiteral("retriever")).toStdString());
        } catch (const std::invalid_argument &e) {
            throw UsageError{QStringLiteral("--retriever: %1").arg(QString::fromUtf8(e.what()))};
        }
    }
    o.topK = int(intOption(p, QStringLiteral("top-k"), defaultTopK, 1, 1000));
    return o;
}

void warnIfNoDense(const QString &command, const retrieval::RetrievalIndex &index, const retrieval::SearchOptions &o)
{
    std::string why;
    if (o.retriever != retrieval::Retriever::Bm25 && !index.denseAvailable(&why))
        err(QStringLiteral("genlab %1: dense retrieval is unavailable (%2)").arg(command, q(why)));
}

int runSearch(const CommandContext &ctx)
{
    const QCommandLineParser &p = *ctx.parser;
    queryText(ctx, nullptr, QStringLiteral("query")); // an empty query fails before the index is read
    const QString dir = indexFolder(p);
    const retrieval::SearchOptions o = searchOptions(p, 10);
    const retrieval::RetrievalIndex index = retrieval::RetrievalIndex::open(dir.toStdString());
    reportOpen(QStringLiteral("search"), index);
    const std::string query = queryText(ctx, &index, QStringLiteral("query"));
    warnIfNoDense(QStringLiteral("search"), index, o);
    const auto hits = index.search(query, o);
    if (p.isSet(QStringLiteral("json"))) {
        out(searchResultsJson(index, query, hits));
        return 0;
    }
    out(QStringLiteral("query: %1  (%2, top %3 of %4 passages)")
            .arg(q(query), q(retrieval::retrieverName(o.retriever)), QString::number(o.topK), QString::number(index.chunkCount())));
    if (hits.empty())
        out(QStringLiteral("no passage matches"));
    for (std::size_t i = 0; i < hits.size(); ++i) {
        const retrieval::Chunk c = index.chunk(hits[i].chunk);
        out(QStringLiteral("%1. ").arg(i + 1, 2) + where(c, index.document(c.document)));
        out(QStringLiteral("    ") + scores(hits[i]));
        out(QStringLiteral("    ") + preview(c.text));
    }
    return 0;
}

// --model: a GPT-2-family folder, or the shipped model's name.
QString generativeModelFolder(const QCommandLineParser &p)
{
    const QString value = p.value(QStringLiteral("model"));
    const QString shippedName = QString::fromLatin1(services::kShippedTextModel);
    if (value == shippedName) {
        const QString shipped = services::shippedModelPath(shippedName);
        if (shipped.isEmpty())
            throw std::runtime_error("the shipped model " + shippedName.toStdString() + " was not found (looked in " +
                                     services::modelSearchPaths().join(QStringLiteral(", ")).toStdString() +
                                     "); pass a model folder or set GENLAB_MODELS_DIR");
        return shipped;
    }
    if (!QFileInfo(value).isDir())
        throw UsageError{QStringLiteral("--model must be a GPT-2-family model folder or %1 (got '%2')").arg(shippedName, value)};
    return value;
}

bool isShippedTextModel(const QString &folder)
{
    const QString shipped = services::shippedModelPath(QString::fromLatin1(services::kShippedTextModel));
    return QFileInfo(folder).fileName() == QLatin1String(services::kShippedTextModel) ||
           (!shipped.isEmpty() && QFileInfo(shipped).canonicalFilePath() == QFileInfo(folder).canonicalFilePath());
}

// "[2] gans.md:34" or "unsupported (best overlap 0.12, gans.md:34)".
QString supportText(const retrieval::GeneratedSentence &s)
{
    const QString where = s.support.passage > 0
                              ? QStringLiteral("%1:%2").arg(QFileInfo(q(s.support.source)).fileName()).arg(s.support.line)
                              : QString();
    const QString attention = s.attentionPassage > 0 ? QStringLiteral("; most attention on [%1], %2")
                                                           .arg(s.attentionPassage)
                                                           .arg(s.attentionShare[std::size_t(s.attentionPassage - 1)], 0, 'f', 2)
                                                     : QString();
    if (!s.supported)
        return (where.isEmpty() ? QStringLiteral("unsupported (no passage shares a word")
                                : QStringLiteral("unsupported (best overlap %1, %2").arg(s.overlap, 0, 'f', 2).arg(where)) +
               attention + QLatin1Char(')');
    QStringList cites;
    for (int n : s.citations)
        cites << QStringLiteral("[%1]").arg(n);
    return QStringLiteral("%1 %2  (support [%3], overlap %4%5%6)")
        .arg(cites.join(QLatin1Char(' ')), where)
        .arg(s.support.passage)
        .arg(s.overlap, 0, 'f', 2)
        .arg(s.citationAdded ? QStringLiteral(", citation added") : QString(), attention);
}

QString generativeJson(const retrieval::RetrievalIndex &index, const retrieval::GenerativeAnswer &a,
                       const std::vector<retrieval::SearchHit> &hits, const QString &folder)
{
    QStringList sentences;
    for (const auto &s : a.sentences) {
        QStringList model;
        for (int n : s.modelCitations)
            model << QString::number(n);
        QStringList cites;
        for (int n : s.citations)
            cites << QString::number(n);
        const QString support = s.support.passage > 0
                                    ? QStringLiteral("{\"passage\": %1, \"source\": %2, \"line\": %3, \"begin\": %4, \"end\": %5, \"chunk\": %6}")
                                          .arg(QString::number(s.support.passage), jsonString(q(s.support.source)),
                                               QString::number(s.support.line), QString::number(s.support.begin),
                                               QString::number(s.support.end), QString::number(s.support.chunk))
                                    : QStringLiteral("null");
        sentences << QStringLiteral("{\"text\": %1, \"supported\": %2, \"overlap\": %3, \"citations\": [%4], \"modelCitations\": [%5], "
                                    "\"support\": %6}")
                         .arg(jsonString(q(s.text)), s.supported ? QStringLiteral("true") : QStringLiteral("false"), jsonNumber(s.overlap),
                              cites.join(QStringLiteral(", ")), model.join(QStringLiteral(", ")), support);
    }
    QStringList notices;
    for (const auto &n : a.notices)
        notices << jsonString(q(n));
    const std::vector<retrieval::SearchHit> used(hits.begin(), hits.begin() + std::ptrdiff_t(a.passages.size()));
    return QStringLiteral("{\"question\": %1, \"model\": %2, \"seed\": %3, \"answer\": %4, \"stopReason\": %5, \"promptTokens\": %6, "
                          "\"notices\": [%7], \"sentences\": [%8], \"passages\": %9}")
        .arg(jsonString(q(a.question)), jsonString(QDir(folder).absolutePath()), QString::number(a.seed), jsonString(q(a.text)),
             jsonString(q(a.stopReason)), QString::number(a.promptTokens), notices.join(QStringLiteral(", ")),
             sentences.join(QStringLiteral(", ")), resultsArrayJson(index, used));
}

int runAskGenerative(const CommandContext &ctx, const retrieval::RetrievalIndex &index, const std::string &question,
                     const std::vector<retrieval::SearchHit> &hits, const QString &folder)
{
    const QCommandLineParser &p = *ctx.parser;
    const bool json = p.isSet(QStringLiteral("json"));
    retrieval::GenerativeOptions o;
    o.sampling.seed = quint64(intOption(p, QStringLiteral("seed"), qint64(o.sampling.seed), 0, std::numeric_limits<qint64>::max()));
    o.sampling.maxTokens = int(intOption(p, QStringLiteral("max-tokens"), 60, 1, 100000));
    o.sampling.temperature = doubleOption(p, QStringLiteral("temperature"), o.sampling.temperature, 0, 100);
    o.attentionSupport = p.isSet(QStringLiteral("attention"));
    if (hits.empty())
        throw std::runtime_error("no passage matches the question, so there is nothing to answer from");
    gpt::GptModel model = gpt::GptModel::open(folder.toStdString(), ctx.device);
    const bool shakespeare = isShippedTextModel(folder);
    if (shakespeare && !json)
        out(QStringLiteral("note: %1 was trained on Shakespeare's plays to continue text; it is no question answerer, so expect "
                           "verse, not an answer, and sentences the passages do not support.")
                .arg(QLatin1String(services::kShippedTextModel)));
    if (!json) {
        out(QStringLiteral("question: ") + q(question));
        out(QStringLiteral("answer (generated by %1, seed %2):").arg(QDir(folder).dirName()).arg(o.sampling.seed));
    }
    engine::RunContext run;
    if (!json)
        run.onPartial = [](engine::Partial &&partial) {
            if (auto piece = gpt::GeneratedPiece::decode(partial)) {
                std::fwrite(piece->text.data(), 1, piece->text.size(), stdout);
                std::fflush(stdout);
            }
        };
    const retrieval::GenerativeAnswer a = retrieval::answerGeneratively(index, question, hits, model, o, run);
    if (json) {
        out(generativeJson(index, a, hits, folder));
        return 0;
    }
    std::fputc('\n', stdout);
    std::fflush(stdout);
    for (const auto &n : a.notices)
        err(QStringLiteral("genlab ask: %1").arg(q(n)));
    QStringList lines;
    lines << QStringLiteral("sentences (support: the passage span sharing the most idf-weighted words):");
    if (a.sentences.empty())
        lines << QStringLiteral("  (none)");
    for (std::size_t i = 0; i < a.sentences.size(); ++i) {
        lines << QStringLiteral("  %1. ").arg(i + 1) + preview(a.sentences[i].text, 120);
        lines << QStringLiteral("     ") + supportText(a.sentences[i]);
    }
    lines << QStringLiteral("passages (%1 tokens of prompt):").arg(a.promptTokens);
    for (std::size_t i = 0; i < a.passages.size(); ++i) {
        const retrieval::Chunk c = index.chunk(a.passages[i]);
        lines << QStringLiteral("  [%1] ").arg(i + 1) + where(c, index.document(c.document)) + QStringLiteral("   ") + scores(hits[i]);
    }
    if (shakespeare)
        lines << QStringLiteral("note: %1 is no question answerer; pass a GPT-2-family folder (e.g. an instruction-tuned one) for real answers.")
                     .arg(QLatin1String(services::kShippedTextModel));
    out(lines.join(QLatin1Char('\n')));
    return 0;
}

int runAsk(const CommandContext &ctx)
{
    const QCommandLineParser &p = *ctx.parser;
    const QString modelFolder = p.isSet(QStringLiteral("model")) ? generativeModelFolder(p) : QString();
    queryText(ctx, nullptr, QStringLiteral("question"));
    const QString dir = indexFolder(p);
    retrieval::SearchOptions o = searchOptions(p, 5);
    const int sentences = int(intOption(p, QStringLiteral("sentences"), 3, 1, 20));
    const retrieval::RetrievalIndex index = retrieval::RetrievalIndex::open(dir.toStdString());
    reportOpen(QStringLiteral("ask"), index);
    const std::string question = queryText(ctx, &index, QStringLiteral("question"));
    warnIfNoDense(QStringLiteral("ask"), index, o);
    const auto hits = index.search(question, o);
    if (!modelFolder.isEmpty())
        return runAskGenerative(ctx, index, question, hits, modelFolder);
    const retrieval::ExtractiveAnswer answer = retrieval::answerExtractively(index, question, hits, sentences);
    if (p.isSet(QStringLiteral("json"))) {
        out(answerJson(index, answer, hits));
        return 0;
    }
    out(askText(index, answer, hits));
    return 0;
}

const QList<QCommandLineOption> kSearchOptions{
    QCommandLineOption(QStringLiteral("index"), QStringLiteral("The index folder (written by genlab index)"), QStringLiteral("INDEX")),
    QCommandLineOption(QStringLiteral("retriever"), QStringLiteral("bm25, dense or hybrid (default: hybrid, reciprocal rank fusion)"),
                       QStringLiteral("NAME")),
};

CommandRegistrar indexRegistrar(Command{
    QStringLiteral("index"),
    QStringLiteral("Build or update a retrieval index of documents (.txt, .md, .html, .pdf; folders recursively)"),
    QStringLiteral("[PATH...]"),
    {QCommandLineOption(QStringLiteral("docs"), QStringLiteral("A file or folder to index (repeat it, or list more paths after the options)"),
                        QStringLiteral("PATH")),
     QCommandLineOption(QStringLiteral("out"), QStringLiteral("The index folder (created; an index already there is updated: only "
                                                              "changed files are read again)"),
                        QStringLiteral("INDEX")),
     QCommandLineOption(QStringLiteral("chunking"),
                        QStringLiteral("chars:N:OVERLAP, tokens:N:OVERLAP, sentences:N, headings or file (default chars:800:100)"),
                        QStringLiteral("SPEC")),
     QCommandLineOption(QStringLiteral("embedder"),
                        QStringLiteral("lsa (fitted on the documents themselves, the default) or a BERT / sentence-transformers folder"),
                        QStringLiteral("lsa|PATH")),
     QCommandLineOption(QStringLiteral("lsa-dimension"), QStringLiteral("LSA dimensions (default 128)"), QStringLiteral("N")),
     QCommandLineOption(QStringLiteral("ann"),
                        QStringLiteral("auto (exact scan below 20000 passages, HNSW above), hnsw or exact (default auto)"),
                        QStringLiteral("MODE"))},
    runIndex,
});

CommandRegistrar searchRegistrar(Command{
    QStringLiteral("search"),
    QStringLiteral("Search a retrieval index: each passage's rank and score under BM25, dense and their fusion"),
    QStringLiteral("QUERY"),
    kSearchOptions + QList<QCommandLineOption>{
                         QCommandLineOption(QStringLiteral("top-k"), QStringLiteral("How many passages (default 10)"), QStringLiteral("K")),
                         QCommandLineOption(QStringLiteral("json"),
                                            QStringLiteral("Print {\"query\", \"results\": [{\"source\", \"location\", \"text\", "
                                                           "\"bm25\", \"dense\", \"fused\"}]}, best first, null where a retriever "
                                                           "did not rank the passage")),
                     },
    runSearch,
});

CommandRegistrar askRegistrar(Command{
    QStringLiteral("ask"),
    QStringLiteral("Answer a question from a retrieval index: the best-matching sentences of the passages, with [n] citations "
                   "(or, with --model, a GPT model's answer checked against the passages)"),
    QStringLiteral("QUESTION"),
    kSearchOptions + QList<QCommandLineOption>{
                         QCommandLineOption(QStringLiteral("top-k"), QStringLiteral("How many passages to answer from (default 5)"),
                                            QStringLiteral("K")),
                         QCommandLineOption(QStringLiteral("sentences"), QStringLiteral("Sentences in the answer (default 3)"),
                                            QStringLiteral("N")),
                         QCommandLineOption(QStringLiteral("model"),
                                            QStringLiteral("Generate the answer with a GPT-2-family model folder, or lm-shakespeare-bpe "
                                                           "(the shipped model, no question answerer); each sentence is shown with "
                                                           "the passage that supports it or as unsupported"),
                                            QStringLiteral("PATH")),
                         QCommandLineOption(QStringLiteral("seed"), QStringLiteral("With --model: the sampling seed (default 7)"),
                                            QStringLiteral("N")),
                         QCommandLineOption(QStringLiteral("max-tokens"), QStringLiteral("With --model: tokens to generate (default 60)"),
                                            QStringLiteral("N")),
                         QCommandLineOption(QStringLiteral("attention"),
                                            QStringLiteral("With --model: also show which passage each sentence's tokens attended to most")),
                         QCommandLineOption(QStringLiteral("temperature"),
                                            QStringLiteral("With --model: sampling temperature (default 0.8; 0 is greedy)"),
                                            QStringLiteral("T")),
                         QCommandLineOption(QStringLiteral("json"), QStringLiteral("Print the answer, its citations and the passages as JSON")),
                     },
    runAsk,
});

} // namespace

QString resultsArrayJson(const retrieval::RetrievalIndex &index, const std::vector<retrieval::SearchHit> &hits)
{
    QStringList results;
    for (const retrieval::SearchHit &h : hits) {
        const retrieval::Chunk c = index.chunk(h.chunk);
        const retrieval::IndexedDocument d = index.document(c.document);
        const QString location = QStringLiteral("{\"line\": %1, \"begin\": %2, \"end\": %3, \"page\": %4, \"heading\": %5, \"chunk\": %6}")
                                     .arg(QString::number(c.line), QString::number(c.begin), QString::number(c.end),
                                          c.page > 0 ? QString::number(c.page) : QStringLiteral("null"),
                                          c.heading.empty() ? QStringLiteral("null") : jsonString(q(c.heading)), QString::number(h.chunk));
        results << QStringLiteral("{\"source\": %1, \"location\": %2, \"text\": %3, \"bm25\": %4, \"dense\": %5, \"fused\": %6}")
                       .arg(jsonString(q(d.path)), location, jsonString(q(c.text)), rankJson(h.bm25, "score"), rankJson(h.dense, "cosine"),
                            rankJson(h.fused, "score"));
    }
    return QStringLiteral("[%1]").arg(results.join(QStringLiteral(", ")));
}

QString searchResultsJson(const retrieval::RetrievalIndex &index, const std::string &query, const std::vector<retrieval::SearchHit> &hits)
{
    return QStringLiteral("{\"query\": %1, \"results\": %2}").arg(jsonString(q(query)), resultsArrayJson(index, hits));
}

QString answerJson(const retrieval::RetrievalIndex &index, const retrieval::ExtractiveAnswer &answer,
                   const std::vector<retrieval::SearchHit> &hits)
{
    QStringList sentences;
    for (const auto &s : answer.sentences)
        sentences << QStringLiteral("{\"text\": %1, \"passage\": %2, \"score\": %3, \"source\": %4, \"location\": {\"line\": %5, \"begin\": "
                                    "%6, \"end\": %7, \"chunk\": %8}}")
                         .arg(jsonString(q(s.text)), QString::number(s.citation.passage), jsonNumber(s.score),
                              jsonString(q(s.citation.source)), QString::number(s.citation.line), QString::number(s.citation.begin),
                              QString::number(s.citation.end), QString::number(s.citation.chunk));
    // The passages are the search's results (same fields), numbered from 1 by the citations.
    const QString results = resultsArrayJson(index, hits);
    return QStringLiteral("{\"question\": %1, \"answer\": %2, \"notice\": %3, \"sentences\": [%4], \"passages\": %5}")
        .arg(jsonString(q(answer.question)), jsonString(q(answer.text)),
             answer.notice.empty() ? QStringLiteral("null") : jsonString(q(answer.notice)), sentences.join(QStringLiteral(", ")), results);
}

QString askText(const retrieval::RetrievalIndex &index, const retrieval::ExtractiveAnswer &answer, const std::vector<retrieval::SearchHit> &hits)
{
    QStringList lines;
    lines << QStringLiteral("question: ") + q(answer.question);
    if (answer.sentences.empty()) {
        lines << QStringLiteral("answer:   (none: ") + q(answer.notice) + QLatin1Char(')');
    } else {
        lines << QStringLiteral("answer (extractive: the passages' best-matching sentences, no language model):");
        for (const auto &s : answer.sentences)
            lines << QStringLiteral("  ") + q(s.text) + QStringLiteral(" [%1]").arg(s.citation.passage);
    }
    lines << QStringLiteral("passages:");
    for (std::size_t i = 0; i < hits.size(); ++i) {
        const retrieval::Chunk c = index.chunk(hits[i].chunk);
        lines << QStringLiteral("  [%1] ").arg(i + 1) + where(c, index.document(c.document)) + QStringLiteral("   ") + scores(hits[i]);
        lines << QStringLiteral("      ") + preview(c.text);
    }
    return lines.join(QLatin1Char('\n'));
}

QStringList helpPageFolders()
{
    QStringList folders;
    const QString env = qEnvironmentVariable("GENLAB_HELP_DIR");
    if (!env.isEmpty())
        folders << env;
    // Beside the shipped models: share/genlab/help when installed, resources/help in the source tree.
    for (const QString &models : services::modelSearchPaths())
        folders << QDir::cleanPath(QDir(models).filePath(QStringLiteral("../help")));
    return folders;
}

QString helpPagesFolder()
{
    for (const QString &f : helpPageFolders())
        if (QFileInfo(f).isDir())
            return QDir(f).absolutePath();
    return {};
}

} // namespace genlab::cli
