// Text decoding speed: batch-1 greedy decoding with the key/value cache for the shipped small
// model's shape and a GPT-2-small-sized (124M) model, against Debian's python3-torch running the
// same weights and the same greedy loop (tests/python/gpt2_decode_peer.py) in the same run; the
// 124M model's fraction of the memory roofline; flatness over the context; time to first token.

#include "benchmark.h"

#include "engine/gpt/gptmodel.h"
#include "engine/runtime/compute.h"
#include "engine/text/tokenizer.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <filesystem>
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

// Read bandwidth of a buffer far larger than the caches, with the threads decoding uses: the
// denominator of the roofline fraction.
double readBandwidthBytesPerSecond(int threads)
{
    const std::size_t words = std::size_t(64) << 20; // 512 MiB
    std::vector<std::uint64_t> buffer(words);
    for (std::size_t i = 0; i < words; ++i)
        buffer[i] = i * 0x9E3779B97F4A7C15ull;
    double best = 0;
    std::vector<std::uint64_t> sums(std::size_t(threads) * 8);
    for (int pass = 0; pass < 5; ++pass) {
        const auto t0 = Clock::now();
        std::vector<std::thread> pool;
        for (int t = 0; t < threads; ++t)
            pool.emplace_back([&, t] {
                const std::size_t begin = words * std::size_t(t) / std::size_t(threads);
                const std::size_t end = words * std::size_t(t + 1) / std::size_t(threads);
                std::uint64_t s = 0;
                for (std::size_t i = begin; i < end; ++i)
                    s += buffer[i];
                sums[std::size_t(t) * 8] = s;
            });
        for (auto &th : pool)
            th.join();
        const double seconds = std::chrono::duration<double>(Clock::now() - t0).count();
        best = std::max(best, double(words * sizeof(std::uint64_t)) / seconds);
    }
    return best;
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

void decodeBench(genlab::bench::Reporter &r)
{
    const int threads = planThreadBudget().cli;
    configureWorkerThread(threads);
    const fs::path dir = fs::temp_directory_path() / ("genlab-bench-text-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const std::map<std::string, std::string> common{{"threads", std::to_string(threads)}, {"device", "cpu"}};

    const double bandwidth = readBandwidthBytesPerSecond(threads);
    r.report({.name = "text.decode.memory_read_bandwidth", .value = bandwidth / 1e9, .unit = "GB/s",
              .extra = common, .note = "512 MiB sequential read, the roofline's denominator"});

    struct Case
    {
        std::string name;
        GptConfig config;
        int tokens;
        std::vector<int> contexts;
        std::string origin;
    };
    std::string smallOrigin;
    const GptConfig small = smallConfig(&smallOrigin);
    const std::vector<Case> cases{
        // Stay inside the context: prompt (8) + generated tokens <= contextLength, as the peer requires.
        {"small", small, std::max(16, small.contextLength - 8), {}, smallOrigin},
        {"gpt2_124m", GptConfig{50257, 1024, 12, 12, 768}, 48, {64, 256, 1000}, "GPT-2 small shape, random weights"},
    };
    const int contextTokens = 16;

    for (const auto &c : cases) {
        const fs::path caseDir = dir / c.name;
        fs::create_directories(caseDir);
        const std::string weights = (caseDir / "model.safetensors").string();
        const std::string config = (caseDir / "config.json").string();
        GptModel::createRandom(c.config, 1234).saveSafetensors(weights);
        writeHfConfig(config, c.config);

        GptModel model = GptModel::openSafetensors(weights, c.config);
        const std::vector<int> prompt = randomIds(8, c.config.vocabSize, 7);
        greedy(model, prompt, 4); // warm-up
        const DecodeRun ours = greedy(model, prompt, c.tokens);
        std::map<std::string, double> oursAtContext;
        for (int ctx : c.contexts)
            oursAtContext[std::to_string(ctx)] =
                greedy(model, randomIds(ctx, c.config.vocabSize, std::uint32_t(ctx)), contextTokens).tokensPerSecond;

        const Peer peer = runPeer(weights, config, threads, prompt, c.tokens, c.contexts, contextTokens);
        auto extra = common;
        extra["model"] = c.origin;
        extra["params"] = std::to_string(c.config.parameterCount());
        extra["tokens"] = std::to_string(c.tokens);
        std::optional<double> peerRate;
        if (peer.result) {
            peerRate = peer.result->value("tokens_per_s", 0.0);
            std::vector<int> peerIds = peer.result->value("ids", std::vector<int>{});
            extra["same_tokens_as_peer"] = peerIds == ours.ids ? "yes" : "no";
        }
        reportRate(r, "text.decode." + c.name + ".tokens_per_s", ours.tokensPerSecond, peer, peerRate, extra);

        if (c.name == "gpt2_124m") {
            const double bytesPerToken = double(c.config.decodeWeightBytes());
            r.report({.name = "text.decode.gpt2_124m.roofline_fraction",
                      .value = ours.tokensPerSecond * bytesPerToken / bandwidth,
                      .unit = "fraction",
                      .extra = {{"weight_bytes_per_token", std::to_string(std::int64_t(bytesPerToken))},
                                {"bandwidth_gb_s", std::to_string(bandwidth / 1e9)}},
                      .note = "tokens/s x fp32 weight bytes per token / measured read bandwidth"});
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
