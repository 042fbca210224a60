// The Tuning lab's opening experiment, headless:
//   genlab discriminative [--data two-moons|ring|spiral|blobs|digits|procedural-digits] [--hidden N]
//                         [--components N] [--seed N] [--samples N] [--out DIR] [--json]
// A discriminative classifier (logistic regression, or a small network with --hidden) beside a
// generative one (a Gaussian per class and Bayes' rule) on the same data: both accuracies on the
// held-out points, and new samples from the generative one (the discriminative one has none to give).
#include "cli/command.h"
#include "cli/tuningjson.h"
#include "cli/tuningoptions.h"

#include "engine/imaging/png.h"
#include "engine/tuning/discriminative.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

#include <stdexcept>

namespace genlab::cli {

namespace {

namespace tuning = engine::tuning;

void writeDiscriminativeCsv(const QString &path, const tuning::GenerativeSamples &s)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        throw std::runtime_error(QDir::toNativeSeparators(path).toStdString() + ": cannot be written: " +
                                 f.errorString().toStdString());
    QTextStream ts(&f);
    ts << "x,y,class\n";
    for (int i = 0; i < s.count(); ++i)
        ts << s.values[std::size_t(2 * i)] << ',' << s.values[std::size_t(2 * i + 1)] << ',' << s.labels[std::size_t(i)] << '\n';
    ts.flush();
    if (f.error() != QFileDevice::NoError)
        throw std::runtime_error(QDir::toNativeSeparators(path).toStdString() + ": writing failed: " +
                                 f.errorString().toStdString());
}

int runDiscriminative(const CommandContext &ctx)
{
    const QCommandLineParser &p = *ctx.parser;
    tuning::DiscriminativeOptions o;
    if (p.isSet(QStringLiteral("data"))) {
        const QString name = p.value(QStringLiteral("data"));
        if (!tuning::parseClassifierData(name.toStdString(), &o.data)) {
            QStringList names;
            for (const std::string &n : tuning::classifierDataNames())
                names << QString::fromStdString(n);
            throw UsageError{QStringLiteral("--data must be one of %1 (got '%2')").arg(names.join(QStringLiteral(", ")), name)};
        }
    }
    o.seed = seedOption(p, 1);
    o.samples = int(intOption(p, QStringLiteral("samples"), 0, 1, 100000));
    o.hidden = int(intOption(p, QStringLiteral("hidden"), 0, 0, 256));
    o.components = int(intOption(p, QStringLiteral("components"), 1, 1, 16));
    if (p.isSet(QStringLiteral("digits")))
        o.digitsPath = p.value(QStringLiteral("digits")).toStdString();
    const bool json = p.isSet(QStringLiteral("json"));
    const QString outDir = p.value(QStringLiteral("out"));
    if (!outDir.isEmpty() && !QDir().mkpath(outDir))
        throw UsageError{QStringLiteral("--out: the folder %1 cannot be created").arg(QDir::toNativeSeparators(outDir))};

    InterruptibleJob job(QStringLiteral("discriminative"), QStringLiteral("stopping after this epoch"));
    const tuning::DiscriminativeResult r = tuning::runDiscriminativeVsGenerative(o, jobRunContext(job, json));

    QStringList written;
    if (!outDir.isEmpty()) {
        const QDir dir(outDir);
        const bool images = r.samples.dims != 2;
        if (images) {
            const QString samplesPath = dir.filePath(QStringLiteral("generative-samples.png"));
            engine::imaging::writePng(samplesPath.toStdString(), tuning::renderSamples(r, r.samples, 0, 3));
            written << samplesPath;
            tuning::GenerativeSamples means;
            means.dims = r.inputDims;
            means.values = r.classMeanImages;
            for (int c = 0; c < r.classes; ++c)
                means.labels.push_back(c);
            const QString meansPath = dir.filePath(QStringLiteral("generative-class-means.png"));
            engine::imaging::writePng(meansPath.toStdString(), tuning::renderSamples(r, means, 0, 3));
            written << meansPath;
        } else {
            const QString csv = dir.filePath(QStringLiteral("generative-samples.csv"));
            writeDiscriminativeCsv(csv, r.samples);
            written << csv;
            const QString samplesPath = dir.filePath(QStringLiteral("generative-samples.png"));
            engine::imaging::writePng(samplesPath.toStdString(), tuning::renderSamples(r, r.samples, 512));
            written << samplesPath;
            const QString discPath = dir.filePath(QStringLiteral("discriminative-regions.png"));
            engine::imaging::writePng(discPath.toStdString(), tuning::renderRegions(r, false, 512));
            written << discPath;
            const QString genPath = dir.filePath(QStringLiteral("generative-regions.png"));
            engine::imaging::writePng(genPath.toStdString(), tuning::renderRegions(r, true, 512));
            written << genPath;
        }
    }

    if (!json) {
        out(QStringLiteral("%1: %2 classes, %3 training and %4 held-out %5 (seed %6)")
                .arg(QString::fromStdString(r.data))
                .arg(r.classes)
                .arg(r.trainCount)
                .arg(r.heldOutCount)
                .arg(r.inputDims == 2 ? QStringLiteral("points") : QStringLiteral("images"))
                .arg(o.seed));
        out(QStringLiteral("  discriminative (%1, %2 parameters): held-out accuracy %3 % (training %4 %); it cannot sample")
                .arg(QString::fromStdString(r.discriminativeName))
                .arg(r.discriminativeParameters)
                .arg(100.0 * r.discriminativeAccuracy, 0, 'f', 1)
                .arg(100.0 * r.discriminativeTrainAccuracy, 0, 'f', 1));
        QString space = r.generative.pcaBasis.empty()
                            ? QStringLiteral("full covariance in the plane")
                            : QStringLiteral("in %1 PCA dimensions keeping %2 % of the variance")
                                  .arg(r.generative.dims)
                                  .arg(100.0 * r.generative.explainedVariance, 0, 'f', 1);
        const QString gaussians = r.generative.components == 1
                                      ? QStringLiteral("a Gaussian per class")
                                      : QStringLiteral("a mixture of %1 Gaussians per class").arg(r.generative.components);
        out(QStringLiteral("  generative (%1, %2, + Bayes' rule, %3 parameters): held-out accuracy %4 % (training %5 %), %6 new samples drawn")
                .arg(gaussians, space)
                .arg(r.generativeParameters)
                .arg(100.0 * r.generativeAccuracy, 0, 'f', 1)
                .arg(100.0 * r.generativeTrainAccuracy, 0, 'f', 1)
                .arg(r.samples.count()));
        for (const QString &w : written)
            out(QStringLiteral("  wrote %1").arg(QDir::toNativeSeparators(w)));
        return 0;
    }
    QJsonArray files;
    for (const QString &w : written)
        files.append(QDir(w).absolutePath());
    const QJsonObject doc = discriminativeJson(r, o.seed, files);
    out(QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented)).trimmed());
    return 0;
}

CommandRegistrar discriminativeRegistrar(Command{
    QStringLiteral("discriminative"),
    QStringLiteral("Discriminative vs generative: logistic regression beside a Gaussian per class (Bayes' rule); both accuracies, and samples from the one that can"),
    QString(),
    {QCommandLineOption(QStringLiteral("data"),
                        QStringLiteral("two-moons (default), ring, spiral, blobs, digits (OpenCV's digits.png) or procedural-digits"),
                        QStringLiteral("NAME")),
     QCommandLineOption(QStringLiteral("hidden"),
                        QStringLiteral("Discriminative model: 0 = logistic regression (default), N = a network with N tanh hidden units"),
                        QStringLiteral("N")),
     QCommandLineOption(QStringLiteral("components"),
                        QStringLiteral("Generative model: Gaussians per class, 1 (default) or a mixture of up to 16 fitted by EM"),
                        QStringLiteral("N")),
     QCommandLineOption(QStringLiteral("seed"), QStringLiteral("The data split, the training and the samples (default 1)"), QStringLiteral("N")),
     QCommandLineOption(QStringLiteral("samples"),
                        QStringLiteral("New samples drawn from the generative model (default 240 points or 40 digits)"), QStringLiteral("N")),
     QCommandLineOption(QStringLiteral("digits"), QStringLiteral("digits.png to use (default: $GENLAB_DIGITS_PNG or opencv-doc's)"),
                        QStringLiteral("FILE")),
     QCommandLineOption(QStringLiteral("out"),
                        QStringLiteral("Folder for the samples (CSV + PNG for points, a PNG grid for digits) and the decision-region images"),
                        QStringLiteral("DIR")),
     QCommandLineOption(QStringLiteral("json"),
                        QStringLiteral("Print JSON: data, discriminative {accuracy}, generative {accuracy, samples}"))},
    runDiscriminative,
});

} // namespace

} // namespace genlab::cli
