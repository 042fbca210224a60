#include "engine/vae/detail/convvae.h"

#include <cmath>
#include <cstring>
#include <stdexcept>

namespace genlab::engine::vae::detail {

namespace {

// For output row 2m + a of a stride-2, pad-1, kernel-4 transposed convolution, input row m + d
// (d in -1, 0, 1) meets kernel tap k = a + 1 - 2d; taps outside 0..3 contribute nothing.
constexpr int kMinSubPixelChannels = 8;

int tapFor(int phase, int offset)
{
    int k = phase + 1 - 2 * offset;
    return (k >= 0 && k < 4) ? k : -1;
}

} // namespace

UpConvImpl::UpConvImpl(int in, int out, int outPad)
    : inChannels(in), outChannels(out), outputPadding(outPad)
{
    weight = register_parameter("weight", torch::empty({in, out, 4, 4}));
    bias = register_parameter("bias", torch::empty({out}));
    // Index 16 points at an appended zero.
    std::vector<std::int64_t> idx;
    idx.reserve(4 * 9);
    for (int a = 0; a < 2; ++a)
        for (int b = 0; b < 2; ++b)
            for (int dy = -1; dy <= 1; ++dy)
                for (int dx = -1; dx <= 1; ++dx) {
                    int ky = tapFor(a, dy), kx = tapFor(b, dx);
                    idx.push_back(ky < 0 || kx < 0 ? 16 : ky * 4 + kx);
                }
    m_gather = torch::tensor(idx, torch::kLong);
    register_buffer("gather_index", m_gather);
}

torch::Tensor UpConvImpl::subPixelWeight(bool channelsLast)
{
    // [in, out, 16] + zero tap -> [in, out, 4 phases * 9 taps] -> [out * 4, in, 3, 3]
    auto w = torch::cat({weight.reshape({inChannels, outChannels, 16}),
                         torch::zeros({inChannels, outChannels, 1}, weight.options())},
                        2);
    w = w.index_select(2, m_gather.to(w.device()))
            .reshape({inChannels, outChannels * 4, 3, 3})
            .transpose(0, 1);
    return w.contiguous(channelsLast ? at::MemoryFormat::ChannelsLast : at::MemoryFormat::Contiguous);
}

torch::Tensor UpConvImpl::forward(const torch::Tensor &x)
{
    // Measured here: one image decodes faster through the transposed kernel, and so does a layer
    // with few output channels (oneDNN gains nothing on 4 output planes); batches of the wider
    // layers are 2-5x faster as a convolution.
    if (!subPixel || outputPadding != 0 || x.size(0) < 2 || outChannels < kMinSubPixelChannels) {
        return at::conv_transpose2d(x, weight, bias, /*stride=*/2, /*padding=*/1, /*output_padding=*/outputPadding);
    }
    const bool channelsLast = x.size(0) > 1 && x.is_contiguous(at::MemoryFormat::ChannelsLast);
    torch::Tensor w, b;
    if (c10::InferenceMode::is_enabled()) {
        Cached &c = m_cache[channelsLast ? 1 : 0];
        if (!c.weight.defined() || c.weightVersion != std::int64_t(weight._version()) ||
            c.biasVersion != std::int64_t(bias._version()) || c.weight.device() != weight.device()) {
            c.weight = subPixelWeight(channelsLast);
            c.bias = bias.repeat_interleave(4);
            c.weightVersion = std::int64_t(weight._version());
            c.biasVersion = std::int64_t(bias._version());
        }
        w = c.weight;
        b = c.bias;
    } else {
        w = subPixelWeight(channelsLast);
        b = bias.repeat_interleave(4);
    }
    return at::pixel_shuffle(at::conv2d(x, w, b, /*stride=*/1, /*padding=*/1), 2);
}

ConvVaeImpl::ConvVaeImpl(const VaeConfig &c) : config(c)
{
    if (std::string v = c.validate(); !v.empty())
        throw std::invalid_argument("invalid model config: " + v);
    const int levels = c.imageSize >= 48 ? 3 : 2;
    sizes.push_back(c.imageSize);
    widths.push_back(c.channels);
    for (int l = 0; l < levels; ++l) {
        sizes.push_back(sizes.back() / 2);
        widths.push_back(c.baseChannels << l);
    }
    down = register_module("down", torch::nn::ModuleList());
    for (int l = 0; l < levels; ++l)
        down->push_back(torch::nn::Conv2d(
            torch::nn::Conv2dOptions(widths[l], widths[l + 1], 4).stride(2).padding(1)));
    const int flat = widths.back() * sizes.back() * sizes.back();
    const int outDim = c.kind == VaeConfig::Kind::Vae ? 2 * c.latentDim : c.latentDim;
    toLatent = register_module("to_latent", torch::nn::Linear(flat, outDim));
    fromLatent = register_module("from_latent", torch::nn::Linear(c.latentDim, flat));
    auto upList = register_module("up", torch::nn::ModuleList());
    for (int l = levels; l > 0; --l) {
        UpConv u(widths[l], widths[l - 1], sizes[l - 1] - 2 * sizes[l]);
        upList->push_back(u);
        up.push_back(u);
    }
    initialize(0);
}

ConvVaeImpl::Encoded ConvVaeImpl::encode(const torch::Tensor &images)
{
    torch::Tensor h = channelsLast && images.size(0) > 1 ? images.contiguous(at::MemoryFormat::ChannelsLast) : images;
    for (const auto &m : *down)
        h = torch::relu(m->as<torch::nn::Conv2d>()->forward(h));
    h = toLatent->forward(h.flatten(1));
    if (config.kind == VaeConfig::Kind::Autoencoder)
        return {h, {}};
    auto parts = h.chunk(2, 1);
    return {parts[0], parts[1]};
}

torch::Tensor ConvVaeImpl::decodeLogits(const torch::Tensor &z)
{
    const std::int64_t n = z.size(0);
    torch::Tensor h = torch::relu(fromLatent->forward(z)).view({n, widths.back(), sizes.back(), sizes.back()});
    if (channelsLast && n > 1)
        h = h.contiguous(at::MemoryFormat::ChannelsLast);
    for (std::size_t i = 0; i < up.size(); ++i) {
        h = up[i]->forward(h);
        if (i + 1 < up.size())
            h = torch::relu(h);
    }
    return h;
}

void ConvVaeImpl::initialize(std::uint64_t seed)
{
    torch::NoGradGuard noGrad;
    auto gen = at::detail::createCPUGenerator(seed);
    // PyTorch's default: weights and biases uniform in +-1/sqrt(fan_in), where fan_in is
    // weight.size(1) * kernel area (for transposed convolutions that is the output channels).
    auto fill = [&](torch::Tensor &w, torch::Tensor &b) {
        std::int64_t fanIn = w.size(1);
        for (std::int64_t d = 2; d < w.dim(); ++d)
            fanIn *= w.size(d);
        const double bound = 1.0 / std::sqrt(double(fanIn));
        auto cpuW = torch::empty(w.sizes(), torch::kFloat32).uniform_(-bound, bound, gen);
        auto cpuB = torch::empty(b.sizes(), torch::kFloat32).uniform_(-bound, bound, gen);
        w.copy_(cpuW);
        b.copy_(cpuB);
    };
    for (const auto &m : *down) {
        auto conv = m->as<torch::nn::Conv2d>();
        fill(conv->weight, conv->bias);
    }
    fill(toLatent->weight, toLatent->bias);
    fill(fromLatent->weight, fromLatent->bias);
    for (auto &u : up)
        fill(u->weight, u->bias);
}

void ConvVaeImpl::setChannelsLast(bool on)
{
    channelsLast = on;
    torch::NoGradGuard noGrad;
    const auto format = on ? at::MemoryFormat::ChannelsLast : at::MemoryFormat::Contiguous;
    for (const auto &m : *down) {
        auto conv = m->as<torch::nn::Conv2d>();
        conv->weight.set_data(conv->weight.contiguous(format));
    }
}

void ConvVaeImpl::setSubPixel(bool on)
{
    for (auto &u : up)
        u->subPixel = on;
}

std::vector<std::pair<std::string, torch::Tensor>> namedParameters(const ConvVae &net)
{
    std::vector<std::pair<std::string, torch::Tensor>> out;
    for (const auto &item : net->named_parameters(/*recurse=*/true))
        out.emplace_back(item.key(), item.value());
    return out;
}

torch::Tensor gaussianKl(const torch::Tensor &mean, const torch::Tensor &logVar)
{
    return 0.5 * (mean.square() + logVar.exp() - 1.0 - logVar);
}

torch::Tensor reparameterize(const torch::Tensor &mean, const torch::Tensor &logVar, const torch::Tensor &noise)
{
    return mean + noise * torch::exp(0.5 * logVar);
}

Losses computeLosses(ConvVae &net, const torch::Tensor &images, const torch::Tensor &noise, double beta)
{
    const double n = double(images.size(0));
    auto enc = net->encode(images);
    Losses l;
    torch::Tensor z;
    if (net->config.kind == VaeConfig::Kind::Vae) {
        z = reparameterize(enc.mean, enc.logVar, noise);
        auto klElems = gaussianKl(enc.mean, enc.logVar);
        l.klPerDim = klElems.mean(0);
        l.kl = l.klPerDim.sum();
    } else {
        z = enc.mean;
        l.klPerDim = torch::zeros({net->config.latentDim}, images.options());
        l.kl = torch::zeros({}, images.options());
    }
    auto logits = net->decodeLogits(z);
    if (net->config.likelihood == VaeConfig::Likelihood::Bernoulli) {
        l.reconstruction = torch::binary_cross_entropy_with_logits(logits, images, {}, {}, at::Reduction::Sum) / n;
    } else {
        l.reconstruction = (torch::sigmoid(logits) - images).square().sum() / n;
    }
    l.loss = beta != 0.0 ? l.reconstruction + beta * l.kl : l.reconstruction;
    return l;
}

torch::Tensor imagesToTensor(const std::vector<const float *> &planes, int channels, int size)
{
    const std::int64_t per = std::int64_t(channels) * size * size;
    auto t = torch::empty({std::int64_t(planes.size()), channels, size, size}, torch::kFloat32);
    float *dst = t.data_ptr<float>();
    for (std::size_t i = 0; i < planes.size(); ++i)
        std::memcpy(dst + i * per, planes[i], std::size_t(per) * sizeof(float));
    return t;
}

} // namespace genlab::engine::vae::detail
