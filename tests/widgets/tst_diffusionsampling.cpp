// The Diffusion lab's "Sample" page through the real SamplingPage and DiffusionService: the opening
// sample streams its steps into the page (the scrubber follows them to the last), scrubbing shows
// that step's x_t and x̂_0 enlarged, a branch from step k shares the parent's first k steps, a
// comparison of two step counts gives two runs with their times over one scrubber, seed travel
// makes its frames, exports write a GIF with the recipe that makes it again (a branch's too), bad
// input is refused with a message, and the settings round-trip through saveState/restoreState.
// Uses the shipped diffusion-digits when it is there, else a tiny random model made here (the
// pictures are noise then, but every mechanism is the same).
// With GENLAB_SCREENSHOT_DIR set it writes diffusion-sample.png and diffusion-compare.png.
#include "engine/diffusion/diffusionmodel.h"
#include "services/diffusion/diffusionservice.h"
#include "services/job.h"
#include "services/jobmanager.h"
#include "services/recipe.h"
#include "services/resourcepaths.h"
#include "widgets/components/imagegridview.h"
#include "widgets/diffusionlab/branchstrip.h"
#include "widgets/diffusionlab/comparegrid.h"
#include "widgets/diffusionlab/comparepanel.h"
#include "widgets/diffusionlab/denoisingscrubber.h"
#include "widgets/diffusionlab/denoisingview.h"
#include "widgets/diffusionlab/samplingpage.h"
#include "widgets/diffusionlab/schedulestrip.h"
#include "widgets/diffusionlab/seedtravelpanel.h"
#include "widgets/diffusionlab/trajectoryplot.h"

#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QtTest>

#include <ctime>

using namespace genlab;
using widgets::diffusionlab::SamplingPage;
namespace ed = engine::diffusion;

class TestDiffusionSampling : public QObject
{
    Q_OBJECT

    std::unique_ptr<services::JobManager> m_jobs;
    services::DiffusionService *m_service = nullptr;
    SamplingPage *m_page = nullptr;
    QTemporaryDir m_modelDir;
    bool m_shipped = false;
    QList<int> m_streamedSteps; // the steps the scrubber showed while the opening sample ran
    int m_openingPartials = 0;

    // CPU time of the calling thread in ms (-1 where it cannot be read).
    static double threadCpuMs()
    {
#ifdef __linux__
        timespec t{};
        if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t) == 0)
            return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
#endif
        return -1;
    }

    bool settle(int ms = 30000) const
    {
        return QTest::qWaitFor([this] { return !m_page->isBusy(); }, ms);
    }

    // What the view paints at `rect` equals `image` enlarged by whole factors.
    static bool paintedAs(const QImage &shot, const QRect &rect, const QImage &image)
    {
        if (image.isNull() || rect.isEmpty())
            return false;
        const QImage expected = image.scaled(rect.size(), Qt::IgnoreAspectRatio, Qt::FastTransformation)
                                    .convertToFormat(QImage::Format_RGB32);
        const QImage got = shot.copy(rect).convertToFormat(QImage::Format_RGB32);
        return got == expected;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_jobs = std::make_unique<services::JobManager>(services::JobManager::Options{});
        m_service = new services::DiffusionService(m_jobs.get(), {});
        QString model = QString::fromLatin1(services::diffusion::kShippedModel);
        m_shipped = !services::shippedModelPath(model).isEmpty();
        if (!m_shipped) {
            // A tiny conditional model: the shipped one is not there (yet).
            QVERIFY(m_modelDir.isValid());
            ed::DiffusionConfig config;
            config.baseChannels = 8;
            config.attention = false;
            config.timesteps = 200;
            ed::DiffusionModel::create(config, 5).save(m_modelDir.path().toStdString(), {"digits", 0, {}, {}}, false);
            model = m_modelDir.path();
        }
        services::Job *load = m_service->load(model);
        QSignalSpy loaded(load, &services::Job::finished);
        QVERIFY(loaded.wait(30000));
        QVERIFY2(load->state() == services::JobState::Succeeded, qPrintable(load->message()));
        const auto info = load->resultAs<services::DiffusionModelInfo>();

        m_page = new SamplingPage(m_service);
        m_service->setParent(m_page);
        m_page->resize(1500, 950);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page));
        connect(m_page->scrubber(), &widgets::diffusionlab::DenoisingScrubber::stepChanged, this, [this](int step) {
            if (m_page->runCount() > 0 && m_page->run(0).running())
                m_streamedSteps << step;
        });
        QSignalSpy first(m_page, &SamplingPage::firstSampleShown);
        m_page->setModel(info); // starts the opening sample
        QCOMPARE(m_page->runCount(), 1);
        QVERIFY(m_page->run(0).running());
        connect(m_page->run(0).job.data(), &services::Job::partialResult, this,
                [this](const engine::Partial &p) { m_openingPartials += services::DenoisingStepEvent::decode(p) ? 1 : 0; });
        QVERIFY(first.wait(30000));
        QVERIFY(settle());
    }

    void cleanupTestCase()
    {
        delete m_page;
        if (m_jobs)
            m_jobs->shutdown(10000);
    }

    void theOpeningSampleStreamsEveryStep()
    {
        const SamplingPage::Run &run = m_page->run(0);
        // A new user sees a 7 form: DDIM, 50 steps, guidance 3.
        QCOMPARE(run.settings.kind, ed::SamplerKind::Ddim);
        QCOMPARE(run.settings.steps, 50);
        QCOMPARE(run.settings.classLabel, 7);
        QCOMPARE(run.settings.guidance, 3.0);
        QVERIFY(run.result.has_value());
        QCOMPARE(int(run.result->run.steps.size()), 51);
        // Every step came as a partial, and the scrubber followed them while the job ran.
        QCOMPARE(m_openingPartials, 51);
        QVERIFY2(m_streamedSteps.size() >= 10, qPrintable(QString::number(m_streamedSteps.size())));
        QVERIFY(std::is_sorted(m_streamedSteps.begin(), m_streamedSteps.end()));
        QCOMPARE(m_page->scrubber()->step(), 50);
        QCOMPARE(m_page->scrubber()->stepCount(), 50);
        QCOMPARE(m_page->denoisingView()->step(), 50);
        QVERIFY(m_page->denoisingView()->frames().complete());
        // Big enough for a classroom: 28 px drawn at least 6x.
        QVERIFY2(m_page->denoisingView()->bigScale() >= 6, qPrintable(QString::number(m_page->denoisingView()->bigScale())));
        QVERIFY(m_page->denoisingView()->filmstripSteps().size() >= 6);
        QCOMPARE(m_page->trajectoryPlot()->pointCount(), 51);
        QCOMPARE(m_page->scheduleStrip()->pointCount(), 50); // σ > 0 at steps 0..49
        QVERIFY(m_page->statusText().contains(QStringLiteral("Sampled")));
        auto *sample = m_page->findChild<QPushButton *>(QStringLiteral("sampleButton"));
        QCOMPARE(sample->text(), QStringLiteral("Sample"));
    }

    void scrubbingShowsThatStepsImages()
    {
        const SamplingPage::Run &run = m_page->run(0);
        auto *slider = m_page->scrubber()->slider();
        slider->setFocus();
        slider->setValue(10);
        QCOMPARE(m_page->shownStep(), 10);
        QTRY_COMPARE(m_page->scheduleStrip()->cursor(), 10);
        QCOMPARE(m_page->trajectoryPlot()->current(), 10);
        auto *view = m_page->denoisingView();
        QCOMPARE(view->step(), 10);
        const QImage shot = view->grab().toImage();
        const QImage xt = widgets::diffusionlab::paintable(run.result->xAt(10));
        const QImage x0 = widgets::diffusionlab::paintable(run.result->x0At(10));
        QVERIFY(paintedAs(shot, view->bigRect(0), xt));
        QVERIFY(paintedAs(shot, view->bigRect(1), x0));
        QVERIFY(xt != x0);
        // A key steps on; a click on the filmstrip goes to its step.
        QTest::keyClick(slider, Qt::Key_Right);
        QCOMPARE(m_page->shownStep(), 11);
        const auto strip = view->filmstripSteps();
        QTest::mouseClick(view, Qt::LeftButton, {}, view->thumbRect(1, 2).center());
        QCOMPARE(m_page->shownStep(), strip[2]);
        // Play goes through the steps to the end.
        m_page->scrubber()->setSpeed(60);
        m_page->setShownStep(40);
        m_page->scrubber()->play();
        QTRY_COMPARE_WITH_TIMEOUT(m_page->shownStep(), 50, 3000);
        QTRY_VERIFY(!m_page->scrubber()->isPlaying());
    }

    void aBranchSharesTheStepsBeforeIt()
    {
        m_page->setShownStep(10);
        m_page->findChild<QDoubleSpinBox *>(QStringLiteral("branchGuidance"))->setValue(7);
        auto *branch = m_page->findChild<QPushButton *>(QStringLiteral("branchButton"));
        QVERIFY(branch->isEnabled());
        QSignalSpy finished(m_page, &SamplingPage::runFinished);
        QTest::mouseClick(branch, Qt::LeftButton);
        QCOMPARE(m_page->runCount(), 2);
        QCOMPARE(m_page->shownRun(), 1);
        QVERIFY(finished.wait(30000));
        QVERIFY(settle());
        const SamplingPage::Run &parent = m_page->run(0);
        const SamplingPage::Run &b = m_page->run(1);
        QVERIFY2(b.result.has_value(), qPrintable(b.failure));
        QCOMPARE(b.parent, 0);
        QCOMPARE(b.branchedAt, 10);
        QCOMPARE(b.result->run.branchedAt, 10);
        QCOMPARE(b.settings.guidance, 7.0);
        QCOMPARE(b.settings.steps, 50);
        QCOMPARE(m_page->denoisingView()->branchedAt(), 10);
        for (int i = 0; i <= 10; ++i) {
            QCOMPARE(b.result->run.steps[std::size_t(i)].x, parent.result->run.steps[std::size_t(i)].x);
            QCOMPARE(b.frames.x[i], parent.frames.x[i]);
        }
        QVERIFY(b.result->run.steps.back().x != parent.result->run.steps.back().x);
        // Both are kept side by side; a click on the first shows it again at the same step.
        auto *cards = m_page->branchStrip();
        QCOMPARE(cards->count(), 2);
        QVERIFY(cards->cards()[1].title.contains(QStringLiteral("10")));
        m_page->setShownStep(30);
        QTest::mouseClick(cards, Qt::LeftButton, {}, cards->cardRect(0).center());
        QCOMPARE(m_page->shownRun(), 0);
        QCOMPARE(m_page->denoisingView()->branchedAt(), -1);
        QCOMPARE(m_page->shownStep(), 30);
        QCOMPARE(m_page->denoisingView()->frames().x[30], parent.frames.x[30]);
        // The last step is the image: no branching from it.
        m_page->setShownStep(50);
        QTRY_VERIFY(!branch->isEnabled());
        QVERIFY(m_page->branchFrom(50, m_page->branchSettings()) == nullptr);
        QVERIFY(m_page->statusText().contains(QStringLiteral("49")));
    }

    void aComparisonRunsItsColumnsWithTimes()
    {
        auto *compare = m_page->comparePanel();
        m_page->sectionTabs()->setCurrentWidget(compare);
        compare->setPreset(widgets::diffusionlab::ComparePanel::Preset::StepCounts);
        QSignalSpy done(compare, &widgets::diffusionlab::ComparePanel::finished);
        QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("compareButton")), Qt::LeftButton);
        QVERIFY(compare->isRunning());
        QVERIFY(done.wait(30000));
        QCOMPARE(int(compare->results().size()), 2);
        auto *grid = compare->grid();
        QCOMPARE(grid->count(), 2);
        const int steps[] = {10, 50};
        for (int c = 0; c < 2; ++c) {
            QVERIFY(compare->results()[std::size_t(c)].has_value());
            QCOMPARE(compare->results()[std::size_t(c)]->run.settings.steps, steps[c]);
            QCOMPARE(compare->results()[std::size_t(c)]->run.settings.seed, m_page->settings().seed);
            QVERIFY(grid->column(c).done);
            QVERIFY(grid->column(c).frames.totalMs() > 0);
        }
        QVERIFY(compare->statusText().contains(QStringLiteral(" s")));
        // One scrubber for both: halfway is step 5 of 10 and step 25 of 50.
        compare->scrubber()->setStep(25);
        QCOMPARE(grid->shownStep(0), 5);
        QCOMPARE(grid->shownStep(1), 25);
    }

    void seedTravelMakesItsFramesAndExportsThem()
    {
        auto *travel = m_page->seedTravelPanel();
        m_page->sectionTabs()->setCurrentWidget(travel);
        services::SeedTravelRequest r = travel->request();
        r.fromSeed = 3;
        r.toSeed = 4;
        r.frames = 6;
        r.steps = 8;
        travel->setRequest(r);
        QSignalSpy travelled(travel, &widgets::diffusionlab::SeedTravelPanel::travelled);
        QVERIFY(travel->travel() != nullptr);
        QVERIFY(travelled.wait(30000));
        QCOMPARE(travel->frames()->count(), 6);
        QCOMPARE(int(travel->result().frames.size()), 6);
        QVERIFY(travel->frames()->images().front() != travel->frames()->images().back());
        QVERIFY(travel->findChild<QPushButton *>(QStringLiteral("travelExportButton"))->isEnabled());

        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("travel.gif"));
        QSignalSpy exported(travel, &widgets::diffusionlab::SeedTravelPanel::exported);
        QVERIFY(travel->exportTo(file) != nullptr);
        QVERIFY(exported.wait(30000));
        QVERIFY2(exported.front().at(1).toBool(), qPrintable(exported.front().at(2).toString()));
        QString error;
        const auto recipe = services::readRecipeFile(file, &error);
        QVERIFY2(recipe.has_value(), qPrintable(error));
        QCOMPARE(recipe->lab, QStringLiteral("diffusion"));
        QCOMPARE(recipe->action, QStringLiteral("travel"));
        QCOMPARE(recipe->parameters.value(QStringLiteral("to_seed")).toInt(), 4);
        QCOMPARE(recipe->parameters.value(QStringLiteral("frames")).toInt(), 6);
        services::SeedTravelRequest back;
        QVERIFY(widgets::diffusionlab::SeedTravelPanel::requestFromRecipe(*recipe, &back));
        QCOMPARE(back.fromSeed, quint64(3));
        QCOMPARE(back.steps, 8);
        QVERIFY(travel->exportTo(dir.filePath(QStringLiteral("travel.txt"))) == nullptr);
    }

    void exportWritesTheStepsWithARecipeThatMakesThemAgain()
    {
        QTemporaryDir dir;
        // The branch: its recipe carries its parent's settings and the step it shares.
        m_page->showRun(1);
        const QString file = dir.filePath(QStringLiteral("steps.gif"));
        QSignalSpy exported(m_page, &SamplingPage::exported);
        QVERIFY(m_page->exportStepsTo(file) != nullptr);
        QVERIFY(exported.wait(30000));
        QVERIFY2(exported.front().at(1).toBool(), qPrintable(exported.front().at(2).toString()));
        QVERIFY(m_page->findChild<QPushButton *>(QStringLiteral("exportStepsButton"))->isEnabled());
        QFile gif(file);
        QVERIFY(gif.open(QIODevice::ReadOnly));
        QVERIFY(gif.read(4) == "GIF8");
        QString error;
        const auto recipe = services::readRecipeFile(file, &error);
        QVERIFY2(recipe.has_value(), qPrintable(error));
        QCOMPARE(recipe->lab, QStringLiteral("diffusion"));
        QCOMPARE(recipe->action, QStringLiteral("sample"));
        QCOMPARE(recipe->parameters.value(QStringLiteral("branched_at")).toInt(), 10);
        QVERIFY(recipe->parameters.value(QStringLiteral("parent")).isObject());

        // Opening it makes the sample and then the branch again: the same final image.
        const auto before = m_page->run(1).result->run.steps.back().x;
        m_page->setSettings([] {
            ed::SamplerSettings s;
            s.seed = 77;
            s.steps = 12;
            return s;
        }());
        QVERIFY(m_page->openRecipe(*recipe));
        QVERIFY(QTest::qWaitFor([this] { return m_page->runCount() == 2 && !m_page->isBusy(); }, 30000));
        QCOMPARE(m_page->settings().seed, m_page->run(0).settings.seed);
        QCOMPARE(m_page->run(0).settings.steps, 50);
        QVERIFY(m_page->run(1).result.has_value());
        QCOMPARE(m_page->run(1).branchedAt, 10);
        QCOMPARE(m_page->run(1).result->run.steps.back().x, before);

        // Not an export format: a message, no job.
        QVERIFY(m_page->exportStepsTo(dir.filePath(QStringLiteral("steps.txt"))) == nullptr);
        QVERIFY(m_page->statusText().contains(QStringLiteral(".gif")));
        services::Recipe other = *recipe;
        other.lab = QStringLiteral("gan");
        QVERIFY(!m_page->openRecipe(other));
    }

    void badInputIsRefused()
    {
        auto *guidance = m_page->findChild<QDoubleSpinBox *>(QStringLiteral("guidanceSpin"));
        guidance->setValue(99);
        QCOMPARE(guidance->value(), ed::kMaxGuidance);
        guidance->setValue(-1);
        QCOMPARE(guidance->value(), 0.0);
        auto *steps = m_page->findChild<QSpinBox *>(QStringLiteral("stepsSpin"));
        steps->setValue(100000);
        QCOMPARE(steps->value(), m_page->model().config.timesteps);
        guidance->setValue(3);
        steps->setValue(50);
    }

    void stateRoundTrips()
    {
        ed::SamplerSettings s;
        s.kind = ed::SamplerKind::DpmSolver2M;
        s.steps = 20;
        s.seed = 42;
        s.classLabel = 3;
        s.guidance = 5.5;
        m_page->setSettings(s);
        m_page->scrubber()->setSpeed(24);
        m_page->comparePanel()->setPreset(widgets::diffusionlab::ComparePanel::Preset::Guidance);
        const QJsonObject saved = m_page->saveState();
        QCOMPARE(saved.value(QStringLiteral("sampler")).toString(), QStringLiteral("dpm"));
        QCOMPARE(saved.value(QStringLiteral("class")).toInt(), 3);
        m_page->setSettings(ed::SamplerSettings{});
        m_page->scrubber()->setSpeed(5);
        QVERIFY(m_page->saveState() != saved);
        QSignalSpy runs(m_page, &SamplingPage::runFinished);
        m_page->restoreState(saved);
        QCOMPARE(m_page->saveState(), saved);
        QCOMPARE(m_page->settings().kind, ed::SamplerKind::DpmSolver2M);
        QCOMPARE(m_page->settings().guidance, 5.5);
        QVERIFY(!m_page->isSampling()); // restoring changes settings, it does not sample
        // Untrusted numbers are clamped, wrong types ignored.
        QJsonObject bad = saved;
        bad.insert(QStringLiteral("guidance"), 1000);
        bad.insert(QStringLiteral("steps"), QStringLiteral("many"));
        m_page->restoreState(bad);
        QCOMPARE(m_page->settings().guidance, ed::kMaxGuidance);
        QCOMPARE(m_page->settings().steps, 20);
    }

    // The GUI thread's work per streamed step is small: measured as the GUI thread's own CPU time
    // (robust on a busy machine) while a run of many fast steps streams every one into the page,
    // and as the lateness of a 4 ms timer (reported; the benchmark diffusion.eventloop holds the bar).
    void streamingKeepsTheEventLoopResponsive()
    {
        ed::SamplerSettings s = m_page->settings();
        s.kind = ed::SamplerKind::Ddim;
        s.steps = m_shipped ? 100 : 200;
        s.classLabel = 7;
        s.guidance = 3;
        m_page->setSettings(s);
        m_page->sectionTabs()->setCurrentIndex(0);
        std::vector<double> lateness;
        QElapsedTimer clock;
        QTimer tick;
        tick.setTimerType(Qt::PreciseTimer);
        tick.setInterval(4);
        qint64 last = -1;
        int shown = 0;
        // Context: the local timer, so the connection ends with this function.
        connect(m_page->scrubber(), &widgets::diffusionlab::DenoisingScrubber::stepChanged, &tick, [&shown] { ++shown; });
        connect(&tick, &QTimer::timeout, this, [&] {
            const qint64 now = clock.nsecsElapsed();
            if (last >= 0)
                lateness.push_back(std::max(0.0, double(now - last) / 1e6 - 4.0));
            last = now;
        });
        const double cpuBefore = threadCpuMs();
        clock.start();
        tick.start();
        // A plain event loop (QTest::qWaitFor sleeps 10 ms between its checks, which would be measured).
        QEventLoop loop;
        connect(m_page, &SamplingPage::runFinished, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        QVERIFY(m_page->sample() != nullptr);
        loop.exec();
        QVERIFY(!m_page->isSampling());
        tick.stop();
        const double cpuMs = threadCpuMs() - cpuBefore;
        QVERIFY(lateness.size() > 20);
        std::sort(lateness.begin(), lateness.end());
        const double p99 = lateness[std::size_t(0.99 * double(lateness.size() - 1))];
        qInfo("%d steps streamed in %.2f s; GUI thread CPU %.1f ms (%.2f ms a step, the 4 ms timer's ticks "
              "included); timer lateness p50 %.2f ms, p99 %.2f ms, max %.2f ms; %d steps shown",
              s.steps, double(clock.elapsed()) / 1000.0, cpuMs, cpuMs / s.steps, lateness[lateness.size() / 2], p99,
              lateness.back(), shown);
        QVERIFY(shown >= s.steps / 4); // it followed the run, not just its end
        if (cpuMs >= 0)
            QVERIFY2(cpuMs / s.steps < 4.0, qPrintable(QString::number(cpuMs / s.steps)));
    }

    void screenshot()
    {
        const QString dir = qEnvironmentVariable("GENLAB_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("GENLAB_SCREENSHOT_DIR is not set");
        ed::SamplerSettings s;
        s.steps = 50;
        s.seed = 1;
        s.classLabel = 7;
        s.guidance = 3;
        m_page->setSettings(s);
        QVERIFY(m_page->sample() != nullptr);
        QVERIFY(settle());
        m_page->setShownStep(12);
        ed::SamplerSettings b = m_page->branchSettings();
        b.guidance = 7;
        QVERIFY(m_page->branchFrom(12, b) != nullptr);
        QVERIFY(settle());
        b.guidance = 3;
        b.classLabel = 1;
        m_page->showRun(0);
        QVERIFY(m_page->branchFrom(12, b) != nullptr);
        QVERIFY(settle());
        m_page->sectionTabs()->setCurrentIndex(0);
        m_page->showRun(1); // the branch with guidance 7, its step 12 marked on the filmstrip
        m_page->setShownStep(18);
        QTest::qWait(200);
        m_page->grab().save(QDir(dir).filePath(QStringLiteral("diffusion-sample.png")));

        auto *compare = m_page->comparePanel();
        m_page->sectionTabs()->setCurrentWidget(compare);
        s.steps = 20;
        m_page->setSettings(s);
        compare->setPreset(widgets::diffusionlab::ComparePanel::Preset::Samplers);
        QSignalSpy done(compare, &widgets::diffusionlab::ComparePanel::finished);
        QVERIFY(compare->run());
        QVERIFY(done.wait(30000));
        compare->scrubber()->setStep(12);
        QTest::qWait(200);
        m_page->grab().save(QDir(dir).filePath(QStringLiteral("diffusion-compare.png")));
    }
};

QTEST_MAIN(TestDiffusionSampling)
#include "tst_diffusionsampling.moc"
