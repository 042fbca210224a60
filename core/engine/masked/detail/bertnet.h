// Private to the masked module: the BERT encoder (and its MLM head) on LibTorch tensors. Never
// include from a public header.
#pragma once

#include "engine/masked/bertmodel.h"

#include <torch/torch.h>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace genlab::engine::masked::detail {

// Linear weights are stored [out, in] as Hugging Face's nn.Linear does; q, k and v are fused into
// one [3H, H] matrix so a layer's projections are one matrix product (split again when saved).
struct BertLayer
{
    torch::Tensor qkvWeight, qkvBias;       // [3H, H], [3H]: query, key, value stacked
    torch::Tensor attnOutWeight, attnOutBias; // attention.output.dense [H, H]
    torch::Tensor attnLnWeight, attnLnBias;   // attention.output.LayerNorm
    torch::Tensor fcWeight, fcBias;           // intermediate.dense [I, H]
    torch::Tensor outWeight, outBias;         // output.dense [H, I]
    torch::Tensor outLnWeight, outLnBias;     // output.LayerNorm
};

struct BertNetOutput
{
    torch::Tensor hidden;                 // last hidden states [B, T, H]
    torch::Tensor logits;                 // MLM logits [B, T, V]; undefined unless asked for (and a head exists)
    std::vector<torch::Tensor> attention; // per layer, softmaxed [B, heads, T, T]; empty unless asked for
};

// Thread: one thread at a time (training and inference alike; the tensors are shared, not copied).
class BertNet
{
public:
    BertNet(const BertConfig &config, bool withMlmHead); // allocates zeros (unit LayerNorms) on the CPU

    const BertConfig &config() const { return m_config; }
    bool hasMlmHead() const { return m_mlmHead; }
    torch::Device device() const { return wordEmbeddings.device(); }

    // BERT's initialisation: N(0, 0.02) for every matrix and embedding, zero biases, unit
    // LayerNorms; drawn from a CPU generator seeded with seed (the same numbers on every device).
    void initialise(std::uint64_t seed);
    void to(const torch::Device &device);
    void setRequiresGrad(bool on);

    // Our canonical names ("layer.3.attention.qkv.weight", "embeddings.word", "mlm.bias", ...), in a
    // fixed order; the word embeddings appear once (the MLM decoder is tied to them).
    std::vector<std::pair<std::string, torch::Tensor>> namedParameters() const;
    std::vector<torch::Tensor> parameters() const;

    // ids [B, T] int64 (T <= maxPositions); attentionMask [B, T] (1 = real token, 0 = padding; any
    // integer, bool or float dtype; undefined = every token real); tokenTypes [B, T] int64
    // (undefined = all 0). Padding positions still get hidden states (and logits), which callers
    // ignore. Works with and without grad mode (the trainer calls it under autograd).
    BertNetOutput forward(const torch::Tensor &ids, const torch::Tensor &attentionMask, bool withLogits,
                          bool keepAttention, const torch::Tensor &tokenTypes = {}) const;

    // The MLM head on any hidden states [..., H] -> logits [..., V]: transform (dense, GELU,
    // LayerNorm) then the tied decoder plus its bias. The trainer gathers the masked positions
    // first ([N, H]) so the V-wide product is only computed where the loss needs it. Throws
    // std::logic_error without a head.
    torch::Tensor mlmLogits(const torch::Tensor &hidden) const;

    // Embeddings
    torch::Tensor wordEmbeddings;     // [V, H] (also the MLM decoder weight)
    torch::Tensor positionEmbeddings; // [P, H]
    torch::Tensor tokenTypeEmbeddings; // [typeVocab, H]
    torch::Tensor embLnWeight, embLnBias;
    std::vector<BertLayer> layers;
    // MLM head (undefined without one)
    torch::Tensor mlmDenseWeight, mlmDenseBias; // [H, H]
    torch::Tensor mlmLnWeight, mlmLnBias;
    torch::Tensor mlmBias; // [V]

private:
    std::vector<torch::Tensor *> tensorSlots();

    BertConfig m_config;
    bool m_mlmHead = false;
};

} // namespace genlab::engine::masked::detail
