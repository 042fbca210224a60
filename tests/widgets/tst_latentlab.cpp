// The latent lab as a user drives it, with the shipped 16-D digits model (a small untrained model
// when it is missing): it opens ready (map and samples drawn), dragging a slider changes the
// preview, pressing on the map decodes that point, hovering shows the nearest image, interpolation
// strips and their export with a recipe that "Open recipe…" regenerates, bad input gives messages
// while the lab keeps working, and a short training run feeds the curves, KL bars and
// reconstructions and hands its model to the explorer.
// With GENLAB_SCREENSHOTS=DIR it also writes the README screenshots (latent-*.png) there.
#include "imagebytes.h"
#include "services/jobmanager.h"
#include "services/latent/latentservice.h"
#include "widgets/components/imagegridview.h"
#include "widgets/components/qcustomplot_include.h"
#include "widgets/components/stepslider.h"
#include "widgets/components/trainingmonitor.h"
#include "widgets/latentlab/arithmeticpanel.h"
#include "widgets/latentlab/explorerstate.h"
#include "widgets/latentlab/interpolationpanel.h"
#include "widgets/latentlab/klbarsplot.h"
#include "widgets/latentlab/latentlab.h"
#include "widgets/latentlab/latentmappanel.h"
#include "widgets/latentlab/previewpanel.h"
#include "widgets/latentlab/samplepanel.h"
#include "widgets/latentlab/sliderspanel.h"
#include "widgets/latentlab/trainingpanel.h"

#include "engine/vae/latentmodel.h"
#include "services/job.h"

#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QSlider>
#include <QStyleOptionSlider>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace genlab;
using widgets::ExplorerState;
using widgets::LatentLab;

namespace {

void sendMouse(QWidget *w, QEvent::Type type, const QPoint &pos, Qt::MouseButton button, Qt::MouseButtons buttons)
{
    QMouseEvent e(type, QPointF(pos), w->mapToGlobal(QPointF(pos)), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(w, &e);
}

QPoint handleCentre(QSlider *slider)
{
    QStyleOptionSlider opt;
    opt.initFrom(slider);
    opt.orientation = slider->orientation();
    opt.minimum = slider->minimum();
    opt.maximum = slider->maximum();
    opt.sliderPosition = slider->sliderPosition();
    opt.sliderValue = slider->value();
    opt.subControls = QStyle::SC_All;
    return slider->style()->subControlRect(QStyle::CC_Slider, &opt, QStyle::SC_SliderHandle, slider).center();
}

} // namespace

class TestLatentLab : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<services::JobManager> m_jobs;
    services::LatentService *m_service = nullptr;
    std::unique_ptr<QWidget> m_window;
    LatentLab *m_lab = nullptr;
    QString m_screenshots;

    void shoot(QWidget *w, const QString &name)
    {
        if (m_screenshots.isEmpty())
            return;
        QTest::qWait(300);
        QDir().mkpath(m_screenshots);
        QVERIFY(w->grab().save(QDir(m_screenshots).filePath(name)));
    }

    bool waitIdle(int ms = 30000)
    {
        return QTest::qWaitFor([&] { return m_jobs->activeCount() == 0; }, ms);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_screenshots = qEnvironmentVariable("GENLAB_SCREENSHOTS");
        QString start;
        if (services::LatentService::shippedModels().isEmpty()) {
            // Without the shipped models the lab still has to work: a small untrained one.
            start = m_dir.filePath(QStringLiteral("fallback"));
            engine::vae::VaeConfig c;
            c.latentDim = 16;
            c.baseChannels = 8;
            engine::vae::LatentModel::create(c, 3).save(start.toStdString(), {});
            qWarning("shipped models missing: testing with an untrained model");
        }
        m_jobs = std::make_unique<services::JobManager>(services::JobManager::Options{});
        m_window = std::make_unique<QWidget>();
        auto *layout = new QVBoxLayout(m_window.get());
        layout->setContentsMargins(0, 0, 0, 0);
        m_service = new services::LatentService(m_jobs.get(), engine::ResolvedDevice{}, m_window.get());
        m_lab = new LatentLab(m_service, start, m_window.get());
        layout->addWidget(m_lab);
        m_window->resize(1240, 820);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_jobs->shutdown(5000);
    }

    void opensReadyWithMapSamplesAndPreview()
    {
        QCOMPARE(m_lab->labId(), QStringLiteral("latent"));
        QCOMPARE(m_lab->title(), QStringLiteral("Latent"));
        QVERIFY(QTest::qWaitFor([&] { return m_lab->isReady(); }, 60000));
        QVERIFY2(m_lab->messageText().isEmpty(), qPrintable(m_lab->messageText()));
        QVERIFY(m_lab->state()->hasMap());
        QCOMPARE(m_lab->state()->latentDim(), 16);
        // Ten classes in the legend, points on the plot.
        QCustomPlot *plot = m_lab->mapPanel()->plot();
        int pointGraphs = 0, points = 0;
        for (int i = 0; i < plot->graphCount(); ++i) {
            if (plot->graph(i)->name().size() == 1) {
                ++pointGraphs;
                points += plot->graph(i)->dataCount();
            }
        }
        QCOMPARE(pointGraphs, 10);
        QCOMPARE(points, m_lab->state()->map()->count);
        QVERIFY(m_lab->mapPanel()->statusText().contains(QStringLiteral("PCA")));
        QCOMPARE(m_lab->samplePanel()->grid()->count(), 36);
        QVERIFY(QTest::qWaitFor([&] { return !m_lab->state()->currentImage().isNull(); }, 10000));
        QCOMPARE(m_lab->slidersPanel()->sliderCount(), 16);
    }

    void draggingASliderChangesThePreview()
    {
        m_lab->showTab(LatentLab::Tab::Sliders);
        QVERIFY(waitIdle());
        QSlider *slider = m_lab->slidersPanel()->slider(0);
        QVERIFY(slider && slider->isVisible());
        const int dim = m_lab->slidersPanel()->dimensionAt(0);
        const QByteArray before = testing::imageBytes(m_lab->state()->currentImage());
        const int shownBefore = m_lab->state()->decodesShown();
        QPoint pos = handleCentre(slider);
        sendMouse(slider, QEvent::MouseButtonPress, pos, Qt::LeftButton, Qt::LeftButton);
        for (int i = 0; i < 30; ++i) {
            pos.rx() += 4;
            sendMouse(slider, QEvent::MouseMove, pos, Qt::NoButton, Qt::LeftButton);
            QTest::qWait(5);
        }
        sendMouse(slider, QEvent::MouseButtonRelease, pos, Qt::LeftButton, Qt::NoButton);
        QVERIFY(slider->value() > 0);
        const float expected = float(slider->value()) / widgets::SlidersPanel::kSteps;
        QCOMPARE(m_lab->state()->current().at(std::size_t(dim)), expected);
        QVERIFY(QTest::qWaitFor([&] { return !m_lab->state()->isDecoding(); }, 10000));
        QVERIFY(m_lab->state()->decodesShown() > shownBefore);
        // Latest wins: what is shown is the last position, however many requests were dropped.
        QVERIFY(testing::imageBytes(m_lab->state()->currentImage()) != before);
        QVERIFY(m_lab->state()->decodesShown() <= m_lab->state()->decodesRequested());
        shoot(m_lab, QStringLiteral("latent-sliders.png"));
    }

    void pressingOnTheMapDecodesThatPoint()
    {
        const auto map = m_lab->state()->map();
        QCustomPlot *plot = m_lab->mapPanel()->plot();
        // Somewhere between two data points, not on one: any point of the plane decodes.
        const QPointF target((map->points[0] + map->points[2 * 700]) / 2, (map->points[1] + map->points[2 * 700 + 1]) / 2);
        const QPoint pixel = m_lab->mapPanel()->pixelFor(target);
        QVERIFY(plot->rect().contains(pixel));
        const QByteArray before = testing::imageBytes(m_lab->state()->currentImage());
        const int shown = m_lab->state()->decodesShown();
        QTest::mouseClick(plot, Qt::LeftButton, Qt::NoModifier, pixel);
        const QPointF exact = m_lab->mapPanel()->mapPointAt(pixel);
        const auto z = m_lab->state()->current();
        const QPointF back = map->project(z);
        QVERIFY2(std::abs(back.x() - exact.x()) < 1e-3 && std::abs(back.y() - exact.y()) < 1e-3,
                 qPrintable(QStringLiteral("%1,%2 vs %3,%4").arg(back.x()).arg(back.y()).arg(exact.x()).arg(exact.y())));
        QVERIFY(QTest::qWaitFor([&] { return m_lab->state()->decodesShown() > shown && !m_lab->state()->isDecoding(); }, 10000));
        QVERIFY(testing::imageBytes(m_lab->state()->currentImage()) != before);
        QVERIFY(m_lab->previewPanel()->infoText().contains(QStringLiteral("map")));
        // Dragging moves the point continuously.
        const int requested = m_lab->state()->decodesRequested();
        sendMouse(plot, QEvent::MouseButtonPress, pixel, Qt::LeftButton, Qt::LeftButton);
        for (int i = 1; i <= 10; ++i)
            sendMouse(plot, QEvent::MouseMove, pixel + QPoint(3 * i, -2 * i), Qt::NoButton, Qt::LeftButton);
        sendMouse(plot, QEvent::MouseButtonRelease, pixel + QPoint(30, -20), Qt::LeftButton, Qt::NoButton);
        QVERIFY(m_lab->state()->decodesRequested() >= requested + 10);
        const QPointF moved = map->project(m_lab->state()->current());
        QVERIFY(std::abs(moved.x() - m_lab->mapPanel()->mapPointAt(pixel + QPoint(30, -20)).x()) < 1e-3);
    }

    void hoveringShowsTheNearestImage()
    {
        const auto map = m_lab->state()->map();
        const int i = 1234 % map->count;
        const QPoint pixel = m_lab->mapPanel()->pixelFor(QPointF(map->points[std::size_t(i) * 2], map->points[std::size_t(i) * 2 + 1]));
        QTest::mouseMove(m_lab->mapPanel()->plot(), pixel);
        sendMouse(m_lab->mapPanel()->plot(), QEvent::MouseMove, pixel, Qt::NoButton, Qt::NoButton);
        QVERIFY(m_lab->mapPanel()->hoverPopup()->isVisible());
        const int hovered = m_lab->mapPanel()->hoveredIndex();
        QVERIFY(hovered >= 0);
        // The nearest point (another may sit on the same pixel).
        const QPointF at = m_lab->mapPanel()->mapPointAt(pixel);
        const double dh = std::hypot(map->points[std::size_t(hovered) * 2] - at.x(), map->points[std::size_t(hovered) * 2 + 1] - at.y());
        const double di = std::hypot(map->points[std::size_t(i) * 2] - at.x(), map->points[std::size_t(i) * 2 + 1] - at.y());
        QVERIFY(dh <= di + 1e-6);
        QVERIFY(!m_lab->mapPanel()->hoverPopup()->pixmap().isNull());
        shoot(m_lab, QStringLiteral("latent-map.png"));
        // Leaving the map hides it.
        QEvent leave(QEvent::Leave);
        QApplication::sendEvent(m_lab->mapPanel()->plot(), &leave);
        QVERIFY(!m_lab->mapPanel()->hoverPopup()->isVisible());
    }

    void interpolatesExportsAndRegeneratesFromTheRecipe()
    {
        m_lab->showTab(LatentLab::Tab::Interpolation);
        auto *panel = m_lab->interpolationPanel();
        QVERIFY(QTest::qWaitFor([&] { return panel->hasResult(); }, 20000));
        QCOMPARE(panel->endpoints().size(), std::size_t(2)); // typical images of the two classes furthest apart
        QCOMPARE(panel->lerpStrip()->count(), 10);
        QCOMPARE(panel->slerpStrip()->count(), 10);
        QCOMPARE(m_lab->state()->lerpPath().size(), std::size_t(10));
        QVERIFY(panel->normPlot()->graph(0)->dataCount() == 10);
        // A third endpoint from the map in pick mode.
        m_lab->mapPanel()->setPickMode(true);
        const auto map = m_lab->state()->map();
        const QPoint pixel = m_lab->mapPanel()->pixelFor(QPointF(map->points[2 * 100], map->points[2 * 100 + 1]));
        QTest::mouseClick(m_lab->mapPanel()->plot(), Qt::LeftButton, Qt::NoModifier, pixel);
        QCOMPARE(panel->endpoints().size(), std::size_t(3));
        m_lab->mapPanel()->setPickMode(false);
        panel->setFrameCount(13);
        QVERIFY(QTest::qWaitFor([&] { return panel->slerpStrip()->count() == 13; }, 20000));
        shoot(m_lab, QStringLiteral("latent-interpolation.png"));

        const QList<QImage> original = panel->slerpStrip()->images();
        const QString png = m_dir.filePath(QStringLiteral("walk.png"));
        panel->setExportMethod(engine::vae::PathMethod::Slerp);
        services::Job *job = panel->exportTo(png);
        QVERIFY(job);
        QVERIFY(QTest::qWaitFor([&] { return job->isFinished(); }, 20000));
        QCOMPARE(job->state(), services::JobState::Succeeded);
        const QString gif = m_dir.filePath(QStringLiteral("walk.gif"));
        job = panel->exportTo(gif);
        QVERIFY(QTest::qWaitFor([&] { return job->isFinished(); }, 20000));
        QCOMPARE(job->state(), services::JobState::Succeeded);
        QVERIFY(QFileInfo::exists(gif + QStringLiteral(".recipe.json")));

        // Change everything, then open the recipe: the settings come back and so do the pixels.
        panel->clearEndpoints();
        QVERIFY(!panel->hasResult());
        QVERIFY(m_lab->openRecipe(png));
        QVERIFY(QTest::qWaitFor([&] { return panel->hasResult() && panel->slerpStrip()->count() == 13; }, 20000));
        QCOMPARE(panel->endpoints().size(), std::size_t(3));
        QCOMPARE(panel->frameCount(), 13);
        const QList<QImage> again = panel->slerpStrip()->images();
        QCOMPARE(again.size(), original.size());
        for (int i = 0; i < again.size(); ++i)
            QCOMPARE(testing::imageBytes(again[i]), testing::imageBytes(original[i]));
    }

    void samplesFollowSeedTemperatureAndRecipes()
    {
        m_lab->showTab(LatentLab::Tab::Samples);
        auto *panel = m_lab->samplePanel();
        panel->setSettings(42, 0.7, 16);
        QVERIFY(QTest::qWaitFor([&] { return panel->result().request.seed == 42 && panel->grid()->count() == 16; }, 20000));
        const QByteArray first = testing::imageBytes(panel->grid()->images().at(3));
        const QString png = m_dir.filePath(QStringLiteral("samples.png"));
        services::Job *job = panel->exportTo(png);
        QVERIFY(QTest::qWaitFor([&] { return job->isFinished(); }, 20000));
        QCOMPARE(job->state(), services::JobState::Succeeded);
        panel->setSettings(1, 1.0, 36);
        QVERIFY(QTest::qWaitFor([&] { return panel->result().request.seed == 1 && panel->grid()->count() == 36; }, 20000));
        QVERIFY(m_lab->openRecipe(png));
        QVERIFY(QTest::qWaitFor([&] { return panel->result().request.seed == 42 && panel->grid()->count() == 16; }, 20000));
        QCOMPARE(panel->temperature(), 0.7);
        QCOMPARE(testing::imageBytes(panel->grid()->images().at(3)), first);
        // Clicking a sample makes it the current point.
        const QRect tile = panel->grid()->tileRect(5);
        QTest::mouseClick(panel->grid()->canvas(), Qt::LeftButton, Qt::NoModifier, tile.center());
        const auto &latents = panel->result().output.latents;
        QCOMPARE(m_lab->state()->current(), engine::vae::Latent(latents.begin() + 5 * 16, latents.begin() + 6 * 16));
        panel->setSettings(1, 1.0, 36);
        QVERIFY(QTest::qWaitFor([&] { return panel->grid()->count() == 36; }, 20000));
        shoot(m_lab, QStringLiteral("latent-samples.png"));
    }

    void arithmeticMovesThePointAlongTheAttribute()
    {
        m_lab->showTab(LatentLab::Tab::Arithmetic);
        auto *panel = m_lab->arithmeticPanel();
        QCOMPARE(panel->attribute().size(), std::size_t(16));
        const auto base = m_lab->state()->current();
        panel->setAmount(1.5);
        const auto z = m_lab->state()->current();
        for (std::size_t i = 0; i < z.size(); ++i)
            QVERIFY(std::abs(z[i] - (base[i] + 1.5f * panel->attribute()[i])) < 1e-5);
        QVERIFY(QTest::qWaitFor([&] { return panel->strip()->count() == 5; }, 20000));
        shoot(m_lab, QStringLiteral("latent-arithmetic.png"));
    }

    void trainsAndHandsTheModelToTheExplorer()
    {
        m_lab->showTraining();
        auto *training = m_lab->trainingPanel();
        // A folder without images: a clear message, nothing else happens.
        const QString empty = m_dir.filePath(QStringLiteral("no-images"));
        QDir().mkpath(empty);
        services::LatentTrainRequest bad;
        bad.config.latentDim = 2;
        bad.config.baseChannels = 32;
        bad.options.dataset = (QStringLiteral("folder:") + empty).toStdString();
        bad.options.steps = 5;
        bad.options.outDir = m_dir.filePath(QStringLiteral("bad-model")).toStdString();
        training->setRequest(bad);
        QVERIFY(training->start());
        QVERIFY(QTest::qWaitFor([&] { return !training->isRunning(); }, 30000));
        QVERIFY2(training->statusText().contains(QStringLiteral("no-images")), qPrintable(training->statusText()));

        services::LatentTrainRequest r;
        r.config.latentDim = 2;
        r.config.betaWarmupSteps = 20; // beta's curve ramps, then holds
        r.options.dataset = "procedural-digits";
        r.options.steps = 40;
        r.options.batchSize = 32;
        r.options.previewEvery = 10;
        r.options.checkpointEvery = 20;
        r.options.outDir = m_dir.filePath(QStringLiteral("trained-2d")).toStdString();
        training->setRequest(r);
        QCOMPARE(training->request().datasetId(), QStringLiteral("procedural-digits"));
        QVERIFY(training->start());
        QVERIFY(!training->start()); // one run at a time
        QVERIFY(QTest::qWaitFor([&] { return !training->isRunning(); }, 180000));
        QVERIFY2(training->job()->state() == services::JobState::Succeeded, qPrintable(training->statusText()));
        QCOMPARE(training->monitor()->pointCount(QStringLiteral("reconstruction")), 40);
        QCOMPARE(training->monitor()->pointCount(QStringLiteral("kl")), 40);
        QCOMPARE(training->monitor()->pointCount(QStringLiteral("beta")), 40);
        QCOMPARE(training->klBars()->values().size(), std::size_t(2));
        QCOMPARE(training->reconstructions()->count(), 16);
        QVERIFY(training->useButton()->isEnabled());

        // The step slider holds every recorded grid; live, it shows the newest with the cursor on it.
        widgets::StepSlider *steps = training->stepSlider();
        widgets::TrainingMonitor *monitor = training->monitor();
        widgets::ImageGridView *grid = training->reconstructions();
        QCOMPARE(steps->steps(), (QList<qint64>{10, 20, 30, 40}));
        QCOMPARE(steps->currentStep(), 40);
        QCOMPARE(monitor->stepCursor(), 40.0);
        QCOMPARE(grid->labels().first(), QStringLiteral("input"));
        QCOMPARE(grid->labels().last(), QStringLiteral("step 40"));
        const QByteArray at40 = testing::imageBytes(grid->images().last());
        const QByteArray input40 = testing::imageBytes(grid->images().first());
        // Scrubbing back shows that step's reconstructions, and the curves' cursor follows.
        auto *bar = steps->findChild<QSlider *>(QStringLiteral("steps"));
        QVERIFY(bar && bar->isEnabled());
        bar->setValue(0);
        QCOMPARE(steps->currentStep(), 10);
        QVERIFY(!steps->isLive());
        QCOMPARE(monitor->stepCursor(), 10.0);
        QCOMPARE(grid->count(), 16);
        QCOMPARE(grid->labels().last(), QStringLiteral("step 10"));
        QVERIFY(testing::imageBytes(grid->images().last()) != at40); // the model changed between steps 10 and 40
        QCOMPARE(testing::imageBytes(grid->images().first()), input40); // the same inputs at every step
        // A click on the curves jumps to the recorded step nearest to it.
        monitor->replotNow();
        QCustomPlot *plot = monitor->plot();
        const QPoint at28(int(plot->xAxis->coordToPixel(28)), plot->axisRect()->center().y());
        QTest::mouseClick(plot, Qt::LeftButton, Qt::NoModifier, at28);
        QCOMPARE(steps->currentStep(), 30);
        QCOMPARE(bar->value(), 2);
        QCOMPARE(monitor->stepCursor(), 30.0);
        QCOMPARE(grid->labels().last(), QStringLiteral("step 30"));
        // Back to the newest: the grid is the one shown when training ended.
        bar->setValue(3);
        QVERIFY(steps->isLive());
        QCOMPARE(testing::imageBytes(grid->images().last()), at40);

        // Resume to more steps: the curves continue, and so does the slider.
        r.options.steps = 50;
        r.options.resume = engine::train::Resume::Required;
        training->setRequest(r);
        QVERIFY(training->start());
        QVERIFY(QTest::qWaitFor([&] { return !training->isRunning(); }, 180000));
        QCOMPARE(training->job()->state(), services::JobState::Succeeded);
        QCOMPARE(training->monitor()->pointCount(QStringLiteral("reconstruction")), 50);
        QCOMPARE(steps->steps(), (QList<qint64>{10, 20, 30, 40, 50}));
        QCOMPARE(steps->currentStep(), 50);

        const quint64 generation = m_service->model().generation;
        training->useButton()->click();
        QVERIFY(QTest::qWaitFor([&] { return m_service->model().generation > generation; }, 20000));
        QCOMPARE(m_lab->state()->latentDim(), 2);
        QVERIFY(QTest::qWaitFor([&] { return m_lab->state()->hasMap(); }, 60000));
        QVERIFY(m_lab->state()->map()->identity);
        QVERIFY(m_lab->mapPanel()->statusText().contains(QStringLiteral("2-D")));
        QCOMPARE(m_lab->slidersPanel()->sliderCount(), 2);
    }

    void autoencoderTrainsAndExplores()
    {
        m_lab->showTraining();
        auto *training = m_lab->trainingPanel();
        services::LatentTrainRequest r;
        r.config.kind = engine::vae::VaeConfig::Kind::Autoencoder;
        r.config.latentDim = 3;
        r.config.baseChannels = 8;
        r.options.dataset = "procedural-digits";
        r.options.steps = 12;
        r.options.batchSize = 16;
        r.options.previewEvery = 6;
        r.options.outDir = m_dir.filePath(QStringLiteral("ae")).toStdString();
        training->setRequest(r);
        QVERIFY(training->start());
        QVERIFY(QTest::qWaitFor([&] { return !training->isRunning(); }, 120000));
        QCOMPARE(training->job()->state(), services::JobState::Succeeded);
        QVERIFY(training->klBars()->values().empty()); // no KL bars for an autoencoder
        QCOMPARE(training->reconstructions()->count(), 16);
        // A new run starts the slider afresh.
        QCOMPARE(training->stepSlider()->steps(), (QList<qint64>{6, 12}));
        QCOMPARE(training->stepSlider()->currentStep(), 12);
        const quint64 generation = m_service->model().generation;
        training->useButton()->click();
        QVERIFY(QTest::qWaitFor([&] { return m_service->model().generation > generation && m_lab->state()->hasMap(); }, 60000));
        QVERIFY(!m_service->model().isVae());
        QVERIFY(!m_lab->state()->map()->activityIsKl);
        QCOMPARE(m_lab->slidersPanel()->sliderCount(), 3);
        QVERIFY(QTest::qWaitFor([&] { return m_lab->samplePanel()->hasSamples(); }, 20000));
    }

    // A loss that becomes NaN stops the run, but nothing it made is lost: the curves and grids up
    // to the last finite step stay, the last checkpoint stays usable, and the message says what
    // happened and what to try. Resuming with a sane learning rate retraces from the checkpoint.
    void aDivergingRunKeepsItsCurvesAndCheckpoint()
    {
        m_lab->showTraining();
        auto *training = m_lab->trainingPanel();
        services::LatentTrainRequest r;
        r.config.latentDim = 2;
        r.config.baseChannels = 8;
        r.options.dataset = "procedural-digits";
        r.options.steps = 10;
        r.options.batchSize = 16;
        r.options.previewEvery = 5;
        r.options.checkpointEvery = 5;
        r.options.outDir = m_dir.filePath(QStringLiteral("diverging")).toStdString();
        training->setRequest(r);
        QVERIFY(training->start());
        QVERIFY(QTest::qWaitFor([&] { return !training->isRunning(); }, 120000));
        QCOMPARE(training->job()->state(), services::JobState::Succeeded);

        // Adam at a learning rate of 1 wrecks these weights within a few steps.
        r.options.steps = 300;
        r.options.learningRate = 1.0;
        r.options.resume = engine::train::Resume::Required;
        training->setRequest(r);
        QVERIFY(training->start());
        // The studio's runs pause on a NaN with the message; Stop ends the run, keeping the checkpoint.
        services::Job *job = training->job();
        QVERIFY(QTest::qWaitFor([&] { return job->state() == services::JobState::Paused; }, 120000));
        QVERIFY2(training->statusText().startsWith(QStringLiteral("Training paused: ")), qPrintable(training->statusText()));
        job->cancel();
        QVERIFY(QTest::qWaitFor([&] { return !training->isRunning(); }, 120000));
        QCOMPARE(job->state(), services::JobState::Canceled);
        const QString status = training->statusText();
        qInfo("%s", qPrintable(status));
        const qint64 lastGood = qint64(training->monitor()->steps(QStringLiteral("reconstruction")).back());
        QVERIFY2(lastGood >= 10 && lastGood < 300, qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("diverged")) && status.contains(QStringLiteral(" at step %1").arg(lastGood + 1)),
                 qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("up to step %1").arg(lastGood)), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("learning rate")) && status.contains(QStringLiteral("Resume")), qPrintable(status));
        // The curves hold every finite step, and the grids recorded before it.
        QCOMPARE(training->monitor()->pointCount(QStringLiteral("reconstruction")), int(lastGood));
        QCOMPARE(training->stepSlider()->steps().first(), 5);
        QVERIFY(training->stepSlider()->steps().last() <= lastGood);
        // The checkpoint on disk is the one the message names, and the explorer can use it.
        QVERIFY(training->useButton()->isEnabled());
        const qint64 saved = engine::vae::LatentModel::load(r.options.outDir).info().step;
        QVERIFY(saved >= 10 && saved <= lastGood);
        QVERIFY2(status.contains(QStringLiteral("saved at step %1").arg(saved)), qPrintable(status));

        // Resuming at a sane rate continues from the checkpoint; what the diverged run drew past
        // it is replaced, not drawn twice.
        r.options.learningRate = 1e-3;
        r.options.steps = saved + 10;
        training->setRequest(r);
        QVERIFY(training->start());
        QVERIFY(QTest::qWaitFor([&] { return !training->isRunning(); }, 120000));
        QCOMPARE(training->job()->state(), services::JobState::Succeeded);
        const std::vector<double> steps = training->monitor()->steps(QStringLiteral("reconstruction"));
        QCOMPARE(int(steps.size()), int(saved + 10));
        for (std::size_t i = 0; i < steps.size(); ++i)
            QCOMPARE(steps[i], double(i + 1));
        QCOMPARE(training->stepSlider()->steps().last(), saved + 10);
        for (qint64 s : training->stepSlider()->steps())
            QCOMPARE(s % 5, 0);
        QCOMPARE(training->stepSlider()->steps().size(), int((saved + 10) / 5));
    }

    // Only for the README: a longer run on the real digits, so the curves and reconstructions say something.
    void trainingScreenshot()
    {
        if (m_screenshots.isEmpty())
            QSKIP("GENLAB_SCREENSHOTS is not set");
        m_lab->showTraining();
        auto *training = m_lab->trainingPanel();
        services::LatentTrainRequest r;
        r.config.latentDim = 8;
        r.config.betaWarmupSteps = 150;
        r.options.dataset = "digits";
        r.options.steps = 600;
        r.options.batchSize = 64;
        r.options.learningRate = 0.002;
        r.options.previewEvery = 50;
        r.options.checkpointEvery = 200;
        r.options.outDir = m_dir.filePath(QStringLiteral("screenshot-8d")).toStdString();
        training->setRequest(r);
        QVERIFY(training->start());
        QVERIFY(QTest::qWaitFor([&] { return !training->isRunning(); }, 1800000));
        QCOMPARE(training->job()->state(), services::JobState::Succeeded);
        shoot(m_lab, QStringLiteral("latent-training.png"));
    }

    // Only for the README: the 2-D model, whose map is the latent space itself.
    void twoDimensionalMapScreenshot()
    {
        if (m_screenshots.isEmpty())
            QSKIP("GENLAB_SCREENSHOTS is not set");
        if (!services::LatentService::shippedModels().contains(QStringLiteral("vae-digits-2d")))
            QSKIP("the shipped 2-D model is missing");
        const quint64 generation = m_service->model().generation;
        m_lab->loadModel(QStringLiteral("vae-digits-2d"));
        QVERIFY(QTest::qWaitFor([&] { return m_service->model().generation > generation && m_lab->state()->hasMap(); }, 60000));
        m_lab->showTab(LatentLab::Tab::Interpolation);
        QVERIFY(QTest::qWaitFor([&] { return m_lab->interpolationPanel()->hasResult(); }, 20000));
        const auto map = m_lab->state()->map();
        QTest::mouseClick(m_lab->mapPanel()->plot(), Qt::LeftButton, Qt::NoModifier,
                          m_lab->mapPanel()->pixelFor(QPointF(0.8, -0.6)));
        QVERIFY(QTest::qWaitFor([&] { return !m_lab->state()->isDecoding(); }, 10000));
        shoot(m_lab, QStringLiteral("latent-2d.png"));
    }

    void badInputGetsMessagesAndTheLabKeepsWorking()
    {
        const quint64 generation = m_service->model().generation;
        // Not an image.
        const QString text = m_dir.filePath(QStringLiteral("letter.png"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Dear reader, this is not a picture.");
        f.close();
        auto *panel = m_lab->interpolationPanel();
        const std::size_t endpoints = panel->endpoints().size();
        panel->addFiles({text});
        QVERIFY(QTest::qWaitFor([&] { return panel->messageText().contains(QStringLiteral("letter.png")); }, 20000));
        QCOMPARE(panel->endpoints().size(), endpoints);
        // A folder that is no checkpoint, and a checkpoint of another latent size made elsewhere.
        m_lab->loadModel(m_dir.filePath(QStringLiteral("nothing-here")));
        QVERIFY(QTest::qWaitFor([&] { return m_lab->messageText().contains(QStringLiteral("nothing-here")); }, 20000));
        QCOMPARE(m_service->model().generation, generation);
        // A recipe of something else.
        QVERIFY(!m_lab->openRecipe(text));
        QVERIFY(m_lab->messageText().contains(QStringLiteral("letter.png")));
        // Still works: a slider decode.
        const int shown = m_lab->state()->decodesShown();
        m_lab->slidersPanel()->slider(1)->setValue(-150);
        QVERIFY(QTest::qWaitFor([&] { return m_lab->state()->decodesShown() > shown; }, 10000));
    }
};

QTEST_MAIN(TestLatentLab)
#include "tst_latentlab.moc"
