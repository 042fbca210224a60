#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace genlab::engine::gpt {

// How a loaded model holds the weights of its decode matrix products (attention and MLP
// projections, the tied embedding/output matrix). Everything else (LayerNorms, biases, position
// embeddings, activations, the key/value cache, attention) stays fp32. Batch-1 decoding reads
// every weight once per token, so fewer bytes per weight is directly more tokens per second.
//  - Fp32: as stored.
//  - Bf16: the top 16 bits of each fp32 (round to nearest even): same range, 8 bits of mantissa.
//  - Int8: symmetric int8 with one fp32 scale per group of 64 consecutive inputs of a row
//    (1.06 bytes per weight). Groups rather than one scale per row keep a few large weights
//    from coarsening a whole row of 768-3072 small ones.
enum class WeightFormat
{
    Fp32,
    Bf16,
    Int8,
};

inline constexpr std::string_view weightFormatName(WeightFormat f)
{
    switch (f) {
    case WeightFormat::Bf16:
        return "bf16";
    case WeightFormat::Int8:
        return "int8";
    case WeightFormat::Fp32:
        break;
    }
    return "fp32";
}

inline std::optional<WeightFormat> parseWeightFormat(std::string_view name)
{
    for (WeightFormat f : {WeightFormat::Fp32, WeightFormat::Bf16, WeightFormat::Int8})
        if (name == weightFormatName(f))
            return f;
    return std::nullopt;
}

// Options for GptModel::open / openSafetensors.
struct GptLoadOptions
{
    WeightFormat weights = WeightFormat::Fp32;
};

} // namespace genlab::engine::gpt
