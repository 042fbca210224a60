#pragma once

#include <cstdint>
#include <string>

namespace genlab::engine::gpt {

// The shape of a GPT-2-style model: pre-LayerNorm blocks, learned positions, GELU (tanh
// approximation), tied input/output embeddings. Any size; gpt2 (124M) is
// {50257, 1024, 12, 12, 768}.
struct GptConfig
{
    int vocabSize = 0;
    int contextLength = 0; // learned positions, also the KV-cache length
    int layers = 0;
    int heads = 0;
    int embedDim = 0; // must be a multiple of heads
    double layerNormEps = 1e-5;

    int headDim() const { return heads > 0 ? embedDim / heads : 0; }
    // Parameters counted once (the output projection is the tied token embedding).
    std::int64_t parameterCount() const;
    // Bytes of fp32 weights read to decode one token: everything except the position table,
    // of which one row is read.
    std::int64_t decodeWeightBytes() const;

    // Throws std::invalid_argument naming the field when a value is out of range.
    void validate() const;
    // Empty when equal, otherwise "layers: 4 vs 6" style differences, field by field.
    std::string difference(const GptConfig &other) const;

    // {"architecture":"gpt2","vocab_size":..,"context_length":..,"layers":..,"heads":..,
    //  "embed_dim":..,"layer_norm_eps":..}
    std::string toJson() const;
    // Accepts the object above or a Hugging Face GPT-2 config.json (n_embd, n_layer, n_head,
    // n_positions/n_ctx, vocab_size, layer_norm_epsilon). Throws std::runtime_error naming the
    // missing or bad field; validates.
    static GptConfig fromJson(const std::string &json);

    bool operator==(const GptConfig &) const = default;
};

} // namespace genlab::engine::gpt
