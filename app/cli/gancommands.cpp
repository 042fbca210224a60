// The GAN lab on the command line:
//   genlab train gan [--dataset ID] [--size N] [--channels N] [--conditional] [--loss NAME]
//                    [--d-steps N] [--spectral-norm] [--latent N] [--width N] ... --out DIR
//   genlab train gan --toy ring|grid|moons|spiral [--loss NAME] [--d-steps N] [--latent N] [--width N] ... --out DIR
//   genlab sample --model GANDIR [--seed N] [--count N] [--truncation T] [--class K] --out FILE.png
// (`sample` is the Latent lab's verb: latentcommands.cpp hands a GAN checkpoint to sampleImageGan).
#include "cli/gancommands.h"

#include "cli/trainers.h"
#include "cli/trainingrunner.h"

#include "engine/data/toys.h"
#include "engine/gan/imagegan.h"
#include "engine/gan/toygan.h"
#include "services/gan/gantraining.h"
#include "services/recipe.h"
#include "services/resourcepaths.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace genlab::cli {

namespace {

namespace gan = engine::gan;

QCommandLineOption option(const char *name, const char *description, const char *valueName = nullptr)
{
    if (!valueName)
        return QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(description));
    return QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(description), QString::fromLatin1(valueName));
}

QString stringOption(const QCommandLineParser &p, const QString &name, const QString &fallback)
{
    return p.isSet(name) ? p.value(name) : fallback;
}

void makeParentFolder(const std::string &outDir)
{
    const QString parent = QFileInfo(QString::fromStdString(outDir)).absolutePath();
    if (!QDir().mkpath(parent))
        throw std::runtime_error(QStringLiteral("cannot create the folder %1").arg(parent).toStdString());
}

// --- train gan --toy -------------------------------------------------------------------------------

int trainToy(const CommandContext &ctx)
{
    const QCommandLineParser &p = *ctx.parser;
    for (const char *imageOnly : {"dataset", "size", "channels", "conditional", "spectral-norm"})
        if (p.isSet(QString::fromLatin1(imageOnly)))
            throw UsageError{QStringLiteral("--%1 is an image GAN option; --toy trains a 2-D toy GAN").arg(QLatin1String(imageOnly))};
    const QString toy = p.value(QStringLiteral("toy")).toLower();
    gan::ToyConfig config;
    if (toy == QLatin1String("ring"))
        config.data = engine::data::ToyKind::Ring;
    else if (toy == QLatin1String("grid"))
        config.data = engine::data::ToyKind::Grid;
    else if (toy == QLatin1String("moons") || toy == QLatin1String("two-moons"))
        config.data = engine::data::ToyKind::TwoMoons;
    else if (toy == QLatin1String("spiral"))
        config.data = engine::data::ToyKind::Spiral;
    else
        throw UsageError{QStringLiteral("--toy must be ring, grid, moons or spiral (got '%1')").arg(toy)};
    config.noiseDim = int(intOption(p, QStringLiteral("latent"), config.noiseDim, 1, 64));
    config.generator.width = int(intOption(p, QStringLiteral("width"), config.generator.width, 1, 1024));
    config.discriminator.width = config.generator.width;
    gan::ToySettings settings;
    if (p.isSet(QStringLiteral("loss"))) {
        const QString name = p.value(QStringLiteral("loss")).toLower();
        if (!gan::parseLoss(name.toStdString(), &settings.loss))
            throw UsageError{QStringLiteral("--loss must be non-saturating, minimax, least-squares, wasserstein or hinge (got '%1')")
                                 .arg(name)};
    }
    settings.discriminatorSteps = int(intOption(p, QStringLiteral("d-steps"), settings.discriminatorSteps, 1, 50));
    gan::ToyTrainOptions o; // the shared options start from gan::defaultToyCommon()
    readCommonOptions(ctx, o);
    makeParentFolder(o.outDir);
    const QString out = QDir::toNativeSeparators(QString::fromStdString(o.outDir));
    cli::out(QStringLiteral("training a 2-D toy GAN on the %1 (noise %2, width %3, %4 loss, %5 D steps per G step) "
                            "for %6 steps, batch %7, lr %8")
                 .arg(toy)
                 .arg(config.noiseDim)
                 .arg(config.generator.width)
                 .arg(QString::fromStdString(gan::lossName(settings.loss)))
                 .arg(settings.discriminatorSteps)
                 .arg(o.steps)
                 .arg(o.batchSize)
                 .arg(o.learningRate));
    return runTraining(QStringLiteral("train gan --toy"), o, [&](const engine::RunContext &run) {
        const gan::ToyTrainResult result = gan::trainToyGan(config, settings, o, run);
        if (result.stepsThisRun == 0) {
            cli::out(QStringLiteral("%1 is already at step %2 (--steps %3): nothing to do").arg(out).arg(result.step).arg(o.steps));
            return;
        }
        QString coverage;
        if (result.modesTotal > 0)
            coverage = QStringLiteral(", %1 of %2 modes covered").arg(result.modesCovered).arg(result.modesTotal);
        cli::out(QStringLiteral("saved %1 (step %2, D loss %3, G loss %4%5, %6 steps/s)")
                     .arg(out)
                     .arg(result.step)
                     .arg(result.last.discriminatorLoss, 0, 'f', 3)
                     .arg(result.last.generatorLoss, 0, 'f', 3)
                     .arg(coverage)
                     .arg(result.stepsPerSecond, 0, 'f', 0));
    });
}

// --- train gan ---------------------------------------------------------------------------------------

gan::ImageGanConfig configFromOptions(const QCommandLineParser &p)
{
    gan::ImageGanConfig c;
    c.imageSize = int(intOption(p, QStringLiteral("size"), c.imageSize, gan::kMinImageSize, gan::kMaxImageSize));
    c.channels = int(intOption(p, QStringLiteral("channels"), c.channels, 1, 3));
    if (c.channels == 2)
        throw UsageError{QStringLiteral("--channels must be 1 (grey) or 3 (colour)")};
    c.latentDim = int(intOption(p, QStringLiteral("latent"), c.latentDim, gan::kMinLatentDim, gan::kMaxLatentDim));
    c.baseChannels = int(intOption(p, QStringLiteral("width"), c.baseChannels, gan::kMinBaseChannels, gan::kMaxBaseChannels));
    c.conditional = p.isSet(QStringLiteral("conditional"));
    c.spectralNorm = p.isSet(QStringLiteral("spectral-norm"));
    if (std::string problem = c.validate(); !problem.empty())
        throw UsageError{QString::fromStdString(problem)};
    return c;
}

int trainGan(const CommandContext &ctx)
{
    const QCommandLineParser &p = *ctx.parser;
    if (p.isSet(QStringLiteral("toy")))
        return trainToy(ctx);
    gan::ImageGanConfig config = configFromOptions(p);
    gan::ImageTrainOptions o; // the shared options start from gan::defaultImageCommon()
    o.dataset = stringOption(p, QStringLiteral("dataset"), QString::fromStdString(o.dataset)).toStdString();
    if (p.isSet(QStringLiteral("loss"))) {
        const QString name = p.value(QStringLiteral("loss")).toLower();
        if (!gan::parseLoss(name.toStdString(), &o.loss))
            throw UsageError{QStringLiteral("--loss must be non-saturating, minimax, least-squares or hinge (got '%1')").arg(name)};
    }
    o.discriminatorSteps = int(intOption(p, QStringLiteral("d-steps"), o.discriminatorSteps, 1, 16));
    // The sample-quality figures every --eval-every steps (0: none), measured with the shipped digit
    // classifier as the lab measures them; the feature map is for the lab's view only.
    o.classifierDir = services::gan::shippedClassifierDir().toStdString();
    o.featureMap = false;
    readCommonOptions(ctx, o);
    if (o.evalEvery > 0 && o.classifierDir.empty())
        cli::err(QStringLiteral("note: the shipped classifier %1 was not found (looked in %2): no sample-quality figures")
                     .arg(QString::fromLatin1(services::gan::kShippedClassifier), services::modelSearchPaths().join(QStringLiteral(", "))));
    makeParentFolder(o.outDir);
    const QString out = QDir::toNativeSeparators(QString::fromStdString(o.outDir));
    cli::out(QStringLiteral("training a %1 on %2 (%3 loss, %4 D steps per G step) for %5 steps, batch %6, lr %7")
                 .arg(QString::fromStdString(config.describe()), QString::fromStdString(o.dataset),
                      QString::fromStdString(gan::lossName(o.loss)))
                 .arg(o.discriminatorSteps)
                 .arg(o.steps)
                 .arg(o.batchSize)
                 .arg(o.learningRate));
    return runTraining(QStringLiteral("train gan"), o, [&](const engine::RunContext &run) {
        // With a checkpoint in --out of this shape, trainImageGan continues it (the resume
        // policy); one of another shape is refused with the differing field named.
        gan::ImageGan model = gan::ImageGan::create(config, o.seed, ctx.device);
        const gan::ImageTrainResult result = gan::trainImageGan(model, o, run);
        const std::int64_t startStep = result.step - result.stepsThisRun;
        if (result.stepsThisRun == 0) {
            cli::out(QStringLiteral("%1 is already at step %2 (--steps %3): nothing to do").arg(out).arg(result.step).arg(o.steps));
            return;
        }
        cli::out(QStringLiteral("saved %1 (step %2%3, D loss %4, G loss %5, D(x) %6, D(G(z)) %7, %8 steps/s)")
                     .arg(out)
                     .arg(result.step)
                     .arg(startStep > 0 ? QStringLiteral(", resumed from step %1").arg(startStep) : QString())
                     .arg(result.dLoss, 0, 'f', 3)
                     .arg(result.gLoss, 0, 'f', 3)
                     .arg(result.dReal, 0, 'f', 3)
                     .arg(result.dFake, 0, 'f', 3)
                     .arg(result.stepsPerSecond, 0, 'f', 1));
    });
}

constexpr int kGridScale = services::latent::kGridScale;

TrainerRegistrar ganTrainer(Trainer{
    .kind = QStringLiteral("gan"),
    .summary = QStringLiteral("an image GAN (DCGAN; --dataset, --conditional, --loss, ...) or, with --toy, a 2-D toy GAN"),
    .options = {option("dataset", "gan: digits (default), procedural-digits, shapes or folder:PATH", "ID"),
                option("size", "gan: image size, 28..64 (default 28)", "N"),
                option("channels", "gan: 1 (grey, default) or 3 (colour)", "N"),
                option("conditional", "gan: class-conditional (the data set's labels; default: unconditional)"),
                option("loss", "gan: non-saturating (default), minimax, least-squares or hinge (--toy also wasserstein)", "NAME"),
                option("d-steps", "gan: discriminator steps per generator step (default 1)", "N"),
                option("spectral-norm", "gan: spectral normalisation of the discriminator"),
                option("latent", "gan: noise dimension, 2..512 (default 64; --toy 1..64, default 2)", "N"),
                option("width", "gan: base channels, 8..256 (default 32; --toy: hidden units, default 64)", "N"),
                option("toy", "gan: train a 2-D toy GAN on ring, grid, moons or spiral instead (its defaults: steps 2000, "
                              "batch 128, lr 0.001)",
                       "NAME")},
    .defaults = gan::defaultImageCommon(),
    .run = trainGan,
});

} // namespace

// --- sample --------------------------------------------------------------------------------------

bool isImageGanCheckpoint(const QString &folder)
{
    QFile f(QDir(folder).filePath(QStringLiteral("config.json")));
    if (!f.open(QIODevice::ReadOnly) || f.size() > (1 << 20))
        return false;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    return doc.isObject() &&
           doc.object().value(QStringLiteral("architecture")).toString() == QLatin1String(gan::kImageGanArchitecture);
}

int writeImageGanSamples(const QString &path, const gan::ImageGan &model, const services::latent::ModelSource &source,
                         int count, quint64 seed, double truncation, int classLabel)
{
    const gan::ImageGanConfig &config = model.config();
    const std::vector<engine::Image> images = model.sample(count, seed, truncation, classLabel);
    // A conditional model cycles through the classes: one column per class.
    const int columns = config.conditional && classLabel < 0 && config.numClasses <= 16
                            ? config.numClasses
                            : services::latent::gridColumns(count);
    services::Recipe recipe;
    recipe.lab = QStringLiteral("gan");
    recipe.action = QStringLiteral("sample");
    recipe.model = source.name;
    recipe.modelHash = source.hash;
    recipe.device = QString::fromStdString(model.deviceId());
    recipe.seed = seed;
    recipe.parameters = QJsonObject{{QStringLiteral("count"), count},
                                    {QStringLiteral("truncation"), truncation},
                                    {QStringLiteral("class"), classLabel},
                                    {QStringLiteral("columns"), columns},
                                    {QStringLiteral("scale"), kGridScale},
                                    {QStringLiteral("noise"), QStringLiteral("torch cpu generator normal")}};
    services::latent::writeSampleGrid(path, images, recipe);
    return columns;
}

int sampleImageGan(const CommandContext &ctx, const services::latent::ModelSource &source, const QString &out)
{
    const QCommandLineParser &p = *ctx.parser;
    if (p.isSet(QStringLiteral("temperature")))
        throw UsageError{QStringLiteral("--temperature scales a VAE's prior; for a GAN use --truncation T")};
    const gan::ImageGan model = [&] {
        try {
            return gan::ImageGan::load(source.folder.toStdString(), ctx.device);
        } catch (const gan::GanCheckpointError &e) {
            throw std::runtime_error(e.what());
        }
    }();
    const gan::ImageGanConfig &config = model.config();
    const int perRow = config.conditional ? std::min(config.numClasses, 10) : 8;
    const int count = int(intOption(p, QStringLiteral("count"), perRow * (config.conditional ? 10 : 8), 1, 1024));
    const quint64 seed = quint64(intOption(p, QStringLiteral("seed"), 1, 0, std::numeric_limits<qint64>::max()));
    const double truncation = doubleOption(p, QStringLiteral("truncation"), 0.0, 0.0, 100.0);
    int classLabel = -1;
    if (p.isSet(QStringLiteral("class"))) {
        if (!config.conditional)
            throw UsageError{QStringLiteral("--class: %1 is not class-conditional").arg(source.name)};
        classLabel = int(intOption(p, QStringLiteral("class"), -1, 0, config.numClasses - 1));
    }
    writeImageGanSamples(out, model, source, count, seed, truncation, classLabel);
    cli::out(QStringLiteral("wrote %1 (%2 samples of %3, seed %4%5%6)")
                 .arg(QDir::toNativeSeparators(out))
                 .arg(count)
                 .arg(source.name)
                 .arg(seed)
                 .arg(truncation > 0 ? QStringLiteral(", truncation %1").arg(truncation) : QString())
                 .arg(classLabel >= 0 ? QStringLiteral(", class %1").arg(classLabel)
                                      : config.conditional ? QStringLiteral(", classes across") : QString()));
    return 0;
}

} // namespace genlab::cli
