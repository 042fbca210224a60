#pragma once
// How many threads each kind of worker may use. Plain C++ (no LibTorch): the studio's window plans
// its job lanes before the engine is loaded.

namespace genlab::engine {

// Chosen once so that LibTorch, OpenCV and the pools together stay within the cores.
struct ThreadBudget
{
    int cores = 1;
    int interactive = 1; // the per-device interactive lane (generation, slider decoding)
    int training = 1;    // the training lane
    int io = 1;          // decode/encode, index builds
    int cli = 1;         // a headless command running alone
};
ThreadBudget planThreadBudget(int cores = 0); // 0: detect

} // namespace genlab::engine
