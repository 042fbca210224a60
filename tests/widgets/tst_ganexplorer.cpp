// The GAN lab's "Explore" page through the real GeneratorExplorer and GanExploreService with the
// shipped gan-digits: it loads on its own, one seed gives one grid, a class and a truncation change
// it, clicked samples start and end a path whose lerp and slerp strips have the frames asked for
// and begin and end on those samples, a folder that is not a GAN checkpoint says so and keeps the
// model, and the export writes a GIF with a recipe that names everything needed to make it again.
// With GENLAB_SCREENSHOT_DIR set it writes gan-explore.png for the README.
#include "engine/gan/imagegan.h"
#include "services/gan/ganexplore.h"
#include "services/jobmanager.h"
#include "services/recipe.h"
#include "services/resourcepaths.h"
#include "widgets/components/imagegridview.h"
#include "widgets/ganlab/generatorexplorer.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace genlab;
using widgets::ganlab::GeneratorExplorer;

class TestGanExplorer : public QObject
{
    Q_OBJECT

    std::unique_ptr<services::JobManager> m_jobs;
    GeneratorExplorer *m_explorer = nullptr;

    bool settle(int ms = 20000) const
    {
        return QTest::qWaitFor([this] { return !m_explorer->isBusy(); }, ms);
    }

    QList<QImage> gridImages() const { return m_explorer->sampleGrid()->images(); }

    // Largest difference of one 8-bit value between two images of the same size; -1 otherwise.
    static int maxDifference(const QImage &a, const QImage &b)
    {
        if (a.size() != b.size())
            return -1;
        const QImage x = a.convertToFormat(QImage::Format_Grayscale8), y = b.convertToFormat(QImage::Format_Grayscale8);
        int most = 0;
        for (int r = 0; r < x.height(); ++r)
            for (int c = 0; c < x.width(); ++c)
                most = std::max(most, std::abs(int(x.constScanLine(r)[c]) - int(y.constScanLine(r)[c])));
        return most;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (services::shippedModelPath(QString::fromLatin1(services::gan::kShippedGenerator)).isEmpty())
            QSKIP("the shipped gan-digits model is not found (resources/models or GENLAB_MODELS_DIR)");
        m_jobs = std::make_unique<services::JobManager>(services::JobManager::Options{});
        auto *service = new services::GanExploreService(m_jobs.get(), {});
        m_explorer = new GeneratorExplorer(service);
        service->setParent(m_explorer);
        m_explorer->resize(1200, 800);
        m_explorer->show(); // showing the page loads the shipped model
        QVERIFY(QTest::qWaitFor([this] { return m_explorer->hasModel() && !m_explorer->path().lerp.frames.empty(); }, 30000));
        QVERIFY(settle());
    }

    void cleanupTestCase()
    {
        delete m_explorer;
        if (m_jobs)
            m_jobs->shutdown(10000);
    }

    void loadsTheShippedConditionalGenerator()
    {
        const auto &info = m_explorer->model();
        QCOMPARE(info.source.name, QStringLiteral("gan-digits"));
        QVERIFY(info.config.conditional);
        QCOMPARE(info.config.numClasses, 10);
        QCOMPARE(m_explorer->sampleGrid()->count(), m_explorer->count());
        // Every class in turn: the tiles are labelled 0, 1, 2, ... and laid out one class a column.
        QCOMPARE(m_explorer->sampleGrid()->labels().value(3), QStringLiteral("3"));
        QCOMPARE(m_explorer->sampleGrid()->columns(), 10);
        QVERIFY(m_explorer->findChild<QWidget *>(QStringLiteral("generatorInfo")) != nullptr);
    }

    void theSameSeedGivesTheSameImages()
    {
        m_explorer->setSeed(7);
        QVERIFY(settle());
        const QList<QImage> first = gridImages();
        QCOMPARE(m_explorer->samples().request.seed, quint64(7));
        m_explorer->setSeed(8);
        QVERIFY(settle());
        QVERIFY(gridImages() != first);
        m_explorer->setSeed(7);
        QVERIFY(settle());
        QCOMPARE(gridImages(), first);
    }

    void aClassChangesTheImages()
    {
        m_explorer->setClassLabel(3);
        QVERIFY(settle());
        for (int label : m_explorer->samples().labels)
            QCOMPARE(label, 3);
        const QList<QImage> threes = gridImages();
        m_explorer->setClassLabel(5);
        QVERIFY(settle());
        QCOMPARE(m_explorer->samples().labels.front(), 5);
        // The same noise, another class: every tile changes.
        const QList<QImage> fives = gridImages();
        QCOMPARE(fives.size(), threes.size());
        for (int i = 0; i < fives.size(); ++i)
            QVERIFY2(maxDifference(fives[i], threes[i]) > 40, qPrintable(QString::number(i)));
        QCOMPARE(m_explorer->sampleGrid()->columns(), 0); // one class: as many columns as fit
    }

    void truncationBoundsTheNoise()
    {
        m_explorer->setTruncation(0);
        QVERIFY(settle());
        const QList<QImage> untruncated = gridImages();
        double most = 0;
        for (float v : m_explorer->samples().noise)
            most = std::max(most, std::abs(double(v)));
        QVERIFY(most > 2.0); // 40 x 64 normal draws go past 2
        m_explorer->setTruncation(0.5);
        QVERIFY(settle());
        QCOMPARE(m_explorer->samples().request.truncation, 0.5);
        for (float v : m_explorer->samples().noise)
            QVERIFY(std::abs(v) <= 0.5f);
        QVERIFY(gridImages() != untruncated);
        m_explorer->setTruncation(0);
        QVERIFY(settle());
        QCOMPARE(gridImages(), untruncated);
    }

    void twoSeedsGiveBothStripsWithTheFrames()
    {
        m_explorer->setFrameCount(12);
        m_explorer->setPathSeeds(3, 9);
        QVERIFY(settle());
        const auto &p = m_explorer->path();
        QCOMPARE(p.request.from.seed, quint64(3));
        QCOMPARE(p.request.to.seed, quint64(9));
        QCOMPARE(m_explorer->lerpStrip()->count(), 12);
        QCOMPARE(m_explorer->slerpStrip()->count(), 12);
        QCOMPARE(p.request.classLabel, 5); // the class chosen above draws every frame
        // Both paths share their ends and part in between: slerp keeps |z| up where lerp sags.
        QCOMPARE(m_explorer->lerpStrip()->images().front(), m_explorer->slerpStrip()->images().front());
        QCOMPARE(m_explorer->lerpStrip()->images().back(), m_explorer->slerpStrip()->images().back());
        QVERIFY(p.slerp.norms[6] > p.lerp.norms[6] + 0.5);
    }

    void twoClickedSamplesAreThePathsEnds()
    {
        m_explorer->setClassLabel(-1);
        m_explorer->setSeed(11);
        QVERIFY(settle());
        const QList<QImage> grid = gridImages();
        // Click tiles 4 and 17 as a person would.
        for (int index : {4, 17}) {
            const QRect tile = m_explorer->sampleGrid()->tileRect(index);
            QVERIFY(!tile.isEmpty());
            QTest::mouseClick(m_explorer->sampleGrid()->canvas(), Qt::LeftButton, {}, tile.center());
        }
        QVERIFY(settle());
        const auto &r = m_explorer->path().request;
        QCOMPARE(r.from, (services::NoiseEndpoint{11, 40, 4}));
        QCOMPARE(r.to, (services::NoiseEndpoint{11, 40, 17}));
        QCOMPARE(r.classLabel, 4); // every class in turn: the first sample's class
        // The path starts on tile 4 (same noise, same class); the end is tile 17's noise drawn as a 4.
        QVERIFY(maxDifference(m_explorer->lerpStrip()->images().front(), grid[4]) <= 2);
        QVERIFY(maxDifference(m_explorer->lerpStrip()->images().front(), grid[5]) > 40);
    }

    void aBadFolderSaysWhyAndKeepsTheModel()
    {
        QTemporaryDir empty;
        QSignalSpy failed(m_explorer, &GeneratorExplorer::loadFailed);
        m_explorer->useModel(empty.path());
        QVERIFY(failed.wait(20000) || failed.count() == 1);
        QVERIFY(settle());
        QVERIFY2(m_explorer->statusText().contains(QDir::toNativeSeparators(empty.path())), qPrintable(m_explorer->statusText()));
        QVERIFY(m_explorer->statusText().contains(QStringLiteral("Still using gan-digits")));
        // Another architecture: the shipped VAE.
        const QString vae = services::shippedModelPath(QStringLiteral("vae-digits-2d"));
        if (!vae.isEmpty()) {
            m_explorer->useModel(vae);
            QVERIFY(failed.wait(20000) || failed.count() == 2);
            QVERIFY(settle());
            QVERIFY2(m_explorer->statusText().contains(QStringLiteral("vae-digits-2d")), qPrintable(m_explorer->statusText()));
        }
        QCOMPARE(m_explorer->model().source.name, QStringLiteral("gan-digits"));
        QCOMPARE(m_explorer->model().generation, quint64(1));
        // It still samples.
        m_explorer->setSeed(12);
        QVERIFY(settle());
        QCOMPARE(m_explorer->samples().request.seed, quint64(12));
        QCOMPARE(m_explorer->sampleGrid()->count(), m_explorer->count());
    }

    void exportWritesAGifWithItsRecipe()
    {
        m_explorer->setPathSeeds(2, 5);
        QVERIFY(settle());
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("walk.gif"));
        QSignalSpy done(m_explorer, &GeneratorExplorer::exported);
        m_explorer->setExportMethod(engine::vae::PathMethod::Slerp);
        QVERIFY(m_explorer->exportTo(file) != nullptr);
        QVERIFY(done.wait(20000));
        QVERIFY2(done.front().at(1).toBool(), qPrintable(done.front().at(2).toString()));
        QFile gif(file);
        QVERIFY(gif.open(QIODevice::ReadOnly));
        QVERIFY(gif.read(4) == "GIF8");
        QString error;
        const auto recipe = services::readRecipeFile(file, &error);
        QVERIFY2(recipe.has_value(), qPrintable(error));
        QCOMPARE(recipe->lab, QStringLiteral("gan"));
        QCOMPARE(recipe->action, QStringLiteral("interpolate"));
        QCOMPARE(recipe->model, QStringLiteral("gan-digits"));
        QVERIFY(!recipe->modelHash.isEmpty());
        const QJsonObject p = recipe->parameters;
        QCOMPARE(p.value(QStringLiteral("method")).toString(), QStringLiteral("slerp"));
        QCOMPARE(p.value(QStringLiteral("frames")).toInt(), 12);
        QCOMPARE(p.value(QStringLiteral("from")).toObject().value(QStringLiteral("seed")).toInt(), 2);
        QCOMPARE(p.value(QStringLiteral("to")).toObject().value(QStringLiteral("seed")).toInt(), 5);
        QVERIFY(p.contains(QStringLiteral("truncation")));
        QVERIFY(p.contains(QStringLiteral("class")));
        QCOMPARE(p.value(QStringLiteral("endpoints")).toArray().size(), 2);
        // The recipe makes the same path again: settings changed since are put back.
        const QList<QImage> exportedFrames = m_explorer->slerpStrip()->images();
        m_explorer->setPathSeeds(30, 31);
        m_explorer->setFrameCount(4);
        QVERIFY(settle());
        QVERIFY(m_explorer->applyRecipe(*recipe));
        QVERIFY(settle());
        QCOMPARE(m_explorer->path().request.from, (services::NoiseEndpoint{2, 1, 0}));
        QCOMPARE(m_explorer->path().request.to, (services::NoiseEndpoint{5, 1, 0}));
        QCOMPARE(m_explorer->slerpStrip()->images(), exportedFrames);
        services::Recipe other = *recipe;
        other.action = QStringLiteral("train");
        QString why;
        QVERIFY(!m_explorer->applyRecipe(other, &why));
        QVERIFY(why.contains(QStringLiteral("train")));
        // A suffix that is not an export format: a message, no job.
        QVERIFY(m_explorer->exportTo(dir.filePath(QStringLiteral("walk.txt"))) == nullptr);
        QVERIFY(m_explorer->statusText().contains(QStringLiteral(".gif")));
    }

    void aGridExportCarriesItsRecipe()
    {
        m_explorer->setClassLabel(-1);
        m_explorer->setSeed(21);
        QVERIFY(settle());
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("grid.png"));
        QSignalSpy done(m_explorer, &GeneratorExplorer::exported);
        QVERIFY(m_explorer->exportGridTo(file) != nullptr);
        QVERIFY(done.wait(20000));
        QVERIFY2(done.front().at(1).toBool(), qPrintable(done.front().at(2).toString()));
        QString error;
        const auto recipe = services::readRecipeFile(file, &error);
        QVERIFY2(recipe.has_value(), qPrintable(error));
        QCOMPARE(recipe->action, QStringLiteral("sample"));
        QCOMPARE(recipe->seed, quint64(21));
        QCOMPARE(recipe->parameters.value(QStringLiteral("columns")).toInt(), 10);
        QCOMPARE(recipe->parameters.value(QStringLiteral("count")).toInt(), m_explorer->count());
        QImage png(file);
        QVERIFY(!png.isNull());
        QVERIFY(png.width() > png.height()); // 10 columns of 4 rows
    }

    // What the training page hands over: a checkpoint folder, here a small unconditional one.
    void useModelLoadsAnUnconditionalCheckpoint()
    {
        QTemporaryDir dir;
        engine::gan::ImageGanConfig config;
        config.latentDim = 8;
        config.baseChannels = 8;
        config.conditional = false;
        engine::gan::ImageGan::create(config, 3).save(dir.path().toStdString(), {"digits", 0, {}, {}});
        QSignalSpy loaded(m_explorer, &GeneratorExplorer::modelLoaded);
        m_explorer->useModel(dir.path());
        QVERIFY(loaded.wait(20000));
        QVERIFY(settle());
        QCOMPARE(m_explorer->model().source.folder, QDir(dir.path()).absolutePath());
        QVERIFY(!m_explorer->model().config.conditional);
        auto *classes = m_explorer->findChild<QComboBox *>(QStringLiteral("classCombo"));
        QVERIFY(!classes->isEnabled());
        QCOMPARE(m_explorer->classLabel(), -1);
        QVERIFY(m_explorer->samples().labels.empty());
        QCOMPARE(m_explorer->samples().latentDim, 8);
        QCOMPARE(m_explorer->sampleGrid()->count(), m_explorer->count());
        QCOMPARE(m_explorer->lerpStrip()->count(), m_explorer->frameCount());
        // And back to the shipped one, with its classes.
        m_explorer->useModel(QStringLiteral("gan-digits"));
        QVERIFY(loaded.wait(20000));
        QVERIFY(settle());
        QVERIFY(classes->isEnabled());
        QCOMPARE(classes->count(), 11);
        QCOMPARE(m_explorer->model().source.name, QStringLiteral("gan-digits"));
    }

    void stateRoundTrips()
    {
        const QJsonObject saved = m_explorer->saveState();
        m_explorer->setSeed(99);
        m_explorer->setFrameCount(5);
        QVERIFY(settle());
        m_explorer->restoreState(saved);
        QVERIFY(settle());
        QCOMPARE(m_explorer->saveState(), saved);
    }

    void screenshot()
    {
        const QString dir = qEnvironmentVariable("GENLAB_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("GENLAB_SCREENSHOT_DIR is not set");
        m_explorer->setClassLabel(-1);
        m_explorer->setTruncation(0);
        m_explorer->setSeed(1);
        m_explorer->setFrameCount(10);
        QVERIFY(settle());
        m_explorer->pickSample(3);
        m_explorer->pickSample(28);
        QVERIFY(settle());
        QTest::qWait(200);
        m_explorer->grab().save(QDir(dir).filePath(QStringLiteral("gan-explore.png")));
    }
};

QTEST_MAIN(TestGanExplorer)
#include "tst_ganexplorer.moc"
