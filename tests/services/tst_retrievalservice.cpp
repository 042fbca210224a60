// RetrievalService over a temporary folder of three Markdown files and an index in a temporary
// folder: open (empty), update with its report, search under each retriever with the location of
// each hit, the passage detail (BM25 terms, highlights, its context), "why (not) this one",
// finding passages by text, the extractive answer with pins and drops, the generated answer (a tiny
// random GPT model: same seed, same answer; each sentence supported or marked), the chunk preview, an
// unchanged second update, evaluation with a small questions file, and bad input named clearly.
#include "services/retrieval/retrievalservice.h"

#include "engine/gpt/gptmodel.h"
#include "engine/retrieval/indexlock.h"
#include "engine/text/chartokenizer.h"
#include "services/job.h"
#include "services/jobmanager.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace genlab;
namespace er = engine::retrieval;
using services::Job;
using services::JobState;
using services::RetrievalService;

namespace {

bool waitFinished(Job *job, int ms = 30000)
{
    return QTest::qWaitFor([&] { return job->isFinished(); }, ms);
}

void write(const QString &path, const QByteArray &text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

} // namespace

class TestRetrievalService : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<services::JobManager> m_jobs;
    std::unique_ptr<RetrievalService> m_service;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    template <class T>
    T run(Job *job)
    {
        if (!waitFinished(job))
            qFatal("job did not finish");
        if (job->state() != JobState::Succeeded)
            qWarning() << job->message();
        return job->state() == JobState::Succeeded ? job->resultAs<T>() : T{};
    }

    er::IndexOptions options() const
    {
        er::IndexOptions o = services::retrieval::defaultIndexOptions();
        o.chunking = er::ChunkingSpec::parse("headings");
        o.lsaDimension = 4;
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QDir().mkpath(path("docs"));
        write(path("docs/gans.md"), "# GANs\n\nA generator and a discriminator play a game.\n\n"
                                    "## Mode collapse\n\nWhen the generator finds one output that fools the discriminator, "
                                    "it keeps making it: the GAN collapses to a few modes.\n");
        write(path("docs/diffusion.md"), "# Diffusion\n\nA diffusion model adds noise step by step and learns to remove it.\n\n"
                                         "## Sampling\n\nSampling starts from pure noise and denoises it over many steps.\n");
        write(path("docs/rag.md"), "# Retrieval\n\nRetrieval-augmented generation finds passages first and answers from them.\n\n"
                                   "## BM25\n\nBM25 scores a passage by the query words it holds, weighted by how rare they are.\n");
        m_jobs = std::make_unique<services::JobManager>(services::JobManager::Options{});
        m_service = std::make_unique<RetrievalService>(m_jobs.get());
        QSignalSpy changed(m_service.get(), &RetrievalService::indexChanged);
        const auto info = run<services::RetrievalIndexInfo>(m_service->open(path("index")));
        QCOMPARE(info.documentCount, 0);
        QVERIFY(m_service->hasIndex());
        QCOMPARE(QDir(m_service->indexFolder()).absolutePath(), QDir(path("index")).absolutePath());
        QCOMPARE(changed.count(), 1);
    }

    void updateReportsWhatItIndexed()
    {
        Job *job = m_service->update({path("docs")}, options());
        QVERIFY(m_service->isUpdating() || job->isFinished());
        const auto r = run<services::RetrievalUpdateResult>(job);
        QCOMPARE(job->state(), JobState::Succeeded);
        QCOMPARE(r.report.added, 3);
        QCOMPARE(r.report.removed, 0);
        QVERIFY(r.report.modified);
        QCOMPARE(r.info.documentCount, 3);
        QCOMPARE(r.info.chunkCount, 6);
        QCOMPARE(m_service->documents().size(), 3);
        QVERIFY(m_service->lastReport().has_value());
        QCOMPARE(m_service->info().chunkCount, 6);
        QVERIFY(!m_service->isUpdating());
        // The chunks of one document, and the getters that copy from the open index.
        const auto [first, count] = m_service->chunksOfDocument(path("docs/gans.md"));
        QCOMPARE(count, 2);
        const auto c = m_service->chunk(first + 1);
        QVERIFY(c.has_value());
        QVERIFY(QString::fromStdString(c->text).contains(QStringLiteral("collapses")));
        const auto where = m_service->locationOf(first + 1);
        QVERIFY(where.has_value());
        QCOMPARE(where->fileName, QStringLiteral("gans.md"));
        QCOMPARE(where->heading, QStringLiteral("Mode collapse"));
        QVERIFY(!m_service->chunk(1000).has_value());
    }

    void searchRanksUnderEachRetriever()
    {
        er::SearchOptions o;
        o.topK = 3;
        o.retriever = er::Retriever::Bm25;
        auto s = run<services::SearchOutcome>(m_service->search(QStringLiteral("why does the GAN collapse"), o));
        QVERIFY(!s.passages.empty());
        QCOMPARE(s.passages.front().location.fileName, QStringLiteral("gans.md"));
        QVERIFY(s.passages.front().hit.bm25.has_value());
        QVERIFY(!s.passages.front().hit.fused.has_value());
        QVERIFY(s.passages.front().text.contains(QStringLiteral("collapses")));

        o.retriever = er::Retriever::Hybrid;
        s = run<services::SearchOutcome>(m_service->search(QStringLiteral("generator discriminator collapse"), o));
        QVERIFY(!s.passages.empty());
        QVERIFY(s.passages.size() <= 3);
        QVERIFY(s.passages.front().hit.fused.has_value());
        QCOMPARE(s.passages.front().hit.fused->rank, 1);

        o.retriever = er::Retriever::Dense;
        s = run<services::SearchOutcome>(m_service->search(QStringLiteral("noise denoises steps"), o));
        QVERIFY2(!s.passages.empty(), qPrintable(s.notice));
        QVERIFY(s.passages.front().hit.dense.has_value());
    }

    void passageDetailHasTermsHighlightsAndContext()
    {
        const auto [first, count] = m_service->chunksOfDocument(path("docs/rag.md"));
        QCOMPARE(count, 2);
        const auto d = run<services::PassageDetail>(m_service->passage(QStringLiteral("BM25 rare unicorn"), first + 1));
        QCOMPARE(d.chunk, first + 1);
        QCOMPARE(d.terms.size(), std::size_t(3));
        QCOMPARE(QString::fromStdString(d.terms[0].term), QStringLiteral("bm25"));
        QVERIFY(d.terms[0].tf >= 1);
        QCOMPARE(d.terms[2].tf, 0); // "unicorn" is not in it
        QVERIFY(d.bm25Score > 0);
        QVERIFY(!d.highlights.empty());
        const QByteArray utf8 = d.text.toUtf8();
        QCOMPARE(utf8.mid(d.highlights[0].first, d.highlights[0].second - d.highlights[0].first).toLower(), QByteArray("bm25"));
        QVERIFY(d.contextFromFile);
        QVERIFY(d.before.contains(QStringLiteral("answers from them")));
        QCOMPARE(d.location.line, 5);
    }

    void explainSaysWhyNot()
    {
        const auto [first, count] = m_service->chunksOfDocument(path("docs/diffusion.md"));
        QVERIFY(count > 0);
        er::SearchOptions o;
        o.topK = 1;
        o.retriever = er::Retriever::Bm25;
        const auto e = run<services::ExplainOutcome>(m_service->explain(QStringLiteral("mode collapse"), first, o));
        QCOMPARE(e.explanation.chunk, first);
        QVERIFY(!e.explanation.inTopK);
        QVERIFY(!e.explanation.reasons.empty());
        QCOMPARE(e.passage.location.fileName, QStringLiteral("diffusion.md"));

        const auto m = run<services::PassageMatches>(m_service->findPassages(QStringLiteral("PURE NOISE")));
        QCOMPARE(m.matches.size(), std::size_t(1));
        QCOMPARE(m.matches[0].location.fileName, QStringLiteral("diffusion.md"));
        QVERIFY(m.matches[0].snippet.contains(QStringLiteral("pure noise")));
    }

    void answerCitesAndFollowsPinsAndDrops()
    {
        er::SearchOptions o;
        o.topK = 4;
        o.retriever = er::Retriever::Bm25;
        const QString question = QStringLiteral("why does the generator collapse to a few modes?");
        const auto s = run<services::SearchOutcome>(m_service->search(question, o));
        QVERIFY(!s.passages.empty());
        services::AnswerRequest request;
        request.question = question;
        for (const auto &p : s.passages)
            request.hits.push_back(p.hit);
        auto a = run<services::AnswerOutcome>(m_service->answer(request));
        QVERIFY2(!a.answer.sentences.empty(), a.answer.notice.c_str());
        QVERIFY(QString::fromStdString(a.answer.text).contains(QStringLiteral("[1]")));
        QCOMPARE(a.answer.sentences[0].citation.chunk, s.passages[0].hit.chunk);
        QVERIFY(a.prompt.contains(QStringLiteral("[1] (gans.md")));
        QVERIFY(a.prompt.endsWith(QStringLiteral("Answer:")));

        // Drop the best passage, pin a diffusion passage: it comes first, the GAN one is gone.
        const auto [first, count] = m_service->chunksOfDocument(path("docs/diffusion.md"));
        request.dropped = {s.passages[0].hit.chunk};
        request.pinned = {first};
        a = run<services::AnswerOutcome>(m_service->answer(request));
        QVERIFY(!a.passages.empty());
        QCOMPARE(a.passages[0].hit.chunk, first);
        for (const auto &p : a.passages)
            QVERIFY(p.hit.chunk != s.passages[0].hit.chunk);
    }

    void generateAnswersWithSupport()
    {
        auto tokenizer = std::make_shared<engine::text::CharTokenizer>(
            engine::text::CharTokenizer::fromText("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,?!:()[]#\n"));
        engine::gpt::GptModel model = engine::gpt::GptModel::createRandom({tokenizer->vocabSize(), 256, 1, 2, 16}, 3);
        model.setTokenizer(tokenizer);
        const std::string folder = path("tiny-gpt").toStdString();
        model.save(folder);

        er::SearchOptions o;
        o.topK = 3;
        o.retriever = er::Retriever::Bm25;
        const QString question = QStringLiteral("why does the generator collapse?");
        const auto s = run<services::SearchOutcome>(m_service->search(question, o));
        QVERIFY(!s.passages.empty());
        services::AnswerRequest request;
        request.question = question;
        for (const auto &p : s.passages)
            request.hits.push_back(p.hit);
        const auto a = run<services::GenerativeOutcome>(m_service->generate(request, QString::fromStdString(folder), 5));
        const auto b = run<services::GenerativeOutcome>(m_service->generate(request, QString::fromStdString(folder), 5));
        QVERIFY(!a.answer.text.empty());
        QCOMPARE(a.answer.text, b.answer.text);
        QVERIFY(!a.shippedModel);
        QCOMPARE(a.passages.size(), a.answer.passages.size());
        QCOMPARE(a.passages[0].hit.chunk, s.passages[0].hit.chunk);
        for (const auto &sentence : a.answer.sentences)
            QVERIFY(sentence.supported ? !sentence.citations.empty() : sentence.overlap >= 0);

        // An edited prompt reaches the model as written.
        request.prompt = QStringLiteral("[1] The generator collapses.\nQuestion: why?\nAnswer:");
        const auto edited = run<services::GenerativeOutcome>(m_service->generate(request, QString::fromStdString(folder), 5));
        QCOMPARE(QString::fromStdString(edited.answer.prompt), request.prompt);
        QVERIFY(edited.answer.promptEdited);
        request.prompt.clear();

        Job *bad = m_service->generate(request, path("no-such-model"), 1);
        QVERIFY(waitFinished(bad));
        QCOMPARE(bad->state(), JobState::Failed);
    }

    void previewShowsChunkBoundaries()
    {
        const auto p = run<services::ChunkPreview>(m_service->previewChunks(path("docs/gans.md"), er::ChunkingSpec::parse("sentences:1")));
        QVERIFY2(p.chunks.size() >= 2, qPrintable(QString::number(p.chunks.size()))); // a heading goes with the sentence under it
        QCOMPARE(p.spec, QStringLiteral("sentences:1"));
        const QByteArray utf8 = p.text.toUtf8();
        for (const auto &c : p.chunks)
            QVERIFY(c.begin < c.end && c.end <= utf8.size());

        Job *job = m_service->previewChunks(path("docs/missing.md"), er::ChunkingSpec{});
        QVERIFY(waitFinished(job));
        QCOMPARE(job->state(), JobState::Failed);
        QVERIFY2(job->message().contains(QStringLiteral("missing.md")), qPrintable(job->message()));
    }

    void secondUpdateTouchesNothing()
    {
        const auto r = run<services::RetrievalUpdateResult>(m_service->update({path("docs")}, options()));
        QCOMPARE(r.report.unchanged, 3);
        QCOMPARE(r.report.added, 0);
        QVERIFY(!r.report.modified);
    }

    void anUpdateWhileAnotherProcessUpdatesFailsClearly()
    {
        // The command line (here: another lock holder) is updating the same index folder.
        {
            const er::IndexUpdateLock other(m_service->indexFolder().toStdString());
            Job *job = m_service->update({path("docs")}, options());
            QVERIFY(waitFinished(job));
            QCOMPARE(job->state(), JobState::Failed);
            QVERIFY2(job->message().contains(QStringLiteral("another process")), qPrintable(job->message()));
            QVERIFY2(job->message().contains(m_service->indexFolder()), qPrintable(job->message()));
            // Searching goes on meanwhile.
            er::SearchOptions o;
            o.retriever = er::Retriever::Bm25;
            QVERIFY(!run<services::SearchOutcome>(m_service->search(QStringLiteral("generator collapse"), o)).passages.empty());
        }
        const auto r = run<services::RetrievalUpdateResult>(m_service->update({path("docs")}, options()));
        QCOMPARE(r.report.added, 0);
    }

    void evaluatesLabelledQuestions()
    {
        write(path("questions.json"), R"({"version":1,"questions":[
            {"question":"why do GANs collapse?","relevant":["gans.md"]},
            {"question":"how does sampling remove noise?","relevant":["diffusion.md"]},
            {"question":"what is BM25?","relevant":["rag.md", "missing.md"]}]})");
        const auto e = run<services::EvaluationOutcome>(m_service->evaluate(er::SearchOptions{}, path("questions.json")));
        QCOMPARE(e.questions, 3);
        QVERIFY(e.results.size() >= 3);
        QCOMPARE(QString::fromStdString(e.results[0].retriever), QStringLiteral("bm25"));
        QVERIFY(e.results[0].metrics.mrr > 0.5);
        QVERIFY(!e.notes.isEmpty()); // missing.md
        QVERIFY(!e.annRecall.has_value()); // three documents: exact scan
        // The shipped questions parse.
        if (const QString shipped = services::retrieval::helpQuestionsFile(); !shipped.isEmpty())
            QVERIFY(services::retrieval::loadQuestions(shipped).size() >= 30);
    }

    void badInputIsNamed()
    {
        Job *job = m_service->search(QStringLiteral("   "), er::SearchOptions{});
        QVERIFY(waitFinished(job));
        QCOMPARE(job->state(), JobState::Failed);
        QVERIFY(job->message().contains(QStringLiteral("type")));

        write(path("bad.json"), "{\"version\":1,\"questions\":[{\"question\":\"x\"}]}");
        try {
            services::retrieval::loadQuestions(path("bad.json"));
            QFAIL("a question without pages was accepted");
        } catch (const std::runtime_error &e) {
            QVERIFY(QString::fromUtf8(e.what()).contains(QStringLiteral("bad.json")));
            QVERIFY(QString::fromUtf8(e.what()).contains(QStringLiteral("question 1")));
        }
        // A root that does not exist: skipped with the reason, nothing crashes, the rest stays.
        const auto r = run<services::RetrievalUpdateResult>(m_service->update({path("docs"), path("nowhere")}, options()));
        QCOMPARE(r.info.documentCount, 3);
        QVERIFY(!r.report.skipped.empty());
    }

    void cleanupTestCase()
    {
        m_service.reset();
        m_jobs->shutdown(5000);
    }
};

QTEST_MAIN(TestRetrievalService)
#include "tst_retrievalservice.moc"
