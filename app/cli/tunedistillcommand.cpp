// `genlab tune distill [--teacher PATH] [--data FILE] [--steps N] [--temperature T] [--alpha A]
//                      [--student-layers N] [--student-width N] [--seed N] [--json]`
// Knowledge distillation: a small student trained on the teacher's softened distributions beside the
// same student trained on the data alone (same seed, same batches); held-out perplexity, agreement
// with the teacher, parameters, bytes and tokens/s of all three.
#include "cli/command.h"
#include "cli/tunecommands.h"

#include "engine/gpt/gptmodel.h"
#include "engine/tuning/distillation.h"
#include "services/tuning/distilljobs.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>
#include <stdexcept>

namespace genlab::cli {

namespace {

namespace tuning = engine::tuning;
namespace gpt = engine::gpt;

QJsonObject distillFiguresJson(const tuning::DistillFigures &f)
{
    return QJsonObject{{QStringLiteral("layers"), f.layers},
                       {QStringLiteral("width"), f.width},
                       {QStringLiteral("held_out_loss"), f.heldOutLoss},
                       {QStringLiteral("perplexity"), f.perplexity},
                       {QStringLiteral("agreement"), f.agreement},
                       {QStringLiteral("parameters"), qint64(f.parameters)},
                       {QStringLiteral("bytes"), qint64(f.bytes)},
                       {QStringLiteral("tokens_per_s"), f.tokensPerSecond}};
}

QJsonArray distillCurveJson(const std::vector<tuning::DistillCurvePoint> &curve)
{
    QJsonArray a;
    for (const tuning::DistillCurvePoint &p : curve) {
        QJsonObject o{{QStringLiteral("step"), qint64(p.step)},
                      {QStringLiteral("loss"), p.loss},
                      {QStringLiteral("data_loss"), p.dataLoss},
                      {QStringLiteral("distill_loss"), p.distillLoss}};
        if (p.heldOutLoss >= 0)
            o.insert(QStringLiteral("held_out_loss"), p.heldOutLoss);
        a.append(o);
    }
    return a;
}

int runTuneDistill(const CommandContext &ctx)
{
    const QCommandLineParser &p = *ctx.parser;
    tuning::DistillOptions o;
    o.steps = int(intOption(p, QStringLiteral("steps"), o.steps, 1, 100000));
    o.temperature = doubleOption(p, QStringLiteral("temperature"), o.temperature, 0.05, 20);
    o.alpha = doubleOption(p, QStringLiteral("alpha"), o.alpha, 0, 1);
    o.studentLayers = int(intOption(p, QStringLiteral("student-layers"), o.studentLayers, 1, 12));
    o.studentWidth = int(intOption(p, QStringLiteral("student-width"), o.studentWidth, 8, 1024));
    o.seed = quint64(intOption(p, QStringLiteral("seed"), qint64(o.seed), 0, std::numeric_limits<qint64>::max()));
    if (o.studentWidth % o.studentHeads != 0)
        throw UsageError{QStringLiteral("--student-width must be a multiple of %1 (the student's heads; got %2)")
                             .arg(o.studentHeads)
                             .arg(o.studentWidth)};
    const bool json = p.isSet(QStringLiteral("json"));

    QString data;
    if (p.isSet(QStringLiteral("data"))) {
        data = p.value(QStringLiteral("data"));
        if (!QFileInfo(data).isFile())
            throw UsageError{QStringLiteral("--data: %1 is not a file").arg(QDir::toNativeSeparators(data))};
    } else {
        data = services::DistillJobs::defaultCorpus();
        if (data.isEmpty())
            throw UsageError{QStringLiteral("--data: no default corpus was found (neither tiny Shakespeare nor the help pages); give a text file")};
    }
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
    engine::RunContext run = job.context(0);
    if (json) {
        run = engine::RunContext();
        run.stop = job.token();
    }
    const tuning::DistillResult r = tuning::runDistillation(teacher, o, run);

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
    const QJsonObject doc{
        {QStringLiteral("teacher_folder"), QDir(teacherFolder).absolutePath()},
        {QStringLiteral("data"), QFileInfo(data).absoluteFilePath()},
        {QStringLiteral("steps"), o.steps},
        {QStringLiteral("batch"), o.batchSize},
        {QStringLiteral("window"), o.windowTokens},
        {QStringLiteral("temperature"), o.temperature},
        {QStringLiteral("alpha"), o.alpha},
        {QStringLiteral("seed"), QString::number(o.seed)},
        {QStringLiteral("seconds"), r.seconds},
        {QStringLiteral("held_out_tokens"), qint64(r.heldOutTokens)},
        {QStringLiteral("teacher"), distillFiguresJson(r.teacher)},
        {QStringLiteral("distilled"), distillFiguresJson(r.distilled)},
        {QStringLiteral("data_only"), distillFiguresJson(r.dataOnly)},
        {QStringLiteral("curves"), QJsonObject{{QStringLiteral("distilled"), distillCurveJson(r.distilledCurve)},
                                               {QStringLiteral("data_only"), distillCurveJson(r.dataOnlyCurve)}}},
    };
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
