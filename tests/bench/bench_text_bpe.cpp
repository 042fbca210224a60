// GPT-2 byte-level BPE encoding throughput on one thread: tiny Shakespeare (1.1 MB) with a fresh
// tokenizer per repetition (cold word cache; loading is not timed), and one 10 MB word without
// spaces (the merge loop on a single giant pre-token). No peer: Debian's python3 has no GPT-2
// BPE (tiktoken, tokenizers and transformers are not packaged for it, and are not installed).

#include "benchmark.h"

#include "engine/text/bpetokenizer.h"

#include <QFile>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <random>
#include <stdexcept>

namespace {

using namespace genlab::engine::text;
using Clock = std::chrono::steady_clock;

constexpr const char *kNoPeer =
    "no peer: Debian's /usr/bin/python3 has no GPT-2 BPE (tiktoken/tokenizers/transformers are not Debian "
    "packages and are deliberately not installed)";

std::string sharedPath(const char *relative)
{
    QByteArray base = qgetenv("GENLAB_SHARED_DATA_DIR");
    return (base.isEmpty() ? std::string(GENLAB_SHARED_DATA_DIR) : base.toStdString()) + "/" + relative;
}

std::string readFile(const std::string &path)
{
    QFile f(QString::fromStdString(path));
    if (!f.open(QIODevice::ReadOnly))
        throw std::runtime_error(path + ": cannot read (reference data missing? expected ../shared/data)");
    QByteArray b = f.readAll();
    return std::string(b.constData(), std::size_t(b.size()));
}

// This thread's CPU time: on a shared machine it shows what the wall clock hides.
double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

struct Timing
{
    double mbPerSecond = 0;
    double cpuMbPerSecond = 0; // bytes per second of this thread's CPU time
    double loadMs = 0;
    std::size_t tokens = 0;
};

// Median over repetitions, each with a freshly loaded tokenizer.
Timing measure(const std::string &text, int repetitions)
{
    std::vector<double> rates, cpuRates, loads;
    std::size_t tokens = 0;
    for (int rep = 0; rep < repetitions; ++rep) {
        const auto l0 = Clock::now();
        auto tokenizer = BpeTokenizer::loadFromFolder(sharedPath("gpt2"));
        const auto t0 = Clock::now();
        const double c0 = threadCpuSeconds();
        const std::vector<int> ids = tokenizer->encode(text);
        const double c1 = threadCpuSeconds();
        const auto t1 = Clock::now();
        cpuRates.push_back(double(text.size()) / 1e6 / std::max(c1 - c0, 1e-9));
        tokens = ids.size();
        rates.push_back(double(text.size()) / 1e6 / std::chrono::duration<double>(t1 - t0).count());
        loads.push_back(std::chrono::duration<double, std::milli>(t0 - l0).count());
    }
    return {genlab::bench::percentile(rates, 50), genlab::bench::percentile(cpuRates, 50),
            genlab::bench::percentile(loads, 50), tokens};
}

void bpeBench(genlab::bench::Reporter &r)
{
    const std::string corpus = readFile(sharedPath("tinyshakespeare/input.txt"));
    const int reps = 7;
    const Timing t = measure(corpus, reps);
    genlab::bench::Result res;
    res.name = "text.bpe_encode_mb_per_s";
    res.value = t.mbPerSecond;
    res.unit = "MB/s";
    res.extra = {{"input", "tinyshakespeare/input.txt"},
                 {"bytes", std::to_string(corpus.size())},
                 {"tokens", std::to_string(t.tokens)},
                 {"threads", "1"},
                 {"repetitions", std::to_string(reps) + " (median; fresh tokenizer each, cold cache)"},
                 {"load_ms", std::to_string(int(t.loadMs + 0.5))},
                 {"cpu_time_mb_per_s", std::to_string(t.cpuMbPerSecond)}};
    res.note = std::string("MB = 10^6 bytes; ") + kNoPeer;
    r.report(std::move(res));

    std::string word(10 * 1000 * 1000, 'a');
    std::mt19937 rng(1);
    for (char &c : word)
        c = char('a' + rng() % 26);
    const int wordReps = 3;
    const Timing w = measure(word, wordReps);
    genlab::bench::Result longWord;
    longWord.name = "text.bpe_encode_long_word_mb_per_s";
    longWord.value = w.mbPerSecond;
    longWord.unit = "MB/s";
    longWord.extra = {{"input", "one 10 MB word of random a-z letters, no spaces (seed 1)"},
                      {"tokens", std::to_string(w.tokens)},
                      {"threads", "1"},
                      {"repetitions", std::to_string(wordReps) + " (median)"},
                      {"cpu_time_mb_per_s", std::to_string(w.cpuMbPerSecond)}};
    longWord.note = std::string("MB = 10^6 bytes; ") + kNoPeer;
    r.report(std::move(longWord));
}

GENLAB_BENCHMARK("text.bpe", bpeBench);

} // namespace
