// `genlab tune distill [--teacher PATH] [--data FILE] [--steps N] [--temperature T] [--alpha A]
//                      [--student-layers N] [--student-width N] [--seed N] [--json]`
// Knowledge distillation: a small student trained on the teacher's softened distributions beside the
// same student trained on the data alone (same seed, same batches); held-out perplexity, agreement
// with the teacher, parameters, bytes and tokens/s of all three.
#include "cli/command.h"
#include "cli/tunecommands.h"
#include "cli/tuningjson.h"
#include "cli/tuningoptions.h"

#include "engine/gpt/gptmodel.h"
#include "engine/tuning/distillation.h"
#include "services/tuning/distilljobs.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <stdexcept>

namespace genlab::cli {

namespace {

namespace tuning = engine::tuning;
namespace gpt = engine::gpt;

int runTuneDistill(const CommandContext &ctx)
{
    const QCommandLineParser &p = *ctx.parser;
    tuning::DistillOptions o;
    o.steps = int(intOption(p, QStringLiteral("steps"), o.steps, 1, 100000));
    o.temperature = doubleOption(p, QStringLiteral("temperature"), o.temperature, 0.05, 20);
    o.alpha = doubleOption(p, QStringLiteral("alpha"), o.alpha, 0, 1);
    o.studentLayers = int(intOption(p, QStringLiteral("student-layers"), o.studentLayers, 1, 12));
    o.studentWidth = int(intOption(p, QStringLiteral("student-width"), o.studentWidth, 8, 1024));
    o.seed = seedOption(p, o.seed);
    if (o.studentWidth % o.studentHeads != 0)
        throw UsageError{QStringLiteral("--student-width must be a multiple of %1 (the student's heads; got %2)")
                             .arg(o.studentHeads)
                             .arg(o.studentWidth)};
    const bool json = p.isSet(QStringLiteral("json"));

    const QString data = corpusFileOption(p);
    o.dataPath = QDir::toNativeSeparators(data).toStdString();
    QString teacherFolder;
    if (p.isSet(QStringLiteral("teacher"))) {
        teacherFolder = p.value(QStringLiteral("teacher"));
        if (!QFileInfo(teacherFolder).isDir())
            throw UsageError{QStringLiteral("--teacher must be a model folder (got '%1')").arg(teacherFolder)};
    }
    try {
        tuning::validate(o);
        teacherFolder = services::DistillJobs::teacherFolder(teacherFolder);
    } catch (const std::invalid_argument &e) {
        throw UsageError{QString::fromStdString(e.what())};
    }

    // On the CPU, where the students are made (three small models; see services::DistillJobs).
    gpt::GptModel teacher = gpt::GptModel::open(teacherFolder.toStdString());
    if (!teacher.tokenizer())
        throw std::runtime_error(teacherFolder.toStdString() + ": the teacher has no tokenizer files");
    InterruptibleJob job(QStringLiteral("tune distill"),
                         QStringLiteral("stopping after this step (Ctrl+C again quits at once)"));
    const tuning::DistillResult r = tuning::runDistillation(teacher, o, jobRunContext(job, json));

    if (!json) {
        out(QStringLiteral("distillation from %1 on %2 (%3 steps of %4 x %5 tokens, T %6, alpha %7, seed %8)")
                .arg(QDir::toNativeSeparators(teacherFolder), QDir::toNativeSeparators(data))
                .arg(o.steps)
                .arg(o.batchSize)
                .arg(o.windowTokens)
                .arg(o.temperature)
                .arg(o.alpha)
                .arg(o.seed));
        out(QStringLiteral("  %1 %2 %3 %4 %5 %6")
                .arg(QStringLiteral("model"), -10)
                .arg(QStringLiteral("perplexity"), 11)
                .arg(QStringLiteral("agreement"), 10)
                .arg(QStringLiteral("parameters"), 11)
                .arg(QStringLiteral("bytes"), 10)
                .arg(QStringLiteral("tokens/s"), 9));
        for (const tuning::DistillFigures *f : {&r.teacher, &r.distilled, &r.dataOnly})
            out(QStringLiteral("  %1 %2 %3 %4 %5 %6")
                    .arg(QString::fromStdString(f->name), -10)
                    .arg(f->perplexity, 11, 'f', 2)
                    .arg(QStringLiteral("%1 %").arg(100.0 * f->agreement, 0, 'f', 1), 10)
                    .arg(f->parameters, 11)
                    .arg(f->bytes, 10)
                    .arg(f->tokensPerSecond, 9, 'f', 0));
        out(QStringLiteral("held out: the last %1 tokens of the corpus (%2 trained on); %3 s")
                .arg(r.heldOutTokens)
                .arg(r.trainTokens)
                .arg(r.seconds, 0, 'f', 1));
        return 0;
    }
    QJsonObject doc = distillResultJson(r, o, teacherFolder, data);
    doc.insert(QStringLiteral("curves"), QJsonObject{{QStringLiteral("distilled"), distillCurveJson(r.distilledCurve)},
                                                     {QStringLiteral("data_only"), distillCurveJson(r.dataOnlyCurve)}});
    out(QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented)).trimmed());
    return 0;
}

TuneRegistrar tuneDistillRegistrar(TuneExperiment{
    QStringLiteral("distill"),
    QStringLiteral("Knowledge distillation: a small student taught by a teacher's softened distributions against the same student on the data alone"),
    {QCommandLineOption(QStringLiteral("teacher"),
                        QStringLiteral("distill: the teacher, a language model folder (default: the shipped one)"), QStringLiteral("PATH")),
     QCommandLineOption(QStringLiteral("data"), QStringLiteral("distill: a UTF-8 text file (default: tiny Shakespeare where found, else the studio's help pages)"), QStringLiteral("FILE")),
     QCommandLineOption(QStringLiteral("steps"), QStringLiteral("Optimizer steps (distill default 200, per student)"), QStringLiteral("N")),
     QCommandLineOption(QStringLiteral("temperature"), QStringLiteral("distill: softening temperature T (default 2)"), QStringLiteral("T")),
     QCommandLineOption(QStringLiteral("alpha"), QStringLiteral("distill: weight of the teacher's targets, 0..1 (default 0.9)"),
                        QStringLiteral("A")),
     QCommandLineOption(QStringLiteral("student-layers"), QStringLiteral("distill: the student's blocks (default 2)"), QStringLiteral("N")),
     QCommandLineOption(QStringLiteral("student-width"), QStringLiteral("distill: the student's width, a multiple of 4 (default 64)"),
                        QStringLiteral("N")),
     QCommandLineOption(QStringLiteral("seed"), QStringLiteral("The students' weights and the batches (default 1)"), QStringLiteral("N"))},
    runTuneDistill,
});

} // namespace

} // namespace genlab::cli
