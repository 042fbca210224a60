#include "engine/masked/detail/t5net.h"
#include "engine/masked/detail/floattensors.h"

#include <cmath>
#include <stdexcept>

namespace genlab::engine::masked::detail {

namespace {

// Additive mask value: large enough to zero a softmax weight, finite so a bias added to it stays finite.
constexpr double kMasked = -1e9;


void allocateAttention(T5Attention &a, std::int64_t d, std::int64_t inner)
{
    a.q = float32Zeros({inner, d});
    a.k = float32Zeros({inner, d});
    a.v = float32Zeros({inner, d});
    a.o = float32Zeros({d, inner});
}

void allocateBlock(T5Block &b, const T5Config &c, bool decoder)
{
    const std::int64_t d = c.dModel, inner = std::int64_t(c.heads) * c.dKv;
    b.selfNorm = float32Ones({d});
    allocateAttention(b.self, d, inner);
    if (decoder) {
        b.crossNorm = float32Ones({d});
        allocateAttention(b.cross, d, inner);
    }
    b.ffNorm = float32Ones({d});
    if (c.feedForward == T5FeedForward::Relu) {
        b.wi = float32Zeros({c.dFf, d});
    } else {
        b.wi0 = float32Zeros({c.dFf, d});
        b.wi1 = float32Zeros({c.dFf, d});
    }
    b.wo = float32Zeros({d, c.dFf});
}

} // namespace

torch::Tensor relativePositionBuckets(std::int64_t queries, std::int64_t keys, bool bidirectional, int numBuckets,
                                      int maxDistance, std::int64_t queryOffset)
{
    // One bucket per distance, then gathered into the grid (distances repeat along diagonals).
    const std::int64_t lowest = -(queryOffset + queries - 1), highest = keys - 1 - queryOffset;
    std::vector<std::int64_t> byDistance(std::size_t(highest - lowest + 1));
    for (std::int64_t r = lowest; r <= highest; ++r)
        byDistance[std::size_t(r - lowest)] = t5RelativeBucket(int(r), bidirectional, numBuckets, maxDistance);
    const auto opts = torch::TensorOptions().dtype(torch::kInt64);
    auto relative = torch::arange(keys, opts).unsqueeze(0) - torch::arange(queryOffset, queryOffset + queries, opts).unsqueeze(1);
    return torch::tensor(byDistance, opts).index_select(0, (relative - lowest).flatten()).view({queries, keys});
}

T5Net::T5Net(const T5Config &config) : m_config(config)
{
    config.validate();
    shared = float32Zeros({config.vocabSize, config.dModel});
    encoderPosition = float32Zeros({config.relativeBuckets, config.heads});
    decoderPosition = float32Zeros({config.relativeBuckets, config.heads});
    encoder.resize(std::size_t(config.encoderLayers));
    decoder.resize(std::size_t(config.decoderLayers));
    for (auto &b : encoder)
        allocateBlock(b, config, false);
    for (auto &b : decoder)
        allocateBlock(b, config, true);
    encoderNorm = float32Ones({config.dModel});
    decoderNorm = float32Ones({config.dModel});
}

std::vector<std::pair<std::string, torch::Tensor *>> T5Net::namedTensors()
{
    std::vector<std::pair<std::string, torch::Tensor *>> out;
    out.emplace_back("shared.weight", &shared);
    auto attention = [&](const std::string &p, T5Attention &a) {
        out.emplace_back(p + "q.weight", &a.q);
        out.emplace_back(p + "k.weight", &a.k);
        out.emplace_back(p + "v.weight", &a.v);
        out.emplace_back(p + "o.weight", &a.o);
    };
    auto stack = [&](const std::string &name, std::vector<T5Block> &blocks, torch::Tensor &position,
                     torch::Tensor &finalNorm, bool isDecoder) {
        for (std::size_t i = 0; i < blocks.size(); ++i) {
            T5Block &b = blocks[i];
            const std::string p = name + ".block." + std::to_string(i) + ".layer.";
            attention(p + "0.SelfAttention.", b.self);
            if (i == 0)
                out.emplace_back(p + "0.SelfAttention.relative_attention_bias.weight", &position);
            out.emplace_back(p + "0.layer_norm.weight", &b.selfNorm);
            int ff = 1;
            if (isDecoder) {
                attention(p + "1.EncDecAttention.", b.cross);
                out.emplace_back(p + "1.layer_norm.weight", &b.crossNorm);
                ff = 2;
            }
            const std::string f = p + std::to_string(ff) + ".";
            if (m_config.feedForward == T5FeedForward::Relu) {
                out.emplace_back(f + "DenseReluDense.wi.weight", &b.wi);
            } else {
                out.emplace_back(f + "DenseReluDense.wi_0.weight", &b.wi0);
                out.emplace_back(f + "DenseReluDense.wi_1.weight", &b.wi1);
            }
            out.emplace_back(f + "DenseReluDense.wo.weight", &b.wo);
            out.emplace_back(f + "layer_norm.weight", &b.ffNorm);
        }
        out.emplace_back(name + ".final_layer_norm.weight", &finalNorm);
    };
    stack("encoder", encoder, encoderPosition, encoderNorm, false);
    stack("decoder", decoder, decoderPosition, decoderNorm, true);
    return out;
}

std::vector<std::pair<std::string, torch::Tensor>> T5Net::namedParameters() const
{
    std::vector<std::pair<std::string, torch::Tensor>> out;
    for (auto &[name, t] : const_cast<T5Net *>(this)->namedTensors())
        out.emplace_back(name, *t);
    return out;
}

std::vector<torch::Tensor> T5Net::parameters() const
{
    std::vector<torch::Tensor> out;
    for (auto &[name, t] : namedParameters())
        out.push_back(t);
    return out;
}

void T5Net::initialise(std::uint64_t seed)
{
    torch::InferenceMode off(false);
    torch::NoGradGuard noGrad;
    auto gen = at::detail::createCPUGenerator(seed);
    const double d = m_config.dModel, dkv = m_config.dKv, inner = double(m_config.heads) * m_config.dKv;
    auto normal = [&](torch::Tensor &t, double std) {
        auto cpu = torch::empty(t.sizes(), torch::kFloat32);
        cpu.normal_(0.0, std, gen);
        t.copy_(cpu);
    };
    normal(shared, 1.0);
    normal(encoderPosition, std::pow(d, -0.5));
    normal(decoderPosition, std::pow(d, -0.5));
    auto attention = [&](T5Attention &a) {
        normal(a.q, std::pow(d * dkv, -0.5));
        normal(a.k, std::pow(d, -0.5));
        normal(a.v, std::pow(d, -0.5));
        normal(a.o, std::pow(inner, -0.5));
    };
    auto block = [&](T5Block &b, bool isDecoder) {
        b.selfNorm.fill_(1);
        attention(b.self);
        if (isDecoder) {
            b.crossNorm.fill_(1);
            attention(b.cross);
        }
        b.ffNorm.fill_(1);
        if (m_config.feedForward == T5FeedForward::Relu) {
            normal(b.wi, std::pow(d, -0.5));
        } else {
            normal(b.wi0, std::pow(d, -0.5));
            normal(b.wi1, std::pow(d, -0.5));
        }
        normal(b.wo, std::pow(double(m_config.dFf), -0.5));
    };
    for (auto &b : encoder)
        block(b, false);
    for (auto &b : decoder)
        block(b, true);
    encoderNorm.fill_(1);
    decoderNorm.fill_(1);
}

void T5Net::to(const torch::Device &device)
{
    if (device == shared.device())
        return;
    for (auto &[name, t] : namedTensors())
        *t = t->to(device).contiguous();
}

void T5Net::setRequiresGrad(bool on)
{
    for (auto &[name, t] : namedTensors())
        t->set_requires_grad(on);
}

torch::Tensor T5Net::norm(const torch::Tensor &x, const torch::Tensor &weight) const
{
    // T5's LayerNorm: scale only, no mean subtracted, no bias; variance in float32.
    auto variance = x.pow(2).mean(-1, true);
    return x * torch::rsqrt(variance + m_config.layerNormEps) * weight;
}

torch::Tensor T5Net::positionBias(const torch::Tensor &table, std::int64_t queries, std::int64_t keys,
                                  bool bidirectional) const
{
    auto buckets = relativePositionBuckets(queries, keys, bidirectional, m_config.relativeBuckets,
                                           m_config.relativeMaxDistance)
                       .to(table.device());
    return torch::embedding(table, buckets).permute({2, 0, 1}).unsqueeze(0); // [1, H, Q, K]
}

torch::Tensor T5Net::attend(const T5Attention &a, const torch::Tensor &x, const torch::Tensor &memory,
                            const torch::Tensor &bias) const
{
    const std::int64_t batch = x.size(0), queries = x.size(1), keys = memory.size(1);
    const std::int64_t h = m_config.heads, dk = m_config.dKv;
    auto q = torch::linear(x, a.q).view({batch, queries, h, dk}).transpose(1, 2);
    auto k = torch::linear(memory, a.k).view({batch, keys, h, dk}).transpose(1, 2);
    auto v = torch::linear(memory, a.v).view({batch, keys, h, dk}).transpose(1, 2);
    // No 1/sqrt(dKv): T5 folds it into q's initialisation.
    auto weights = (torch::matmul(q, k.transpose(-2, -1)) + bias).softmax(-1);
    auto y = torch::matmul(weights, v).transpose(1, 2).reshape({batch, queries, h * dk});
    return torch::linear(y, a.o);
}

torch::Tensor T5Net::feedForward(const T5Block &b, const torch::Tensor &x) const
{
    if (m_config.feedForward == T5FeedForward::Relu)
        return torch::linear(torch::relu(torch::linear(x, b.wi)), b.wo);
    return torch::linear(torch::gelu(torch::linear(x, b.wi0), "tanh") * torch::linear(x, b.wi1), b.wo);
}

torch::Tensor T5Net::encode(const torch::Tensor &ids, const torch::Tensor &keep) const
{
    TORCH_CHECK(ids.dim() == 2 && keep.sizes() == ids.sizes(), "encode: ids and keep must be [B, S]");
    const std::int64_t s = ids.size(1);
    auto padding = torch::zeros(keep.sizes(), torch::TensorOptions().dtype(torch::kFloat32).device(ids.device()))
                       .masked_fill(keep.logical_not(), kMasked)
                       .view({ids.size(0), 1, 1, s});
    // The first block's bias table, computed once and shared by every layer (as T5 does).
    const auto bias = positionBias(encoderPosition, s, s, true) + padding;
    auto x = torch::embedding(shared, ids);
    for (const auto &b : encoder) {
        auto n = norm(x, b.selfNorm);
        x = x + attend(b.self, n, n, bias);
        x = x + feedForward(b, norm(x, b.ffNorm));
    }
    return norm(x, encoderNorm);
}

torch::Tensor T5Net::decode(const torch::Tensor &decoderIds, const torch::Tensor &encoded, const torch::Tensor &keep) const
{
    TORCH_CHECK(decoderIds.dim() == 2, "decode: ids must be [B, T]");
    const std::int64_t t = decoderIds.size(1), s = encoded.size(1);
    const auto opts = torch::TensorOptions().dtype(torch::kFloat32).device(decoderIds.device());
    auto causal = torch::ones({t, t}, opts.dtype(torch::kBool)).triu(1);
    const auto selfBias = positionBias(decoderPosition, t, t, false) + torch::zeros({t, t}, opts).masked_fill(causal, kMasked);
    const auto crossBias = torch::zeros(keep.sizes(), opts).masked_fill(keep.logical_not(), kMasked).view({keep.size(0), 1, 1, s});
    auto x = torch::embedding(shared, decoderIds);
    for (const auto &b : decoder) {
        auto n = norm(x, b.selfNorm);
        x = x + attend(b.self, n, n, selfBias);
        x = x + attend(b.cross, norm(x, b.crossNorm), encoded, crossBias);
        x = x + feedForward(b, norm(x, b.ffNorm));
    }
    return norm(x, decoderNorm);
}

torch::Tensor T5Net::logits(const torch::Tensor &hidden) const
{
    return torch::linear(hidden * std::pow(double(m_config.dModel), -0.5), shared);
}

} // namespace genlab::engine::masked::detail
