// The training session every lab's Train tab stands on, driven by fake training jobs that report
// the engine's typed events (metrics, image and text previews, checkpoints, a divergence):
// what a person sees on the curves, the step slider scrubbing the previews, the diverged
// message, a resumed run trimming what followed its checkpoint, the Pause / Step / Stop row
// following the job (the same row the Jobs dock uses), and a run of the kit's step loop pausing
// on a NaN with its message, then resumed or stopped.
#include "engine/train/events.h"
#include "engine/train/steploop.h"
#include "services/job.h"
#include "services/jobmanager.h"
#include "widgets/components/imagegridview.h"
#include "widgets/components/stepslider.h"
#include "widgets/components/trainingcontrols.h"
#include "widgets/components/trainingmonitor.h"
#include "widgets/components/trainingsession.h"
#include "widgets/components/qcustomplot_include.h"
#include "widgets/jobs/jobsdock.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <atomic>
#include <cmath>
#include <chrono>
#include <stdexcept>
#include <thread>

using namespace genlab;
using widgets::TrainingSession;
namespace train = genlab::engine::train;

namespace {

// Four tiles filled with the step's gray level: a grid can be told apart by its pixels.
std::vector<engine::Image> tilesOf(qint64 step)
{
    std::vector<engine::Image> out;
    for (int i = 0; i < 4; ++i) {
        engine::Image im(6, 6, 1);
        im.pixels.assign(im.pixels.size(), std::uint8_t(step * 10 + i));
        out.push_back(im);
    }
    return out;
}

int grayOf(const QImage &image)
{
    return qGray(image.pixel(0, 0));
}

// What the engine leaves in a folder it saved a checkpoint in (services::hasCheckpoint looks for it).
void writeCheckpoint(const QString &dir)
{
    QDir().mkpath(dir);
    QFile f(QDir(dir).filePath(QStringLiteral("model.safetensors")));
    f.open(QIODevice::WriteOnly);
    f.write("{}");
}

struct Script
{
    qint64 first = 1, last = 10;
    qint64 previewEvery = 5;
    qint64 checkpointAt = -1; // writes the checkpoint and reports it
    qint64 divergeAt = -1;    // a Divergence of "KL" at this step, then the run fails
    std::string dir;
};

services::JobRequest requestFor(const Script &s)
{
    services::JobRequest r;
    r.title = QStringLiteral("fake training");
    r.lane = services::Lane::Training;
    r.pausable = true;
    r.work = [s](const engine::RunContext &ctx) -> QVariant {
        for (qint64 step = s.first; step <= s.last; ++step) {
            ctx.checkpoint();
            if (step == s.divergeAt) {
                train::Divergence d;
                d.step = step;
                d.loss = "KL";
                d.message = "KL became NaN at step " + std::to_string(step);
                train::report(ctx, d);
                throw std::runtime_error(d.message);
            }
            train::Metrics m;
            m.step = step;
            m.scalars = {{"loss", 10.0 / double(step)}, {"elbo", -double(step)}, {"ignored", 1.0}};
            train::report(ctx, m);
            if (step % s.previewEvery == 0) {
                train::ImagePreview p;
                p.step = step;
                p.what = "reconstructions";
                p.rows = 2;
                p.cols = 2;
                p.images = tilesOf(step);
                train::report(ctx, p);
                train::TextPreview t;
                t.step = step;
                t.text = "sample of step " + std::to_string(step);
                train::report(ctx, t);
            }
            if (step % 10 == 0) { // a kind recorded less often
                train::ImagePreview p;
                p.step = step;
                p.what = "samples";
                p.cols = 4;
                p.images = tilesOf(step + 1);
                train::report(ctx, p);
            }
            if (step == s.checkpointAt) {
                writeCheckpoint(QString::fromStdString(s.dir));
                train::report(ctx, train::CheckpointWritten{step, s.dir});
            }
        }
        return QVariant(int(s.last));
    };
    return r;
}

train::CommonOptions optionsFor(const Script &s, train::Resume resume = train::Resume::Never)
{
    train::CommonOptions o;
    o.outDir = s.dir;
    o.steps = s.last;
    o.learningRate = 1e-3;
    o.resume = resume;
    return o;
}

} // namespace

class TestTrainingSession : public QObject
{
    Q_OBJECT

    std::unique_ptr<services::JobManager> m_jobs;
    QTemporaryDir m_dir;

    std::unique_ptr<TrainingSession> makeSession()
    {
        auto session = std::make_unique<TrainingSession>();
        session->addCurve(QStringLiteral("loss"), QStringLiteral("loss"));
        session->addCurve(QStringLiteral("elbo"), QStringLiteral("−ELBO"), widgets::TrainingMonitor::Axis::Left, {}, -1.0);
        session->addImagePreview(QStringLiteral("reconstructions"), QStringLiteral("Reconstructions"), QStringLiteral("inputs above"),
                                 {}, [](const train::ImagePreview &p) {
                                     QStringList labels;
                                     for (int i = 0; i < int(p.images.size()); ++i)
                                         labels << (i < p.cols ? QStringLiteral("input") : QStringLiteral("step %1").arg(p.step));
                                     return labels;
                                 });
        session->addTextPreview(QStringLiteral("Samples"), QStringLiteral("no samples yet"));
        session->resize(1100, 700);
        session->show();
        return session;
    }

    services::Job *run(TrainingSession *session, const Script &s, train::Resume resume = train::Resume::Never)
    {
        services::Job *job = m_jobs->submit(requestFor(s));
        session->attach(job, optionsFor(s, resume));
        return job;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_jobs = std::make_unique<services::JobManager>(services::JobManager::Options{});
    }

    void cleanupTestCase()
    {
        m_jobs.reset();
    }

    void curvesAndPreviewsFollowTheSteps()
    {
        auto session = makeSession();
        Script s;
        s.dir = m_dir.filePath(QStringLiteral("run")).toStdString();
        s.checkpointAt = 5;
        QSignalSpy finished(session.get(), &TrainingSession::finished);
        QSignalSpy metrics(session.get(), &TrainingSession::metricsReported);
        services::Job *job = run(session.get(), s);
        QVERIFY(finished.wait(10000));
        QCOMPARE(job->state(), services::JobState::Succeeded);
        QCOMPARE(metrics.count(), 10);

        // The curves hold every step; −ELBO is drawn with its sign turned; unmapped scalars are not drawn.
        widgets::TrainingMonitor *monitor = session->monitor();
        QCOMPARE(monitor->pointCount(QStringLiteral("loss")), 10);
        QCOMPARE(monitor->rawValues(QStringLiteral("elbo")).back(), 10.0);
        QVERIFY(!monitor->hasSeries(QStringLiteral("ignored")));
        QVERIFY(session->statusText().contains(QStringLiteral("Done")));

        // Live: the newest step is shown in every view, the cursor on it.
        widgets::StepSlider *slider = session->stepSlider();
        QCOMPARE(slider->steps(), (QList<qint64>{5, 10}));
        QCOMPARE(slider->currentStep(), 10);
        QCOMPARE(monitor->stepCursor(), 10.0);
        widgets::ImageGridView *recon = session->imagePreview(QStringLiteral("reconstructions"));
        widgets::ImageGridView *samples = session->imagePreview(QStringLiteral("samples"));
        QVERIFY(recon && samples); // a kind the lab did not declare gets its own tab
        QCOMPARE(recon->count(), 4);
        QCOMPARE(recon->columns(), 2);
        QCOMPARE(recon->labels().first(), QStringLiteral("input"));
        QCOMPARE(recon->labels().last(), QStringLiteral("step 10"));
        QCOMPARE(grayOf(recon->images().first()), 100);
        QCOMPARE(samples->count(), 4);
        QCOMPARE(session->textPreview()->toPlainText(), QStringLiteral("sample of step 10"));

        // Scrubbing back: every preview of step 5, the text of step 5, the cursor on it; samples were
        // not recorded by then.
        auto *bar = slider->findChild<QSlider *>(QStringLiteral("steps"));
        QVERIFY(bar && bar->isEnabled());
        bar->setValue(0);
        QCOMPARE(session->shownStep(), 5);
        QCOMPARE(monitor->stepCursor(), 5.0);
        QCOMPARE(grayOf(recon->images().first()), 50);
        QCOMPARE(recon->labels().last(), QStringLiteral("step 5"));
        QCOMPARE(samples->count(), 0);
        QCOMPARE(session->textPreview()->toPlainText(), QStringLiteral("sample of step 5"));

        // A click on the curves picks the recorded step nearest to it.
        monitor->replotNow();
        QCustomPlot *plot = monitor->plot();
        const QPoint at9(int(plot->xAxis->coordToPixel(9)), plot->axisRect()->center().y());
        QTest::mouseClick(plot, Qt::LeftButton, Qt::NoModifier, at9);
        QCOMPARE(session->shownStep(), 10);
        QCOMPARE(session->textPreview()->toPlainText(), QStringLiteral("sample of step 10"));
        QCOMPARE(grayOf(samples->images().first()), 110);

        // The checkpoint makes the model usable; the button hands over the folder.
        session->setModelFolder(QString::fromStdString(s.dir));
        QVERIFY(session->useButton()->isEnabled());
        QSignalSpy use(session.get(), &TrainingSession::useModel);
        QTest::mouseClick(session->useButton(), Qt::LeftButton);
        QCOMPARE(use.count(), 1);
        QCOMPARE(use.first().first().toString(), QString::fromStdString(s.dir));
        session->setModelFolder(m_dir.filePath(QStringLiteral("nothing-here")));
        QVERIFY(!session->useButton()->isEnabled());
    }

    void aDivergedRunSaysWhatHappenedAndWhatToTry()
    {
        auto session = makeSession();
        session->setAdvice(QStringLiteral("use it in the explorer"), QStringLiteral("tick “Resume” to continue"));
        auto *start = new QPushButton(QStringLiteral("Train"));
        session->setStartButton(start);
        Script s;
        s.dir = m_dir.filePath(QStringLiteral("diverging")).toStdString();
        s.last = 20;
        s.checkpointAt = 5;
        s.divergeAt = 8;
        QSignalSpy finished(session.get(), &TrainingSession::finished);
        services::Job *job = run(session.get(), s);
        QVERIFY(!start->isEnabled());
        QVERIFY(finished.wait(10000));
        QCOMPARE(job->state(), services::JobState::Failed);
        QVERIFY(start->isEnabled());
        const QString status = session->statusText();
        qInfo("%s", qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("diverged: KL became NaN at step 8")), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("up to step 7 are kept")), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("saved at step 5")), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("is intact: use it in the explorer")), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("lower the learning rate (try 0.00033)")), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("tick “Resume” to continue from step 5")), qPrintable(status));
        QVERIFY(session->statusLabel()->styleSheet().contains(QStringLiteral("color")));
        QCOMPARE(session->divergedMessage(), status);
        QCOMPARE(session->monitor()->pointCount(QStringLiteral("loss")), 7);

        // Without any checkpoint there is no model to keep, and the message says so.
        Script none = s;
        none.dir = m_dir.filePath(QStringLiteral("diverging-early")).toStdString();
        none.checkpointAt = -1;
        none.divergeAt = 1;
        run(session.get(), none);
        QVERIFY(finished.wait(10000));
        QVERIFY2(session->statusText().contains(QStringLiteral("No checkpoint had been saved yet")), qPrintable(session->statusText()));
        QVERIFY(session->statusText().contains(QStringLiteral("It diverged at its first step")));
        QCOMPARE(session->monitor()->pointCount(QStringLiteral("loss")), 0); // another folder: a fresh start
    }

    // The kit's loop with OnDivergence::Pause (what every lab's form asks for): a NaN at step 8
    // pauses the job, the status says what happened and what Resume and Stop do; Resume trains on
    // from step 9; Stop on another run keeps the checkpoint of step 5 as it was.
    void aDivergenceInTheStudioPausesUntilResumedOrStopped()
    {
        auto session = makeSession();
        session->setAdvice(QStringLiteral("use it in the explorer"), QStringLiteral("tick “Resume” to continue"));
        auto submit = [&](const QString &name) {
            train::CommonOptions o;
            o.outDir = m_dir.filePath(name).toStdString();
            o.steps = 12;
            o.learningRate = 1e-3;
            o.checkpointEvery = 5;
            o.previewEvery = 0;
            o.resume = train::Resume::Never;
            o.onDivergence = train::OnDivergence::Pause;
            services::JobRequest r;
            r.title = QStringLiteral("fake training");
            r.lane = services::Lane::Training;
            r.pausable = true;
            r.work = [o](const engine::RunContext &ctx) -> QVariant {
                train::LoopHooks h;
                h.step = [](std::int64_t step) {
                    train::checkFinite(step == 8 ? std::nan("") : 1.0 / double(step), "loss", step);
                    return train::StepReport{{{"loss", 1.0 / double(step)}}, {}, 1};
                };
                h.save = [dir = o.outDir](std::int64_t step) {
                    writeCheckpoint(QString::fromStdString(dir));
                    QFile f(QDir(QString::fromStdString(dir)).filePath(QStringLiteral("step")));
                    f.open(QIODevice::WriteOnly);
                    f.write(QByteArray::number(qint64(step)));
                };
                h.divergenceAdvice = "Try a lower learning rate.";
                return QVariant(qint64(train::runSteps(o, 0, h, ctx).lastStep));
            };
            services::Job *job = m_jobs->submit(r);
            session->attach(job, o);
            return job;
        };
        auto savedStep = [&](const QString &name) {
            QFile f(QDir(m_dir.filePath(name)).filePath(QStringLiteral("step")));
            return f.open(QIODevice::ReadOnly) ? f.readAll().toLongLong() : -1;
        };
        QSignalSpy finished(session.get(), &TrainingSession::finished);
        services::Job *job = submit(QStringLiteral("paused-resumed"));
        QVERIFY(QTest::qWaitFor([&] { return job->state() == services::JobState::Paused; }, 10000));
        QVERIFY(session->isPausedOnDivergence());
        const QString status = session->statusText();
        qInfo("%s", qPrintable(status));
        QVERIFY2(status.startsWith(QStringLiteral("Training paused: loss became NaN at step 8;")), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("Resume skips step 8")), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("Try a lower learning rate.")), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("(try 0.00033), press Stop, then tick “Resume” to continue")),
                 qPrintable(status));
        QVERIFY(session->statusLabel()->styleSheet().contains(QStringLiteral("color")));
        QCOMPARE(session->controls()->pauseButton()->text(), QStringLiteral("Resume"));
        QVERIFY(session->controls()->stepButton()->isEnabled());
        QCOMPARE(session->monitor()->pointCount(QStringLiteral("loss")), 7);

        QTest::mouseClick(session->controls()->pauseButton(), Qt::LeftButton); // Resume
        QVERIFY(finished.wait(10000));
        QCOMPARE(job->state(), services::JobState::Succeeded);
        QCOMPARE(job->resultAs<qint64>(), qint64(12));
        QVERIFY(!session->isPausedOnDivergence());
        QVERIFY2(session->statusText().startsWith(QStringLiteral("Done")), qPrintable(session->statusText()));
        const std::vector<double> steps = session->monitor()->steps(QStringLiteral("loss"));
        QCOMPARE(steps, (std::vector<double>{1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12}));
        QCOMPARE(savedStep(QStringLiteral("paused-resumed")), 12);

        // Stopped while paused: nothing is written over the checkpoint of step 5.
        job = submit(QStringLiteral("paused-stopped"));
        QVERIFY(QTest::qWaitFor([&] { return job->state() == services::JobState::Paused; }, 10000));
        QTest::mouseClick(session->controls()->stopButton(), Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QCOMPARE(job->state(), services::JobState::Canceled);
        QCOMPARE(savedStep(QStringLiteral("paused-stopped")), 5);
        const QString stopped = session->statusText();
        qInfo("%s", qPrintable(stopped));
        QVERIFY2(stopped.contains(QStringLiteral("diverged: loss became NaN at step 8")), qPrintable(stopped));
        QVERIFY2(stopped.contains(QStringLiteral("saved at step 5")), qPrintable(stopped));
        QVERIFY2(stopped.contains(QStringLiteral("is intact: use it in the explorer")), qPrintable(stopped));
    }

    void aResumedRunReplacesWhatFollowedItsCheckpoint()
    {
        auto session = makeSession();
        Script s;
        s.dir = m_dir.filePath(QStringLiteral("resumed")).toStdString();
        s.last = 12;
        s.checkpointAt = 5;
        QSignalSpy finished(session.get(), &TrainingSession::finished);
        run(session.get(), s);
        QVERIFY(finished.wait(10000));
        QCOMPARE(session->stepSlider()->steps(), (QList<qint64>{5, 10}));

        // From the checkpoint at 5 to 15: steps 6..12 are drawn once, by the new run.
        Script more = s;
        more.first = 6;
        more.last = 15;
        more.checkpointAt = -1;
        run(session.get(), more, train::Resume::Required);
        QVERIFY(finished.wait(10000));
        const std::vector<double> steps = session->monitor()->steps(QStringLiteral("loss"));
        QCOMPARE(int(steps.size()), 15);
        for (std::size_t i = 0; i < steps.size(); ++i)
            QCOMPARE(steps[i], double(i + 1));
        QCOMPARE(session->stepSlider()->steps(), (QList<qint64>{5, 10, 15}));
        QCOMPARE(session->shownStep(), 15);
        QCOMPARE(session->textPreview()->toPlainText(), QStringLiteral("sample of step 15"));
    }

    void pauseStepAndStopFollowTheJob()
    {
        auto session = makeSession();
        widgets::TrainingControls *controls = session->controls();
        QVERIFY(!controls->pauseButton()->isEnabled());
        QVERIFY(!controls->stopButton()->isEnabled());
        widgets::JobsDock dock(m_jobs.get());
        dock.show();

        Script s;
        s.dir = m_dir.filePath(QStringLiteral("long")).toStdString();
        s.last = 1000000;
        s.previewEvery = 1000000;
        services::JobRequest request = requestFor(s);
        auto work = request.work;
        request.work = [work](const engine::RunContext &ctx) -> QVariant {
            // Slow steps, so a person could press the buttons between them.
            engine::RunContext slow = ctx;
            auto partial = ctx.onPartial;
            slow.onPartial = [partial](engine::Partial &&p) {
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
                partial(std::move(p));
            };
            return work(slow);
        };
        services::Job *job = m_jobs->submit(request);
        session->attach(job, optionsFor(s));
        QSignalSpy metrics(session.get(), &TrainingSession::metricsReported);
        QVERIFY(QTest::qWaitFor([&] { return metrics.count() >= 3; }, 10000));
        QVERIFY(controls->pauseButton()->isEnabled());
        QVERIFY(controls->stopButton()->isEnabled());
        QVERIFY(!controls->stepButton()->isEnabled());
        QCOMPARE(controls->pauseButton()->text(), QStringLiteral("Pause"));

        // The Jobs dock shows the same row, on the same job.
        widgets::TrainingControls *dockControls = dock.controls();
        QVERIFY(dockControls);
        QCOMPARE(dockControls->job(), job);
        QVERIFY(dockControls->pauseButton()->isEnabled());

        QTest::mouseClick(controls->pauseButton(), Qt::LeftButton);
        QCOMPARE(job->state(), services::JobState::Paused);
        QCOMPARE(controls->pauseButton()->text(), QStringLiteral("Resume"));
        QVERIFY(controls->stepButton()->isEnabled());
        QVERIFY(session->statusText().startsWith(QStringLiteral("Paused")));
        QVERIFY(QTest::qWaitFor([&] { return dockControls->stepButton()->isEnabled(); }, 2000));
        QCOMPARE(dockControls->pauseButton()->text(), QStringLiteral("Resume"));
        QTest::qWait(300); // what was under way when paused arrives
        const int before = metrics.count();
        QTest::qWait(200);
        QCOMPARE(metrics.count(), before); // paused: no steps

        // One step, then paused again; pressed in the dock this time.
        QTest::mouseClick(dockControls->stepButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return metrics.count() == before + 1; }, 5000));
        QTest::qWait(200);
        QCOMPARE(metrics.count(), before + 1);
        QCOMPARE(job->state(), services::JobState::Paused);

        QTest::mouseClick(controls->pauseButton(), Qt::LeftButton);
        QCOMPARE(job->state(), services::JobState::Running);
        QVERIFY(!controls->stepButton()->isEnabled());
        QVERIFY(QTest::qWaitFor([&] { return metrics.count() > before + 3; }, 5000));

        QSignalSpy finished(session.get(), &TrainingSession::finished);
        QTest::mouseClick(controls->stopButton(), Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QCOMPARE(job->state(), services::JobState::Canceled);
        QVERIFY(!controls->pauseButton()->isEnabled());
        QVERIFY(!controls->stepButton()->isEnabled());
        QVERIFY(!controls->stopButton()->isEnabled());
        QVERIFY(!dockControls->stopButton()->isEnabled());
        QVERIFY2(session->statusText().startsWith(QStringLiteral("Stopped")), qPrintable(session->statusText()));
    }
};

QTEST_MAIN(TestTrainingSession)
#include "tst_trainingsession.moc"
