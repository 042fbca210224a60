// The job engine with fake work (fast, deterministic): ordering, exactly one terminal signal,
// cancel before start and mid-run, latest wins, pause/resume/step, progress throttling, shutdown,
// typed results (resultAs), one interactive lane per lab, and a job pausing itself (a training
// run whose loss became NaN, through the kit's step loop).
#include "engine/train/events.h"
#include "engine/train/steploop.h"
#include "services/jobmanager.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>

#include <atomic>
#include <cmath>
#include <latch>
#include <mutex>
#include <set>
#include <thread>

using namespace genlab::services;
using genlab::engine::RunContext;

// A result type of the test's own, to check resultAs<T>() beyond Qt's built-in types.
struct Point3
{
    int x = 0, y = 0, z = 0;
};
Q_DECLARE_METATYPE(Point3)

namespace {

JobManager::Options options()
{
    return {};
}

// Blocks a lane until released, so later submissions stay queued.
struct Gate
{
    std::mutex m;
    std::condition_variable cv;
    bool open = false;
    std::atomic<bool> entered{false};
    void release()
    {
        {
            std::lock_guard l(m);
            open = true;
        }
        cv.notify_all();
    }
    void wait()
    {
        entered = true;
        std::unique_lock l(m);
        cv.wait(l, [&] { return open; });
    }
};

JobRequest request(Lane lane, std::function<QVariant(const RunContext &)> work, QString key = {})
{
    JobRequest r;
    r.title = QStringLiteral("test job");
    r.lane = lane;
    r.coalesceKey = std::move(key);
    r.work = std::move(work);
    return r;
}

JobRequest labRequest(const QString &lab, std::function<QVariant(const RunContext &)> work)
{
    JobRequest r = request(Lane::Interactive, std::move(work));
    r.lab = lab;
    return r;
}

// A job body that runs until canceled (one checkpoint per millisecond), saying when it started.
std::function<QVariant(const RunContext &)> untilCanceled(std::atomic<bool> &started)
{
    return [&started](const RunContext &ctx) -> QVariant {
        started = true;
        for (;;) {
            ctx.checkpoint();
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
    };
}

bool waitFinished(Job *job, int ms = 5000)
{
    return QTest::qWaitFor([&] { return job->isFinished(); }, ms);
}

} // namespace

class TestJobManager : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void runsInSubmissionOrderPerLane()
    {
        JobManager manager(options());
        std::mutex m;
        QList<int> order;
        QList<Job *> jobs;
        for (int i = 0; i < 8; ++i) {
            jobs << manager.submit(request(Lane::IO, [&, i](const RunContext &) {
                std::lock_guard l(m);
                order << i;
                return QVariant(i * 10);
            }));
        }
        for (Job *j : jobs)
            QVERIFY(waitFinished(j));
        QCOMPARE(order, (QList<int>{0, 1, 2, 3, 4, 5, 6, 7}));
        QCOMPARE(jobs[3]->resultAs<int>(), 30);
        QCOMPARE(jobs[3]->state(), JobState::Succeeded);
    }

    void runsOffTheGuiThread()
    {
        JobManager manager(options());
        std::thread::id workerId;
        Job *job = manager.submit(request(Lane::Interactive, [&](const RunContext &) {
            workerId = std::this_thread::get_id();
            return QVariant();
        }));
        QVERIFY(waitFinished(job));
        QVERIFY(workerId != std::this_thread::get_id());
    }

    void emitsExactlyOneTerminalSignal_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("succeeds") << 0;
        QTest::newRow("fails") << 1;
        QTest::newRow("canceled mid-run") << 2;
        QTest::newRow("canceled twice") << 3;
    }
    void emitsExactlyOneTerminalSignal()
    {
        QFETCH(int, kind);
        JobManager manager(options());
        std::atomic<bool> started{false};
        Job *job = manager.submit(request(Lane::Training, [&](const RunContext &ctx) -> QVariant {
            started = true;
            if (kind == 1)
                throw std::runtime_error("boom: the model file is broken");
            if (kind >= 2) {
                for (;;) {
                    ctx.checkpoint();
                    std::this_thread::sleep_for(std::chrono::milliseconds(1));
                }
            }
            return 42;
        }));
        QSignalSpy spy(job, &Job::finished);
        if (kind >= 2) {
            QVERIFY(QTest::qWaitFor([&] { return started.load(); }, 5000));
            job->cancel();
            if (kind == 3)
                job->cancel();
        }
        QVERIFY(spy.wait(5000));
        QTest::qWait(100); // nothing else may arrive
        QCOMPARE(spy.count(), 1);
        const JobState expected = kind == 0 ? JobState::Succeeded : kind == 1 ? JobState::Failed : JobState::Canceled;
        QCOMPARE(spy.at(0).at(0).value<JobState>(), expected);
        if (kind == 1)
            QVERIFY(job->message().contains(QStringLiteral("boom")));
        job->cancel(); // after the end: no effect, no second signal
        QTest::qWait(20);
        QCOMPARE(spy.count(), 1);
    }

    void cancelBeforeStartRemovesTheJob()
    {
        JobManager manager(options());
        Gate gate;
        Job *blocker = manager.submit(request(Lane::IO, [&](const RunContext &) {
            gate.wait();
            return QVariant();
        }));
        std::atomic<bool> ran{false};
        Job *queued = manager.submit(request(Lane::IO, [&](const RunContext &) {
            ran = true;
            return QVariant();
        }));
        QVERIFY(QTest::qWaitFor([&] { return gate.entered.load(); }, 5000));
        QCOMPARE(queued->state(), JobState::Queued);
        QSignalSpy spy(queued, &Job::finished);
        queued->cancel();
        QCOMPARE(spy.count(), 1); // synchronous: a queued job is removed at once
        QCOMPARE(queued->state(), JobState::Canceled);
        gate.release();
        QVERIFY(waitFinished(blocker));
        QTest::qWait(50);
        QVERIFY(!ran);
        QCOMPARE(spy.count(), 1);
    }

    void cancelWhileRunningStopsWithinOneStep()
    {
        JobManager manager(options());
        std::atomic<int> steps{0};
        std::atomic<int> stepsAtCancel{-1};
        Job *job = manager.submit(request(Lane::Training, [&](const RunContext &ctx) -> QVariant {
            for (;;) {
                ctx.checkpoint();
                ++steps;
                std::this_thread::sleep_for(std::chrono::milliseconds(2));
            }
        }));
        QVERIFY(QTest::qWaitFor([&] { return steps.load() > 5; }, 5000));
        stepsAtCancel = steps.load();
        job->cancel();
        QVERIFY(waitFinished(job));
        QCOMPARE(job->state(), JobState::Canceled);
        QVERIFY2(steps.load() - stepsAtCancel.load() <= 1,
                 qPrintable(QStringLiteral("ran %1 steps after cancel").arg(steps.load() - stepsAtCancel.load())));
    }

    void latestWinsDropsSupersededRequests()
    {
        JobManager manager(options());
        Gate gate;
        manager.submit(request(Lane::Interactive, [&](const RunContext &) {
            gate.wait();
            return QVariant();
        }));
        QVERIFY(QTest::qWaitFor([&] { return gate.entered.load(); }, 5000));
        std::mutex m;
        QList<int> ran;
        QList<Job *> jobs;
        for (int i = 0; i < 20; ++i) {
            jobs << manager.submit(request(
                Lane::Interactive,
                [&, i](const RunContext &) {
                    std::lock_guard l(m);
                    ran << i;
                    return QVariant(i);
                },
                QStringLiteral("slider")));
        }
        // A request with another key is not affected.
        Job *other = manager.submit(request(Lane::Interactive, [](const RunContext &) { return QVariant(-1); },
                                            QStringLiteral("other")));
        for (int i = 0; i < 19; ++i) {
            QCOMPARE(jobs[i]->state(), JobState::Canceled);
            QVERIFY(jobs[i]->message().contains(QStringLiteral("superseded")));
        }
        gate.release();
        QVERIFY(waitFinished(jobs.last()));
        QVERIFY(waitFinished(other));
        QCOMPARE(ran, QList<int>{19});
        QCOMPARE(jobs.last()->resultAs<int>(), 19);
        QCOMPARE(other->state(), JobState::Succeeded);
    }

    void pauseResumeAndSingleStep()
    {
        JobManager manager(options());
        std::atomic<int> steps{0};
        JobRequest r = request(Lane::Training, [&](const RunContext &ctx) -> QVariant {
            for (int i = 0; i < 100000; ++i) {
                ctx.checkpoint();
                ++steps;
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            }
            return QVariant();
        });
        r.pausable = true;
        Job *job = manager.submit(r);
        QVERIFY(QTest::qWaitFor([&] { return steps.load() > 3; }, 5000));
        job->pause();
        QCOMPARE(job->state(), JobState::Paused);
        QTest::qWait(50); // the step in flight finishes
        int frozen = steps.load();
        QTest::qWait(100);
        QCOMPARE(steps.load(), frozen);
        job->step();
        QVERIFY(QTest::qWaitFor([&] { return steps.load() == frozen + 1; }, 2000));
        QTest::qWait(100);
        QCOMPARE(steps.load(), frozen + 1);
        QCOMPARE(job->state(), JobState::Paused);
        job->resume();
        QCOMPARE(job->state(), JobState::Running);
        QVERIFY(QTest::qWaitFor([&] { return steps.load() > frozen + 5; }, 2000));
        job->pause();
        job->cancel(); // cancel while paused ends the job
        QVERIFY(waitFinished(job));
        QCOMPARE(job->state(), JobState::Canceled);
    }

    // RunContext::requestPause: the engine pauses its own job; only a pausable job can.
    void aJobCanPauseItself()
    {
        JobManager manager(options());
        std::atomic<int> steps{0};
        std::atomic<int> asked{-1};
        JobRequest r = request(Lane::Training, [&](const RunContext &ctx) -> QVariant {
            for (int i = 0; i < 20; ++i) {
                ctx.checkpoint();
                if (i == 3)
                    asked = ctx.pauseSelf() ? 1 : 0;
                ++steps;
            }
            return QVariant(steps.load());
        });
        r.pausable = true;
        Job *job = manager.submit(r);
        QVERIFY(QTest::qWaitFor([&] { return job->state() == JobState::Paused; }, 5000));
        QCOMPARE(asked.load(), 1);
        QTest::qWait(50);
        QCOMPARE(steps.load(), 4); // waits at the next checkpoint
        job->resume();
        QVERIFY(waitFinished(job));
        QCOMPARE(job->state(), JobState::Succeeded);
        QCOMPARE(job->resultAs<int>(), 20);

        // Nobody can resume a job that is not pausable: it is not paused.
        r.pausable = false;
        steps = 0;
        Job *plain = manager.submit(r);
        QVERIFY(waitFinished(plain));
        QCOMPARE(asked.load(), 0);
        QCOMPARE(plain->state(), JobState::Succeeded);
    }

    // The kit's loop with OnDivergence::Pause in a job: a NaN at step 3 pauses the job with the
    // message; Resume continues past step 3 to the end; Stop on another run ends it, saving nothing.
    void aDivergingTrainingRunPausesUntilResumedOrStopped()
    {
        namespace train = genlab::engine::train;
        JobManager manager(options());
        auto run = [&](std::vector<std::int64_t> *saves) {
            JobRequest r = request(Lane::Training, [saves](const RunContext &ctx) -> QVariant {
                train::CommonOptions o;
                o.steps = 6;
                o.outDir = "/tmp/genlab-jobmanager-unused";
                o.checkpointEvery = 2;
                o.onDivergence = train::OnDivergence::Pause;
                train::LoopHooks h;
                h.step = [](std::int64_t step) {
                    train::checkFinite(step == 3 ? std::nan("") : 1.0, "loss", step);
                    return train::StepReport{{{"loss", 1.0}}, {}, 1};
                };
                h.save = [saves](std::int64_t step) { saves->push_back(step); };
                return QVariant(qint64(train::runSteps(o, 0, h, ctx).lastStep));
            });
            r.pausable = true;
            return manager.submit(r);
        };
        std::vector<std::int64_t> saves;
        Job *job = run(&saves);
        std::vector<train::Divergence> diverged;
        std::vector<std::int64_t> metricSteps;
        connect(job, &Job::partialResult, this, [&](const genlab::engine::Partial &p) {
            if (auto d = train::Divergence::decode(p))
                diverged.push_back(*d);
            if (auto m = train::Metrics::decode(p))
                metricSteps.push_back(m->step);
        });
        QVERIFY(QTest::qWaitFor([&] { return job->state() == JobState::Paused; }, 5000));
        QTRY_COMPARE(int(diverged.size()), 1); // sent before the pause
        QVERIFY(diverged[0].paused);
        QVERIFY(QString::fromStdString(diverged[0].message).startsWith(QStringLiteral("loss became NaN at step 3;")));
        QCOMPARE(saves, (std::vector<std::int64_t>{2}));
        job->resume();
        QVERIFY(waitFinished(job));
        QCOMPARE(job->state(), JobState::Succeeded);
        QCOMPARE(job->resultAs<qint64>(), qint64(6));
        QCOMPARE(metricSteps, (std::vector<std::int64_t>{1, 2, 4, 5, 6}));
        QCOMPARE(saves, (std::vector<std::int64_t>{2, 4, 6}));

        std::vector<std::int64_t> stoppedSaves;
        Job *stopped = run(&stoppedSaves);
        QVERIFY(QTest::qWaitFor([&] { return stopped->state() == JobState::Paused; }, 5000));
        stopped->cancel();
        QVERIFY(waitFinished(stopped));
        QCOMPARE(stopped->state(), JobState::Canceled);
        QCOMPARE(stoppedSaves, (std::vector<std::int64_t>{2})); // the checkpoint of step 2 stays the last
    }

    void throttlesProgressAndDeliversEveryPartial()
    {
        JobManager manager(options());
        constexpr int kCount = 3000;
        Job *job = manager.submit(request(Lane::Training, [&](const RunContext &ctx) -> QVariant {
            for (int i = 0; i < kCount; ++i) {
                ctx.progress(double(i) / kCount, "working");
                genlab::engine::Partial p;
                p.kind = "tokens";
                p.step = i;
                ctx.partial(std::move(p));
                if (i % 100 == 0)
                    std::this_thread::sleep_for(std::chrono::milliseconds(1));
            }
            return QVariant();
        }));
        QSignalSpy progress(job, &Job::progressChanged);
        QList<qint64> steps;
        connect(job, &Job::partialResult, this, [&](const genlab::engine::Partial &p) { steps << p.step; });
        QElapsedTimer timer;
        timer.start();
        QVERIFY(waitFinished(job));
        const qint64 ms = std::max<qint64>(1, timer.elapsed());
        QVERIFY2(progress.count() <= ms / 50 + 3,
                 qPrintable(QStringLiteral("%1 progress signals in %2 ms").arg(progress.count()).arg(ms)));
        QCOMPARE(steps.size(), kCount);
        for (int i = 0; i < kCount; ++i)
            QCOMPARE(steps[i], qint64(i));
        QCOMPARE(job->progress(), 1.0);
    }

    void shutdownCancelsAndReturnsQuickly()
    {
        auto manager = std::make_unique<JobManager>(options());
        std::atomic<bool> started{false};
        Job *running = manager->submit(request(Lane::Training, [&](const RunContext &ctx) -> QVariant {
            started = true;
            for (;;) {
                ctx.checkpoint();
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            }
        }));
        Job *queued = manager->submit(request(Lane::Training, [](const RunContext &) { return QVariant(); }));
        QVERIFY(QTest::qWaitFor([&] { return started.load(); }, 5000));
        QSignalSpy spyRunning(running, &Job::finished);
        QSignalSpy spyQueued(queued, &Job::finished);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(manager->shutdown(2000));
        QVERIFY(timer.elapsed() < 2000);
        QCOMPARE(spyRunning.count(), 1);
        QCOMPARE(spyQueued.count(), 1);
        QCOMPARE(running->state(), JobState::Canceled);
        QCOMPARE(queued->state(), JobState::Canceled);
        // Submitting after shutdown fails fast instead of hanging.
        Job *late = manager->submit(request(Lane::IO, [](const RunContext &) { return QVariant(); }));
        QCOMPARE(late->state(), JobState::Canceled);
    }

    void shutdownDoesNotHangOnWorkThatIgnoresStop()
    {
        auto manager = std::make_unique<JobManager>(options());
        std::atomic<bool> started{false}, release{false};
        manager->submit(request(Lane::IO, [&](const RunContext &) -> QVariant {
            started = true;
            while (!release)
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            return QVariant();
        }));
        QVERIFY(QTest::qWaitFor([&] { return started.load(); }, 5000));
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!manager->shutdown(300));
        QVERIFY(timer.elapsed() < 1500);
        // The manager and its jobs go away while the abandoned worker still runs; when the work
        // finally returns, the worker must touch nothing that was freed.
        manager.reset();
        release = true;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        QCoreApplication::processEvents();
    }

    void resultAsReturnsTheValueOfItsOwnType()
    {
        JobManager manager(options());
        Job *list = manager.submit(request(Lane::IO, [](const RunContext &) {
            return QVariant::fromValue(QStringList{QStringLiteral("a.png"), QStringLiteral("b.png")});
        }));
        JobRequest r = request(Lane::IO, [](const RunContext &) { return QVariant::fromValue(Point3{1, 2, 3}); });
        r.title = QStringLiteral("custom type");
        Job *custom = manager.submit(r);
        QVERIFY(waitFinished(list));
        QVERIFY(waitFinished(custom));
        QCOMPARE(list->resultAs<QStringList>(), (QStringList{QStringLiteral("a.png"), QStringLiteral("b.png")}));
        const Point3 p = custom->resultAs<Point3>();
        QCOMPARE(p.x + 10 * p.y + 100 * p.z, 321);
    }

    void resultAsThrowsOnAnotherType()
    {
        JobManager manager(options());
        JobRequest r = request(Lane::IO, [](const RunContext &) { return QVariant(7); });
        r.title = QStringLiteral("Count the digits");
        Job *job = manager.submit(r);
        QVERIFY(waitFinished(job));
        QCOMPARE(job->state(), JobState::Succeeded);
        QCOMPARE(job->resultAs<int>(), 7);
        // No conversions: an int is neither a double nor a string nor a custom type.
        QVERIFY_THROWS_EXCEPTION(JobResultMismatch, job->resultAs<double>());
        QVERIFY_THROWS_EXCEPTION(JobResultMismatch, job->resultAs<QString>());
        QVERIFY_THROWS_EXCEPTION(JobResultMismatch, job->resultAs<Point3>());
        try {
            (void)job->resultAs<double>();
            QFAIL("no exception");
        } catch (const std::logic_error &e) { // JobResultMismatch is a logic_error
            const QString what = QString::fromUtf8(e.what());
            QVERIFY2(what.contains(QStringLiteral("Count the digits")), qPrintable(what));
            QVERIFY2(what.contains(QStringLiteral("int")), qPrintable(what));
            QVERIFY2(what.contains(QStringLiteral("double")), qPrintable(what));
        }
        // A job that succeeded without a result has nothing of any type.
        Job *empty = manager.submit(request(Lane::IO, [](const RunContext &) { return QVariant(); }));
        QVERIFY(waitFinished(empty));
        QCOMPARE(empty->state(), JobState::Succeeded);
        QVERIFY_THROWS_EXCEPTION(JobResultMismatch, empty->resultAs<int>());
    }

    void resultAsThrowsUnlessTheJobSucceeded()
    {
        JobManager manager(options());
        JobRequest r = request(Lane::IO, [](const RunContext &) -> QVariant { throw std::runtime_error("disk on fire"); });
        r.title = QStringLiteral("Read the data set");
        Job *failed = manager.submit(r);
        QVERIFY(waitFinished(failed));
        QCOMPARE(failed->state(), JobState::Failed);
        try {
            (void)failed->resultAs<int>();
            QFAIL("no exception");
        } catch (const JobResultMismatch &e) {
            const QString what = QString::fromUtf8(e.what());
            QVERIFY2(what.contains(QStringLiteral("Read the data set")), qPrintable(what));
            QVERIFY2(what.contains(QStringLiteral("failed")), qPrintable(what));
            QVERIFY2(what.contains(QStringLiteral("disk on fire")), qPrintable(what));
        }
        // Still running: no result yet, even of the right type.
        std::atomic<bool> started{false};
        Job *running = manager.submit(request(Lane::Training, untilCanceled(started)));
        QVERIFY(QTest::qWaitFor([&] { return running->state() == JobState::Running; }, 5000));
        QVERIFY_THROWS_EXCEPTION(JobResultMismatch, running->resultAs<int>());
        running->cancel();
        QVERIFY(waitFinished(running));
        QVERIFY_THROWS_EXCEPTION(JobResultMismatch, running->resultAs<int>());
    }

    void labLanesDoNotWaitForEachOther()
    {
        JobManager manager(options());
        Gate gate;
        std::thread::id textThread, latentThread;
        Job *longText = manager.submit(labRequest(QStringLiteral("text"), [&](const RunContext &) {
            textThread = std::this_thread::get_id();
            gate.wait(); // a long generation
            return QVariant(1);
        }));
        QVERIFY(QTest::qWaitFor([&] { return gate.entered.load(); }, 5000));
        Job *decode = manager.submit(labRequest(QStringLiteral("latent"), [&](const RunContext &) {
            latentThread = std::this_thread::get_id();
            return QVariant(2);
        }));
        QCOMPARE(decode->lab(), QStringLiteral("latent"));
        QVERIFY(waitFinished(decode)); // while the text lab's job still runs
        QCOMPARE(decode->resultAs<int>(), 2);
        QVERIFY(!longText->isFinished());
        QCOMPARE(manager.runningCount(), 1);
        QCOMPARE(manager.activeCount(), 1);
        QVERIFY(textThread != latentThread);
        QCOMPARE(manager.interactiveLaneCount(), 3); // default + text + latent
        gate.release();
        QVERIFY(waitFinished(longText));
        QCOMPARE(longText->resultAs<int>(), 1);
    }

    void oneLabRunsInOrderOnOneThread()
    {
        JobManager manager(options());
        Gate gate;
        Job *blocker = manager.submit(labRequest(QStringLiteral("latent"), [&](const RunContext &) {
            gate.wait();
            return QVariant();
        }));
        QVERIFY(QTest::qWaitFor([&] { return gate.entered.load(); }, 5000));
        std::mutex m;
        QList<int> order;
        std::set<std::thread::id> threads;
        QList<Job *> jobs;
        for (int i = 0; i < 8; ++i) {
            jobs << manager.submit(labRequest(QStringLiteral("latent"), [&, i](const RunContext &) {
                std::lock_guard l(m);
                order << i;
                threads.insert(std::this_thread::get_id());
                return QVariant(i);
            }));
        }
        QTest::qWait(50);
        for (Job *j : jobs) // behind the blocker on the same lane
            QCOMPARE(j->state(), JobState::Queued);
        gate.release();
        QVERIFY(waitFinished(blocker));
        for (Job *j : jobs)
            QVERIFY(waitFinished(j));
        QCOMPARE(order, (QList<int>{0, 1, 2, 3, 4, 5, 6, 7}));
        QCOMPARE(threads.size(), std::size_t(1)); // the lab's models stay confined to one thread
        QCOMPARE(manager.interactiveLaneCount(), 2);
    }

    void sharedInteractiveLaneWhenLanesPerLabAreOff()
    {
        JobManager::Options o = options();
        o.lanePerLab = false;
        JobManager manager(o);
        Gate gate;
        Job *longText = manager.submit(labRequest(QStringLiteral("text"), [&](const RunContext &) {
            gate.wait();
            return QVariant();
        }));
        QVERIFY(QTest::qWaitFor([&] { return gate.entered.load(); }, 5000));
        Job *decode = manager.submit(labRequest(QStringLiteral("latent"), [](const RunContext &) { return QVariant(); }));
        QTest::qWait(50);
        QCOMPARE(decode->state(), JobState::Queued); // the old behaviour: behind the generation
        QCOMPARE(manager.interactiveLaneCount(), 1);
        gate.release();
        QVERIFY(waitFinished(longText));
        QVERIFY(waitFinished(decode));
    }

    void cancelAllAndShutdownCoverEveryLane()
    {
        std::mutex m;
        int inits = 0;
        JobManager::Options o = options();
        o.threadInit = [&](Lane lane, int threads) {
            std::lock_guard l(m);
            if (lane == Lane::Interactive && threads == 1)
                ++inits;
        };
        auto manager = std::make_unique<JobManager>(o);
        const QStringList labs{QStringLiteral("latent"), QStringLiteral("text"), QStringLiteral("data")};
        std::atomic<bool> started[3] = {false, false, false};
        QList<Job *> running, queued;
        for (int i = 0; i < 3; ++i) {
            running << manager->submit(labRequest(labs[i], untilCanceled(started[i])));
            queued << manager->submit(labRequest(labs[i], [](const RunContext &) { return QVariant(); }));
        }
        QVERIFY(QTest::qWaitFor([&] { return started[0] && started[1] && started[2]; }, 5000));
        QCOMPARE(manager->interactiveLaneCount(), 4);
        QVERIFY(QTest::qWaitFor(
            [&] {
                std::lock_guard l(m);
                return inits == 3; // each lab's own lane, with its thread count, before its first job
            },
            5000));
        // Their "running" state reaches the GUI thread through the event loop.
        QVERIFY(QTest::qWaitFor([&] { return manager->runningCount() == 3; }, 5000));
        QCOMPARE(manager->activeCount(), 6);
        QCOMPARE(manager->jobs().size(), 6);

        // cancelAll reaches the queued and the running job of every lab's lane.
        manager->cancelAll();
        for (Job *j : queued)
            QCOMPARE(j->state(), JobState::Canceled); // at once
        for (Job *j : running)
            QVERIFY(waitFinished(j));
        for (Job *j : running)
            QCOMPARE(j->state(), JobState::Canceled);
        QCOMPARE(manager->activeCount(), 0);

        // Shutdown with several busy lanes stops them all, well within its deadline.
        running.clear();
        for (int i = 0; i < 3; ++i) {
            started[i] = false;
            running << manager->submit(labRequest(labs[i], untilCanceled(started[i])));
            queued << manager->submit(labRequest(labs[i], [](const RunContext &) { return QVariant(); }));
        }
        Job *fresh = manager->submit(labRequest(QStringLiteral("retrieval"), [](const RunContext &) {
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            return QVariant();
        }));
        QVERIFY(QTest::qWaitFor([&] { return started[0] && started[1] && started[2]; }, 5000));
        QElapsedTimer timer;
        timer.start();
        QVERIFY(manager->shutdown(2000));
        QVERIFY(timer.elapsed() < 1000);
        for (Job *j : manager->jobs())
            QVERIFY2(j->isFinished(), qPrintable(j->title()));
        for (Job *j : running)
            QCOMPARE(j->state(), JobState::Canceled);
        QVERIFY(fresh->isFinished());
        QCOMPARE(manager->activeCount(), 0);
        Job *late = manager->submit(labRequest(QStringLiteral("latent"), [](const RunContext &) { return QVariant(); }));
        QCOMPARE(late->state(), JobState::Canceled);
        manager.reset();
    }

    void threadInitRunsOnEveryLane()
    {
        std::mutex m;
        QList<QPair<int, int>> seen;
        JobManager::Options o;
        o.interactiveThreads = 1;
        o.trainingThreads = 3;
        o.ioThreads = 1;
        o.threadInit = [&](Lane lane, int threads) {
            std::lock_guard l(m);
            seen << qMakePair(int(lane), threads);
        };
        JobManager manager(o);
        // Before its first job, not at thread start: a lane that runs nothing is never configured.
        QTest::qWait(50);
        {
            std::lock_guard l(m);
            QVERIFY(seen.isEmpty());
        }
        QList<Job *> jobs;
        for (Lane lane : {Lane::Interactive, Lane::Training, Lane::IO, Lane::Training})
            jobs << manager.submit(request(lane, [&](const RunContext &) {
                std::lock_guard l(m);
                return QVariant(int(seen.size())); // how many lanes were configured before this job ran
            }));
        for (Job *j : jobs)
            QVERIFY(waitFinished(j));
        std::lock_guard l(m);
        QCOMPARE(seen.size(), 3); // once per lane, the training lane's second job included
        QVERIFY(seen.contains(qMakePair(int(Lane::Training), 3)));
        QVERIFY(seen.contains(qMakePair(int(Lane::Interactive), 1)));
        QVERIFY(seen.contains(qMakePair(int(Lane::IO), 1)));
        for (Job *j : jobs)
            QVERIFY(j->resultAs<int>() >= 1); // its own lane was configured before it ran
    }

    // The genlab binary builds its job manager before the engine that configures the threads is
    // loaded, and gives it the initialisation later: it still runs before each lane's first job.
    void threadInitGivenLaterRunsBeforeTheFirstJob()
    {
        std::mutex m;
        QList<int> seen;
        JobManager::Options o;
        o.trainingThreads = 2;
        JobManager manager(o);
        manager.setThreadInit([&](Lane lane, int threads) {
            std::lock_guard l(m);
            seen << int(lane) * 10 + threads;
        });
        Job *lab = manager.submit(labRequest(QStringLiteral("text"), [](const RunContext &) { return QVariant(); }));
        Job *train = manager.submit(request(Lane::Training, [](const RunContext &) { return QVariant(); }));
        QVERIFY(waitFinished(lab));
        QVERIFY(waitFinished(train));
        std::lock_guard l(m);
        QCOMPARE(seen.size(), 2);
        QVERIFY(seen.contains(int(Lane::Training) * 10 + 2));
        QVERIFY(seen.contains(int(Lane::Interactive) * 10 + 1));
    }
};

QTEST_GUILESS_MAIN(TestJobManager)
#include "tst_jobmanager.moc"
