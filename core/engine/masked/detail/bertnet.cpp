#include "engine/masked/detail/bertnet.h"
#include "engine/masked/detail/floattensors.h"

#include <cmath>
#include <limits>
#include <stdexcept>

namespace genlab::engine::masked::detail {

BertNet::BertNet(const BertConfig &config, bool withMlmHead) : m_config(config), m_mlmHead(withMlmHead)
{
    config.validate();
    const std::int64_t h = config.hiddenSize, inter = config.intermediateSize;
    wordEmbeddings = float32Zeros({config.vocabSize, h});
    positionEmbeddings = float32Zeros({config.maxPositions, h});
    tokenTypeEmbeddings = float32Zeros({config.typeVocabSize, h});
    embLnWeight = float32Ones({h});
    embLnBias = float32Zeros({h});
    layers.resize(std::size_t(config.layers));
    for (auto &l : layers) {
        l.qkvWeight = float32Zeros({3 * h, h});
        l.qkvBias = float32Zeros({3 * h});
        l.attnOutWeight = float32Zeros({h, h});
        l.attnOutBias = float32Zeros({h});
        l.attnLnWeight = float32Ones({h});
        l.attnLnBias = float32Zeros({h});
        l.fcWeight = float32Zeros({inter, h});
        l.fcBias = float32Zeros({inter});
        l.outWeight = float32Zeros({h, inter});
        l.outBias = float32Zeros({h});
        l.outLnWeight = float32Ones({h});
        l.outLnBias = float32Zeros({h});
    }
    if (withMlmHead) {
        mlmDenseWeight = float32Zeros({h, h});
        mlmDenseBias = float32Zeros({h});
        mlmLnWeight = float32Ones({h});
        mlmLnBias = float32Zeros({h});
        mlmBias = float32Zeros({config.vocabSize});
    }
}

std::vector<torch::Tensor *> BertNet::tensorSlots()
{
    std::vector<torch::Tensor *> out{&wordEmbeddings, &positionEmbeddings, &tokenTypeEmbeddings, &embLnWeight,
                                     &embLnBias};
    for (auto &l : layers)
        for (torch::Tensor *t : {&l.qkvWeight, &l.qkvBias, &l.attnOutWeight, &l.attnOutBias, &l.attnLnWeight,
                                 &l.attnLnBias, &l.fcWeight, &l.fcBias, &l.outWeight, &l.outBias, &l.outLnWeight,
                                 &l.outLnBias})
            out.push_back(t);
    if (m_mlmHead)
        for (torch::Tensor *t : {&mlmDenseWeight, &mlmDenseBias, &mlmLnWeight, &mlmLnBias, &mlmBias})
            out.push_back(t);
    return out;
}

void BertNet::initialise(std::uint64_t seed)
{
    torch::InferenceMode guard(false);
    torch::NoGradGuard noGrad;
    auto gen = at::detail::createCPUGenerator(seed);
    const double std = 0.02;
    auto normal = [&](torch::Tensor &t) {
        auto cpu = torch::empty(t.sizes(), torch::kFloat32);
        cpu.normal_(0.0, std, gen);
        t.copy_(cpu);
    };
    normal(wordEmbeddings);
    // nn.Embedding(padding_idx) starts the padding row at zero, and so does BERT.
    if (m_config.padTokenId >= 0 && m_config.padTokenId < m_config.vocabSize)
        wordEmbeddings[m_config.padTokenId].zero_();
    normal(positionEmbeddings);
    normal(tokenTypeEmbeddings);
    embLnWeight.fill_(1);
    embLnBias.zero_();
    for (auto &l : layers) {
        normal(l.qkvWeight);
        l.qkvBias.zero_();
        normal(l.attnOutWeight);
        l.attnOutBias.zero_();
        l.attnLnWeight.fill_(1);
        l.attnLnBias.zero_();
        normal(l.fcWeight);
        l.fcBias.zero_();
        normal(l.outWeight);
        l.outBias.zero_();
        l.outLnWeight.fill_(1);
        l.outLnBias.zero_();
    }
    if (m_mlmHead) {
        normal(mlmDenseWeight);
        mlmDenseBias.zero_();
        mlmLnWeight.fill_(1);
        mlmLnBias.zero_();
        mlmBias.zero_();
    }
}

std::vector<std::pair<std::string, torch::Tensor>> BertNet::namedParameters() const
{
    std::vector<std::pair<std::string, torch::Tensor>> out;
    out.emplace_back("embeddings.word", wordEmbeddings);
    out.emplace_back("embeddings.position", positionEmbeddings);
    out.emplace_back("embeddings.token_type", tokenTypeEmbeddings);
    out.emplace_back("embeddings.ln.weight", embLnWeight);
    out.emplace_back("embeddings.ln.bias", embLnBias);
    for (std::size_t i = 0; i < layers.size(); ++i) {
        const auto &l = layers[i];
        const std::string p = "layer." + std::to_string(i) + ".";
        out.emplace_back(p + "attention.qkv.weight", l.qkvWeight);
        out.emplace_back(p + "attention.qkv.bias", l.qkvBias);
        out.emplace_back(p + "attention.out.weight", l.attnOutWeight);
        out.emplace_back(p + "attention.out.bias", l.attnOutBias);
        out.emplace_back(p + "attention.ln.weight", l.attnLnWeight);
        out.emplace_back(p + "attention.ln.bias", l.attnLnBias);
        out.emplace_back(p + "ffn.in.weight", l.fcWeight);
        out.emplace_back(p + "ffn.in.bias", l.fcBias);
        out.emplace_back(p + "ffn.out.weight", l.outWeight);
        out.emplace_back(p + "ffn.out.bias", l.outBias);
        out.emplace_back(p + "ffn.ln.weight", l.outLnWeight);
        out.emplace_back(p + "ffn.ln.bias", l.outLnBias);
    }
    if (m_mlmHead) {
        out.emplace_back("mlm.dense.weight", mlmDenseWeight);
        out.emplace_back("mlm.dense.bias", mlmDenseBias);
        out.emplace_back("mlm.ln.weight", mlmLnWeight);
        out.emplace_back("mlm.ln.bias", mlmLnBias);
        out.emplace_back("mlm.bias", mlmBias);
    }
    return out;
}

std::vector<torch::Tensor> BertNet::parameters() const
{
    std::vector<torch::Tensor> out;
    for (auto &[name, t] : namedParameters())
        out.push_back(t);
    return out;
}

void BertNet::to(const torch::Device &device)
{
    if (device == wordEmbeddings.device())
        return;
    for (torch::Tensor *t : tensorSlots())
        *t = t->to(device).contiguous();
}

void BertNet::setRequiresGrad(bool on)
{
    for (torch::Tensor *t : tensorSlots())
        t->set_requires_grad(on);
}

torch::Tensor BertNet::mlmLogits(const torch::Tensor &hidden) const
{
    if (!m_mlmHead)
        throw std::logic_error("this BERT model has no masked-LM head");
    const std::int64_t h = m_config.hiddenSize;
    auto t = torch::linear(hidden, mlmDenseWeight, mlmDenseBias);
    t = torch::GradMode::is_enabled() ? torch::gelu(t) : at::gelu_(t);
    t = torch::layer_norm(t, {h}, mlmLnWeight, mlmLnBias, m_config.layerNormEps);
    return torch::linear(t, wordEmbeddings, mlmBias);
}

BertNetOutput BertNet::forward(const torch::Tensor &ids, const torch::Tensor &attentionMask, bool withLogits,
                               bool keepAttention, const torch::Tensor &tokenTypes) const
{
    TORCH_CHECK(ids.dim() == 2, "ids must be [B, T]");
    const std::int64_t batch = ids.size(0), tokens = ids.size(1);
    const std::int64_t hid = m_config.hiddenSize, heads = m_config.heads, d = m_config.headDim();
    if (tokens > m_config.maxPositions)
        throw std::length_error("a sequence of " + std::to_string(tokens) + " tokens exceeds the " +
                                std::to_string(m_config.maxPositions) + " positions the model has");
    // In-place ops save a pass over memory each; under autograd the out-of-place forms keep what
    // backward needs.
    const bool inplace = !torch::GradMode::is_enabled();
    const double eps = m_config.layerNormEps;

    auto x = torch::embedding(wordEmbeddings, ids);
    if (inplace)
        x.add_(positionEmbeddings.narrow(0, 0, tokens));
    else
        x = x + positionEmbeddings.narrow(0, 0, tokens);
    if (tokenTypes.defined())
        x = x + torch::embedding(tokenTypeEmbeddings, tokenTypes);
    else if (inplace)
        x.add_(tokenTypeEmbeddings[0]);
    else
        x = x + tokenTypeEmbeddings[0];
    x = torch::layer_norm(x, {hid}, embLnWeight, embLnBias, eps);

    // Padding keys get the lowest float added to their scores (as Hugging Face does), so their
    // softmax weight is exactly zero yet a row of padding only stays finite.
    torch::Tensor maskBias;
    if (attentionMask.defined()) {
        TORCH_CHECK(attentionMask.dim() == 2 && attentionMask.size(0) == batch && attentionMask.size(1) == tokens,
                    "attentionMask must be [B, T] like ids");
        auto keep = attentionMask.to(x.device(), torch::kFloat32);
        maskBias = (1.0 - keep).mul_(std::numeric_limits<float>::lowest()).view({batch, 1, 1, tokens});
    }

    const double scale = 1.0 / std::sqrt(double(d));
    BertNetOutput out;
    for (const auto &l : layers) {
        // [B, T, 3, heads, d] -> [3, B, heads, T, d]
        auto qkv = torch::linear(x, l.qkvWeight, l.qkvBias).view({batch, tokens, 3, heads, d}).permute({2, 0, 3, 1, 4});
        auto q = qkv[0], k = qkv[1], v = qkv[2];
        auto scores = torch::matmul(q, k.transpose(-2, -1));
        if (inplace) {
            scores.mul_(scale);
            if (maskBias.defined())
                scores.add_(maskBias);
        } else {
            scores = scores * scale;
            if (maskBias.defined())
                scores = scores + maskBias;
        }
        auto att = scores.softmax(-1);
        if (keepAttention)
            out.attention.push_back(att);
        auto context = torch::matmul(att, v).transpose(1, 2).reshape({batch, tokens, hid});
        auto a = torch::linear(context, l.attnOutWeight, l.attnOutBias);
        a = inplace ? a.add_(x) : a + x;
        x = torch::layer_norm(a, {hid}, l.attnLnWeight, l.attnLnBias, eps);
        auto f = torch::linear(x, l.fcWeight, l.fcBias);
        f = inplace ? at::gelu_(f) : torch::gelu(f);
        auto o = torch::linear(f, l.outWeight, l.outBias);
        o = inplace ? o.add_(x) : o + x;
        x = torch::layer_norm(o, {hid}, l.outLnWeight, l.outLnBias, eps);
    }
    out.hidden = x;
    if (withLogits && m_mlmHead)
        out.logits = mlmLogits(x);
    return out;
}

} // namespace genlab::engine::masked::detail
