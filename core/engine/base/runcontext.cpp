#include "engine/base/runcontext.h"

#include <algorithm>

namespace genlab::engine {

void RunContext::checkpoint() const
{
    if (pauseGate && !stop.stop_requested())
        pauseGate();
    if (stop.stop_requested())
        throw Canceled();
}

void RunContext::progress(double fraction, std::string_view stage) const
{
    if (onProgress)
        onProgress(std::clamp(fraction, 0.0, 1.0), stage);
}

void RunContext::partial(Partial &&p) const
{
    if (onPartial)
        onPartial(std::move(p));
}

} // namespace genlab::engine
