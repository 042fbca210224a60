#include "engine/evaluate/training.h"

#include "engine/train/seeds.h"
#include "engine/data/dataset.h"
#include "engine/evaluate/detail/classifierstate.h"
#include "engine/evaluate/reference.h"
#include "engine/runtime/compute.h"
#include "engine/train/events.h"
#include "engine/train/detail/dataparallel.h"
#include "engine/train/steploop.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <numeric>
#include <random>

namespace genlab::engine::evaluate {

namespace {

using train::stepSeed;

std::string recipeJson(const TrainOptions &o)
{
    nlohmann::ordered_json j;
    j["command"] = "train classifier";
    j["dataset"] = o.dataset;
    j["steps"] = o.steps;
    j["batch_size"] = o.batchSize;
    j["learning_rate"] = o.learningRate;
    j["schedule"] = train::scheduleName(o.schedule);
    j["warmup_steps"] = o.warmupSteps;
    j["seed"] = o.seed;
    j["threads"] = currentIntraOpThreads();
    return j.dump();
}

} // namespace

train::CommonOptions defaultCommon()
{
    train::CommonOptions c;
    c.steps = 600;
    c.batchSize = 64;
    c.learningRate = 2e-3;
    c.schedule = train::Schedule::WarmupCosine;
    c.warmupSteps = 30;
    c.seed = 1;
    c.checkpointEvery = 200;
    c.previewEvery = 0; // nothing to preview
    c.evalEvery = 100;
    return c;
}

TrainResult train(DigitClassifier &classifier, const TrainOptions &options, const RunContext &ctx)
{
    train::prepare(options);
    if (train::shouldResume(options, kClassifierArchitecture)) {
        classifier = DigitClassifier::load(options.outDir, classifier.config(), classifier.state().device);
        train::report(ctx, train::LogLine{classifier.info().step,
                                          "resumed from step " + std::to_string(classifier.info().step)});
    }
    auto &st = classifier.state();
    const ClassifierConfig &config = st.config;
    const std::int64_t startStep = st.info.step;
    TrainResult result;
    result.step = startStep;
    if (startStep >= options.steps)
        return result;

    ctx.progress(0.0, "opening the data");
    const ImageSet all = openImageSet(options.dataset, Part::All, config.imageSize, config.channels, ctx);
    if (!all.labelled())
        throw data::DatasetError("data set " + options.dataset + " has no labels: a classifier needs labelled images");
    if (int(all.classNames.size()) != config.classCount)
        throw data::DatasetError("data set " + options.dataset + " has " + std::to_string(all.classNames.size()) +
                                 " classes; the classifier has " + std::to_string(config.classCount));
    std::vector<std::int64_t> trainIdx, heldIdx;
    for (std::int64_t i = 0; i < std::int64_t(all.images.size()); ++i)
        if (all.labels[std::size_t(i)] >= 0)
            (isHeldOut(i) ? heldIdx : trainIdx).push_back(i);
    if (std::int64_t(trainIdx.size()) < 2 || heldIdx.empty())
        throw data::DatasetError("data set " + options.dataset + " has too few labelled images to train a classifier");
    const auto allX = detail::imagesToTensor(all.images, config.imageSize, config.channels);
    auto allY = torch::empty({std::int64_t(all.labels.size())}, torch::kLong);
    for (std::size_t i = 0; i < all.labels.size(); ++i)
        allY[std::int64_t(i)] = std::int64_t(std::max(0, all.labels[i]));
    auto idx = [](const std::vector<std::int64_t> &v) {
        return torch::from_blob(const_cast<std::int64_t *>(v.data()), {std::int64_t(v.size())}, torch::kLong).clone();
    };
    const auto heldX = allX.index_select(0, idx(heldIdx)).to(st.torchDevice);
    const auto heldY = allY.index_select(0, idx(heldIdx)).to(st.torchDevice);
    const auto trainX = allX.index_select(0, idx(trainIdx));
    const auto trainY = allY.index_select(0, idx(trainIdx));
    result.trainCount = std::int64_t(trainIdx.size());
    result.heldOutCount = std::int64_t(heldIdx.size());
    if (config.classNames.empty())
        st.config.classNames = all.classNames;

    const int batch = int(std::min<std::int64_t>(options.batchSize, result.trainCount));
    const std::int64_t perEpoch = result.trainCount / batch;
    std::int64_t orderEpoch = -1;
    torch::Tensor order;

    detail::ClassifierNet &net = st.net;
    net->train();
    detail::AdamSettings adam;
    adam.learningRate = options.learningRate;
    auto &optimizer = st.ensureOptimizer(adam);
    const auto params = net->parameters();
    // Data-parallel: each rank takes its rows of the global batch; gradients averaged.
    const train::detail::BatchShard shard = train::detail::batchShard();
    train::detail::checkBatchSplits(batch);
    train::detail::GradientSync sync(params);
    sync.broadcastFromLead(net->buffers());

    ClassifierInfo info = st.info;
    info.datasetId = options.dataset;
    info.recipeJson = recipeJson(options);

    train::LoopHooks hooks;
    hooks.divergenceAdvice = "Try a lower learning rate.";
    hooks.settle = [&] { net->eval(); };
    hooks.save = [&](std::int64_t) {
        info.heldOutAccuracy = result.heldOutAccuracy;
        classifier.save(options.outDir, info);
    };
    hooks.evaluate = [&](std::int64_t step) {
        torch::NoGradGuard noGrad;
        net->eval();
        auto [logits, features] = net->forward(heldX);
        (void)features;
        result.heldOutLoss = torch::cross_entropy_loss(logits, heldY).item<double>();
        result.heldOutAccuracy = logits.argmax(1).eq(heldY).to(torch::kFloat64).mean().item<double>();
        net->train();
        train::Metrics m;
        m.step = step;
        m.evaluation = true;
        m.scalars = {{"val_loss", result.heldOutLoss}, {"val_accuracy", result.heldOutAccuracy}};
        train::report(ctx, m);
    };
    hooks.step = [&](std::int64_t step) {
        // The batch depends on (seed, step) only: a resumed run sees what an uninterrupted one would.
        const std::int64_t zeroBased = step - 1;
        const std::int64_t epoch = zeroBased / perEpoch, pos = zeroBased % perEpoch;
        if (epoch != orderEpoch) {
            std::vector<std::int64_t> perm(std::size_t(result.trainCount));
            std::iota(perm.begin(), perm.end(), std::int64_t(0));
            std::mt19937_64 rng(stepSeed(options.seed, std::uint64_t(epoch)));
            for (std::size_t i = perm.size(); i > 1; --i)
                std::swap(perm[i - 1], perm[std::size_t(rng() % i)]);
            order = idx(perm);
            orderEpoch = epoch;
        }
        const auto pick = shard.rows(order.slice(0, pos * batch, (pos + 1) * batch));
        const auto x = trainX.index_select(0, pick).to(st.torchDevice);
        const auto y = trainY.index_select(0, pick).to(st.torchDevice);
        auto [logits, features] = net->forward(x);
        (void)features;
        auto loss = torch::cross_entropy_loss(logits, y);
        const double lossValue = loss.item<double>();
        train::checkFinite(lossValue, "loss", step);
        optimizer.zero_grad();
        sync.backward(loss);
        {
            torch::NoGradGuard noGrad;
            double total = 0;
            for (const auto &p : params)
                if (p.grad().defined())
                    total += p.grad().sum().item<double>();
            train::checkFinite(total, "gradient", step);
            if (options.gradientClip > 0)
                torch::nn::utils::clip_grad_norm_(params, options.gradientClip);
        }
        const double lr = train::learningRateAt(options, step);
        for (auto &group : optimizer.param_groups())
            static_cast<torch::optim::AdamOptions &>(group.options()).lr(lr);
        optimizer.step();
        info.step = step;
        st.info.step = step;
        result.loss = lossValue;
        result.accuracy = logits.detach().argmax(1).eq(y).to(torch::kFloat64).mean().item<double>();
        result.step = step;
        ++result.stepsThisRun;
        train::StepReport r;
        r.scalars = {{"loss", result.loss}, {"accuracy", result.accuracy}, {"learning_rate", lr}};
        r.examples = x.size(0);
        return r;
    };

    const train::LoopResult loop = train::runSteps(options, startStep, hooks, ctx);
    result.imagesPerSecond = loop.examplesPerSecond;
    result.lastCheckpoint = loop.lastCheckpoint;
    info.heldOutAccuracy = result.heldOutAccuracy;
    st.info = info;
    net->eval();
    ctx.progress(1.0, "done");
    return result;
}

} // namespace genlab::engine::evaluate
