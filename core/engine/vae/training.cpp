#include "engine/vae/training.h"

#include "engine/train/seeds.h"
#include "engine/data/batchstream.h"
#include "engine/data/registry.h"
#include "engine/runtime/compute.h"
#include "engine/runtime/detail/tensors.h"
#include "engine/train/events.h"
#include "engine/train/detail/dataparallel.h"
#include "engine/train/steploop.h"
#include "engine/vae/detail/modelstate.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstring>
#include <numeric>
#include <optional>
#include <random>

namespace genlab::engine::vae {

namespace {

// With the wide transposed convolution running as a sub-pixel convolution, channels_last gained
// nothing for this network at batch 64 here (it cost ~10% on one thread); kept as a switch.
constexpr bool kTrainChannelsLast = false;
constexpr std::uint64_t kPreviewSampleSeed = 20240601;

using train::stepSeed;

// Where batches come from: the caller's images (own seeded shuffle per epoch) or a data set
// through the data layer's prefetching BatchStream. Both are stateless in the step number, so a
// resumed run sees the same batches as an uninterrupted one.
class BatchSource
{
public:
    virtual ~BatchSource() = default;
    virtual torch::Tensor next() = 0;                    // [B, C, H, W] in [0,1], CPU
    virtual std::vector<FloatImage> previewInputs(int count) = 0;
};

class MemorySource : public BatchSource
{
public:
    MemorySource(const std::vector<FloatImage> &images, int batch, std::uint64_t seed, std::int64_t startStep,
                 const VaeConfig &config)
        : m_images(images), m_seed(seed), m_config(config)
    {
        m_batch = std::min<int>(batch, int(images.size()));
        m_perEpoch = std::int64_t(images.size()) / m_batch;
        m_step = startStep;
    }

    torch::Tensor next() override
    {
        const std::int64_t epoch = m_step / m_perEpoch, pos = m_step % m_perEpoch;
        if (epoch != m_orderEpoch) {
            m_order.resize(m_images.size());
            std::iota(m_order.begin(), m_order.end(), std::size_t(0));
            std::mt19937_64 rng(stepSeed(m_seed, std::uint64_t(epoch)));
            for (std::size_t i = m_order.size(); i > 1; --i)
                std::swap(m_order[i - 1], m_order[std::size_t(rng() % i)]);
            m_orderEpoch = epoch;
        }
        std::vector<const float *> planes;
        planes.reserve(std::size_t(m_batch));
        for (int i = 0; i < m_batch; ++i)
            planes.push_back(m_images[m_order[std::size_t(pos * m_batch + i)]].values.data());
        ++m_step;
        // In memory already: every rank assembles the global batch and keeps its rows.
        return train::detail::batchShard().rows(detail::imagesToTensor(planes, m_config.channels, m_config.imageSize));
    }

    std::vector<FloatImage> previewInputs(int count) override
    {
        std::vector<FloatImage> out;
        const std::size_t n = m_images.size();
        for (int i = 0; i < count && std::size_t(i) < n; ++i)
            out.push_back(m_images[std::size_t(i) * n / std::size_t(std::min<std::size_t>(n, std::size_t(count)))]);
        return out;
    }

private:
    const std::vector<FloatImage> &m_images;
    std::uint64_t m_seed;
    VaeConfig m_config;
    int m_batch = 1;
    std::int64_t m_perEpoch = 1;
    std::int64_t m_step = 0;
    std::int64_t m_orderEpoch = -1;
    std::vector<std::size_t> m_order;
};

class DatasetSource : public BatchSource
{
public:
    DatasetSource(const std::string &id, int batch, std::uint64_t seed, std::int64_t startStep, const VaeConfig &config,
                  const RunContext &ctx)
        : m_config(config)
    {
        data::OpenOptions open;
        open.width = config.imageSize;
        open.height = config.imageSize;
        open.channels = config.channels;
        open.seed = seed;
        m_dataset = data::openImageDataset(id, open, ctx);
        const auto &info = m_dataset->info();
        if (info.size <= 0)
            throw data::DatasetError("data set " + id + " has no images");
        if (info.width != config.imageSize || info.height != config.imageSize || info.channels != config.channels)
            throw data::DatasetError("data set " + id + " gives " + std::to_string(info.width) + "x" +
                                     std::to_string(info.height) + "x" + std::to_string(info.channels) +
                                     " images; the model takes " + std::to_string(config.imageSize) + "x" +
                                     std::to_string(config.imageSize) + "x" + std::to_string(config.channels));
        std::vector<std::int64_t> indices(std::size_t(info.size));
        std::iota(indices.begin(), indices.end(), std::int64_t(0));
        data::BatchStreamOptions o;
        o.batchSize = int(std::min<std::int64_t>(batch, info.size));
        o.seed = seed;
        o.shuffle = true;
        o.dropLast = true;
        // Data-parallel: the batch is the global one; this rank reads its slice of it.
        train::detail::checkBatchSplits(o.batchSize);
        o.shard = train::detail::batchShard().rank;
        o.shards = train::detail::batchShard().ranks;
        const std::int64_t perEpoch = info.size / o.batchSize;
        o.firstEpoch = startStep / perEpoch;
        m_stream = std::make_unique<data::BatchStream>(*m_dataset, std::move(indices), o);
        // Land on the batch an uninterrupted run would take next.
        for (std::int64_t skip = startStep % perEpoch; skip > 0; --skip)
            (void)m_stream->next();
    }

    torch::Tensor next() override
    {
        data::ImageBatch b = m_stream->next();
        const std::int64_t n = b.count();
        auto t = torch::empty({n, m_config.channels, m_config.imageSize, m_config.imageSize}, torch::kFloat32);
        if (std::size_t(t.numel()) != b.pixels.size())
            throw data::DatasetError("data set batch has an unexpected size");
        std::memcpy(t.data_ptr<float>(), b.pixels.data(), b.pixels.size() * sizeof(float));
        return t;
    }

    std::vector<FloatImage> previewInputs(int count) override
    {
        std::vector<FloatImage> out;
        const std::int64_t n = m_dataset->info().size;
        const std::int64_t k = std::min<std::int64_t>(n, count);
        for (std::int64_t i = 0; i < k; ++i)
            out.push_back(toFloatImage(m_dataset->image(i * n / k)));
        return out;
    }

private:
    VaeConfig m_config;
    std::unique_ptr<data::ImageDataset> m_dataset;
    std::unique_ptr<data::BatchStream> m_stream; // after m_dataset: destroyed first
};

void checkFinite(const torch::Tensor &value, const char *name, std::int64_t step)
{
    train::checkFinite(value.item<double>(), name, step);
}

std::string recipeJson(const TrainOptions &o)
{
    nlohmann::ordered_json j;
    j["command"] = "train";
    j["dataset"] = o.images.empty() ? o.dataset : std::string("images");
    j["steps"] = o.steps;
    j["batch_size"] = o.batchSize;
    j["learning_rate"] = o.learningRate;
    j["seed"] = o.seed;
    // Bit-for-bit reproduction needs the same intra-op thread count (reductions split by thread).
    j["threads"] = currentIntraOpThreads();
    return j.dump();
}

} // namespace

train::CommonOptions defaultCommon()
{
    train::CommonOptions c;
    c.steps = 2000;
    c.batchSize = 64;
    c.learningRate = 1e-3;
    c.schedule = train::Schedule::Constant;
    c.seed = 1;
    c.checkpointEvery = 500;
    c.previewEvery = 100;
    c.evalEvery = 0; // a VAE reports its losses every step; there is no separate evaluation
    return c;
}

TrainResult train(LatentModel &model, const TrainOptions &options, const RunContext &ctx)
{
    train::prepare(options);
    if (train::shouldResume(options, model.config().architecture())) {
        model = LatentModel::load(options.outDir, model.config(), model.state().device);
        train::report(ctx, train::LogLine{model.info().step, "resumed from step " + std::to_string(model.info().step)});
    }

    auto &st = model.state();
    const VaeConfig &config = st.config;
    const std::int64_t startStep = st.info.step;
    TrainResult result;
    result.step = startStep;
    if (startStep >= options.steps)
        return result;

    ctx.progress(0.0, "opening the data");
    std::unique_ptr<BatchSource> source;
    if (!options.images.empty()) {
        for (std::size_t i = 0; i < options.images.size(); ++i) {
            const auto &img = options.images[i];
            if (img.width != config.imageSize || img.height != config.imageSize || img.channels != config.channels ||
                img.values.size() != std::size_t(img.channels) * img.width * img.height)
                throw std::invalid_argument("training image " + std::to_string(i) + " does not have the model's size " +
                                            std::to_string(config.imageSize) + "x" + std::to_string(config.imageSize) +
                                            "x" + std::to_string(config.channels));
        }
        source = std::make_unique<MemorySource>(options.images, options.batchSize, options.seed, startStep, config);
    } else {
        source = std::make_unique<DatasetSource>(options.dataset, options.batchSize, options.seed, startStep, config, ctx);
    }

    detail::ConvVae &net = st.net;
    net->train();
    net->setChannelsLast(kTrainChannelsLast);
    detail::AdamSettings adam;
    adam.learningRate = options.learningRate;
    auto &optimizer = st.ensureOptimizer(adam);
    const auto params = net->parameters();
    const train::detail::BatchShard shard = train::detail::batchShard();
    train::detail::checkBatchSplits(options.batchSize);
    train::detail::GradientSync sync(params);
    sync.broadcastFromLead(net->buffers());
    const int previewCount = std::clamp(options.previewCount, 1, 64);
    const std::vector<FloatImage> previewInputs =
        options.previewEvery > 0 ? source->previewInputs(previewCount) : std::vector<FloatImage>{};

    ModelInfo info = st.info;
    info.datasetId = options.images.empty() ? options.dataset : std::string("images");
    info.recipeJson = recipeJson(options);

    train::LoopHooks hooks;
    hooks.divergenceAdvice = "Try a lower learning rate or a smaller beta.";
    hooks.outOfMemoryAdvice = "try a smaller batch (or a smaller image size or base width)";
    hooks.settle = [&] { net->eval(); };
    hooks.save = [&](std::int64_t) { model.save(options.outDir, info); };
    hooks.preview = [&](std::int64_t step) {
        if (previewInputs.empty())
            return;
        net->eval();
        train::ImagePreview rec;
        rec.step = step;
        rec.what = "reconstructions";
        rec.caption = "inputs above, reconstructions below";
        rec.rows = 2;
        rec.cols = int(previewInputs.size());
        auto outputs = model.reconstruct(previewInputs);
        for (const auto &img : previewInputs)
            rec.images.push_back(toImage(img));
        for (const auto &img : outputs)
            rec.images.push_back(toImage(img));
        train::report(ctx, rec);
        if (config.kind == VaeConfig::Kind::Vae) {
            train::ImagePreview s;
            s.step = step;
            s.what = "samples";
            s.caption = "prior samples, seed " + std::to_string(kPreviewSampleSeed);
            s.images = model.sample(int(previewInputs.size()), kPreviewSampleSeed, 1.0);
            s.rows = 1;
            s.cols = int(s.images.size());
            train::report(ctx, s);
        }
        net->train();
    };
    hooks.step = [&](std::int64_t step) {
        torch::Tensor x = source->next();
        const std::int64_t n = x.size(0);
        if (kTrainChannelsLast)
            x = x.contiguous(at::MemoryFormat::ChannelsLast);
        x = x.to(st.torchDevice);
        torch::Tensor noise;
        if (config.kind == VaeConfig::Kind::Vae) // drawn for the global batch; this rank's rows
            noise = shard.rows(engine::detail::seededNormal({n * shard.ranks, config.latentDim},
                                                            stepSeed(options.seed, std::uint64_t(step)), st.torchDevice));
        const double beta = config.betaAt(step);
        detail::Losses l = detail::computeLosses(net, x, noise, beta);
        // Caught before the optimizer applies anything, so the weights stay those of the
        // previous, finite step.
        checkFinite(l.reconstruction, "reconstruction loss", step);
        checkFinite(l.kl, "KL", step);
        optimizer.zero_grad();
        sync.backward(l.loss);
        {
            torch::NoGradGuard noGrad;
            torch::Tensor total = torch::zeros({}, torch::TensorOptions().device(st.torchDevice));
            for (const auto &p : params)
                if (p.grad().defined())
                    total += p.grad().sum();
            checkFinite(total, "gradient", step);
            if (options.gradientClip > 0)
                torch::nn::utils::clip_grad_norm_(params, options.gradientClip);
        }
        if (options.schedule != train::Schedule::Constant) {
            const double lr = train::learningRateAt(options, step);
            for (auto &group : optimizer.param_groups())
                static_cast<torch::optim::AdamOptions &>(group.options()).lr(lr);
        }
        optimizer.step();
        info.step = step;
        st.info.step = step;

        result.reconstruction = l.reconstruction.item<double>();
        result.kl = l.kl.item<double>();
        result.loss = l.loss.item<double>();
        result.elbo = -(result.reconstruction + result.kl);
        result.beta = beta;
        auto klDims = l.klPerDim.detach().to(torch::kCPU).contiguous();
        result.klPerDim.assign(klDims.data_ptr<float>(), klDims.data_ptr<float>() + klDims.numel());
        result.step = step;
        ++result.stepsThisRun;

        train::StepReport r;
        r.scalars = {{"reconstruction", result.reconstruction},
                     {"kl", result.kl},
                     {"elbo", result.elbo},
                     {"beta", beta},
                     {"loss", result.loss}};
        r.values = result.klPerDim;
        r.examples = n;
        return r;
    };

    const train::LoopResult loop = train::runSteps(options, startStep, hooks, ctx);
    result.imagesPerSecond = loop.examplesPerSecond;
    result.lastCheckpoint = loop.lastCheckpoint;
    st.info = info;
    ctx.progress(1.0, "done");
    return result;
}

} // namespace genlab::engine::vae
