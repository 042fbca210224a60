// The Retrieval lab's part of `genlab demo`: the studio's help pages (resources/help) indexed into
// the demo folder, "why do GANs collapse?" searched with every retriever, and the extractive
// answer written with its citations, as `genlab search --json` and `genlab ask` print them. With no
// help pages (an install without them) it says so and still succeeds.
#include "cli/demo.h"
#include "cli/retrievalcommands.h"

#include "engine/retrieval/extractive.h"
#include "engine/retrieval/retrievalindex.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <chrono>

namespace genlab::cli {

namespace {

namespace retrieval = engine::retrieval;

void writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        throw std::runtime_error(path.toStdString() + ": cannot write (" + f.errorString().toStdString() + ")");
}

QJsonObject retrievalDemo(const QString &outDir, const engine::RunContext &ctx)
{
    const QString question = QStringLiteral("why do GANs collapse?");
    const QString help = helpPagesFolder();
    const QStringList pages = help.isEmpty() ? QStringList()
                                             : QDir(help).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    if (pages.isEmpty()) {
        const QString note = QStringLiteral("no help pages found (looked in %1); nothing to index")
                                 .arg(helpPageFolders().join(QStringLiteral(", ")));
        writeFile(QDir(outDir).filePath(QStringLiteral("retrieval-answer.txt")), note.toUtf8() + '\n');
        return QJsonObject{{QStringLiteral("description"), note},
                           {QStringLiteral("files"), QJsonArray{QStringLiteral("retrieval-answer.txt")}}};
    }

    const QString indexDir = QDir(outDir).filePath(QStringLiteral("retrieval-index"));
    const auto t0 = std::chrono::steady_clock::now();
    // Rebuilt from scratch each time, so the demo shows what a first launch does.
    QDir(indexDir).removeRecursively();
    retrieval::RetrievalIndex index = retrieval::RetrievalIndex::create(indexDir.toStdString());
    retrieval::IndexOptions options;
    options.chunking = retrieval::ChunkingSpec::parse("headings");
    const retrieval::UpdateReport report = index.update({help.toStdString()}, options, ctx);
    const double indexMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();

    const std::string q = question.toStdString();
    retrieval::SearchOptions o;
    o.topK = 5;
    const auto hits = index.search(q, o);
    const retrieval::ExtractiveAnswer answer = retrieval::answerExtractively(index, q, hits, 3);

    // The same query under each retriever alone, for comparing the rankings.
    QJsonObject byRetriever;
    for (const retrieval::Retriever r : {retrieval::Retriever::Bm25, retrieval::Retriever::Dense, retrieval::Retriever::Hybrid}) {
        retrieval::SearchOptions single = o;
        single.retriever = r;
        byRetriever.insert(QString::fromStdString(retrieval::retrieverName(r)),
                           QJsonDocument::fromJson(searchResultsJson(index, q, index.search(q, single)).toUtf8()).object());
    }
    writeFile(QDir(outDir).filePath(QStringLiteral("retrieval-search.json")), searchResultsJson(index, q, hits).toUtf8() + '\n');
    writeFile(QDir(outDir).filePath(QStringLiteral("retrieval-search-by-retriever.json")),
              QJsonDocument(byRetriever).toJson(QJsonDocument::Indented));
    writeFile(QDir(outDir).filePath(QStringLiteral("retrieval-answer.json")), answerJson(index, answer, hits).toUtf8() + '\n');
    writeFile(QDir(outDir).filePath(QStringLiteral("retrieval-answer.txt")), askText(index, answer, hits).toUtf8() + '\n');

    return QJsonObject{
        {QStringLiteral("description"), QStringLiteral("%1 help pages indexed (%2 passages, %3 ms); \"%4\": %5 passages, %6 answer sentences")
                                            .arg(report.documents)
                                            .arg(report.chunks)
                                            .arg(indexMs, 0, 'f', 0)
                                            .arg(question)
                                            .arg(hits.size())
                                            .arg(answer.sentences.size())},
        {QStringLiteral("files"), QJsonArray{QStringLiteral("retrieval-index/"), QStringLiteral("retrieval-search.json"),
                                             QStringLiteral("retrieval-search-by-retriever.json"), QStringLiteral("retrieval-answer.json"),
                                             QStringLiteral("retrieval-answer.txt")}},
        {QStringLiteral("help_pages"), int(report.documents)},
        {QStringLiteral("passages"), double(report.chunks)},
    };
}

DemoRegistrar retrievalDemoStep(DemoStep{QStringLiteral("retrieval"), 80, retrievalDemo});

} // namespace
} // namespace genlab::cli
