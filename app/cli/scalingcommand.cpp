// `genlab scaling [--data FILE] [--sizes 16,24,32,48,64] [--budget FLOPS] [--layers N] [--seed N]
//                 [--out DIR] [--json]`
// Pretraining and scale: GPTs of several widths trained on one corpus for the same compute
// (6 * parameters * tokens FLOPs each), the final held-out loss against the parameters, the power
// law loss ~ a * N^e fitted on log-log axes (e < 0 when bigger is better) and its prediction for
// the next size up. Each size is one language-model training run, its checkpoint in DIR/d<width>.
#include "cli/command.h"
#include "cli/tuningjson.h"
#include "cli/tuningoptions.h"

#include "engine/tuning/scaling.h"
#include "services/tuning/distilljobs.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <memory>
#include <stdexcept>

namespace genlab::cli {

namespace {

namespace tuning = engine::tuning;

std::vector<int> scalingSizeList(const QCommandLineParser &p)
{
    if (!p.isSet(QStringLiteral("sizes")))
        return tuning::ScalingOptions{}.widths;
    std::vector<int> out;
    for (const QString &part : p.value(QStringLiteral("sizes")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int w = part.trimmed().toInt(&ok);
        if (!ok || w < 8 || w > 1024)
            throw UsageError{QStringLiteral("--sizes takes widths in 8..1024 separated by commas (got '%1')").arg(part)};
        out.push_back(w);
    }
    if (out.size() < 2)
        throw UsageError{QStringLiteral("--sizes needs at least two widths, e.g. 16,24,32,48,64")};
    return out;
}

int runScalingCommand(const CommandContext &ctx)
{
    const QCommandLineParser &p = *ctx.parser;
    tuning::ScalingOptions o;
    o.widths = scalingSizeList(p);
    o.budget = doubleOption(p, QStringLiteral("budget"), o.budget, 0, 1e18);
    o.tokens = intOption(p, QStringLiteral("tokens"), o.tokens, 1, std::int64_t(1) << 40);
    if (p.isSet(QStringLiteral("budget")) && p.isSet(QStringLiteral("tokens")) && o.budget > 0)
        throw UsageError{QStringLiteral("give --budget (the same compute per size) or --tokens (the same tokens per size), not both")};
    o.layers = int(intOption(p, QStringLiteral("layers"), o.layers, 1, 12));
    o.seed = seedOption(p, o.seed);
    const bool json = p.isSet(QStringLiteral("json"));

    const QString data = corpusFileOption(p);
    o.dataPath = QDir::toNativeSeparators(data).toStdString();
    // The shipped model's BPE vocabulary (1024 tokens learnt on tiny Shakespeare): no run learns its own.
    const QString tokenizer = services::DistillJobs::shippedTeacherFolder();
    if (!tokenizer.isEmpty())
        o.tokenizerFolder = QDir::toNativeSeparators(tokenizer).toStdString();

    std::unique_ptr<QTemporaryDir> scratch;
    QString outDir = outFolderOption(p);
    if (!outDir.isEmpty()) {
        QDir().mkpath(outDir);
    } else {
        scratch = std::make_unique<QTemporaryDir>();
        if (!scratch->isValid())
            throw std::runtime_error("cannot make a temporary folder for the runs' checkpoints; pass --out DIR");
        outDir = scratch->path();
    }
    o.outDir = QDir::toNativeSeparators(QDir(outDir).absolutePath()).toStdString();
    int vocab = 0;
    std::vector<tuning::ScalingPlan> plans;
    try {
        tuning::validate(o);
        vocab = tuning::scalingVocabSize(o);
        plans = tuning::planScaling(o, vocab);
    } catch (const std::invalid_argument &e) {
        throw UsageError{QString::fromStdString(e.what())};
    }
    std::int64_t allSteps = 0;
    for (const auto &plan : plans)
        allSteps += plan.steps;

    InterruptibleJob job(QStringLiteral("scaling"), QStringLiteral("stopping after this step (Ctrl+C again quits at once)"));
    const engine::RunContext run = jobRunContext(job, json, 1000, QStringLiteral("permille"));
    if (!json) {
        note(o.budget > 0 ? QStringLiteral("%1 sizes, %2 FLOPs each (6 x parameters x tokens), %3 steps in all")
                                .arg(plans.size())
                                .arg(o.budget, 0, 'g', 3)
                                .arg(allSteps)
                          : QStringLiteral("%1 sizes, %2 tokens each, %3 steps in all").arg(plans.size()).arg(o.tokens).arg(allSteps));
    }
    const tuning::ScalingResult r = tuning::runScaling(o, run);

    if (!json) {
        out(QStringLiteral("scaling on %1: %2 layers, context %3, batch %4, %5 (seed %6)")
                .arg(QDir::toNativeSeparators(data))
                .arg(o.layers)
                .arg(o.contextLength)
                .arg(o.batchSize)
                .arg(o.budget > 0 ? QStringLiteral("the same compute per size: %1 FLOPs").arg(o.budget, 0, 'g', 3)
                                  : QStringLiteral("the same %1 tokens per size").arg(o.tokens))
                .arg(o.seed));
        out(QStringLiteral("  %1 %2 %3 %4 %5 %6 %7").arg(QStringLiteral("width"), 6).arg(QStringLiteral("params"), 9)
                .arg(QStringLiteral("steps"), 6).arg(QStringLiteral("tokens"), 9).arg(QStringLiteral("FLOPs"), 9)
                .arg(QStringLiteral("loss"), 7).arg(QStringLiteral("seconds"), 8));
        for (const tuning::ScalingRun &s : r.runs)
            out(QStringLiteral("  %1 %2 %3 %4 %5 %6 %7")
                    .arg(s.width, 6)
                    .arg(s.parameters, 9)
                    .arg(s.steps, 6)
                    .arg(s.tokens, 9)
                    .arg(s.compute, 9, 'g', 3)
                    .arg(s.loss, 7, 'f', 4)
                    .arg(s.seconds, 8, 'f', 1));
        out(QStringLiteral("fit: loss = %1 * N^%2 (r2 %3)").arg(r.fit.a, 0, 'f', 3).arg(r.fit.exponent, 0, 'f', 4).arg(r.fit.r2, 0, 'f', 3));
        out(QStringLiteral("next size up: width %1 (%2 parameters), predicted loss %3")
                .arg(r.next.width)
                .arg(r.next.parameters)
                .arg(r.next.loss, 0, 'f', 4));
        if (scratch)
            note(QStringLiteral("the runs' checkpoints were temporary; pass --out DIR to keep them"));
        return 0;
    }
    QJsonObject doc = scalingResultJson(r, o, data, true);
    if (!scratch)
        doc.insert(QStringLiteral("out"), QDir(outDir).absolutePath());
    out(QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented)).trimmed());
    return 0;
}

CommandRegistrar scalingRegistrar(Command{
    QStringLiteral("scaling"),
    QStringLiteral("Pretraining and scale: GPTs of several sizes trained for the same compute, a power law fitted through their losses"),
    QString(),
    {QCommandLineOption(QStringLiteral("data"), QStringLiteral("A UTF-8 text file (default: tiny Shakespeare where found, else the studio's help pages)"), QStringLiteral("FILE")),
     QCommandLineOption(QStringLiteral("sizes"), QStringLiteral("Embedding widths, e.g. 16,24,32,48,64 (the default)"), QStringLiteral("LIST")),
     QCommandLineOption(QStringLiteral("budget"),
                        QStringLiteral("The same compute for every size: FLOPs, counted as 6 x parameters x tokens (e.g. 3e10; default: "
                                       "the same tokens instead)"),
                        QStringLiteral("FLOPS")),
     QCommandLineOption(QStringLiteral("tokens"), QStringLiteral("The same training tokens for every size (default 409600)"),
                        QStringLiteral("N")),
     QCommandLineOption(QStringLiteral("layers"), QStringLiteral("Blocks of every size (default 2)"), QStringLiteral("N")),
     QCommandLineOption(QStringLiteral("seed"), QStringLiteral("Weights and batches of every size (default 1)"), QStringLiteral("N")),
     QCommandLineOption(QStringLiteral("out"), QStringLiteral("Keep each size's checkpoint in DIR/d<width> (default: a temporary folder)"),
                        QStringLiteral("DIR")),
     QCommandLineOption(QStringLiteral("json"), QStringLiteral("Print JSON: fit {exponent, a, r2}, prediction, runs [{width, params, compute, loss, curve}]"))},
    runScalingCommand,
});

} // namespace

} // namespace genlab::cli
