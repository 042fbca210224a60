// tuning.*: the Tuning lab's training steps on the shipped language model against Debian's
// python3-torch doing the same step in the same run (tests/python/tuning_peer.py: the same
// weights, batch shapes, tokens, AdamW settings and gradient clipping):
//  - tuning.sft_steps_per_s: one instruction-tuning step (the loss on the response half of each
//    sequence only), gpt::Finetuner::stepLanguageModel;
//  - tuning.dpo_steps_per_s: one DPO step on chosen/rejected pairs, the frozen reference's
//    log-probabilities computed in the step (gpt::sequenceLogProbs + gpt::Finetuner::stepDpo).
// ratio = ours / peer (> 1: ours is faster). Rounds interleave ours and the peer's runs; medians.
#include "benchmark.h"

#include "engine/gpt/finetuning.h"
#include "engine/gpt/gptmodel.h"
#include "engine/runtime/compute.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

namespace gpt = genlab::engine::gpt;
using TuningClock = std::chrono::steady_clock;

constexpr int kTuningBatch = 16;   // SFT sequences; DPO pairs are half of it
constexpr int kTuningLength = 64;  // tokens per sequence
constexpr int kTuningWarmup = 2;
constexpr int kTuningSteps = 8;
constexpr int kTuningRounds = 3;
constexpr double kTuningLr = 1e-4;
constexpr double kTuningBeta = 0.1;
constexpr const char *kTuningPeerName = "python3-torch 1.13 (nn.Parameter GPT-2, torch.optim.AdamW)";

std::string shippedLm()
{
    return std::string(GENLAB_SOURCE_DIR) + "/resources/models/lm-shakespeare-bpe";
}

// (row * 31 + position * 7 + salt) % vocab, the response (weight 1) the second half: as the peer builds it.
std::vector<gpt::WeightedSequence> tuningBatch(int rows, int vocab, int salt)
{
    std::vector<gpt::WeightedSequence> out(static_cast<std::size_t>(rows));
    for (int r = 0; r < rows; ++r) {
        auto &s = out[std::size_t(r)];
        for (int i = 0; i < kTuningLength; ++i) {
            s.ids.push_back((r * 31 + i * 7 + salt) % vocab);
            s.weights.push_back(i >= kTuningLength / 2 ? 1.0f : 0.0f);
        }
    }
    return out;
}

int tuningThreads()
{
    if (const char *omp = std::getenv("OMP_NUM_THREADS"))
        if (const int n = std::atoi(omp); n > 0)
            return n;
    return genlab::engine::planThreadBudget().cli;
}

double oursStepsPerSecond(bool dpo)
{
    gpt::GptModel model = gpt::GptModel::open(shippedLm());
    const int vocab = model.config().vocabSize;
    gpt::FinetuneOptions o;
    o.learningRate = kTuningLr;
    gpt::Finetuner tuner(model, o);
    const auto sft = tuningBatch(kTuningBatch, vocab, 0);
    const auto chosen = tuningBatch(kTuningBatch / 2, vocab, 0);
    const auto rejected = tuningBatch(kTuningBatch / 2, vocab, 5);
    std::unique_ptr<gpt::GptModel> reference;
    if (dpo)
        reference = std::make_unique<gpt::GptModel>(gpt::cloneModel(model));
    TuningClock::time_point start;
    for (int step = 0; step < kTuningWarmup + kTuningSteps; ++step) {
        if (step == kTuningWarmup)
            start = TuningClock::now();
        if (dpo) {
            std::vector<gpt::WeightedSequence> both(chosen);
            both.insert(both.end(), rejected.begin(), rejected.end());
            const auto ref = gpt::sequenceLogProbs(*reference, both);
            const std::vector<double> rc(ref.begin(), ref.begin() + std::ptrdiff_t(chosen.size()));
            const std::vector<double> rr(ref.begin() + std::ptrdiff_t(chosen.size()), ref.end());
            tuner.stepDpo(chosen, rejected, rc, rr, kTuningBeta);
        } else {
            tuner.stepLanguageModel(sft);
        }
    }
    const double seconds = std::chrono::duration<double>(TuningClock::now() - start).count();
    return kTuningSteps / seconds;
}

std::optional<double> peerStepsPerSecond(bool dpo, int threads, std::string *why)
{
    const std::string folder = shippedLm();
    const int batch = dpo ? kTuningBatch / 2 : kTuningBatch;
    auto out = genlab::bench::runPythonPeer(
        "import runpy, sys; sys.argv = sys.argv[1:]; runpy.run_path(sys.argv[0], run_name='__main__')",
        {std::string(GENLAB_SOURCE_DIR) + "/tests/python/tuning_peer.py", "--weights", folder + "/model.safetensors",
         "--config", folder + "/config.json", "--threads", std::to_string(threads), "--mode", dpo ? "dpo" : "sft",
         "--batch", std::to_string(batch), "--length", std::to_string(kTuningLength), "--steps",
         std::to_string(kTuningSteps), "--warmup", std::to_string(kTuningWarmup), "--lr", std::to_string(kTuningLr),
         "--beta", std::to_string(kTuningBeta)},
        why);
    if (!out)
        return std::nullopt;
    const auto j = nlohmann::json::parse(*out, nullptr, false);
    if (!j.is_object() || !j.contains("steps_per_s")) {
        *why = "the Python peer printed no JSON";
        return std::nullopt;
    }
    return j["steps_per_s"].get<double>();
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

void benchTuning(genlab::bench::Reporter &r)
{
    const int threads = tuningThreads();
    genlab::engine::configureWorkerThread(threads);
    for (const bool dpo : {false, true}) {
        std::vector<double> ours, peer;
        std::string why;
        for (int round = 0; round < kTuningRounds; ++round) {
            ours.push_back(oursStepsPerSecond(dpo));
            if (const auto p = peerStepsPerSecond(dpo, threads, &why))
                peer.push_back(*p);
        }
        genlab::bench::Result res{.name = dpo ? "tuning.dpo_steps_per_s" : "tuning.sft_steps_per_s",
                                  .value = median(ours),
                                  .unit = "steps/s"};
        res.extra = {{"threads", std::to_string(threads)},
                     {"model", "lm-shakespeare-bpe (4 layers, 128 wide, vocabulary 1024)"},
                     {"batch", dpo ? std::to_string(kTuningBatch / 2) + " pairs" : std::to_string(kTuningBatch) + " sequences"},
                     {"tokens", std::to_string(kTuningLength)},
                     {"rounds", std::to_string(kTuningRounds)}};
        if (!peer.empty()) {
            res.peer = kTuningPeerName;
            res.peerValue = median(peer);
            res.ratio = res.value / *res.peerValue;
        } else {
            res.note = "no peer: " + why;
        }
        r.report(std::move(res));
    }
}

} // namespace

GENLAB_BENCHMARK("tuning", benchTuning);
