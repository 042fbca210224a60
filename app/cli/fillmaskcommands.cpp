// The Masked lab's BERT commands: `genlab fill-mask` (the shipped masked LM or a BERT folder) and
// `genlab train mlm` (a small BERT masked LM on a text file).
#include "cli/command.h"
#include "cli/trainers.h"
#include "cli/trainingrunner.h"

#include "services/masked/maskedservice.h"
#include "services/resourcepaths.h"

#include "engine/masked/bertmodel.h"
#include "engine/masked/fillmask.h"
#include "engine/masked/mlmtraining.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace genlab::cli {

// Shared with the demo step (maskeddemo.cpp).
QString shippedMlmFolder();
QString fillMaskJson(const engine::masked::FillMaskResult &result);

namespace {

namespace masked = engine::masked;

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

// A JSON string literal, escaped as QJsonDocument escapes it.
QString jsonString(const QString &s)
{
    const QByteArray array = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

QString modelFolder(const QCommandLineParser &p)
{
    if (p.isSet(QStringLiteral("model"))) {
        const QString path = p.value(QStringLiteral("model"));
        if (!QFileInfo(path).isDir())
            throw UsageError{QStringLiteral("--model must be a BERT model folder (got '%1')").arg(path)};
        return path;
    }
    return shippedMlmFolder();
}

QString percent(double p)
{
    return QStringLiteral("%1 %").arg(100 * p, 5, 'f', 1);
}

void printPredictions(const std::vector<masked::MaskPrediction> &masks)
{
    for (const auto &m : masks) {
        out(QStringLiteral("[MASK] at %1:").arg(m.position));
        for (const auto &c : m.candidates)
            out(QStringLiteral("  %1  %2").arg(percent(c.probability), q(c.token)));
    }
}

int runFillMask(const CommandContext &ctx)
{
    const QCommandLineParser &p = *ctx.parser;
    if (ctx.positional.isEmpty())
        throw UsageError{QStringLiteral("a TEXT with [MASK] where a word should be predicted is required")};
    const QString text = ctx.positional.join(QLatin1Char(' '));
    masked::FillMaskOptions options;
    options.topK = int(intOption(p, QStringLiteral("top-k"), options.topK, 1, 1000));
    options.iterative = p.isSet(QStringLiteral("iterative"));
    const bool json = p.isSet(QStringLiteral("json"));
    const QString folder = modelFolder(p);

    const masked::BertModel model = masked::BertModel::open(folder.toStdString(), ctx.device);
    const masked::FillMaskResult r = masked::fillMask(model, text.toStdString(), options);
    if (r.masks.empty())
        throw UsageError{q(r.notice)};
    if (!r.notice.empty())
        err(QStringLiteral("genlab fill-mask: %1").arg(q(r.notice)));
    if (json) {
        out(fillMaskJson(r));
        return 0;
    }
    QStringList pieces;
    for (const auto &piece : r.pieces)
        pieces << q(piece);
    out(QStringLiteral("input:  %1").arg(pieces.join(QLatin1Char(' '))));
    printPredictions(r.masks);
    if (options.iterative) {
        for (std::size_t i = 0; i < r.steps.size(); ++i)
            out(QStringLiteral("step %1: position %2 <- %3 (%4)  %5")
                    .arg(i + 1)
                    .arg(r.steps[i].position)
                    .arg(q(r.steps[i].chosen.token), percent(r.steps[i].chosen.probability).trimmed(), q(r.steps[i].text)));
    }
    out(QStringLiteral("filled: %1").arg(q(r.filledText)));
    return 0;
}

// The run's summary on stdout, and the weights-only copy that ships (--export).
void printTrainResult(const masked::TrainResult &r, const QString &exportDir)
{
    if (!r.notice.empty())
        err(q(r.notice));
    out(QStringLiteral("model:       %1").arg(QDir(q(r.outDir)).absolutePath()));
    out(QStringLiteral("parameters:  %1, vocabulary %2 tokens").arg(r.parameterCount).arg(r.vocabSize));
    out(QStringLiteral("steps:       %1 (from %2), %3 s, %4 tokens/s")
            .arg(r.steps)
            .arg(r.startStep)
            .arg(r.seconds, 0, 'f', 0)
            .arg(r.tokensPerSecond, 0, 'f', 0));
    out(QStringLiteral("loss:        train %1, validation %2 (masked accuracy %3 / %4)")
            .arg(r.trainLoss, 0, 'f', 3)
            .arg(r.validationLoss, 0, 'f', 3)
            .arg(r.trainMaskedAccuracy, 0, 'f', 3)
            .arg(r.validationMaskedAccuracy, 0, 'f', 3));
    if (!exportDir.isEmpty()) {
        // What ships: weights, config and vocabulary, without the optimizer state (twice the
        // weights' size and only needed to resume).
        QFile config(QDir(q(r.outDir)).filePath(QStringLiteral("config.json")));
        QByteArray configJson;
        if (config.open(QIODevice::ReadOnly))
            configJson = config.read(16 << 20);
        QJsonObject extra = QJsonDocument::fromJson(configJson).object();
        for (const char *key : {"step", "format_version", "app_version", "optimizer_step"})
            extra.remove(QLatin1String(key));
        const masked::BertModel trained = masked::BertModel::open(r.outDir);
        trained.save(exportDir.toStdString(), r.steps, QJsonDocument(extra).toJson(QJsonDocument::Compact).toStdString());
        out(QStringLiteral("exported:    %1 (weights only)").arg(QDir(exportDir).absolutePath()));
    }
    for (const auto &m : r.probe) {
        QStringList top;
        for (const auto &c : m.candidates)
            top << QStringLiteral("%1 %2").arg(q(c.token)).arg(c.probability, 0, 'f', 3);
        out(QStringLiteral("probe [MASK] at %1: %2").arg(m.position).arg(top.join(QStringLiteral(", "))));
    }
    if (!r.probeFilled.empty())
        out(QStringLiteral("probe:       %1").arg(q(r.probeFilled)));
}

int runTrain(const CommandContext &ctx)
{
    const QCommandLineParser &p = *ctx.parser;
    masked::TrainOptions o;
    o.dataPath = p.value(QStringLiteral("data")).toStdString();
    if (o.dataPath.empty())
        throw UsageError{QStringLiteral("--data FILE is required (a UTF-8 text file)")};
    if (!QFileInfo::exists(p.value(QStringLiteral("data"))))
        throw UsageError{QStringLiteral("--data: no such file '%1'").arg(p.value(QStringLiteral("data")))};
    if (p.isSet(QStringLiteral("vocab-file"))) {
        const QString v = p.value(QStringLiteral("vocab-file"));
        if (!QFileInfo::exists(v))
            throw UsageError{QStringLiteral("--vocab-file: no such file or folder '%1' (a vocab.txt or a BERT folder)").arg(v)};
        if (p.isSet(QStringLiteral("vocab")))
            throw UsageError{QStringLiteral("--vocab N (learn N tokens) and --vocab-file PATH exclude each other")};
        o.vocabPath = v.toStdString();
    }
    o.vocabSize = int(intOption(p, QStringLiteral("vocab"), o.vocabSize, 64, 200000));
    o.lowerCase = !p.isSet(QStringLiteral("cased"));
    o.layers = int(intOption(p, QStringLiteral("layers"), o.layers, 1, 48));
    o.heads = int(intOption(p, QStringLiteral("heads"), o.heads, 1, 64));
    o.hiddenSize = int(intOption(p, QStringLiteral("hidden"), o.hiddenSize, 8, 4096));
    o.intermediateSize = int(intOption(p, QStringLiteral("intermediate"), o.intermediateSize, 0, 16384));
    o.contextLength = int(intOption(p, QStringLiteral("context"), o.contextLength, 8, 4096));
    if (o.hiddenSize % o.heads != 0)
        throw UsageError{QStringLiteral("--hidden (%1) must be a multiple of --heads (%2)").arg(o.hiddenSize).arg(o.heads)};
    o.masking.rate = doubleOption(p, QStringLiteral("mask-rate"), o.masking.rate, 0.01, 0.9);
    o.masking.wholeWord = p.isSet(QStringLiteral("whole-word"));
    o.shortSequenceRate = doubleOption(p, QStringLiteral("short-sequences"), o.shortSequenceRate, 0, 1);
    o.lengthWarmupSteps = int(intOption(p, QStringLiteral("length-warmup"), o.lengthWarmupSteps, 0, 10000000));
    o.warmupLength = int(intOption(p, QStringLiteral("warmup-length"), o.warmupLength, 4, 4096));
    o.weightDecay = doubleOption(p, QStringLiteral("weight-decay"), o.weightDecay, 0, 10);
    if (p.isSet(QStringLiteral("probe")))
        o.probeText = p.value(QStringLiteral("probe")).toStdString();
    readCommonOptions(ctx, o);
    const QString exportDir = p.value(QStringLiteral("export"));

    return runTraining(QStringLiteral("train mlm"), o, [&](const engine::RunContext &run) {
        // The runner prints the kit's events; the probe is this trainer's own: one line per mask.
        engine::RunContext withProbe = run;
        withProbe.onPartial = [&run](engine::Partial &&p) {
            if (const auto probe = masked::MaskedProbe::decode(p)) {
                for (const auto &m : probe->probeMasks) {
                    QStringList top;
                    for (const auto &c : m.candidates)
                        top << QStringLiteral("%1 %2").arg(q(c.token)).arg(c.probability, 0, 'f', 3);
                    note(QStringLiteral("step %1 probe [MASK] at %2: %3").arg(probe->step).arg(m.position).arg(top.join(QStringLiteral(", "))));
                }
                return;
            }
            run.partial(std::move(p));
        };
        const masked::TrainResult r = masked::trainMaskedLanguageModel(o, withProbe);
        printTrainResult(r, exportDir);
    });
}

// The masked LM's own options; the shared ones (--out, --steps, ...) come from the runner. --data,
// --export, --layers, --heads, --context, --weight-decay and --vocab N mean what they mean for
// `train lm` and `train t5` (one option serves every trainer and the help of whichever registers
// first is shown, so --hidden's help repeats this trainer's defaults for them).
QList<QCommandLineOption> trainOptions()
{
    const masked::TrainOptions d;
    auto opt = [](const char *name, const QString &help, const char *value = nullptr) {
        return value ? QCommandLineOption(QString::fromLatin1(name), help, QString::fromLatin1(value))
                     : QCommandLineOption(QString::fromLatin1(name), help);
    };
    return {
        opt("data", QStringLiteral("the training text (UTF-8; invalid bytes are replaced)"), "FILE"),
        opt("export", QStringLiteral("after training, also write a weights-only copy (no optimizer state) here"), "DIR"),
        opt("layers", QStringLiteral("mlm: encoder blocks (default %1)").arg(d.layers), "N"),
        opt("heads", QStringLiteral("mlm: attention heads (default %1)").arg(d.heads), "N"),
        opt("context", QStringLiteral("mlm: tokens per sequence with [CLS] and [SEP] (default %1)").arg(d.contextLength), "N"),
        opt("weight-decay", QStringLiteral("mlm: AdamW weight decay (default %1)").arg(d.weightDecay), "W"),
        opt("hidden", QStringLiteral("mlm: hidden width, a multiple of --heads (default %1; --layers %2, --heads %3, "
                                     "--context %4, --weight-decay %5)")
                          .arg(d.hiddenSize)
                          .arg(d.layers)
                          .arg(d.heads)
                          .arg(d.contextLength)
                          .arg(d.weightDecay),
            "N"),
        opt("intermediate", QStringLiteral("mlm: feed-forward width (default 4 x --hidden)"), "N"),
        opt("vocab", QStringLiteral("mlm: WordPiece tokens to learn on the data (default %1)").arg(d.vocabSize), "N"),
        opt("vocab-file", QStringLiteral("mlm: a vocab.txt or BERT folder to use instead of learning a vocabulary"), "PATH"),
        opt("cased", QStringLiteral("mlm: keep upper case in the learned vocabulary (default: lower-cased)")),
        opt("mask-rate", QStringLiteral("mlm: share of the tokens chosen as targets; 80 % become [MASK], 10 % a random "
                                        "token, 10 % stay (default %1)")
                             .arg(d.masking.rate),
            "P"),
        opt("whole-word", QStringLiteral("mlm: choose whole words (every piece of a word together)")),
        opt("short-sequences", QStringLiteral("mlm: share of the sequences cut to a random shorter length, so short "
                                              "sentences are not new to the model (default %1)")
                                   .arg(d.shortSequenceRate),
            "P"),
        opt("length-warmup", QStringLiteral("mlm: first steps trained on short rows of --warmup-length tokens, which "
                                            "leaves the unigram plateau far sooner (default %1)")
                                 .arg(d.lengthWarmupSteps),
            "N"),
        opt("warmup-length", QStringLiteral("mlm: tokens per row during the length warm-up (default %1)").arg(d.warmupLength),
            "N"),
        opt("probe", QStringLiteral("mlm: the sentence with [MASK] whose predictions the previews show (default \"%1\")")
                         .arg(QString::fromLatin1(masked::kDefaultProbe)),
            "TEXT"),
    };
}

CommandRegistrar fillMaskRegistrar(Command{
    QStringLiteral("fill-mask"),
    QStringLiteral("Predict the words at [MASK] with a BERT masked LM (default: the shipped one)"),
    QStringLiteral("TEXT"),
    {QCommandLineOption(QStringLiteral("model"),
                        QStringLiteral("A BERT folder with a masked-LM head (Hugging Face BertForMaskedLM or ours); "
                                       "default: the shipped %1")
                            .arg(QString::fromLatin1(services::masked::kShippedMlm)),
                        QStringLiteral("PATH")),
     QCommandLineOption(QStringLiteral("top-k"), QStringLiteral("Candidates per mask (default 5)"), QStringLiteral("K")),
     QCommandLineOption(QStringLiteral("iterative"),
                        QStringLiteral("Also fill the masks one at a time, the most confident first")),
     QCommandLineOption(QStringLiteral("json"),
                        QStringLiteral("Print {\"masks\": [{\"position\": P, \"candidates\": [{\"token\": T, \"id\": N, "
                                       "\"probability\": p}, ...]}, ...]}: masks in text order, P the index in the "
                                       "model's input (0 is [CLS]), candidates best first"))},
    runFillMask,
});

TrainerRegistrar mlmTrainer(Trainer{
    .kind = QStringLiteral("mlm"),
    .summary = QStringLiteral("a small BERT masked language model on a text file"),
    .options = trainOptions(),
    .defaults = masked::defaultCommon(),
    .commonNotTaken = {},
    .run = runTrain,
});

} // namespace

QString shippedMlmFolder()
{
    const QString shipped = services::shippedModelPath(QString::fromLatin1(services::masked::kShippedMlm));
    if (shipped.isEmpty())
        throw std::runtime_error("the shipped masked LM " + std::string(services::masked::kShippedMlm) +
                                 " was not found (looked in " +
                                 services::modelSearchPaths().join(QStringLiteral(", ")).toStdString() +
                                 "); pass --model PATH or set GENLAB_MODELS_DIR");
    return shipped;
}

// {"masks": [{"position": P, "candidates": [{"token": T, "id": N, "probability": p}, ...]}, ...]}
// with the keys in that order (QJsonObject would sort them).
QString fillMaskJson(const masked::FillMaskResult &r)
{
    QStringList masks;
    for (const auto &m : r.masks) {
        QStringList candidates;
        for (const auto &c : m.candidates)
            candidates << QStringLiteral("{\"token\": %1, \"id\": %2, \"probability\": %3}")
                              .arg(jsonString(q(c.token)), QString::number(c.id), QString::number(c.probability, 'g', 9));
        masks << QStringLiteral("{\"position\": %1, \"candidates\": [%2]}").arg(m.position).arg(candidates.join(QStringLiteral(", ")));
    }
    return QStringLiteral("{\"masks\": [%1]}").arg(masks.join(QStringLiteral(", ")));
}

} // namespace genlab::cli
