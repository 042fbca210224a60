// train(): the diffusion trainer on the studio's training kit (engine/train).
#include "engine/diffusion/training.h"

#include "engine/diffusion/detail/unet.h"
#include "engine/diffusion/sampler.h"
#include "engine/evaluate/reference.h"
#include "engine/runtime/compute.h"
#include "engine/runtime/detail/tensors.h"
#include "engine/train/detail/dataparallel.h"
#include "engine/train/detail/imagetraining.h"
#include "engine/train/events.h"
#include "engine/train/seeds.h"
#include "engine/train/steploop.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <random>
#include <stdexcept>

namespace genlab::engine::diffusion {

namespace {

constexpr std::uint64_t kPreviewSeed = 20240601;
constexpr std::uint64_t kEvalImageSeed = 20240604;
constexpr std::uint64_t kEvalNoiseSeed = 20240605;
// Salts of a step's random streams (train::stepSeed(seed ^ salt, step)).
constexpr std::uint64_t kNoiseSalt = 0x4e4f495345ULL;
constexpr int kMaxPreviewSide = 16;
constexpr int kMaxEvalImages = 1024;

using train::stepSeed;
using train::detail::gradientNorm;
using train::detail::RealBatches;
using train::detail::setLearningRate;

std::string recipeJson(const TrainOptions &o, const DiffusionConfig &c)
{
    nlohmann::ordered_json j;
    j["command"] = "train diffusion";
    j["dataset"] = o.dataset;
    j["steps"] = o.steps;
    j["batch_size"] = o.batchSize;
    j["learning_rate"] = o.learningRate;
    j["lr_schedule"] = train::scheduleName(o.schedule);
    j["warmup_steps"] = o.warmupSteps;
    j["min_learning_rate"] = o.minLearningRate;
    j["gradient_clip"] = o.gradientClip;
    j["class_dropout"] = o.classDropout;
    j["ema_decay"] = o.emaDecay;
    j["prediction"] = predictionName(c.prediction);
    j["schedule"] = scheduleName(c.schedule);
    j["timesteps"] = c.timesteps;
    j["seed"] = o.seed;
    // Bit-for-bit reproduction needs the same intra-op thread count (reductions split by thread).
    j["threads"] = currentIntraOpThreads();
    return j.dump();
}

void validateOptions(const TrainOptions &o, const DiffusionConfig &c)
{
    if (!(o.classDropout >= 0.0 && o.classDropout <= 1.0))
        throw std::invalid_argument("training options: class dropout must be in [0, 1]");
    if (!(o.emaDecay >= 0.0 && o.emaDecay < 1.0))
        throw std::invalid_argument("training options: EMA decay must be in [0, 1)");
    if (o.previewSteps < 1 || o.previewSteps > c.timesteps)
        throw std::invalid_argument("training options: preview steps must be in 1.." + std::to_string(c.timesteps));
    if (o.evalImages < 0 || o.evalImages > kMaxEvalImages)
        throw std::invalid_argument("training options: evaluation images must be in 0.." +
                                    std::to_string(kMaxEvalImages) + " (0: no evaluation)");
}

// The device decides how large an image trains (maxTrainingImageSize); options.maxImageSize, set
// by tests only, replaces that limit.
void checkImageSize(const TrainOptions &o, const DiffusionModel &model)
{
    const int size = model.config().imageSize;
    if (o.maxImageSize > 0) {
        if (size > o.maxImageSize)
            throw std::invalid_argument("training options: image size " + std::to_string(size) + " is above the " +
                                        std::to_string(o.maxImageSize) + " px allowed");
        return;
    }
    if (std::string problem = trainingImageSizeProblem(size, model.state().device); !problem.empty())
        throw std::invalid_argument(problem);
}

// sqrt(ᾱ(t)) and sqrt(1 - ᾱ(t)) of each image's timestep, [N, 1, 1, 1].
std::pair<torch::Tensor, torch::Tensor> coefficients(const DiffusionSchedule &schedule, const std::vector<int> &t,
                                                     const torch::Device &device)
{
    auto signal = torch::empty({std::int64_t(t.size()), 1, 1, 1}, torch::kFloat32);
    auto noise = torch::empty_like(signal);
    float *s = signal.data_ptr<float>(), *n = noise.data_ptr<float>();
    for (std::size_t i = 0; i < t.size(); ++i) {
        s[i] = float(schedule.signal(t[i]));
        n[i] = float(schedule.noise(t[i]));
    }
    return {signal.to(device), noise.to(device)};
}

torch::Tensor timestepTensor(const std::vector<int> &t, const torch::Device &device)
{
    std::vector<std::int64_t> v(t.begin(), t.end());
    return torch::tensor(v, torch::kLong).to(device);
}

// The network's regression target: ε, or v = sqrt(ᾱ) ε - sqrt(1 - ᾱ) x_0.
torch::Tensor target(Prediction p, const torch::Tensor &x0, const torch::Tensor &eps, const torch::Tensor &signal,
                     const torch::Tensor &noise)
{
    return p == Prediction::V ? signal * eps - noise * x0 : eps;
}

// The loss-by-timestep probe: a fixed batch of held-out images, fixed noise, and the bucket
// middles as timesteps, measured with the trained (not the EMA) weights so it follows the
// training loss without the average's lag.
class LossProbe
{
public:
    LossProbe(const TrainOptions &o, const DiffusionConfig &c, const data::ImageDataset &dataset,
              const torch::Device &device)
        : m_config(c), m_device(device)
    {
        const std::int64_t size = dataset.info().size;
        std::vector<std::int64_t> pool;
        for (std::int64_t i = 0; i < size; ++i)
            if (evaluate::isHeldOut(i))
                pool.push_back(i);
        std::mt19937_64 rng(kEvalImageSeed);
        const std::size_t count = std::min<std::size_t>(pool.size(), std::size_t(o.evalImages));
        for (std::size_t i = 0; i < count; ++i) // a partial Fisher-Yates shuffle
            std::swap(pool[i], pool[i + std::size_t(rng() % std::uint64_t(pool.size() - i))]);
        pool.resize(count);
        const std::int64_t per = std::int64_t(c.channels) * c.imageSize * c.imageSize;
        auto x = torch::empty({std::int64_t(count), c.channels, c.imageSize, c.imageSize}, torch::kFloat32);
        auto y = torch::full({std::int64_t(count)}, std::int64_t(c.numClasses), torch::kLong);
        for (std::size_t i = 0; i < count; ++i) {
            const FloatImage image = toFloatImage(dataset.image(pool[i]));
            std::memcpy(x.data_ptr<float>() + std::int64_t(i) * per, image.values.data(),
                        std::size_t(per) * sizeof(float));
            const int label = dataset.label(pool[i]);
            if (c.conditional && label >= 0 && label < c.numClasses)
                y[std::int64_t(i)] = label;
        }
        m_x0 = (x * 2.0 - 1.0).to(device);
        m_labels = c.conditional ? y.to(device) : torch::Tensor();
        m_eps = engine::detail::seededNormal(x.sizes(), kEvalNoiseSeed, device);
        m_images = std::int64_t(count);
    }

    // Bucket b's timestep: the middle of (b·T/10, (b+1)·T/10].
    static int bucketTimestep(int bucket, int T)
    {
        return std::clamp(int(std::lround((bucket + 0.5) * T / kLossBuckets)), 1, T);
    }

    train::Metrics evaluate(detail::UNet &net, const DiffusionSchedule &schedule, std::int64_t step)
    {
        c10::InferenceMode inference;
        const bool training = net->is_training();
        net->eval();
        train::Metrics m;
        m.step = step;
        m.evaluation = true;
        double sum = 0;
        for (int b = 0; b < kLossBuckets; ++b) {
            const std::vector<int> t(std::size_t(m_images), bucketTimestep(b, schedule.timesteps()));
            auto [signal, noise] = coefficients(schedule, t, m_device);
            auto xt = signal * m_x0 + noise * m_eps;
            auto out = net->forward(xt, timestepTensor(t, m_device), m_labels);
            const double loss = torch::mse_loss(out, target(m_config.prediction, m_x0, m_eps, signal, noise)).item<double>();
            m.values.push_back(float(loss));
            sum += loss;
        }
        if (training)
            net->train();
        m.scalars.emplace_back("val_loss", sum / kLossBuckets);
        return m;
    }

private:
    DiffusionConfig m_config;
    torch::Device m_device;
    torch::Tensor m_x0, m_labels, m_eps;
    std::int64_t m_images = 0;
};

} // namespace

train::CommonOptions defaultCommon()
{
    train::CommonOptions c;
    c.steps = 4000;
    c.batchSize = 64;
    c.learningRate = 1e-3;
    c.schedule = train::Schedule::WarmupCosine;
    c.warmupSteps = 200;
    c.seed = 1;
    c.checkpointEvery = 500;
    c.previewEvery = 250;
    c.evalEvery = 250;
    return c;
}

TrainResult train(DiffusionModel &model, const TrainOptions &options, const RunContext &ctx)
{
    train::prepare(options);
    train::detail::keepTensorBuffersInTheHeap();
    validateOptions(options, model.config());
    checkImageSize(options, model);
    if (train::shouldResume(options, kDiffusionArchitecture)) {
        model = DiffusionModel::load(options.outDir, model.config(), model.state().device);
        train::report(ctx, train::LogLine{model.info().step, "resumed from step " + std::to_string(model.info().step)});
    }

    auto &st = model.state();
    const DiffusionConfig &config = st.config;
    const DiffusionSchedule &schedule = st.schedule;
    const int T = config.timesteps;
    const std::int64_t startStep = st.info.step;
    TrainResult result;
    result.step = startStep;
    if (startStep >= options.steps)
        return result;

    ctx.progress(0.0, "opening the data");
    // Every image but the held-out split (every 10th, engine/evaluate) is trained on; the loss probe
    // measures on held-out ones.
    train::detail::RealBatchOptions batches;
    batches.dataset = options.dataset;
    batches.imageSize = config.imageSize;
    batches.channels = config.channels;
    batches.conditional = config.conditional;
    batches.numClasses = config.numClasses;
    batches.modelNoun = "diffusion model";
    batches.batchSize = options.batchSize;
    batches.seed = options.seed;
    batches.batchesBefore = startStep;
    batches.trainOn = [](std::int64_t index) { return !evaluate::isHeldOut(index); };
    RealBatches real(batches, ctx);

    const torch::Device device = st.torchDevice;
    detail::UNet &net = st.net;
    detail::AdamSettings adam;
    adam.learningRate = options.learningRate;
    st.ensureOptimizer(adam);
    torch::optim::Adam &opt = *st.optimizer;
    const auto params = net->parameters();
    // Data-parallel (one rank or many): this rank's rows of each global batch, gradients averaged.
    const train::detail::BatchShard shard = train::detail::batchShard();
    train::detail::GradientSync sync(params);
    {
        std::vector<torch::Tensor> ema = st.ema->parameters();
        for (const auto &b : st.ema->buffers())
            ema.push_back(b);
        for (const auto &b : net->buffers())
            ema.push_back(b);
        sync.broadcastFromLead(ema);
    }
    net->train();

    LossProbe probe(options, config, real.dataset(), device);

    DiffusionInfo info = st.info;
    info.datasetId = options.dataset;
    info.recipeJson = recipeJson(options, config);

    const int rows = std::clamp(options.previewRows, 1, kMaxPreviewSide);
    const int cols = std::clamp(options.previewColumns, 1, kMaxPreviewSide);

    train::LoopHooks hooks;
    hooks.divergenceAdvice = "Try a lower learning rate or a gradient clip.";
    hooks.outOfMemoryAdvice = "try a smaller batch (or a smaller image size or width)";
    hooks.settle = [&] { net->eval(); };
    hooks.save = [&](std::int64_t) { model.save(options.outDir, info); };
    if (options.evalImages > 0) // 0: no loss-by-timestep evaluation (a timing run)
        hooks.evaluate = [&](std::int64_t step) { train::report(ctx, probe.evaluate(net, schedule, step)); };
    hooks.preview = [&](std::int64_t step) {
        SamplerSettings s;
        s.kind = SamplerKind::Ddim;
        s.steps = options.previewSteps;
        s.eta = 0;
        s.seed = kPreviewSeed;
        s.count = rows * cols;
        if (config.conditional)
            for (int i = 0; i < s.count; ++i)
                s.classes.push_back((i % cols) % config.numClasses);
        const bool ema = model.usesEma();
        model.useEma(true);
        SamplingRun run;
        try {
            run = sample(model, s, ctx);
        } catch (...) {
            model.useEma(ema);
            throw;
        }
        model.useEma(ema);
        train::ImagePreview p;
        p.step = step;
        p.what = "samples";
        p.caption = "DDIM " + std::to_string(s.steps) + " steps, seed " + std::to_string(kPreviewSeed) + ", EMA weights" +
                    (config.conditional ? ", classes 0-" + std::to_string(std::min(cols, config.numClasses) - 1) + " across"
                                        : std::string());
        p.rows = rows;
        p.cols = cols;
        for (int i = 0; i < s.count; ++i)
            p.images.push_back(toImage(run.finalImages(), i, config.channels, config.imageSize, config.imageSize));
        train::report(ctx, p);
    };
    hooks.step = [&](std::int64_t step) {
        const double lr = train::learningRateAt(options, step);
        setLearningRate(opt, lr);
        auto [x0, labels] = real.next();
        const std::int64_t n = x0.size(0);
        // This step's draws depend on the run's seed and the step only, so a resumed run draws what
        // an uninterrupted one would: timesteps and class dropout from one stream, ε from another.
        // They are drawn for the global batch and each rank keeps its rows, so N ranks draw what
        // one process would.
        const std::int64_t global = real.globalBatch(), first = shard.begin(global);
        std::mt19937_64 rng(stepSeed(options.seed, std::uint64_t(step)));
        std::vector<int> tAll(static_cast<std::size_t>(global));
        for (auto &ti : tAll)
            ti = 1 + int(rng() % std::uint64_t(T));
        const std::vector<int> t(tAll.begin() + first, tAll.begin() + first + n);
        if (config.conditional && options.classDropout > 0) {
            auto *y = labels.data_ptr<std::int64_t>();
            for (std::int64_t i = 0; i < global; ++i)
                if (static_cast<double>(rng() >> 11) * 0x1.0p-53 < options.classDropout && i >= first && i < first + n)
                    y[i - first] = config.numClasses;
        }
        x0 = x0.to(device);
        std::vector<std::int64_t> globalShape = x0.sizes().vec();
        globalShape[0] = global;
        auto eps = shard.rows(
            engine::detail::seededNormal(globalShape, stepSeed(options.seed ^ kNoiseSalt, std::uint64_t(step)), device));
        auto [signal, noise] = coefficients(schedule, t, device);
        auto xt = signal * x0 + noise * eps;
        auto out = net->forward(xt, timestepTensor(t, device), config.conditional ? labels.to(device) : torch::Tensor());
        auto loss = torch::mse_loss(out, target(config.prediction, x0, eps, signal, noise));
        const double lossValue = loss.item<double>();
        // Caught before the optimizer applies anything: the weights stay those of the last finite step.
        train::checkFinite(lossValue, "loss", step);
        opt.zero_grad();
        sync.backward(loss);
        const double norm = gradientNorm(params, options.gradientClip, "gradient", step);
        opt.step();
        // The average warms up ((1 + step) / (10 + step), capped at emaDecay) so that the early
        // previews, which sample the EMA, show the model of the last few hundred steps rather than
        // a blend with the random initial weights (0.995^400 = 13% of them after 400 steps).
        st.updateEma(std::min(options.emaDecay, (1.0 + double(step)) / (10.0 + double(step))));

        info.step = step;
        st.info.step = step;
        result.step = step;
        ++result.stepsThisRun;
        result.loss = lossValue;

        train::StepReport r;
        r.scalars = {{"loss", lossValue}, {"grad_norm", norm}, {"lr", lr}};
        r.examples = n;
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

} // namespace genlab::engine::diffusion
