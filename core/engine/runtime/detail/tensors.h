// Private to the engine: torch helpers shared by the modules. Never include from a public header.
#pragma once

#include "engine/base/image.h"
#include "engine/runtime/compute.h"

#include <torch/torch.h>

#include <cstdint>

namespace genlab::engine::detail {

torch::Device toTorchDevice(const ResolvedDevice &device);

// Noise is drawn on the CPU from a generator seeded explicitly, then moved to the device, so one
// seed gives the same numbers on CPU and GPU.
torch::Tensor seededNormal(at::IntArrayRef shape, std::uint64_t seed, const torch::Device &device);
torch::Tensor seededUniform(at::IntArrayRef shape, std::uint64_t seed, const torch::Device &device);

// [C,H,W] float in [0,1] <-> FloatImage (planar), on the CPU.
FloatImage tensorToFloatImage(const torch::Tensor &chw);
torch::Tensor floatImageToTensor(const FloatImage &image);

} // namespace genlab::engine::detail
