// The latent lab on the command line:
//   genlab train vae [options] --out DIR      train a VAE or autoencoder in a checkpoint folder (or continue it)
//   genlab sample [--model M] [--seed N] [--count N] [--temperature T] --out FILE.png
//   genlab interpolate [--model M] --from A [--via C ...] --to B [--frames N] [--method lerp|slerp] --out FILE
// and its part of `genlab demo` (a sample grid and an interpolation GIF). The outputs are made by
// the same functions the lab uses (services/latent/latentoutputs.h) and carry the same recipes.
#include "cli/command.h"
#include "cli/demo.h"
#include "cli/diffusioncommands.h"
#include "cli/gancommands.h"
#include "cli/trainers.h"
#include "cli/trainingrunner.h"

#include "engine/data/registry.h"
#include "engine/vae/latentmodel.h"
#include "engine/vae/training.h"
#include "services/latent/latentoutputs.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <limits>

namespace genlab::cli {

namespace {

namespace vae = engine::vae;
namespace latent = services::latent;

QCommandLineOption option(const char *name, const char *description, const char *valueName = nullptr,
                          const char *defaultValue = nullptr)
{
    if (!valueName)
        return QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(description));
    return QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(description), QString::fromLatin1(valueName),
                              defaultValue ? QString::fromLatin1(defaultValue) : QString());
}

// The option's value, or fallback when it was not given (an option name shared with another
// trainer may carry that trainer's default).
QString stringOption(const QCommandLineParser &p, const QString &name, const QString &fallback)
{
    return p.isSet(name) ? p.value(name) : fallback;
}

QString requiredValue(const QCommandLineParser &p, const QString &name, const QString &what)
{
    const QString v = p.value(name);
    if (v.isEmpty())
        throw UsageError{QStringLiteral("--%1 %2 is required").arg(name, what)};
    return v;
}

// --- train vae -------------------------------------------------------------------------------

vae::VaeConfig configFromOptions(const QCommandLineParser &p)
{
    vae::VaeConfig c;
    const QString kind = stringOption(p, QStringLiteral("kind"), QStringLiteral("vae")).toLower();
    if (kind == QLatin1String("vae"))
        c.kind = vae::VaeConfig::Kind::Vae;
    else if (kind == QLatin1String("ae") || kind == QLatin1String("autoencoder"))
        c.kind = vae::VaeConfig::Kind::Autoencoder;
    else
        throw UsageError{QStringLiteral("--kind must be vae or ae (got '%1')").arg(kind)};
    c.latentDim = int(intOption(p, QStringLiteral("latent"), c.latentDim, vae::kMinLatentDim, vae::kMaxLatentDim));
    c.imageSize = int(intOption(p, QStringLiteral("size"), c.imageSize, vae::kMinImageSize, vae::kMaxImageSize));
    c.channels = int(intOption(p, QStringLiteral("channels"), c.channels, 1, 3));
    if (c.channels == 2)
        throw UsageError{QStringLiteral("--channels must be 1 (gray) or 3 (colour)")};
    const QString likelihood = stringOption(p, QStringLiteral("likelihood"), QStringLiteral("bernoulli")).toLower();
    if (likelihood == QLatin1String("bernoulli") || likelihood == QLatin1String("bce"))
        c.likelihood = vae::VaeConfig::Likelihood::Bernoulli;
    else if (likelihood == QLatin1String("gaussian") || likelihood == QLatin1String("mse"))
        c.likelihood = vae::VaeConfig::Likelihood::Gaussian;
    else
        throw UsageError{QStringLiteral("--likelihood must be bernoulli or gaussian (got '%1')").arg(likelihood)};
    c.beta = doubleOption(p, QStringLiteral("beta"), c.beta, 0.0, 1000.0);
    c.betaWarmupSteps = int(intOption(p, QStringLiteral("beta-warmup"), c.betaWarmupSteps, 0, 100000000));
    c.baseChannels = int(intOption(p, QStringLiteral("width"), c.baseChannels, 8, 256));
    const std::string problem = c.validate();
    if (!problem.empty())
        throw UsageError{QString::fromStdString(problem)};
    return c;
}

int trainVae(const CommandContext &ctx)
{
    const QCommandLineParser &p = *ctx.parser;
    const vae::VaeConfig config = configFromOptions(p);
    vae::TrainOptions o; // the shared options start from vae::defaultCommon()
    o.dataset = stringOption(p, QStringLiteral("dataset"), QString::fromStdString(o.dataset)).toStdString();
    readCommonOptions(ctx, o);
    const QString out = QDir::toNativeSeparators(QString::fromStdString(o.outDir));
    if (!QDir().mkpath(QFileInfo(QString::fromStdString(o.outDir)).absolutePath()))
        throw std::runtime_error(QStringLiteral("cannot create the folder %1").arg(QFileInfo(out).absolutePath()).toStdString());
    cli::out(QStringLiteral("training a %1 (%2-D latent, %3x%3x%4, %5) on %6 for %7 steps, batch %8, lr %9")
             .arg(QString::fromStdString(config.architecture()))
             .arg(config.latentDim)
             .arg(config.imageSize)
             .arg(config.channels)
             .arg(config.likelihood == vae::VaeConfig::Likelihood::Bernoulli ? QStringLiteral("Bernoulli")
                                                                              : QStringLiteral("Gaussian"))
             .arg(QString::fromStdString(o.dataset))
             .arg(o.steps)
             .arg(o.batchSize)
             .arg(o.learningRate));
    return runTraining(QStringLiteral("train vae"), o, [&](const engine::RunContext &run) {
        // With a checkpoint in --out of this shape, vae::train continues it (the resume policy);
        // one of another shape is refused with the differing field named.
        vae::LatentModel model = vae::LatentModel::create(config, o.seed, ctx.device);
        const vae::TrainResult result = vae::train(model, o, run);
        const std::int64_t startStep = result.step - result.stepsThisRun;
        if (result.stepsThisRun == 0) {
            cli::out(QStringLiteral("%1 is already at step %2 (--steps %3): nothing to do").arg(out).arg(result.step).arg(o.steps));
            return;
        }
        cli::out(QStringLiteral("saved %1 (step %2%3, reconstruction %4, KL %5, %6 images/s)")
                 .arg(out)
                 .arg(result.step)
                 .arg(startStep > 0 ? QStringLiteral(", resumed from step %1").arg(startStep) : QString())
                 .arg(result.reconstruction, 0, 'f', 2)
                 .arg(result.kl, 0, 'f', 2)
                 .arg(result.imagesPerSecond, 0, 'f', 0));
    });
}

// --- sample ------------------------------------------------------------------------------------

latent::ModelSource modelFromOptions(const QCommandLineParser &p)
{
    const QString name = p.isSet(QStringLiteral("model")) ? p.value(QStringLiteral("model"))
                                                          : QString::fromLatin1(latent::kDefaultModel);
    try {
        return latent::resolveModel(name);
    } catch (const std::exception &e) {
        throw std::runtime_error(e.what());
    }
}

QString checkedOutput(const QCommandLineParser &p, const QStringList &suffixes)
{
    const QString out = requiredValue(p, QStringLiteral("out"), QStringLiteral("FILE"));
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (!suffixes.contains(suffix))
        throw UsageError{QStringLiteral("--out must end in .%1 (got '%2')").arg(suffixes.join(QStringLiteral(", ."))).arg(out)};
    const QString dir = QFileInfo(out).absolutePath();
    if (!QDir().mkpath(dir))
        throw std::runtime_error(QStringLiteral("cannot create the folder %1").arg(dir).toStdString());
    return out;
}

int sample(const CommandContext &ctx)
{
    const QCommandLineParser &p = *ctx.parser;
    const latent::ModelSource source = modelFromOptions(p);
    // A diffusion checkpoint ("ddpm-unet") is sampled by the Diffusion lab's code; it may write only
    // its steps (--save-steps), so it checks --out itself.
    if (isDiffusionCheckpoint(source.folder))
        return sampleDiffusion(ctx, source);
    for (const QString &diffusionOnly : diffusionOnlySampleOptions())
        if (p.isSet(diffusionOnly))
            throw UsageError{QStringLiteral("--%1 is a diffusion option; %2 is not a diffusion model").arg(diffusionOnly, source.name)};
    const QString out = checkedOutput(p, {QStringLiteral("png")});
    // A GAN checkpoint (config.json says "dcgan") is sampled by the GAN lab's code.
    if (isImageGanCheckpoint(source.folder))
        return sampleImageGan(ctx, source, out);
    for (const char *ganOnly : {"truncation", "class"})
        if (p.isSet(QString::fromLatin1(ganOnly)))
            throw UsageError{QStringLiteral("--%1 is a GAN option; %2 is a VAE (use --temperature)")
                                 .arg(QLatin1String(ganOnly), source.name)};
    const int count = int(intOption(p, QStringLiteral("count"), 36, 1, 1024));
    const quint64 seed = quint64(intOption(p, QStringLiteral("seed"), 1, 0, std::numeric_limits<qint64>::max()));
    const double temperature = doubleOption(p, QStringLiteral("temperature"), 1.0, 0.0, 10.0);
    const vae::LatentModel model = latent::loadModel(source, ctx.device);
    const latent::SampleOutput samples = latent::samplePrior(model, count, seed, temperature);
    latent::writeSampleGrid(out, samples.images, latent::sampleRecipe(source, count, seed, temperature));
    cli::out(QStringLiteral("wrote %1 (%2 samples of %3, seed %4, temperature %5)")
             .arg(QDir::toNativeSeparators(out))
             .arg(count)
             .arg(source.name)
             .arg(seed)
             .arg(temperature));
    return 0;
}

// --- interpolate ---------------------------------------------------------------------------------

constexpr int kMaxVia = 16;

int interpolate(const CommandContext &ctx)
{
    const QCommandLineParser &p = *ctx.parser;
    const QString out = checkedOutput(p, {QStringLiteral("gif"), QStringLiteral("mp4"), QStringLiteral("png")});
    const QString from = requiredValue(p, QStringLiteral("from"), QStringLiteral("A (an image file or a data-set index)"));
    const QString to = requiredValue(p, QStringLiteral("to"), QStringLiteral("B (an image file or a data-set index)"));
    const int frames = int(intOption(p, QStringLiteral("frames"), 16, 2, 512));
    const QString methodText = stringOption(p, QStringLiteral("method"), QStringLiteral("lerp"));
    const auto method = latent::methodFromName(methodText);
    if (!method)
        throw UsageError{QStringLiteral("--method must be lerp or slerp (got '%1')").arg(methodText)};
    const latent::ModelSource source = modelFromOptions(p);
    const vae::LatentModel model = latent::loadModel(source, ctx.device);
    QString datasetId = p.value(QStringLiteral("dataset"));
    if (datasetId.isEmpty()) {
        datasetId = QString::fromStdString(model.info().datasetId);
        if (datasetId.isEmpty() || datasetId == QLatin1String("images"))
            datasetId = QStringLiteral("digits");
    }
    // --via adds endpoints in between, in order: the walk passes through each (as in the lab).
    const QStringList via = p.values(QStringLiteral("via"));
    if (via.size() > kMaxVia)
        throw UsageError{QStringLiteral("--via may be given at most %1 times (got %2)").arg(kMaxVia).arg(via.size())};
    if (frames < int(via.size()) + 2)
        throw UsageError{QStringLiteral("--frames must be at least the number of endpoints (%1)").arg(via.size() + 2)};
    std::vector<latent::EndpointSource> sources{latent::parseEndpoint(from, datasetId)};
    for (const QString &v : via)
        sources.push_back(latent::parseEndpoint(v, datasetId));
    sources.push_back(latent::parseEndpoint(to, datasetId));
    std::vector<vae::Latent> endpoints;
    for (const auto &s : sources)
        endpoints.push_back(latent::encodeMean(model, latent::endpointImage(s, model.config())));
    const latent::PathOutput path = latent::interpolate(model, endpoints, frames, *method);
    const latent::ExportFormat format = *latent::formatFromPath(out);
    const services::Recipe recipe = latent::interpolationRecipe(source, endpoints, sources, frames, *method, format);
    const QStringList files = latent::writeInterpolation(out, format, path.frames, recipe,
                                                         consoleRunContext(QStringLiteral("interpolate")));
    QStringList walk;
    for (const auto &s : sources)
        walk << s.describe();
    cli::out(QStringLiteral("wrote %1 (%2 frames, %3 through %4)")
             .arg(files.join(QStringLiteral(", ")))
             .arg(frames)
             .arg(latent::methodName(*method), walk.join(QStringLiteral(" -> "))));
    return 0;
}

// --- demo ----------------------------------------------------------------------------------------

QJsonObject latentDemo(const QString &outDir, const engine::RunContext &ctx)
{
    const latent::ModelSource source = latent::resolveModel(QString::fromLatin1(latent::kDefaultModel));
    const vae::LatentModel model = latent::loadModel(source);
    constexpr int kCount = 36;
    constexpr quint64 kSeed = 1;
    const latent::SampleOutput samples = latent::samplePrior(model, kCount, kSeed, 1.0);
    latent::writeSampleGrid(QDir(outDir).filePath(QStringLiteral("latent-samples.png")), samples.images,
                            latent::sampleRecipe(source, kCount, kSeed, 1.0));
    ctx.checkpoint();
    // A "3" into an "8" (OpenCV's digits hold 500 of each class in order).
    QString datasetId = QStringLiteral("digits");
    std::vector<latent::EndpointSource> sources{latent::parseEndpoint(QStringLiteral("1500"), datasetId),
                                                latent::parseEndpoint(QStringLiteral("4000"), datasetId)};
    std::vector<vae::Latent> endpoints;
    try {
        for (const auto &s : sources)
            endpoints.push_back(latent::encodeMean(model, latent::endpointImage(s, model.config(), ctx)));
    } catch (const engine::data::DatasetError &) {
        datasetId = QStringLiteral("procedural-digits");
        endpoints.clear();
        sources = {latent::parseEndpoint(QStringLiteral("3"), datasetId), latent::parseEndpoint(QStringLiteral("8"), datasetId)};
        for (const auto &s : sources)
            endpoints.push_back(latent::encodeMean(model, latent::endpointImage(s, model.config(), ctx)));
    }
    constexpr int kFrames = 24;
    const latent::PathOutput path = latent::interpolate(model, endpoints, kFrames, vae::PathMethod::Slerp);
    const QString gif = QDir(outDir).filePath(QStringLiteral("latent-interpolation.gif"));
    latent::writeInterpolation(gif, latent::ExportFormat::Gif, path.frames,
                               latent::interpolationRecipe(source, endpoints, sources, kFrames, vae::PathMethod::Slerp,
                                                           latent::ExportFormat::Gif),
                               ctx);
    return QJsonObject{
        {QStringLiteral("description"),
         QStringLiteral("%1 prior samples of %2 and a %3-frame slerp from %4 to %5 through its latent space")
             .arg(kCount)
             .arg(source.name)
             .arg(kFrames)
             .arg(sources[0].describe(), sources[1].describe())},
        {QStringLiteral("files"), QJsonArray{QStringLiteral("latent-samples.png"), QStringLiteral("latent-interpolation.gif"),
                                             QStringLiteral("latent-interpolation.gif.recipe.json")}},
    };
}

const QCommandLineOption kModelOption = option("model", "A checkpoint folder or a shipped model name (default: vae-digits-16d; sample: a GAN's too)", "PATH");

TrainerRegistrar vaeTrainer(Trainer{
    .kind = QStringLiteral("vae"),
    .summary = QStringLiteral("a convolutional VAE or autoencoder on images (--dataset, --kind, --latent, ...)"),
    .options = {option("dataset", "vae: digits (default), procedural-digits, shapes or folder:PATH", "ID"),
                option("kind", "vae: vae (default) or ae (a plain autoencoder, no KL)", "KIND"),
                option("latent", "vae: latent size, 2..128 (default 16)", "N"),
                option("size", "vae: image size, 28..64 (default 28)", "N"),
                option("channels", "vae: 1 (gray, default) or 3 (colour)", "N"),
                option("likelihood", "vae: bernoulli (BCE, default) or gaussian (MSE)", "NAME"),
                option("beta", "vae: KL weight (default 1)", "X"),
                option("beta-warmup", "vae: steps over which beta grows from 0 (default 0)", "N"),
                option("width", "vae: channels of the first convolution, 8..256 (default 32)", "N")},
    .defaults = vae::defaultCommon(),
    // The VAE reports its losses every step: there is no separate evaluation.
    .commonNotTaken = {QStringLiteral("eval-every")},
    .run = trainVae,
});

CommandRegistrar sampleCommand(Command{
    QStringLiteral("sample"),
    QStringLiteral("Decode draws from a VAE's prior, a GAN's generator or a diffusion model into a PNG grid (with its recipe)"),
    QString(),
    {kModelOption, option("seed", "Seed of the draws (default 1)", "N"),
     option("count", "Number of samples, 1..1024 (default 36; a GAN: 100 for a conditional one, else 64)", "N"),
     option("temperature", "VAE: scale of z (default 1: the prior)", "T"),
     option("truncation", "GAN: redraw noise values outside [-T, T] (default 0: none)", "T"),
     option("class", "GAN, diffusion: the class of every sample of a conditional model (default: the classes in turn)", "K"),
     option("sampler", "Diffusion: ddpm, ddim (default) or dpm (DPM-Solver++ 2M)", "NAME"),
     option("steps", "Diffusion: denoising steps, 1..T (default 50; ddpm: T)", "N"),
     option("eta", "Diffusion: DDIM's eta, 0..1 (default 0: deterministic)", "X"),
     option("guidance", "Diffusion: classifier-free guidance scale, 0..30 (default 3 for a conditional model)", "G"),
     option("save-steps", "Diffusion: every step of the first sample as .gif, .mp4 or a .png strip (recipe embedded)", "OUT"),
     option("out", "The PNG to write", "FILE.png")},
    sample});

CommandRegistrar interpolateCommand(Command{
    QStringLiteral("interpolate"),
    QStringLiteral("Walk a VAE's latent space from one image to another: GIF, MP4 or PNG strip (with its recipe)"),
    QString(),
    {kModelOption, option("from", "The first endpoint: an image file or a data-set index", "A"),
     option("to", "The last endpoint: an image file or a data-set index", "B"),
     option("via", "An endpoint in between (repeatable, in order): an image file or a data-set index", "C"),
     option("frames", "Frames, 2..512 (default 16)", "N"), option("method", "lerp (default) or slerp", "METHOD"),
     option("dataset", "The data set indices refer to (default: the model's)", "ID"),
     option("out", "FILE.gif, FILE.mp4 or FILE.png (a strip)", "FILE")},
    interpolate});

DemoRegistrar latentStep(DemoStep{QStringLiteral("latent"), 30, latentDemo});

} // namespace
} // namespace genlab::cli
