#pragma once
// Fine-tuning a loaded GPT model in place, one batch at a time: the steps the Tuning lab's
// experiments are made of (instruction tuning's response-only loss, DPO's preference loss, a
// KL-penalised policy gradient, distillation from a teacher's softened distributions). Plain types
// only; the network and AdamW stay inside the gpt module.

#include <cstdint>
#include <memory>
#include <vector>

namespace genlab::engine::gpt {

class GptModel;

// One token sequence and how much the loss of predicting each of its tokens counts:
// weights[i] weighs predicting ids[i] from ids[0 .. i-1] (weights[0] is never used). Empty
// weights: every token after the first counts 1. Instruction tuning puts 0 on the instruction and
// 1 on the response ("loss only on the response"); DPO and the policy gradient score the weighted
// positions only.
struct WeightedSequence
{
    std::vector<int> ids;
    std::vector<float> weights;
};

struct FinetuneOptions
{
    double learningRate = 3e-4;
    double weightDecay = 0.0; // AdamW, decoupled, on matrices and embeddings only
    double beta1 = 0.9;
    double beta2 = 0.99;
    double gradientClip = 1.0; // global norm; <= 0: none
};

struct FinetuneStep
{
    double loss = 0;
    double gradNorm = 0;       // before clipping
    double weightedTokens = 0; // sum of the weights that counted
};

struct DpoStep
{
    double loss = 0;
    double gradNorm = 0;
    double accuracy = 0;       // share of pairs whose implicit reward prefers the chosen answer
    double chosenReward = 0;   // mean beta * (log pi - log pi_ref) of the chosen answers
    double rejectedReward = 0; // the same for the rejected ones
};

struct PolicyStep
{
    double loss = 0;
    double gradNorm = 0;
    double clippedFraction = 0; // samples whose probability ratio hit the clip
};

struct DistillStep
{
    double loss = 0;        // (1 - alpha) * data + alpha * T^2 * distill
    double dataLoss = 0;    // cross-entropy against the data's next tokens
    double distillLoss = 0; // KL(teacher_T || student_T) per token
    double gradNorm = 0;
};

// Holds AdamW's state for one model and trains it in place. Every step resets the model's
// key/value cache (its keys were computed with the old weights). Sequences in a batch may differ in
// length (they are padded; padding never counts) and must fit the context window.
// Throws std::invalid_argument for a model that cannot train (bf16/int8 weights), an empty batch,
// a sequence longer than the context, an id outside the vocabulary or mismatched sizes.
// Thread: the model's worker; the model must outlive the Finetuner and not move meanwhile.
class Finetuner
{
public:
    Finetuner(GptModel &model, const FinetuneOptions &options = {});
    ~Finetuner();
    Finetuner(const Finetuner &) = delete;
    Finetuner &operator=(const Finetuner &) = delete;

    void setLearningRate(double learningRate);
    double learningRate() const;
    std::int64_t steps() const; // optimizer steps taken

    // Weighted next-token cross-entropy (sum of weighted losses / sum of weights), one AdamW step.
    FinetuneStep stepLanguageModel(const std::vector<WeightedSequence> &batch);

    // DPO: -log sigmoid(beta * ((log pi(c) - log pi_ref(c)) - (log pi(r) - log pi_ref(r)))), the log
    // probabilities summed over each sequence's weighted positions (weights act as a 0/1 mask);
    // referenceChosen / referenceRejected: sequenceLogProbs() of the frozen reference, per pair.
    DpoStep stepDpo(const std::vector<WeightedSequence> &chosen, const std::vector<WeightedSequence> &rejected,
                    const std::vector<double> &referenceChosen, const std::vector<double> &referenceRejected,
                    double beta);

    // A PPO-style clipped policy gradient at the sequence level: ratio = exp(log pi(s) - oldLogProbs),
    // loss = -mean(min(ratio * A, clip(ratio, 1 - clip, 1 + clip) * A)). advantages already hold
    // the reward, the KL penalty and the baseline; clip <= 0 is plain REINFORCE (ratio's gradient).
    PolicyStep stepPolicy(const std::vector<WeightedSequence> &samples, const std::vector<double> &advantages,
                          const std::vector<double> &oldLogProbs, double clip);

    // Distillation on plain token windows: the teacher (same vocabulary, frozen) gives softened
    // targets at temperature T; alpha = 0 is training on the data alone.
    DistillStep stepDistill(const std::vector<std::vector<int>> &batch, const GptModel &teacher, double temperature,
                            double alpha);

private:
    struct State;
    std::unique_ptr<State> m_state;
};

// Sum over each sequence's weighted positions of weight * log p(ids[i] | ids[..i-1]) (natural log),
// one forward pass per batch, no gradients. Thread: the model's worker.
std::vector<double> sequenceLogProbs(const GptModel &model, const std::vector<WeightedSequence> &batch);

// Per-token KL(p || q) between two models' next-token distributions, summed over each sequence's
// weighted positions: the KL a tuned policy p has drifted from its reference q on its own samples.
std::vector<double> sequenceKl(const GptModel &p, const GptModel &q, const std::vector<WeightedSequence> &batch);

// The share of weighted positions where two models' most likely next tokens agree (the same
// vocabulary required), and the mean weighted cross-entropy of the first model (nats/token).
struct Agreement
{
    double topAgreement = 0;
    double firstLoss = 0;
    double positions = 0;
};
Agreement compareModels(const GptModel &first, const GptModel &second, const std::vector<WeightedSequence> &batch);

// A copy of a model (weights, tokenizer, source), e.g. the frozen reference before tuning starts.
GptModel cloneModel(const GptModel &model);

} // namespace genlab::engine::gpt
