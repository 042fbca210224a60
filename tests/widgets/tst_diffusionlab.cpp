// The Diffusion lab through the real lab and DiffusionService: its four pages in order, the
// shipped model loaded when the lab is first shown (not before), the forward process following
// t (both ways' residual spread against sqrt(1 - ᾱ)), a file of one's own and a bad one, a bad
// model folder named in a message while the model stays, the project state's round trip, the Train
// page's form from the trainer's defaults and a tiny run drawing the loss curve, the heat map's
// columns and the samples, "use this model", a training recipe, and GAN vs diffusion with tiny
// counts. With GENLAB_SCREENSHOT_DIR set it writes diffusion-forward.png, diffusion-train.png and
// diffusion-ganvs.png for the README.
#include "engine/diffusion/schedule.h"
#include "engine/diffusion/training.h"
#include "engine/train/distributed.h"
#include "services/diffusion/diffusionservice.h"
#include "services/job.h"
#include "services/jobmanager.h"
#include "services/recipe.h"
#include "services/resourcepaths.h"
#include "services/training.h"
#include "widgets/components/imagegridview.h"
#include "widgets/components/qcustomplot_include.h"
#include "widgets/components/stepslider.h"
#include "widgets/components/trainingmonitor.h"
#include "widgets/components/trainingsession.h"
#include "widgets/diffusionlab/diffusionlab.h"
#include "widgets/diffusionlab/diffusiontrainpanel.h"
#include "widgets/diffusionlab/forwardview.h"
#include "widgets/diffusionlab/ganvsdiffusionpage.h"
#include "widgets/diffusionlab/toydiffusionpage.h"
#include "widgets/diffusionlab/losstimestepmap.h"
#include "widgets/diffusionlab/samplingpage.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QComboBox>
#include <QtTest>

#include <cmath>

using namespace genlab;
using widgets::diffusionlab::DiffusionLab;
using widgets::diffusionlab::DiffusionTrainPanel;
using widgets::diffusionlab::ForwardView;
using widgets::diffusionlab::GanVsDiffusionPage;

class TestDiffusionLab : public QObject
{
    Q_OBJECT

    std::unique_ptr<services::JobManager> m_jobs;
    services::DiffusionService *m_service = nullptr;
    DiffusionLab *m_lab = nullptr;
    QTemporaryDir m_dir;
    bool m_shipped = false; // the shipped diffusion model was found and loaded

    // Waits for the forward view to show t (its job answers on the lab's lane).
    bool forwardShows(int t, int ms = 20000) const
    {
        ForwardView *f = m_lab->forwardView();
        return QTest::qWaitFor([f, t] { return !f->isBusy() && f->hasResult() && f->result().request.t == t; }, ms);
    }

    void shoot(const QString &name) const
    {
        const QString dir = qEnvironmentVariable("GENLAB_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        if (!m_shipped) { // the README shows the lab as it opens, with its model
            qWarning("%s not written: the shipped diffusion model is missing", qPrintable(name));
            return;
        }
        QTest::qWait(300); // queued replots
        QVERIFY(m_lab->grab().save(QDir(dir).filePath(name)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_jobs = std::make_unique<services::JobManager>(services::JobManager::Options{});
        m_service = new services::DiffusionService(m_jobs.get());
        m_lab = new DiffusionLab(m_service);
        m_service->setParent(m_lab);
        m_lab->resize(1400, 900);
        m_lab->show();
        // Nothing is loaded before the lab is first shown in the studio.
        QVERIFY(!m_lab->hasModel());
        QVERIFY(!m_lab->isLoading());
        m_lab->activated();
        QVERIFY(QTest::qWaitFor([this] { return m_lab->isReady(); }, 90000));
        m_shipped = m_lab->hasModel();
        if (!m_shipped)
            qWarning("the shipped %s was not loaded: %s", services::diffusion::kShippedModel, qPrintable(m_lab->messageText()));
        else
            QVERIFY(m_lab->modelLabel()->text().contains(QString::fromLatin1(services::diffusion::kShippedModel)));
    }

    void cleanupTestCase()
    {
        delete m_lab;
        if (m_jobs)
            m_jobs->shutdown(10000);
    }

    void thePagesComeInOrder()
    {
        QTabWidget *tabs = m_lab->tabs();
        QCOMPARE(tabs->objectName(), QStringLiteral("diffusionTabs"));
        QCOMPARE(tabs->count(), 5);
        QCOMPARE(tabs->tabText(0), QStringLiteral("Forward process"));
        QCOMPARE(tabs->tabText(1), QStringLiteral("Train"));
        QCOMPARE(tabs->tabText(2), QStringLiteral("Sample"));
        QCOMPARE(tabs->tabText(3), QStringLiteral("Toy 2-D"));
        QCOMPARE(tabs->tabText(4), QStringLiteral("GAN vs diffusion"));
        QCOMPARE(tabs->widget(0), static_cast<QWidget *>(m_lab->forwardView()));
        QCOMPARE(tabs->widget(1), static_cast<QWidget *>(m_lab->trainPanel()));
        QCOMPARE(tabs->widget(2), static_cast<QWidget *>(m_lab->samplingPage()));
        QCOMPARE(tabs->widget(3), static_cast<QWidget *>(m_lab->toyPage()));
        QCOMPARE(tabs->widget(4), static_cast<QWidget *>(m_lab->ganVsDiffusionPage()));
        // It fits a 1366-pixel laptop screen beside the studio's navigation and the Jobs dock.
        // (Not yet the Sample page: its seed-travel section needs 1,162 px; it scrolls in the window.)
        for (QWidget *page : {static_cast<QWidget *>(m_lab->forwardView()), static_cast<QWidget *>(m_lab->trainPanel()),
                              static_cast<QWidget *>(m_lab->toyPage()), static_cast<QWidget *>(m_lab->ganVsDiffusionPage())})
            QVERIFY2(page->minimumSizeHint().width() <= 1000,
                     qPrintable(page->objectName() + QStringLiteral(": ") + QString::number(page->minimumSizeHint().width())));
        QCOMPARE(m_lab->labId(), QStringLiteral("diffusion"));
        QCOMPARE(m_lab->title(), QStringLiteral("Diffusion"));
        if (m_shipped)
            QCOMPARE(m_lab->samplingPage()->model().generation, m_lab->model().generation);
    }

    void theForwardViewFollowsT()
    {
        m_lab->tabs()->setCurrentIndex(0);
        ForwardView *f = m_lab->forwardView();
        QVERIFY(f->hasResult());
        // Every schedule's ᾱ and SNR are drawn, with the cursor.
        QCOMPARE(f->schedulePlot()->graphCount(), 6);
        QCOMPARE(f->schedulePlot()->graph(0)->dataCount(), f->request().timesteps + 1);

        auto *slider = f->findChild<QSlider *>(QStringLiteral("forwardTSlider"));
        QVERIFY(slider);
        slider->setValue(700);
        QVERIFY(forwardShows(700));
        QCOMPARE(f->images()->count(), 4);
        const services::ForwardResult &r = f->result();
        const engine::diffusion::DiffusionSchedule schedule(r.request.schedule, r.request.timesteps);
        QVERIFY(f->coefficientsLabel()->text().contains(QStringLiteral("t = 700")));
        QVERIFY(f->coefficientsLabel()->text().contains(QString::number(schedule.signal(700), 'f', 4)));
        // One draw and 700 single steps: the same spread, sqrt(1 - ᾱ), as the text says.
        const double theory = schedule.noise(700);
        QVERIFY2(std::abs(r.oneDraw.residualStd - theory) < 0.1 * theory, qPrintable(f->comparisonLabel()->text()));
        QVERIFY2(std::abs(r.stepByStep.residualStd - theory) < 0.1 * theory, qPrintable(f->comparisonLabel()->text()));
        QVERIFY(f->comparisonLabel()->text().contains(QString::number(theory, 'f', 3)));
        QVERIFY(f->comparisonLabel()->text().contains(QStringLiteral("same distribution")));

        // Dragging on: the latest position wins and is what is shown.
        for (int t = 100; t <= 400; t += 20)
            slider->setValue(t);
        QVERIFY(forwardShows(400));
        QCOMPARE(f->t(), 400);
        // At t = 0 nothing is added.
        f->setT(0);
        QVERIFY(forwardShows(0));
        QCOMPARE(f->result().oneDraw.residualStd, 0.0);
    }

    void aFileOfOnesOwnIsResizedAndABadOneNamed()
    {
        ForwardView *f = m_lab->forwardView();
        const QString big = m_dir.filePath(QStringLiteral("photo.png"));
        QImage image(160, 120, QImage::Format_RGB32);
        image.fill(QColor(200, 40, 40));
        QVERIFY(image.save(big));
        f->setImageFile(big);
        f->setT(300);
        QVERIFY(QTest::qWaitFor([f, big] { return !f->isBusy() && f->hasResult() && f->result().request.file == big &&
                                                  f->result().request.t == 300; },
                                20000));
        QVERIFY(f->noteLabel()->isVisibleTo(f));
        QVERIFY2(f->noteLabel()->text().contains(QStringLiteral("160x120")), qPrintable(f->noteLabel()->text()));
        QCOMPARE(f->result().original.channels, 3);

        const QString bad = m_dir.filePath(QStringLiteral("not-an-image.png"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("hello");
        file.close();
        QSignalSpy failed(f, &ForwardView::failed);
        f->setImageFile(bad);
        QVERIFY(failed.wait(20000));
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("not-an-image.png")),
                 qPrintable(failed.first().first().toString()));
        QVERIFY(f->messageText().contains(QStringLiteral("not-an-image.png")));
        QCOMPARE(f->result().request.file, big); // the last good picture stays

        // Back to the data set.
        services::ForwardRequest r;
        r.t = 250;
        f->setRequest(r);
        QVERIFY(forwardShows(250));
        QVERIFY(f->messageText().isEmpty());
        QVERIFY(f->result().request.file.isEmpty());
    }

    void stateRoundTrips()
    {
        QVERIFY(forwardShows(m_lab->forwardView()->t()));
        services::ForwardRequest fr = m_lab->forwardView()->request();
        fr.schedule = engine::diffusion::NoiseSchedule::Linear;
        fr.timesteps = 500;
        fr.t = 123;
        fr.seed = 7;
        m_lab->forwardView()->setRequest(fr);
        services::DiffusionTrainRequest tr = m_lab->trainPanel()->request();
        tr.options.steps = 321;
        tr.config.prediction = engine::diffusion::Prediction::V;
        m_lab->trainPanel()->setRequest(tr);
        m_lab->tabs()->setCurrentIndex(1);
        const QJsonObject state = m_lab->saveState();
        QCOMPARE(state.value(QStringLiteral("tab")).toString(), QStringLiteral("train"));

        m_lab->forwardView()->setT(5);
        tr.options.steps = 1;
        m_lab->trainPanel()->setRequest(tr);
        m_lab->tabs()->setCurrentIndex(0);
        m_lab->restoreState(state);
        QCOMPARE(m_lab->saveState(), state); // at once, also while a model loads
        QVERIFY(forwardShows(123));
        QVERIFY(QTest::qWaitFor([this] { return !m_lab->isLoading(); }, 30000));
        QCOMPARE(m_lab->saveState(), state);
        QCOMPARE(qint64(m_lab->trainPanel()->request().options.steps), qint64(321));
        QCOMPARE(m_lab->trainPanel()->request().config.prediction, engine::diffusion::Prediction::V);

        m_lab->tabs()->setCurrentIndex(0);
        services::ForwardRequest shown;
        shown.t = 300;
        m_lab->forwardView()->setRequest(shown);
        QVERIFY(forwardShows(300));
        shoot(QStringLiteral("diffusion-forward.png"));
    }

    void theTrainFormStartsFromTheTrainersDefaults()
    {
        DiffusionTrainPanel *panel = m_lab->trainPanel();
        panel->restoreState(QJsonObject{}); // nothing changes
        DiffusionTrainPanel fresh(m_service);
        const services::DiffusionTrainRequest r = fresh.request();
        const engine::train::CommonOptions d = engine::diffusion::defaultCommon();
        QCOMPARE(r.options.steps, d.steps);
        QCOMPARE(r.options.batchSize, d.batchSize);
        QCOMPARE(r.options.learningRate, d.learningRate);
        QCOMPARE(r.options.evalEvery, d.evalEvery);
        QCOMPARE(r.options.previewEvery, d.previewEvery);
        QCOMPARE(r.options.checkpointEvery, d.checkpointEvery);
        QCOMPARE(r.options.seed, d.seed);
        QCOMPARE(r.config, engine::diffusion::DiffusionConfig());
        const engine::diffusion::TrainOptions own;
        QCOMPARE(r.options.classDropout, own.classDropout);
        QCOMPARE(r.options.emaDecay, own.emaDecay);
        QCOMPARE(r.options.previewSteps, own.previewSteps);
        QCOMPARE(r.options.dataset, own.dataset);
        QVERIFY(!r.options.outDir.empty());
        // A run from the form pauses on a NaN for the user to resume or stop (the CLI stops).
        QVERIFY(r.options.onDivergence == engine::train::OnDivergence::Pause);
        QVERIFY(own.onDivergence == engine::train::OnDivergence::Stop);
        // A bad architecture is refused with the field named before anything runs.
        services::DiffusionTrainRequest bad = r;
        bad.config.imageSize = 30;
        fresh.setRequest(bad);
        QVERIFY(!fresh.start());
        QVERIFY2(fresh.statusText().contains(QStringLiteral("image")), qPrintable(fresh.statusText()));
    }

    // Up to 64 px on the CPU; where the service's device is CUDA (faked here: nothing runs on it),
    // up to 128. A recipe of a larger model opened on the CPU says a GPU allows it.
    void theImageSizesOfferedFollowTheDevice()
    {
        auto sizeBox = [](DiffusionTrainPanel &p) {
            return p.findChild<QSpinBox *>(QStringLiteral("diffusionTrainImageSize"));
        };
        DiffusionTrainPanel cpu(m_service);
        QVERIFY(sizeBox(cpu));
        QCOMPARE(sizeBox(cpu)->maximum(), 64);
        QVERIFY2(sizeBox(cpu)->toolTip().contains(QStringLiteral("a GPU trains up to 128 px")),
                 qPrintable(sizeBox(cpu)->toolTip()));
        engine::ResolvedDevice cuda;
        cuda.cuda = true;
        cuda.id = "cuda:0";
        services::DiffusionService gpuService(m_jobs.get(), cuda);
        DiffusionTrainPanel gpu(&gpuService);
        QCOMPARE(sizeBox(gpu)->maximum(), 128);

        QJsonObject parameters = cpu.saveState();
        QJsonObject config = parameters.value(QStringLiteral("config")).toObject();
        config.insert(QStringLiteral("image_size"), 96);
        parameters.insert(QStringLiteral("config"), config);
        services::Recipe recipe;
        recipe.lab = QStringLiteral("diffusion");
        recipe.action = QStringLiteral("train");
        recipe.parameters = parameters;
        QString error;
        QVERIFY(!cpu.applyRecipe(recipe, &error));
        QVERIFY2(error.contains(QStringLiteral("image size 96 needs a GPU")), qPrintable(error));
        QVERIFY(gpu.applyRecipe(recipe, &error));
        QCOMPARE(gpu.request().config.imageSize, 96);
    }

    void aTinyRunDrawsTheCurveTheHeatMapAndSamples()
    {
        DiffusionTrainPanel *panel = m_lab->trainPanel();
        m_lab->tabs()->setCurrentWidget(panel);
        const bool shots = !qEnvironmentVariableIsEmpty("GENLAB_SCREENSHOT_DIR");
        services::DiffusionTrainRequest r = panel->request();
        r.config = engine::diffusion::DiffusionConfig();
        r.config.baseChannels = 8;
        r.config.timesteps = 200;
        r.options.dataset = "digits";
        r.options.steps = shots ? 600 : 6;
        r.options.emaDecay = shots ? 0.98 : r.options.emaDecay; // a short run's average of recent weights
        r.options.batchSize = shots ? 32 : 8;
        r.options.learningRate = 2e-3;
        r.options.previewEvery = shots ? 100 : 3;
        r.options.evalEvery = shots ? 25 : 3;
        r.options.checkpointEvery = shots ? 200 : 6;
        r.options.previewSteps = shots ? 20 : 2;
        const QString out = m_dir.filePath(QStringLiteral("tiny"));
        r.options.outDir = out.toStdString();
        r.options.resume = engine::train::Resume::Never;
        panel->setRequest(r);
        QVERIFY(panel->start());
        QVERIFY(!panel->start()); // one run at a time
        QVERIFY(QTest::qWaitFor([panel] { return !panel->isRunning(); }, shots ? 600000 : 60000));
        QVERIFY2(panel->job()->state() == services::JobState::Succeeded, qPrintable(panel->statusText()));
        QVERIFY2(panel->statusText().startsWith(QStringLiteral("Done")), qPrintable(panel->statusText()));

        QCOMPARE(panel->monitor()->pointCount(QStringLiteral("loss")), int(r.options.steps));
        for (double v : panel->monitor()->rawValues(QStringLiteral("loss")))
            QVERIFY(std::isfinite(v) && v > 0);
        // The heat map: a column of kLossBuckets bucket losses at every evaluation.
        widgets::diffusionlab::LossTimestepMap *map = panel->heatMap();
        QVERIFY(map->columnCount() >= 2);
        QCOMPARE(map->steps().first(), qint64(r.options.evalEvery));
        QCOMPARE(map->timesteps(), 200);
        const std::vector<float> *column = map->column(map->steps().last());
        QVERIFY(column);
        QCOMPARE(int(column->size()), engine::diffusion::kLossBuckets);
        for (float v : *column)
            QVERIFY(std::isfinite(v) && v > 0);
        // The samples, scrubbed with the step slider.
        widgets::StepSlider *slider = panel->stepSlider();
        QVERIFY(slider->snapshotCount() >= 2);
        QVERIFY(panel->samples()->count() > 0);
        QCOMPARE(panel->samples()->labels().value(3), QStringLiteral("3")); // a column per class
        slider->setCurrentStep(double(r.options.previewEvery));
        QCOMPARE(slider->currentStep(), qint64(r.options.previewEvery));
        QCOMPARE(panel->monitor()->stepCursor(), double(r.options.previewEvery));
        slider->setCurrentStep(double(r.options.steps));
        QCOMPARE(slider->currentStep(), qint64(r.options.steps));
        shoot(QStringLiteral("diffusion-train.png"));

        // "Use this model": the lab loads the checkpoint and shows the Sample page.
        QVERIFY(panel->useButton()->isEnabled());
        QSignalSpy loaded(m_lab, &DiffusionLab::modelLoaded);
        panel->useButton()->click();
        QCOMPARE(m_lab->tabs()->currentWidget(), static_cast<QWidget *>(m_lab->samplingPage()));
        QVERIFY(loaded.wait(30000));
        QVERIFY2(loaded.first().first().toBool(), qPrintable(m_lab->messageText()));
        QCOMPARE(QDir(m_lab->model().source.folder).absolutePath(), QDir(out).absolutePath());
        QCOMPARE(m_lab->model().config.baseChannels, 8);
        QCOMPARE(m_lab->saveState().value(QStringLiteral("model")).toString(), QDir(out).absolutePath());
        QCOMPARE(m_lab->samplingPage()->model().generation, m_lab->model().generation);
    }

    void twoLocalProcessesTrainWithOneSetOfCurves()
    {
        // The job is rank 0 in this process; rank 1 is the genlab binary of this build.
        qputenv("GENLAB_BINARY", GENLAB_BINARY_DIR "/app/genlab");
        DiffusionTrainPanel *panel = m_lab->trainPanel();
        m_lab->tabs()->setCurrentWidget(panel);
        services::DiffusionTrainRequest r = panel->request();
        r.config = engine::diffusion::DiffusionConfig();
        r.config.baseChannels = 8;
        r.config.timesteps = 200;
        r.options.dataset = "procedural-digits";
        r.options.steps = 4;
        r.options.batchSize = 8;
        r.options.previewEvery = 2;
        r.options.evalEvery = 2;
        r.options.checkpointEvery = 4;
        r.options.previewSteps = 2;
        const QString out = m_dir.filePath(QStringLiteral("two-processes"));
        r.options.outDir = out.toStdString();
        r.options.resume = engine::train::Resume::Never;
        r.processes = 2;
        panel->setRequest(r);
        QCOMPARE(panel->findChild<QComboBox *>(QStringLiteral("trainProcesses"))->currentData().toInt(), 2);
        QCOMPARE(panel->request().processes, 2);
        QCOMPARE(panel->saveState().value(QStringLiteral("processes")).toInt(), 2);

        // A batch that does not split is refused before anything starts.
        r.options.batchSize = 7;
        panel->setRequest(r);
        QVERIFY(!panel->start());
        QVERIFY2(panel->statusText().contains(QStringLiteral("does not split evenly")), qPrintable(panel->statusText()));
        r.options.batchSize = 8;
        panel->setRequest(r);

        QVERIFY(panel->start());
        QVERIFY(QTest::qWaitFor([panel] { return !panel->isRunning(); }, 120000));
        QVERIFY2(panel->job()->state() == services::JobState::Succeeded, qPrintable(panel->statusText()));
        // One set of curves (rank 0's, averaged over the ranks), one checkpoint.
        QCOMPARE(panel->monitor()->pointCount(QStringLiteral("loss")), 4);
        QVERIFY(panel->heatMap()->columnCount() >= 2);
        QVERIFY(panel->stepSlider()->snapshotCount() >= 2);
        QCOMPARE(services::hasCheckpoint(out), true);
        QVERIFY(!engine::train::inGroup()); // the job left the group
        panel->setRequest([&] { auto one = r; one.processes = 1; return one; }());
    }

    void ganVsDiffusionTiesItsSentencesToTheFigures()
    {
        // A measurement as the service reports it: the page's table, chart and sentences.
        GanVsDiffusionPage page(m_service);
        services::GanVsDiffusionResult r;
        r.ganModel = QStringLiteral("gan-digits");
        r.diffusionModel = QStringLiteral("diffusion-digits");
        r.gan = {QStringLiteral("GAN (1 step)"), 1, 200, 31.5, 0.8, 0.41, 7, 10, 0.35};
        const int steps[] = {5, 10, 20, 50};
        const double frechet[] = {80.2, 40.1, 22.3, 18.9};
        for (int i = 0; i < 4; ++i)
            r.diffusion.push_back({QStringLiteral("DDIM %1 steps").arg(steps[i]), steps[i], 200, frechet[i], 0.7, 0.8,
                                   10, 10, 2.0 * steps[i]});
        r.ganSamples.assign(20, engine::Image(28, 28, 1));
        r.diffusionSamples.assign(20, engine::Image(28, 28, 1));
        r.ganTrainStepMs = 12.5;
        r.diffusionTrainStepMs = 30.26;
        page.showResult(r);
        QCOMPARE(page.table()->rowCount(), 5);
        QCOMPARE(page.table()->item(0, 0)->text(), QStringLiteral("GAN (1 step)"));
        QCOMPARE(page.table()->item(0, 6)->text(), QStringLiteral("7 of 10"));
        QCOMPARE(page.table()->item(4, 3)->text(), QStringLiteral("18.90"));
        QCOMPARE(page.chart()->graph(0)->dataCount(), 4);
        QCOMPARE(page.chart()->graph(1)->dataCount(), 1);
        QCOMPARE(page.chart()->graph(1)->data()->begin()->key, 1.0); // the GAN's single step
        const QString v = page.verdictLabel()->text();
        QVERIFY2(v.contains(QStringLiteral("misses 3 of the 10 classes")), qPrintable(v));
        QVERIFY2(v.contains(QStringLiteral("best Fréchet distance here is 18.9, at 50 steps")), qPrintable(v));
        QVERIFY2(v.contains(QStringLiteral("from 20 steps on")), qPrintable(v)); // 22.3 < 31.5
        QVERIFY2(v.contains(QStringLiteral("With 5 steps")) && v.contains(QStringLiteral("80.2")), qPrintable(v));
        QVERIFY2(v.contains(QStringLiteral("GAN 12.5 ms, diffusion 30.3 ms")), qPrintable(v));
        // Measure needs a model.
        QVERIFY(!page.measure());
        QVERIFY(page.statusText().contains(QStringLiteral("No diffusion model")));
    }

    void ganVsDiffusionWithTinyCounts()
    {
        if (services::shippedModelPath(QStringLiteral("gan-digits")).isEmpty())
            QSKIP("the shipped gan-digits model is not found");
        if (m_shipped) {
            // The shipped model again (the training test loaded its tiny one).
            QSignalSpy loaded(m_lab, &DiffusionLab::modelLoaded);
            m_lab->loadModel(QString::fromLatin1(services::diffusion::kShippedModel));
            QVERIFY(loaded.wait(30000));
        }
        if (!m_lab->hasModel())
            QSKIP("no diffusion model is loaded (neither the shipped one nor the tiny trained one)");
        GanVsDiffusionPage *page = m_lab->ganVsDiffusionPage();
        m_lab->tabs()->setCurrentWidget(page);
        const bool shots = !qEnvironmentVariableIsEmpty("GENLAB_SCREENSHOT_DIR");
        services::GanVsDiffusionRequest r;
        r.samples = shots ? 100 : 10;
        r.stepCounts = shots ? std::vector<int>{5, 10, 20, 50, 100, 1000} : std::vector<int>{2, 5};
        r.maxSamplesAtLargeSteps = shots ? 20 : 10;
        page->setRequest(r);
        QVERIFY(page->measureButton()->isEnabled());
        QSignalSpy measured(page, &GanVsDiffusionPage::measured);
        QVERIFY(page->measure());
        QVERIFY(!page->measure()); // one at a time
        if (!measured.wait(shots ? 600000 : 90000)) {
            page->cancel();
            QVERIFY(measured.wait(30000));
            QSKIP("the comparison took too long on this machine");
        }
        QVERIFY2(measured.first().first().toBool(), qPrintable(page->statusText()));
        QCOMPARE(page->table()->rowCount(), 1 + int(r.stepCounts.size()));
        QCOMPARE(page->chart()->graph(0)->dataCount(), int(r.stepCounts.size()));
        QCOMPARE(page->chart()->graph(1)->dataCount(), 1); // the GAN's one step
        QVERIFY(page->ganSamples()->count() > 0);
        QVERIFY(page->diffusionSamples()->count() > 0);
        const QString verdict = page->verdictLabel()->text();
        QVERIFY(verdict.contains(QStringLiteral("collapse")) && verdict.contains(QStringLiteral("slow")));
        QVERIFY(verdict.contains(QString::number(page->result().gan.frechet, 'f', 1)));
        shoot(QStringLiteral("diffusion-ganvs.png"));

        // Bad step counts are refused with a message.
        auto *steps = page->findChild<QLineEdit *>(QStringLiteral("ganVsSteps"));
        steps->setText(QStringLiteral("5, lots"));
        QVERIFY(!page->measure());
        QVERIFY(page->statusText().contains(QStringLiteral("lots")));
    }

    void aTrainingRecipeSetsUpTheTrainPage()
    {
        QJsonObject parameters = m_lab->trainPanel()->saveState();
        parameters.insert(QStringLiteral("steps"), 777);
        services::Recipe recipe;
        recipe.lab = QStringLiteral("diffusion");
        recipe.action = QStringLiteral("train");
        recipe.parameters = parameters;
        const QString path = m_dir.filePath(QStringLiteral("run.recipe.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(recipe.toJson().toUtf8());
        f.close();
        m_lab->tabs()->setCurrentIndex(0);
        QVERIFY(m_lab->openRecipe(path));
        QCOMPARE(m_lab->tabs()->currentWidget(), static_cast<QWidget *>(m_lab->trainPanel()));
        QCOMPARE(qint64(m_lab->trainPanel()->request().options.steps), qint64(777));
        // A new run, a new folder.
        QVERIFY(QString::fromStdString(m_lab->trainPanel()->request().options.outDir) !=
                parameters.value(QStringLiteral("out")).toString());

        // Another lab's recipe is refused with a message naming the file.
        recipe.lab = QStringLiteral("gan");
        const QString other = m_dir.filePath(QStringLiteral("gan.recipe.json"));
        QFile g(other);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write(recipe.toJson().toUtf8());
        g.close();
        QSignalSpy status(m_lab, &widgets::LabPage::statusMessage);
        QVERIFY(!m_lab->openRecipe(other));
        QVERIFY(status.last().first().toString().contains(QStringLiteral("gan.recipe.json")));
    }

    void aDamagedStateIsIgnored()
    {
        // Damaged state: wrong types are ignored and a missing model folder is named; the lab works on.
        QJsonObject damaged{{QStringLiteral("model"), m_dir.filePath(QStringLiteral("gone"))},
                            {QStringLiteral("forward"), QJsonObject{{QStringLiteral("t"), QStringLiteral("late")},
                                                                     {QStringLiteral("timesteps"), -4}}},
                            {QStringLiteral("train"), 7}};
        const QString model = m_lab->saveState().value(QStringLiteral("model")).toString();
        m_lab->restoreState(damaged);
        QVERIFY(m_lab->messageText().contains(QStringLiteral("gone")));
        QVERIFY(m_lab->forwardView()->request().timesteps >= engine::diffusion::kMinTimesteps);
        QCOMPARE(m_lab->saveState().value(QStringLiteral("model")).toString(), model); // the model it had
        QVERIFY(forwardShows(m_lab->forwardView()->t()));
    }

    void aBadModelFolderIsNamedAndTheModelStays()
    {
        const QString folder = m_dir.filePath(QStringLiteral("not-a-model"));
        QVERIFY(QDir().mkpath(folder));
        QFile junk(QDir(folder).filePath(QStringLiteral("config.json")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("{\"architecture\": \"something-else\"}");
        junk.close();
        const quint64 before = m_lab->hasModel() ? m_lab->model().generation : 0;
        const QString model = m_lab->saveState().value(QStringLiteral("model")).toString();
        QSignalSpy loaded(m_lab, &DiffusionLab::modelLoaded);
        m_lab->loadModel(folder);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(loaded.first().first().toBool(), false);
        const QString message = m_lab->messageText();
        QVERIFY2(message.contains(QStringLiteral("not-a-model")), qPrintable(message));
        QCOMPARE(m_lab->saveState().value(QStringLiteral("model")).toString(), model);
        if (before > 0) {
            QVERIFY(m_lab->hasModel());
            QCOMPARE(m_lab->model().generation, before);
            QVERIFY2(message.contains(QStringLiteral("keeps")), qPrintable(message));
        }
    }
};

QTEST_MAIN(TestDiffusionLab)
#include "tst_diffusionlab.moc"
