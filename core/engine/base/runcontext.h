#pragma once

#include "engine/base/partial.h"

#include <functional>
#include <stdexcept>
#include <stop_token>
#include <string>
#include <string_view>

namespace genlab::engine {

// Thrown by RunContext::checkpoint() when the job was asked to stop. Engine code lets it
// propagate; the job runner turns it into the "canceled" terminal state.
class Canceled : public std::runtime_error
{
public:
    Canceled() : std::runtime_error("canceled") {}
};

// Everything a long engine computation needs from whoever runs it: a stop token, a progress
// callback, a partial-result callback and a pause gate. The engine knows nothing of threads or
// Qt; it calls checkpoint() once per step and reports what it has.
// Thread: called from the worker running the computation only.
struct RunContext
{
    std::stop_token stop;                                         // default: never stops
    std::function<void(double fraction, std::string_view stage)> onProgress; // may be empty
    std::function<void(Partial &&)> onPartial;                    // may be empty
    // Blocks while the job is paused; returns when resumed, single-stepped or stopped. May be empty.
    std::function<void()> pauseGate;
    // Asks whoever runs the computation to pause it from inside (the job manager sets the job's
    // pause flag and shows it paused): true when the next checkpoint() will wait until the user
    // resumes, single-steps or stops it. Empty, or false, where nobody can resume (the CLI, a job
    // that is not pausable). The training loop uses it to pause a run whose loss became NaN.
    std::function<bool()> requestPause;

    bool stopRequested() const { return stop.stop_requested(); }
    // Call once per step: waits while paused, then throws Canceled if a stop was requested.
    void checkpoint() const;
    // requestPause() when there is one; false otherwise.
    bool pauseSelf() const { return requestPause && requestPause(); }
    void progress(double fraction, std::string_view stage) const;
    void partial(Partial &&p) const;
};

} // namespace genlab::engine
