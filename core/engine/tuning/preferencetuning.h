#pragma once
// Preference tuning, the RLHF family: a language model (the policy) tuned from judged answer pairs
// against a frozen copy of itself (the reference), by DPO (the pairs directly) or by a KL-penalised,
// PPO-style policy gradient (the policy's own samples scored by the reward model, or by the rule,
// minus klWeight x the log-ratio to the reference). Measured on held-out prompts as it goes: the
// rule's score of the policy's answers (the true reward), the reward model's score, the KL to the
// reference, and the win rate against the reference (the rule judging a policy answer against a
// reference answer to the same prompt, drawn with the same seed; a tie counts half).

#include "engine/base/partial.h"
#include "engine/base/runcontext.h"
#include "engine/tuning/preferences.h"
#include "engine/tuning/rewardmodel.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace genlab::engine::gpt {
class GptModel;
}

namespace genlab::engine::tuning {

enum class PreferenceMethod { Dpo, Ppo };
std::string methodName(PreferenceMethod method); // "dpo", "ppo"
bool parseMethod(const std::string &name, PreferenceMethod *out);

struct PreferenceTuningOptions
{
    PreferenceMethod method = PreferenceMethod::Dpo;
    PreferenceRule rule = PreferenceRule::Shorter;
    // Pairs judged by a person: used instead of sampling `pairs` and asking the rule. Then there is no
    // true reward: the curves' "rule" figures and the win rate come from the reward model.
    std::vector<PreferencePair> humanPairs;
    int pairs = 120;          // answer pairs sampled from the reference and judged by the rule (1..2000)
    int steps = 20;           // optimizer steps (DPO) or sample-and-update rounds (PPO), 1..2000
    int batch = 16;           // pairs per DPO step, samples per PPO round (1..256)
    double learningRate = 0;  // 0: the method's default (DPO 3e-5, PPO 5e-5)
    double beta = 0.1;        // DPO's temperature on the log-ratios
    double klWeight = 0.5;    // PPO: reward - klWeight * (log pi - log pi_ref) of the sample; 0 lets it hack
    double clip = 0.2;        // PPO's probability-ratio clip
    int ppoEpochs = 2;        // updates per PPO batch of samples
    bool rewardFromModel = true; // PPO: the reward model scores the samples (RLHF); false: the rule itself
    int evalEvery = 10;       // steps between measurements (the first and last step are always measured)
    int evalSamples = 2;      // answers per held-out prompt per measurement
    AnswerSampling sampling;  // how answers are drawn (pairs, PPO's samples, the measurements)
    RewardModelOptions rewardModel;
    std::uint64_t seed = 1;
};

// One measurement on the held-out prompts.
struct PreferencePoint
{
    std::int64_t step = 0;
    double ruleReward = 0;   // mean rule score of the policy's answers (the reward model's without a rule)
    double modelReward = 0;  // mean reward-model score
    double kl = 0;           // mean KL(policy || reference) per answer, nats, on the policy's answers
    double winRate = 0;      // policy answer vs reference answer, judged by the rule
    double emptyShare = 0;   // answers with no letters: what reward hacking "shorter" looks like
    double meanLength = 0;   // characters per answer
    double loss = 0;         // the last training loss (DPO / policy-gradient)
};

// The same prompt answered by the reference (before) and the policy (after), with the same seed.
struct PreferenceSample
{
    std::string prompt;
    std::string before;
    std::string after;
    double scoreBefore = 0; // by the rule (the reward model without a rule)
    double scoreAfter = 0;
};

// Streamed per measurement.
struct PreferenceProgress
{
    static constexpr std::string_view kKind = "tuning.preference.point";
    PreferencePoint point;
    std::int64_t totalSteps = 0;

    Partial encode() const;
    static std::optional<PreferenceProgress> decode(const Partial &partial);
};

// Streamed per measurement: the current answers to the first held-out prompts.
struct PreferenceSamples
{
    static constexpr std::string_view kKind = "tuning.preference.samples";
    std::int64_t step = 0;
    std::vector<PreferenceSample> samples;

    Partial encode() const;
    static std::optional<PreferenceSamples> decode(const Partial &partial);
};

// Once, after the reward model is trained (before tuning starts).
struct PreferenceRewardModelReady
{
    static constexpr std::string_view kKind = "tuning.preference.rewardmodel";
    int pairs = 0;
    double heldOutAccuracy = 0;
    double trainAccuracy = 0;

    Partial encode() const;
    static std::optional<PreferenceRewardModelReady> decode(const Partial &partial);
};

struct PreferenceTuningResult
{
    std::string method;
    std::string judge;             // the rule's name, or "person"
    int pairs = 0;                 // judged pairs used (ties skipped)
    RewardModelReport rewardModel;
    double rewardBefore = 0;       // rule score of the reference's held-out answers (= step 0)
    double rewardAfter = 0;        // ... of the tuned policy's
    double modelRewardBefore = 0;
    double modelRewardAfter = 0;
    double kl = 0;                 // final KL(policy || reference) per answer, nats
    double winRate = 0;            // final win rate against the reference
    double emptyShareBefore = 0;
    double emptyShareAfter = 0;
    double seconds = 0;
    std::vector<PreferencePoint> curve;
    std::vector<PreferenceSample> samples;
};

// Tunes `policy` in place. Throws std::invalid_argument naming a bad option or a model that cannot
// be tuned; Canceled through ctx (checkpoint once per step and per sampled pair). Reports
// PreferenceRewardModelReady once, PreferenceProgress and PreferenceSamples per measurement.
// Thread: the caller's (the model's worker).
PreferenceTuningResult runPreferenceTuning(gpt::GptModel &policy, const PreferenceTuningOptions &options,
                                           const RunContext &ctx = {});

} // namespace genlab::engine::tuning
