// trainImageGan(): the image GAN trainer on the studio's training kit (engine/train).
#include "engine/train/seeds.h"
#include "engine/gan/detail/dcgan.h"
#include "engine/gan/detail/ganquality.h"
#include "engine/gan/detail/losses.h"
#include "engine/gan/featuremap.h"
#include "engine/gan/imagegan.h"

#include "engine/data/dataset.h"
#include "engine/runtime/compute.h"
#include "engine/runtime/detail/tensors.h"
#include "engine/train/detail/dataparallel.h"
#include "engine/train/detail/imagetraining.h"
#include "engine/train/events.h"
#include "engine/train/steploop.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>
#include <random>

namespace genlab::engine::gan {

namespace {

constexpr std::uint64_t kPreviewNoiseSeed = 20240601;
constexpr int kMaxDiscriminatorSteps = 16;

using train::stepSeed;

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

using train::detail::gradientNorm;
using train::detail::keepTensorBuffersInTheHeap;
using train::detail::RealBatches;
using train::detail::setLearningRate;

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
    keepTensorBuffersInTheHeap();
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
    train::detail::RealBatchOptions batches;
    batches.dataset = options.dataset;
    batches.imageSize = config.imageSize;
    batches.channels = config.channels;
    batches.conditional = config.conditional;
    batches.numClasses = config.numClasses;
    batches.modelNoun = "GAN";
    batches.batchSize = options.batchSize;
    batches.seed = options.seed;
    batches.batchesBefore = startStep * options.discriminatorSteps;
    RealBatches real(batches, ctx);

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
    // Data-parallel: each rank trains on its rows of the global batch; both networks' gradients
    // are averaged (batch norm keeps per-rank statistics, as PyTorch's DDP does without SyncBatchNorm).
    const train::detail::BatchShard shard = train::detail::batchShard();
    setRequiresGrad(*dnet, true);
    train::detail::GradientSync gSync(gParams), dSync(dParams);
    gSync.broadcastFromLead(g->buffers());
    dSync.broadcastFromLead(dnet->buffers());
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
            // Drawn for the global batch; this rank keeps its rows.
            auto z = shard.rows(
                engine::detail::seededNormal({n * shard.ranks, config.latentDim}, stepSeed(options.seed, salt), device));
            fakeY = shard.rows(fakeLabels(config, n * shard.ranks, stepSeed(options.seed ^ 0x5a5a5a5aULL, salt))).to(device);
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
            dSync.backward(dLoss);
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
        gSync.backward(gLoss);
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
