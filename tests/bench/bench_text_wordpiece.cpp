// BERT WordPiece encoding throughput on one thread: tiny Shakespeare (1.1 MB) with
// bert-base-uncased's vocab.txt (loading is not timed), and how long learning a 4,000-token
// vocabulary on the same text takes. No peer: Hugging Face's tokenizers/transformers are not Debian
// packages and are not installed.

#include "benchmark.h"

#include "engine/text/wordpiecetokenizer.h"

#include <QFile>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <stdexcept>

namespace {

using namespace genlab::engine::text;
using Clock = std::chrono::steady_clock;

constexpr const char *kNoPeer =
    "no peer: Hugging Face's tokenizers/transformers are not Debian packages and are deliberately not installed";

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

void wordPieceBench(genlab::bench::Reporter &r)
{
    const std::string corpus = readFile(sharedPath("tinyshakespeare/input.txt"));
    const auto l0 = Clock::now();
    const WordPieceTokenizer tokenizer = WordPieceTokenizer::fromVocabFile(sharedPath("bert-base-uncased/vocab.txt"));
    const double loadMs = std::chrono::duration<double, std::milli>(Clock::now() - l0).count();

    const int reps = 7;
    std::vector<double> rates, cpuRates;
    std::size_t tokens = 0;
    for (int rep = 0; rep < reps; ++rep) {
        const auto t0 = Clock::now();
        const double c0 = threadCpuSeconds();
        const std::vector<int> ids = tokenizer.encode(corpus);
        const double c1 = threadCpuSeconds();
        const auto t1 = Clock::now();
        tokens = ids.size();
        rates.push_back(double(corpus.size()) / 1e6 / std::chrono::duration<double>(t1 - t0).count());
        cpuRates.push_back(double(corpus.size()) / 1e6 / std::max(c1 - c0, 1e-9));
    }
    genlab::bench::Result res;
    res.name = "text.wordpiece_encode_mb_per_s";
    res.value = genlab::bench::percentile(rates, 50);
    res.unit = "MB/s";
    res.extra = {{"input", "tinyshakespeare/input.txt"},
                 {"vocabulary", "bert-base-uncased/vocab.txt (uncased)"},
                 {"bytes", std::to_string(corpus.size())},
                 {"tokens", std::to_string(tokens)},
                 {"threads", "1"},
                 {"repetitions", std::to_string(reps) + " (median)"},
                 {"load_ms", std::to_string(int(loadMs + 0.5))},
                 {"cpu_time_mb_per_s", std::to_string(genlab::bench::percentile(cpuRates, 50))}};
    res.note = std::string("MB = 10^6 bytes; ") + kNoPeer;
    r.report(std::move(res));

    const auto v0 = Clock::now();
    const std::vector<std::string> vocab = WordPieceTokenizer::learnVocabulary(corpus, 4000);
    const double learnS = std::chrono::duration<double>(Clock::now() - v0).count();
    const WordPieceTokenizer learned = WordPieceTokenizer::fromVocab(vocab, {}, "learned");
    genlab::bench::Result learn;
    learn.name = "text.wordpiece_learn_s";
    learn.value = learnS;
    learn.unit = "s";
    learn.extra = {{"input", "tinyshakespeare/input.txt"},
                   {"vocabulary_size", std::to_string(vocab.size())},
                   {"tokens_with_learned_vocabulary", std::to_string(learned.encode(corpus).size())},
                   {"threads", "1"}};
    learn.note = kNoPeer;
    r.report(std::move(learn));
}

GENLAB_BENCHMARK("text.wordpiece", wordPieceBench);

} // namespace
