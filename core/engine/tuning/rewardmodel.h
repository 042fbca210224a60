#pragma once
// A reward model learnt from preference pairs: a linear Bradley-Terry model, score(prompt, answer) =
// w . features(prompt, answer), trained so that P(chosen beats rejected) = sigmoid(score(chosen) -
// score(rejected)) fits the pairs (logistic loss on the feature differences, L2-regularised). Its
// features: one weight per token of the answer (summed over the answer, so length counts), one per
// answer's last token, and a few about the text (characters, words, e's, the last word against the
// prompt's). Small and fast enough to retrain after every pair a person judges.

#include "engine/base/runcontext.h"
#include "engine/tuning/preferences.h"

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace genlab::engine::text {
class Tokenizer;
}

namespace genlab::engine::tuning {

struct RewardModelOptions
{
    int iterations = 300;       // full-batch Adam steps
    double learningRate = 0.05;
    double l2 = 1e-2;           // on the mean loss
    double heldOutShare = 0.25; // of the pairs, kept out of training to measure accuracy
    std::uint64_t seed = 1;     // which pairs are held out
};

struct RewardModelReport
{
    int trainPairs = 0;
    int heldOutPairs = 0;
    double trainAccuracy = 0;   // share of pairs whose chosen answer scores higher
    double heldOutAccuracy = 0; // the same on the held-out pairs (0 when there are none)
    double trainLoss = 0;       // mean -log sigmoid(margin) at the end
    std::vector<std::pair<std::string, double>> topFeatures; // the largest weights by magnitude, named
};

// Thread: one thread at a time; a trained copy may be read from several (score() is const).
class RewardModel
{
public:
    RewardModel() = default;
    explicit RewardModel(std::shared_ptr<const text::Tokenizer> tokenizer);

    bool isTrained() const { return m_trained; }
    int featureCount() const;

    double score(const std::string &prompt, const std::string &answer) const;
    // P(a beats b) under the model.
    double preferProbability(const std::string &prompt, const std::string &a, const std::string &b) const;
    // Share of pairs whose chosen answer scores higher (a tie counts half); 0 for no pairs.
    double accuracy(const std::vector<PreferencePair> &pairs) const;

    // Trains on all the given pairs (from scratch); returns the final mean loss. Throws
    // std::invalid_argument without a tokenizer or pairs. ctx.checkpoint() every few iterations.
    double fit(const std::vector<PreferencePair> &pairs, const RewardModelOptions &options, const RunContext &ctx = {});

    // Sparse features: (index, value).
    std::vector<std::pair<int, double>> features(const std::string &prompt, const std::string &answer) const;
    std::string featureName(int index) const;
    std::vector<std::pair<std::string, double>> topFeatures(int count) const;

private:
    std::shared_ptr<const text::Tokenizer> m_tokenizer;
    std::vector<double> m_weights;
    bool m_trained = false;
};

// Splits the pairs (seeded), fits the model on the training part and measures both parts.
RewardModelReport trainRewardModel(RewardModel &model, const std::vector<PreferencePair> &pairs,
                                   const RewardModelOptions &options = {}, const RunContext &ctx = {});

} // namespace genlab::engine::tuning
