// The Masked lab's encoder speed: a BERT-base-sized encoder (12 layers, width 768, 12 heads, FFN
// 3072, vocabulary 30522; random weights written once to a temporary folder that both sides read)
// on 128-token inputs, at batch 1 (BertModel::forward) and batch 32 (BertModel::embed: mean
// pooling and normalisation included), and embed() over 64 sentences of mixed lengths (16 to 128
// tokens), against Debian's python3-torch running the same weights the way Hugging Face's
// BertModel does (tests/python/bert_encode_peer.py), at one thread and at two.

#include "benchmark.h"

#include "engine/masked/bertmodel.h"
#include "engine/runtime/compute.h"
#include "engine/text/wordpiecetokenizer.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <random>
#include <unistd.h>

namespace {

using namespace genlab::engine;
using namespace genlab::engine::masked;
using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

constexpr const char *kPeerName = "python3-torch 1.13 (HF-style BertModel + sentence-transformers pooling)";
constexpr int kTokens = 128;
constexpr int kBatch = 32;
constexpr int kVaried = 64;
constexpr int kReps1 = 5;
constexpr int kReps32 = 3;

double medianSeconds(const std::function<void()> &fn, int reps)
{
    std::vector<double> times;
    for (int i = 0; i < reps; ++i) {
        const auto t0 = Clock::now();
        fn();
        times.push_back(std::chrono::duration<double>(Clock::now() - t0).count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

// "[PAD]" ... "[MASK]", then "w5" ... "w30521": token "wN" has id N, so the texts below tokenize to
// known ids the peer is given directly.
std::vector<std::string> benchVocabulary(int size)
{
    std::vector<std::string> v{"[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"};
    for (int i = int(v.size()); i < size; ++i)
        v.push_back("w" + std::to_string(i));
    return v;
}

struct Sentence
{
    std::string text;
    std::vector<int> ids; // with [CLS] and [SEP]
};

Sentence randomSentence(int tokens, int vocab, std::mt19937 &gen)
{
    Sentence s;
    s.ids.push_back(2);
    for (int i = 0; i < tokens - 2; ++i) {
        const int id = 5 + int(gen() % std::uint32_t(vocab - 5));
        s.ids.push_back(id);
        s.text += (i ? " w" : "w") + std::to_string(id);
    }
    s.ids.push_back(3);
    return s;
}

void maskedBench(genlab::bench::Reporter &r)
{
    const BertConfig config{30522, 512, 12, 12, 768, 3072, 2};
    const fs::path dir = fs::temp_directory_path() / ("genlab-bench-masked-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    configureWorkerThread(2);
    {
        BertModel::createRandom(config, 1234, false).save(dir.string());
    }
    BertModel model = BertModel::open(dir.string());
    model.setTokenizer(std::make_shared<text::WordPieceTokenizer>(
        text::WordPieceTokenizer::fromVocab(benchVocabulary(config.vocabSize), {}, "bench vocabulary")));

    std::mt19937 gen(7);
    const Sentence one = randomSentence(kTokens, config.vocabSize, gen);
    std::vector<Sentence> batch, varied;
    for (int i = 0; i < kBatch; ++i)
        batch.push_back(randomSentence(kTokens, config.vocabSize, gen));
    for (int i = 0; i < kVaried; ++i)
        varied.push_back(randomSentence(16 + int(gen() % 113), config.vocabSize, gen));
    auto texts = [](const std::vector<Sentence> &s) {
        std::vector<std::string> out;
        for (const auto &x : s)
            out.push_back(x.text);
        return out;
    };
    const auto batchTexts = texts(batch), variedTexts = texts(varied);
    // The texts must tokenize to the ids the peer gets.
    if (model.tokenizer()->encode(batchTexts[0]) != std::vector<int>(batch[0].ids.begin() + 1, batch[0].ids.end() - 1))
        throw std::logic_error("bench vocabulary: the texts do not tokenize to the expected ids");

    nlohmann::json inputs;
    inputs["batch1"] = one.ids;
    inputs["batch32"] = nlohmann::json::array();
    for (const auto &s : batch)
        inputs["batch32"].push_back(s.ids);
    inputs["varied"] = nlohmann::json::array();
    for (const auto &s : varied)
        inputs["varied"].push_back(s.ids);
    inputs["reps1"] = kReps1;
    inputs["reps32"] = kReps32;
    inputs["reps_varied"] = 1;
    const std::string inputsPath = (dir / "bench_inputs.json").string();
    std::ofstream(inputsPath) << inputs.dump();

    for (int threads : {1, 2}) {
        configureWorkerThread(threads);
        model.forward(one.ids, false); // warm-up
        const double s1 = medianSeconds([&] { model.forward(one.ids, false); }, kReps1);
        std::vector<std::vector<float>> vectors;
        const double s32 = medianSeconds([&] { vectors = model.embed(batchTexts); }, kReps32);
        const double sVaried = medianSeconds([&] { model.embed(variedTexts); }, 1);

        std::string why;
        const std::string script = std::string(GENLAB_SOURCE_DIR) + "/tests/python/bert_encode_peer.py";
        auto out = genlab::bench::runPythonPeer(
            "import runpy, sys; sys.argv = sys.argv[1:]; runpy.run_path(sys.argv[0], run_name='__main__')",
            {script, "--weights", (dir / "model.safetensors").string(), "--config", (dir / "config.json").string(),
             "--inputs", inputsPath, "--threads", std::to_string(threads), "--pooling", "mean", "--normalize"},
            &why);
        nlohmann::json peer;
        if (out) {
            peer = nlohmann::json::parse(*out, nullptr, false);
            if (!peer.is_object()) {
                why = "the Python peer printed no JSON";
                peer = nlohmann::json();
            }
        }
        std::map<std::string, std::string> extra{{"threads", std::to_string(threads)},
                                                 {"device", "cpu"},
                                                 {"model", "BERT-base shape, random weights"},
                                                 {"params", std::to_string(config.parameterCount(false))}};
        if (peer.is_object() && peer.contains("first_vector")) {
            const auto ref = peer["first_vector"].get<std::vector<double>>();
            double diff = ref.size() == vectors[0].size() ? 0 : INFINITY;
            for (std::size_t i = 0; i < ref.size() && i < vectors[0].size(); ++i)
                diff = std::max(diff, std::abs(ref[i] - double(vectors[0][i])));
            char text[32];
            std::snprintf(text, sizeof text, "%.2g", diff);
            extra["max_abs_diff_vs_peer"] = text;
        }
        auto report = [&](const std::string &name, double ours, const char *peerKey, const std::string &what) {
            genlab::bench::Result res{.name = name, .value = ours, .unit = "sentences/s"};
            res.extra = extra;
            res.extra["workload"] = what;
            const double peerValue = peer.is_object() ? peer.value(peerKey, 0.0) : 0.0;
            if (peerValue > 0) {
                res.peer = kPeerName;
                res.peerValue = peerValue;
                res.ratio = ours / peerValue;
            } else {
                res.note = "no peer: " + (why.empty() ? std::string("not measured") : why);
            }
            r.report(std::move(res));
        };
        const std::string t = ".threads" + std::to_string(threads);
        report("masked.encode_128.batch1" + t, 1.0 / s1, "batch1_seq_per_s",
               "forward of one 128-token sequence, hidden states only; median of " + std::to_string(kReps1));
        report("masked.encode_128.batch32" + t, kBatch / s32, "batch32_seq_per_s",
               "embed() of 32 texts of 128 tokens (tokenize, forward passes of 8 x 128, mean pooling, normalise; the peer "
               "runs the 32 in one pass as sentence-transformers does); median of " +
                   std::to_string(kReps32));
        report("masked.embed_sentences_per_s" + t, kVaried / sVaried, "varied_sentences_per_s",
               "embed() of 64 texts of 16-128 tokens (batches of 32 by length, padded and masked)");
    }
    fs::remove_all(dir);
}

GENLAB_BENCHMARK("masked", maskedBench);

} // namespace
