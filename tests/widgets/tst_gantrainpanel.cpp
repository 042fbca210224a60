// The GAN lab's "Train images" page as a user drives it: a tiny run on digits feeds the curves,
// the quality plot and the sample grid; the step slider scrubs the grids; the evolution is
// exported as a GIF with its recipe; a collapse in the quality figures is flagged with its
// evidence; bad input (a folder without images, a checkpoint of another shape, a taken folder)
// gets a clear message. With GENLAB_SCREENSHOT_DIR set it writes gan-train.png for the README.
#include "imagebytes.h"
#include "engine/imaging/animation.h"
#include "safetensorsedit.h"
#include "services/gan/ganservice.h"
#include "services/gan/gantraining.h"
#include "services/job.h"
#include "services/jobmanager.h"
#include "services/recipe.h"
#include "widgets/components/imagegridview.h"
#include "widgets/components/stepslider.h"
#include "widgets/components/trainingmonitor.h"
#include "widgets/components/trainingsession.h"
#include "widgets/ganlab/ganlab.h"
#include "widgets/ganlab/gantrainpanel.h"
#include "widgets/ganlab/featuremapview.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>


using namespace genlab;
using widgets::ganlab::GanTrainPanel;

namespace {

services::GanTrainRequest tinyRequest(const QString &outDir)
{
    services::GanTrainRequest r;
    r.config.latentDim = 16;
    r.config.baseChannels = 8;
    r.options.dataset = "digits";
    r.options.steps = 20;
    r.options.batchSize = 16;
    r.options.previewEvery = 5;
    r.options.evalEvery = 10;
    r.options.checkpointEvery = 10;
    r.options.outDir = outDir.toStdString();
    return r;
}

engine::train::Metrics quality(qint64 step, int covered)
{
    engine::train::Metrics m;
    m.step = step;
    m.evaluation = true;
    m.scalars = {{"classes_covered", covered}, {"classes_total", 10}, {"recall", covered / 10.0},
                 {"precision", 0.8},          {"frechet_distance", 20}, {"mean_confidence", 0.9}};
    return m;
}

} // namespace

class TestGanTrainPanel : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<services::JobManager> m_jobs;
    services::GanService *m_service = nullptr;
    std::unique_ptr<GanTrainPanel> m_panel;

    bool runToEnd(int ms = 60000)
    {
        return QTest::qWaitFor([&] { return !m_panel->isRunning(); }, ms);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_jobs = std::make_unique<services::JobManager>(services::JobManager::Options{});
        m_service = new services::GanService(m_jobs.get(), {}, m_jobs.get());
        m_panel = std::make_unique<GanTrainPanel>(m_service);
        m_panel->resize(1400, 860);
        m_panel->show();
        if (services::gan::shippedClassifierDir().isEmpty())
            QSKIP("the shipped classifier-digits is missing");
    }

    void cleanupTestCase()
    {
        m_panel.reset();
        m_jobs.reset();
    }

    void fitsALaptopScreen()
    {
        // The lab must fit a 1366-pixel screen beside the studio's navigation and the Jobs dock.
        QVERIFY2(m_panel->minimumSizeHint().width() <= 1000, QByteArray::number(m_panel->minimumSizeHint().width()));
    }

    void theFormStartsFromTheEngineDefaults()
    {
        const services::GanTrainRequest r = m_panel->request();
        QCOMPARE(r.options.steps, engine::gan::defaultImageCommon().steps);
        QCOMPARE(r.options.evalEvery, engine::gan::defaultImageCommon().evalEvery);
        QCOMPARE(r.config, engine::gan::ImageGanConfig());
        QVERIFY(!r.options.classifierDir.empty()); // the shipped classifier measures the quality
        QCOMPARE(r.datasetId(), QStringLiteral("digits"));
        QVERIFY(!m_panel->exportButton()->isEnabled()); // nothing recorded yet
    }

    void aTinyRunDrawsCurvesQualityAndSamples()
    {
        const QString out = m_dir.filePath(QStringLiteral("tiny"));
        m_panel->setRequest(tinyRequest(out));
        QVERIFY(m_panel->start());
        QVERIFY(!m_panel->start()); // one run at a time
        QVERIFY(runToEnd());
        QVERIFY2(m_panel->job()->state() == services::JobState::Succeeded, qPrintable(m_panel->statusText()));
        QVERIFY2(m_panel->statusText().startsWith(QStringLiteral("Done: 20 steps")), qPrintable(m_panel->statusText()));

        for (const char *curve : {"d_loss", "g_loss", "d_real", "d_fake", "d_grad_norm", "g_grad_norm"})
            QVERIFY2(m_panel->monitor()->pointCount(QString::fromLatin1(curve)) == 20, curve);
        // The quality figures at steps 10 and 20, on their own plot.
        widgets::TrainingMonitor *q = m_panel->qualityMonitor();
        QCOMPARE(q->steps(QStringLiteral("coverage")), (std::vector<double>{10, 20}));
        for (const char *curve : {"recall", "precision", "mean_confidence", "frechet_distance", "duplicate_rate"})
            QVERIFY2(q->pointCount(QString::fromLatin1(curve)) == 2, curve);
        for (double v : q->rawValues(QStringLiteral("coverage")))
            QVERIFY(v >= 0 && v <= 1);
        QVERIFY(q->rawValues(QStringLiteral("frechet_distance")).back() > 0);

        // The fixed-noise grid: 4 rows of 8, at every recorded step.
        QCOMPARE(m_panel->samples()->count(), 32);
        widgets::StepSlider *steps = m_panel->stepSlider();
        QCOMPARE(steps->steps(), (QList<qint64>{5, 10, 15, 20}));
        QCOMPARE(m_panel->recordedSteps(), (QList<qint64>{5, 10, 15, 20}));
        QCOMPARE(steps->currentStep(), 20);
        const QByteArray at20 = testing::imageBytes(m_panel->samples()->images().first());
        // Scrubbing back shows that step's samples; both plots' cursors follow.
        auto *bar = steps->findChild<QSlider *>(QStringLiteral("steps"));
        QVERIFY(bar && bar->isEnabled());
        bar->setValue(0);
        QCOMPARE(steps->currentStep(), 5);
        QCOMPARE(m_panel->monitor()->stepCursor(), 5.0);
        QCOMPARE(q->stepCursor(), 5.0);
        QVERIFY(testing::imageBytes(m_panel->samples()->images().first()) != at20); // G changed between steps 5 and 20
        // The feature map (a tab beside the samples) was recorded with each preview and follows the slider.
        QCOMPARE(m_panel->featureMap()->mapCount(), 4);
        QCOMPARE(m_panel->featureMap()->shownStep(), 5);
        bar->setValue(3);
        QCOMPARE(testing::imageBytes(m_panel->samples()->images().first()), at20);
        QCOMPARE(m_panel->featureMap()->shownStep(), 20);
        QVERIFY(!m_panel->featureMap()->shownMap()->points.empty());

        // "Use this model" hands the folder on.
        QVERIFY(m_panel->useButton()->isEnabled());
        QSignalSpy used(m_panel.get(), &GanTrainPanel::useModel);
        m_panel->useButton()->click();
        QCOMPARE(used.size(), 1);
        QCOMPARE(used.first().first().toString(), out);
    }

    void theEvolutionIsExportedAsAGifWithItsRecipe()
    {
        QVERIFY(m_panel->exportButton()->isEnabled());
        // Not an animation: refused with a message.
        QVERIFY(!m_panel->exportEvolution(m_dir.filePath(QStringLiteral("evolution.png"))));
        QVERIFY2(m_panel->statusText().contains(QStringLiteral(".gif")), qPrintable(m_panel->statusText()));

        const QString gif = m_dir.filePath(QStringLiteral("evolution.gif"));
        QSignalSpy done(m_panel.get(), &GanTrainPanel::exportFinished);
        QVERIFY(m_panel->exportEvolution(gif));
        QVERIFY(done.wait(30000));
        QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
        // Four recorded grids, the last held a little longer.
        QCOMPARE(engine::imaging::countGifFrames(gif.toStdString()),
                 4 + services::gan::kEvolutionLastFrameRepeats);
        const auto frames = engine::imaging::readGifFrames(gif.toStdString());
        QVERIFY(frames.front().pixels != frames[3].pixels); // the samples changed between steps 5 and 20
        QString error;
        const auto recipe = services::readRecipeFile(gif, &error);
        QVERIFY2(recipe, qPrintable(error));
        QCOMPARE(recipe->lab, QStringLiteral("gan"));
        QCOMPARE(recipe->parameters.value(QStringLiteral("steps_shown")).toArray().size(), 4);
        QCOMPARE(recipe->parameters.value(QStringLiteral("dataset")).toString(), QStringLiteral("digits"));
        QVERIFY2(m_panel->statusText().contains(QStringLiteral("evolution.gif")), qPrintable(m_panel->statusText()));

        // The same as a video, chosen by the suffix.
        const QString mp4 = m_dir.filePath(QStringLiteral("evolution.mp4"));
        done.clear();
        QVERIFY(m_panel->exportEvolution(mp4));
        QVERIFY(done.wait(30000));
        if (!done.first().at(0).toBool() && done.first().at(1).toString().contains(QStringLiteral("no MP4 encoder")))
            QSKIP("this OpenCV build writes no MP4");
        QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
        QCOMPARE(engine::imaging::readVideoInfo(mp4.toStdString()).frameCount, 4 + services::gan::kEvolutionLastFrameRepeats);
        QVERIFY(QFileInfo::exists(mp4 + QStringLiteral(".recipe.json")));
    }

    void aCollapseIsFlaggedWithItsEvidenceAndMarked()
    {
        GanTrainPanel panel(m_service);
        QVERIFY(!panel.collapse());
        QVERIFY(panel.collapseLabel()->isHidden());
        widgets::TrainingSession *session = panel.session();
        Q_EMIT session->metricsReported(quality(400, 9));
        Q_EMIT session->metricsReported(quality(800, 10));
        Q_EMIT session->metricsReported(quality(1200, 3));
        QVERIFY(!panel.collapse()); // one low evaluation is not yet a collapse
        Q_EMIT session->metricsReported(quality(1600, 2));
        QVERIFY(panel.collapse() && panel.collapse()->active());
        QVERIFY(!panel.collapseLabel()->isHidden());
        QVERIFY2(panel.collapseLabel()->text().contains(QStringLiteral("7 of 10 classes absent since step 1,200")),
                 qPrintable(panel.collapseLabel()->text()));
        QCOMPARE(panel.qualityMonitor()->pointCount(QStringLiteral("coverage")), 4);
        // It clears when the coverage recovers, and says so.
        Q_EMIT session->metricsReported(quality(2000, 9));
        QVERIFY(panel.collapse() && !panel.collapse()->active());
        QVERIFY2(panel.collapseLabel()->text().contains(QStringLiteral("cleared at step 2,000")),
                 qPrintable(panel.collapseLabel()->text()));
    }

    void badInputGetsClearMessages()
    {
        // A folder without images: the run fails with the folder named, the panel keeps working.
        const QString empty = m_dir.filePath(QStringLiteral("no-images"));
        QDir().mkpath(empty);
        services::GanTrainRequest bad = tinyRequest(m_dir.filePath(QStringLiteral("bad-folder")));
        bad.options.dataset = (QStringLiteral("folder:") + empty).toStdString();
        m_panel->setRequest(bad);
        QVERIFY(m_panel->start());
        QVERIFY(runToEnd());
        QCOMPARE(m_panel->job()->state(), services::JobState::Failed);
        QVERIFY2(m_panel->statusText().contains(QStringLiteral("no-images")), qPrintable(m_panel->statusText()));

        // The folder of the tiny run already holds a model: not overwritten.
        services::GanTrainRequest taken = tinyRequest(m_dir.filePath(QStringLiteral("tiny")));
        taken.options.resume = engine::train::Resume::Never;
        m_panel->setRequest(taken);
        QVERIFY(!m_panel->start());
        QVERIFY2(m_panel->statusText().contains(QStringLiteral("already holds a model")), qPrintable(m_panel->statusText()));

        // Resuming it with another width: refused, naming what differs; the checkpoint is kept.
        taken.config.baseChannels = 16;
        taken.options.steps = 30;
        taken.options.resume = engine::train::Resume::Required;
        m_panel->setRequest(taken);
        QVERIFY(m_panel->start());
        QVERIFY(runToEnd());
        QCOMPARE(m_panel->job()->state(), services::JobState::Failed);
        QVERIFY2(m_panel->statusText().contains(QStringLiteral("checkpoint has")), qPrintable(m_panel->statusText()));
        QCOMPARE(engine::gan::ImageGan::load(m_dir.filePath(QStringLiteral("tiny")).toStdString()).info().step,
                 std::int64_t(20));
    }

    void aDivergingRunSaysWhichLossAndKeepsItsCheckpoint()
    {
        const QString dir = m_dir.filePath(QStringLiteral("diverging"));
        services::GanTrainRequest r = tinyRequest(dir);
        r.options.steps = 10;
        r.options.checkpointEvery = 5;
        r.options.classifierDir.clear();
        m_panel->setRequest(r);
        QVERIFY(m_panel->start());
        QVERIFY(runToEnd());
        QCOMPARE(m_panel->job()->state(), services::JobState::Succeeded);
        // A discriminator whose last layer holds huge finite weights overflows at once, as one
        // blown up by a wild learning rate would (the kit caps the rate below what this GAN feels).
        QVERIFY(genlab::testing::fillSafetensor(QDir(dir).filePath(QStringLiteral("model.safetensors")), "discriminator.out.weight", 3e38f));
        r.options.steps = 20;
        r.options.resume = engine::train::Resume::Required;
        m_panel->setRequest(r);
        QVERIFY(m_panel->start());
        // The studio's runs pause on a NaN, saying which loss, and wait for Resume or Stop.
        services::Job *job = m_panel->job();
        QVERIFY(QTest::qWaitFor([&] { return job->state() == services::JobState::Paused; }, 60000));
        QString status = m_panel->statusText();
        QVERIFY2(status.contains(QStringLiteral("D loss")) && status.contains(QStringLiteral("step 11")), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("Resume skips step 11")), qPrintable(status));
        // This discriminator overflows at every step: Resume skips step 11 and pauses again at 12.
        job->resume();
        QVERIFY(QTest::qWaitFor([&] {
            return job->state() == services::JobState::Paused && m_panel->statusText().contains(QStringLiteral("step 12"));
        }, 60000));
        job->cancel();
        QVERIFY(runToEnd());
        QCOMPARE(job->state(), services::JobState::Canceled);
        status = m_panel->statusText();
        QVERIFY2(status.contains(QStringLiteral("D loss")) && status.contains(QStringLiteral("step 12")), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("Resume")), qPrintable(status));
        // The checkpoint is the last good one; the curves keep the first run's steps.
        QCOMPARE(engine::gan::ImageGan::load(dir.toStdString()).info().step, std::int64_t(10));
        QCOMPARE(m_panel->monitor()->pointCount(QStringLiteral("d_loss")), 10);
        QVERIFY(m_panel->exportButton()->isEnabled()); // the grids recorded before it can still be exported
    }

    void theLabShowsItAsItsSecondPageAndSavesTheForm()
    {
        widgets::ganlab::GanLab lab(m_service);
        QVERIFY(lab.trainPanel());
        QCOMPARE(lab.tabs()->indexOf(lab.trainPanel()), 1);
        QCOMPARE(lab.tabs()->tabText(1), QStringLiteral("Train images"));
        services::GanTrainRequest r = tinyRequest(m_dir.filePath(QStringLiteral("saved")));
        r.config.conditional = true;
        r.options.loss = engine::gan::GanLoss::Hinge;
        lab.trainPanel()->setRequest(r);
        const QJsonObject state = lab.saveState();
        QVERIFY(state.value(QStringLiteral("train")).isObject());
        widgets::ganlab::GanLab other(m_service);
        other.restoreState(state);
        const services::GanTrainRequest back = other.trainPanel()->request();
        QVERIFY(back.config.conditional);
        QCOMPARE(back.config.baseChannels, 8);
        QCOMPARE(back.options.loss, engine::gan::GanLoss::Hinge);
        QCOMPARE(back.options.steps, std::int64_t(20));
        QCOMPARE(back.outDir(), m_dir.filePath(QStringLiteral("saved")));
    }

    // Only for the README: a few hundred steps on digits, the page as a student sees it then.
    void screenshot()
    {
        const QString dir = qEnvironmentVariable("GENLAB_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("GENLAB_SCREENSHOT_DIR is not set");
        services::GanTrainRequest r;
        r.options.dataset = "digits";
        r.options.steps = 1500;
        r.options.previewEvery = 50;
        r.options.evalEvery = 150;
        r.options.checkpointEvery = 500;
        r.options.outDir = m_dir.filePath(QStringLiteral("screenshot")).toStdString();
        m_panel->setRequest(r);
        QVERIFY(m_panel->start());
        QVERIFY(runToEnd(900000));
        QCOMPARE(m_panel->job()->state(), services::JobState::Succeeded);
        // Three rows on the right (the game, the quality, the samples): a full-HD window's height.
        m_panel->resize(1400, 1000);
        QTest::qWait(300);
        QDir().mkpath(dir);
        QVERIFY(m_panel->grab().save(QDir(dir).filePath(QStringLiteral("gan-train.png"))));
    }
};

QTEST_MAIN(TestGanTrainPanel)
#include "tst_gantrainpanel.moc"
