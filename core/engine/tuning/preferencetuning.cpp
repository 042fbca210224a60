#include "engine/tuning/preferencetuning.h"

#include "engine/gpt/finetuning.h"
#include "engine/gpt/gptmodel.h"
#include "engine/text/tokenizer.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cmath>
#include <numeric>
#include <random>
#include <stdexcept>

namespace genlab::engine::tuning {

namespace gpt = engine::gpt;

namespace {

constexpr int kPreferenceShownSamples = 4;   // streamed per measurement
constexpr int kPreferenceResultSamples = 8;  // in the result
constexpr char kPreferenceSeparator = '\x1f'; // between strings in a Partial's text

// prompt ids (weight 0) then answer ids (weight 1).
gpt::WeightedSequence preferenceSequence(const std::vector<int> &promptIds, const std::vector<int> &answerIds)
{
    gpt::WeightedSequence s;
    s.ids = promptIds;
    s.ids.insert(s.ids.end(), answerIds.begin(), answerIds.end());
    s.weights.assign(s.ids.size(), 0.0f);
    std::fill(s.weights.begin() + std::ptrdiff_t(promptIds.size()), s.weights.end(), 1.0f);
    return s;
}

// A judged answer as the model would have written it: the prompt, then the answer and its newline.
gpt::WeightedSequence preferenceTextSequence(const text::Tokenizer &tokenizer, int context, const std::string &prompt,
                                             const std::string &answer)
{
    std::vector<int> p = tokenizer.encode(prompt);
    std::vector<int> a = tokenizer.encode(answer + "\n");
    if (a.size() > std::size_t(context) / 2)
        a.resize(std::size_t(context) / 2);
    const std::size_t room = std::size_t(context) - a.size();
    if (p.size() > room)
        p.erase(p.begin(), p.end() - std::ptrdiff_t(room));
    return preferenceSequence(p, a);
}

std::vector<double> preferenceLogProbs(const gpt::GptModel &model, const std::vector<gpt::WeightedSequence> &all)
{
    std::vector<double> out;
    out.reserve(all.size());
    constexpr std::size_t chunk = 32;
    for (std::size_t i = 0; i < all.size(); i += chunk) {
        const std::vector<gpt::WeightedSequence> part(all.begin() + std::ptrdiff_t(i),
                                                      all.begin() + std::ptrdiff_t(std::min(all.size(), i + chunk)));
        const std::vector<double> lp = gpt::sequenceLogProbs(model, part);
        out.insert(out.end(), lp.begin(), lp.end());
    }
    return out;
}

bool preferenceHasLetters(const std::string &s)
{
    return std::any_of(s.begin(), s.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; });
}

double preferenceMean(const std::vector<double> &v)
{
    return v.empty() ? 0.0 : std::accumulate(v.begin(), v.end(), 0.0) / double(v.size());
}

std::string joinPreferenceStrings(const std::vector<std::string> &parts)
{
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i)
            out += kPreferenceSeparator;
        out += parts[i];
    }
    return out;
}

std::vector<std::string> splitPreferenceStrings(const std::string &text)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (true) {
        const std::size_t at = text.find(kPreferenceSeparator, start);
        out.push_back(text.substr(start, at == std::string::npos ? std::string::npos : at - start));
        if (at == std::string::npos)
            break;
        start = at + 1;
    }
    return out;
}

double preferenceScalar(const Partial &p, std::string_view name, double fallback = 0)
{
    for (const auto &[k, v] : p.scalars)
        if (k == name)
            return v;
    return fallback;
}

} // namespace

std::string methodName(PreferenceMethod method)
{
    return method == PreferenceMethod::Ppo ? "ppo" : "dpo";
}

bool parseMethod(const std::string &name, PreferenceMethod *out)
{
    if (name == "dpo" || name == "ppo") {
        *out = name == "ppo" ? PreferenceMethod::Ppo : PreferenceMethod::Dpo;
        return true;
    }
    return false;
}

// ---- events ------------------------------------------------------------------------------------

Partial PreferenceProgress::encode() const
{
    Partial p;
    p.kind = std::string(kKind);
    p.step = point.step;
    p.scalars = {{"rule_reward", point.ruleReward}, {"model_reward", point.modelReward}, {"kl", point.kl},
                 {"win_rate", point.winRate},       {"empty_share", point.emptyShare},   {"mean_length", point.meanLength},
                 {"loss", point.loss},              {"total_steps", double(totalSteps)}};
    return p;
}

std::optional<PreferenceProgress> PreferenceProgress::decode(const Partial &p)
{
    if (p.kind != kKind)
        return std::nullopt;
    PreferenceProgress e;
    e.point.step = p.step;
    e.point.ruleReward = preferenceScalar(p, "rule_reward");
    e.point.modelReward = preferenceScalar(p, "model_reward");
    e.point.kl = preferenceScalar(p, "kl");
    e.point.winRate = preferenceScalar(p, "win_rate");
    e.point.emptyShare = preferenceScalar(p, "empty_share");
    e.point.meanLength = preferenceScalar(p, "mean_length");
    e.point.loss = preferenceScalar(p, "loss");
    e.totalSteps = std::int64_t(preferenceScalar(p, "total_steps"));
    return e;
}

Partial PreferenceSamples::encode() const
{
    Partial p;
    p.kind = std::string(kKind);
    p.step = step;
    std::vector<std::string> parts;
    for (const PreferenceSample &s : samples) {
        parts.push_back(s.prompt);
        parts.push_back(s.before);
        parts.push_back(s.after);
        p.values.push_back(float(s.scoreBefore));
        p.values.push_back(float(s.scoreAfter));
    }
    p.text = joinPreferenceStrings(parts);
    return p;
}

std::optional<PreferenceSamples> PreferenceSamples::decode(const Partial &p)
{
    if (p.kind != kKind)
        return std::nullopt;
    PreferenceSamples e;
    e.step = p.step;
    if (p.values.empty())
        return e;
    const std::vector<std::string> parts = splitPreferenceStrings(p.text);
    const std::size_t n = std::min(parts.size() / 3, p.values.size() / 2);
    for (std::size_t i = 0; i < n; ++i) {
        PreferenceSample s;
        s.prompt = parts[3 * i];
        s.before = parts[3 * i + 1];
        s.after = parts[3 * i + 2];
        s.scoreBefore = p.values[2 * i];
        s.scoreAfter = p.values[2 * i + 1];
        e.samples.push_back(std::move(s));
    }
    return e;
}

Partial PreferenceRewardModelReady::encode() const
{
    Partial p;
    p.kind = std::string(kKind);
    p.scalars = {{"pairs", double(pairs)}, {"held_out_accuracy", heldOutAccuracy}, {"train_accuracy", trainAccuracy}};
    return p;
}

std::optional<PreferenceRewardModelReady> PreferenceRewardModelReady::decode(const Partial &p)
{
    if (p.kind != kKind)
        return std::nullopt;
    PreferenceRewardModelReady e;
    e.pairs = int(preferenceScalar(p, "pairs"));
    e.heldOutAccuracy = preferenceScalar(p, "held_out_accuracy");
    e.trainAccuracy = preferenceScalar(p, "train_accuracy");
    return e;
}

// ---- the run -----------------------------------------------------------------------------------

PreferenceTuningResult runPreferenceTuning(gpt::GptModel &policy, const PreferenceTuningOptions &o, const RunContext &ctx)
{
    using Clock = std::chrono::steady_clock;
    const auto started = Clock::now();
    const bool human = !o.humanPairs.empty();
    if (!human && (o.pairs < 2 || o.pairs > 2000))
        throw std::invalid_argument("preference tuning: the number of pairs must be in 2..2000");
    if (o.steps < 1 || o.steps > 2000)
        throw std::invalid_argument("preference tuning: steps must be in 1..2000");
    if (o.batch < 1 || o.batch > 256)
        throw std::invalid_argument("preference tuning: the batch must be in 1..256");
    if (!(o.beta > 0) || o.beta > 100)
        throw std::invalid_argument("preference tuning: DPO's beta must be in (0, 100]");
    if (!(o.klWeight >= 0) || o.klWeight > 100)
        throw std::invalid_argument("preference tuning: the KL weight must be in [0, 100]");
    if (o.learningRate < 0 || o.learningRate > 1)
        throw std::invalid_argument("preference tuning: the learning rate must be in [0, 1]");
    if (o.ppoEpochs < 1 || o.ppoEpochs > 16)
        throw std::invalid_argument("preference tuning: PPO epochs must be in 1..16");
    if (o.evalEvery < 1 || o.evalSamples < 1 || o.evalSamples > 16)
        throw std::invalid_argument("preference tuning: measure every >= 1 step, 1..16 answers per prompt");
    const auto tokenizer = policy.tokenizer();
    if (!tokenizer)
        throw std::invalid_argument("preference tuning: the model has no tokenizer, so it cannot read prompts");
    const int context = policy.config().contextLength;

    PreferenceTuningResult result;
    result.method = methodName(o.method);
    result.judge = human ? "person" : ruleName(o.rule);

    // The frozen reference, and the pairs: a person's, or two reference answers per prompt judged by the rule.
    gpt::GptModel reference = gpt::cloneModel(policy);
    std::vector<PreferencePair> pairs = o.humanPairs;
    std::vector<AnswerPair> sampled;
    if (!human) {
        RunContext pairCtx = ctx;
        pairCtx.onProgress = [&ctx](double f, std::string_view stage) { ctx.progress(0.25 * f, stage); };
        sampled = sampleAnswerPairs(reference, trainPrompts(), o.pairs, o.sampling, mixPreferenceSeed(o.seed, 1), pairCtx);
        pairs = judgePairs(o.rule, sampled);
    }
    if (pairs.size() < 2)
        throw std::invalid_argument("preference tuning: fewer than 2 judged pairs (" + std::to_string(pairs.size()) +
                                    "); judge more pairs or draw more");
    result.pairs = int(pairs.size());

    // The reward model, from the same pairs.
    RewardModel rewardModel(tokenizer);
    ctx.progress(0.25, "training the reward model");
    RewardModelOptions rmOptions = o.rewardModel;
    rmOptions.seed = mixPreferenceSeed(o.seed, 2);
    result.rewardModel = trainRewardModel(rewardModel, pairs, rmOptions, ctx);
    // Once measured, it learns from every pair for the tuning.
    if (result.rewardModel.heldOutPairs > 0)
        rewardModel.fit(pairs, rmOptions, ctx);
    ctx.partial(PreferenceRewardModelReady{result.pairs, result.rewardModel.heldOutAccuracy, result.rewardModel.trainAccuracy}.encode());

    // What the measurements and the win rate judge by: the rule, or the reward model for a person's pairs.
    auto judgeScore = [&](const std::string &prompt, const std::string &answer) {
        return human ? rewardModel.score(prompt, answer) : ruleScore(o.rule, prompt, answer);
    };

    // Held-out prompts and the reference's answers to them, drawn once.
    const std::vector<std::string> evalPrompts = heldOutPrompts();
    struct EvalItem
    {
        std::string prompt;
        std::uint64_t seed = 0;
        SampledAnswer reference;
    };
    std::vector<EvalItem> evalItems;
    for (std::size_t i = 0; i < evalPrompts.size(); ++i)
        for (int k = 0; k < o.evalSamples; ++k) {
            ctx.checkpoint();
            EvalItem item;
            item.prompt = evalPrompts[i];
            item.seed = mixPreferenceSeed(o.seed, 1000 + i * 31 + std::size_t(k));
            item.reference = sampleAnswer(reference, item.prompt, o.sampling, item.seed);
            evalItems.push_back(std::move(item));
        }

    double lastLoss = 0;
    auto measure = [&](std::int64_t step) {
        PreferencePoint pt;
        pt.step = step;
        pt.loss = lastLoss;
        std::vector<gpt::WeightedSequence> seqs;
        std::vector<double> rule, model;
        double wins = 0, empty = 0, length = 0;
        std::vector<PreferenceSample> shown;
        for (std::size_t i = 0; i < evalItems.size(); ++i) {
            ctx.checkpoint();
            const EvalItem &item = evalItems[i];
            const SampledAnswer a = sampleAnswer(policy, item.prompt, o.sampling, item.seed);
            seqs.push_back(preferenceSequence(a.promptIds, a.answerIds));
            const double mine = judgeScore(item.prompt, a.text);
            const double theirs = judgeScore(item.prompt, item.reference.text);
            rule.push_back(mine);
            model.push_back(rewardModel.score(item.prompt, a.text));
            wins += mine > theirs + 1e-9 ? 1.0 : (mine < theirs - 1e-9 ? 0.0 : 0.5);
            empty += preferenceHasLetters(a.text) ? 0 : 1;
            length += double(a.text.size());
            if (std::size_t(o.evalSamples) * shown.size() <= i && i % std::size_t(o.evalSamples) == 0 &&
                int(shown.size()) < kPreferenceResultSamples)
                shown.push_back({item.prompt, item.reference.text, a.text, theirs, mine});
        }
        const std::vector<double> kls = gpt::sequenceKl(policy, reference, seqs);
        const double n = double(evalItems.size());
        pt.ruleReward = preferenceMean(rule);
        pt.modelReward = preferenceMean(model);
        pt.kl = preferenceMean(kls);
        pt.winRate = wins / n;
        pt.emptyShare = empty / n;
        pt.meanLength = length / n;
        result.curve.push_back(pt);
        result.samples = shown;
        ctx.partial(PreferenceProgress{pt, o.steps}.encode());
        PreferenceSamples ev;
        ev.step = step;
        ev.samples.assign(shown.begin(), shown.begin() + std::min<std::ptrdiff_t>(kPreferenceShownSamples, std::ptrdiff_t(shown.size())));
        ctx.partial(ev.encode());
    };

    ctx.progress(0.3, "measuring the reference");
    measure(0);

    gpt::FinetuneOptions fo;
    fo.learningRate = o.learningRate > 0 ? o.learningRate : (o.method == PreferenceMethod::Dpo ? 3e-5 : 5e-5);
    gpt::Finetuner tuner(policy, fo);
    std::mt19937_64 rng(mixPreferenceSeed(o.seed, 3));

    if (o.method == PreferenceMethod::Dpo) {
        std::vector<gpt::WeightedSequence> chosen, rejected;
        for (const PreferencePair &p : pairs) {
            chosen.push_back(preferenceTextSequence(*tokenizer, context, p.prompt, p.chosen));
            rejected.push_back(preferenceTextSequence(*tokenizer, context, p.prompt, p.rejected));
        }
        const std::vector<double> refChosen = preferenceLogProbs(reference, chosen);
        const std::vector<double> refRejected = preferenceLogProbs(reference, rejected);
        std::vector<std::size_t> order(pairs.size());
        std::iota(order.begin(), order.end(), std::size_t(0));
        std::size_t cursor = order.size();
        for (int step = 1; step <= o.steps; ++step) {
            ctx.checkpoint();
            std::vector<gpt::WeightedSequence> bc, br;
            std::vector<double> rc, rr;
            for (int b = 0; b < std::min<int>(o.batch, int(pairs.size())); ++b) {
                if (cursor >= order.size()) {
                    std::shuffle(order.begin(), order.end(), rng);
                    cursor = 0;
                }
                const std::size_t k = order[cursor++];
                bc.push_back(chosen[k]);
                br.push_back(rejected[k]);
                rc.push_back(refChosen[k]);
                rr.push_back(refRejected[k]);
            }
            const gpt::DpoStep s = tuner.stepDpo(bc, br, rc, rr, o.beta);
            lastLoss = s.loss;
            ctx.progress(0.3 + 0.7 * double(step) / o.steps, "tuning (DPO)");
            if (step % o.evalEvery == 0 || step == o.steps)
                measure(step);
        }
    } else {
        // Rewards on the scale of the reference's answers: (r - mean) / std over the judged pairs'
        // answers, so the KL weight means the same for the rule and the reward model.
        auto reward = [&](const std::string &prompt, const std::string &answer) {
            return o.rewardFromModel || human ? rewardModel.score(prompt, answer) : ruleScore(o.rule, prompt, answer);
        };
        std::vector<double> base;
        for (const PreferencePair &p : pairs) {
            base.push_back(reward(p.prompt, p.chosen));
            base.push_back(reward(p.prompt, p.rejected));
        }
        const double baseMean = preferenceMean(base);
        double var = 0;
        for (double r : base)
            var += (r - baseMean) * (r - baseMean);
        const double baseStd = std::sqrt(var / double(std::max<std::size_t>(1, base.size())));
        const double scale = baseStd > 1e-9 ? baseStd : 1.0;
        const std::vector<std::string> prompts = trainPrompts();
        for (int step = 1; step <= o.steps; ++step) {
            ctx.checkpoint();
            std::vector<gpt::WeightedSequence> seqs;
            std::vector<double> rewards;
            for (int b = 0; b < o.batch; ++b) {
                const std::string &prompt = prompts[rng() % prompts.size()];
                const SampledAnswer a = sampleAnswer(policy, prompt, o.sampling, rng());
                seqs.push_back(preferenceSequence(a.promptIds, a.answerIds));
                rewards.push_back((reward(prompt, a.text) - baseMean) / scale);
            }
            const std::vector<double> logPolicy = gpt::sequenceLogProbs(policy, seqs);
            const std::vector<double> logReference = gpt::sequenceLogProbs(reference, seqs);
            std::vector<double> advantages(seqs.size());
            for (std::size_t i = 0; i < seqs.size(); ++i)
                advantages[i] = rewards[i] - o.klWeight * (logPolicy[i] - logReference[i]);
            const double baseline = preferenceMean(advantages);
            for (double &a : advantages)
                a -= baseline;
            for (int e = 0; e < o.ppoEpochs; ++e) {
                const gpt::PolicyStep s = tuner.stepPolicy(seqs, advantages, logPolicy, o.clip);
                lastLoss = s.loss;
            }
            ctx.progress(0.3 + 0.7 * double(step) / o.steps, "tuning (PPO)");
            if (step % o.evalEvery == 0 || step == o.steps)
                measure(step);
        }
    }

    const PreferencePoint &first = result.curve.front();
    const PreferencePoint &last = result.curve.back();
    result.rewardBefore = first.ruleReward;
    result.rewardAfter = last.ruleReward;
    result.modelRewardBefore = first.modelReward;
    result.modelRewardAfter = last.modelReward;
    result.kl = last.kl;
    result.winRate = last.winRate;
    result.emptyShareBefore = first.emptyShare;
    result.emptyShareAfter = last.emptyShare;
    result.seconds = std::chrono::duration<double>(Clock::now() - started).count();
    return result;
}

} // namespace genlab::engine::tuning
