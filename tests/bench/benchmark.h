#pragma once
// genlab-bench's registry. A benchmark reports one or more results; each becomes one JSON line:
// {"name": "...", "value": ..., "unit": "...", ["peer": "...", "peer_value": ..., "ratio": ...], ...}

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace genlab::bench {

struct Result
{
    std::string name;  // stable, dotted: "eventloop.p99_ms"
    double value = 0;
    std::string unit;  // "ms", "MB/s", "images/s", ...
    std::optional<std::string> peer;     // what we compared against, e.g. "python3-torch 1.13"
    std::optional<double> peerValue;
    std::optional<double> ratio;         // ours / peer, > 1 means we are better for rates
    std::map<std::string, std::string> extra; // free-form context (threads, sizes)
    std::string note;                    // e.g. why the peer is missing
};

class Reporter
{
public:
    void report(Result r);
    const std::vector<Result> &results() const { return m_results; }

private:
    std::vector<Result> m_results;
};

struct Benchmark
{
    std::string name; // prefix of the result names it produces
    std::function<void(Reporter &)> run;
};

std::vector<Benchmark> &registry();

struct Registrar
{
    Registrar(std::string name, std::function<void(Reporter &)> run);
};

// Runs Debian's /usr/bin/python3 (which has python3-torch) on a script; returns stdout or nullopt
// with *why set when the interpreter or torch is missing or the script failed.
std::optional<std::string> runPythonPeer(const std::string &script, const std::vector<std::string> &args,
                                         std::string *why, int timeoutMs = 600000);
// Percentile of a sample (p in [0,100]); the vector is sorted in place.
double percentile(std::vector<double> &samples, double p);

// Processes events until done() holds; false when timeoutMs passed first.
bool waitUntil(const std::function<bool()> &done, int timeoutMs);

// How late the GUI event loop runs: a precise timer every intervalMs for durationMs, each tick's
// lateness in ms (what a user feels as a stutter). tick(), when given, runs on every tick (to drive
// the work being measured) and may end the measurement early by returning true.
std::vector<double> measureEventLoopLateness(int durationMs, const std::function<bool()> &tick = {},
                                             int intervalMs = 4);

} // namespace genlab::bench

#define GENLAB_BENCH_CONCAT2(a, b) a##b
#define GENLAB_BENCH_CONCAT(a, b) GENLAB_BENCH_CONCAT2(a, b)
#define GENLAB_BENCHMARK(name, fn)                                                                   \
    static ::genlab::bench::Registrar GENLAB_BENCH_CONCAT(genlabBenchRegistrar_, __LINE__)(name, fn)
