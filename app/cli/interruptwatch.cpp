#include "cli/interruptwatch.h"

#include <atomic>
#include <chrono>
#include <utility>

namespace genlab::cli {

namespace {

std::atomic<int> g_interrupts{0};

extern "C" void onInterrupt(int)
{
    g_interrupts.fetch_add(1);
    std::signal(SIGINT, SIG_DFL);
}

} // namespace

InterruptWatch::InterruptWatch(std::stop_source stop, std::function<void()> onFirst) : m_previous(std::signal(SIGINT, onInterrupt))
{
    g_interrupts.store(0);
    m_thread = std::jthread([stop, onFirst = std::move(onFirst)](std::stop_token done) mutable {
        while (!done.stop_requested()) {
            if (g_interrupts.load() > 0) {
                stop.request_stop();
                if (onFirst)
                    onFirst();
                return;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    });
}

InterruptWatch::~InterruptWatch()
{
    m_thread.request_stop();
    m_thread.join();
    std::signal(SIGINT, m_previous);
}

} // namespace genlab::cli
