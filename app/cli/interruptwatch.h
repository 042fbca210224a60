#pragma once
// Ctrl+C for long commands (training, indexing): the first asks the work to stop at its next step
// and prints why it is waiting; the handler then steps aside, so a second Ctrl+C ends the process
// at once.

#include <csignal>
#include <functional>
#include <stop_token>
#include <thread>

namespace genlab::cli {

// Installs the SIGINT handler for its lifetime and turns the first Ctrl+C into stop.request_stop()
// and a call of onFirst, which says what happens now (request_stop is not async-signal-safe, so a
// watcher thread calls both).
// One at a time per process. Thread: the command's; the watcher is its own.
class InterruptWatch
{
public:
    InterruptWatch(std::stop_source stop, std::function<void()> onFirst);
    ~InterruptWatch();
    InterruptWatch(const InterruptWatch &) = delete;
    InterruptWatch &operator=(const InterruptWatch &) = delete;

private:
    using Handler = void (*)(int);
    Handler m_previous;
    std::jthread m_thread;
};

} // namespace genlab::cli
