// The Diffusion lab on the command line:
//   genlab train diffusion [--dataset ID] [--size N] [--channels N] [--conditional] [--width N]
//                          [--res-blocks N] [--no-attention] [--prediction epsilon|v]
//                          [--noise-schedule linear|cosine|sigmoid] [--timesteps T]
//                          [--class-dropout P] [--ema D] ... --out DIR
//   genlab sample --model DIFFDIR [--sampler ddpm|ddim|dpm] [--steps N] [--eta X] [--guidance G]
//                 [--class C] [--seed N] [--count N] [--out FILE.png] [--save-steps OUT]
// and its part of `genlab demo` (a denoising strip and its animation, a grid of every class).
#include "cli/diffusioncommands.h"

#include "cli/demo.h"
#include "cli/trainers.h"
#include "cli/trainingrunner.h"

#include "engine/diffusion/diffusionmodel.h"
#include "engine/diffusion/sampler.h"
#include "engine/diffusion/training.h"
#include "services/diffusion/diffusionservice.h"
#include "services/recipe.h"
#include "services/resourcepaths.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <chrono>
#include <limits>

namespace genlab::cli {

namespace {

namespace ed = engine::diffusion;

QCommandLineOption option(const char *name, const char *description, const char *valueName = nullptr)
{
    if (!valueName)
        return QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(description));
    return QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(description), QString::fromLatin1(valueName));
}

ed::DiffusionModel loadModel(const QString &folder, const CommandContext &ctx)
{
    try {
        return ed::DiffusionModel::load(folder.toStdString(), ctx.device);
    } catch (const ed::DiffusionCheckpointError &e) {
        throw std::runtime_error(e.what());
    }
}

services::DiffusionModelInfo infoOf(const services::latent::ModelSource &source, const ed::DiffusionModel &model)
{
    services::DiffusionModelInfo info;
    info.source = source;
    info.config = model.config();
    info.datasetId = QString::fromStdString(model.info().datasetId);
    info.step = model.info().step;
    info.parameterCount = model.parameterCount();
    return info;
}

// --- train diffusion -------------------------------------------------------------------------------

ed::DiffusionConfig configFromOptions(const QCommandLineParser &p)
{
    ed::DiffusionConfig c;
    c.imageSize = int(intOption(p, QStringLiteral("size"), c.imageSize, ed::kMinImageSize, ed::kMaxImageSize));
    c.channels = int(intOption(p, QStringLiteral("channels"), c.channels, 1, 3));
    if (c.channels == 2)
        throw UsageError{QStringLiteral("--channels must be 1 (grey) or 3 (colour)")};
    c.baseChannels = int(intOption(p, QStringLiteral("width"), c.baseChannels, ed::kMinBaseChannels, ed::kMaxBaseChannels));
    c.resBlocks = int(intOption(p, QStringLiteral("res-blocks"), c.resBlocks, 1, 3));
    c.attention = !p.isSet(QStringLiteral("no-attention"));
    c.conditional = p.isSet(QStringLiteral("conditional"));
    if (p.isSet(QStringLiteral("prediction"))) {
        const QString name = p.value(QStringLiteral("prediction")).toLower();
        if (!ed::parsePrediction(name.toStdString(), &c.prediction))
            throw UsageError{QStringLiteral("--prediction must be epsilon or v (got '%1')").arg(name)};
    }
    if (p.isSet(QStringLiteral("noise-schedule"))) {
        const QString name = p.value(QStringLiteral("noise-schedule")).toLower();
        if (!ed::parseSchedule(name.toStdString(), &c.schedule))
            throw UsageError{QStringLiteral("--noise-schedule must be linear, cosine or sigmoid (got '%1')").arg(name)};
    }
    c.timesteps = int(intOption(p, QStringLiteral("timesteps"), c.timesteps, ed::kMinTimesteps, ed::kMaxTimesteps));
    if (std::string problem = c.validate(); !problem.empty())
        throw UsageError{QString::fromStdString(problem)};
    return c;
}

int trainDiffusion(const CommandContext &ctx)
{
    const QCommandLineParser &p = *ctx.parser;
    const ed::DiffusionConfig config = configFromOptions(p);
    // Said before any data is read: the size a model trains at depends on the device (64 px on the
    // CPU, 128 with CUDA).
    if (std::string problem = ed::trainingImageSizeProblem(config.imageSize, ctx.device); !problem.empty())
        throw UsageError{QStringLiteral("--size %1: %2").arg(config.imageSize).arg(QString::fromStdString(problem))};
    ed::TrainOptions o; // the shared options start from diffusion::defaultCommon()
    o.dataset = p.isSet(QStringLiteral("dataset")) ? p.value(QStringLiteral("dataset")).toStdString() : o.dataset;
    o.classDropout = doubleOption(p, QStringLiteral("class-dropout"), o.classDropout, 0.0, 1.0);
    o.emaDecay = doubleOption(p, QStringLiteral("ema"), o.emaDecay, 0.0, 0.99999);
    readCommonOptions(ctx, o);
    const QString parent = QFileInfo(QString::fromStdString(o.outDir)).absolutePath();
    if (!QDir().mkpath(parent))
        throw std::runtime_error(QStringLiteral("cannot create the folder %1").arg(parent).toStdString());
    const QString out = QDir::toNativeSeparators(QString::fromStdString(o.outDir));
    cli::out(QStringLiteral("training a %1 on %2 for %3 steps, batch %4, lr %5")
                 .arg(QString::fromStdString(config.describe()), QString::fromStdString(o.dataset))
                 .arg(o.steps)
                 .arg(o.batchSize)
                 .arg(o.learningRate));
    return runTraining(QStringLiteral("train diffusion"), o, [&](const engine::RunContext &run) {
        // With a checkpoint in --out of this architecture, train() continues it (the resume policy);
        // one of another is refused with the differing field named.
        ed::DiffusionModel model = ed::DiffusionModel::create(config, o.seed, ctx.device);
        const ed::TrainResult result = ed::train(model, o, run);
        const std::int64_t startStep = result.step - result.stepsThisRun;
        if (result.stepsThisRun == 0) {
            cli::out(QStringLiteral("%1 is already at step %2 (--steps %3): nothing to do").arg(out).arg(result.step).arg(o.steps));
            return;
        }
        cli::out(QStringLiteral("saved %1 (step %2%3, loss %4, %5 images/s)")
                     .arg(out)
                     .arg(result.step)
                     .arg(startStep > 0 ? QStringLiteral(", resumed from step %1").arg(startStep) : QString())
                     .arg(result.loss, 0, 'f', 4)
                     .arg(result.imagesPerSecond, 0, 'f', 0));
    });
}

TrainerRegistrar diffusionTrainer(Trainer{
    .kind = QStringLiteral("diffusion"),
    .summary = QStringLiteral("a diffusion UNet on images (DDPM training; --dataset, --conditional, --prediction, ...)"),
    .options = {option("dataset", "diffusion: digits (default), procedural-digits, shapes or folder:PATH", "ID"),
                option("size", "diffusion: image size, 28..64 on the CPU, up to 128 with a GPU (default 28)", "N"),
                option("channels", "diffusion: 1 (grey, default) or 3 (colour)", "N"),
                option("conditional", "diffusion: class-conditional with classifier-free dropout (default: unconditional)"),
                option("width", "diffusion: channels of the first level, 8..256, a multiple of 8 (default 32)", "N"),
                option("res-blocks", "diffusion: residual blocks per level, 1..3 (default 1)", "N"),
                option("no-attention", "diffusion: no self-attention at the lowest resolution"),
                option("prediction", "diffusion: epsilon (default) or v", "NAME"),
                option("noise-schedule", "diffusion: linear, cosine (default) or sigmoid", "NAME"),
                option("timesteps", "diffusion: T, 10..4000 (default 1000)", "N"),
                option("class-dropout", "diffusion: share of labels dropped for classifier-free guidance (default 0.1)", "P"),
                option("ema", "diffusion: EMA decay of the sampling weights (default 0.995)", "D")},
    .defaults = ed::defaultCommon(),
    .run = trainDiffusion,
});

// --- demo ----------------------------------------------------------------------------------------

constexpr int kDemoClass = 7;
constexpr int kDemoSteps = 50;

QJsonObject runDemo(const QString &outDir, const engine::RunContext &ctx)
{
    const services::latent::ModelSource source =
        services::latent::resolveModel(QString::fromLatin1(services::diffusion::kShippedModel));
    const ed::DiffusionModel model = ed::DiffusionModel::load(source.folder.toStdString());
    const services::DiffusionModelInfo info = infoOf(source, model);
    ed::SamplerSettings s;
    s.kind = ed::SamplerKind::Ddim;
    s.steps = kDemoSteps;
    s.seed = 1;
    if (model.classCount() > 0) {
        s.classLabel = kDemoClass;
        s.guidance = 3;
    }
    services::DiffusionSampleResult result;
    result.run = ed::sample(model, s, ctx);
    const QStringList strip = services::diffusion::writeDenoisingSteps(
        QDir(outDir).filePath(QStringLiteral("diffusion-steps.png")), result,
        services::diffusion::sampleRecipe(info, s, QStringLiteral("png")), ctx);
    const QStringList gif = services::diffusion::writeDenoisingSteps(
        QDir(outDir).filePath(QStringLiteral("diffusion-steps.gif")), result,
        services::diffusion::sampleRecipe(info, s, QStringLiteral("gif")), ctx);
    // A grid with two of each class (or 20 unconditional samples), DDIM 20 steps.
    double seconds = 0;
    const auto grid = services::diffusion::sampleClasses(model, 20, 20, 1, s.guidance, &seconds, ctx);
    ed::SamplerSettings gridSettings = s;
    gridSettings.steps = 20;
    gridSettings.count = 20;
    gridSettings.classLabel = -1;
    services::Recipe gridRecipe = services::diffusion::sampleRecipe(info, gridSettings, QStringLiteral("png"));
    QJsonObject gp = gridRecipe.parameters;
    gp.insert(QStringLiteral("columns"), 10);
    gp.insert(QStringLiteral("scale"), services::latent::kGridScale);
    gridRecipe.parameters = gp;
    const QString gridPath = QDir(outDir).filePath(QStringLiteral("diffusion-samples.png"));
    services::latent::writeSampleGrid(gridPath, grid, gridRecipe);
    return QJsonObject{{QStringLiteral("model"), info.describe()},
                       {QStringLiteral("files"), QJsonArray::fromStringList(strip + gif + QStringList{gridPath})},
                       {QStringLiteral("denoising_ms"), result.run.seconds * 1000.0},
                       {QStringLiteral("ms_per_step"), result.run.seconds * 1000.0 / kDemoSteps},
                       {QStringLiteral("grid_seconds"), seconds}};
}

DemoRegistrar demo(DemoStep{QStringLiteral("diffusion"), 60, runDemo});

} // namespace

// --- sample --------------------------------------------------------------------------------------

bool isDiffusionCheckpoint(const QString &folder)
{
    QFile f(QDir(folder).filePath(QStringLiteral("config.json")));
    if (!f.open(QIODevice::ReadOnly) || f.size() > (1 << 20))
        return false;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    return doc.isObject() &&
           doc.object().value(QStringLiteral("architecture")).toString() == QLatin1String(ed::kDiffusionArchitecture);
}

QStringList diffusionOnlySampleOptions()
{
    return {QStringLiteral("sampler"), QStringLiteral("steps"), QStringLiteral("eta"), QStringLiteral("guidance"),
            QStringLiteral("save-steps")};
}

int sampleDiffusion(const CommandContext &ctx, const services::latent::ModelSource &source)
{
    const QCommandLineParser &p = *ctx.parser;
    for (const char *other : {"temperature", "truncation"})
        if (p.isSet(QString::fromLatin1(other)))
            throw UsageError{QStringLiteral("--%1 is not a diffusion option (%2 is a diffusion model: use --guidance, "
                                            "--sampler, --steps)")
                                 .arg(QLatin1String(other), source.name)};
    const QString out = p.value(QStringLiteral("out"));
    const QString stepsOut = p.value(QStringLiteral("save-steps"));
    if (out.isEmpty() && stepsOut.isEmpty())
        throw UsageError{QStringLiteral("give --out FILE.png (the samples) and/or --save-steps OUT (.gif, .mp4 or .png: "
                                        "every denoising step)")};
    if (!out.isEmpty() && QFileInfo(out).suffix().toLower() != QLatin1String("png"))
        throw UsageError{QStringLiteral("--out must end in .png (got '%1')").arg(out)};
    if (!stepsOut.isEmpty() && !services::latent::formatFromPath(stepsOut))
        throw UsageError{QStringLiteral("--save-steps must end in .gif, .mp4 or .png (got '%1')").arg(stepsOut)};
    const ed::DiffusionModel model = loadModel(source.folder, ctx);
    const services::DiffusionModelInfo info = infoOf(source, model);
    const int T = model.schedule().timesteps();

    ed::SamplerSettings s;
    if (p.isSet(QStringLiteral("sampler"))) {
        const QString name = p.value(QStringLiteral("sampler")).toLower();
        if (!ed::parseSampler(name.toStdString(), &s.kind))
            throw UsageError{QStringLiteral("--sampler must be ddpm, ddim or dpm (got '%1')").arg(name)};
    }
    s.steps = int(intOption(p, QStringLiteral("steps"), s.kind == ed::SamplerKind::Ddpm ? T : 50, 1, T));
    s.eta = doubleOption(p, QStringLiteral("eta"), 0.0, 0.0, 1.0);
    if (p.isSet(QStringLiteral("eta")) && s.kind != ed::SamplerKind::Ddim)
        throw UsageError{QStringLiteral("--eta is DDIM's (--sampler ddim)")};
    s.seed = quint64(intOption(p, QStringLiteral("seed"), 1, 0, std::numeric_limits<qint64>::max()));
    const bool conditional = model.classCount() > 0;
    s.guidance = doubleOption(p, QStringLiteral("guidance"), conditional ? 3.0 : 1.0, 0.0, ed::kMaxGuidance);
    if (p.isSet(QStringLiteral("guidance")) && !conditional)
        throw UsageError{QStringLiteral("--guidance: %1 is not class-conditional").arg(source.name)};
    const int defaultCount = stepsOut.isEmpty() || !out.isEmpty() ? (conditional ? 20 : 16) : 1;
    s.count = int(intOption(p, QStringLiteral("count"), defaultCount, 1, 256));
    if (p.isSet(QStringLiteral("class"))) {
        if (!conditional)
            throw UsageError{QStringLiteral("--class: %1 is not class-conditional").arg(source.name)};
        s.classLabel = int(intOption(p, QStringLiteral("class"), 0, 0, model.classCount() - 1));
    } else if (conditional) {
        for (int i = 0; i < s.count; ++i) // the classes in turn, one column each
            s.classes.push_back(i % model.classCount());
    }
    if (const std::string problem = s.validate(model); !problem.empty())
        throw UsageError{QString::fromStdString(problem)};

    services::DiffusionSampleResult result;
    {
        // Ctrl+C stops at the next denoising step; nothing is written (main says "interrupted").
        const InterruptibleJob job(QStringLiteral("sample"),
                                   QStringLiteral("genlab sample: stopping at the next denoising step; nothing is written "
                                                  "(Ctrl+C again quits at once)"));
        result.run = ed::sample(model, s, job.context(s.steps, QStringLiteral("steps")));
    }
    QStringList written;
    if (!out.isEmpty()) {
        if (!QDir().mkpath(QFileInfo(out).absolutePath()))
            throw std::runtime_error(QStringLiteral("cannot create the folder %1").arg(QFileInfo(out).absolutePath()).toStdString());
        services::Recipe recipe = services::diffusion::sampleRecipe(info, s, QStringLiteral("png"));
        QJsonObject params = recipe.parameters;
        const int columns = conditional && s.classLabel < 0 ? std::min(model.classCount(), 10)
                                                            : services::latent::gridColumns(s.count);
        params.insert(QStringLiteral("columns"), columns);
        params.insert(QStringLiteral("scale"), services::latent::kGridScale);
        recipe.parameters = params;
        services::latent::writeSampleGrid(out, result.finalImages(), recipe);
        written << out;
    }
    if (!stepsOut.isEmpty()) {
        if (!QDir().mkpath(QFileInfo(stepsOut).absolutePath()))
            throw std::runtime_error(
                QStringLiteral("cannot create the folder %1").arg(QFileInfo(stepsOut).absolutePath()).toStdString());
        written << services::diffusion::writeDenoisingSteps(
            stepsOut, result, services::diffusion::sampleRecipe(info, s, QFileInfo(stepsOut).suffix().toLower()));
    }
    setJsonField(QStringLiteral("files"), QJsonArray::fromStringList(written));
    cli::out(QStringLiteral("wrote %1 (%2 of %3, %4 ms per step)")
                 .arg(written.join(QStringLiteral(", ")), QString::fromStdString(s.describe()), source.name)
                 .arg(result.run.seconds * 1000.0 / std::max(1, s.steps), 0, 'f', 1));
    return 0;
}

std::vector<engine::Image> diffusionSamplesForEvaluation(const QString &folder, int count, quint64 seed, int steps,
                                                         const CommandContext &ctx)
{
    const ed::DiffusionModel model = loadModel(folder, ctx);
    return services::diffusion::sampleClasses(model, count, std::min(steps, model.schedule().timesteps()), seed,
                                              model.classCount() > 0 ? 3.0 : 1.0, nullptr,
                                              consoleRunContext(QStringLiteral("evaluate")));
}

} // namespace genlab::cli
