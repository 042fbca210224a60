// Private to the engine: the bridge between safetensors files (engine/io) and torch tensors, for
// every module that loads or saves weights. Never include from a public header.
#pragma once

#include "engine/io/safetensors.h"

#include <torch/torch.h>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace genlab::engine::detail {

using TensorMap = std::map<std::string, torch::Tensor>;
using ShapeMap = std::map<std::string, std::vector<std::int64_t>>;

enum class HalfPrecision {
    Keep,      // F16/BF16 tensors load as kHalf/kBFloat16
    ToFloat32, // ... or as kFloat (CPU inference wants float)
};

torch::ScalarType toTorchDtype(io::DType dtype);
// Throws std::invalid_argument for dtypes safetensors files of ours cannot hold (complex, uint16...).
io::DType fromTorchDtype(torch::ScalarType type);

// A CPU tensor that owns an aligned copy of the file's bytes (never a view of the mapping, which
// may be misaligned and dies with the reader).
torch::Tensor loadTensor(const io::SafetensorsReader &reader, const io::TensorInfo &info,
                         HalfPrecision half = HalfPrecision::Keep);
TensorMap loadTensors(const io::SafetensorsReader &reader, HalfPrecision half = HalfPrecision::Keep);

// Contiguous CPU copies of the tensors (kept alive in *keepAlive) described for
// io::writeSafetensors / io::CheckpointData, in name order.
std::vector<io::TensorToWrite> tensorsToWrite(const TensorMap &tensors, std::vector<torch::Tensor> *keepAlive);
// io::writeSafetensors of the map: atomic, refuses NaN/Inf (naming the tensor). Throws io::FileError.
void saveTensors(const std::string &path, const TensorMap &tensors,
                 const std::map<std::string, std::string> &metadata = {});

ShapeMap shapesOf(const TensorMap &tensors);
// Empty when every expected tensor is present with its shape and nothing else is there; otherwise
// one message listing the missing, unexpected and misshaped tensors with expected and actual shapes.
std::string checkShapes(const ShapeMap &expected, const TensorMap &loaded);

// Parameters and buffers by their dotted names (the module's own tensors, not copies).
TensorMap stateDict(const torch::nn::Module &module);
// Copies each tensor into the module's parameter or buffer of that name (converting dtype and
// device) after checkShapes(); throws io::FileError(source, the checkShapes message) on mismatch,
// leaving the module untouched.
void loadStateDict(torch::nn::Module &module, const TensorMap &tensors, const std::string &source);

} // namespace genlab::engine::detail
