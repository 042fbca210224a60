#pragma once
// Private to the job engine: the state a Job shares with the worker that runs it.

#include "services/job.h"

#include <QPointer>

#include <condition_variable>
#include <mutex>
#include <stop_token>
#include <vector>

namespace genlab::services {

// Thread: shared by the GUI thread and one worker; every field is guarded by `mutex` unless atomic.
struct JobControl
{
    std::stop_source stop;
    std::mutex mutex;
    std::condition_variable wake; // pause gate
    bool paused = false;
    int stepAllowance = 0;

    // Latest progress and pending partial results, handed to the GUI thread in batches.
    double progress = 0;
    std::string stage;
    bool progressFlushScheduled = false;
    std::vector<engine::Partial> partials;
    bool partialFlushScheduled = false;

    QPointer<Job> job; // only dereferenced on the GUI thread
    // Set when the studio shut down while this job's body ignored its stop request: the worker
    // then never posts to the (soon destroyed) Job again.
    bool abandoned = false;
    JobRequest request;

    void pauseGate();
};

} // namespace genlab::services
