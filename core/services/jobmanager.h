#pragma once

#include "services/job.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace genlab::services {

class LaneWorker;

// Runs all model work off the GUI thread, on lanes:
//  - Interactive: one thread per device (generation, decoding while a slider moves); loaded models
//    stay confined to it, so they need no locks.
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
        int interactiveThreads = 1; // intra-op threads given to each lane's worker (thread budget)
        int trainingThreads = 1;
        int ioThreads = 1;
        // Called first thing on every worker thread with its thread count (sets LibTorch's
        // per-thread intra-op count and OpenCV's). Empty: nothing to configure (tests).
        std::function<void(Lane lane, int threads)> threadInit;
        int recentLimit = 50; // finished jobs kept for the Jobs dock
    };

    explicit JobManager(Options options, QObject *parent = nullptr);
    ~JobManager() override;

    // Queues a job; the returned handle is owned by the manager and stays valid until it is
    // finished and pruned from the recent list (hold it in a QPointer).
    Job *submit(JobRequest request);

    QList<Job *> jobs() const; // queued, running and recent, oldest first
    int activeCount() const;   // queued + running + paused
    int runningCount() const;

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
    LaneWorker *laneFor(Lane lane) const;
    void onJobFinished(Job *job);
    void prune();

    Options m_options;
    std::unique_ptr<LaneWorker> m_interactive, m_training, m_io;
    QList<QPointer<Job>> m_jobs;
    quint64 m_nextId = 1;
    bool m_shutDown = false;
};

} // namespace genlab::services
