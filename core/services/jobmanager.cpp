#include "services/jobmanager.h"

#include "services/jobcontrol.h"

#include <QDeadlineTimer>
#include <QTimer>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <new>
#include <thread>

#ifdef __linux__
#include <pthread.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace genlab::services {

namespace {
constexpr qint64 kProgressIntervalMs = 50; // <= 20 progress updates per second reach the GUI

// Queued invocation on the job's (GUI) thread; dropped if the job is gone.
template <typename F>
void postToJob(const std::shared_ptr<JobControl> &control, F &&f, bool locked = false)
{
    std::unique_lock<std::mutex> lock(control->mutex, std::defer_lock);
    if (!locked)
        lock.lock();
    if (control->abandoned)
        return;
    QPointer<Job> job = control->job;
    if (!job)
        return;
    QMetaObject::invokeMethod(job, std::forward<F>(f), Qt::QueuedConnection);
}
} // namespace

// Runs one job body with a RunContext wired to its control block, then reports exactly one
// terminal state to the GUI thread.
struct JobRunner
{
    static void run(const std::shared_ptr<JobControl> &control)
    {
        if (control->stop.stop_requested()) { // canceled after being taken from the queue
            postFinish(control, JobState::Canceled, QString(), {});
            return;
        }
        postToJob(control, [c = control] {
            if (c->job)
                c->job->setState(c->paused ? JobState::Paused : JobState::Running);
        });

        engine::RunContext ctx;
        ctx.stop = control->stop.get_token();
        ctx.pauseGate = [c = control.get()] { c->pauseGate(); };
        if (control->request.pausable) {
            // The engine pausing its own job (a training run whose loss became NaN): the flag is set
            // here, on the worker, so the very next pauseGate() waits; the Job shows it when the GUI
            // thread gets there (after the partials already posted, such as the reason).
            ctx.requestPause = [control] {
                {
                    std::lock_guard lock(control->mutex);
                    control->paused = true;
                    control->stepAllowance = 0;
                }
                postToJob(control, [c = control] {
                    bool stillPaused;
                    {
                        std::lock_guard lock(c->mutex);
                        stillPaused = c->paused;
                    }
                    if (c->job && stillPaused)
                        c->job->setState(JobState::Paused); // ignored once the job has finished
                });
                return true;
            };
        }
        ctx.onProgress = [control](double fraction, std::string_view stage) {
            std::lock_guard lock(control->mutex);
            control->progress = fraction;
            control->stage.assign(stage);
            if (control->progressFlushScheduled)
                return;
            control->progressFlushScheduled = true;
            postToJob(
                control,
                [c = control] {
                Job *job = c->job;
                if (!job)
                    return;
                qint64 since = job->elapsedMs() - job->m_lastProgressEmitMs;
                qint64 delay = std::max<qint64>(0, kProgressIntervalMs - since);
                QTimer::singleShot(delay, job, [job] { job->flushProgress(); });
                },
                /*locked=*/true);
        };
        ctx.onPartial = [control](engine::Partial &&p) {
            std::lock_guard lock(control->mutex);
            control->partials.push_back(std::move(p));
            if (control->partialFlushScheduled)
                return;
            control->partialFlushScheduled = true;
            postToJob(
                control,
                [c = control] {
                    if (c->job)
                        c->job->flushPartials();
                },
                /*locked=*/true);
        };

        JobState state = JobState::Succeeded;
        QString message;
        QVariant result;
        try {
            result = control->request.work(ctx);
            if (control->stop.stop_requested())
                state = JobState::Canceled;
        } catch (const engine::Canceled &) {
            state = JobState::Canceled;
        } catch (const std::bad_alloc &) {
            state = JobState::Failed;
            message = QStringLiteral("out of memory: try a smaller batch or model");
        } catch (const std::exception &e) {
            state = JobState::Failed;
            message = QString::fromUtf8(e.what());
        } catch (...) {
            state = JobState::Failed;
            message = QStringLiteral("unknown error");
        }
        postFinish(control, state, message, result);
    }

    static void postFinish(const std::shared_ptr<JobControl> &control, JobState state, const QString &message,
                           const QVariant &result)
    {
        postToJob(control, [c = control, state, message, result] {
            if (c->job)
                c->job->finish(state, message, result);
        });
    }
};

// What a lane's worker thread shares with the LaneWorker. Held by shared_ptr so that a worker
// abandoned at shutdown (its job ignored the stop request) never touches freed memory.
struct LaneState
{
    Lane lane;
    std::string name; // the thread's name in debuggers and `top -H`, e.g. "genlab:text"
    std::mutex mutex;
    std::condition_variable wake, exitedCv;
    std::deque<std::shared_ptr<JobControl>> queue;
    std::shared_ptr<JobControl> running;
    bool quit = false;
    bool exited = false;
    // Run by the worker before its first job (not at thread start: the genlab binary builds the
    // manager before the engine that configures threads is loaded, see JobManager::setThreadInit).
    std::function<void(Lane, int)> init;
    int threads = 1;
    bool initialised = false;
};

// One lane: a worker thread with a FIFO queue.
// Thread: queue guarded by the state's mutex; the worker thread runs jobs, everything else is GUI-side.
class LaneWorker
{
public:
    LaneWorker(Lane lane, std::string name, int threads, std::function<void(Lane, int)> init)
        : m_s(std::make_shared<LaneState>())
    {
        m_s->lane = lane;
        m_s->name = std::move(name);
        m_s->init = std::move(init);
        m_s->threads = threads;
        m_thread = std::thread([s = m_s] {
#ifdef __linux__
            pthread_setname_np(pthread_self(), s->name.substr(0, 15).c_str()); // 15 chars + NUL at most
#endif
            lowerPriorityOfBackgroundLane(s->lane);
            loop(*s);
        });
    }

    void setInit(std::function<void(Lane, int)> init)
    {
        std::lock_guard lock(m_s->mutex);
        m_s->init = std::move(init);
    }

    ~LaneWorker()
    {
        stopAndJoin(std::chrono::milliseconds(0), /*detachIfStuck=*/true);
    }

    void enqueue(std::shared_ptr<JobControl> control, QList<std::shared_ptr<JobControl>> *superseded)
    {
        {
            std::lock_guard lock(m_s->mutex);
            const QString &key = control->request.coalesceKey;
            if (!key.isEmpty()) {
                for (auto it = m_s->queue.begin(); it != m_s->queue.end();) {
                    if ((*it)->request.coalesceKey == key) {
                        superseded->append(*it);
                        it = m_s->queue.erase(it);
                    } else {
                        ++it;
                    }
                }
            }
            m_s->queue.push_back(std::move(control));
        }
        m_s->wake.notify_one();
    }

    // Removes a queued job; false if a worker has already taken it.
    bool removeQueued(const JobControl *control)
    {
        std::lock_guard lock(m_s->mutex);
        for (auto it = m_s->queue.begin(); it != m_s->queue.end(); ++it) {
            if (it->get() == control) {
                m_s->queue.erase(it);
                return true;
            }
        }
        return false;
    }

    QList<std::shared_ptr<JobControl>> takeQueued()
    {
        std::lock_guard lock(m_s->mutex);
        QList<std::shared_ptr<JobControl>> out(m_s->queue.begin(), m_s->queue.end());
        m_s->queue.clear();
        return out;
    }

    void cancelRunning()
    {
        std::lock_guard lock(m_s->mutex);
        if (m_s->running) {
            m_s->running->stop.request_stop();
            m_s->running->wake.notify_all();
        }
    }

    // Tells the worker to exit after its current job, without waiting.
    void requestQuit()
    {
        {
            std::lock_guard lock(m_s->mutex);
            m_s->quit = true;
        }
        m_s->wake.notify_all();
    }

    // Stops the worker after its current job; waits up to `wait`. Returns true when it stopped.
    bool stopAndJoin(std::chrono::milliseconds wait, bool detachIfStuck)
    {
        if (!m_thread.joinable())
            return true;
        requestQuit();
        std::unique_lock lock(m_s->mutex);
        const bool stopped = m_s->exitedCv.wait_for(lock, wait, [&] { return m_s->exited; });
        if (!stopped && detachIfStuck) {
            // A job body that ignores its stop token must not hold the studio open: the worker is
            // left to finish on its own, and its job may no longer reach the GUI (its handle is
            // about to go away).
            if (m_s->running) {
                std::lock_guard controlLock(m_s->running->mutex);
                m_s->running->abandoned = true;
            }
            lock.unlock();
            m_thread.detach();
            return false;
        }
        lock.unlock();
        m_thread.join();
        return true;
    }

private:
    // Training and I/O lanes yield to the GUI and interactive threads when the cores are busy:
    // on a 2-core laptop the event loop would otherwise compete with full-speed training.
    static void lowerPriorityOfBackgroundLane(Lane lane)
    {
#ifdef __linux__
        if (lane == Lane::Interactive)
            return;
        const int nice = lane == Lane::Training ? 10 : 5;
        setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), nice);
#else
        Q_UNUSED(lane);
#endif
    }

    static void loop(LaneState &s)
    {
        std::function<void(Lane, int)> init;
        for (;;) {
            std::shared_ptr<JobControl> next;
            {
                std::unique_lock lock(s.mutex);
                s.wake.wait(lock, [&] { return s.quit || !s.queue.empty(); });
                if (s.quit) {
                    s.exited = true;
                    s.exitedCv.notify_all();
                    return;
                }
                next = std::move(s.queue.front());
                s.queue.pop_front();
                s.running = next;
                if (!s.initialised && s.init) {
                    init = s.init;
                    s.initialised = true;
                }
            }
            if (init) {
                init(s.lane, s.threads);
                init = nullptr;
            }
            JobRunner::run(next);
            std::lock_guard lock(s.mutex);
            s.running.reset();
        }
    }

    std::shared_ptr<LaneState> m_s;
    std::thread m_thread;
};

JobManager::JobManager(Options options, QObject *parent) : QObject(parent), m_options(std::move(options))
{
    qRegisterMetaType<genlab::engine::Partial>();
    m_interactive = std::make_unique<LaneWorker>(Lane::Interactive, "genlab:interact", m_options.interactiveThreads,
                                                 m_options.threadInit);
    m_training = std::make_unique<LaneWorker>(Lane::Training, "genlab:train", m_options.trainingThreads,
                                              m_options.threadInit);
    m_io = std::make_unique<LaneWorker>(Lane::IO, "genlab:io", m_options.ioThreads, m_options.threadInit);
}

void JobManager::setThreadInit(std::function<void(Lane, int)> init)
{
    m_options.threadInit = init;
    for (LaneWorker *lane : allLanes())
        lane->setInit(init);
}

JobManager::~JobManager()
{
    shutdown(2000);
}

LaneWorker *JobManager::laneFor(Lane lane, const QString &lab)
{
    switch (lane) {
    case Lane::Interactive: {
        if (lab.isEmpty() || !m_options.lanePerLab)
            return m_interactive.get();
        std::unique_ptr<LaneWorker> &worker = m_labLanes[lab];
        if (!worker)
            worker = std::make_unique<LaneWorker>(Lane::Interactive, "genlab:" + lab.toStdString(),
                                                  m_options.interactiveThreads, m_options.threadInit);
        return worker.get();
    }
    case Lane::Training:
        return m_training.get();
    case Lane::IO:
        return m_io.get();
    }
    return m_io.get();
}

std::vector<LaneWorker *> JobManager::allLanes() const
{
    std::vector<LaneWorker *> out{m_interactive.get(), m_training.get(), m_io.get()};
    for (const auto &[lab, worker] : m_labLanes)
        out.push_back(worker.get());
    return out;
}

int JobManager::interactiveLaneCount() const
{
    return 1 + int(m_labLanes.size());
}

Job *JobManager::submit(JobRequest request)
{
    auto *job = new Job(m_nextId++, std::move(request), this);
    m_jobs.append(job);
    connect(job, &Job::finished, this, [this, job] { onJobFinished(job); });
    Q_EMIT jobAdded(job);
    Q_EMIT activeCountChanged(activeCount());
    if (m_shutDown || !job->m_request.work) {
        job->finish(m_shutDown ? JobState::Canceled : JobState::Failed,
                    m_shutDown ? tr("the studio is closing") : tr("nothing to run"), {});
        return job;
    }
    QList<std::shared_ptr<JobControl>> superseded;
    laneFor(job->lane(), job->lab())->enqueue(job->m_control, &superseded);
    for (const auto &c : superseded) {
        if (c->job)
            c->job->finish(JobState::Canceled, tr("superseded by a newer request"), {});
    }
    return job;
}

void JobManager::cancelQueued(quint64 id)
{
    for (const auto &job : std::as_const(m_jobs)) {
        if (job && job->id() == id && job->state() == JobState::Queued) {
            if (laneFor(job->lane(), job->lab())->removeQueued(job->m_control.get()))
                job->finish(JobState::Canceled, tr("canceled before it started"), {});
            return;
        }
    }
}

void JobManager::cancelAll()
{
    for (LaneWorker *lane : allLanes()) {
        for (const auto &c : lane->takeQueued()) {
            c->stop.request_stop();
            if (c->job)
                c->job->finish(JobState::Canceled, tr("canceled"), {});
        }
        lane->cancelRunning();
    }
    for (const auto &job : std::as_const(m_jobs)) {
        if (job && !job->isFinished()) {
            job->m_control->stop.request_stop();
            job->m_control->wake.notify_all();
        }
    }
}

bool JobManager::shutdown(int timeoutMs)
{
    if (m_shutDown)
        return true;
    m_shutDown = true;
    cancelAll();
    QDeadlineTimer deadline(timeoutMs);
    bool allStopped = true;
    // Every lane is told to quit first, so they wind down in parallel and one slow lane does not
    // use up the others' share of the deadline (there is a lane per lab).
    const std::vector<LaneWorker *> lanes = allLanes();
    for (LaneWorker *lane : lanes)
        lane->requestQuit();
    for (LaneWorker *lane : lanes) {
        auto left = std::chrono::milliseconds(std::max<qint64>(0, deadline.remainingTime()));
        allStopped = lane->stopAndJoin(left, /*detachIfStuck=*/true) && allStopped;
    }
    // Jobs whose terminal state was still in flight end as canceled now, exactly once.
    for (const auto &job : std::as_const(m_jobs)) {
        if (job && !job->isFinished())
            job->finish(JobState::Canceled, tr("the studio is closing"), {});
    }
    return allStopped;
}

QList<Job *> JobManager::jobs() const
{
    QList<Job *> out;
    for (const auto &job : m_jobs)
        if (job)
            out.append(job);
    return out;
}

int JobManager::activeCount() const
{
    int n = 0;
    for (const auto &job : m_jobs)
        if (job && !job->isFinished())
            ++n;
    return n;
}

int JobManager::runningCount() const
{
    int n = 0;
    for (const auto &job : m_jobs)
        if (job && (job->state() == JobState::Running || job->state() == JobState::Paused))
            ++n;
    return n;
}

void JobManager::onJobFinished(Job *)
{
    Q_EMIT activeCountChanged(activeCount());
    prune();
}

void JobManager::prune()
{
    int finished = 0;
    for (const auto &job : m_jobs)
        if (job && job->isFinished())
            ++finished;
    while (finished > m_options.recentLimit) {
        for (int i = 0; i < m_jobs.size(); ++i) {
            Job *job = m_jobs[i];
            if (job && job->isFinished()) {
                m_jobs.removeAt(i);
                Q_EMIT jobRemoved(job);
                job->deleteLater();
                --finished;
                break;
            }
        }
    }
    m_jobs.removeAll(QPointer<Job>());
}

} // namespace genlab::services
