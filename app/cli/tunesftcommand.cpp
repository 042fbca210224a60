// `genlab tune sft [--model PATH] [--data FILE.jsonl] [--steps N] [--batch N] [--lr X] [--seed N]
//                  [--held-out N] [--out DIR] [--json]`
// Instruction tuning: the held-out instructions answered before and after fine-tuning on
// (instruction, response) pairs with the loss only on the responses; exact-match accuracy of each.
#include "cli/command.h"
#include "cli/languagemodel.h"
#include "cli/tunecommands.h"
#include "cli/tuningjson.h"
#include "cli/tuningoptions.h"

#include "engine/gpt/gptmodel.h"
#include "engine/tuning/sft.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <stdexcept>

namespace genlab::cli {

namespace {

namespace tuning = engine::tuning;
namespace gpt = engine::gpt;

int runTuneSft(const CommandContext &ctx)
{
    const QCommandLineParser &p = *ctx.parser;
    tuning::SftOptions o;
    o.steps = int(intOption(p, QStringLiteral("steps"), o.steps, 1, 100000));
    o.batch = int(intOption(p, QStringLiteral("batch"), o.batch, 1, 512));
    o.learningRate = doubleOption(p, QStringLiteral("lr"), o.learningRate, 1e-7, 1.0);
    o.seed = seedOption(p, o.seed);
    o.heldOut = int(intOption(p, QStringLiteral("held-out"), o.heldOut, 1, 1000));
    const bool json = p.isSet(QStringLiteral("json"));
    if (p.isSet(QStringLiteral("data"))) {
        const QString data = p.value(QStringLiteral("data"));
        if (!QFileInfo(data).isFile())
            throw UsageError{QStringLiteral("--data: %1 is not a file").arg(QDir::toNativeSeparators(data))};
        try {
            o.pairs = tuning::readInstructionsJsonl(QDir::toNativeSeparators(data).toStdString());
        } catch (const std::runtime_error &e) {
            throw UsageError{QString::fromStdString(e.what())};
        }
        o.dataName = QFileInfo(data).fileName().toStdString();
    }
    const QString outDir = outFolderOption(p);
    try {
        tuning::validateSftOptions(o);
        (void)tuning::sftSplit(o); // too few pairs to split is a usage error, found before the model loads
    } catch (const std::invalid_argument &e) {
        throw UsageError{QString::fromStdString(e.what())};
    }

    const QString folder = languageModelFolder(p);
    gpt::GptModel model = gpt::GptModel::open(folder.toStdString(), ctx.device);
    InterruptibleJob job(QStringLiteral("tune sft"),
                         QStringLiteral("stopping after this step (Ctrl+C again quits at once)"));
    const tuning::SftResult r = tuning::runSft(model, o, jobRunContext(job, json));
    if (!outDir.isEmpty()) {
        QDir().mkpath(outDir);
        const QJsonObject recipe{{QStringLiteral("instruction_tuning"),
                                  QJsonObject{{QStringLiteral("base"), QString::fromStdString(r.model)},
                                              {QStringLiteral("data"), QString::fromStdString(r.data)},
                                              {QStringLiteral("steps"), o.steps},
                                              {QStringLiteral("batch"), o.batch},
                                              {QStringLiteral("learning_rate"), o.learningRate},
                                              {QStringLiteral("seed"), QString::number(o.seed)}}}};
        model.save(QDir(outDir).absolutePath().toStdString(), o.steps,
                   QJsonDocument(recipe).toJson(QJsonDocument::Compact).toStdString());
    }

    if (!json) {
        out(QStringLiteral("instruction tuning of %1 on %2 (%3 training pairs, %4 held out; %5 steps of %6, lr %7, seed %8)")
                .arg(QDir::toNativeSeparators(folder), QString::fromStdString(r.data))
                .arg(r.trainPairs)
                .arg(r.heldOutPairs)
                .arg(o.steps)
                .arg(o.batch)
                .arg(o.learningRate)
                .arg(o.seed));
        out(QStringLiteral("  held-out response loss  %1 -> %2 nats/token")
                .arg(r.heldOutLossBefore, 0, 'f', 3)
                .arg(r.heldOutLossAfter, 0, 'f', 3));
        out(QStringLiteral("  held-out exact match    %1 % -> %2 %")
                .arg(100.0 * r.beforeAccuracy, 0, 'f', 1)
                .arg(100.0 * r.afterAccuracy, 0, 'f', 1));
        out(QStringLiteral("  time                    %1 s (training %2 s)").arg(r.seconds, 0, 'f', 1).arg(r.trainSeconds, 0, 'f', 1));
        const int shown = std::min<int>(int(r.answers.size()), 10);
        out(QStringLiteral("the first %1 held-out instructions (expected | before | after):").arg(shown));
        for (int i = 0; i < shown; ++i) {
            const tuning::SftAnswer &a = r.answers[std::size_t(i)];
            out(QStringLiteral("  %1\n      %2 | %3%4 | %5%6")
                    .arg(QString::fromStdString(a.instruction), QString::fromStdString(a.expected),
                         QString::fromStdString(a.before), a.beforeCorrect ? QStringLiteral(" (right)") : QString(),
                         QString::fromStdString(a.after), a.afterCorrect ? QStringLiteral(" (right)") : QString()));
        }
        if (!outDir.isEmpty())
            out(QStringLiteral("the tuned model is in %1").arg(QDir::toNativeSeparators(QDir(outDir).absolutePath())));
        return 0;
    }
    QJsonArray mask;
    for (const tuning::MaskedToken &t : r.example)
        mask.append(QJsonObject{{QStringLiteral("id"), t.id},
                                {QStringLiteral("text"), QString::fromStdString(t.text)},
                                {QStringLiteral("weight"), double(t.weight)}});
    QJsonObject doc = sftResultJson(r, o, folder);
    doc.insert(QStringLiteral("example"), QJsonObject{{QStringLiteral("instruction"), QString::fromStdString(r.exampleInstruction)},
                                                      {QStringLiteral("response"), QString::fromStdString(r.exampleResponse)},
                                                      {QStringLiteral("tokens"), mask}});
    if (!outDir.isEmpty())
        doc.insert(QStringLiteral("out"), QDir(outDir).absolutePath());
    out(QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented)).trimmed());
    return 0;
}

TuneRegistrar tuneSftRegistrar(TuneExperiment{
    QStringLiteral("sft"),
    QStringLiteral("Instruction tuning: held-out instructions answered before and after fine-tuning on (instruction, response) pairs"),
    {QCommandLineOption(QStringLiteral("model"),
                        QStringLiteral("A language model folder (ours or Hugging Face GPT-2); default: the shipped one"),
                        QStringLiteral("PATH")),
     QCommandLineOption(QStringLiteral("data"),
                        QStringLiteral("sft: a JSONL file, one {\"instruction\": ..., \"response\": ...} per line (default: the built-in set)"),
                        QStringLiteral("FILE")),
     QCommandLineOption(QStringLiteral("steps"), QStringLiteral("Optimizer steps (sft default 600)"), QStringLiteral("N")),
     QCommandLineOption(QStringLiteral("batch"), QStringLiteral("Examples per step (sft default 16)"), QStringLiteral("N")),
     QCommandLineOption(QStringLiteral("lr"), QStringLiteral("Peak learning rate (sft default 0.003)"), QStringLiteral("X")),
     QCommandLineOption(QStringLiteral("seed"), QStringLiteral("The data, the held-out split and the batches (default 1)"), QStringLiteral("N")),
     QCommandLineOption(QStringLiteral("held-out"), QStringLiteral("sft: held-out instructions answered before and after (default 40)"),
                        QStringLiteral("N")),
     QCommandLineOption(QStringLiteral("out"), QStringLiteral("Save the tuned model in this folder"), QStringLiteral("DIR"))},
    runTuneSft,
});

} // namespace

} // namespace genlab::cli
