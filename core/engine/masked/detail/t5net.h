// Private to the masked module: the T5-style encoder-decoder on LibTorch tensors. Never include
// from a public header.
#pragma once

#include "engine/masked/t5config.h"

#include <torch/torch.h>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace genlab::engine::masked::detail {

// Linear weights [out, in], as Hugging Face T5 stores them.
struct T5Attention
{
    torch::Tensor q, k, v; // [heads * dKv, dModel]
    torch::Tensor o;       // [dModel, heads * dKv]
};

struct T5Block
{
    torch::Tensor selfNorm;
    T5Attention self;
    torch::Tensor crossNorm; // decoder only
    T5Attention cross;       // decoder only
    torch::Tensor ffNorm;
    torch::Tensor wi, wi0, wi1; // relu: wi [dFf, dModel]; gated-gelu: wi0, wi1
    torch::Tensor wo;           // [dModel, dFf]
};

// T5's relative position buckets (Hugging Face's _relative_position_bucket, float32 logs) of
// memory position minus query position, for a [queries, keys] grid starting at queryOffset.
torch::Tensor relativePositionBuckets(std::int64_t queries, std::int64_t keys, bool bidirectional, int numBuckets,
                                      int maxDistance, std::int64_t queryOffset = 0);

// Thread: one thread at a time.
class T5Net
{
public:
    explicit T5Net(const T5Config &config); // zeros (norms ones) on the CPU

    const T5Config &config() const { return m_config; }
    torch::Device device() const { return shared.device(); }

    // T5's initialisation (Hugging Face T5PreTrainedModel._init_weights, factor 1): embedding
    // N(0, 1); q N(0, (dModel dKv)^-1/2), k and v N(0, dModel^-1/2), o N(0, (heads dKv)^-1/2);
    // wi N(0, dModel^-1/2), wo N(0, dFf^-1/2); relative bias N(0, dModel^-1/2); norms 1. Drawn
    // from a CPU generator seeded with seed.
    void initialise(std::uint64_t seed);
    void to(const torch::Device &device);
    void setRequiresGrad(bool on);

    // Hugging Face T5 names ("encoder.block.0.layer.0.SelfAttention.q.weight", "shared.weight").
    std::vector<std::pair<std::string, torch::Tensor *>> namedTensors();
    std::vector<std::pair<std::string, torch::Tensor>> namedParameters() const;
    std::vector<torch::Tensor> parameters() const;

    // ids [B, S] int64, keep [B, S] bool (false: padding) -> [B, S, dModel] after the final norm.
    torch::Tensor encode(const torch::Tensor &ids, const torch::Tensor &keep) const;
    // decoder ids [B, T] (starting with the start token) -> [B, T, dModel] after the final norm.
    torch::Tensor decode(const torch::Tensor &decoderIds, const torch::Tensor &encoded, const torch::Tensor &keep) const;
    // Tied output: hidden * dModel^-1/2 times the embedding -> [..., vocab].
    torch::Tensor logits(const torch::Tensor &hidden) const;

    torch::Tensor shared;          // [V, dModel]
    torch::Tensor encoderPosition; // [buckets, heads], encoder.block.0's relative_attention_bias
    torch::Tensor decoderPosition; // [buckets, heads], decoder.block.0's
    std::vector<T5Block> encoder;
    std::vector<T5Block> decoder;
    torch::Tensor encoderNorm, decoderNorm;

private:
    torch::Tensor attend(const T5Attention &a, const torch::Tensor &x, const torch::Tensor &memory,
                         const torch::Tensor &bias) const;
    torch::Tensor feedForward(const T5Block &b, const torch::Tensor &x) const;
    torch::Tensor norm(const torch::Tensor &x, const torch::Tensor &weight) const;
    torch::Tensor positionBias(const torch::Tensor &table, std::int64_t queries, std::int64_t keys,
                               bool bidirectional) const;

    T5Config m_config;
};

} // namespace genlab::engine::masked::detail
