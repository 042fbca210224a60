// The sample-quality evaluator on the command line (shared by the GAN and Diffusion labs):
//   genlab train classifier [options] --out DIR    the digit classifier the evaluator measures with
//   genlab evaluate (--model PATH | --images DIR) [--reference digits|DIR] [--classifier PATH]
//                   [--count N] [--seed N] [--k N] [--json]
// The figures come from engine/evaluate (evaluator.h): class coverage and histogram, mean
// confidence, Inception Score, Fréchet distance, precision/recall and the near-duplicate rate.
#include "cli/evaluatecommands.h"

#include "cli/command.h"
#include "cli/diffusioncommands.h"
#include "cli/trainers.h"
#include "cli/trainingrunner.h"

#include "engine/data/dataset.h"
#include "engine/data/imagefolder.h"
#include "engine/evaluate/classifier.h"
#include "engine/evaluate/evaluator.h"
#include "engine/evaluate/reference.h"
#include "engine/evaluate/training.h"
#include "engine/gan/imagegan.h"
#include "engine/imaging/decode.h"
#include "engine/vae/latentmodel.h"
#include "services/gan/gantraining.h"
#include "services/latent/latentoutputs.h"
#include "services/resourcepaths.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace genlab::cli {

namespace {

namespace ev = engine::evaluate;

constexpr int kDefaultModelCount = 1000;
constexpr int kMaxCount = 100000;

QCommandLineOption option(const char *name, const char *description, const char *valueName = nullptr)
{
    if (!valueName)
        return QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(description));
    return QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(description), QString::fromLatin1(valueName));
}

// --- train classifier ----------------------------------------------------------------------------

int trainClassifier(const CommandContext &ctx)
{
    const QCommandLineParser &p = *ctx.parser;
    ev::ClassifierConfig config;
    config.width = int(intOption(p, QStringLiteral("width"), config.width, 4, 64));
    config.featureDim = int(intOption(p, QStringLiteral("features"), config.featureDim, 8, 512));
    ev::TrainOptions o; // the shared options start from evaluate::defaultCommon()
    if (p.isSet(QStringLiteral("dataset")))
        o.dataset = p.value(QStringLiteral("dataset")).toStdString();
    readCommonOptions(ctx, o);
    const QString out = QDir::toNativeSeparators(QString::fromStdString(o.outDir));
    if (!QDir().mkpath(QFileInfo(QString::fromStdString(o.outDir)).absolutePath()))
        throw std::runtime_error(QStringLiteral("cannot create the folder %1").arg(QFileInfo(out).absolutePath()).toStdString());
    cli::out(QStringLiteral("training a digit classifier (width %1, %2 features) on %3 for %4 steps, batch %5, lr %6; "
                            "every 10th image is held out")
                 .arg(config.width)
                 .arg(config.featureDim)
                 .arg(QString::fromStdString(o.dataset))
                 .arg(o.steps)
                 .arg(o.batchSize)
                 .arg(o.learningRate));
    return runTraining(QStringLiteral("train classifier"), o, [&](const engine::RunContext &run) {
        ev::DigitClassifier model = ev::DigitClassifier::create(config, o.seed, ctx.device);
        const ev::TrainResult r = ev::train(model, o, run);
        if (r.stepsThisRun == 0) {
            cli::out(QStringLiteral("%1 is already at step %2 (--steps %3): nothing to do").arg(out).arg(r.step).arg(o.steps));
            return;
        }
        const std::int64_t startStep = r.step - r.stepsThisRun;
        cli::out(QStringLiteral("saved %1 (step %2%3, %4 parameters, held-out accuracy %5 on %6 images, %7 images/s)")
                     .arg(out)
                     .arg(r.step)
                     .arg(startStep > 0 ? QStringLiteral(", resumed from step %1").arg(startStep) : QString())
                     .arg(model.parameterCount())
                     .arg(r.heldOutAccuracy, 0, 'f', 4)
                     .arg(r.heldOutCount)
                     .arg(r.imagesPerSecond, 0, 'f', 0));
    });
}

// --- evaluate ------------------------------------------------------------------------------------

QString classifierFolder(const QCommandLineParser &p)
{
    if (p.isSet(QStringLiteral("classifier"))) {
        const QString dir = p.value(QStringLiteral("classifier"));
        if (dir.isEmpty())
            throw UsageError{QStringLiteral("--classifier needs a checkpoint folder")};
        return dir;
    }
    return shippedClassifierFolder();
}

// What a checkpoint folder says it is ("conv-vae", "dcgan", ...), or empty.
QString architectureOf(const QString &dir)
{
    QFile f(QDir(dir).filePath(QStringLiteral("config.json")));
    if (!f.open(QIODevice::ReadOnly) || f.size() > 1 << 20)
        return {};
    return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("architecture")).toString().left(64);
}

struct Generated
{
    QString source; // for people and the JSON
    std::vector<engine::Image> images;
    QJsonArray skipped;
    QStringList notes;
};

Generated fromModel(const QString &name, int count, quint64 seed, const CommandContext &ctx)
{
    Generated g;
    // A folder, or the name of a shipped model.
    QString dir = QFileInfo(name).isDir() ? name : services::shippedModelPath(name);
    const QString arch = dir.isEmpty() ? QString() : architectureOf(dir);
    const QString ganArch = QString::fromLatin1(engine::gan::kImageGanArchitecture);
    if (arch == ganArch) {
        const engine::gan::ImageGan gan = engine::gan::ImageGan::load(dir.toStdString(), ctx.device);
        // A class-conditional generator draws classes 0, 1, 2, ... in turn.
        g.images = gan.sample(count, seed);
        g.source = QStringLiteral("%1 samples of the GAN %2 (seed %3)").arg(count).arg(name).arg(seed);
        if (gan.config().conditional)
            g.notes << QStringLiteral("a class-conditional GAN, sampled with its classes in turn: coverage says whether "
                                      "each class it was asked for is drawn recognisably");
        return g;
    }
    if (isDiffusionCheckpoint(dir)) {
        // DDIM with the evaluation's step count (--steps, default 50); a class-conditional model draws
        // its classes in turn with guidance 3.
        const int steps = int(intOption(*ctx.parser, QStringLiteral("steps"), 50, 1, 4000));
        g.images = diffusionSamplesForEvaluation(dir, count, seed, steps, ctx);
        g.source = QStringLiteral("%1 samples of the diffusion model %2 (DDIM %3 steps, seed %4)").arg(count).arg(name).arg(steps).arg(seed);
        return g;
    }
    if (!arch.isEmpty() && arch != QLatin1String("conv-vae") && arch != QLatin1String("conv-ae"))
        throw std::runtime_error(QStringLiteral("%1: a \"%2\" checkpoint cannot be sampled by genlab evaluate; --model takes "
                                                "an image GAN (a %3 checkpoint folder), a diffusion model (a ddpm-unet folder) or a latent model (a conv-vae or conv-ae "
                                                "checkpoint folder, or a shipped name: %4, %5); for other generators write "
                                                "their samples to a folder and pass --images DIR")
                                     .arg(name, arch, ganArch, QString::fromLatin1(services::latent::kShipped16d),
                                          QString::fromLatin1(services::latent::kShipped2d))
                                     .toStdString());
    services::latent::ModelSource source;
    try {
        source = services::latent::resolveModel(name);
    } catch (const std::exception &e) {
        throw std::runtime_error(QStringLiteral("%1 (--model takes an image GAN checkpoint folder (%2), a latent model "
                                                "checkpoint folder or a shipped name: %3, %4)")
                                     .arg(QString::fromUtf8(e.what()), ganArch, QString::fromLatin1(services::latent::kShipped16d),
                                          QString::fromLatin1(services::latent::kShipped2d))
                                     .toStdString());
    }
    const engine::vae::LatentModel model = services::latent::loadModel(source, ctx.device);
    g.images = services::latent::samplePrior(model, count, seed, 1.0).images;
    g.source = QStringLiteral("%1 prior samples of %2 (seed %3)").arg(count).arg(source.name).arg(seed);
    return g;
}

Generated fromFolder(const QString &dir, int count, bool countGiven)
{
    Generated g;
    engine::data::ImageFolderOptions o;
    o.width = 28;
    o.height = 28;
    o.channels = 1;
    auto folder = engine::data::ImageFolderDataset::open(dir.toStdString(), o, consoleRunContext(QStringLiteral("evaluate")));
    for (const auto &[file, reason] : folder->skipped())
        g.skipped.append(QJsonObject{{QStringLiteral("file"), QString::fromStdString(file)},
                                     {QStringLiteral("reason"), QString::fromStdString(reason)}});
    const std::int64_t n = countGiven ? std::min<std::int64_t>(count, folder->info().size) : folder->info().size;
    int converted = 0;
    for (std::int64_t i = 0; i < n; ++i) {
        g.images.push_back(folder->image(i));
        try {
            const auto info = engine::imaging::probeImageFile(folder->file(i));
            converted += info.width != 28 || info.height != 28 || info.channels != 1;
        } catch (const std::exception &) {
            ++converted;
        }
    }
    if (converted > 0)
        g.notes << QStringLiteral("%1 of %2 images were not 28x28 grey: converted as the image-folder data set converts "
                                  "(grey by luma, alpha over white, centre-cropped square, area-averaged resize)")
                       .arg(converted)
                       .arg(n);
    g.source = QStringLiteral("%1 images from %2%3")
                   .arg(n)
                   .arg(QDir::toNativeSeparators(dir))
                   .arg(g.skipped.isEmpty() ? QString() : QStringLiteral(" (%1 files skipped)").arg(g.skipped.size()));
    return g;
}

ev::ImageSet referenceFrom(const QString &reference)
{
    if (QFileInfo(reference).isDir())
        return ev::openImageSet("folder:" + reference.toStdString(), ev::Part::All, 28, 1,
                                consoleRunContext(QStringLiteral("evaluate")));
    // A data set id: its held-out split (for "digits", the images the shipped classifier never saw).
    return ev::openImageSet(reference.toStdString(), ev::Part::HeldOut, 28, 1, consoleRunContext(QStringLiteral("evaluate")));
}

int evaluateCommand(const CommandContext &ctx)
{
    const QCommandLineParser &p = *ctx.parser;
    const bool hasModel = p.isSet(QStringLiteral("model")), hasImages = p.isSet(QStringLiteral("images"));
    if (hasModel == hasImages)
        throw UsageError{QStringLiteral("give exactly one of --model PATH (a generator to sample) or --images DIR (a folder of PNG/JPEG)")};
    const QString what = p.value(hasModel ? QStringLiteral("model") : QStringLiteral("images"));
    if (what.isEmpty())
        throw UsageError{QStringLiteral("--%1 needs a value").arg(hasModel ? QStringLiteral("model") : QStringLiteral("images"))};
    const bool countGiven = p.isSet(QStringLiteral("count"));
    const int count = int(intOption(p, QStringLiteral("count"), kDefaultModelCount, 4, kMaxCount));
    const quint64 seed = quint64(intOption(p, QStringLiteral("seed"), 1, 0, std::numeric_limits<qint64>::max()));
    ev::EvaluationOptions options;
    options.k = int(intOption(p, QStringLiteral("k"), options.k, 1, 100));
    const QString referenceName = p.isSet(QStringLiteral("reference")) ? p.value(QStringLiteral("reference")) : QStringLiteral("digits");
    if (referenceName.isEmpty())
        throw UsageError{QStringLiteral("--reference needs digits, another data set id or a folder")};
    if (hasImages && !QFileInfo(what).isDir())
        throw UsageError{QStringLiteral("--images %1: not a folder").arg(what)};
    const bool json = p.isSet(QStringLiteral("json"));
    // Sampling a model and measuring take a while: Ctrl+C stops at the next step (main then says
    // "interrupted", exit code 130); nothing is written anywhere.
    const InterruptibleJob job(QStringLiteral("evaluate"),
                               QStringLiteral("genlab evaluate: stopping at the next step (Ctrl+C again quits at once)"));

    const QString classifierDir = classifierFolder(p);
    const ev::DigitClassifier classifier = ev::DigitClassifier::load(classifierDir.toStdString(), ctx.device);
    Generated g = hasModel ? fromModel(what, count, seed, ctx) : fromFolder(what, count, countGiven);
    for (const auto &s : g.skipped) {
        const QJsonObject o = s.toObject();
        err(QStringLiteral("skipped %1: %2").arg(o.value(QStringLiteral("file")).toString(), o.value(QStringLiteral("reason")).toString()));
    }
    if (int(g.images.size()) <= options.k)
        throw std::runtime_error(QStringLiteral("%1: %2 images; evaluating needs more than %3")
                                     .arg(what)
                                     .arg(g.images.size())
                                     .arg(options.k)
                                     .toStdString());
    const ev::ImageSet referenceSet = referenceFrom(referenceName);
    for (const auto &[file, reason] : referenceSet.skipped)
        err(QStringLiteral("reference: skipped %1: %2").arg(QString::fromStdString(file), QString::fromStdString(reason)));
    const ev::PreparedReference reference = ev::prepareReference(classifier, referenceSet);
    const ev::SampleQuality q =
        ev::evaluateSamples(classifier, g.images, reference, options, consoleRunContext(QStringLiteral("evaluate")));

    QStringList notes = g.notes;
    for (const auto &n : q.notes)
        notes << QString::fromStdString(n);
    if (json) {
        QJsonObject o = qualityJson(q);
        o[QStringLiteral("source")] = g.source;
        o[QStringLiteral("classifier")] = QDir::toNativeSeparators(classifierDir);
        o[QStringLiteral("skipped")] = g.skipped;
        o[QStringLiteral("notes")] = QJsonArray::fromStringList(notes);
        out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)).trimmed());
        return 0;
    }
    ev::SampleQuality shown = q;
    shown.notes.clear();
    out(QStringLiteral("%1, classifier %2").arg(g.source, QDir::toNativeSeparators(classifierDir)));
    out(QString::fromStdString(ev::describe(shown)).trimmed());
    for (const QString &n : notes)
        out(QStringLiteral("note: %1").arg(n));
    return 0;
}

TrainerRegistrar classifierTrainer(Trainer{
    .kind = QStringLiteral("classifier"),
    .summary = QStringLiteral("the digit classifier the sample-quality evaluator uses (--dataset, --width, --features)"),
    .options = {option("dataset", "classifier: a labelled data set (default digits); every 10th image is held out", "ID"),
                option("width", "classifier: channels of the first convolution, 4..64 (default 16)", "N"),
                option("features", "classifier: size of the feature layer, 8..512 (default 64)", "N")},
    .defaults = ev::defaultCommon(),
    // A classifier has no images to preview.
    .commonNotTaken = {QStringLiteral("preview-every")},
    .run = trainClassifier,
});

CommandRegistrar evaluateRegistrar(Command{
    QStringLiteral("evaluate"),
    QStringLiteral("Measure generated images against real ones: class coverage, confidence, Fréchet distance, precision/recall, duplicates"),
    QString(),
    {option("model", "A generator to sample: an image GAN or latent model checkpoint folder, or a shipped name (vae-digits-16d)", "PATH"),
     option("images", "A folder of generated PNG/JPEG images (unreadable files are skipped and listed)", "DIR"),
     option("reference", "digits (default: its held-out split), another data set id, or a folder of real images", "REF"),
     option("classifier", "The classifier checkpoint (default: the shipped classifier-digits)", "PATH"),
     option("count", "Samples drawn from --model (default 1000); with --images, at most this many images", "N"),
     option("seed", "Seed of the samples drawn from --model (default 1)", "N"),
     option("k", "Precision/recall: the k of the k-nearest-neighbour radii, 1..100 (default 3)", "N"),
     option("steps", "A diffusion model: DDIM steps per sample, 1..T (default 50)", "N"),
     option("json", "Print the figures as one JSON object")},
    evaluateCommand});

} // namespace

QString shippedClassifierFolder()
{
    const QString shipped = services::gan::shippedClassifierDir();
    if (shipped.isEmpty())
        throw std::runtime_error(QStringLiteral("the shipped classifier %1 was not found (looked in %2); train one with "
                                                "'genlab train classifier --out DIR' and pass --classifier DIR")
                                     .arg(QString::fromLatin1(services::gan::kShippedClassifier),
                                          services::modelSearchPaths().join(QStringLiteral(", ")))
                                     .toStdString());
    return shipped;
}

QJsonObject qualityJson(const engine::evaluate::SampleQuality &q)
{
    QJsonObject o;
    if (q.classes) {
        o[QStringLiteral("classes_covered")] = q.classes->covered;
        o[QStringLiteral("classes_total")] = q.classesTotal;
    }
    o[QStringLiteral("mean_confidence")] = q.meanConfidence;
    o[QStringLiteral("frechet_distance")] = q.frechetDistance;
    o[QStringLiteral("precision")] = q.precisionRecall.precision;
    o[QStringLiteral("recall")] = q.precisionRecall.recall;
    o[QStringLiteral("duplicate_rate")] = q.duplicates.rate;
    o[QStringLiteral("inception_score")] = q.inceptionScore;
    o[QStringLiteral("count")] = q.count;
    o[QStringLiteral("reference")] = QString::fromStdString(q.reference);
    o[QStringLiteral("reference_count")] = q.referenceCount;
    if (q.classes) {
        QJsonArray hist, refHist, names;
        for (int h : q.classes->histogram)
            hist.append(h);
        for (double r : q.referenceHistogram)
            refHist.append(r);
        for (const auto &n : q.classNames)
            names.append(QString::fromStdString(n));
        o[QStringLiteral("class_names")] = names;
        o[QStringLiteral("class_histogram")] = hist;
        o[QStringLiteral("reference_class_fractions")] = refHist;
        o[QStringLiteral("min_class_count")] = q.classes->minCount;
        o[QStringLiteral("histogram_distance")] = q.histogramDistance;
    }
    o[QStringLiteral("k")] = q.k;
    o[QStringLiteral("duplicate_threshold")] = q.duplicates.threshold;
    return o;
}

} // namespace genlab::cli
