#pragma once
// Torch-free entry points of the tensorio module (the torch bridge itself is private:
// engine/tensorio/detail/tensorio.h).

#include <cstddef>
#include <cstdint>
#include <string>

namespace genlab::engine {

struct TorchLoadSummary
{
    std::size_t tensorCount = 0;
    std::uint64_t byteCount = 0; // bytes of tensor data loaded
};

// Opens a safetensors file and loads every tensor into a torch tensor the way models do (aligned
// copies, F16/BF16 kept), then drops them. Proves a file loads; the benchmark times it.
// Throws io::FileError.
TorchLoadSummary loadAllIntoTorch(const std::string &path);

} // namespace genlab::engine
