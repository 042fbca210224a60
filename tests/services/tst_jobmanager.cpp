// The job engine with fake work (fast, deterministic): ordering, exactly one terminal signal,
// cancel before start and mid-run, latest wins, pause/resume/step, progress throttling, shutdown.
#include "services/jobmanager.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>

#include <atomic>
#include <latch>
#include <mutex>
#include <thread>

using namespace genlab::services;
using genlab::engine::RunContext;

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
        QCOMPARE(jobs[3]->result().toInt(), 30);
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
        QCOMPARE(jobs.last()->result().toInt(), 19);
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
        QVERIFY(QTest::qWaitFor(
            [&] {
                std::lock_guard l(m);
                return seen.size() == 3;
            },
            5000));
        std::lock_guard l(m);
        QVERIFY(seen.contains(qMakePair(int(Lane::Training), 3)));
        QVERIFY(seen.contains(qMakePair(int(Lane::Interactive), 1)));
    }
};

QTEST_GUILESS_MAIN(TestJobManager)
#include "tst_jobmanager.moc"
