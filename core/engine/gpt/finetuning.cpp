#include "engine/gpt/finetuning.h"

#include "engine/gpt/detail/modelstate.h"
#include "engine/gpt/gptmodel.h"

#include <cmath>
#include <stdexcept>
#include <string>

namespace genlab::engine::gpt {

namespace {

detail::GptNet &netOf(const GptModel &model)
{
    if (model.isNull())
        throw std::invalid_argument("no model loaded");
    return model.state()->net;
}

// A batch as tensors: ids [B, T] right-padded with 0, the targets ids[:, 1:] and the weight of
// predicting each target [B, T - 1] (0 on padding). Right padding never changes the real positions'
// outputs (attention is causal).
struct FinetuneBatch
{
    torch::Tensor ids;     // [B, T] int64
    torch::Tensor targets; // [B, T - 1] int64
    torch::Tensor weights; // [B, T - 1] float
};

FinetuneBatch toBatch(const detail::GptNet &net, const std::vector<WeightedSequence> &batch)
{
    if (batch.empty())
        throw std::invalid_argument("an empty batch");
    const int context = net.config().contextLength;
    const int vocab = net.config().vocabSize;
    std::size_t longest = 0;
    for (std::size_t b = 0; b < batch.size(); ++b) {
        const WeightedSequence &s = batch[b];
        if (s.ids.size() < 2)
            throw std::invalid_argument("sequence " + std::to_string(b) + " has fewer than 2 tokens");
        if (s.ids.size() > std::size_t(context))
            throw std::invalid_argument("sequence " + std::to_string(b) + " has " + std::to_string(s.ids.size()) +
                                        " tokens, more than the model's context of " + std::to_string(context));
        if (!s.weights.empty() && s.weights.size() != s.ids.size())
            throw std::invalid_argument("sequence " + std::to_string(b) + " has " + std::to_string(s.ids.size()) +
                                        " tokens but " + std::to_string(s.weights.size()) + " weights");
        for (int id : s.ids)
            if (id < 0 || id >= vocab)
                throw std::invalid_argument("token id " + std::to_string(id) + " is outside the vocabulary of " +
                                            std::to_string(vocab));
        longest = std::max(longest, s.ids.size());
    }
    const auto rows = std::int64_t(batch.size());
    const auto length = std::int64_t(longest);
    std::vector<std::int64_t> ids(std::size_t(rows * length), 0);
    std::vector<float> weights(std::size_t(rows * (length - 1)), 0.0f);
    for (std::int64_t b = 0; b < rows; ++b) {
        const WeightedSequence &s = batch[std::size_t(b)];
        for (std::size_t i = 0; i < s.ids.size(); ++i)
            ids[std::size_t(b * length) + i] = s.ids[i];
        for (std::size_t i = 1; i < s.ids.size(); ++i)
            weights[std::size_t(b * (length - 1)) + i - 1] = s.weights.empty() ? 1.0f : s.weights[i];
    }
    const torch::Device device = net.device();
    FinetuneBatch out;
    out.ids = torch::tensor(ids, torch::kInt64).view({rows, length}).to(device);
    out.targets = out.ids.narrow(1, 1, length - 1);
    out.weights = torch::tensor(weights, torch::kFloat32).view({rows, length - 1}).to(device);
    return out;
}

// Log-softmaxed next-token distributions [B, T - 1, V] of a batch.
torch::Tensor nextTokenLogProbs(const detail::GptNet &net, const FinetuneBatch &batch)
{
    const std::int64_t length = batch.ids.size(1);
    auto logits = net.logits(net.hidden(batch.ids)).narrow(1, 0, length - 1);
    return torch::log_softmax(logits, -1);
}

// log p(target) at every position [B, T - 1].
torch::Tensor targetLogProbs(const torch::Tensor &logProbs, const FinetuneBatch &batch)
{
    return logProbs.gather(-1, batch.targets.unsqueeze(-1)).squeeze(-1);
}

std::vector<double> toDoubles(const torch::Tensor &t)
{
    auto cpu = t.detach().to(torch::kCPU, torch::kFloat64).contiguous();
    return {cpu.data_ptr<double>(), cpu.data_ptr<double>() + cpu.numel()};
}

void checkSameVocabulary(const detail::GptNet &a, const detail::GptNet &b, const char *what)
{
    if (a.config().vocabSize != b.config().vocabSize)
        throw std::invalid_argument(std::string(what) + ": the two models have different vocabularies (" +
                                    std::to_string(a.config().vocabSize) + " and " +
                                    std::to_string(b.config().vocabSize) + " tokens)");
}

} // namespace

// AdamW with decoupled weight decay (as the language-model trainer's), over every parameter.
struct Finetuner::State
{
    struct Slot
    {
        torch::Tensor param, m, v;
        bool decay = false;
    };

    GptModel *model = nullptr;
    detail::GptNet *net = nullptr;
    FinetuneOptions options;
    std::vector<Slot> slots;
    std::vector<torch::Tensor> params;
    std::int64_t t = 0;

    // Clips, steps, clears the gradients and the model's cache; returns the norm before clipping.
    double step()
    {
        torch::NoGradGuard noGrad;
        double norm = 0;
        for (const auto &p : params)
            if (p.grad().defined())
                norm += p.grad().pow(2).sum().item<double>();
        norm = std::sqrt(norm);
        if (!std::isfinite(norm)) {
            for (auto &p : params)
                if (p.grad().defined())
                    p.mutable_grad().zero_();
            throw std::runtime_error("the gradient is not finite (NaN or Inf); lower the learning rate");
        }
        const double clip = options.gradientClip;
        if (clip > 0 && norm > clip)
            for (auto &p : params)
                if (p.grad().defined())
                    p.mutable_grad().mul_(clip / (norm + 1e-6));
        ++t;
        const double lr = options.learningRate;
        const double c1 = 1 - std::pow(options.beta1, double(t));
        const double c2 = 1 - std::pow(options.beta2, double(t));
        for (auto &s : slots) {
            auto &g = s.param.mutable_grad();
            if (!g.defined())
                continue;
            s.m.mul_(options.beta1).add_(g, 1 - options.beta1);
            s.v.mul_(options.beta2).addcmul_(g, g, 1 - options.beta2);
            if (s.decay && options.weightDecay > 0)
                s.param.mul_(1 - lr * options.weightDecay);
            auto denom = (s.v / c2).sqrt_().add_(1e-8);
            s.param.addcdiv_(s.m, denom, -lr / c1);
            g.zero_();
        }
        model->resetCache();
        return norm;
    }
};

Finetuner::Finetuner(GptModel &model, const FinetuneOptions &options) : m_state(std::make_unique<State>())
{
    detail::GptNet &net = netOf(model);
    if (net.packed())
        throw std::invalid_argument(std::string(weightFormatName(net.weightFormat())) +
                                    " weights decode only; open the model with fp32 weights to tune it");
    if (!(options.learningRate > 0) || !std::isfinite(options.learningRate))
        throw std::invalid_argument("the learning rate must be > 0");
    m_state->model = &model;
    m_state->net = &net;
    m_state->options = options;
    torch::InferenceMode off(false);
    net.setRequiresGrad(true);
    for (auto &[name, p] : net.namedParameters()) {
        m_state->slots.push_back({p, torch::zeros_like(p), torch::zeros_like(p), p.dim() >= 2});
        m_state->params.push_back(p);
    }
}

Finetuner::~Finetuner()
{
    if (m_state && m_state->net) {
        for (auto &p : m_state->params)
            if (p.grad().defined())
                p.mutable_grad().reset();
        m_state->net->setRequiresGrad(false);
    }
}

void Finetuner::setLearningRate(double learningRate)
{
    if (!(learningRate >= 0) || !std::isfinite(learningRate))
        throw std::invalid_argument("the learning rate must be >= 0");
    m_state->options.learningRate = learningRate;
}

double Finetuner::learningRate() const
{
    return m_state->options.learningRate;
}

std::int64_t Finetuner::steps() const
{
    return m_state->t;
}

FinetuneStep Finetuner::stepLanguageModel(const std::vector<WeightedSequence> &batch)
{
    const detail::GptNet &net = *m_state->net;
    const FinetuneBatch b = toBatch(net, batch);
    const double total = b.weights.sum().item<double>();
    if (!(total > 0))
        throw std::invalid_argument("no token in the batch has a weight > 0");
    auto lp = targetLogProbs(nextTokenLogProbs(net, b), b);
    auto loss = -(lp * b.weights).sum() / total;
    loss.backward();
    FinetuneStep out;
    out.loss = loss.item<double>();
    out.weightedTokens = total;
    out.gradNorm = m_state->step();
    return out;
}

DpoStep Finetuner::stepDpo(const std::vector<WeightedSequence> &chosen, const std::vector<WeightedSequence> &rejected,
                           const std::vector<double> &referenceChosen, const std::vector<double> &referenceRejected,
                           double beta)
{
    const std::size_t n = chosen.size();
    if (n == 0 || rejected.size() != n || referenceChosen.size() != n || referenceRejected.size() != n)
        throw std::invalid_argument("DPO needs as many rejected answers and reference log-probabilities as chosen "
                                    "answers (and at least one)");
    if (!(beta > 0) || !std::isfinite(beta))
        throw std::invalid_argument("DPO's beta must be > 0");
    const detail::GptNet &net = *m_state->net;
    std::vector<WeightedSequence> both(chosen);
    both.insert(both.end(), rejected.begin(), rejected.end());
    const FinetuneBatch b = toBatch(net, both);
    auto seqLogProb = (targetLogProbs(nextTokenLogProbs(net, b), b) * b.weights).sum(1); // [2n]
    std::vector<double> refs(referenceChosen);
    refs.insert(refs.end(), referenceRejected.begin(), referenceRejected.end());
    auto ref = torch::tensor(refs, torch::kFloat64).to(seqLogProb.device(), torch::kFloat32);
    auto rewards = (seqLogProb - ref) * beta; // implicit rewards
    auto chosenReward = rewards.narrow(0, 0, std::int64_t(n));
    auto rejectedReward = rewards.narrow(0, std::int64_t(n), std::int64_t(n));
    auto margin = chosenReward - rejectedReward;
    auto loss = -torch::log_sigmoid(margin).mean();
    loss.backward();
    DpoStep out;
    out.loss = loss.item<double>();
    out.accuracy = (margin > 0).to(torch::kFloat64).mean().item<double>();
    out.chosenReward = chosenReward.mean().item<double>();
    out.rejectedReward = rejectedReward.mean().item<double>();
    out.gradNorm = m_state->step();
    return out;
}

PolicyStep Finetuner::stepPolicy(const std::vector<WeightedSequence> &samples, const std::vector<double> &advantages,
                                 const std::vector<double> &oldLogProbs, double clip)
{
    const std::size_t n = samples.size();
    if (n == 0 || advantages.size() != n || oldLogProbs.size() != n)
        throw std::invalid_argument("the policy step needs one advantage and one old log-probability per sample");
    const detail::GptNet &net = *m_state->net;
    const FinetuneBatch b = toBatch(net, samples);
    const torch::Device device = net.device();
    auto logProb = (targetLogProbs(nextTokenLogProbs(net, b), b) * b.weights).sum(1);
    auto adv = torch::tensor(advantages, torch::kFloat64).to(device, torch::kFloat32);
    auto old = torch::tensor(oldLogProbs, torch::kFloat64).to(device, torch::kFloat32);
    PolicyStep out;
    torch::Tensor loss;
    if (clip > 0) {
        auto ratio = torch::exp(logProb - old);
        auto clipped = ratio.clamp(1 - clip, 1 + clip);
        loss = -torch::min(ratio * adv, clipped * adv).mean();
        out.clippedFraction = ((ratio - 1).abs() > clip).to(torch::kFloat64).mean().item<double>();
    } else {
        loss = -(logProb * adv).mean();
    }
    loss.backward();
    out.loss = loss.item<double>();
    out.gradNorm = m_state->step();
    return out;
}

DistillStep Finetuner::stepDistill(const std::vector<std::vector<int>> &batch, const GptModel &teacher,
                                   double temperature, double alpha)
{
    if (!(temperature > 0) || !std::isfinite(temperature))
        throw std::invalid_argument("the distillation temperature must be > 0");
    if (!(alpha >= 0 && alpha <= 1))
        throw std::invalid_argument("the distillation weight alpha must be in 0..1");
    const detail::GptNet &net = *m_state->net;
    const detail::GptNet &teacherNet = netOf(teacher);
    checkSameVocabulary(net, teacherNet, "distillation");
    std::vector<WeightedSequence> sequences;
    sequences.reserve(batch.size());
    for (const auto &ids : batch)
        sequences.push_back({ids, {}});
    const FinetuneBatch b = toBatch(net, sequences);
    const double total = b.weights.sum().item<double>();
    const std::int64_t length = b.ids.size(1);
    auto studentLogits = net.logits(net.hidden(b.ids)).narrow(1, 0, length - 1);
    auto dataLoss = -(targetLogProbs(torch::log_softmax(studentLogits, -1), b) * b.weights).sum() / total;
    torch::Tensor distill = torch::zeros({}, dataLoss.options());
    if (alpha > 0) {
        torch::Tensor teacherLogProbs;
        {
            torch::NoGradGuard noGrad;
            auto ids = b.ids.to(teacherNet.device());
            auto t = teacherNet.logits(teacherNet.hidden(ids)).narrow(1, 0, length - 1);
            teacherLogProbs = torch::log_softmax(t / temperature, -1).to(studentLogits.device());
        }
        auto studentLogProbs = torch::log_softmax(studentLogits / temperature, -1);
        auto kl = (teacherLogProbs.exp() * (teacherLogProbs - studentLogProbs)).sum(-1); // [B, T - 1]
        distill = (kl * b.weights).sum() / total;
    }
    auto loss = dataLoss * (1 - alpha) + distill * (alpha * temperature * temperature);
    loss.backward();
    DistillStep out;
    out.loss = loss.item<double>();
    out.dataLoss = dataLoss.item<double>();
    out.distillLoss = distill.item<double>();
    out.gradNorm = m_state->step();
    return out;
}

std::vector<double> sequenceLogProbs(const GptModel &model, const std::vector<WeightedSequence> &batch)
{
    torch::NoGradGuard noGrad;
    const detail::GptNet &net = netOf(model);
    const FinetuneBatch b = toBatch(net, batch);
    return toDoubles((targetLogProbs(nextTokenLogProbs(net, b), b) * b.weights).sum(1));
}

std::vector<double> sequenceKl(const GptModel &p, const GptModel &q, const std::vector<WeightedSequence> &batch)
{
    torch::NoGradGuard noGrad;
    const detail::GptNet &pNet = netOf(p);
    const detail::GptNet &qNet = netOf(q);
    checkSameVocabulary(pNet, qNet, "KL");
    const FinetuneBatch b = toBatch(pNet, batch);
    auto pLog = nextTokenLogProbs(pNet, b);
    FinetuneBatch bq = b;
    bq.ids = b.ids.to(qNet.device());
    auto qLog = nextTokenLogProbs(qNet, bq).to(pLog.device());
    auto kl = (pLog.exp() * (pLog - qLog)).sum(-1); // [B, T - 1]
    return toDoubles((kl * b.weights).sum(1));
}

Agreement compareModels(const GptModel &first, const GptModel &second, const std::vector<WeightedSequence> &batch)
{
    torch::NoGradGuard noGrad;
    const detail::GptNet &a = netOf(first);
    const detail::GptNet &c = netOf(second);
    checkSameVocabulary(a, c, "comparing models");
    const FinetuneBatch b = toBatch(a, batch);
    auto aLog = nextTokenLogProbs(a, b);
    FinetuneBatch bc = b;
    bc.ids = b.ids.to(c.device());
    auto cLog = nextTokenLogProbs(c, bc).to(aLog.device());
    const double total = b.weights.sum().item<double>();
    Agreement out;
    out.positions = total;
    if (total > 0) {
        auto same = (aLog.argmax(-1) == cLog.argmax(-1)).to(torch::kFloat32);
        out.topAgreement = (same * b.weights).sum().item<double>() / total;
        out.firstLoss = -(targetLogProbs(aLog, b) * b.weights).sum().item<double>() / total;
    }
    return out;
}

GptModel cloneModel(const GptModel &model)
{
    if (model.isNull())
        throw std::invalid_argument("no model loaded");
    const detail::GptModelState &from = *model.state();
    if (from.net.packed())
        throw std::invalid_argument(std::string(weightFormatName(from.net.weightFormat())) +
                                    " weights decode only; open the model with fp32 weights to copy it");
    torch::InferenceMode off(false);
    torch::NoGradGuard noGrad;
    auto state = std::make_unique<detail::GptModelState>(from.net.config());
    state->device = from.device;
    state->tokenizer = from.tokenizer;
    state->source = from.source;
    state->net.to(from.net.device());
    auto target = state->net.namedParameters();
    auto source = from.net.namedParameters();
    for (std::size_t i = 0; i < target.size(); ++i)
        target[i].second.copy_(source[i].second);
    return GptModel(std::move(state));
}

} // namespace genlab::engine::gpt
