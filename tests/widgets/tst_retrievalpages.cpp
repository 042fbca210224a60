// The Retrieval lab's Evaluation, Map and Chunking A/B pages on the studio's help pages, indexed
// into a temporary folder through the real RetrievalService: the built-in questions scored under
// each retriever (table, bars, one row per question), ticking a passage saves a label next to the
// index and re-ranks the question, an added question, a bad questions file named in the status; the
// map holds every passage with the query and its retrieved passages marked, hover finds a
// passage; the A/B builds a second index with another chunking and lists both top-k, refuses B =
// A and an empty query; on an HNSW index the Evaluation page reports HNSW's recall@10 against the
// exact scan. With GENLAB_SCREENSHOT_DIR set it writes retrieval-evaluation.png,
// retrieval-map.png and retrieval-chunking-ab.png.
#include "services/job.h"
#include "services/jobmanager.h"
#include "services/retrieval/retrievalservice.h"
#include "widgets/components/qcustomplot_include.h"
#include "widgets/retrievallab/chunkingabpage.h"
#include "widgets/retrievallab/evaluationpage.h"
#include "widgets/retrievallab/mappage.h"

#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace genlab;
using services::Job;
using services::JobState;
namespace er = engine::retrieval;
using namespace widgets::retrievallab;

namespace {

bool waitFinished(Job *job, int ms = 30000)
{
    return job && QTest::qWaitFor([job] { return job->isFinished(); }, ms) && job->state() == JobState::Succeeded;
}

} // namespace

class TestRetrievalPages : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<services::JobManager> m_jobs;
    services::RetrievalService *m_service = nullptr;

    void shoot(QWidget *page, const QString &name)
    {
        const QString dir = qEnvironmentVariable("GENLAB_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QTest::qWait(200);
        QVERIFY(page->grab().save(QDir(dir).filePath(name)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (services::retrieval::helpCorpusFolder().isEmpty() || services::retrieval::helpQuestionsFile().isEmpty())
            QSKIP("the help pages (resources/help) and their questions are not installed");
        qputenv("GENLAB_RETRIEVAL_INDEX", m_dir.filePath(QStringLiteral("index")).toUtf8());
        m_jobs = std::make_unique<services::JobManager>(services::JobManager::Options{});
        m_service = new services::RetrievalService(m_jobs.get());
        QVERIFY(waitFinished(m_service->open()));
        Job *index = m_service->indexBuiltIn();
        QVERIFY2(waitFinished(index, 60000), qPrintable(index->message()));
        QVERIFY(m_service->info().chunkCount > 20);
        QVERIFY(m_service->info().denseAvailable);
    }

    void cleanupTestCase()
    {
        delete m_service;
        if (m_jobs)
            m_jobs->shutdown();
    }

    void evaluation()
    {
        EvaluationPage page(m_service);
        page.resize(1280, 860);
        page.show();
        QCOMPARE(page.questionsFile(), QFileInfo(services::retrieval::helpQuestionsFile()).absoluteFilePath());
        const int questions = page.questionCount();
        QVERIFY(questions >= 30);
        QCOMPARE(page.questionTable()->rowCount(), questions);
        QSignalSpy evaluated(&page, &EvaluationPage::evaluated);
        page.evaluate();
        QVERIFY(page.isBusy());
        QVERIFY(QTest::qWaitFor([&] { return !page.isBusy(); }, 30000));
        QCOMPARE(evaluated.count(), 1);
        QVERIFY(page.hasResult());
        // Four retrievers x four metrics, each a number in [0, 1]; on these pages hybrid finds most.
        for (int r = 0; r < kEvaluatedRetrievers; ++r)
            for (int m = 0; m < 4; ++m) {
                bool ok = false;
                const double v = page.metricsTable()->item(r, m)->text().toDouble(&ok);
                QVERIFY(ok && v >= 0 && v <= 1);
            }
        QVERIFY(page.metricsTable()->item(2, 1)->text().toDouble() > 0.5);
        QVERIFY2(page.statusText().contains(QStringLiteral("%1 of %1 questions").arg(questions)), qPrintable(page.statusText()));
        QVERIFY2(page.annText().contains(QStringLiteral("exactly")), qPrintable(page.annText())); // below 20k passages
        // One row per question with a rank under each retriever; the first is about GANs collapsing.
        int firsts = 0;
        for (int row = 0; row < questions; ++row)
            for (int r = 0; r < kEvaluatedRetrievers; ++r)
                firsts += page.questionTable()->item(row, 2 + r)->text() == QLatin1String("1");
        QVERIFY(firsts >= questions);
        QCOMPARE(page.questionTable()->item(0, 1)->text(), QStringLiteral("gans.md"));

        // Selecting a question lists its top passages with ticks where their page is relevant.
        QSignalSpy shown(&page, &EvaluationPage::passagesShown);
        page.selectQuestion(0);
        QVERIFY(shown.wait(10000));
        QListWidget *list = page.passageList();
        QVERIFY(list->count() > 2);
        shoot(&page, QStringLiteral("retrieval-evaluation.png"));
        int unticked = -1;
        for (int i = 0; i < list->count(); ++i) {
            const bool gan = QFileInfo(list->item(i)->data(Qt::UserRole).toString()).fileName() == QLatin1String("gans.md");
            QCOMPARE(list->item(i)->checkState() == Qt::Checked, gan);
            if (!gan && unticked < 0)
                unticked = i;
        }
        QVERIFY(unticked >= 0);
        // Ticking another page's passage labels that page and saves the labels beside the index.
        const QString page2 = QFileInfo(list->item(unticked)->data(Qt::UserRole).toString()).fileName();
        list->item(unticked)->setCheckState(Qt::Checked);
        QVERIFY(page.relevantOf(0).contains(page2));
        QCOMPARE(page.questionsFile(), page.userQuestionsFile());
        auto saved = services::retrieval::loadQuestions(page.userQuestionsFile());
        QCOMPARE(int(saved.size()), questions);
        QCOMPARE(saved[0].relevantDocuments, (std::vector<std::string>{"gans.md", page2.toStdString()}));
        list->item(unticked)->setCheckState(Qt::Unchecked);
        QCOMPARE(page.relevantOf(0), QStringList{QStringLiteral("gans.md")});
        // The row is ranked again with its new labels.
        QVERIFY(QTest::qWaitFor([&] { return !page.questionTable()->item(0, 2)->text().isEmpty(); }, 10000));

        // A question of the user's: unlabelled until a passage is ticked, then saved too.
        page.addQuestion(QStringLiteral("how does the discriminator judge samples?"));
        QCOMPARE(page.questionCount(), questions + 1);
        QVERIFY(shown.wait(10000));
        QVERIFY(page.relevantOf(questions).isEmpty());
        list->item(0)->setCheckState(Qt::Checked);
        QCOMPARE(page.relevantOf(questions).size(), 1);
        QCOMPARE(int(services::retrieval::loadQuestions(page.userQuestionsFile()).size()), questions + 1);
        // Its page is the first hybrid (RRF) passage's page, so hybrid ranks it first.
        QVERIFY(QTest::qWaitFor([&] { return page.questionTable()->item(questions, 4)->text() == QLatin1String("1"); }, 10000));

        // A bad file is named in the status and the questions stay.
        const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"version\": 1, \"questions\": [{\"question\": \"no label\"}]}");
        f.close();
        QVERIFY(!page.setQuestionsFile(bad));
        QVERIFY2(page.statusText().contains(QStringLiteral("bad.json")) && page.statusText().contains(QStringLiteral("relevant")),
                 qPrintable(page.statusText()));
        QCOMPARE(page.questionCount(), questions + 1);
        QFile::remove(page.userQuestionsFile());
    }

    void map()
    {
        MapPage page(m_service);
        page.resize(1100, 760);
        QSignalSpy mapped(&page, &MapPage::mapped);
        page.show(); // the first show maps the passages alone
        QVERIFY(mapped.wait(20000));
        QCOMPARE(page.pointCount(), int(m_service->info().chunkCount));
        QVERIFY(!page.hasQueryPoint());
        page.mapQuery(QStringLiteral("why do GANs collapse?"));
        QVERIFY(mapped.wait(20000));
        QCOMPARE(page.retrievedCount(), 10);
        QVERIFY(page.hasQueryPoint());
        QVERIFY2(page.statusText().contains(QStringLiteral("All ")), qPrintable(page.statusText()));
        // The dot under a passage's pixel is that passage; clicking shows its file.
        const er::ChunkId some = er::ChunkId(page.pointCount() / 2);
        const auto pixel = page.pixelOf(some);
        QVERIFY(pixel.has_value());
        const er::ChunkId found = page.passageAt(*pixel);
        QVERIFY(found >= 0);
        QVERIFY(page.pixelOf(found).has_value());
        QVERIFY(QLineF(*page.pixelOf(found), *pixel).length() < 1.0);
        page.selectPassage(found);
        QVERIFY2(page.detailText().contains(m_service->locationOf(found)->fileName), qPrintable(page.detailText()));
        QCOMPARE(page.passageAt(QPointF(-100, -100)), er::ChunkId(-1));
        // The query and its passages lie within the plotted range.
        const QRect area = page.plot()->axisRect()->rect();
        QVERIFY(area.contains(page.plot()->xAxis->coordToPixel(page.queryPoint()->x()), page.plot()->yAxis->coordToPixel(page.queryPoint()->y())));
        shoot(&page, QStringLiteral("retrieval-map.png"));
        // The search page's query arrives with its own passages.
        page.showQuery(QStringLiteral("diffusion noise schedule"), {0, 1, 2});
        QVERIFY(mapped.wait(20000));
        QCOMPARE(page.retrievedCount(), 3);
        QVERIFY(page.hasQueryPoint());
    }

    void chunkingAb()
    {
        ChunkingAbPage page(m_service);
        page.resize(1280, 760);
        page.show();
        // Refused before anything runs: no query; B equal to A.
        page.setQuery(QString());
        page.compare();
        QVERIFY(!page.isBusy());
        QVERIFY(page.statusText().contains(QStringLiteral("query")));
        page.setQuery(QStringLiteral("why do GANs collapse?"));
        page.setChunkingB(m_service->info().options.chunking);
        page.compare();
        QVERIFY(!page.isBusy());
        QVERIFY2(page.statusText().contains(QStringLiteral("own chunking")), qPrintable(page.statusText()));

        page.setChunkingB(er::ChunkingSpec::parse("headings"));
        QCOMPARE(page.chunkingB().toString(), std::string("headings"));
        QSignalSpy compared(&page, &ChunkingAbPage::compared);
        page.compare();
        QVERIFY(page.isBusy());
        QVERIFY(compared.wait(60000));
        QVERIFY(page.hasSecondIndex());
        const auto &r = *page.result();
        QCOMPARE(r.chunkingB, std::string("headings"));
        QCOMPARE(int(r.a.size()), 10);
        QVERIFY(!r.b.empty());
        QVERIFY(r.chunksB > 0 && r.chunksA == m_service->info().chunkCount);
        QCOMPARE(page.sideA()->rowCount(), int(r.a.size()));
        QCOMPARE(page.sideB()->rowCount(), int(r.b.size()));
        QCOMPARE(r.kept + r.dropped, int(r.a.size()));
        QVERIFY(!page.summaryText().isEmpty());
        // The same B again reuses its index: a quick hidden job.
        page.setQuery(QStringLiteral("what is the KL term in a VAE loss?"));
        page.compare();
        QVERIFY(compared.wait(20000));
        QCOMPARE(QString::fromStdString(page.result()->query), QStringLiteral("what is the KL term in a VAE loss?"));
        const auto &b = page.result()->b;
        QVERIFY(std::any_of(b.begin(), b.end(), [](const er::AbPassage &p) {
            return QFileInfo(QString::fromStdString(p.path)).fileName() == QLatin1String("vae-and-kl.md");
        }));
        page.setQuery(QStringLiteral("why do GANs collapse?"));
        page.compare();
        QVERIFY(compared.wait(20000));
        shoot(&page, QStringLiteral("retrieval-chunking-ab.png"));
    }

    void hnswRecall()
    {
        // The same pages with an HNSW graph: the page reports its recall@10 against the exact scan.
        er::IndexOptions options = m_service->info().options;
        options.ann = "hnsw";
        Job *update = m_service->update({services::retrieval::helpCorpusFolder()}, options);
        QVERIFY2(waitFinished(update, 60000), qPrintable(update->message()));
        QCOMPARE(m_service->annMode(), QStringLiteral("hnsw"));
        EvaluationPage page(m_service);
        page.evaluate();
        QVERIFY(QTest::qWaitFor([&] { return !page.isBusy(); }, 30000));
        QVERIFY2(page.annText().contains(QStringLiteral("HNSW recall@10")), qPrintable(page.annText()));
        bool ok = false;
        const double recall = page.annText().section(QStringLiteral(": "), 1).section(QLatin1Char(' '), 0, 0).toDouble(&ok);
        QVERIFY2(ok && recall > 0.5 && recall <= 1.0, qPrintable(page.annText()));
    }
};

QTEST_MAIN(TestRetrievalPages)
#include "tst_retrievalpages.moc"
