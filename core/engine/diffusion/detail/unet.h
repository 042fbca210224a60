// Private to the diffusion module: the torch network behind DiffusionModel and train(). Never
// include from a public header.
//
// A plain DDPM-style UNet, every piece a standard torch module (Conv2d, GroupNorm, Linear,
// Embedding, SiLU, attention as matmul + softmax), so a Python peer can rebuild it from this
// description and load the same weights ("unet.<name>" in a checkpoint is <name> in its
// state_dict):
//
//   time_in, time_out   sinusoidal embedding of the integer timestep t (base values: sin of the
//                       first half, cos of the second, frequencies 10000^(-i / (base/2))) ->
//                       Linear(base, 4b) -> SiLU -> Linear(4b, 4b)
//   class_embedding     Embedding(numClasses + 1, 4b) added to it (row numClasses: "no class");
//                       absent when unconditional. Every block then sees SiLU(embedding).
//   conv_in             Conv2d(C, b, 3, padding 1)
//   down                per level l (widths b, 2b, 2b, ...): resBlocks ResBlocks to the level's width,
//                       then (all but the lowest level) a Conv2d(w, w, 3, stride 2, padding 1);
//                       conv_in's output and every module's output here are kept for the skips
//   mid_block1, mid_attention, mid_block2
//                       ResBlock, Attention (when config.attention), ResBlock at the lowest level
//   up                  per level from the lowest: resBlocks + 1 ResBlocks, each on
//                       cat([h, the last skip kept], dim 1); then (all but level 0) a nearest 2x
//                       upsampling followed by Conv2d(w, w, 3, padding 1)
//   norm_out, conv_out  GroupNorm(8, b) -> SiLU -> Conv2d(b, C, 3, padding 1)
//
// ResBlock(in, out): h = conv1(SiLU(norm1(x))) + time_proj(e)[:, :, None, None];
//   h = conv2(SiLU(norm2(h))); return h + (skip(x) when in != out, a 1x1 Conv2d, else x).
//   norm1 = GroupNorm(8, in), norm2 = GroupNorm(8, out), conv 3x3 padding 1, time_proj Linear(4b, out).
// Attention(c): heads = 1 below 128 channels, else 4; qkv = Conv2d(c, 3c, 1) on norm(x) (GroupNorm(8,
//   c)), split into q, k, v of [heads, c/heads, HW] each (in that order along the channels), softmax
//   over keys of q^T k / sqrt(c/heads), out = v a^T, return x + proj(out) (proj a 1x1 Conv2d).
#pragma once

#include "engine/diffusion/diffusionmodel.h"
#include "engine/tensorio/detail/torchcheckpoint.h"

#include <torch/torch.h>

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace genlab::engine::diffusion::detail {

inline constexpr int kGroups = 8;

struct ResBlockImpl : torch::nn::Module
{
    ResBlockImpl(int inChannels, int outChannels, int embeddingDim);
    // x [N, in, H, W], e [N, 4b] (already through SiLU)
    torch::Tensor forward(const torch::Tensor &x, const torch::Tensor &e);

    torch::nn::GroupNorm norm1{nullptr};
    torch::nn::Conv2d conv1{nullptr};
    torch::nn::Linear timeProj{nullptr};
    torch::nn::GroupNorm norm2{nullptr};
    torch::nn::Conv2d conv2{nullptr};
    torch::nn::Conv2d skip{nullptr}; // only when the channels change
};
TORCH_MODULE(ResBlock);

struct AttentionImpl : torch::nn::Module
{
    explicit AttentionImpl(int channels);
    torch::Tensor forward(const torch::Tensor &x);

    int channels;
    int heads;
    torch::nn::GroupNorm norm{nullptr};
    torch::nn::Conv2d qkv{nullptr};
    torch::nn::Conv2d proj{nullptr};
};
TORCH_MODULE(Attention);

struct UNetImpl : torch::nn::Module
{
    explicit UNetImpl(const DiffusionConfig &config);

    // The embedding every block sees before its SiLU: time MLP of t [N] (integer timesteps as int64
    // or float) plus, when conditional, classEmbedding (from embedClasses(); undefined: "no class").
    torch::Tensor embed(const torch::Tensor &t, const torch::Tensor &classEmbedding);
    // Rows of the class table: labels [N] int64 in 0..numClasses (numClasses: "no class"); with
    // blendTo defined, (1 - blend) e(labels) + blend e(blendTo).
    torch::Tensor embedClasses(const torch::Tensor &labels, const torch::Tensor &blendTo = {}, double blend = 0);
    // x [N, C, H, W] model space, t [N], labels [N] int64 (ignored when unconditional) -> ε or v.
    torch::Tensor forward(const torch::Tensor &x, const torch::Tensor &t, const torch::Tensor &labels);
    // The same with a class embedding already made (embedClasses).
    torch::Tensor forwardEmbedded(const torch::Tensor &x, const torch::Tensor &t, const torch::Tensor &classEmbedding);

    DiffusionConfig config;
    std::vector<int> widths; // per level
    torch::Tensor frequencies; // [b/2], not a parameter or buffer (fixed by the config)
    torch::nn::Linear timeIn{nullptr};
    torch::nn::Linear timeOut{nullptr};
    torch::nn::Embedding classEmbedding{nullptr};
    torch::nn::Conv2d convIn{nullptr};
    // The modules of "down" and "up" in order: each a ResBlock or a resampling Conv2d.
    struct Stage
    {
        ResBlock block{nullptr};
        torch::nn::Conv2d resample{nullptr};
    };
    std::vector<Stage> down, up;
    ResBlock mid1{nullptr};
    Attention midAttention{nullptr};
    ResBlock mid2{nullptr};
    torch::nn::GroupNorm normOut{nullptr};
    torch::nn::Conv2d convOut{nullptr};
};
TORCH_MODULE(UNet);

// Re-draws every parameter from a CPU generator seeded with seed, as torch's own defaults would
// (Conv2d and Linear weights and biases U(-1/sqrt(fan_in), 1/sqrt(fan_in)), Embedding N(0, 1),
// GroupNorm 1 and 0), in the module order, so one seed gives one model anywhere.
void initialize(UNet &net, std::uint64_t seed);

// Parameters (and buffers) in state_dict order, prefixed ("unet.", "ema.").
engine::detail::NamedTensors namedTensors(const UNet &net, const std::string &prefix);
engine::detail::NamedTensors namedParameters(const UNet &net, const std::string &prefix);

// Adam's hyperparameters with the diffusion trainer's defaults.
struct AdamSettings : engine::detail::AdamSettings
{
    AdamSettings() : engine::detail::AdamSettings{1e-3, 0.9, 0.999, 1e-8} {}
};

struct DiffusionState
{
    DiffusionState(const DiffusionConfig &c, const ResolvedDevice &d);

    DiffusionConfig config;
    DiffusionInfo info;
    ResolvedDevice device;
    torch::Device torchDevice;
    DiffusionSchedule schedule;
    UNet net; // the trained weights
    UNet ema; // their exponential moving average (never trained directly)
    bool useEma = true;
    std::unique_ptr<torch::optim::Adam> optimizer; // present once trained or loaded with state
    AdamSettings adam;

    // Creates the optimizer over net's parameters when missing, else applies the settings.
    void ensureOptimizer(const AdamSettings &settings);
    // ema = decay * ema + (1 - decay) * net, for every parameter and buffer.
    void updateEma(double decay);
    // ema = net.
    void resetEma();
    // The network predictNoise() uses.
    UNet &inference() { return useEma ? ema : net; }
};

} // namespace genlab::engine::diffusion::detail
