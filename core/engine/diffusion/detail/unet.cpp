#include "engine/diffusion/detail/unet.h"

#include "engine/runtime/detail/tensors.h"
#include "engine/train/detail/imagetraining.h"

#include <cmath>
#include <stdexcept>

namespace genlab::engine::diffusion::detail {

namespace {

constexpr double kMaxPeriod = 10000.0;
constexpr double kNormEps = 1e-5;
constexpr int kMultiHeadChannels = 128;
constexpr int kHeads = 4;

torch::nn::Conv2d conv3x3(int in, int out, int stride = 1)
{
    return torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, 3).stride(stride).padding(1));
}

torch::nn::Conv2d conv1x1(int in, int out)
{
    return torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, 1));
}

torch::nn::GroupNorm groupNorm(int channels)
{
    return torch::nn::GroupNorm(torch::nn::GroupNormOptions(kGroups, channels).eps(kNormEps));
}

// A 3x3 convolution (padding 1). Without gradients at batch 1, LibTorch 1.13 sends those of small
// feature maps (N·C·H·W <= 20480: this UNet's 14 and 7 px levels) to its im2col kernel, which took
// 1.5-2x as long here as oneDNN's (64 channels at 14 px: 0.22 vs 0.12 ms); a sampler runs the
// network at batch 1 hundreds of times. The same function through the other kernel; training and
// batches keep torch's own choice, and so do inputs of few channels (conv_in), where im2col wins.
constexpr int kMinOneDnnChannels = 8;

torch::Tensor conv3x3Forward(torch::nn::Conv2d &conv, const torch::Tensor &x)
{
#if AT_MKLDNN_ENABLED()
    if (x.size(0) == 1 && x.size(1) >= kMinOneDnnChannels && !at::GradMode::is_enabled() && x.is_cpu() &&
        x.scalar_type() == at::kFloat && conv->weight.scalar_type() == at::kFloat &&
        at::globalContext().userEnabledMkldnn()) {
        const std::int64_t stride = (*conv->options.stride())[0];
        return at::mkldnn_convolution(x.contiguous(), conv->weight, conv->bias, {1, 1}, {stride, stride}, {1, 1}, 1);
    }
#endif
    return conv->forward(x);
}

torch::Tensor normSilu(const torch::nn::GroupNorm &norm, const torch::Tensor &x)
{
    return torch::silu(torch::group_norm(x, kGroups, norm->weight, norm->bias, kNormEps));
}

} // namespace

ResBlockImpl::ResBlockImpl(int in, int out, int embeddingDim)
{
    norm1 = register_module("norm1", groupNorm(in));
    conv1 = register_module("conv1", conv3x3(in, out));
    timeProj = register_module("time_proj", torch::nn::Linear(embeddingDim, out));
    norm2 = register_module("norm2", groupNorm(out));
    conv2 = register_module("conv2", conv3x3(out, out));
    if (in != out)
        skip = register_module("skip", conv1x1(in, out));
}

torch::Tensor ResBlockImpl::forward(const torch::Tensor &x, const torch::Tensor &e)
{
    torch::Tensor h = conv3x3Forward(conv1, normSilu(norm1, x));
    h = h + timeProj->forward(e).unsqueeze(-1).unsqueeze(-1);
    h = conv3x3Forward(conv2, normSilu(norm2, h));
    return h + (skip ? skip->forward(x) : x);
}

AttentionImpl::AttentionImpl(int c) : channels(c), heads(c >= kMultiHeadChannels ? kHeads : 1)
{
    norm = register_module("norm", groupNorm(c));
    qkv = register_module("qkv", conv1x1(c, 3 * c));
    proj = register_module("proj", conv1x1(c, c));
}

torch::Tensor AttentionImpl::forward(const torch::Tensor &x)
{
    const std::int64_t n = x.size(0), h = x.size(2), w = x.size(3);
    const std::int64_t d = channels / heads;
    // [N, 3, heads, d, HW]: q, k, v along the channels in that order.
    auto packed = qkv->forward(torch::group_norm(x, kGroups, norm->weight, norm->bias, kNormEps))
                      .reshape({n, 3, heads, d, h * w});
    auto q = packed.select(1, 0), k = packed.select(1, 1), v = packed.select(1, 2);
    auto attention = torch::softmax(torch::matmul(q.transpose(-1, -2), k).mul_(1.0 / std::sqrt(double(d))), -1);
    auto out = torch::matmul(v, attention.transpose(-1, -2)).reshape({n, channels, h, w});
    return x + proj->forward(out);
}

UNetImpl::UNetImpl(const DiffusionConfig &c) : config(c)
{
    if (std::string v = c.validate(); !v.empty())
        throw std::invalid_argument("invalid diffusion config: " + v);
    const int b = c.baseChannels;
    const int e = 4 * b;
    const int levels = c.levels();
    for (int l = 0; l < levels; ++l)
        widths.push_back(l == 0 ? b : 2 * b);

    const int half = b / 2;
    frequencies = torch::exp(torch::arange(half, torch::kFloat64) * (-std::log(kMaxPeriod) / half)).to(torch::kFloat32);

    timeIn = register_module("time_in", torch::nn::Linear(b, e));
    timeOut = register_module("time_out", torch::nn::Linear(e, e));
    if (c.conditional)
        classEmbedding = register_module("class_embedding", torch::nn::Embedding(c.numClasses + 1, e));
    convIn = register_module("conv_in", conv3x3(c.channels, b));

    auto downList = register_module("down", torch::nn::ModuleList());
    std::vector<int> skips{b};
    int ch = b;
    for (int l = 0; l < levels; ++l) {
        for (int r = 0; r < c.resBlocks; ++r) {
            Stage s;
            s.block = ResBlock(ch, widths[std::size_t(l)], e);
            downList->push_back(s.block);
            down.push_back(s);
            ch = widths[std::size_t(l)];
            skips.push_back(ch);
        }
        if (l + 1 < levels) {
            Stage s;
            s.resample = conv3x3(ch, ch, 2);
            downList->push_back(s.resample);
            down.push_back(s);
            skips.push_back(ch);
        }
    }
    mid1 = register_module("mid_block1", ResBlock(ch, ch, e));
    if (c.attention)
        midAttention = register_module("mid_attention", Attention(ch));
    mid2 = register_module("mid_block2", ResBlock(ch, ch, e));

    auto upList = register_module("up", torch::nn::ModuleList());
    for (int l = levels - 1; l >= 0; --l) {
        for (int r = 0; r <= c.resBlocks; ++r) {
            Stage s;
            s.block = ResBlock(ch + skips.back(), widths[std::size_t(l)], e);
            skips.pop_back();
            upList->push_back(s.block);
            up.push_back(s);
            ch = widths[std::size_t(l)];
        }
        if (l > 0) {
            Stage s;
            s.resample = conv3x3(ch, ch);
            upList->push_back(s.resample);
            up.push_back(s);
        }
    }
    normOut = register_module("norm_out", groupNorm(ch));
    convOut = register_module("conv_out", conv3x3(ch, c.channels));
}

torch::Tensor UNetImpl::embedClasses(const torch::Tensor &labels, const torch::Tensor &blendTo, double blend)
{
    if (!classEmbedding)
        return {};
    auto e = classEmbedding->forward(labels);
    if (blendTo.defined() && blend != 0)
        e = torch::lerp(e, classEmbedding->forward(blendTo), blend);
    return e;
}

torch::Tensor UNetImpl::embed(const torch::Tensor &t, const torch::Tensor &classEmb)
{
    if (frequencies.device() != t.device())
        frequencies = frequencies.to(t.device());
    auto angles = t.to(torch::kFloat32).unsqueeze(1) * frequencies.unsqueeze(0);
    auto e = timeOut->forward(torch::silu(timeIn->forward(torch::cat({torch::sin(angles), torch::cos(angles)}, 1))));
    if (classEmbedding) {
        // No class given: every image gets the "no class" row.
        if (classEmb.defined())
            e = e + classEmb;
        else
            e = e + classEmbedding->weight[config.numClasses].unsqueeze(0);
    }
    return e;
}

torch::Tensor UNetImpl::forward(const torch::Tensor &x, const torch::Tensor &t, const torch::Tensor &labels)
{
    return forwardEmbedded(x, t, classEmbedding && labels.defined() ? embedClasses(labels) : torch::Tensor());
}

torch::Tensor UNetImpl::forwardEmbedded(const torch::Tensor &x, const torch::Tensor &t, const torch::Tensor &classEmb)
{
    const torch::Tensor e = torch::silu(embed(t, classEmb));
    torch::Tensor h = convIn->forward(x);
    std::vector<torch::Tensor> skips;
    skips.reserve(down.size() + 1);
    skips.push_back(h);
    for (auto &s : down) {
        h = s.block ? s.block->forward(h, e) : conv3x3Forward(s.resample, h);
        skips.push_back(h);
    }
    h = mid1->forward(h, e);
    if (midAttention)
        h = midAttention->forward(h);
    h = mid2->forward(h, e);
    for (auto &s : up) {
        if (s.block) {
            h = s.block->forward(torch::cat({h, skips.back()}, 1), e);
            skips.pop_back();
        } else {
            h = conv3x3Forward(s.resample, torch::upsample_nearest2d(h, {h.size(2) * 2, h.size(3) * 2}));
        }
    }
    return conv3x3Forward(convOut, normSilu(normOut, h));
}

void initialize(UNet &net, std::uint64_t seed)
{
    torch::NoGradGuard noGrad;
    auto gen = at::detail::createCPUGenerator(seed);
    auto uniform = [&](torch::Tensor &t, double bound) {
        t.copy_(torch::empty(t.sizes(), torch::kFloat32).uniform_(-bound, bound, gen));
    };
    for (const auto &m : net->modules(/*include_self=*/false)) {
        if (auto *conv = m->as<torch::nn::Conv2d>()) {
            const double bound = 1.0 / std::sqrt(double(conv->weight[0].numel()));
            uniform(conv->weight, bound);
            if (conv->bias.defined())
                uniform(conv->bias, bound);
        } else if (auto *linear = m->as<torch::nn::Linear>()) {
            const double bound = 1.0 / std::sqrt(double(linear->weight.size(1)));
            uniform(linear->weight, bound);
            if (linear->bias.defined())
                uniform(linear->bias, bound);
        } else if (auto *embedding = m->as<torch::nn::Embedding>()) {
            embedding->weight.copy_(torch::empty(embedding->weight.sizes(), torch::kFloat32).normal_(0.0, 1.0, gen));
        } else if (auto *norm = m->as<torch::nn::GroupNorm>()) {
            norm->weight.fill_(1.0);
            norm->bias.zero_();
        }
    }
}

engine::detail::NamedTensors namedTensors(const UNet &net, const std::string &prefix)
{
    engine::detail::NamedTensors out;
    for (const auto &item : net->named_parameters(/*recurse=*/true))
        out.emplace_back(prefix + item.key(), item.value());
    for (const auto &item : net->named_buffers(/*recurse=*/true))
        out.emplace_back(prefix + item.key(), item.value());
    return out;
}

engine::detail::NamedTensors namedParameters(const UNet &net, const std::string &prefix)
{
    engine::detail::NamedTensors out;
    for (const auto &item : net->named_parameters(/*recurse=*/true))
        out.emplace_back(prefix + item.key(), item.value());
    return out;
}

DiffusionState::DiffusionState(const DiffusionConfig &c, const ResolvedDevice &dev)
    : config(c), device(dev), torchDevice(engine::detail::toTorchDevice(dev)), schedule(c.makeSchedule()), net(c),
      ema(c)
{
    if (device.id.empty())
        device.id = "cpu";
    // Sampling runs the network hundreds of times on batches of up to a few hundred images: without
    // this, a third of a batched forward went to page faults (imagetraining.cpp).
    train::detail::keepTensorBuffersInTheHeap();
    net->to(torchDevice);
    ema->to(torchDevice);
    for (auto &p : ema->parameters())
        p.requires_grad_(false);
    net->eval();
    ema->eval();
}

void DiffusionState::ensureOptimizer(const AdamSettings &s)
{
    engine::detail::ensureAdam(optimizer, net->parameters(), s);
    adam = s;
}

void DiffusionState::updateEma(double decay)
{
    torch::NoGradGuard noGrad;
    const auto target = ema->parameters();
    const auto source = net->parameters();
    for (std::size_t i = 0; i < target.size(); ++i)
        target[i].lerp_(source[i], 1.0 - decay);
    const auto targetBuffers = ema->buffers();
    const auto sourceBuffers = net->buffers();
    for (std::size_t i = 0; i < targetBuffers.size(); ++i)
        targetBuffers[i].copy_(sourceBuffers[i]);
}

void DiffusionState::resetEma()
{
    torch::NoGradGuard noGrad;
    const auto target = ema->parameters();
    const auto source = net->parameters();
    for (std::size_t i = 0; i < target.size(); ++i)
        target[i].copy_(source[i]);
    const auto targetBuffers = ema->buffers();
    const auto sourceBuffers = net->buffers();
    for (std::size_t i = 0; i < targetBuffers.size(); ++i)
        targetBuffers[i].copy_(sourceBuffers[i]);
}

} // namespace genlab::engine::diffusion::detail
