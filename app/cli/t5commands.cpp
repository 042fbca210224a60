// The T5 half of the Masked objectives lab on the command line:
//   genlab corrupt [--rate R] [--mean-span L] [--seed N] [--model PATH] [--no-fill] [--max-tokens N] [--json] TEXT
//     T5's span corruption of TEXT with the model's tokenizer (default: the shipped t5-shakespeare):
//     the input with sentinels, the target, the expected and drawn number of spans, and the model's
//     fill of each span (always, unless --no-fill). A TEXT that already holds <extra_id_k> is not
//     corrupted: the model fills the sentinels as written.
//   genlab train t5 --data FILE --out DIR [--vocab N] [--d-model N] [--d-ff N] [--layers N] ...
#include "cli/command.h"
#include "cli/trainers.h"
#include "cli/trainingrunner.h"

#include "services/resourcepaths.h"

#include "engine/masked/spancorruption.h"
#include "engine/masked/t5model.h"
#include "engine/masked/t5training.h"
#include "engine/text/wordpiecetokenizer.h"

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

namespace masked = engine::masked;

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

QCommandLineOption option(const char *name, const QString &description, const char *valueName = nullptr)
{
    if (!valueName)
        return QCommandLineOption(QString::fromLatin1(name), description);
    return QCommandLineOption(QString::fromLatin1(name), description, QString::fromLatin1(valueName));
}

// --model PATH, or the shipped T5.
QString t5Folder(const QCommandLineParser &p)
{
    if (p.isSet(QStringLiteral("model"))) {
        const QString path = p.value(QStringLiteral("model"));
        if (!QFileInfo(path).isDir())
            throw UsageError{QStringLiteral("--model must be a T5 model folder (got '%1')").arg(path)};
        return path;
    }
    const QString shipped = services::shippedModelPath(QString::fromLatin1(masked::kShippedT5Model));
    if (shipped.isEmpty())
        throw std::runtime_error("the shipped model " + std::string(masked::kShippedT5Model) + " was not found (looked in " +
                                 services::modelSearchPaths().join(QStringLiteral(", ")).toStdString() +
                                 "); pass --model PATH or set GENLAB_MODELS_DIR");
    return shipped;
}

QJsonArray idArray(const std::vector<int> &ids)
{
    QJsonArray a;
    for (int id : ids)
        a.append(id);
    return a;
}

int runCorrupt(const CommandContext &ctx)
{
    const QCommandLineParser &p = *ctx.parser;
    if (ctx.positional.isEmpty())
        throw UsageError{QStringLiteral("TEXT is required")};
    const std::string text = ctx.positional.join(QLatin1Char(' ')).toStdString();
    masked::SpanCorruptionOptions corruption;
    corruption.noiseDensity = doubleOption(p, QStringLiteral("rate"), corruption.noiseDensity, 0, 1);
    corruption.meanSpanLength = doubleOption(p, QStringLiteral("mean-span"), corruption.meanSpanLength, 1, 1000);
    corruption.seed = quint64(intOption(p, QStringLiteral("seed"), 0, 0, std::numeric_limits<qint64>::max()));
    const int maxTokens = int(intOption(p, QStringLiteral("max-tokens"), 64, 1, 4096));
    const bool json = p.isSet(QStringLiteral("json"));
    const bool fill = !p.isSet(QStringLiteral("no-fill"));
    const QString folder = t5Folder(p);

    const masked::T5Model model = masked::T5Model::open(folder.toStdString(), ctx.device);
    const auto &tokenizer = *model.tokenizer();
    const std::vector<int> ids = tokenizer.encode(text);
    if (ids.empty())
        throw UsageError{QStringLiteral("TEXT holds no tokens")};
    const auto &sentinels = model.sentinelIds();
    const bool given = std::any_of(ids.begin(), ids.end(), [&](int id) {
        return std::find(sentinels.begin(), sentinels.end(), id) != sentinels.end();
    });

    std::optional<masked::SpanCorruption> c;
    if (!given) {
        try {
            c = masked::corruptSpans(ids, corruption, sentinels, model.config().endId);
        } catch (const std::invalid_argument &e) {
            throw UsageError{q(e.what())};
        }
    }
    std::optional<masked::T5FillResult> filled;
    if (fill)
        filled = model.fillSpans(c ? c->inputIds : ids, maxTokens);
    // Without the end token: what a person reads.
    auto textOf = [&](const std::vector<int> &v) {
        std::vector<int> body = v;
        if (!body.empty() && body.back() == model.config().endId)
            body.pop_back();
        return tokenizer.decode(body);
    };
    auto spanText = [&](const masked::NoiseSpan &s) {
        return tokenizer.decode(std::vector<int>(ids.begin() + s.begin, ids.begin() + s.end));
    };

    if (json) {
        QJsonObject o{{QStringLiteral("model"), QDir(folder).absolutePath()},
                      {QStringLiteral("text"), q(text)},
                      {QStringLiteral("tokens"), int(ids.size())},
                      {QStringLiteral("rate"), corruption.noiseDensity},
                      {QStringLiteral("mean_span"), corruption.meanSpanLength},
                      {QStringLiteral("seed"), QString::number(corruption.seed)},
                      {QStringLiteral("end_id"), model.config().endId},
                      {QStringLiteral("sentinels_given"), given}};
        if (c) {
            QJsonArray spans;
            for (std::size_t k = 0; k < c->spans.size(); ++k)
                spans.append(QJsonObject{{QStringLiteral("sentinel"), q(masked::sentinelToken(int(k)))},
                                         {QStringLiteral("begin"), c->spans[k].begin},
                                         {QStringLiteral("end"), c->spans[k].end},
                                         {QStringLiteral("text"), q(spanText(c->spans[k]))}});
            o[QStringLiteral("input")] = q(textOf(c->inputIds));
            o[QStringLiteral("target")] = q(textOf(c->targetIds));
            o[QStringLiteral("input_ids")] = idArray(c->inputIds);
            o[QStringLiteral("target_ids")] = idArray(c->targetIds);
            o[QStringLiteral("spans")] = spans;
            o[QStringLiteral("expected_spans")] = c->expectedSpans;
            o[QStringLiteral("drawn_spans")] = c->drawnSpans;
            o[QStringLiteral("noise_tokens")] = c->noiseTokens;
        } else {
            o[QStringLiteral("input")] = q(tokenizer.decode(ids));
            o[QStringLiteral("input_ids")] = idArray(ids);
        }
        if (filled) {
            QJsonArray spans;
            for (std::size_t k = 0; k < filled->spans.size(); ++k) {
                const auto &s = filled->spans[k];
                QJsonObject span{{QStringLiteral("sentinel"), q(masked::sentinelToken(s.sentinel))},
                                 {QStringLiteral("predicted"), q(s.predicted)},
                                 {QStringLiteral("found"), s.found}};
                if (c && k < c->spans.size())
                    span[QStringLiteral("original")] = q(spanText(c->spans[k]));
                spans.append(span);
            }
            o[QStringLiteral("fill")] = QJsonObject{{QStringLiteral("output"), q(filled->output)},
                                                    {QStringLiteral("output_ids"), idArray(filled->outputIds)},
                                                    {QStringLiteral("filled"), q(filled->filled)},
                                                    {QStringLiteral("stop_reason"), q(filled->stopReason)},
                                                    {QStringLiteral("spans"), spans}};
        }
        out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)).trimmed());
        return 0;
    }

    if (c) {
        out(QStringLiteral("input:   %1").arg(q(textOf(c->inputIds))));
        out(QStringLiteral("target:  %1").arg(q(textOf(c->targetIds))));
        out(QStringLiteral("spans:   %1 drawn, %2 expected (%3 tokens x rate %4 / mean span %5); %6 noise tokens")
                .arg(c->drawnSpans)
                .arg(c->expectedSpans, 0, 'f', 2)
                .arg(ids.size())
                .arg(corruption.noiseDensity)
                .arg(corruption.meanSpanLength)
                .arg(c->noiseTokens));
    } else {
        out(QStringLiteral("input:   %1 (its own sentinels, not corrupted)").arg(q(tokenizer.decode(ids))));
    }
    if (filled) {
        out(QStringLiteral("model:   %1").arg(QDir(folder).absolutePath()));
        for (std::size_t k = 0; k < filled->spans.size(); ++k) {
            const auto &s = filled->spans[k];
            QString line = QStringLiteral("  %1").arg(q(masked::sentinelToken(s.sentinel)));
            if (c && k < c->spans.size())
                line += QStringLiteral("  was \"%1\"").arg(q(spanText(c->spans[k])));
            line += QStringLiteral("  model: \"%1\"%2").arg(q(s.predicted), s.found ? QString() : QStringLiteral(" (not written)"));
            out(line);
        }
        out(QStringLiteral("output:  %1").arg(q(filled->output)));
        out(QStringLiteral("filled:  %1").arg(q(filled->filled)));
    } else if (!c) {
        out(QStringLiteral("nothing to do: the text holds sentinels and --no-fill was given"));
    }
    return 0;
}

// --- train t5 --------------------------------------------------------------------------------------

void printTrainResult(const masked::T5TrainResult &r, const QString &exportDir)
{
    if (!r.notice.empty())
        err(q(r.notice));
    out(QStringLiteral("model:       %1").arg(QDir(q(r.outDir)).absolutePath()));
    out(QStringLiteral("parameters:  %1, vocabulary %2 tokens").arg(r.parameterCount).arg(r.vocabSize));
    out(QStringLiteral("steps:       %1 (from %2), %3 s, %4 examples/s")
            .arg(r.steps)
            .arg(r.startStep)
            .arg(r.seconds, 0, 'f', 0)
            .arg(r.examplesPerSecond, 0, 'f', 1));
    out(QStringLiteral("loss:        train %1, validation %2, validation token accuracy %3")
            .arg(r.trainLoss, 0, 'f', 3)
            .arg(r.validationLoss, 0, 'f', 3)
            .arg(r.validationAccuracy, 0, 'f', 3));
    if (!exportDir.isEmpty()) {
        // What ships: weights, config and vocabulary, without the optimizer state.
        QFile config(QDir(q(r.outDir)).filePath(QStringLiteral("config.json")));
        QByteArray configJson;
        if (config.open(QIODevice::ReadOnly))
            configJson = config.read(16 << 20);
        QJsonObject extra = QJsonDocument::fromJson(configJson).object();
        for (const char *key : {"step", "format_version", "app_version", "tokenizer"})
            extra.remove(QLatin1String(key));
        const masked::T5Model trained = masked::T5Model::open(r.outDir);
        trained.save(exportDir.toStdString(), r.steps, QJsonDocument(extra).toJson(QJsonDocument::Compact).toStdString());
        out(QStringLiteral("exported:    %1 (weights only)").arg(QDir(exportDir).absolutePath()));
    }
    if (!r.preview.empty())
        out(QStringLiteral("preview:\n%1").arg(q(r.preview)));
}

int runTrain(const CommandContext &ctx)
{
    const QCommandLineParser &p = *ctx.parser;
    masked::T5TrainOptions o;
    const QString data = p.value(QStringLiteral("data"));
    if (data.isEmpty())
        throw UsageError{QStringLiteral("--data FILE is required (a UTF-8 text file)")};
    if (!QFileInfo::exists(data))
        throw UsageError{QStringLiteral("--data: no such file '%1'").arg(data)};
    o.dataPath = data.toStdString();
    o.vocabSize = int(intOption(p, QStringLiteral("vocab"), o.vocabSize, 64, 200000));
    o.lowerCase = p.isSet(QStringLiteral("lowercase"));
    o.dModel = int(intOption(p, QStringLiteral("d-model"), o.dModel, 8, 4096));
    o.heads = int(intOption(p, QStringLiteral("heads"), o.heads, 1, 64));
    o.dKv = int(intOption(p, QStringLiteral("d-kv"), o.dModel / o.heads, 1, 1024));
    o.dFf = int(intOption(p, QStringLiteral("d-ff"), o.dFf, 1, 65536));
    const int layers = int(intOption(p, QStringLiteral("layers"), o.encoderLayers, 1, 48));
    o.encoderLayers = layers;
    o.decoderLayers = int(intOption(p, QStringLiteral("decoder-layers"), layers, 1, 48));
    if (p.isSet(QStringLiteral("feed-forward")) &&
        !masked::parseFeedForward(p.value(QStringLiteral("feed-forward")).toStdString(), &o.feedForward))
        throw UsageError{QStringLiteral("--feed-forward must be relu or gated-gelu (got '%1')").arg(p.value(QStringLiteral("feed-forward")))};
    o.sentinels = int(intOption(p, QStringLiteral("sentinels"), o.sentinels, 2, 1000));
    o.chunkTokens = int(intOption(p, QStringLiteral("chunk"), o.chunkTokens, 2, 4096));
    o.lengthWarmupSteps = int(intOption(p, QStringLiteral("length-warmup"), o.lengthWarmupSteps, 0, 10000000));
    o.warmupChunkTokens = int(intOption(p, QStringLiteral("warmup-chunk"), o.warmupChunkTokens, 2, 4096));
    o.noiseDensity = doubleOption(p, QStringLiteral("rate"), o.noiseDensity, 1e-6, 0.999);
    o.meanSpanLength = doubleOption(p, QStringLiteral("mean-span"), o.meanSpanLength, 1, 1000);
    o.weightDecay = doubleOption(p, QStringLiteral("weight-decay"), o.weightDecay, 0, 10);
    readCommonOptions(ctx, o);
    const QString exportDir = p.value(QStringLiteral("export"));

    return runTraining(QStringLiteral("train t5"), o, [&](const engine::RunContext &run) {
        const masked::T5TrainResult r = masked::trainT5(o, run);
        printTrainResult(r, exportDir);
    });
}

QList<QCommandLineOption> trainOptions()
{
    const masked::T5TrainOptions d;
    return {
        option("data", QStringLiteral("t5: the training text (UTF-8; invalid bytes are replaced)"), "FILE"),
        option("export", QStringLiteral("t5: after training, also write a weights-only copy (no optimizer state) here"), "DIR"),
        option("vocab", QStringLiteral("t5: WordPiece tokens to learn on the data, sentinels included (default %1)").arg(d.vocabSize), "N"),
        option("lowercase", QStringLiteral("t5: lower-case the text before WordPiece (default: cased)")),
        option("d-model", QStringLiteral("t5: model width (default %1)").arg(d.dModel), "N"),
        option("d-kv", QStringLiteral("t5: width of one attention head (default d-model / heads)"), "N"),
        option("d-ff", QStringLiteral("t5: feed-forward width (default %1)").arg(d.dFf), "N"),
        option("layers", QStringLiteral("t5: encoder blocks, and decoder blocks unless --decoder-layers (default %1)").arg(d.encoderLayers), "N"),
        option("decoder-layers", QStringLiteral("t5: decoder blocks (default: --layers)"), "N"),
        option("heads", QStringLiteral("t5: attention heads (default %1)").arg(d.heads), "N"),
        option("feed-forward", QStringLiteral("t5: relu (T5 1.0) or gated-gelu (T5 1.1) (default %1)").arg(q(masked::feedForwardName(d.feedForward))), "KIND"),
        option("sentinels", QStringLiteral("t5: sentinel tokens <extra_id_0>.. in the vocabulary (default %1)").arg(d.sentinels), "N"),
        option("chunk", QStringLiteral("t5: tokens of text per example before corruption (default %1)").arg(d.chunkTokens), "N"),
        option("length-warmup", QStringLiteral("t5: first steps trained on windows of --warmup-chunk tokens (default %1)")
                                    .arg(d.lengthWarmupSteps),
               "N"),
        option("warmup-chunk", QStringLiteral("t5: tokens per window during the length warm-up (default %1)")
                                   .arg(d.warmupChunkTokens),
               "N"),
        option("rate", QStringLiteral("t5: span corruption rate (default %1)").arg(d.noiseDensity), "R"),
        option("mean-span", QStringLiteral("t5: mean corrupted span length in tokens (default %1)").arg(d.meanSpanLength), "L"),
        option("weight-decay", QStringLiteral("t5: AdamW weight decay (default %1)").arg(d.weightDecay), "W"),
    };
}

CommandRegistrar corruptRegistrar(Command{
    QStringLiteral("corrupt"),
    QStringLiteral("T5 span corruption of a text, and a T5 model's fill of the spans (default: the shipped one)"),
    QStringLiteral("TEXT"),
    {
        option("rate", QStringLiteral("Fraction of the tokens to corrupt (default 0.15)"), "R"),
        option("mean-span", QStringLiteral("Mean corrupted span length in tokens (default 3)"), "L"),
        option("seed", QStringLiteral("Seed of the corruption (default 0)"), "N"),
        option("model", QStringLiteral("A T5 model folder, whose tokenizer is used (default: the shipped %1)").arg(QString::fromLatin1(masked::kShippedT5Model)), "PATH"),
        option("no-fill", QStringLiteral("Only corrupt; do not run the model on the spans")),
        option("max-tokens", QStringLiteral("Tokens the model may write for the spans (default 64)"), "N"),
        option("json", QStringLiteral("Print JSON: input, target, input_ids, target_ids, spans, expected_spans, drawn_spans, fill")),
    },
    runCorrupt,
});

TrainerRegistrar t5Trainer(Trainer{
    .kind = QStringLiteral("t5"),
    .summary = QStringLiteral("a small T5-style encoder-decoder on span corruption of a text file"),
    .options = trainOptions(),
    .defaults = masked::t5DefaultCommon(),
    .commonNotTaken = {},
    .run = runTrain,
});

} // namespace
} // namespace genlab::cli
