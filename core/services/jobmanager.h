#pragma once

#include "services/job.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace genlab::services {

class LaneWorker;

// Runs all model work off the GUI thread, on lanes:
//  - Interactive: one thread per lab (JobRequest::lab: generation, decoding while a slider moves),
//    created on the lab's first request; work without a lab key shares a default interactive
//    thread. A lab's loaded models stay confined to its thread, so they need no locks, and a long
//    generation in the Text lab never queues the Latent lab's slider decodes behind it.
//  - Training: long jobs that can be paused, resumed and single-stepped.
//  - IO: decode/encode, index builds, saving.
// Within a lane jobs start in submission order. A request with a coalesce key drops queued
// requests with the same key (latest wins). Every job ends in exactly one terminal state.
// Thread: GUI only (construct, submit and query from the GUI thread).
class JobManager : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        // Intra-op threads given to each lane's worker, from engine::planThreadBudget: training
        // gets cores - 1, I/O one (it mostly waits), and EVERY interactive lane (the default one
        // and one per lab that has submitted work) gets interactiveThreads, 1 in the plan. The
        // interactive lanes are mostly idle, waiting for a slider or a prompt, so one thread per
        // lab adds threads, not load: the busy total stays about training's cores - 1 plus the
        // lab the user is working in, and training (niced) yields to it.
        int interactiveThreads = 1;
        int trainingThreads = 1;
        int ioThreads = 1;
        // Called on every worker thread with its thread count before the thread's first job (sets
        // LibTorch's per-thread intra-op count and OpenCV's). Empty: nothing to configure (tests).
        std::function<void(Lane lane, int threads)> threadInit;
        int recentLimit = 50; // finished jobs kept for the Jobs dock
        // false: every lab's interactive work shares the default interactive lane (the layout
        // before lanes per lab; benchmarks use it to show the difference).
        bool lanePerLab = true;
    };

    explicit JobManager(Options options, QObject *parent = nullptr);
    ~JobManager() override;

    // Options::threadInit, given later: the genlab binary builds the manager (its window's Jobs
    // dock needs one) before the engine, which configures the threads, is loaded. Applies to every
    // worker that has not run a job yet; call it before the first submit.
    void setThreadInit(std::function<void(Lane lane, int threads)> init);

    // Queues a job; the returned handle is owned by the manager and stays valid until it is
    // finished and pruned from the recent list (hold it in a QPointer).
    Job *submit(JobRequest request);

    QList<Job *> jobs() const; // queued, running and recent, oldest first
    int activeCount() const;   // queued + running + paused
    int runningCount() const;
    int interactiveLaneCount() const; // the default lane plus one per lab seen so far

    // Cancels everything and waits up to timeoutMs for the workers to stop; returns true when
    // every worker stopped in time. Called when the studio closes.
    bool shutdown(int timeoutMs = 2000);

public Q_SLOTS:
    void cancelAll();

Q_SIGNALS:
    void jobAdded(genlab::services::Job *job);
    void jobRemoved(genlab::services::Job *job);
    void activeCountChanged(int active);

private Q_SLOTS:
    void cancelQueued(quint64 id);

private:
    // The lane a job runs on; an interactive lab's lane is created on its first job.
    LaneWorker *laneFor(Lane lane, const QString &lab);
    std::vector<LaneWorker *> allLanes() const;
    void onJobFinished(Job *job);
    void prune();

    Options m_options;
    std::unique_ptr<LaneWorker> m_interactive, m_training, m_io; // m_interactive: empty lab key
    std::map<QString, std::unique_ptr<LaneWorker>> m_labLanes;   // interactive, one per lab key
    QList<QPointer<Job>> m_jobs;
    quint64 m_nextId = 1;
    bool m_shutDown = false;
};

} // namespace genlab::services
