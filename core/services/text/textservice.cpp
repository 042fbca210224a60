#include "services/text/textservice.h"

#include "services/job.h"
#include "services/jobmanager.h"
#include "services/modelslot.h"
#include "services/training.h"
#include "services/recipe.h"
#include "services/resourcepaths.h"
#include "services/text/samplingjson.h"

#include "engine/data/textcorpus.h"
#include "engine/text/bpetokenizer.h"
#include "engine/text/bpetrainer.h"
#include "engine/text/chartokenizer.h"
#include "engine/text/wordpiecetokenizer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <stdexcept>

namespace genlab::services {

namespace gpt = engine::gpt;
namespace text = engine::text;

// The model as the interactive lane holds it. `model` is only touched by jobs on that lane (one
// thread), so it needs no lock; `stop` is how the GUI ends a generation early.
struct TextService::Slot : ModelSlot<gpt::GptModel>
{
    std::atomic<quint64> stopBelow{0}; // generations with a serial below this stop at their next token
    std::atomic<quint64> nextSerial{1};
};

namespace {

// The Text lab's interactive lane: its model lives on that thread alone (see JobRequest::lab).
const QString kLab = QStringLiteral("text");

// Thrown from the token callback to end a generation the user stopped; never leaves this file.
struct StoppedByUser
{
};

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

// A small read of config.json's "model_type"; anything unreadable is simply not BERT here (the
// model loader reports it later when the folder is opened as a model).
bool isBertConfig(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QJsonDocument doc = QJsonDocument::fromJson(f.read(1 << 20));
    return doc.isObject() && doc.object().value(QStringLiteral("model_type")).toString() == QLatin1String("bert");
}

// A token's own bytes as text; bytes that are not UTF-8 on their own become U+FFFD.
QString pieceOf(const text::Tokenizer *tokenizer, int id)
{
    if (!tokenizer || id < 0 || id >= tokenizer->vocabSize())
        return QStringLiteral("<%1>").arg(id);
    const std::string bytes = tokenizer->tokenBytes(id);
    return QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
}

TextModelInfo describe(const gpt::GptModel &model, const QString &folder, bool shipped)
{
    TextModelInfo info;
    info.source = folder;
    info.name = QFileInfo(folder).fileName();
    info.shipped = shipped;
    info.config = model.config();
    info.parameterCount = model.config().parameterCount();
    info.tokenizer = model.tokenizer();
    info.tokenizerKind = info.tokenizer ? q(info.tokenizer->kind()) : QString();
    info.device = q(model.deviceId());
    info.weights = model.weightFormat();
    info.weightBytes = model.weightBytes();
    return info;
}

} // namespace

TextService::TextService(JobManager *jobs, engine::ResolvedDevice device, QObject *parent)
    : QObject(parent), m_jobs(jobs), m_device(std::move(device)), m_slot(std::make_shared<Slot>())
{
    qRegisterMetaType<TextModelInfo>();
    qRegisterMetaType<TextGeneration>();
    qRegisterMetaType<TextAttention>();
    qRegisterMetaType<TokenizedText>();
    qRegisterMetaType<TrainedTokenizer>();
    qRegisterMetaType<gpt::TrainResult>();
    qRegisterMetaType<std::shared_ptr<const text::Tokenizer>>();
}

TextService::~TextService() = default;

Job *TextService::loadShippedModel(gpt::WeightFormat weights)
{
    return submitLoad(shippedModelPath(QString::fromLatin1(kShippedTextModel)), true, weights);
}

Job *TextService::loadModel(const QString &folder, gpt::WeightFormat weights)
{
    return submitLoad(folder, false, weights);
}

Job *TextService::submitLoad(const QString &folder, bool shipped, gpt::WeightFormat weights)
{
    JobRequest r;
    r.lane = Lane::Interactive;
    r.lab = kLab;
    r.title = shipped ? tr("Load the shipped language model") : tr("Load model %1").arg(QFileInfo(folder).fileName());
    r.coalesceKey = QStringLiteral("text.load");
    r.hidden = true; // the lab shows the load itself; it must not take the Jobs dock from training
    r.work = [slot = m_slot, folder, shipped, weights, device = m_device](const engine::RunContext &ctx) -> QVariant {
        if (folder.isEmpty()) {
            throw std::runtime_error(
                "the shipped model " + std::string(kShippedTextModel) + " was not found (looked in " +
                modelSearchPaths().join(QStringLiteral(", ")).toStdString() + "); set GENLAB_MODELS_DIR or open a model folder");
        }
        ctx.progress(0, "reading the weights");
        auto model = std::make_unique<gpt::GptModel>(
            gpt::GptModel::open(folder.toStdString(), device, gpt::GptLoadOptions{weights}));
        if (!model->tokenizer())
            throw std::runtime_error(folder.toStdString() + ": the model folder has no tokenizer files");
        ctx.checkpoint();
        TextModelInfo info = describe(*model, QDir(folder).absolutePath(), shipped);
        ctx.progress(0.9, "hashing the weights");
        info.weightsSha256 = sha256OfFile(QDir(folder).filePath(QStringLiteral("model.safetensors")));
        info.generation = slot->replace(std::move(model)); // only now: a failed load keeps the previous model
        return QVariant::fromValue(info);
    };
    Job *job = m_jobs->submit(std::move(r));
    connect(job, &Job::finished, this, [this, job](JobState state) {
        if (state == JobState::Succeeded)
            m_model.accept(job->resultAs<TextModelInfo>());
    });
    return job;
}

Job *TextService::generate(const TextGenerationRequest &request)
{
    const quint64 serial = m_slot->nextSerial.fetch_add(1);
    JobRequest r;
    r.lane = Lane::Interactive;
    r.lab = kLab;
    r.title = tr("Generate text");
    r.coalesceKey = QStringLiteral("text.generate");
    r.work = [slot = m_slot, request, serial](const engine::RunContext &ctx) -> QVariant {
        gpt::GptModel &model = slot->require("no language model is loaded");
        const auto tokenizer = model.tokenizer();
        std::vector<int> promptIds = request.promptIds;
        if (promptIds.empty() && !request.prompt.isEmpty()) {
            if (!tokenizer)
                throw std::runtime_error("the model has no tokenizer to read the prompt with");
            promptIds = tokenizer->encode(request.prompt.toStdString());
        }

        TextGeneration g;
        g.sampling = request.sampling;
        using Clock = std::chrono::steady_clock;
        const auto start = Clock::now();
        Clock::time_point first, last;
        auto onToken = [&](const gpt::TokenTrace &trace, const std::string &) {
            const auto now = Clock::now();
            if (g.ids.empty())
                first = now;
            last = now;
            g.ids.push_back(trace.id);
            g.traces.push_back(trace);
            g.pieces.append(pieceOf(tokenizer.get(), trace.id));
            StreamedToken t;
            t.index = int(g.ids.size()) - 1;
            t.id = trace.id;
            t.probability = trace.probability;
            t.rawProbability = trace.rawProbability;
            t.entropy = trace.entropy;
            t.surprise = trace.surprise;
            t.text = g.pieces.last();
            ctx.partial(t.encode());
            // Checked after the token is recorded so a stop keeps everything shown so far.
            if (serial < slot->stopBelow.load())
                throw StoppedByUser{};
        };
        // The engine's own GeneratedPiece partials would duplicate ours: the inner context drops them.
        engine::RunContext inner;
        inner.stop = ctx.stop;
        inner.pauseGate = ctx.pauseGate;
        inner.onProgress = ctx.onProgress;
        try {
            gpt::GenerationResult result = model.generate(promptIds, request.sampling, inner, onToken);
            g.promptIds = std::move(result.promptIds);
            g.text = q(result.text);
            g.stopReason = q(result.stopReason);
            g.notice = q(result.notice);
            g.tokensPerSecond = result.tokensPerSecond;
            g.firstTokenMs = result.firstTokenMs;
        } catch (const StoppedByUser &) {
            g.promptIds = promptIds;
            const int context = model.config().contextLength;
            if (int(g.promptIds.size()) > context)
                g.promptIds.erase(g.promptIds.begin(), g.promptIds.end() - context);
            if (tokenizer) {
                std::vector<int> known;
                for (int id : g.ids)
                    if (id >= 0 && id < tokenizer->vocabSize() && id != tokenizer->endOfText().value_or(-1))
                        known.push_back(id);
                g.text = q(tokenizer->decode(known));
            }
            g.stopReason = QStringLiteral("stopped");
            const double afterFirst = std::chrono::duration<double>(last - first).count();
            g.tokensPerSecond = g.ids.size() > 1 && afterFirst > 0 ? double(g.ids.size() - 1) / afterFirst : 0;
            g.firstTokenMs = std::chrono::duration<double, std::milli>(first - start).count();
        }
        for (const auto &t : g.traces)
            g.logProbability += gpt::tokenLogProbability(t);
        return QVariant::fromValue(g);
    };
    return m_jobs->submit(std::move(r));
}

void TextService::stopGeneration()
{
    m_slot->stopBelow.store(m_slot->nextSerial.load());
}

engine::Partial StreamedToken::encode() const
{
    engine::Partial p;
    p.kind = std::string(kKind);
    p.step = index;
    p.text = text.toStdString();
    p.scalars = {{"id", id},
                 {"probability", probability},
                 {"raw_probability", rawProbability},
                 {"entropy", entropy},
                 {"surprise", surprise}};
    return p;
}

std::optional<StreamedToken> StreamedToken::decode(const engine::Partial &partial)
{
    if (partial.kind != kKind)
        return std::nullopt;
    StreamedToken t;
    t.index = int(partial.step);
    t.text = q(partial.text);
    for (const auto &[name, value] : partial.scalars) {
        if (name == "id")
            t.id = int(value);
        else if (name == "probability")
            t.probability = float(value);
        else if (name == "raw_probability")
            t.rawProbability = float(value);
        else if (name == "entropy")
            t.entropy = value;
        else if (name == "surprise")
            t.surprise = value;
    }
    return t;
}

engine::Partial LearnedMerge::encode() const
{
    engine::Partial p;
    p.kind = std::string(kKind);
    p.step = rank;
    p.text = left + '\n' + right;
    p.scalars = {{"count", double(count)}};
    return p;
}

std::optional<LearnedMerge> LearnedMerge::decode(const engine::Partial &partial)
{
    if (partial.kind != kKind)
        return std::nullopt;
    LearnedMerge m;
    m.rank = int(partial.step);
    const auto cut = partial.text.find('\n');
    m.left = partial.text.substr(0, cut);
    m.right = cut == std::string::npos ? std::string() : partial.text.substr(cut + 1);
    m.count = partial.scalars.empty() ? 0 : std::int64_t(partial.scalars.front().second);
    return m;
}

Job *TextService::attention(const std::vector<int> &ids, int maxTokens)
{
    JobRequest r;
    r.lane = Lane::Interactive;
    r.lab = kLab;
    r.title = tr("Attention maps");
    r.hidden = true;
    r.coalesceKey = QStringLiteral("text.attention");
    r.work = [slot = m_slot, ids, maxTokens](const engine::RunContext &ctx) -> QVariant {
        if (!slot->has())
            throw std::runtime_error("no language model is loaded");
        if (ids.empty())
            throw std::invalid_argument("there is no text to show attention for");
        const int limit = std::max(1, std::min(maxTokens, slot->require().config().contextLength));
        TextAttention a;
        a.droppedTokens = std::max(0, int(ids.size()) - limit);
        a.ids.assign(ids.begin() + a.droppedTokens, ids.end());
        ctx.checkpoint();
        a.maps = slot->require().attention(a.ids);
        return QVariant::fromValue(a);
    };
    return m_jobs->submit(std::move(r));
}

TokenizedText TextService::tokenizeNow(const text::Tokenizer &tokenizer, const QString &input)
{
    TokenizedText t;
    const std::string bytes = input.toStdString();
    t.bytes = qint64(bytes.size());
    t.characters = input.toUcs4().size();
    t.ids = tokenizer.encode(bytes);
    t.pieces.reserve(qsizetype(t.ids.size()));
    t.displays.reserve(qsizetype(t.ids.size()));
    for (int id : t.ids) {
        t.pieces.append(pieceOf(&tokenizer, id));
        t.displays.append(q(tokenizer.tokenDisplay(id)));
    }
    return t;
}

Job *TextService::tokenize(std::shared_ptr<const text::Tokenizer> tokenizer, const QString &input,
                           const QString &coalesceKey)
{
    JobRequest r;
    r.lane = Lane::IO;
    r.title = tr("Tokenize");
    r.hidden = true;
    r.coalesceKey = coalesceKey;
    r.work = [tokenizer = std::move(tokenizer), input](const engine::RunContext &) -> QVariant {
        if (!tokenizer)
            throw std::invalid_argument("no tokenizer");
        return QVariant::fromValue(tokenizeNow(*tokenizer, input));
    };
    return m_jobs->submit(std::move(r));
}

std::shared_ptr<const text::Tokenizer> TextService::readTokenizer(const QString &folder)
{
    const QFileInfo info(folder);
    if (info.isFile()) {
        // A WordPiece vocabulary on its own. Named vocab.txt it is read with its folder's
        // tokenizer_config.json / config.json, which say whether the model is cased.
        if (info.fileName() == QLatin1String("vocab.txt"))
            return text::WordPieceTokenizer::loadFromFolder(info.absolutePath().toStdString());
        return std::make_shared<const text::WordPieceTokenizer>(
            text::WordPieceTokenizer::fromVocabFile(folder.toStdString()));
    }
    const QDir dir(folder);
    if (!dir.exists())
        throw std::runtime_error(folder.toStdString() + ": no such folder");
    const bool openai = dir.exists(QStringLiteral("encoder.json")) && dir.exists(QStringLiteral("vocab.bpe"));
    const bool hf = dir.exists(QStringLiteral("vocab.json")) && dir.exists(QStringLiteral("merges.txt"));
    if (openai || hf)
        return std::shared_ptr<const text::Tokenizer>(text::BpeTokenizer::loadFromFolder(folder.toStdString()));
    // BERT: vocab.txt (WordPiece), or a config.json that says "model_type": "bert" (then a missing
    // vocab.txt is reported by name).
    if (dir.exists(QStringLiteral("vocab.txt")) || isBertConfig(dir.filePath(QStringLiteral("config.json"))))
        return text::WordPieceTokenizer::loadFromFolder(folder.toStdString());
    const QString charFile = dir.filePath(QStringLiteral("char_tokenizer.json"));
    if (QFileInfo::exists(charFile)) {
        QFile f(charFile);
        if (!f.open(QIODevice::ReadOnly))
            throw std::runtime_error(charFile.toStdString() + ": cannot read");
        const QByteArray json = f.read(64 << 20);
        return std::make_shared<text::CharTokenizer>(
            text::CharTokenizer::fromJson(std::string_view(json.constData(), size_t(json.size())), charFile.toStdString()));
    }
    if (dir.exists(QStringLiteral("config.json"))) {
        gpt::GptModel model = gpt::GptModel::open(folder.toStdString());
        if (model.tokenizer())
            return model.tokenizer();
    }
    throw std::runtime_error(folder.toStdString() +
                             ": no tokenizer here (expected encoder.json + vocab.bpe, vocab.json + merges.txt, "
                             "vocab.txt (BERT WordPiece), char_tokenizer.json or a model folder)");
}

Job *TextService::loadTokenizer(const QString &folder)
{
    JobRequest r;
    r.lane = Lane::IO;
    r.title = tr("Load tokenizer %1").arg(QFileInfo(folder).fileName());
    r.work = [folder](const engine::RunContext &) -> QVariant { return QVariant::fromValue(readTokenizer(folder)); };
    return m_jobs->submit(std::move(r));
}

Job *TextService::trainTokenizer(const QString &corpusPath, int vocabSize)
{
    JobRequest r;
    r.lane = Lane::Training;
    r.title = tr("Learn a BPE vocabulary (%1 tokens) on %2").arg(vocabSize).arg(QFileInfo(corpusPath).fileName());
    r.work = [corpusPath, vocabSize](const engine::RunContext &ctx) -> QVariant {
        ctx.progress(0, "reading the corpus");
        engine::data::CorpusOptions corpusOptions;
        corpusOptions.maxBytes = std::int64_t(64) << 20;
        const engine::data::TextCorpus corpus = engine::data::loadTextCorpus(corpusPath.toStdString(), corpusOptions, ctx);
        text::BpeTrainerOptions options;
        options.vocabSize = vocabSize;
        auto onMerge = [&ctx](int rank, const std::string &left, const std::string &right, std::int64_t count) {
            ctx.partial(LearnedMerge{rank, left, right, count}.encode());
        };
        text::BpeTrainingResult result = text::BpeTrainer(options).train(corpus.text, ctx, onMerge);
        TrainedTokenizer t;
        t.tokenizer = std::shared_ptr<const text::Tokenizer>(std::move(result.tokenizer));
        t.mergeCount = result.mergeCount;
        t.wordCount = result.wordCount;
        t.reachedVocabSize = result.reachedVocabSize;
        t.corpusNote = q(corpus.encoding);
        if (corpus.replacedSequences > 0)
            t.corpusNote += QStringLiteral(", %1 invalid sequences replaced").arg(corpus.replacedSequences);
        if (corpus.truncated)
            t.corpusNote += QStringLiteral(", cut at 64 MiB");
        return QVariant::fromValue(t);
    };
    return m_jobs->submit(std::move(r));
}

Job *TextService::train(const gpt::TrainOptions &options)
{
    const QString title = tr("Train a language model on %1").arg(QFileInfo(QString::fromStdString(options.dataPath)).fileName());
    return submitTraining(m_jobs, title, [options](const engine::RunContext &ctx) -> QVariant {
        prepareOutputFolder(QString::fromStdString(options.outDir));
        return QVariant::fromValue(gpt::trainLanguageModel(options, ctx));
    });
}

Recipe TextService::recipeFor(const TextGeneration &g, const TextModelInfo &model, const QString &prompt)
{
    Recipe recipe;
    recipe.lab = QStringLiteral("text");
    recipe.action = QStringLiteral("generate");
    recipe.model = model.shipped ? model.name : model.source;
    recipe.modelHash = model.weightsSha256;
    QJsonArray promptIds;
    for (int id : g.promptIds)
        promptIds.append(id);
    recipe.parameters = samplingToJson(g.sampling);
    recipe.parameters.remove(QStringLiteral("seed")); // the recipe's own field
    recipe.parameters.insert(QStringLiteral("prompt"), prompt);
    recipe.parameters.insert(QStringLiteral("prompt_ids"), promptIds);
    recipe.parameters.insert(QStringLiteral("generated_tokens"), int(g.ids.size()));
    recipe.parameters.insert(QStringLiteral("log_probability"), g.logProbability);
    recipe.parameters.insert(QStringLiteral("stop_reason"), g.stopReason);
    recipe.parameters.insert(QStringLiteral("weights"), QString::fromLatin1(gpt::weightFormatName(model.weights).data()));
    recipe.seed = g.sampling.seed;
    recipe.device = model.device.isEmpty() ? QStringLiteral("cpu") : model.device;
    return recipe;
}

bool TextService::saveGeneration(const QString &path, const QString &prompt, const TextGeneration &generation,
                                 const TextModelInfo &model, QString *error)
{
    auto write = [error](const QString &file, const QByteArray &bytes) {
        QSaveFile f(file);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
            if (error)
                *error = tr("cannot write %1: %2").arg(QDir::toNativeSeparators(file), f.errorString());
            return false;
        }
        return true;
    };
    const QString body = prompt + generation.text;
    if (!write(path, body.toUtf8()))
        return false;
    return write(path + QStringLiteral(".recipe.json"), recipeFor(generation, model, prompt).toJson().toUtf8());
}

} // namespace genlab::services
