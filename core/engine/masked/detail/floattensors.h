// Float32 tensors for the masked models' parameters before a checkpoint fills them.
#pragma once

#include <torch/torch.h>

namespace genlab::engine::masked::detail {

inline torch::Tensor float32Zeros(at::IntArrayRef shape)
{
    return torch::zeros(shape, torch::TensorOptions().dtype(torch::kFloat32));
}

inline torch::Tensor float32Ones(at::IntArrayRef shape)
{
    return torch::ones(shape, torch::TensorOptions().dtype(torch::kFloat32));
}

} // namespace genlab::engine::masked::detail
