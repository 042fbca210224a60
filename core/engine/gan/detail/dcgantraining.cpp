// trainImageGan(): the image GAN trainer on the studio's training kit (engine/train).
#include "engine/train/seeds.h"
#include "engine/gan/detail/dcgan.h"
#include "engine/gan/detail/ganquality.h"
#include "engine/gan/detail/losses.h"
#include "engine/gan/featuremap.h"
#include "engine/gan/imagegan.h"

#include "engine/data/batchstream.h"
#include "engine/data/registry.h"
#include "engine/runtime/compute.h"
#include "engine/runtime/detail/tensors.h"
#include "engine/train/events.h"
#include "engine/train/steploop.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <mutex>
#include <numeric>
#include <optional>
#include <random>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace genlab::engine::gan {

namespace {

constexpr std::uint64_t kPreviewNoiseSeed = 20240601;
constexpr int kMaxDiscriminatorSteps = 16;

using train::stepSeed;

// Real batches from the data layer's prefetching BatchStream, positioned so that a resumed run
// takes exactly the batches an uninterrupted one would.
class RealBatches
{
public:
    RealBatches(const ImageTrainOptions &o, const ImageGanConfig &config, std::int64_t batchesBefore,
                const RunContext &ctx)
        : m_config(config)
    {
        data::OpenOptions open;
        open.width = config.imageSize;
        open.height = config.imageSize;
        open.channels = config.channels;
        open.seed = o.seed;
        m_dataset = data::openImageDataset(o.dataset, open, ctx);
        const auto &info = m_dataset->info();
        if (info.size <= 0)
            throw data::DatasetError("data set " + o.dataset + " has no images");
        if (info.width != config.imageSize || info.height != config.imageSize || info.channels != config.channels)
            throw data::DatasetError("data set " + o.dataset + " gives " + std::to_string(info.width) + "x" +
                                     std::to_string(info.height) + "x" + std::to_string(info.channels) +
                                     " images; the model takes " + std::to_string(config.imageSize) + "x" +
                                     std::to_string(config.imageSize) + "x" + std::to_string(config.channels));
        if (config.conditional) {
            if (info.classNames.empty())
                throw data::DatasetError("data set " + o.dataset +
                                         " has no class labels; a class-conditional GAN needs them (train it "
                                         "unconditionally)");
            if (int(info.classNames.size()) != config.numClasses)
                throw data::DatasetError("data set " + o.dataset + " has " + std::to_string(info.classNames.size()) +
                                         " classes; the model takes " + std::to_string(config.numClasses));
        }
        std::vector<std::int64_t> indices(std::size_t(info.size));
        std::iota(indices.begin(), indices.end(), std::int64_t(0));
        data::BatchStreamOptions so;
        so.batchSize = int(std::min<std::int64_t>(o.batchSize, info.size));
        so.seed = o.seed;
        so.shuffle = true;
        so.dropLast = true;
        const std::int64_t perEpoch = info.size / so.batchSize;
        so.firstEpoch = batchesBefore / perEpoch;
        m_stream = std::make_unique<data::BatchStream>(*m_dataset, std::move(indices), so);
        for (std::int64_t skip = batchesBefore % perEpoch; skip > 0; --skip)
            (void)m_stream->next();
    }

    // The data set itself (the feature map picks its fixed real images from it).
    const data::ImageDataset &dataset() const { return *m_dataset; }

    // images [N, C, H, W] in [-1, 1] and labels [N] (zeros when unconditional), on the CPU.
    std::pair<torch::Tensor, torch::Tensor> next()
    {
        data::ImageBatch b = m_stream->next();
        const std::int64_t n = b.count();
        auto x = torch::empty({n, m_config.channels, m_config.imageSize, m_config.imageSize}, torch::kFloat32);
        if (std::size_t(x.numel()) != b.pixels.size())
            throw data::DatasetError("data set batch has an unexpected size");
        std::memcpy(x.data_ptr<float>(), b.pixels.data(), b.pixels.size() * sizeof(float));
        x.mul_(2.0).sub_(1.0);
        auto y = torch::zeros({n}, torch::kLong);
        if (m_config.conditional) {
            auto *dst = y.data_ptr<std::int64_t>();
            for (std::int64_t i = 0; i < n; ++i) {
                const int label = b.labels.at(std::size_t(i));
                if (label < 0 || label >= m_config.numClasses)
                    throw data::DatasetError("image " + std::to_string(b.indices.at(std::size_t(i))) +
                                             " has no valid class label (a class-conditional GAN needs one)");
                dst[i] = label;
            }
        }
        return {x, y};
    }

private:
    ImageGanConfig m_config;
    std::unique_ptr<data::ImageDataset> m_dataset;
    std::unique_ptr<data::BatchStream> m_stream; // after m_dataset: destroyed first
};

torch::Tensor fakeLabels(const ImageGanConfig &c, std::int64_t n, std::uint64_t seed)
{
    auto y = torch::zeros({n}, torch::kLong);
    if (c.conditional) {
        std::mt19937_64 rng(seed);
        auto *dst = y.data_ptr<std::int64_t>();
        for (std::int64_t i = 0; i < n; ++i)
            dst[i] = std::int64_t(rng() % std::uint64_t(c.numClasses));
    }
    return y;
}

using detail::discriminatorLoss;
using detail::generatorLoss;
using detail::meanScore;

// Global L2 norm of the gradients; clipped to clip when clip > 0. Throws Diverged when not finite.
double gradientNorm(const std::vector<torch::Tensor> &params, double clip, const char *name, std::int64_t step)
{
    torch::NoGradGuard noGrad;
    std::vector<torch::Tensor> squares;
    squares.reserve(params.size());
    for (const auto &p : params)
        if (p.grad().defined())
            squares.push_back(p.grad().square().sum());
    if (squares.empty())
        return 0;
    const double norm = std::sqrt(torch::stack(squares).sum().item<double>());
    train::checkFinite(norm, name, step);
    if (clip > 0 && norm > clip) {
        const double scale = clip / (norm + 1e-6);
        for (const auto &p : params)
            if (p.grad().defined())
                p.grad().mul_(scale);
    }
    return norm;
}

void setLearningRate(torch::optim::Adam &opt, double lr)
{
    for (auto &group : opt.param_groups())
        static_cast<torch::optim::AdamOptions &>(group.options()).lr(lr);
}

std::string recipeJson(const ImageTrainOptions &o)
{
    nlohmann::ordered_json j;
    j["command"] = "train gan";
    j["dataset"] = o.dataset;
    j["loss"] = lossName(o.loss);
    j["d_steps"] = o.discriminatorSteps;
    j["steps"] = o.steps;
    j["batch_size"] = o.batchSize;
    j["learning_rate"] = o.learningRate;
    j["beta1"] = o.beta1;
    j["beta2"] = o.beta2;
    j["seed"] = o.seed;
    // Bit-for-bit reproduction needs the same intra-op thread count (reductions split by thread).
    j["threads"] = currentIntraOpThreads();
    return j.dump();
}

// A training step allocates and frees the same few hundred KB-to-MB activation buffers every
// step. With glibc's defaults those above the (dynamic) mmap threshold are mapped and unmapped and
// the heap top is trimmed and grown again, so a fifth of the step went to page faults (perf, this
// network at batch 64 on one thread: 9 steps/s before, 16-21 after). Keeping such buffers in the
// heap and trimming only above 256 MB of free top makes the allocator reuse them. Process-wide
// and once; a no-op on other C libraries.
void keepTrainingBuffersInTheHeap()
{
#if defined(__GLIBC__)
    static std::once_flag once;
    std::call_once(once, [] {
        mallopt(M_MMAP_THRESHOLD, 32 << 20);
        mallopt(M_TRIM_THRESHOLD, 256 << 20);
    });
#endif
}

// The feature map's projection is fitted on this many real images, the same ones every run of a
// data set (a fixed shuffle), so that maps of one run, and of runs on the same data, share axes.
constexpr int kFeatureMapFitImages = 256;
constexpr std::uint64_t kFeatureMapImageSeed = 20240603;

FeatureMapper makeFeatureMapper(const ImageTrainOptions &o, const data::ImageDataset &dataset,
                                const ResolvedDevice &device)
{
    const std::int64_t size = dataset.info().size;
    std::vector<std::int64_t> order(static_cast<std::size_t>(size));
    std::iota(order.begin(), order.end(), std::int64_t(0));
    std::mt19937_64 rng(kFeatureMapImageSeed);
    const std::int64_t count = std::min<std::int64_t>(size, kFeatureMapFitImages);
    std::vector<Image> images;
    std::vector<int> labels;
    bool labelled = true;
    for (std::int64_t i = 0; i < count; ++i) { // a partial Fisher-Yates shuffle
        std::swap(order[std::size_t(i)], order[std::size_t(i + std::int64_t(rng() % std::uint64_t(size - i)))]);
        images.push_back(dataset.image(order[std::size_t(i)]));
        labels.push_back(dataset.label(order[std::size_t(i)]));
        labelled = labelled && labels.back() >= 0;
    }
    if (!labelled)
        labels.clear();
    return FeatureMapper(evaluate::DigitClassifier::load(o.classifierDir, device), std::move(images),
                         std::move(labels), o.dataset);
}

void setRequiresGrad(torch::nn::Module &m, bool on)
{
    for (auto &p : m.parameters())
        p.requires_grad_(on);
}

} // namespace

std::string lossName(GanLoss loss)
{
    switch (loss) {
    case GanLoss::NonSaturating:
        return "non-saturating";
    case GanLoss::Minimax:
        return "minimax";
    case GanLoss::LeastSquares:
        return "least-squares";
    case GanLoss::Hinge:
        return "hinge";
    }
    return "non-saturating";
}

bool parseLoss(const std::string &name, GanLoss *out)
{
    static const std::pair<const char *, GanLoss> kNames[] = {
        {"non-saturating", GanLoss::NonSaturating}, {"nonsaturating", GanLoss::NonSaturating}, {"ns", GanLoss::NonSaturating},
        {"minimax", GanLoss::Minimax},              {"saturating", GanLoss::Minimax},          {"least-squares", GanLoss::LeastSquares},
        {"lsgan", GanLoss::LeastSquares},           {"ls", GanLoss::LeastSquares},             {"hinge", GanLoss::Hinge},
    };
    for (const auto &[n, l] : kNames)
        if (name == n) {
            if (out)
                *out = l;
            return true;
        }
    return false;
}

train::CommonOptions defaultImageCommon()
{
    train::CommonOptions c;
    c.steps = 3000;
    c.batchSize = 64;
    c.learningRate = 2e-4;
    c.schedule = train::Schedule::Constant;
    c.seed = 1;
    c.checkpointEvery = 500;
    c.previewEvery = 100;
    // The losses are reported every step; the evaluation is the sample-quality figures (with a
    // classifier): a few tenths of a second of sampling and k-NN against 250 steps of training.
    c.evalEvery = 250;
    return c;
}

ImageTrainResult trainImageGan(ImageGan &gan, const ImageTrainOptions &options, const RunContext &ctx)
{
    train::prepare(options);
    keepTrainingBuffersInTheHeap();
    if (options.discriminatorSteps < 1 || options.discriminatorSteps > kMaxDiscriminatorSteps)
        throw std::invalid_argument("training options: D steps per G step must be in 1.." +
                                    std::to_string(kMaxDiscriminatorSteps));
    if (!(options.beta1 >= 0.0 && options.beta1 < 1.0) || !(options.beta2 >= 0.0 && options.beta2 < 1.0))
        throw std::invalid_argument("training options: Adam betas must be in [0, 1)");
    if (train::shouldResume(options, kImageGanArchitecture)) {
        gan = ImageGan::load(options.outDir, gan.config(), gan.state().device);
        train::report(ctx, train::LogLine{gan.info().step, "resumed from step " + std::to_string(gan.info().step)});
    }

    auto &st = gan.state();
    const ImageGanConfig &config = st.config;
    const std::int64_t startStep = st.info.step;
    ImageTrainResult result;
    result.step = startStep;
    if (startStep >= options.steps)
        return result;

    ctx.progress(0.0, "opening the data");
    RealBatches real(options, config, startStep * options.discriminatorSteps, ctx);

    detail::Generator &g = st.generator;
    detail::Discriminator &dnet = st.discriminator;
    detail::AdamSettings adam;
    adam.learningRate = options.learningRate;
    adam.beta1 = options.beta1;
    adam.beta2 = options.beta2;
    st.ensureOptimizers(adam);
    torch::optim::Adam &gOpt = *st.gOptimizer;
    torch::optim::Adam &dOpt = *st.dOptimizer;
    const auto gParams = g->parameters();
    const auto dParams = dnet->parameters();
    g->train();
    dnet->train();

    // The preview's fixed noise: one row of noise per grid row; a conditional model's columns are
    // the classes with the row's noise shared along it.
    const int rows = std::clamp(options.previewRows, 1, 16);
    const int cols = config.conditional ? std::min(config.numClasses, 10) : std::clamp(options.previewColumns, 1, 16);
    std::vector<float> previewNoise;
    std::vector<int> previewLabels;
    if (options.previewEvery > 0) {
        if (config.conditional) {
            const std::vector<float> rowNoise = gan.drawNoise(rows, kPreviewNoiseSeed);
            for (int r = 0; r < rows; ++r)
                for (int c = 0; c < cols; ++c) {
                    previewNoise.insert(previewNoise.end(), rowNoise.begin() + std::ptrdiff_t(r) * config.latentDim,
                                        rowNoise.begin() + std::ptrdiff_t(r + 1) * config.latentDim);
                    previewLabels.push_back(c);
                }
        } else {
            previewNoise = gan.drawNoise(rows * cols, kPreviewNoiseSeed);
        }
    }

    // The feature map (featuremap.h), reported with each preview when a classifier is given.
    std::optional<FeatureMapper> featureMapper;
    if (options.featureMap && !options.classifierDir.empty() && options.previewEvery > 0)
        featureMapper.emplace(makeFeatureMapper(options, real.dataset(), st.device));

    ImageGanInfo info = st.info;
    info.datasetId = options.dataset;
    info.recipeJson = recipeJson(options);

    train::LoopHooks hooks;
    hooks.divergenceAdvice = "Try a lower learning rate, the non-saturating loss or spectral norm.";
    hooks.outOfMemoryAdvice = "try a smaller batch (or a smaller image size or width)";
    hooks.settle = [&] {
        g->eval();
        dnet->eval();
        setRequiresGrad(*dnet, true);
    };
    hooks.save = [&](std::int64_t) { gan.save(options.outDir, info); };
    detail::QualityProbe quality(options, config);
    if (quality.enabled())
        hooks.evaluate = [&](std::int64_t step) { quality.evaluate(gan, step, ctx); };
    hooks.preview = [&](std::int64_t step) {
        if (previewNoise.empty())
            return;
        train::ImagePreview p;
        p.step = step;
        p.what = "samples";
        p.caption = config.conditional ? "fixed noise per row, classes 0-" + std::to_string(cols - 1) + " across, seed " +
                                             std::to_string(kPreviewNoiseSeed)
                                       : "fixed noise, seed " + std::to_string(kPreviewNoiseSeed);
        p.rows = rows;
        p.cols = cols;
        p.images = gan.generate(previewNoise, previewLabels); // eval mode inside, then back to training
        train::report(ctx, p);
        if (featureMapper)
            train::report(ctx, featureMapper->compute(gan, options.loss, step));
    };
    const torch::Device device = st.torchDevice;
    const GanLoss lossKind = options.loss;
    hooks.step = [&](std::int64_t step) {
        const double lr = train::learningRateAt(options, step);
        setLearningRate(gOpt, lr);
        setLearningRate(dOpt, lr);
        double dLossValue = 0, dReal = 0, dFake = 0, dNorm = 0;
        torch::Tensor fake, fakeY;
        std::int64_t examples = 0;
        // Discriminator: k updates on real batches and fresh fakes. The last fakes are kept (with
        // their graph) for the generator's update, as PyTorch's DCGAN example does.
        setRequiresGrad(*dnet, true);
        for (int k = 0; k < options.discriminatorSteps; ++k) {
            auto [x, y] = real.next();
            const std::int64_t n = x.size(0);
            examples += n;
            x = x.to(device);
            y = y.to(device);
            const std::uint64_t salt = std::uint64_t(step) * (kMaxDiscriminatorSteps + 1) + std::uint64_t(k);
            auto z = engine::detail::seededNormal({n, config.latentDim}, stepSeed(options.seed, salt), device);
            fakeY = fakeLabels(config, n, stepSeed(options.seed ^ 0x5a5a5a5aULL, salt)).to(device);
            const bool last = k + 1 == options.discriminatorSteps;
            if (last) {
                fake = g->forward(z, fakeY);
            } else {
                torch::NoGradGuard noGrad;
                fake = g->forward(z, fakeY);
            }
            auto realOut = dnet->forward(x, y);
            auto fakeOut = dnet->forward(fake.detach(), fakeY);
            auto dLoss = discriminatorLoss(lossKind, realOut, fakeOut);
            dLossValue = dLoss.item<double>();
            // Caught before the optimizer applies anything: the weights stay those of the last
            // finite update.
            train::checkFinite(dLossValue, "D loss", step);
            dOpt.zero_grad();
            dLoss.backward();
            dNorm = gradientNorm(dParams, options.gradientClip, "D gradient", step);
            dOpt.step();
            dReal = meanScore(lossKind, realOut.detach());
            dFake = meanScore(lossKind, fakeOut.detach());
        }
        // Generator: one update through the (now frozen) discriminator.
        setRequiresGrad(*dnet, false);
        auto gOut = dnet->forward(fake, fakeY);
        auto gLoss = generatorLoss(lossKind, gOut);
        const double gLossValue = gLoss.item<double>();
        train::checkFinite(gLossValue, "G loss", step);
        gOpt.zero_grad();
        gLoss.backward();
        const double gNorm = gradientNorm(gParams, options.gradientClip, "G gradient", step);
        gOpt.step();
        setRequiresGrad(*dnet, true);

        info.step = step;
        st.info.step = step;
        result.step = step;
        ++result.stepsThisRun;
        result.dLoss = dLossValue;
        result.gLoss = gLossValue;
        result.dReal = dReal;
        result.dFake = dFake;

        train::StepReport r;
        r.scalars = {{"d_loss", dLossValue}, {"g_loss", gLossValue}, {"d_real", dReal},     {"d_fake", dFake},
                     {"g_grad_norm", gNorm}, {"d_grad_norm", dNorm}, {"lr", lr}};
        r.examples = examples;
        return r;
    };

    const train::LoopResult loop = train::runSteps(options, startStep, hooks, ctx);
    result.imagesPerSecond = loop.examplesPerSecond;
    result.stepsPerSecond = loop.seconds > 0 ? double(loop.stepsThisRun) / loop.seconds : 0.0;
    result.lastCheckpoint = loop.lastCheckpoint;
    st.info = info;
    ctx.progress(1.0, "done");
    return result;
}

} // namespace genlab::engine::gan
