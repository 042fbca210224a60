// The data browser's grid export: a real PNG of the page's tiles and labels, written on the I/O
// lane with progress, carrying a recipe that reads back into the same browse request; bad targets
// and hostile recipes give messages, never a crash.
#include "services/datasetservice.h"
#include "services/job.h"
#include "services/jobmanager.h"
#include "services/recipe.h"

#include "engine/imaging/compose.h"
#include "engine/imaging/decode.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace genlab;
using namespace genlab::services;

class TestDatasetService : public QObject
{
    Q_OBJECT

    std::unique_ptr<JobManager> m_jobs;
    std::unique_ptr<DatasetService> m_datasets;

    // One page of the procedural digits (always available), as the browser would show it.
    DatasetPage browsePage(const DatasetBrowseRequest &request)
    {
        Job *job = m_datasets->browse(request);
        if (!QTest::qWaitFor([&] { return job->isFinished(); }, 30000) || job->state() != JobState::Succeeded)
            return {};
        return job->resultAs<services::DatasetPage>();
    }

private Q_SLOTS:
    void init()
    {
        m_jobs = std::make_unique<JobManager>(JobManager::Options{});
        m_datasets = std::make_unique<DatasetService>(m_jobs.get());
    }
    void cleanup()
    {
        m_datasets.reset();
        m_jobs->shutdown(5000);
        m_jobs.reset();
    }

    void exportWritesALabelledGridWithItsRecipe()
    {
        DatasetBrowseRequest request;
        request.id = QStringLiteral("procedural-digits");
        request.count = 12;
        request.classFilter = 7;
        request.shuffled = true;
        request.orderSeed = 5;
        request.offset = 12;
        request.proceduralCount = 500;
        request.seed = 3;
        const DatasetPage page = browsePage(request);
        QCOMPARE(int(page.images.size()), 12);

        QTemporaryDir dir;
        DatasetGridExport ex;
        ex.path = dir.filePath(QStringLiteral("grid.png"));
        ex.images = page.images;
        for (int l : page.labels)
            ex.labels << page.classNames.value(l);
        const int columns = DatasetService::gridColumnsFor(12);
        const int scale = DatasetService::gridScaleFor(page.width, page.height);
        QCOMPARE(columns, 4);
        ex.columns = columns;
        ex.scale = scale;
        ex.recipe = DatasetService::gridRecipe(request, page, columns, scale);

        Job *job = m_datasets->exportGrid(ex);
        QCOMPARE(job->lane(), Lane::IO);
        QSignalSpy progress(job, &Job::progressChanged);
        QVERIFY(QTest::qWaitFor([&] { return job->isFinished(); }, 30000));
        QCOMPARE(job->state(), JobState::Succeeded);
        QCOMPARE(job->resultAs<QString>(), ex.path);
        QVERIFY(progress.size() >= 1);

        // The file decodes, at the size the grid formula gives (3 rows of 4 cells with a label band).
        const engine::Image image = engine::imaging::decodeImageFile(ex.path.toStdString());
        const int cell = std::max(page.width, page.height) * scale;
        const int pad = ex.padding;
        QCOMPARE(image.width, columns * cell + (columns + 1) * pad);
        QCOMPARE(image.height, 3 * (cell + engine::imaging::gridLabelBandHeight()) + 4 * pad);

        // The recipe reads back into the same request.
        QString error;
        const auto recipe = readRecipeFile(ex.path, &error);
        QVERIFY2(recipe, qPrintable(error));
        QCOMPARE(recipe->lab, QStringLiteral("data"));
        QCOMPARE(recipe->action, QStringLiteral("grid"));
        QCOMPARE(recipe->parameters.value(QStringLiteral("indices")).toArray().size(), 12);
        QCOMPARE(recipe->parameters.value(QStringLiteral("labels")).toArray().first().toString(), QStringLiteral("7"));
        const auto back = DatasetService::browseRequestOf(*recipe, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->id, request.id);
        QCOMPARE(back->classFilter, 7);
        QCOMPARE(back->shuffled, true);
        QCOMPARE(back->orderSeed, quint64(5));
        QCOMPARE(back->count, 12);
        QCOMPARE(back->offset, qint64(12));
        QCOMPARE(back->proceduralCount, qint64(500));
        QCOMPARE(back->seed, quint64(3));
        // Browsing it again shows the very same items.
        const DatasetPage again = browsePage(*back);
        QCOMPARE(again.indices, page.indices);
    }

    void exportFailuresNameTheFileAndLeaveNothing()
    {
        QTemporaryDir dir;
        DatasetGridExport ex;
        ex.path = dir.filePath(QStringLiteral("no-such-folder/grid.png"));
        ex.images.push_back(engine::Image(8, 8, 1));
        Job *job = m_datasets->exportGrid(ex);
        QVERIFY(QTest::qWaitFor([&] { return job->isFinished(); }, 10000));
        QCOMPARE(job->state(), JobState::Failed);
        QVERIFY2(job->message().contains(QStringLiteral("no-such-folder")), qPrintable(job->message()));

        DatasetGridExport empty;
        empty.path = dir.filePath(QStringLiteral("empty.png"));
        Job *nothing = m_datasets->exportGrid(empty);
        QVERIFY(QTest::qWaitFor([&] { return nothing->isFinished(); }, 10000));
        QCOMPARE(nothing->state(), JobState::Failed);
        QVERIFY(!QFileInfo::exists(empty.path));
    }

    void hostileRecipesAreRefusedOrClamped()
    {
        QString error;
        Recipe latent;
        latent.lab = QStringLiteral("latent");
        latent.action = QStringLiteral("sample");
        QVERIFY(!DatasetService::browseRequestOf(latent, &error));
        QVERIFY(error.contains(QStringLiteral("latent")));

        Recipe noSet;
        noSet.lab = QStringLiteral("data");
        noSet.action = QStringLiteral("grid");
        noSet.parameters = QJsonObject{{QStringLiteral("dataset"), 42}};
        QVERIFY(!DatasetService::browseRequestOf(noSet, &error));

        Recipe wild = noSet;
        wild.parameters = QJsonObject{{QStringLiteral("dataset"), QStringLiteral("shapes")},
                                      {QStringLiteral("class_filter"), 1e300},
                                      {QStringLiteral("per_page"), -5},
                                      {QStringLiteral("offset"), QStringLiteral("lots")},
                                      {QStringLiteral("shuffled"), QStringLiteral("yes")},
                                      {QStringLiteral("order_seed"), QJsonArray{1}},
                                      {QStringLiteral("procedural_count"), 1e12}};
        const auto r = DatasetService::browseRequestOf(wild, &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->id, QStringLiteral("shapes"));
        QCOMPARE(r->classFilter, -1);
        QCOMPARE(r->count, 1);
        QCOMPARE(r->offset, qint64(0));
        QCOMPARE(r->shuffled, false);
        QCOMPARE(r->orderSeed, quint64(1));
        QCOMPARE(r->proceduralCount, qint64(10000000));
    }
};

QTEST_GUILESS_MAIN(TestDatasetService)
#include "tst_datasetservice.moc"
