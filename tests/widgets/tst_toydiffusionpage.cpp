// The Diffusion lab's "Toy 2-D" page through the real page and ToyDiffusionService: the first
// activation creates the ring and trains it (the curves and the arrows follow), a run that ends
// samples and plays by itself (the slider moves, the points shown are the run's), scrubbing shows
// each step's own field at once from the cache, Sample with the form's sampler, a new toy starts a
// new model, and the settings survive a project round trip (bad values clamped or ignored). With
// GENLAB_SCREENSHOT_DIR set it writes diffusion-toy.png for the README.
#include "engine/data/toys.h"
#include "services/diffusion/toydiffusionservice.h"
#include "services/jobmanager.h"
#include "widgets/components/trainingmonitor.h"
#include "widgets/diffusionlab/denoisingscrubber.h"
#include "widgets/diffusionlab/toydiffusionpage.h"
#include "widgets/diffusionlab/toyplaneview.h"

#include <QComboBox>
#include <QDir>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QtTest>

#include <cmath>

using namespace genlab;
using widgets::diffusionlab::ToyDiffusionPage;
using widgets::diffusionlab::ToyPlaneView;

class TestToyDiffusionPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<services::JobManager> m_jobs;
    ToyDiffusionPage *m_page = nullptr;

    template <class T> T *find(const char *name) const
    {
        T *w = m_page->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no widget named %s", name);
        return w;
    }

    bool waitSampled(int ms = 20000) const
    {
        return QTest::qWaitFor(
            [this] { return m_page->hasRun() && !m_page->isSampling() && !m_page->isTraining(); }, ms);
    }

    // Mean distance of the last step's points from the ring.
    double ringDistance() const
    {
        const auto &last = m_page->run().points.back();
        double d = 0;
        for (std::size_t i = 0; i + 1 < last.size(); i += 2)
            d += std::abs(std::hypot(last[i], last[i + 1]) - engine::data::kToyRingRadius);
        return d / double(last.size() / 2);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_jobs = std::make_unique<services::JobManager>(services::JobManager::Options{});
        auto *service = new services::ToyDiffusionService(m_jobs.get());
        m_page = new ToyDiffusionPage(service);
        service->setParent(m_page);
        m_page->resize(1400, 860);
        m_page->show();
    }

    void cleanupTestCase()
    {
        delete m_page;
        if (m_jobs)
            m_jobs->shutdown(10000);
    }

    void firstActivationTrainsTheRing()
    {
        QVERIFY(!m_page->hasModel());
        QCOMPARE(find<QSpinBox>("trainSteps")->value(), 2000); // the engine's default run
        QCOMPARE(find<QComboBox>("toyData")->currentText(), QStringLiteral("Ring of 8 Gaussians"));
        m_page->activated();
        QVERIFY(
            QTest::qWaitFor([this] { return m_page->modelStep() >= 100; }, 20000)); // the first held-out loss
        QVERIFY(m_page->isTraining());
        QCOMPARE(find<QPushButton>("toyTrain")->text(), QStringLiteral("Pause"));
        QVERIFY(m_page->monitor()->pointCount(QStringLiteral("loss")) >= 100);
        QVERIFY(m_page->monitor()->pointCount(QStringLiteral("val_loss")) >= 1);
        QCOMPARE(int(m_page->view()->points().size()), 0); // nothing sampled yet
        QVERIFY(m_page->view()->hasField());
        QCOMPARE(m_page->view()->field().t, 20); // T / 10 before a run
        QVERIFY(find<QLabel>("toyStatus")
                    ->text()
                    .contains(QStringLiteral("of %1").arg(QLocale().toString(2000))));

        // A shorter run: it ends at 600, then the page samples and plays by itself.
        find<QSpinBox>("trainSteps")->setValue(600);
        QVERIFY(QTest::qWaitFor([this] { return m_page->hasRun(); }, 30000));
        QVERIFY(!m_page->isTraining());
        QCOMPARE(m_page->modelStep(), 600);
        QCOMPARE(find<QPushButton>("toyTrain")->text(), QStringLiteral("Train"));
        QCOMPARE(m_page->run().stepCount(), 50);
        QCOMPARE(m_page->run().pointCount(), 1000);
        QCOMPARE(m_page->monitor()->pointCount(QStringLiteral("loss")), 600);
        QCOMPARE(m_page->monitor()->pointCount(QStringLiteral("val_loss")), 6);
        QVERIFY(m_page->scrubber()->isPlaying());
        QVERIFY(QTest::qWaitFor([this] { return m_page->shownStep() >= 3; }, 5000));
        m_page->scrubber()->stop();
        QCOMPARE(m_page->view()->points(), m_page->run().points[std::size_t(m_page->shownStep())]);
        const double distance = ringDistance();
        QVERIFY2(distance < 0.3, qPrintable(QString::number(distance)));
    }

    void scrubbingShowsEachStepsFieldFromTheCache()
    {
        QVERIFY(m_page->hasRun());
        const auto &run = m_page->run();
        QVERIFY(QTest::qWaitFor([&] { return m_page->cachedFieldCount() >= run.stepCount(); }, 10000));
        QSlider *slider = m_page->scrubber()->slider();
        for (int step = run.stepCount(); step >= 0; --step) {
            slider->setValue(step); // as a drag does
            QCOMPARE(m_page->shownStep(), step);
            QCOMPARE(m_page->view()->field().t, std::max(1, run.timesteps[std::size_t(step)]));
            QCOMPARE(m_page->view()->points(), run.points[std::size_t(step)]);
        }
        QVERIFY(m_page->view()->caption().contains(QStringLiteral("pure noise")));
        QCOMPARE(run.timesteps.front(), 200);
    }

    void sampleUsesTheForm()
    {
        QVERIFY(m_page->hasModel());
        QComboBox *sampler = find<QComboBox>("toySampler");
        sampler->setCurrentIndex(sampler->findData(int(engine::diffusion::SamplerKind::DpmSolver2M)));
        find<QSpinBox>("toySampleSteps")->setValue(10);
        find<QSpinBox>("toyPoints")->setValue(400);
        QSignalSpy sampled(m_page, &ToyDiffusionPage::sampled);
        QTest::mouseClick(find<QPushButton>("toySample"), Qt::LeftButton);
        QVERIFY(sampled.wait(20000));
        QCOMPARE(m_page->run().settings.kind, engine::diffusion::SamplerKind::DpmSolver2M);
        QCOMPARE(m_page->run().stepCount(), 10);
        QCOMPARE(int(m_page->view()->points().size()), 800);
        m_page->scrubber()->stop();
        m_page->scrubber()->setStep(10);
        QVERIFY(m_page->view()->caption().contains(QStringLiteral("the samples")));
    }

    void aNewToyStartsANewModel()
    {
        QComboBox *toy = find<QComboBox>("toyData");
        toy->setCurrentIndex(toy->findData(int(engine::data::ToyKind::Grid)));
        QVERIFY(!m_page->hasRun());
        QCOMPARE(m_page->monitor()->pointCount(QStringLiteral("loss")), 0);
        QVERIFY(QTest::qWaitFor([this] { return m_page->hasModel() && m_page->view()->hasField(); }, 20000));
        QCOMPARE(m_page->modelStep(), 0);
        QVERIFY(!m_page->isTraining()); // it was not training
        // Train for a moment and pause: the curve grows, the step stays where it paused.
        QTest::mouseClick(find<QPushButton>("toyTrain"), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([this] { return m_page->modelStep() >= 50; }, 20000));
        QTest::mouseClick(find<QPushButton>("toyTrain"), Qt::LeftButton);
        QVERIFY(!m_page->isTraining());
        QTest::qWait(500);
        const qint64 paused = m_page->modelStep();
        QTest::qWait(300);
        QCOMPARE(m_page->modelStep(), paused);
        QVERIFY(find<QLabel>("toyStatus")->text().contains(QStringLiteral("Paused")));
    }

    void stateRoundTrips()
    {
        const QJsonObject saved = m_page->saveState();
        QCOMPARE(saved.value(QStringLiteral("toy")).toString(), QStringLiteral("grid"));
        QCOMPARE(saved.value(QStringLiteral("sampler")).toString(), QStringLiteral("dpm"));
        QJsonObject odd = saved;
        odd.insert(QStringLiteral("points"), 999999);  // clamped
        odd.insert(QStringLiteral("sampleSteps"), -5); // clamped
        odd.insert(QStringLiteral("schedule"), 42);    // wrong type: ignored
        odd.insert(QStringLiteral("sampler"), QStringLiteral("nonsense"));
        odd.insert(QStringLiteral("layers"), int(ToyPlaneView::Data | ToyPlaneView::Samples));
        m_page->restoreState(odd);
        const QJsonObject now = m_page->saveState();
        QCOMPARE(now.value(QStringLiteral("points")).toInt(), services::toydiffusion::kMaxPoints);
        QCOMPARE(now.value(QStringLiteral("sampleSteps")).toInt(), 1);
        QCOMPARE(now.value(QStringLiteral("schedule")).toString(),
                 saved.value(QStringLiteral("schedule")).toString());
        QCOMPARE(now.value(QStringLiteral("sampler")).toString(), QStringLiteral("dpm"));
        QCOMPARE(m_page->view()->layers(), int(ToyPlaneView::Data | ToyPlaneView::Samples));
        m_page->restoreState(saved);
        QCOMPARE(m_page->saveState(), saved);
        QVERIFY(m_page->hasModel()); // the same toy: no new model
        QVERIFY(m_page->modelStep() > 0);
    }

    void screenshot()
    {
        const QString dir = qEnvironmentVariable("GENLAB_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("GENLAB_SCREENSHOT_DIR is not set");
        QJsonObject s;
        s.insert(QStringLiteral("toy"), QStringLiteral("ring"));
        s.insert(QStringLiteral("trainSteps"), 2000); // the default run
        s.insert(QStringLiteral("sampler"), QStringLiteral("ddim"));
        s.insert(QStringLiteral("sampleSteps"), 50);
        s.insert(QStringLiteral("points"), 1000);
        s.insert(QStringLiteral("layers"), int(ToyPlaneView::AllLayers));
        m_page->restoreState(s);
        m_page->reset(); // a new ring model, whatever ran before
        QVERIFY(QTest::qWaitFor([this] { return m_page->hasModel(); }, 20000));
        m_page->startTraining();
        QVERIFY(QTest::qWaitFor([this] { return m_page->hasRun() && m_page->modelStep() == 2000; }, 60000));
        m_page->scrubber()->stop();
        m_page->scrubber()->setStep(m_page->run().stepCount());
        QVERIFY(QTest::qWaitFor([this] { return m_page->view()->field().t == 1; }, 10000));
        QTest::qWait(300); // the curves' coalesced replot
        m_page->grab().save(QDir(dir).filePath(QStringLiteral("diffusion-toy.png")));
    }
};

QTEST_MAIN(TestToyDiffusionPage)
#include "tst_toydiffusionpage.moc"
