#include "engine/runtime/detail/tensors.h"

#include <cstring>

namespace genlab::engine::detail {

torch::Device toTorchDevice(const ResolvedDevice &device)
{
    return device.cuda ? torch::Device(torch::kCUDA, static_cast<c10::DeviceIndex>(device.index))
                       : torch::Device(torch::kCPU);
}

torch::Tensor seededNormal(at::IntArrayRef shape, std::uint64_t seed, const torch::Device &device)
{
    auto gen = at::detail::createCPUGenerator(seed);
    return torch::randn(shape, gen, torch::TensorOptions().dtype(torch::kFloat32)).to(device);
}

torch::Tensor seededUniform(at::IntArrayRef shape, std::uint64_t seed, const torch::Device &device)
{
    auto gen = at::detail::createCPUGenerator(seed);
    return torch::rand(shape, gen, torch::TensorOptions().dtype(torch::kFloat32)).to(device);
}

FloatImage tensorToFloatImage(const torch::Tensor &chw)
{
    auto t = chw.detach().to(torch::kCPU, torch::kFloat32).contiguous();
    FloatImage img;
    img.channels = int(t.size(0));
    img.height = int(t.size(1));
    img.width = int(t.size(2));
    img.values.resize(std::size_t(t.numel()));
    std::memcpy(img.values.data(), t.data_ptr<float>(), img.values.size() * sizeof(float));
    return img;
}

torch::Tensor floatImageToTensor(const FloatImage &image)
{
    auto t = torch::empty({image.channels, image.height, image.width}, torch::kFloat32);
    std::memcpy(t.data_ptr<float>(), image.values.data(), image.values.size() * sizeof(float));
    return t;
}

} // namespace genlab::engine::detail
