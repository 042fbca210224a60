// Private to the gpt module: the GPT-2 network on LibTorch tensors. Never include from a public header.
#pragma once

#include "engine/gpt/detail/gemv.h"
#include "engine/gpt/gptconfig.h"
#include "engine/gpt/weightformat.h"

#include <torch/torch.h>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace genlab::engine::gpt::detail {

// Linear weights are stored [out, in] contiguous: torch::linear for batches (training, prefill)
// and addmv for the one-token path both read them row by row.
struct GptBlock
{
    torch::Tensor ln1Weight, ln1Bias;
    torch::Tensor qkvWeight, qkvBias;   // [3E, E], [3E]: q, k, v stacked
    torch::Tensor projWeight, projBias; // [E, E]
    torch::Tensor ln2Weight, ln2Bias;
    torch::Tensor fcWeight, fcBias;     // [4E, E]
    torch::Tensor fc2Weight, fc2Bias;   // [E, 4E]
    // bf16 / int8 models: the four matrices above live here instead (their tensors are undefined).
    PackedMatrix qkvPacked, projPacked, fcPacked, fc2Packed;
};

// Thread: one thread at a time.
class GptNet
{
public:
    explicit GptNet(const GptConfig &config); // allocates zeros on the CPU

    const GptConfig &config() const { return m_config; }
    torch::Device device() const { return wpe.device(); }

    // GPT-2's initialisation: N(0, 0.02), residual projections N(0, 0.02 / sqrt(2 layers)),
    // zero biases, unit LayerNorm scales. Drawn from a CPU generator seeded with seed.
    void initialise(std::uint64_t seed);
    void to(const torch::Device &device);
    void setRequiresGrad(bool on);

    // Canonical names, Hugging Face GPT-2's without the "transformer." prefix ("h.0.attn.c_attn.weight"),
    // with our [out, in] orientation.
    std::vector<std::pair<std::string, torch::Tensor>> namedParameters() const;
    std::vector<torch::Tensor> parameters() const;

    // ids [B, T] (int64) -> final hidden states [B, T, E] (after ln_f). With attention set, the
    // softmaxed attention of every layer [B, H, T, T] is appended to it.
    torch::Tensor hidden(const torch::Tensor &ids, std::vector<torch::Tensor> *attention = nullptr) const;
    // Tied output projection: hidden [..., E] -> logits [..., V].
    torch::Tensor logits(const torch::Tensor &hidden) const { return linear(hidden, wte, wtePacked, {}); }
    // Token embeddings of ids (any shape) -> [..., E].
    torch::Tensor embed(const torch::Tensor &ids) const;
    // x [..., in] W^T + bias through whichever of w (fp32 tensor) and packed holds the matrix.
    static torch::Tensor linear(const torch::Tensor &x, const torch::Tensor &w, const PackedMatrix &packed,
                                const torch::Tensor &bias);

    // Converts the decode matrices (qkv, proj, fc, fc2 of every block and the tied wte) to a
    // compact format and frees their fp32 tensors; inference only afterwards (no gradients, no
    // saving, CPU only). Fp32 leaves the net as it is.
    void packWeights(WeightFormat format);
    WeightFormat weightFormat() const { return m_format; }
    bool packed() const { return m_format != WeightFormat::Fp32; }
    // Bytes the weights take as held (packed matrices in their format, the rest fp32).
    std::int64_t weightBytes() const;

    torch::Tensor wte; // [V, E]
    torch::Tensor wpe; // [T, E]
    std::vector<GptBlock> blocks;
    torch::Tensor lnfWeight, lnfBias;
    PackedMatrix wtePacked; // packed models: the tied embedding / output matrix

private:
    GptConfig m_config;
    WeightFormat m_format = WeightFormat::Fp32;
};

// Batch-1 incremental decoding with a key/value cache preallocated to the context length, so each
// token costs the same whatever the context (no reallocation, no concatenation). The one-token
// step is built from matrix-vector products on the [out, in] weights.
// Thread: one thread at a time; the net must outlive it and not change device meanwhile.
class KvDecoder
{
public:
    explicit KvDecoder(const GptNet &net);

    int length() const { return m_length; }
    int capacity() const { return m_net->config().contextLength; }
    void truncate(int length); // keeps the first `length` positions

    // Appends tokens at positions [length, length + n) and returns the logits of the last one
    // ([V] float, on the net's device). Throws std::length_error past the capacity.
    torch::Tensor append(const std::vector<int> &ids);

private:
    torch::Tensor prefill(const std::vector<int> &ids);
    torch::Tensor step(int id);
    torch::Tensor stepCpu(int id);
    // w [out, in] x [in] + bias (undefined: none); into *accumulate (y += ...) when given.
    static torch::Tensor matvec(const torch::Tensor &w, const torch::Tensor &bias, const torch::Tensor &x,
                                torch::Tensor *accumulate = nullptr);
    void ensureCache();

    const GptNet *m_net;
    torch::Tensor m_keys;   // [L, H, T, D]
    torch::Tensor m_values; // [L, H, T, D]
    int m_length = 0;
    std::vector<float> m_buffer; // the CPU step's activations
};

} // namespace genlab::engine::gpt::detail
