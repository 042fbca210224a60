// Text decoding speed: batch-1 greedy decoding with the key/value cache for the shipped small
// model's shape and a GPT-2-small-sized (124M) model, against Debian's python3-torch running the
// same weights and the same greedy loop (tests/python/gpt2_decode_peer.py) in the same run; the
// 124M model's fraction of the memory roofline; the same model with bf16 and int8 weights against
// fp32; flatness over the context; time to first token.

#include "benchmark.h"

#include "engine/gpt/gptmodel.h"
#include "engine/runtime/compute.h"
#include "engine/text/tokenizer.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstdint>
#include <filesystem>
#include <map>
#include <fstream>
#include <random>
#include <thread>
#include <unistd.h>

namespace {

using namespace genlab::engine;
using namespace genlab::engine::gpt;
using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

constexpr const char *kPeerName = "python3-torch 1.13 (HF-style GPT-2, KV cache)";

// Read bandwidth with the threads decoding uses: the denominator of the roofline fraction. The
// buffer has the size of the weights a token reads, and each pass is one measurement, taken
// between decoding repetitions so that both see the same moment of a shared machine.
// Thread: the benchmark's own thread (a pass with more threads spawns and joins them).
class BandwidthProbe
{
public:
    BandwidthProbe(std::int64_t bytes, int threads)
        : m_buffer(std::size_t(std::max<std::int64_t>(bytes, 8 << 20)) / sizeof(std::uint64_t)), m_threads(threads)
    {
        for (std::size_t i = 0; i < m_buffer.size(); ++i)
            m_buffer[i] = i * 0x9E3779B97F4A7C15ull;
        pass(); // first touch done; caches and TLBs as in steady decoding
    }

    double pass()
    {
        const std::size_t words = m_buffer.size();
        std::vector<std::uint64_t> sums(std::size_t(m_threads) * 8);
        const std::uint64_t *data = m_buffer.data();
        auto read = [&](int t) {
            const std::size_t begin = words * std::size_t(t) / std::size_t(m_threads);
            const std::size_t end = words * std::size_t(t + 1) / std::size_t(m_threads);
            std::uint64_t s0 = 0, s1 = 0, s2 = 0, s3 = 0;
            std::size_t i = begin;
            for (; i + 4 <= end; i += 4) {
                s0 += data[i];
                s1 += data[i + 1];
                s2 += data[i + 2];
                s3 += data[i + 3];
            }
            for (; i < end; ++i)
                s0 += data[i];
            sums[std::size_t(t) * 8] = s0 + s1 + s2 + s3;
        };
        const auto t0 = Clock::now();
        if (m_threads == 1) {
            read(0); // on the decoding thread itself, as the decoding reads
        } else {
            std::vector<std::thread> pool;
            for (int t = 0; t < m_threads; ++t)
                pool.emplace_back(read, t);
            for (auto &th : pool)
                th.join();
        }
        const double seconds = std::chrono::duration<double>(Clock::now() - t0).count();
        m_sink += sums[0];
        return double(words * sizeof(std::uint64_t)) / seconds;
    }

    std::int64_t bytes() const { return std::int64_t(m_buffer.size() * sizeof(std::uint64_t)); }

private:
    std::vector<std::uint64_t> m_buffer;
    int m_threads;
    volatile std::uint64_t m_sink = 0; // keeps the reads from being optimised away
};

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

std::string spread(const std::vector<double> &v)
{
    if (v.empty())
        return {};
    const auto [lo, hi] = std::minmax_element(v.begin(), v.end());
    return std::to_string(*lo) + " .. " + std::to_string(*hi);
}

void writeHfConfig(const std::string &path, const GptConfig &c)
{
    nlohmann::json j = {{"model_type", "gpt2"},          {"activation_function", "gelu_new"},
                        {"vocab_size", c.vocabSize},     {"n_positions", c.contextLength},
                        {"n_ctx", c.contextLength},      {"n_layer", c.layers},
                        {"n_head", c.heads},             {"n_embd", c.embedDim},
                        {"layer_norm_epsilon", c.layerNormEps}};
    std::ofstream(path) << j.dump(2);
}

std::string joinIds(const std::vector<int> &ids)
{
    std::string s;
    for (int id : ids)
        s += (s.empty() ? "" : ",") + std::to_string(id);
    return s;
}

std::vector<int> randomIds(int count, int vocab, std::uint32_t seed)
{
    std::mt19937 gen(seed);
    std::vector<int> ids(static_cast<std::size_t>(count));
    for (auto &id : ids)
        id = int(gen() % std::uint32_t(vocab));
    return ids;
}

struct DecodeRun
{
    double tokensPerSecond = 0;
    std::vector<int> ids;
};

// Greedy decoding through the public generate() (sampling pipeline and traces included).
DecodeRun greedy(GptModel &model, const std::vector<int> &prompt, int tokens)
{
    SamplingSettings s;
    s.greedy = true;
    s.maxTokens = tokens;
    model.resetCache();
    GenerationResult r = model.generate(prompt, s);
    return {r.tokensPerSecond, r.ids};
}

struct Peer
{
    std::optional<nlohmann::json> result;
    std::string why;
};

Peer runPeer(const std::string &weights, const std::string &config, int threads, const std::vector<int> &prompt,
             int tokens, const std::vector<int> &contexts, int contextTokens)
{
    std::string contextList;
    for (int c : contexts)
        contextList += (contextList.empty() ? "" : ",") + std::to_string(c);
    const std::string script = std::string(GENLAB_SOURCE_DIR) + "/tests/python/gpt2_decode_peer.py";
    Peer peer;
    auto out = genlab::bench::runPythonPeer(
        "import runpy, sys; sys.argv = sys.argv[1:]; runpy.run_path(sys.argv[0], run_name='__main__')",
        {script, "--weights", weights, "--config", config, "--threads", std::to_string(threads), "--prompt",
         joinIds(prompt), "--tokens", std::to_string(tokens), "--contexts", contextList, "--context-tokens",
         std::to_string(contextTokens)},
        &peer.why);
    if (out) {
        auto j = nlohmann::json::parse(*out, nullptr, false);
        if (j.is_object())
            peer.result = j;
        else
            peer.why = "the Python peer printed no JSON";
    }
    return peer;
}

void reportRate(genlab::bench::Reporter &r, const std::string &name, double ours, const Peer &peer,
                const std::optional<double> &peerValue, std::map<std::string, std::string> extra)
{
    genlab::bench::Result res{.name = name, .value = ours, .unit = "tokens/s"};
    res.extra = std::move(extra);
    if (peerValue && *peerValue > 0) {
        res.peer = kPeerName;
        res.peerValue = *peerValue;
        res.ratio = ours / *peerValue;
    } else {
        res.note = "no peer: " + (peer.why.empty() ? std::string("not measured") : peer.why);
    }
    r.report(std::move(res));
}

GptConfig smallConfig(std::string *origin)
{
    const fs::path shipped = fs::path(GENLAB_SOURCE_DIR) / "resources/models/lm-shakespeare-bpe/config.json";
    if (fs::exists(shipped)) {
        std::ifstream in(shipped);
        std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        try {
            *origin = "shape of resources/models/lm-shakespeare-bpe, random weights";
            return GptConfig::fromJson(text);
        } catch (const std::exception &) {
        }
    }
    *origin = "planned shipped shape (char vocabulary, 4 layers, 4 heads, width 128, context 128), random weights";
    return GptConfig{66, 128, 4, 4, 128};
}

// The command's threads, or OMP_NUM_THREADS when set: on a shared machine one thread gives
// figures that other people's work disturbs less.
int decodeThreads()
{
    if (const char *env = std::getenv("OMP_NUM_THREADS"))
        if (const int n = std::atoi(env); n > 0)
            return n;
    return planThreadBudget().cli;
}

void decodeBench(genlab::bench::Reporter &r)
{
    const int threads = decodeThreads();
    configureWorkerThread(threads);
    const fs::path dir = fs::temp_directory_path() / ("genlab-bench-text-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const std::map<std::string, std::string> common{{"threads", std::to_string(threads)}, {"device", "cpu"}};

    struct Case
    {
        std::string name;
        GptConfig config;
        int tokens;
        std::vector<int> contexts;
        std::string origin;
        int repetitions;
    };
    std::string smallOrigin;
    const GptConfig small = smallConfig(&smallOrigin);
    const GptConfig gpt2Small{50257, 1024, 12, 12, 768};
    const std::vector<Case> cases{
        // Stay inside the context: prompt (8) + generated tokens <= contextLength, as the peer requires.
        {"small", small, std::max(16, small.contextLength - 8), {}, smallOrigin, 1},
        {"gpt2_124m", gpt2Small, 48, {64, 256, 1000}, "GPT-2 small shape, random weights", 5},
    };
    const int contextTokens = 16;
    BandwidthProbe probe(gpt2Small.decodeWeightBytes(), threads);

    for (const auto &c : cases) {
        const fs::path caseDir = dir / c.name;
        fs::create_directories(caseDir);
        const std::string weights = (caseDir / "model.safetensors").string();
        const std::string config = (caseDir / "config.json").string();
        GptModel::createRandom(c.config, 1234).saveSafetensors(weights);
        writeHfConfig(config, c.config);

        // The 124M model also decodes with bf16 and int8 weights, interleaved with fp32 and with
        // the bandwidth probe so that all see the same load; each figure is the median.
        const bool formats = c.name == "gpt2_124m";
        std::vector<WeightFormat> order{WeightFormat::Fp32};
        if (formats)
            order = {WeightFormat::Fp32, WeightFormat::Bf16, WeightFormat::Int8};
        std::map<WeightFormat, GptModel> models;
        for (WeightFormat f : order)
            models.emplace(f, GptModel::openSafetensors(weights, c.config, {}, GptLoadOptions{f}));
        const std::vector<int> prompt = randomIds(8, c.config.vocabSize, 7);
        for (auto &[f, m] : models)
            greedy(m, prompt, 4); // warm-up
        std::map<WeightFormat, std::vector<double>> rates;
        std::map<WeightFormat, std::vector<int>> ids;
        std::vector<double> bandwidths;
        for (int rep = 0; rep < c.repetitions; ++rep) {
            for (std::size_t k = 0; k < order.size(); ++k) {
                const WeightFormat f = order[(std::size_t(rep) + k) % order.size()]; // rotate who goes first
                const DecodeRun run = greedy(models.at(f), prompt, c.tokens);
                rates[f].push_back(run.tokensPerSecond);
                ids[f] = run.ids;
            }
            if (formats)
                bandwidths.push_back(probe.pass());
        }
        DecodeRun ours{median(rates[WeightFormat::Fp32]), ids[WeightFormat::Fp32]};
        GptModel &model = models.at(WeightFormat::Fp32);
        std::map<std::string, double> oursAtContext;
        for (int ctx : c.contexts)
            oursAtContext[std::to_string(ctx)] =
                greedy(model, randomIds(ctx, c.config.vocabSize, std::uint32_t(ctx)), contextTokens).tokensPerSecond;

        const Peer peer = runPeer(weights, config, threads, prompt, c.tokens, c.contexts, contextTokens);
        auto extra = common;
        extra["model"] = c.origin;
        extra["params"] = std::to_string(c.config.parameterCount());
        extra["tokens"] = std::to_string(c.tokens);
        if (c.repetitions > 1) {
            extra["repetitions"] = std::to_string(c.repetitions) + " (median; interleaved with bf16, int8, bandwidth)";
            extra["range"] = spread(rates[WeightFormat::Fp32]);
        }
        std::optional<double> peerRate;
        if (peer.result) {
            peerRate = peer.result->value("tokens_per_s", 0.0);
            std::vector<int> peerIds = peer.result->value("ids", std::vector<int>{});
            extra["same_tokens_as_peer"] = peerIds == ours.ids ? "yes" : "no";
        }
        reportRate(r, "text.decode." + c.name + ".tokens_per_s", ours.tokensPerSecond, peer, peerRate, extra);

        if (formats) {
            const double bandwidth = median(bandwidths);
            r.report({.name = "text.decode.memory_read_bandwidth", .value = bandwidth / 1e9, .unit = "GB/s",
                      .extra = {{"threads", std::to_string(threads)},
                                {"bytes", std::to_string(probe.bytes())},
                                {"repetitions", std::to_string(bandwidths.size())},
                                {"range_gb_s", [&] {
                                     std::vector<double> gb;
                                     for (double b : bandwidths)
                                         gb.push_back(b / 1e9);
                                     return spread(gb);
                                 }()}},
                      .note = "sequential read of the 124M model's fp32 decode bytes, median of passes interleaved "
                              "with the decoding; the roofline's denominator"});
            const double bytesPerToken = double(c.config.decodeWeightBytes());
            r.report({.name = "text.decode.gpt2_124m.roofline_fraction",
                      .value = ours.tokensPerSecond * bytesPerToken / bandwidth,
                      .unit = "fraction",
                      .extra = {{"weight_bytes_per_token", std::to_string(std::int64_t(bytesPerToken))},
                                {"bandwidth_gb_s", std::to_string(bandwidth / 1e9)}},
                      .note = "tokens/s x fp32 weight bytes per token / measured read bandwidth (both medians)"});
            // The position table is held but only one row of it is read per token.
            const std::int64_t unread = std::int64_t(c.config.contextLength - 1) * c.config.embedDim * 4;
            for (WeightFormat f : {WeightFormat::Bf16, WeightFormat::Int8}) {
                const std::string name(weightFormatName(f));
                const double rate = median(rates[f]);
                const double bytes = double(models.at(f).weightBytes() - unread);
                genlab::bench::Result res{.name = "text.decode.gpt2_124m_" + name + ".tokens_per_s", .value = rate,
                                          .unit = "tokens/s"};
                res.peer = "fp32 weights, same run";
                res.peerValue = ours.tokensPerSecond;
                res.ratio = ours.tokensPerSecond > 0 ? rate / ours.tokensPerSecond : 0;
                res.extra = common;
                res.extra["weights"] = name;
                res.extra["weight_bytes_per_token"] = std::to_string(std::int64_t(bytes));
                res.extra["roofline_fraction"] = std::to_string(rate * bytes / bandwidth);
                res.extra["repetitions"] = std::to_string(c.repetitions) + " (median)";
                res.extra["range"] = spread(rates[f]);
                res.extra["same_greedy_tokens_as_fp32"] = ids[f] == ours.ids ? "yes" : "no";
                res.extra["isa"] = "best of this CPU (GENLAB_DECODE_ISA=avx2|portable caps it)";
                res.note = "ratio: tokens/s against fp32 weights, medians of interleaved repetitions";
                r.report(std::move(res));
            }
            for (const auto &[ctx, rate] : oursAtContext) {
                std::optional<double> peerCtx;
                if (peer.result && peer.result->contains("contexts"))
                    peerCtx = (*peer.result)["contexts"].value(ctx, 0.0);
                auto ctxExtra = common;
                ctxExtra["context_tokens"] = ctx;
                ctxExtra["decoded"] = std::to_string(contextTokens);
                reportRate(r, "text.decode.gpt2_124m.ctx" + ctx, rate, peer, peerCtx, ctxExtra);
            }
        }
    }

    fs::remove_all(dir);
}

// Time to first token: open a 124M model folder (config.json + model.safetensors + GPT-2 BPE
// files), encode a prompt, produce one token.
void firstTokenBench(genlab::bench::Reporter &r)
{
    const int threads = planThreadBudget().cli;
    configureWorkerThread(threads);
    const fs::path shared = fs::path(GENLAB_SHARED_DATA_DIR) / "gpt2";
    if (!fs::exists(shared / "encoder.json") || !fs::exists(shared / "vocab.bpe")) {
        r.report({.name = "text.first_token_ms", .value = 0, .unit = "ms",
                  .note = "GPT-2 tokenizer files missing from ../shared/data/gpt2"});
        return;
    }
    const fs::path folder = fs::temp_directory_path() / ("genlab-bench-first-token-" + std::to_string(::getpid()));
    fs::create_directories(folder);
    const GptConfig config{50257, 1024, 12, 12, 768};
    GptModel::createRandom(config, 99).saveSafetensors((folder / "model.safetensors").string());
    writeHfConfig((folder / "config.json").string(), config);
    fs::copy_file(shared / "encoder.json", folder / "encoder.json", fs::copy_options::overwrite_existing);
    fs::copy_file(shared / "vocab.bpe", folder / "vocab.bpe", fs::copy_options::overwrite_existing);
    double best = 1e30;
    for (int round = 0; round < 2; ++round) {
        const auto t0 = Clock::now();
        GptModel model = GptModel::open(folder.string());
        SamplingSettings s;
        s.maxTokens = 1;
        s.seed = 1;
        model.generate(model.tokenizer()->encode("To be, or not to be, that is the question:"), s);
        best = std::min(best, std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
    }
    r.report({.name = "text.first_token_ms", .value = best, .unit = "ms",
              .extra = {{"threads", std::to_string(threads)}, {"device", "cpu"}},
              .note = "open a 124M folder (weights in the page cache), load the GPT-2 tokenizer, encode, one token; "
                      "best of 2"});
    fs::remove_all(folder);
}

GENLAB_BENCHMARK("text.decode", decodeBench);
GENLAB_BENCHMARK("text.first_token_ms", firstTokenBench);

} // namespace
