// Private to the gan module: the torch networks behind ImageGan and trainImageGan(). Never
// include from a public header.
#pragma once

#include "engine/gan/imagegan.h"
#include "engine/tensorio/detail/torchcheckpoint.h"

#include <torch/torch.h>

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace genlab::engine::gan::detail {

// A stride-2, kernel-4, padding-1 transposed convolution with the parameters of
// torch.nn.ConvTranspose2d (weight [in, out, 4, 4], bias [out]). Debian's LibTorch 1.13 runs
// transposed convolutions through a slow im2col path; for batches, the same function is computed
// as a 3x3 convolution into 4x the channels and a pixel shuffle (the oneDNN kernels).
struct UpConvImpl : torch::nn::Module
{
    UpConvImpl(int inChannels, int outChannels, bool bias);
    torch::Tensor forward(const torch::Tensor &x);

    torch::Tensor weight;
    torch::Tensor bias; // undefined without bias
    int inChannels;
    int outChannels;
    bool subPixel = true; // false: at::conv_transpose2d (the reference, tests compare the two)

private:
    torch::Tensor subPixelWeight();
    torch::Tensor m_gather; // [16 taps + zero] -> [4 phases x 9 taps]
};
TORCH_MODULE(UpConv);

// Generator: [z | one-hot(y)] -> linear (no bias) -> [2b or 4b, s, s], batch norm, ReLU; then
// UpConvs doubling the size, each but the last followed by batch norm and ReLU; tanh at the end.
struct GeneratorImpl : torch::nn::Module
{
    explicit GeneratorImpl(const ImageGanConfig &config);
    // z [N, latent], labels [N] (int64, ignored when unconditional) -> images [N, C, H, W] in [-1, 1]
    torch::Tensor forward(const torch::Tensor &z, const torch::Tensor &labels);

    ImageGanConfig config;
    std::vector<int> widths; // from the lowest feature map up: 2b (or 4b), ..., b, C
    int baseSize = 7;
    torch::nn::Linear fc{nullptr};
    torch::nn::BatchNorm2d bnIn{nullptr};
    std::vector<UpConv> up;
    std::vector<torch::nn::BatchNorm2d> bn;
};
TORCH_MODULE(Generator);

// Discriminator: [image | one plane per class] -> strided 4x4 convolutions with LeakyReLU(0.2)
// -> linear to one output (a logit for the logistic losses). Spectral norm: each weight divided
// by its largest singular value, estimated by one power iteration per training forward.
struct DiscriminatorImpl : torch::nn::Module
{
    explicit DiscriminatorImpl(const ImageGanConfig &config);
    // images [N, C, H, W] in [-1, 1], labels [N] -> [N] outputs
    torch::Tensor forward(const torch::Tensor &images, const torch::Tensor &labels);

    ImageGanConfig config;
    std::vector<torch::nn::Conv2d> convs;
    torch::nn::Linear out{nullptr};
    // Spectral norm: the left singular vector estimate of each weight (convs then out), buffers
    // "sn_u_0", "sn_u_1", ...
    std::vector<torch::Tensor> u;

private:
    torch::Tensor normalized(const torch::Tensor &weight, std::size_t index);
};
TORCH_MODULE(Discriminator);

// Re-draws every parameter from a generator seeded with seed (DCGAN's N(0, 0.02) for weights,
// N(1, 0.02) for batch-norm scales, zeros for biases), so one seed gives one model anywhere.
void initialize(Generator &g, Discriminator &d, std::uint64_t seed);

// Parameters and buffers in state_dict order and naming, prefixed "generator." and
// "discriminator." ("generator.fc.weight", "discriminator.convs.0.weight", "discriminator.sn_u.0").
std::vector<std::pair<std::string, torch::Tensor>> namedTensors(const Generator &g, const Discriminator &d);
// The parameters only (what the optimizers own), with the same names.
std::vector<std::pair<std::string, torch::Tensor>> namedParameters(const Generator &g, const Discriminator &d);

// Adam's hyperparameters with DCGAN's defaults (both players).
struct AdamSettings : engine::detail::AdamSettings
{
    AdamSettings() : engine::detail::AdamSettings{2e-4, 0.5, 0.999, 1e-8} {}
};

struct ImageGanState
{
    ImageGanState(const ImageGanConfig &c, const ResolvedDevice &d);

    ImageGanConfig config;
    ImageGanInfo info;
    ResolvedDevice device;
    torch::Device torchDevice;
    Generator generator;
    Discriminator discriminator;
    std::unique_ptr<torch::optim::Adam> gOptimizer; // present once trained or loaded with state
    std::unique_ptr<torch::optim::Adam> dOptimizer;
    AdamSettings adam;

    // Creates both optimizers when missing, else applies the settings keeping the moments.
    void ensureOptimizers(const AdamSettings &settings);
};

// [-1, 1] network output -> 8-bit images.
std::vector<Image> toImages(const torch::Tensor &nchw);

// The noise of sample(): N(0, 1) from a CPU generator seeded with seed; truncation > 0 redraws
// values outside [-t, t] from the same generator.
torch::Tensor drawNoise(std::int64_t count, int dim, std::uint64_t seed, double truncation);

} // namespace genlab::engine::gan::detail
