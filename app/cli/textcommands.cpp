// The Text lab's headless commands: `genlab generate`, `genlab perplexity`, `genlab tokenize`, `genlab
// train lm`, and the text part of `genlab demo` (a generated text with its recipe sidecar).
#include "cli/command.h"
#include "cli/demo.h"
#include "cli/languagemodel.h"
#include "cli/trainers.h"
#include "cli/trainingrunner.h"

#include "services/recipe.h"
#include "services/resourcepaths.h"
#include "services/text/samplingjson.h"
#include "services/text/textservice.h"

#include "engine/gpt/gptmodel.h"
#include "engine/gpt/training.h"
#include "engine/text/tokenizer.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <limits>

namespace genlab::cli {

namespace {

namespace gpt = engine::gpt;
using services::TextService;

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

QString joinedPositional(const CommandContext &ctx, const QString &what)
{
    if (ctx.positional.isEmpty())
        throw UsageError{QStringLiteral("%1 is required").arg(what)};
    return ctx.positional.join(QLatin1Char(' '));
}

// --weights fp32|bf16|int8: how the decode matrices are held once loaded.
gpt::GptLoadOptions loadOptionsFrom(const QCommandLineParser &p)
{
    gpt::GptLoadOptions o;
    if (p.isSet(QStringLiteral("weights"))) {
        const QString name = p.value(QStringLiteral("weights"));
        const auto format = gpt::parseWeightFormat(name.toStdString());
        if (!format)
            throw UsageError{QStringLiteral("--weights must be fp32, bf16 or int8 (got '%1')").arg(name)};
        o.weights = *format;
    }
    return o;
}

QCommandLineOption weightsOption()
{
    return QCommandLineOption(QStringLiteral("weights"),
                              QStringLiteral("Hold the weights as fp32 (as stored), bf16 or int8 (faster decoding, "
                                             "less memory, slightly different numbers); default fp32"),
                              QStringLiteral("FORMAT"));
}

gpt::SamplingSettings samplingFrom(const QCommandLineParser &p)
{
    // The Text lab's form starts from the same settings.
    gpt::SamplingSettings s = gpt::studioSamplingDefaults();
    s.seed = quint64(intOption(p, QStringLiteral("seed"), qint64(s.seed), 0, std::numeric_limits<qint64>::max()));
    s.maxTokens = int(intOption(p, QStringLiteral("max-tokens"), s.maxTokens, 0, 100000));
    s.temperature = doubleOption(p, QStringLiteral("temperature"), s.temperature, 0, 100);
    s.topK = int(intOption(p, QStringLiteral("top-k"), s.topK, 0, 10000000));
    s.topP = doubleOption(p, QStringLiteral("top-p"), s.topP, 1e-9, 1.0);
    s.minP = doubleOption(p, QStringLiteral("min-p"), s.minP, 0.0, 1.0);
    s.repetitionPenalty = doubleOption(p, QStringLiteral("repetition-penalty"), s.repetitionPenalty, 1e-3, 100);
    s.greedy = p.isSet(QStringLiteral("greedy"));
    for (const QString &stop : p.values(QStringLiteral("stop"))) {
        if (stop.isEmpty())
            throw UsageError{QStringLiteral("--stop needs a non-empty text")};
        QString unescaped = stop;
        unescaped.replace(QStringLiteral("\\n"), QStringLiteral("\n"));
        s.stopSequences.push_back(unescaped.toStdString());
    }
    return s;
}

QString tokenText(const engine::text::Tokenizer *tokenizer, int id)
{
    if (!tokenizer || id < 0 || id >= tokenizer->vocabSize())
        return {};
    const std::string bytes = tokenizer->tokenBytes(id);
    return QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
}

int runGenerate(const CommandContext &ctx)
{
    const QCommandLineParser &p = *ctx.parser;
    const QString prompt = joinedPositional(ctx, QStringLiteral("a PROMPT"));
    const gpt::SamplingSettings settings = samplingFrom(p);
    const bool json = p.isSet(QStringLiteral("json"));
    const QString folder = languageModelFolder(p);
    const gpt::GptLoadOptions load = loadOptionsFrom(p);

    gpt::GptModel model = gpt::GptModel::open(folder.toStdString(), ctx.device, load);
    const auto tokenizer = model.tokenizer();
    if (!tokenizer)
        throw std::runtime_error(folder.toStdString() + ": the model folder has no tokenizer files");
    const std::vector<int> promptIds = tokenizer->encode(prompt.toStdString());

    if (!json) {
        std::fwrite(prompt.toUtf8().constData(), 1, size_t(prompt.toUtf8().size()), stdout);
        std::fflush(stdout);
    }
    auto onToken = [json](const gpt::TokenTrace &, const std::string &piece) {
        if (!json && !piece.empty()) {
            std::fwrite(piece.data(), 1, piece.size(), stdout);
            std::fflush(stdout);
        }
    };
    gpt::GenerationResult r = model.generate(promptIds, settings, {}, onToken);
    if (!r.notice.empty())
        err(QStringLiteral("genlab generate: %1").arg(q(r.notice)));

    if (!json) {
        std::fputc('\n', stdout);
        std::fflush(stdout);
        note(QStringLiteral("%1 tokens, %2 tokens/s, stopped: %3, log-probability %4")
                .arg(r.ids.size())
                .arg(r.tokensPerSecond, 0, 'f', 1)
                .arg(q(r.stopReason))
                .arg(r.logProbability, 0, 'f', 2));
        return 0;
    }
    QJsonArray tokens;
    for (const gpt::TokenTrace &t : r.traces) {
        tokens.append(QJsonObject{{QStringLiteral("id"), t.id},
                                  {QStringLiteral("text"), tokenText(tokenizer.get(), t.id)},
                                  {QStringLiteral("probability"), double(t.probability)},
                                  {QStringLiteral("raw_probability"), double(t.rawProbability)},
                                  {QStringLiteral("rank"), t.rankInRaw},
                                  {QStringLiteral("entropy_bits"), t.entropy},
                                  {QStringLiteral("surprise_bits"), t.surprise},
                                  {QStringLiteral("draw"), t.randomDraw < 0 ? QJsonValue() : QJsonValue(double(t.randomDraw))}});
    }
    QJsonArray ids;
    for (int id : r.promptIds)
        ids.append(id);
    const QJsonObject o{
        {QStringLiteral("model"), QDir(folder).absolutePath()},
        {QStringLiteral("device"), q(model.deviceId())},
        {QStringLiteral("weights"), QString::fromLatin1(gpt::weightFormatName(model.weightFormat()).data())},
        {QStringLiteral("prompt"), prompt},
        {QStringLiteral("prompt_ids"), ids},
        {QStringLiteral("seed"), QString::number(settings.seed)},
        {QStringLiteral("settings"), services::samplingToJson(settings)},
        {QStringLiteral("text"), q(r.text)},
        {QStringLiteral("tokens"), tokens},
        {QStringLiteral("log_probability"), r.logProbability},
        {QStringLiteral("stop_reason"), q(r.stopReason)},
        {QStringLiteral("notice"), q(r.notice)},
        {QStringLiteral("tokens_per_s"), r.tokensPerSecond},
        {QStringLiteral("first_token_ms"), r.firstTokenMs},
    };
    out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)).trimmed());
    return 0;
}

// `genlab perplexity`: how well a model predicts a text file, e.g. to see what bf16 or int8
// weights cost in quality.
int runPerplexity(const CommandContext &ctx)
{
    using Clock = std::chrono::steady_clock;
    const QCommandLineParser &p = *ctx.parser;
    if (!p.isSet(QStringLiteral("data")))
        throw UsageError{QStringLiteral("--data FILE is required (a UTF-8 text to score)")};
    const QString data = p.value(QStringLiteral("data"));
    const QFileInfo dataInfo(data);
    if (!dataInfo.exists())
        throw UsageError{QStringLiteral("--data %1: no such file").arg(data)};
    if (!dataInfo.isFile())
        throw UsageError{QStringLiteral("--data %1: not a file").arg(data)};
    constexpr qint64 kMaxDataBytes = qint64(1) << 30;
    if (dataInfo.size() > kMaxDataBytes)
        throw UsageError{QStringLiteral("--data %1: %2 bytes, more than the 1 GiB this command reads; pass a part of it")
                             .arg(data)
                             .arg(dataInfo.size())};
    const qint64 maxTokens = intOption(p, QStringLiteral("max-tokens"), 0, 2, std::numeric_limits<qint32>::max());
    const bool json = p.isSet(QStringLiteral("json"));
    const QString folder = languageModelFolder(p);
    const gpt::GptLoadOptions load = loadOptionsFrom(p);

    QFile file(data);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error(data.toStdString() + ": cannot be opened (" + file.errorString().toStdString() + ")");
    const QByteArray bytes = file.readAll();

    const auto t0 = Clock::now();
    gpt::GptModel model = gpt::GptModel::open(folder.toStdString(), ctx.device, load);
    const double loadSeconds = std::chrono::duration<double>(Clock::now() - t0).count();
    const auto tokenizer = model.tokenizer();
    if (!tokenizer)
        throw std::runtime_error(folder.toStdString() + ": the model folder has no tokenizer files");
    std::vector<int> ids;
    try {
        ids = tokenizer->encode(bytes.toStdString());
    } catch (const std::exception &e) {
        throw std::runtime_error(data.toStdString() + ": cannot be tokenized: " + e.what());
    }
    if (maxTokens > 0 && qint64(ids.size()) > maxTokens)
        ids.resize(std::size_t(maxTokens));
    if (ids.size() < 2)
        throw std::runtime_error(data.toStdString() + ": " + std::to_string(ids.size()) +
                                 " tokens; perplexity needs at least 2");
    const auto t1 = Clock::now();
    const gpt::PerplexityResult r = model.perplexity(ids, json ? engine::RunContext() : consoleRunContext(QStringLiteral("perplexity")));
    const double seconds = std::chrono::duration<double>(Clock::now() - t1).count();
    const QString weights = QString::fromLatin1(gpt::weightFormatName(model.weightFormat()).data());

    if (!json) {
        out(QStringLiteral("perplexity %1 (mean NLL %2 nats) over %3 tokens of %4; %5 weights (%6 MB), %7 s")
                .arg(r.perplexity, 0, 'f', 4)
                .arg(r.meanNll, 0, 'f', 5)
                .arg(r.tokens)
                .arg(data, weights)
                .arg(double(model.weightBytes()) / 1e6, 0, 'f', 1)
                .arg(seconds, 0, 'f', 1));
        return 0;
    }
    const QJsonObject o{
        {QStringLiteral("model"), QDir(folder).absolutePath()},
        {QStringLiteral("data"), dataInfo.absoluteFilePath()},
        {QStringLiteral("device"), q(model.deviceId())},
        {QStringLiteral("weights"), weights},
        {QStringLiteral("weight_bytes"), double(model.weightBytes())},
        {QStringLiteral("context"), model.config().contextLength},
        {QStringLiteral("stride"), r.stride},
        {QStringLiteral("windows"), double(r.windows)},
        {QStringLiteral("tokens"), double(r.tokens)},
        {QStringLiteral("mean_nll"), r.meanNll},
        {QStringLiteral("perplexity"), r.perplexity},
        {QStringLiteral("load_seconds"), loadSeconds},
        {QStringLiteral("seconds"), seconds},
    };
    out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)).trimmed());
    return 0;
}

int runTokenize(const CommandContext &ctx)
{
    const QCommandLineParser &p = *ctx.parser;
    if (!p.isSet(QStringLiteral("tokenizer")))
        throw UsageError{QStringLiteral("--tokenizer PATH is required (a folder with encoder.json + vocab.bpe, "
                                        "vocab.json + merges.txt or vocab.txt, a BERT vocab.txt, or a model folder)")};
    const QString folder = p.value(QStringLiteral("tokenizer"));
    if (!QFileInfo(folder).isDir() && !QFileInfo(folder).isFile())
        throw UsageError{QStringLiteral("--tokenizer must be a folder or a vocab.txt (got '%1')").arg(folder)};
    const QString input = joinedPositional(ctx, QStringLiteral("TEXT"));
    const auto tokenizer = TextService::readTokenizer(folder);
    const services::TokenizedText t = TextService::tokenizeNow(*tokenizer, input);
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray ids, pieces;
        for (int id : t.ids)
            ids.append(id);
        for (const QString &piece : t.pieces)
            pieces.append(piece);
        out(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("ids"), ids}, {QStringLiteral("pieces"), pieces}})
                                  .toJson(QJsonDocument::Compact)));
        return 0;
    }
    out(QStringLiteral("%1 tokens for %2 characters (%3 bytes), %4 tokenizer with %5 tokens")
            .arg(t.ids.size())
            .arg(t.characters)
            .arg(t.bytes)
            .arg(q(tokenizer->kind()))
            .arg(tokenizer->vocabSize()));
    for (std::size_t i = 0; i < t.ids.size(); ++i)
        out(QStringLiteral("%1  %2").arg(t.ids[i], 7).arg(t.displays[qsizetype(i)]));
    return 0;
}

// The run's summary on stdout, and the weights-only copy that ships (--export).
void printTrainResult(const gpt::TrainResult &r, const QString &exportDir)
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
    out(QStringLiteral("loss:        train %1, validation %2 (perplexity %3)")
            .arg(r.trainLoss, 0, 'f', 3)
            .arg(r.validationLoss, 0, 'f', 3)
            .arg(r.validationPerplexity, 0, 'f', 2));
    if (!exportDir.isEmpty()) {
        // What ships: the weights, config and tokenizer, without the optimizer state (twice the
        // weights' size and only needed to resume).
        QFile config(QDir(q(r.outDir)).filePath(QStringLiteral("config.json")));
        QByteArray configJson;
        if (config.open(QIODevice::ReadOnly))
            configJson = config.read(16 << 20);
        QJsonObject extra = QJsonDocument::fromJson(configJson).object();
        for (const char *key : {"step", "format_version", "app_version"})
            extra.remove(QLatin1String(key));
        gpt::GptModel trained = gpt::GptModel::open(r.outDir);
        trained.save(exportDir.toStdString(), r.steps, QJsonDocument(extra).toJson(QJsonDocument::Compact).toStdString());
        out(QStringLiteral("exported:    %1 (weights only)").arg(QDir(exportDir).absolutePath()));
    }
    if (!r.sample.empty())
        out(QStringLiteral("sample:\n%1").arg(q(r.sample)));
}

int runTrain(const CommandContext &ctx)
{
    const QCommandLineParser &p = *ctx.parser;
    gpt::TrainOptions o;
    o.dataPath = p.value(QStringLiteral("data")).toStdString();
    if (o.dataPath.empty())
        throw UsageError{QStringLiteral("--data FILE is required (a UTF-8 text file)")};
    if (!QFileInfo::exists(p.value(QStringLiteral("data"))))
        throw UsageError{QStringLiteral("--data: no such file '%1'").arg(p.value(QStringLiteral("data")))};
    if (p.isSet(QStringLiteral("tokenizer"))) {
        const QString t = p.value(QStringLiteral("tokenizer"));
        if (t == QLatin1String("char")) {
            o.tokenizer = "char";
        } else if (t.startsWith(QLatin1String("bpe:"))) {
            bool ok = false;
            const int n = t.mid(4).toInt(&ok);
            if (!ok || n < 260 || n > 100000)
                throw UsageError{QStringLiteral("--tokenizer bpe:N needs N from 260 to 100000 (got '%1')").arg(t)};
            o.tokenizer = t.toStdString();
        } else if (QFileInfo(t).isDir()) {
            o.tokenizer = "gpt2";
            o.tokenizerFolder = t.toStdString();
        } else {
            throw UsageError{QStringLiteral("--tokenizer must be char, bpe:N or a folder with GPT-2 tokenizer files (got '%1')").arg(t)};
        }
    }
    o.layers = int(intOption(p, QStringLiteral("layers"), o.layers, 1, 64));
    o.heads = int(intOption(p, QStringLiteral("heads"), o.heads, 1, 64));
    o.embedDim = int(intOption(p, QStringLiteral("embed"), o.embedDim, 8, 4096));
    o.contextLength = int(intOption(p, QStringLiteral("context"), o.contextLength, 8, 4096));
    if (o.embedDim % o.heads != 0)
        throw UsageError{QStringLiteral("--embed (%1) must be a multiple of --heads (%2)").arg(o.embedDim).arg(o.heads)};
    o.weightDecay = doubleOption(p, QStringLiteral("weight-decay"), o.weightDecay, 0, 10);
    readCommonOptions(ctx, o);
    const QString exportDir = p.value(QStringLiteral("export"));

    return runTraining(QStringLiteral("train lm"), o, [&](const engine::RunContext &run) {
        const gpt::TrainResult r = gpt::trainLanguageModel(o, run);
        printTrainResult(r, exportDir);
    });
}

QList<QCommandLineOption> generateOptions()
{
    const gpt::SamplingSettings d = gpt::studioSamplingDefaults();
    auto number = [](double v) { return QString::number(v); };
    auto offOr = [&](double v, double off) { return v == off ? QStringLiteral("off") : number(v); };
    return {
        QCommandLineOption(QStringLiteral("model"), QStringLiteral("A model folder (ours or Hugging Face GPT-2); default: the shipped model"), QStringLiteral("PATH")),
        QCommandLineOption(QStringLiteral("seed"), QStringLiteral("Seed of the random draws (default %1)").arg(d.seed), QStringLiteral("N")),
        QCommandLineOption(QStringLiteral("max-tokens"), QStringLiteral("Tokens to generate (default %1)").arg(d.maxTokens), QStringLiteral("N")),
        QCommandLineOption(QStringLiteral("temperature"), QStringLiteral("Softmax temperature; 0 is greedy (default %1)").arg(number(d.temperature)), QStringLiteral("T")),
        QCommandLineOption(QStringLiteral("top-k"), QStringLiteral("Keep the K most likely tokens; 0 is off (default %1)").arg(offOr(d.topK, 0)), QStringLiteral("K")),
        QCommandLineOption(QStringLiteral("top-p"), QStringLiteral("Keep the smallest set holding probability P; 1 is off (default %1)").arg(offOr(d.topP, 1)), QStringLiteral("P")),
        QCommandLineOption(QStringLiteral("min-p"), QStringLiteral("Drop tokens below P times the most likely one's probability; 0 is off (default %1)").arg(offOr(d.minP, 0)), QStringLiteral("P")),
        QCommandLineOption(QStringLiteral("repetition-penalty"), QStringLiteral("Penalty for tokens already seen; 1 is off (default %1)").arg(offOr(d.repetitionPenalty, 1)), QStringLiteral("R")),
        QCommandLineOption(QStringLiteral("greedy"), QStringLiteral("Always take the most likely token")),
        QCommandLineOption(QStringLiteral("stop"), QStringLiteral("Stop when the text contains S (repeatable; \\n is a newline)"), QStringLiteral("S")),
        QCommandLineOption(QStringLiteral("json"), QStringLiteral("Print JSON with every token's id, text and probabilities")),
        weightsOption(),
    };
}

// The language model's own options; the shared ones (--out, --steps, ...) come from the runner.
QList<QCommandLineOption> trainOptions()
{
    const gpt::TrainOptions d;
    auto opt = [](const char *name, const QString &help, const char *value) {
        return QCommandLineOption(QString::fromLatin1(name), help, QString::fromLatin1(value));
    };
    return {
        opt("data", QStringLiteral("lm: the training text (UTF-8; invalid bytes are replaced)"), "FILE"),
        opt("export", QStringLiteral("lm: after training, also write a weights-only copy (no optimizer state) here"), "DIR"),
        opt("tokenizer", QStringLiteral("lm: char, bpe:N (learn N tokens on the data) or a GPT-2 tokenizer folder (default %1)").arg(q(d.tokenizer)), "KIND"),
        opt("layers", QStringLiteral("lm: transformer blocks (default %1)").arg(d.layers), "N"),
        opt("heads", QStringLiteral("lm: attention heads (default %1)").arg(d.heads), "N"),
        opt("embed", QStringLiteral("lm: embedding width, a multiple of --heads (default %1)").arg(d.embedDim), "N"),
        opt("context", QStringLiteral("lm: context length in tokens (default %1)").arg(d.contextLength), "N"),
        opt("weight-decay", QStringLiteral("lm: AdamW weight decay (default %1)").arg(d.weightDecay), "W"),
    };
}

CommandRegistrar generateRegistrar(Command{
    QStringLiteral("generate"),
    QStringLiteral("Generate text with a language model (default: the shipped one)"),
    QStringLiteral("PROMPT"),
    generateOptions(),
    runGenerate,
});

CommandRegistrar perplexityRegistrar(Command{
    QStringLiteral("perplexity"),
    QStringLiteral("Score a text file with a language model: its perplexity (default: the shipped model)"),
    QString(),
    {QCommandLineOption(QStringLiteral("model"), QStringLiteral("A model folder (ours or Hugging Face GPT-2); default: the shipped model"), QStringLiteral("PATH")),
     QCommandLineOption(QStringLiteral("data"), QStringLiteral("The text to score (UTF-8)"), QStringLiteral("FILE")),
     QCommandLineOption(QStringLiteral("max-tokens"), QStringLiteral("Score only the first N tokens (default: all)"), QStringLiteral("N")),
     weightsOption(),
     QCommandLineOption(QStringLiteral("json"), QStringLiteral("Print JSON: tokens, mean_nll, perplexity, weights, weight_bytes, ..."))},
    runPerplexity,
});

CommandRegistrar tokenizeRegistrar(Command{
    QStringLiteral("tokenize"),
    QStringLiteral("Split a text into tokens with a tokenizer folder"),
    QStringLiteral("TEXT"),
    {QCommandLineOption(QStringLiteral("tokenizer"),
                        QStringLiteral("A folder with encoder.json + vocab.bpe or vocab.json + merges.txt, a BERT "
                                       "folder or vocab.txt (WordPiece; ids without [CLS]/[SEP]), or a model folder"),
                        QStringLiteral("PATH")),
     QCommandLineOption(QStringLiteral("json"), QStringLiteral("Print {\"ids\": [...], \"pieces\": [...]}"))},
    runTokenize,
});

TrainerRegistrar lmTrainer(Trainer{
    .kind = QStringLiteral("lm"),
    .summary = QStringLiteral("a GPT-style language model on a text file"),
    .options = trainOptions(),
    .defaults = gpt::defaultCommon(),
    .commonNotTaken = {},
    .run = runTrain,
});

// `genlab demo`: a text generated by the shipped model, with its recipe beside it.
QJsonObject textDemo(const QString &outDir, const engine::RunContext &ctx)
{
    const QString folder = services::shippedModelPath(QString::fromLatin1(services::kShippedTextModel));
    if (folder.isEmpty())
        throw std::runtime_error("the shipped language model " + std::string(services::kShippedTextModel) + " was not found");
    gpt::GptModel model = gpt::GptModel::open(folder.toStdString());
    const QString prompt = QStringLiteral("ROMEO:\n");
    services::TextGeneration g;
    g.sampling = gpt::studioSamplingDefaults();
    g.sampling.maxTokens = 200;
    gpt::GenerationResult r = model.generate(model.tokenizer()->encode(prompt.toStdString()), g.sampling, ctx);
    g.promptIds = r.promptIds;
    g.ids = r.ids;
    g.text = q(r.text);
    g.stopReason = q(r.stopReason);
    g.logProbability = r.logProbability;
    services::TextModelInfo info;
    info.source = folder;
    info.name = QString::fromLatin1(services::kShippedTextModel);
    info.shipped = true;
    info.device = q(model.deviceId());
    info.weightsSha256 = services::sha256OfFile(QDir(folder).filePath(QStringLiteral("model.safetensors")));
    QString error;
    const QString path = QDir(outDir).filePath(QStringLiteral("text-generation.txt"));
    if (!TextService::saveGeneration(path, prompt, g, info, &error))
        throw std::runtime_error(error.toStdString());
    return QJsonObject{
        {QStringLiteral("description"), QStringLiteral("%1 tokens generated by the shipped %2 (seed 7, temperature 0.8, "
                                                       "top-k 40), %3 tokens/s")
                                            .arg(r.ids.size())
                                            .arg(info.name)
                                            .arg(r.tokensPerSecond, 0, 'f', 0)},
        {QStringLiteral("files"), QJsonArray{QStringLiteral("text-generation.txt"), QStringLiteral("text-generation.txt.recipe.json")}},
    };
}

DemoRegistrar textDemoStep(DemoStep{QStringLiteral("text.generate"), 40, textDemo});

} // namespace

QString languageModelFolder(const QCommandLineParser &p)
{
    if (p.isSet(QStringLiteral("model"))) {
        const QString path = p.value(QStringLiteral("model"));
        if (!QFileInfo(path).isDir())
            throw UsageError{QStringLiteral("--model must be a model folder (got '%1')").arg(path)};
        return path;
    }
    const QString shipped = services::shippedModelPath(QString::fromLatin1(services::kShippedTextModel));
    if (shipped.isEmpty())
        throw std::runtime_error("the shipped model " + std::string(services::kShippedTextModel) +
                                 " was not found (looked in " +
                                 services::modelSearchPaths().join(QStringLiteral(", ")).toStdString() +
                                 "); pass --model PATH or set GENLAB_MODELS_DIR");
    return shipped;
}

} // namespace genlab::cli
