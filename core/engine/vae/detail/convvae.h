// Private to the vae module: the torch network behind LatentModel and train(). Never include
// from a public header.
#pragma once

#include "engine/vae/vaeconfig.h"

#include <torch/torch.h>

#include <cstdint>
#include <string>
#include <vector>

namespace genlab::engine::vae::detail {

// A stride-2, kernel-4, padding-1 transposed convolution whose parameters have exactly the shape
// of torch.nn.ConvTranspose2d (weight [in, out, 4, 4], bias [out]), so checkpoints interchange
// with PyTorch. Debian's LibTorch 1.13 runs transposed convolutions through the slow im2col path;
// when the output size is exactly twice the input, the batch has several images and the layer
// has at least 8 output channels, the same function is computed as a 3x3 convolution into 4x the
// channels followed by a pixel shuffle, which takes the oneDNN kernels.
struct UpConvImpl : torch::nn::Module
{
    UpConvImpl(int inChannels, int outChannels, int outputPadding);
    torch::Tensor forward(const torch::Tensor &x);

    torch::Tensor weight;
    torch::Tensor bias;
    int inChannels;
    int outChannels;
    int outputPadding;
    bool subPixel = true; // false: at::conv_transpose2d (reference path, tests compare the two)

private:
    torch::Tensor subPixelWeight(bool channelsLast);

    torch::Tensor m_gather; // [16 taps + zero] -> [4 phases x 9 taps] indices
    // Inference reuses the rearranged weights until the parameters change (their version moves).
    struct Cached
    {
        torch::Tensor weight, bias;
        std::int64_t weightVersion = -1, biasVersion = -1;
    };
    Cached m_cache[2]; // contiguous, channels_last
};
TORCH_MODULE(UpConv);

// Encoder: stride-2 4x4 convolutions (ReLU) then a linear layer to the latent (autoencoder) or
// to [mean | log-variance] (VAE). Decoder: a linear layer to the lowest feature map (ReLU), then
// UpConvs back to the image size; the last one gives logits.
struct ConvVaeImpl : torch::nn::Module
{
    explicit ConvVaeImpl(const VaeConfig &config);

    struct Encoded
    {
        torch::Tensor mean;
        torch::Tensor logVar; // undefined for the autoencoder
    };
    Encoded encode(const torch::Tensor &images);
    torch::Tensor decodeLogits(const torch::Tensor &z);

    // Re-draws every parameter from a generator seeded with seed, with the bounds PyTorch's default
    // initialisation uses, so one seed gives one model on any thread and device.
    void initialize(std::uint64_t seed);
    // Converts 4-D weights to channels_last (or back): faster convolutions at training batch sizes.
    void setChannelsLast(bool on);
    void setSubPixel(bool on);

    VaeConfig config;
    std::vector<int> sizes;    // feature-map side lengths, image first: 28, 14, 7
    std::vector<int> widths;   // channels per level: C, base, 2*base
    bool channelsLast = false;
    torch::nn::ModuleList down{nullptr};
    torch::nn::Linear toLatent{nullptr};
    torch::nn::Linear fromLatent{nullptr};
    std::vector<UpConv> up;
};
TORCH_MODULE(ConvVae);

// Named tensors in PyTorch state_dict order and naming ("down.0.weight", ...).
std::vector<std::pair<std::string, torch::Tensor>> namedParameters(const ConvVae &net);

struct Losses
{
    torch::Tensor reconstruction; // mean over the batch of the per-image negative log-likelihood
    torch::Tensor kl;             // mean over the batch of KL(q(z|x) || N(0, I)); zero for the autoencoder
    torch::Tensor klPerDim;       // [latent] mean over the batch; zeros for the autoencoder
    torch::Tensor loss;           // reconstruction + beta * kl
};

// One forward pass of the training objective. noise: [batch, latent] standard normal draws
// (ignored by the autoencoder).
Losses computeLosses(ConvVae &net, const torch::Tensor &images, const torch::Tensor &noise, double beta);

// KL(N(mean, exp(logVar)) || N(0, 1)) elementwise.
torch::Tensor gaussianKl(const torch::Tensor &mean, const torch::Tensor &logVar);

// The reparameterised draw mean + exp(logVar / 2) * noise.
torch::Tensor reparameterize(const torch::Tensor &mean, const torch::Tensor &logVar, const torch::Tensor &noise);

// [N, C, H, W] in [0,1] from plain images (which must all have the model's size and channels).
torch::Tensor imagesToTensor(const std::vector<const float *> &planes, int channels, int size);

} // namespace genlab::engine::vae::detail
