#include "engine/base/threadbudget.h"

#include <algorithm>
#include <thread>

namespace genlab::engine {

ThreadBudget planThreadBudget(int cores)
{
    ThreadBudget b;
    if (cores <= 0) {
        const unsigned n = std::thread::hardware_concurrency();
        cores = n == 0 ? 1 : int(n);
    }
    b.cores = cores;
    // The interactive lane needs low latency, not width; training takes the rest of the cores.
    // The I/O lane mostly waits on disks and codecs, so it gets one thread that is not counted.
    b.interactive = 1;
    b.training = std::max(1, b.cores - b.interactive);
    b.io = 1;
    b.cli = b.cores;
    return b;
}

} // namespace genlab::engine
