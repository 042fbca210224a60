#include "engine/gan/detail/dcgan.h"

#include "engine/runtime/detail/tensors.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace genlab::engine::gan::detail {

namespace {

// Below this many output channels the 4x wider convolution gains nothing over the transposed
// kernel (measured for the VAE's decoder on this machine).
constexpr int kMinSubPixelChannels = 8;
constexpr double kLeakySlope = 0.2;
constexpr double kSpectralEps = 1e-12;

// For output row 2m + a of a stride-2, pad-1, kernel-4 transposed convolution, input row m + d
// (d in -1, 0, 1) meets kernel tap k = a + 1 - 2d; taps outside 0..3 contribute nothing.
int tapFor(int phase, int offset)
{
    int k = phase + 1 - 2 * offset;
    return (k >= 0 && k < 4) ? k : -1;
}

torch::Tensor oneHot(const torch::Tensor &labels, int classes, const torch::TensorOptions &options)
{
    auto y = torch::zeros({labels.size(0), classes}, options);
    y.scatter_(1, labels.view({-1, 1}).to(torch::kLong), 1.0);
    return y;
}

} // namespace

UpConvImpl::UpConvImpl(int in, int out, bool withBias) : inChannels(in), outChannels(out)
{
    weight = register_parameter("weight", torch::empty({in, out, 4, 4}));
    if (withBias)
        bias = register_parameter("bias", torch::empty({out}));
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
}

torch::Tensor UpConvImpl::subPixelWeight()
{
    // [in, out, 16] + a zero tap -> [in, out, 4 phases * 9 taps] -> [out * 4, in, 3, 3]
    auto w = torch::cat({weight.reshape({inChannels, outChannels, 16}),
                         torch::zeros({inChannels, outChannels, 1}, weight.options())},
                        2);
    if (m_gather.device() != w.device())
        m_gather = m_gather.to(w.device());
    return w.index_select(2, m_gather).reshape({inChannels, outChannels * 4, 3, 3}).transpose(0, 1).contiguous();
}

torch::Tensor UpConvImpl::forward(const torch::Tensor &x)
{
    if (!subPixel || x.size(0) < 2 || outChannels < kMinSubPixelChannels || !x.device().is_cpu())
        return at::conv_transpose2d(x, weight, bias, /*stride=*/2, /*padding=*/1);
    torch::Tensor b = bias.defined() ? bias.repeat_interleave(4) : torch::Tensor();
    return at::pixel_shuffle(at::conv2d(x, subPixelWeight(), b, /*stride=*/1, /*padding=*/1), 2);
}

GeneratorImpl::GeneratorImpl(const ImageGanConfig &c) : config(c)
{
    if (std::string v = c.validate(); !v.empty())
        throw std::invalid_argument("invalid GAN config: " + v);
    const int levels = c.levels();
    baseSize = c.imageSize >> levels;
    for (int l = levels - 1; l >= 0; --l)
        widths.push_back(c.baseChannels << l);
    widths.push_back(c.channels);
    const int in = c.latentDim + (c.conditional ? c.numClasses : 0);
    fc = register_module("fc", torch::nn::Linear(torch::nn::LinearOptions(in, widths[0] * baseSize * baseSize).bias(false)));
    bnIn = register_module("bn_in", torch::nn::BatchNorm2d(widths[0]));
    auto upList = register_module("up", torch::nn::ModuleList());
    auto bnList = register_module("bn", torch::nn::ModuleList());
    for (int l = 0; l < levels; ++l) {
        UpConv u(widths[std::size_t(l)], widths[std::size_t(l) + 1], /*bias=*/false);
        upList->push_back(u);
        up.push_back(u);
        if (l + 1 < levels) {
            torch::nn::BatchNorm2d b(widths[std::size_t(l) + 1]);
            bnList->push_back(b);
            bn.push_back(b);
        }
    }
}

torch::Tensor GeneratorImpl::forward(const torch::Tensor &z, const torch::Tensor &labels)
{
    torch::Tensor in = config.conditional ? torch::cat({z, oneHot(labels, config.numClasses, z.options())}, 1) : z;
    torch::Tensor h = fc->forward(in).view({z.size(0), widths[0], baseSize, baseSize});
    h = torch::relu(bnIn->forward(h));
    for (std::size_t i = 0; i < up.size(); ++i) {
        h = up[i]->forward(h);
        if (i < bn.size())
            h = torch::relu(bn[i]->forward(h));
    }
    return torch::tanh(h);
}

DiscriminatorImpl::DiscriminatorImpl(const ImageGanConfig &c) : config(c)
{
    if (std::string v = c.validate(); !v.empty())
        throw std::invalid_argument("invalid GAN config: " + v);
    const int levels = c.levels();
    int in = c.channels + (c.conditional ? c.numClasses : 0);
    auto list = register_module("convs", torch::nn::ModuleList());
    for (int l = 0; l < levels; ++l) {
        const int outC = c.baseChannels << l;
        torch::nn::Conv2d conv(torch::nn::Conv2dOptions(in, outC, 4).stride(2).padding(1));
        list->push_back(conv);
        convs.push_back(conv);
        in = outC;
    }
    const int s = c.imageSize >> levels;
    out = register_module("out", torch::nn::Linear(in * s * s, 1));
    if (c.spectralNorm) {
        for (std::size_t i = 0; i <= convs.size(); ++i) {
            const std::int64_t rows = i < convs.size() ? convs[i]->weight.size(0) : 1;
            u.push_back(register_buffer("sn_u_" + std::to_string(i), torch::ones({rows}) / std::sqrt(double(rows))));
        }
    }
}

torch::Tensor DiscriminatorImpl::normalized(const torch::Tensor &weight, std::size_t index)
{
    if (!config.spectralNorm)
        return weight;
    auto w = weight.reshape({weight.size(0), -1});
    torch::Tensor uu, v;
    {
        torch::NoGradGuard noGrad;
        uu = u[index];
        v = torch::nn::functional::normalize(torch::mv(w.t(), uu),
                                             torch::nn::functional::NormalizeFuncOptions().dim(0).eps(kSpectralEps));
        if (is_training()) {
            uu = torch::nn::functional::normalize(torch::mv(w, v),
                                                  torch::nn::functional::NormalizeFuncOptions().dim(0).eps(kSpectralEps));
            u[index].copy_(uu);
            uu = uu.clone();
        }
    }
    auto sigma = torch::dot(uu, torch::mv(w, v));
    return weight / sigma;
}

torch::Tensor DiscriminatorImpl::forward(const torch::Tensor &images, const torch::Tensor &labels)
{
    const std::int64_t n = images.size(0);
    torch::Tensor h = images;
    if (config.conditional) {
        auto planes = oneHot(labels, config.numClasses, images.options())
                          .view({n, config.numClasses, 1, 1})
                          .expand({n, config.numClasses, images.size(2), images.size(3)});
        h = torch::cat({h, planes}, 1);
    }
    for (std::size_t i = 0; i < convs.size(); ++i) {
        auto &conv = convs[i];
        h = at::conv2d(h, normalized(conv->weight, i), conv->bias, /*stride=*/2, /*padding=*/1);
        h = torch::leaky_relu(h, kLeakySlope);
    }
    h = torch::nn::functional::linear(h.flatten(1), normalized(out->weight, convs.size()), out->bias);
    return h.view({n});
}

void initialize(Generator &g, Discriminator &d, std::uint64_t seed)
{
    torch::NoGradGuard noGrad;
    auto gen = at::detail::createCPUGenerator(seed);
    auto normal = [&](torch::Tensor &t, double mean, double std) {
        auto cpu = torch::empty(t.sizes(), torch::kFloat32).normal_(mean, std, gen);
        t.copy_(cpu);
    };
    normal(g->fc->weight, 0.0, 0.02);
    normal(g->bnIn->weight, 1.0, 0.02);
    g->bnIn->bias.zero_();
    for (auto &u : g->up)
        normal(u->weight, 0.0, 0.02);
    for (auto &b : g->bn) {
        normal(b->weight, 1.0, 0.02);
        b->bias.zero_();
    }
    for (auto &c : d->convs) {
        normal(c->weight, 0.0, 0.02);
        c->bias.zero_();
    }
    normal(d->out->weight, 0.0, 0.02);
    d->out->bias.zero_();
    for (auto &u : d->u) {
        auto cpu = torch::empty(u.sizes(), torch::kFloat32).normal_(0.0, 1.0, gen);
        u.copy_(cpu / cpu.norm().clamp_min(kSpectralEps));
    }
}

std::vector<std::pair<std::string, torch::Tensor>> namedTensors(const Generator &g, const Discriminator &d)
{
    std::vector<std::pair<std::string, torch::Tensor>> out;
    auto add = [&](const char *prefix, const torch::nn::Module &m) {
        for (const auto &item : m.named_parameters(/*recurse=*/true))
            out.emplace_back(std::string(prefix) + item.key(), item.value());
        for (const auto &item : m.named_buffers(/*recurse=*/true))
            out.emplace_back(std::string(prefix) + item.key(), item.value());
    };
    add("generator.", *g);
    add("discriminator.", *d);
    return out;
}

std::vector<std::pair<std::string, torch::Tensor>> namedParameters(const Generator &g, const Discriminator &d)
{
    std::vector<std::pair<std::string, torch::Tensor>> out;
    for (const auto &item : g->named_parameters(/*recurse=*/true))
        out.emplace_back("generator." + item.key(), item.value());
    for (const auto &item : d->named_parameters(/*recurse=*/true))
        out.emplace_back("discriminator." + item.key(), item.value());
    return out;
}

ImageGanState::ImageGanState(const ImageGanConfig &c, const ResolvedDevice &dev)
    : config(c), device(dev), torchDevice(engine::detail::toTorchDevice(dev)), generator(c), discriminator(c)
{
    if (device.id.empty())
        device.id = "cpu";
    generator->to(torchDevice);
    discriminator->to(torchDevice);
    // Sampling and loading use the running statistics; the trainer switches to training mode.
    generator->eval();
    discriminator->eval();
}

void ImageGanState::ensureOptimizers(const AdamSettings &s)
{
    engine::detail::ensureAdam(gOptimizer, generator->parameters(), s);
    engine::detail::ensureAdam(dOptimizer, discriminator->parameters(), s);
    adam = s;
}

std::vector<Image> toImages(const torch::Tensor &nchw)
{
    auto t = ((nchw.detach().to(torch::kCPU, torch::kFloat32) + 1.0) * 127.5).round().clamp(0, 255);
    t = t.nan_to_num(0.0).to(torch::kUInt8).permute({0, 2, 3, 1}).contiguous();
    const std::int64_t n = t.size(0), h = t.size(1), w = t.size(2), c = t.size(3);
    std::vector<Image> out;
    out.reserve(std::size_t(n));
    const std::uint8_t *src = t.data_ptr<std::uint8_t>();
    for (std::int64_t i = 0; i < n; ++i) {
        Image img{int(w), int(h), int(c)};
        std::copy(src + i * h * w * c, src + (i + 1) * h * w * c, img.pixels.begin());
        out.push_back(std::move(img));
    }
    return out;
}

torch::Tensor drawNoise(std::int64_t count, int dim, std::uint64_t seed, double truncation)
{
    auto gen = at::detail::createCPUGenerator(seed);
    auto z = torch::randn({count, dim}, gen, torch::TensorOptions().dtype(torch::kFloat32));
    if (truncation > 0) {
        // Each pass redraws the values still outside; P(|z| > t) < 1 so this ends, and for the
        // usual t >= 0.5 within a few dozen passes.
        for (int pass = 0; pass < 10000; ++pass) {
            auto outside = z.abs() > truncation;
            const std::int64_t k = outside.sum().item<std::int64_t>();
            if (k == 0)
                break;
            z.masked_scatter_(outside, torch::randn({k}, gen, torch::TensorOptions().dtype(torch::kFloat32)));
        }
        z.clamp_(-truncation, truncation);
    }
    return z;
}

} // namespace genlab::engine::gan::detail
