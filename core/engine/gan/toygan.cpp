#include "engine/gan/toygan.h"

#include "engine/gan/detail/toydensity.h"
#include "engine/io/checkpoint.h"
#include "engine/runtime/detail/tensors.h"
#include "engine/train/events.h"
#include "engine/train/steploop.h"

#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <optional>

namespace genlab::engine::gan {

namespace {

constexpr int kFixedPoints = 8192; // the fixed real sample and noise sample behind every snapshot
constexpr double kLeakySlope = 0.2;
constexpr double kAdamEps = 1e-8;
// D starts undecided: its output layer is initialised this much smaller than PyTorch's default, so
// D(x) is about 0.5 everywhere at step 0 and the first curves start from the game's fair point.
constexpr double kDiscriminatorOutputScale = 0.1;
const char *kDivergenceAdvice =
    "Try a lower learning rate, or the Wasserstein loss with a gradient penalty instead of without.";

std::uint64_t mix(std::uint64_t seed, std::uint64_t salt)
{
    // splitmix64 of the pair: nearby steps and salts give unrelated streams.
    std::uint64_t z = seed + 0x9e3779b97f4a7c15ULL * (salt + 1);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

// Salts of the random streams; each step draws from mix(mix(seed, step), salt + sub-step).
enum Salt : std::uint64_t {
    kSaltReal = 100,
    kSaltDNoise = 200,
    kSaltPenalty = 300,
    kSaltGNoise = 400,
    kSaltInitG = 1000,
    kSaltInitD = 2000,
    kSaltFixedReal = 3000,
    kSaltFixedNoise = 3001,
};

const torch::Device kCpu(torch::kCPU);

struct Mlp
{
    std::vector<torch::Tensor> params; // W0, b0, W1, b1, ...; W [out, in]
    Activation activation = Activation::Relu;

    static Mlp make(int in, int out, const MlpConfig &c, std::uint64_t seed, double outputScale)
    {
        Mlp m;
        m.activation = c.activation;
        int fanIn = in;
        for (int layer = 0; layer <= c.layers; ++layer) {
            const bool last = layer == c.layers;
            const int fanOut = last ? out : c.width;
            // PyTorch's nn.Linear default: U(-1/sqrt(fan_in), 1/sqrt(fan_in)) for weights and biases.
            const double bound = (last ? outputScale : 1.0) / std::sqrt(double(fanIn));
            auto w = (engine::detail::seededUniform({fanOut, fanIn}, mix(seed, 2 * layer), kCpu) * 2 - 1) * bound;
            auto b = (engine::detail::seededUniform({fanOut}, mix(seed, 2 * layer + 1), kCpu) * 2 - 1) * bound;
            m.params.push_back(w.contiguous().requires_grad_(true));
            m.params.push_back(b.contiguous().requires_grad_(true));
            fanIn = fanOut;
        }
        return m;
    }

    // The views' big batches (a 48x48 heat map is 2304 points) in slices of kViewChunk rows. Measured
    // on the 2-core build machine, one thread: D over the 2304 heat-map points in one pass took ~5.5 ms,
    // in 512-row slices ~0.6 ms (Debian's python3-torch 1.13 shows the same jump, so it is the
    // libraries', not ours; cause not pinned down).
    torch::Tensor forwardChunked(const torch::Tensor &x) const
    {
        constexpr std::int64_t kViewChunk = 512;
        const std::int64_t n = x.size(0);
        if (n <= kViewChunk)
            return forward(x);
        std::vector<torch::Tensor> parts;
        for (std::int64_t i = 0; i < n; i += kViewChunk)
            parts.push_back(forward(x.narrow(0, i, std::min(kViewChunk, n - i))));
        return torch::cat(parts);
    }

    torch::Tensor forward(const torch::Tensor &x) const
    {
        torch::Tensor h = x;
        const std::size_t n = params.size() / 2;
        for (std::size_t i = 0; i < n; ++i) {
            h = torch::addmm(params[2 * i + 1], h, params[2 * i].t());
            if (i + 1 < n) {
                switch (activation) {
                case Activation::Relu: h = torch::relu(h); break;
                case Activation::LeakyRelu: h = torch::leaky_relu(h, kLeakySlope); break;
                case Activation::Tanh: h = torch::tanh(h); break;
                case Activation::Elu: h = torch::elu(h); break;
                }
            }
        }
        return h;
    }
};

// SGD with momentum and Adam written out (PyTorch's update rules), so their state is a plain list of
// tensors we save, keep across a learning-rate change and drop when the kind changes.
struct Optimizer
{
    OptimizerKind kind = OptimizerKind::Adam;
    std::int64_t t = 0;               // updates taken with this kind
    std::vector<torch::Tensor> m, v;  // momentum buffer / first moment; second moment (Adam)

    void apply(const std::vector<torch::Tensor> &params, const std::vector<torch::Tensor> &grads,
               const OptimizerSettings &s)
    {
        torch::NoGradGuard noGrad;
        if (kind != s.kind || m.size() != params.size()) {
            kind = s.kind;
            t = 0;
            m.assign(params.size(), torch::Tensor());
            v.assign(params.size(), torch::Tensor());
        }
        ++t;
        if (kind == OptimizerKind::Adam) {
            const double bc1 = 1 - std::pow(s.beta1, double(t));
            const double bc2 = 1 - std::pow(s.beta2, double(t));
            for (std::size_t i = 0; i < params.size(); ++i) {
                const auto &g = grads[i];
                if (!m[i].defined()) {
                    m[i] = torch::zeros_like(g);
                    v[i] = torch::zeros_like(g);
                }
                m[i].mul_(s.beta1).add_(g, 1 - s.beta1);
                v[i].mul_(s.beta2).addcmul_(g, g, 1 - s.beta2);
                auto denom = (v[i].sqrt() / std::sqrt(bc2)).add_(kAdamEps);
                params[i].addcdiv_(m[i], denom, -s.learningRate / bc1);
            }
        } else {
            for (std::size_t i = 0; i < params.size(); ++i) {
                const auto &g = grads[i];
                if (s.momentum > 0) {
                    if (!m[i].defined())
                        m[i] = g.clone();
                    else
                        m[i].mul_(s.momentum).add_(g);
                    params[i].add_(m[i], -s.learningRate);
                } else {
                    params[i].add_(g, -s.learningRate);
                }
            }
        }
    }
};

bool isProbability(Loss l)
{
    return l == Loss::Minimax || l == Loss::NonSaturating;
}

torch::Tensor score(Loss l, const torch::Tensor &out)
{
    return isProbability(l) ? torch::sigmoid(out) : out;
}

torch::Tensor discriminatorLoss(Loss l, const torch::Tensor &r, const torch::Tensor &f)
{
    switch (l) {
    case Loss::Minimax:
    case Loss::NonSaturating:
        // -log D(x) - log(1 - D(G(z))), on logits.
        return torch::softplus(-r).mean() + torch::softplus(f).mean();
    case Loss::LeastSquares:
        return 0.5 * (r - 1).pow(2).mean() + 0.5 * f.pow(2).mean();
    case Loss::Wasserstein:
        return f.mean() - r.mean();
    case Loss::Hinge:
        return torch::relu(1 - r).mean() + torch::relu(1 + f).mean();
    }
    return {};
}

// G's loss per fake point (the batch loss is its mean).
torch::Tensor generatorLossPerPoint(Loss l, const torch::Tensor &f)
{
    switch (l) {
    case Loss::Minimax:
        return -torch::softplus(f); // log(1 - D(G(z)))
    case Loss::NonSaturating:
        return torch::softplus(-f); // -log D(G(z))
    case Loss::LeastSquares:
        return 0.5 * (f - 1).pow(2);
    case Loss::Wasserstein:
    case Loss::Hinge:
        return -f;
    }
    return {};
}

double globalNorm(const std::vector<torch::Tensor> &grads)
{
    double sum = 0;
    for (const auto &g : grads)
        sum += g.pow(2).sum().item<double>();
    return std::sqrt(sum);
}

void checkFinite(double value, const char *name, std::int64_t step)
{
    if (!std::isfinite(value))
        throw train::Diverged(name, step, std::isnan(value), kDivergenceAdvice);
}

torch::Tensor pointsTensor(std::vector<float> xy)
{
    const auto n = std::int64_t(xy.size() / 2);
    return torch::from_blob(xy.data(), {n, 2}, torch::kFloat32).clone();
}

std::vector<float> toVector(const torch::Tensor &t)
{
    auto c = t.contiguous();
    return std::vector<float>(c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
}

const std::string &toyId(data::ToyKind kind)
{
    for (const auto &k : data::toyKinds())
        if (k.kind == kind)
            return k.id;
    return data::toyKinds().front().id;
}

nlohmann::ordered_json mlpJson(const MlpConfig &m)
{
    return {{"layers", m.layers}, {"width", m.width}, {"activation", activationName(m.activation)}};
}

nlohmann::ordered_json configJson(const ToyConfig &c)
{
    nlohmann::ordered_json j;
    j["data"] = toyId(c.data);
    j["user_points"] = c.userPoints;
    j["generator"] = mlpJson(c.generator);
    j["discriminator"] = mlpJson(c.discriminator);
    j["noise_dim"] = c.noiseDim;
    j["noise"] = noiseName(c.noise);
    return j;
}

nlohmann::ordered_json optimizerJson(const OptimizerSettings &o)
{
    return {{"kind", optimizerName(o.kind)},
            {"learning_rate", o.learningRate},
            {"momentum", o.momentum},
            {"beta1", o.beta1},
            {"beta2", o.beta2}};
}

nlohmann::ordered_json settingsJson(const ToySettings &s)
{
    return {{"loss", lossName(s.loss)},
            {"gradient_penalty", s.gradientPenalty},
            {"generator", optimizerJson(s.generator)},
            {"discriminator", optimizerJson(s.discriminator)},
            {"discriminator_steps", s.discriminatorSteps},
            {"batch_size", s.batchSize},
            {"gradient_clip", s.gradientClip}};
}

} // namespace

struct ToyGan::Impl
{
    ToyConfig config;
    std::uint64_t seed = 1;
    ToySettings settings;
    std::int64_t step = 0;
    ToyStepMetrics metrics;
    Mlp g, d;
    Optimizer gOpt, dOpt;
    std::vector<float> fixedReal;  // kFixedPoints points
    torch::Tensor fixedNoise;      // [kFixedPoints, noiseDim]
    detail::Histogram realHistogram;

    torch::Tensor noise(std::int64_t n, std::uint64_t s) const
    {
        if (config.noise == NoiseKind::Uniform)
            return engine::detail::seededUniform({n, config.noiseDim}, s, kCpu) * 2 - 1;
        return engine::detail::seededNormal({n, config.noiseDim}, s, kCpu);
    }

    torch::Tensor realBatch(std::int64_t n, std::uint64_t s) const
    {
        return pointsTensor(data::sampleToy(config.data, n, s, config.userPoints));
    }

    // The reported norm stays the unclipped one: that is what the curves should show.
    void clip(std::vector<torch::Tensor> &grads, double norm) const
    {
        if (settings.gradientClip > 0 && norm > settings.gradientClip)
            for (auto &g : grads)
                g = g * (settings.gradientClip / norm);
    }

    void discriminatorStep(std::uint64_t stepSeed, int sub)
    {
        const std::int64_t n = settings.batchSize;
        const Loss loss = settings.loss;
        auto real = realBatch(n, mix(stepSeed, kSaltReal + sub));
        auto z = noise(n, mix(stepSeed, kSaltDNoise + sub));
        torch::Tensor fake;
        {
            torch::NoGradGuard noGrad;
            fake = g.forward(z);
        }
        auto out = d.forward(torch::cat({real, fake}));
        auto r = out.narrow(0, 0, n), f = out.narrow(0, n, n);
        auto total = discriminatorLoss(loss, r, f);
        if (loss == Loss::Wasserstein && settings.gradientPenalty > 0) {
            // WGAN-GP (Gulrajani et al. 2017): |grad_x D| pulled to 1 on random points between
            // real and fake ones.
            auto eps = engine::detail::seededUniform({n, 1}, mix(stepSeed, kSaltPenalty + sub), kCpu);
            auto between = (eps * real + (1 - eps) * fake).requires_grad_(true);
            auto sb = d.forward(between);
            auto gradX = torch::autograd::grad({sb.sum()}, {between}, {}, true, true)[0];
            total = total + settings.gradientPenalty * (gradX.norm(2, 1) - 1).pow(2).mean();
        }
        const double lossValue = total.item<double>();
        checkFinite(lossValue, "D loss", step + 1);
        auto grads = torch::autograd::grad({total}, d.params);
        const double norm = globalNorm(grads);
        checkFinite(norm, "D gradient", step + 1);
        clip(grads, norm);
        dOpt.apply(d.params, grads, settings.discriminator);
        metrics.discriminatorLoss = lossValue;
        metrics.discriminatorGradNorm = norm;
        torch::NoGradGuard noGrad;
        metrics.meanRealScore = score(loss, r).mean().item<double>();
        metrics.meanFakeScore = score(loss, f).mean().item<double>();
    }

    void generatorStep(std::uint64_t stepSeed)
    {
        const std::int64_t n = settings.batchSize;
        const Loss loss = settings.loss;
        auto z = noise(n, mix(stepSeed, kSaltGNoise));
        auto f = d.forward(g.forward(z));
        auto total = generatorLossPerPoint(loss, f).mean();
        const double lossValue = total.item<double>();
        checkFinite(lossValue, "G loss", step + 1);
        auto grads = torch::autograd::grad({total}, g.params);
        const double norm = globalNorm(grads);
        checkFinite(norm, "G gradient", step + 1);
        clip(grads, norm);
        gOpt.apply(g.params, grads, settings.generator);
        metrics.generatorLoss = lossValue;
        metrics.generatorGradNorm = norm;
        torch::NoGradGuard noGrad;
        metrics.meanFakeScore = score(loss, f).mean().item<double>();
    }
};

ToyGan::ToyGan(std::unique_ptr<Impl> impl) : d(std::move(impl)) {}
ToyGan::ToyGan(ToyGan &&) noexcept = default;
ToyGan &ToyGan::operator=(ToyGan &&) noexcept = default;
ToyGan::~ToyGan() = default;

ToyGan ToyGan::create(const ToyConfig &config, std::uint64_t seed)
{
    validate(config);
    auto impl = std::make_unique<Impl>();
    impl->config = config;
    impl->seed = seed;
    impl->g = Mlp::make(config.noiseDim, 2, config.generator, mix(seed, kSaltInitG), 1.0);
    impl->d = Mlp::make(2, 1, config.discriminator, mix(seed, kSaltInitD), kDiscriminatorOutputScale);
    impl->fixedReal = data::sampleToy(config.data, kFixedPoints, mix(seed, kSaltFixedReal), config.userPoints);
    impl->fixedNoise = impl->noise(kFixedPoints, mix(seed, kSaltFixedNoise));
    impl->realHistogram =
        detail::histogram(impl->fixedReal.data(), kDensityPoints);
    return ToyGan(std::move(impl));
}

const ToyConfig &ToyGan::config() const { return d->config; }
std::uint64_t ToyGan::seed() const { return d->seed; }
std::int64_t ToyGan::steps() const { return d->step; }
const ToySettings &ToyGan::settings() const { return d->settings; }
const ToyStepMetrics &ToyGan::lastMetrics() const { return d->metrics; }

void ToyGan::setSettings(const ToySettings &settings)
{
    validate(settings);
    d->settings = settings;
}

ToyStepMetrics ToyGan::step(StepKind kind)
{
    const std::uint64_t stepSeed = mix(d->seed, std::uint64_t(d->step));
    if (kind == StepKind::Discriminator) {
        d->discriminatorStep(stepSeed, 0);
    } else if (kind == StepKind::Generator) {
        d->generatorStep(stepSeed);
    } else {
        for (int i = 0; i < d->settings.discriminatorSteps; ++i)
            d->discriminatorStep(stepSeed, i);
        d->generatorStep(stepSeed);
    }
    ++d->step;
    d->metrics.step = d->step;
    return d->metrics;
}

ToySnapshot ToyGan::snapshot(const ViewRequest &request) const
{
    ViewRequest rq = request;
    rq.realCount = std::clamp(rq.realCount, 0, kFixedPoints);
    rq.fakeCount = std::clamp(rq.fakeCount, 0, kFixedPoints);
    rq.heatmapSize = std::clamp(rq.heatmapSize, 0, 1024);
    rq.manifoldSize = std::clamp(rq.manifoldSize, 0, 256);
    if (!(rq.xMax > rq.xMin) || !(rq.yMax > rq.yMin) || !std::isfinite(rq.xMin) || !std::isfinite(rq.xMax) ||
        !std::isfinite(rq.yMin) || !std::isfinite(rq.yMax)) {
        const ViewRequest whole;
        rq.xMin = whole.xMin;
        rq.xMax = whole.xMax;
        rq.yMin = whole.yMin;
        rq.yMax = whole.yMax;
    }
    const Loss loss = d->settings.loss;

    ToySnapshot out;
    out.step = d->step;
    out.view = rq;
    out.real.assign(d->fixedReal.begin(), d->fixedReal.begin() + 2 * rq.realCount);

    const int fakeNeeded = std::max(rq.fakeCount, rq.divergences ? kDensityPoints : 0);
    torch::Tensor fake;
    if (fakeNeeded > 0) {
        // Not InferenceMode: the gradient arrows differentiate D at these points below.
        torch::NoGradGuard noGrad;
        fake = d->g.forwardChunked(d->fixedNoise.narrow(0, 0, fakeNeeded)).contiguous();
        const float *p = fake.data_ptr<float>();
        out.fake.assign(p, p + 2 * rq.fakeCount);
        if (rq.divergences) {
            const detail::Histogram fakeHistogram = detail::histogram(p, kDensityPoints);
            const auto div = detail::divergences(d->realHistogram, fakeHistogram);
            out.kl = div.kl;
            out.js = div.js;
            const auto cov = detail::modeCoverage(d->config.data, p, kDensityPoints);
            out.modesCovered = cov.covered;
            out.modesTotal = cov.total;
            out.modeShares = cov.shares;
        }
    }
    if (rq.gradients && rq.fakeCount > 0) {
        auto x = fake.narrow(0, 0, rq.fakeCount).detach().clone().requires_grad_(true);
        auto perPoint = generatorLossPerPoint(loss, d->d.forwardChunked(x));
        auto grad = torch::autograd::grad({-perPoint.sum()}, {x})[0];
        out.fakeGradients = toVector(grad);
    }

    c10::InferenceMode inference;
    if (rq.heatmapSize > 0) {
        const int n = rq.heatmapSize;
        std::vector<float> grid(std::size_t(n) * n * 2);
        for (int row = 0; row < n; ++row) {
            const double y = rq.yMax - (row + 0.5) * (rq.yMax - rq.yMin) / n;
            for (int col = 0; col < n; ++col) {
                const double x = rq.xMin + (col + 0.5) * (rq.xMax - rq.xMin) / n;
                grid[2 * (std::size_t(row) * n + col)] = float(x);
                grid[2 * (std::size_t(row) * n + col) + 1] = float(y);
            }
        }
        auto pts = torch::from_blob(grid.data(), {std::int64_t(n) * n, 2}, torch::kFloat32);
        auto s = score(loss, d->d.forwardChunked(pts)).reshape({-1}).contiguous();
        out.heatmap = toVector(s);
        out.heatmapSize = n;
        out.heatmapIsProbability = isProbability(loss);
        if (out.heatmapIsProbability) {
            out.heatmapMin = 0;
            out.heatmapMax = 1;
        } else {
            const auto [lo, hi] = std::minmax_element(out.heatmap.begin(), out.heatmap.end());
            out.heatmapMin = *lo;
            out.heatmapMax = *hi > *lo ? *hi : *lo + 1e-6f;
        }
    }
    if (rq.manifoldSize > 0) {
        const int m = rq.manifoldSize;
        const int rows = d->config.noiseDim >= 2 ? m : 1;
        const double extent = d->config.noise == NoiseKind::Uniform ? 1.0 : 2.0;
        auto z = torch::zeros({std::int64_t(rows) * m, d->config.noiseDim}, torch::kFloat32);
        float *zp = z.data_ptr<float>();
        const int dim = d->config.noiseDim;
        for (int i = 0; i < rows; ++i)
            for (int j = 0; j < m; ++j) {
                const double u = m > 1 ? -extent + 2 * extent * j / (m - 1) : 0.0;
                const double v = rows > 1 ? -extent + 2 * extent * i / (rows - 1) : 0.0;
                zp[std::size_t(i * m + j) * dim] = float(u);
                if (dim >= 2)
                    zp[std::size_t(i * m + j) * dim + 1] = float(v);
            }
        out.manifold = toVector(d->g.forwardChunked(z));
        out.manifoldRows = rows;
        out.manifoldCols = m;
    }
    return out;
}

void ToyGan::save(const std::string &dir, const std::string &recipeJson) const
{
    io::CheckpointData data;
    nlohmann::ordered_json j;
    j["architecture"] = kToyArchitecture;
    j["step"] = d->step;
    j["seed"] = d->seed;
    j["config"] = configJson(d->config);
    j["settings"] = settingsJson(d->settings);
    j["optimizer"] = {{"generator", {{"kind", optimizerName(d->gOpt.kind)}, {"t", d->gOpt.t}}},
                      {"discriminator", {{"kind", optimizerName(d->dOpt.kind)}, {"t", d->dOpt.t}}}};
    if (!recipeJson.empty()) {
        auto r = nlohmann::ordered_json::parse(recipeJson, nullptr, false);
        if (r.is_object())
            j["recipe"] = r;
    }
    data.configJson = j.dump();

    std::vector<torch::Tensor> keep; // contiguous copies alive until the save is done
    auto add = [&](std::vector<io::TensorToWrite> &to, const std::string &name, const torch::Tensor &t) {
        keep.push_back(t.detach().contiguous());
        const auto &c = keep.back();
        io::TensorToWrite w;
        w.name = name;
        w.dtype = io::DType::F32;
        w.shape.assign(c.sizes().begin(), c.sizes().end());
        w.data = c.data_ptr<float>();
        w.byteCount = std::size_t(c.numel()) * sizeof(float);
        to.push_back(std::move(w));
    };
    keep.reserve(4 * (d->g.params.size() + d->d.params.size()));
    auto addNet = [&](const char *who, const Mlp &net, const Optimizer &opt) {
        for (std::size_t i = 0; i < net.params.size(); ++i) {
            const std::string name = std::string(who) + "." + std::to_string(i / 2) + (i % 2 ? ".bias" : ".weight");
            add(data.weights, name, net.params[i]);
            if (i < opt.m.size() && opt.m[i].defined())
                add(data.optimizer, name + ".m", opt.m[i]);
            if (i < opt.v.size() && opt.v[i].defined())
                add(data.optimizer, name + ".v", opt.v[i]);
        }
    };
    addNet("generator", d->g, d->gOpt);
    addNet("discriminator", d->d, d->dOpt);
    io::saveCheckpoint(dir, data);
}

ToyGan ToyGan::load(const std::string &dir)
{
    io::LoadedCheckpoint ck = io::loadCheckpoint(dir);
    if (ck.architecture != kToyArchitecture)
        throw ToyCheckpointError(dir + ": a checkpoint of \"" + ck.architecture + "\", not a toy GAN");
    auto bad = [&](const std::string &what) { return ToyCheckpointError(dir + "/config.json: " + what); };
    ToyConfig config;
    ToySettings settings;
    std::uint64_t seed = 1;
    std::string gKind = "adam", dKind = "adam";
    std::int64_t gT = 0, dT = 0;
    try {
        const auto j = nlohmann::json::parse(ck.configJson);
        seed = j.at("seed").get<std::uint64_t>();
        const auto &c = j.at("config");
        const std::string dataId = c.at("data").get<std::string>();
        bool found = false;
        for (const auto &k : data::toyKinds())
            if (k.id == dataId) {
                config.data = k.kind;
                found = true;
            }
        if (!found)
            throw bad("unknown toy data \"" + dataId + "\"");
        config.userPoints = c.at("user_points").get<std::vector<float>>();
        auto mlp = [&](const nlohmann::json &m, MlpConfig *out) {
            out->layers = m.at("layers").get<int>();
            out->width = m.at("width").get<int>();
            if (!parseActivation(m.at("activation").get<std::string>(), &out->activation))
                throw bad("unknown activation \"" + m.at("activation").get<std::string>() + "\"");
        };
        mlp(c.at("generator"), &config.generator);
        mlp(c.at("discriminator"), &config.discriminator);
        config.noiseDim = c.at("noise_dim").get<int>();
        if (!parseNoise(c.at("noise").get<std::string>(), &config.noise))
            throw bad("unknown noise \"" + c.at("noise").get<std::string>() + "\"");
        const auto &s = j.at("settings");
        if (!parseLoss(s.at("loss").get<std::string>(), &settings.loss))
            throw bad("unknown loss \"" + s.at("loss").get<std::string>() + "\"");
        settings.gradientPenalty = s.at("gradient_penalty").get<double>();
        auto opt = [&](const nlohmann::json &o, OptimizerSettings *out) {
            if (!parseOptimizer(o.at("kind").get<std::string>(), &out->kind))
                throw bad("unknown optimizer \"" + o.at("kind").get<std::string>() + "\"");
            out->learningRate = o.at("learning_rate").get<double>();
            out->momentum = o.at("momentum").get<double>();
            out->beta1 = o.at("beta1").get<double>();
            out->beta2 = o.at("beta2").get<double>();
        };
        opt(s.at("generator"), &settings.generator);
        opt(s.at("discriminator"), &settings.discriminator);
        settings.discriminatorSteps = s.at("discriminator_steps").get<int>();
        settings.batchSize = s.at("batch_size").get<int>();
        settings.gradientClip = s.value("gradient_clip", 0.0);
        if (auto o = j.find("optimizer"); o != j.end()) {
            gKind = o->at("generator").at("kind").get<std::string>();
            gT = o->at("generator").at("t").get<std::int64_t>();
            dKind = o->at("discriminator").at("kind").get<std::string>();
            dT = o->at("discriminator").at("t").get<std::int64_t>();
        }
    } catch (const ToyCheckpointError &) {
        throw;
    } catch (const std::exception &e) {
        throw bad(std::string("not a toy GAN configuration (") + e.what() + ")");
    }
    try {
        validate(config);
        validate(settings);
    } catch (const std::invalid_argument &e) {
        throw bad(e.what());
    }

    ToyGan gan = create(config, seed);
    Impl &st = *gan.d;
    st.settings = settings;
    st.step = ck.step;
    st.metrics.step = ck.step;
    auto readInto = [&](const io::SafetensorsReader &reader, const std::string &name, const torch::Tensor &like,
                        bool required) -> torch::Tensor {
        const io::TensorInfo *info = reader.find(name);
        if (!info) {
            if (required)
                throw ToyCheckpointError(reader.path() + ": the tensor " + name + " is missing");
            return {};
        }
        std::vector<std::int64_t> expected(like.sizes().begin(), like.sizes().end());
        if (info->shape != expected) {
            auto dims = [](const std::vector<std::int64_t> &s) {
                std::string t;
                for (auto v : s)
                    t += (t.empty() ? "" : "x") + std::to_string(v);
                return t;
            };
            throw ToyCheckpointError(reader.path() + ": " + name + " has shape " + dims(info->shape) +
                                     ", the model expects " + dims(expected));
        }
        std::vector<float> values = reader.readFloat32(*info);
        return torch::from_blob(values.data(), like.sizes(), torch::kFloat32).clone();
    };
    auto loadNet = [&](const char *who, Mlp &net, Optimizer &opt, const std::string &kind, std::int64_t t) {
        torch::NoGradGuard noGrad;
        if (!parseOptimizer(kind, &opt.kind))
            throw bad("unknown optimizer \"" + kind + "\"");
        opt.t = t;
        opt.m.assign(net.params.size(), torch::Tensor());
        opt.v.assign(net.params.size(), torch::Tensor());
        for (std::size_t i = 0; i < net.params.size(); ++i) {
            const std::string name = std::string(who) + "." + std::to_string(i / 2) + (i % 2 ? ".bias" : ".weight");
            net.params[i].copy_(readInto(*ck.weights, name, net.params[i], true));
            if (ck.optimizer) {
                opt.m[i] = readInto(*ck.optimizer, name + ".m", net.params[i], false);
                opt.v[i] = readInto(*ck.optimizer, name + ".v", net.params[i], false);
            }
        }
    };
    if (!ck.weights)
        throw ToyCheckpointError(dir + ": the checkpoint has no weights");
    loadNet("generator", st.g, st.gOpt, gKind, gT);
    loadNet("discriminator", st.d, st.dOpt, dKind, dT);
    return gan;
}

// ---- The headless trainer ----------------------------------------------------------------------

ToyTrainResult trainToyGan(const ToyConfig &config, const ToySettings &settings, const ToyTrainOptions &options,
                           const RunContext &ctx)
{
    train::prepare(options);
    validate(config);
    ToySettings s = settings;
    s.batchSize = options.batchSize;
    s.gradientClip = options.gradientClip;
    const double dPeak =
        options.discriminatorLearningRate > 0 ? options.discriminatorLearningRate : options.learningRate;
    s.generator.learningRate = options.learningRate;
    s.discriminator.learningRate = dPeak;
    validate(s);

    std::optional<ToyGan> gan;
    if (train::shouldResume(options, kToyArchitecture)) {
        gan.emplace(ToyGan::load(options.outDir));
        nlohmann::ordered_json want, have;
        want["config"] = configJson(config);
        have["config"] = configJson(gan->config());
        const std::string diff = io::configDifferences(
            want.dump(), have.dump(),
            {"config.data", "config.user_points", "config.generator.layers", "config.generator.width",
             "config.generator.activation", "config.discriminator.layers", "config.discriminator.width",
             "config.discriminator.activation", "config.noise_dim", "config.noise"});
        if (!diff.empty())
            throw ToyCheckpointError(options.outDir + ": the checkpoint there is of another toy GAN: " + diff);
        train::report(ctx, train::LogLine{gan->steps(), "resumed from step " + std::to_string(gan->steps())});
    } else {
        gan.emplace(ToyGan::create(config, options.seed));
    }

    ToyTrainResult result;
    const std::int64_t startStep = gan->steps();
    result.step = startStep;
    if (startStep >= options.steps)
        return result;

    nlohmann::ordered_json recipe;
    recipe["command"] = "train";
    recipe["kind"] = "toy-gan";
    recipe["config"] = configJson(config);
    recipe["settings"] = settingsJson(s);
    recipe["steps"] = options.steps;
    recipe["seed"] = options.seed;
    const std::string recipeText = recipe.dump();

    train::LoopHooks hooks;
    hooks.divergenceAdvice = kDivergenceAdvice;
    hooks.step = [&](std::int64_t step) {
        if (options.schedule != train::Schedule::Constant) {
            const double lr = train::learningRateAt(options, step);
            s.generator.learningRate = lr;
            s.discriminator.learningRate = lr * dPeak / options.learningRate;
        }
        gan->setSettings(s);
        const ToyStepMetrics m = gan->step(StepKind::Full);
        result.last = m;
        result.step = m.step;
        ++result.stepsThisRun;
        train::StepReport r;
        r.scalars = {{"d_loss", m.discriminatorLoss},   {"g_loss", m.generatorLoss},
                     {"d_real", m.meanRealScore},       {"d_fake", m.meanFakeScore},
                     {"d_grad_norm", m.discriminatorGradNorm}, {"g_grad_norm", m.generatorGradNorm},
                     {"lr", s.generator.learningRate}};
        r.examples = s.batchSize;
        return r;
    };
    hooks.evaluate = [&](std::int64_t step) {
        ViewRequest v;
        v.realCount = 0;
        v.fakeCount = 0;
        v.heatmapSize = 0;
        v.gradients = false;
        v.manifoldSize = 0;
        v.divergences = true;
        const ToySnapshot snap = gan->snapshot(v);
        result.kl = snap.kl;
        result.js = snap.js;
        result.modesCovered = snap.modesCovered;
        result.modesTotal = snap.modesTotal;
        train::Metrics m;
        m.step = step;
        m.evaluation = true;
        m.scalars = {{"kl", snap.kl}, {"js", snap.js}};
        if (snap.modesTotal > 0) {
            m.scalars.emplace_back("coverage", double(snap.modesCovered));
            m.scalars.emplace_back("modes_total", double(snap.modesTotal));
        }
        m.values = snap.modeShares;
        train::report(ctx, m);
    };
    hooks.preview = [&](std::int64_t step) {
        const ToySnapshot snap = gan->snapshot(ViewRequest{});
        train::ImagePreview p;
        p.step = step;
        p.what = "toy";
        p.caption = "real points green, fake magenta, D's output behind (blue low, orange high)";
        p.rows = 1;
        p.cols = 1;
        p.images.push_back(renderToySnapshot(snap, std::clamp(options.previewSize, 32, 2048)));
        train::report(ctx, p);
    };
    hooks.save = [&](std::int64_t) { gan->save(options.outDir, recipeText); };

    const train::LoopResult loop = train::runSteps(options, startStep, hooks, ctx);
    result.lastCheckpoint = loop.lastCheckpoint;
    result.stepsPerSecond = loop.seconds > 0 ? double(loop.stepsThisRun) / loop.seconds : 0;
    ctx.progress(1.0, "done");
    return result;
}

} // namespace genlab::engine::gan
