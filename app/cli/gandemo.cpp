// The GAN lab's part of `genlab demo`: a sample grid of the shipped class-conditional GAN, the
// evolution of a short training run as a GIF (the fixed-noise grid at every preview step), and
// the shipped GAN's sample-quality figures against held-out digits.
#include "cli/demo.h"
#include "cli/evaluatecommands.h"
#include "cli/gancommands.h"

#include "engine/data/dataset.h"
#include "engine/evaluate/classifier.h"
#include "engine/evaluate/evaluator.h"
#include "engine/evaluate/reference.h"
#include "engine/gan/imagegan.h"
#include "engine/train/events.h"
#include "services/gan/gantraining.h"
#include "services/latent/latentoutputs.h"
#include "services/recipe.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace genlab::cli {

namespace {

namespace gan = engine::gan;
namespace ev = engine::evaluate;

constexpr const char *kShippedGan = "gan-digits";
constexpr int kSampleCount = 100;    // ten of each class, one column per class
constexpr int kEvaluationCount = 1000;
constexpr int kEvolutionSteps = 240; // ~10 s on two cores: the first strokes of every digit
constexpr int kEvolutionEvery = 20;

// A conditional DCGAN trained from nothing on the digits for a few hundred steps, its fixed-noise
// grid kept at every preview: the frames of the evolution GIF, written as the lab's export writes
// them (each grid with its step under it, the recipe beside it).
QStringList writeEvolution(const QString &outDir, QString *description, const engine::RunContext &ctx)
{
    QTemporaryDir scratch;
    if (!scratch.isValid())
        throw std::runtime_error("cannot create a temporary folder for the evolution run");
    services::GanTrainRequest request;
    request.config.conditional = true;
    gan::ImageTrainOptions &o = request.options;
    o.outDir = scratch.filePath(QStringLiteral("run")).toStdString();
    o.steps = kEvolutionSteps;
    o.previewEvery = kEvolutionEvery;
    o.checkpointEvery = 0;
    o.previewRows = 3;
    o.classifierDir.clear(); // the quality figures of the shipped GAN follow; none for this short run
    o.featureMap = false;

    services::GanEvolutionExport evolution;
    evolution.path = QDir(outDir).filePath(QStringLiteral("gan-evolution.gif"));
    evolution.format = services::latent::ExportFormat::Gif;
    engine::RunContext run = ctx;
    run.onPartial = [&](engine::Partial &&p) {
        if (auto preview = engine::train::ImagePreview::decode(p); preview && preview->what == "samples") {
            evolution.columns = std::max(1, preview->cols);
            evolution.frames.push_back({preview->step, std::move(preview->images)});
        }
    };
    run.onProgress = {};
    auto train = [&](const std::string &dataset) {
        evolution.frames.clear();
        o.dataset = dataset;
        gan::ImageGan model = gan::ImageGan::create(request.config, o.seed);
        gan::trainImageGan(model, o, run);
    };
    try {
        train("digits");
    } catch (const engine::data::DatasetError &) {
        train("procedural-digits"); // OpenCV's digits are not installed: the studio's own
    }
    if (evolution.frames.empty())
        throw std::runtime_error("the evolution run recorded no previews");
    QList<qint64> steps;
    for (const auto &f : evolution.frames)
        steps << f.step;
    evolution.recipe = services::gan::evolutionRecipe(request, steps);
    const QStringList written = services::gan::writeEvolution(evolution, ctx);
    *description = QStringLiteral("a %1-frame GIF of a conditional DCGAN trained from nothing on %2: its fixed-noise "
                                  "samples every %3 steps up to step %4, from grey blobs to the first strokes")
                       .arg(evolution.frames.size())
                       .arg(QString::fromStdString(o.dataset))
                       .arg(kEvolutionEvery)
                       .arg(kEvolutionSteps);
    QStringList files;
    for (const QString &f : written)
        files << QFileInfo(f).fileName();
    return files;
}

QJsonObject ganDemo(const QString &outDir, const engine::RunContext &ctx)
{
    const services::latent::ModelSource source = services::latent::resolveModel(QString::fromLatin1(kShippedGan));
    const gan::ImageGan model = gan::ImageGan::load(source.folder.toStdString());
    writeImageGanSamples(QDir(outDir).filePath(QStringLiteral("gan-samples.png")), model, source, kSampleCount, 1);
    ctx.checkpoint();

    QString evolution;
    QStringList files{QStringLiteral("gan-samples.png")};
    files << writeEvolution(outDir, &evolution, ctx);
    ctx.checkpoint();

    // The shipped GAN measured as `genlab evaluate --model gan-digits --count 1000` measures it.
    const ev::DigitClassifier classifier = ev::DigitClassifier::load(shippedClassifierFolder().toStdString());
    const ev::ImageSet reference = [&] {
        try {
            return ev::openImageSet("digits", ev::Part::HeldOut, 28, 1, ctx);
        } catch (const engine::data::DatasetError &) {
            return ev::openImageSet("procedural-digits", ev::Part::HeldOut, 28, 1, ctx);
        }
    }();
    const ev::PreparedReference prepared = ev::prepareReference(classifier, reference);
    const ev::SampleQuality quality = ev::evaluateSamples(classifier, model.sample(kEvaluationCount, 1), prepared, {}, ctx);
    QJsonObject figures = qualityJson(quality);
    figures[QStringLiteral("source")] =
        QStringLiteral("%1 samples of the GAN %2 (seed 1)").arg(kEvaluationCount).arg(QString::fromLatin1(kShippedGan));
    QFile f(QDir(outDir).filePath(QStringLiteral("gan-evaluation.json")));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(QJsonDocument(figures).toJson()) < 0)
        throw std::runtime_error(QStringLiteral("cannot write %1").arg(f.fileName()).toStdString());
    f.close();
    files << QStringLiteral("gan-evaluation.json");

    QString coverage;
    if (quality.classes)
        coverage = QStringLiteral("%1 of %2 classes, ").arg(quality.classes->covered).arg(quality.classesTotal);
    return QJsonObject{
        {QStringLiteral("description"),
         QStringLiteral("%1 samples of %2 (classes across); %3; its quality over %4 samples: %5Fréchet distance %6, "
                        "precision %7, recall %8")
             .arg(kSampleCount)
             .arg(source.name)
             .arg(evolution)
             .arg(kEvaluationCount)
             .arg(coverage)
             .arg(quality.frechetDistance, 0, 'f', 2)
             .arg(quality.precisionRecall.precision, 0, 'f', 3)
             .arg(quality.precisionRecall.recall, 0, 'f', 3)},
        {QStringLiteral("files"), QJsonArray::fromStringList(files)},
        {QStringLiteral("figures"), figures},
    };
}

DemoRegistrar ganStep(DemoStep{QStringLiteral("gan"), 50, ganDemo});

} // namespace
} // namespace genlab::cli
