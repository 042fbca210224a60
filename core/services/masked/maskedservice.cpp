#include "services/masked/maskedservice.h"

#include "engine/gpt/gptmodel.h"
#include "engine/masked/fillmask.h"
#include "engine/masked/mlmmasking.h"
#include "engine/masked/spancorruption.h"
#include "engine/masked/t5model.h"
#include "engine/text/tokenizer.h"
#include "engine/text/wordpiecetokenizer.h"
#include "services/job.h"
#include "services/jobmanager.h"
#include "services/resourcepaths.h"
#include "services/training.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace genlab::services {

namespace em = engine::masked;
namespace et = engine::text;

namespace {

const QString kLab = QStringLiteral("masked");
constexpr int kMaxSentenceBytes = 4000;

QString fromStd(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

std::string checkedSentence(const QString &text)
{
    const std::string s = text.trimmed().toStdString();
    if (s.empty())
        throw std::invalid_argument("type a sentence first");
    if (s.size() > std::size_t(kMaxSentenceBytes))
        throw std::invalid_argument("the sentence is longer than " + std::to_string(kMaxSentenceBytes) +
                                    " bytes; the lab works on one sentence at a time");
    return text.toStdString();
}

} // namespace

QString MaskedModelInfo::describe() const
{
    const QLocale locale;
    return QStringLiteral("%1: BERT, %2 layers, %3 heads, %4 wide, %5 tokens, %6 parameters%7")
        .arg(source.name)
        .arg(config.layers)
        .arg(config.heads)
        .arg(config.hiddenSize)
        .arg(locale.toString(config.vocabSize))
        .arg(parameterCount >= 1000000 ? QStringLiteral("%1 M").arg(locale.toString(parameterCount / 1e6, 'f', 1))
                                       : locale.toString(parameterCount))
        .arg(hasMlmHead ? QString() : QStringLiteral(" (no masked-LM head; %1 pooling)").arg(pooling));
}

struct MaskedService::Slot
{
    ModelSlot<em::BertModel> bert;
    // The T5 and the GPT of the corruption and objectives pages, loaded on first use.
    std::unique_ptr<em::T5Model> t5;
    QString t5Folder;
    QString t5Problem;
    bool t5Tried = false;
    std::unique_ptr<engine::gpt::GptModel> gpt;
    QString gptProblem;
    bool gptTried = false;

    em::T5Model *requireT5(const engine::ResolvedDevice &device)
    {
        if (!t5Tried) {
            t5Tried = true;
            try {
                const QString folder = t5Folder.isEmpty() ? shippedModelPath(QString::fromLatin1(masked::kShippedT5)) : t5Folder;
                if (folder.isEmpty())
                    throw std::runtime_error(std::string("the shipped T5 model (") + masked::kShippedT5 + ") is missing");
                t5 = std::make_unique<em::T5Model>(em::T5Model::open(folder.toStdString(), device));
            } catch (const std::exception &e) {
                t5Problem = fromStd(e.what());
            }
        }
        return t5.get();
    }

    engine::gpt::GptModel *requireGpt(const engine::ResolvedDevice &device)
    {
        if (!gptTried) {
            gptTried = true;
            try {
                const QString folder = shippedModelPath(QString::fromLatin1(masked::kShippedGpt));
                if (folder.isEmpty())
                    throw std::runtime_error(std::string("the Text lab's shipped model (") + masked::kShippedGpt + ") is missing");
                gpt = std::make_unique<engine::gpt::GptModel>(engine::gpt::GptModel::open(folder.toStdString(), device));
            } catch (const std::exception &e) {
                gptProblem = fromStd(e.what());
            }
        }
        return gpt.get();
    }
};

MaskedService::MaskedService(JobManager *jobs, engine::ResolvedDevice device, QObject *parent)
    : QObject(parent), m_jobs(jobs), m_device(std::move(device)), m_slot(std::make_shared<Slot>())
{
    qRegisterMetaType<MaskedModelInfo>();
    qRegisterMetaType<FillMaskOutcome>();
    qRegisterMetaType<CorruptOutcome>();
    qRegisterMetaType<ObjectivesOutcome>();
    qRegisterMetaType<MaskedTrainResult>();
    qRegisterMetaType<TextAttention>();
}

MaskedService::~MaskedService() = default;

Job *MaskedService::submit(const QString &title, const QString &coalesceKey, bool hidden,
                           std::function<QVariant(Slot &, const engine::RunContext &)> work)
{
    JobRequest r;
    r.title = title;
    r.lane = Lane::Interactive;
    r.lab = kLab;
    r.hidden = hidden;
    r.coalesceKey = coalesceKey;
    r.work = [slot = m_slot, work = std::move(work)](const engine::RunContext &ctx) { return work(*slot, ctx); };
    return m_jobs->submit(std::move(r));
}

QString MaskedService::pieceText(int id) const
{
    if (!m_tokenizer || id < 0 || id >= m_tokenizer->vocabSize())
        return QStringLiteral("<%1>").arg(id);
    return fromStd(m_tokenizer->token(id));
}

Job *MaskedService::load(const QString &nameOrFolder)
{
    Job *job = submit(tr("Load encoder %1").arg(nameOrFolder), QString(), false,
                      [nameOrFolder, device = m_device](Slot &slot, const engine::RunContext &ctx) {
                          ctx.progress(0.1, "reading the model");
                          const latent::ModelSource source = latent::resolveModel(nameOrFolder);
                          auto model = std::make_unique<em::BertModel>(em::BertModel::open(source.folder.toStdString(), device));
                          if (!model->tokenizer())
                              throw std::runtime_error(source.folder.toStdString() + ": no vocab.txt: the lab cannot read text with it");
                          MaskedModelInfo info;
                          info.source = source;
                          info.config = model->config();
                          info.hasMlmHead = model->hasMlmHead();
                          info.pooling = model->pooling() == em::Pooling::Cls ? QStringLiteral("cls") : QStringLiteral("mean");
                          info.normalizes = model->normalizesEmbeddings();
                          info.parameterCount = model->config().parameterCount(model->hasMlmHead());
                          info.generation = slot.bert.replace(std::move(model));
                          return QVariant::fromValue(info);
                      });
    // The tokenizer the GUI labels pieces with follows the model that is in.
    connect(job, &Job::finished, this, [this, job](JobState state, const QString &) {
        if (state != JobState::Succeeded)
            return;
        const auto info = job->resultAs<MaskedModelInfo>();
        if (m_model.accept(info))
            m_tokenizer = et::WordPieceTokenizer::loadFromFolder(info.source.folder.toStdString());
    });
    return job;
}

Job *MaskedService::attention(const std::vector<int> &ids, int maxTokens)
{
    return submit(tr("Encoder attention maps"), QStringLiteral("masked.attention"), true,
                  [ids, maxTokens](Slot &slot, const engine::RunContext &ctx) {
                      const em::BertModel &model = slot.bert.require("no encoder is loaded");
                      if (ids.empty())
                          throw std::invalid_argument("there is no text to show attention for");
                      const int limit = std::max(1, std::min(maxTokens, model.config().maxPositions));
                      TextAttention a;
                      a.droppedTokens = std::max(0, int(ids.size()) - limit);
                      a.ids.assign(ids.begin(), ids.begin() + std::min<std::ptrdiff_t>(limit, std::ptrdiff_t(ids.size())));
                      ctx.checkpoint();
                      const em::BertAttention maps = model.attention(a.ids);
                      a.maps.layers = maps.layers;
                      a.maps.heads = maps.heads;
                      a.maps.tokens = maps.tokens;
                      a.maps.weights = maps.weights;
                      return QVariant::fromValue(a);
                  });
}

} // namespace genlab::services

// ---- fill-mask -------------------------------------------------------------------------------

namespace genlab::services {

namespace masked {

MaskCandidate candidateOf(const em::MaskCandidate &c)
{
    MaskCandidate out;
    out.continuation = c.continuation;
    out.token = fromStd(c.continuation && c.token.rfind("##", 0) == 0 ? c.token.substr(2) : c.token);
    out.id = c.id;
    out.probability = c.probability;
    return out;
}

std::vector<MaskPrediction> predictionsOf(const std::vector<em::MaskPrediction> &masks)
{
    std::vector<MaskPrediction> out;
    out.reserve(masks.size());
    for (const auto &m : masks) {
        MaskPrediction p;
        p.position = m.position;
        p.word = m.word;
        for (const auto &c : m.candidates)
            p.candidates.push_back(candidateOf(c));
        out.push_back(std::move(p));
    }
    return out;
}

} // namespace masked

namespace {

using masked::candidateOf;
using masked::predictionsOf;

std::vector<SentencePiece> piecesOf(const et::WordPieceTokenizer &tokenizer, const std::string &text)
{
    std::vector<SentencePiece> out;
    for (const auto &p : tokenizer.encodeWithOffsets(text)) {
        SentencePiece s;
        s.id = p.id;
        s.text = fromStd(tokenizer.tokenBytes(p.id));
        s.word = p.word;
        s.continuation = p.continuation;
        const std::string &token = tokenizer.token(p.id);
        s.special = p.id == tokenizer.maskId() || p.id == tokenizer.clsId() || p.id == tokenizer.sepId() ||
                    p.id == tokenizer.padId() || (p.id == tokenizer.unkId() && token == "[UNK]" && text.find("[UNK]") != std::string::npos);
        if (s.special)
            s.text = fromStd(token);
        s.begin = int(p.begin);
        s.end = int(p.end);
        out.push_back(s);
    }
    return out;
}

FillMaskOutcome runFillMask(const em::BertModel &model, const FillMaskRequest &request, quint64 generation,
                            const engine::RunContext &ctx)
{
    const std::string text = checkedSentence(request.text);
    if (!model.hasMlmHead())
        throw std::invalid_argument(model.source() + " has no masked-LM head (a BertModel or sentence-transformers "
                                    "folder): it embeds sentences but cannot fill masks");
    em::FillMaskOptions options;
    options.topK = std::clamp(request.topK, 1, 50);
    options.maskWords.assign(request.maskedWords.begin(), request.maskedWords.end());
    options.wholeWord = request.wholeWord;
    options.iterative = request.iterative;
    if (!request.wholeWord) {
        // Only the first piece of each chosen word.
        const auto pieces = model.tokenizer()->encodeWithOffsets(text);
        options.maskWords.clear();
        for (int word : request.maskedWords)
            for (std::size_t i = 0; i < pieces.size(); ++i)
                if (pieces[i].word == word) {
                    options.maskPieces.push_back(int(i));
                    break;
                }
    }
    // Words past the end of an edited sentence are dropped rather than refused.
    const auto pieces = model.tokenizer()->encodeWithOffsets(text);
    const int words = pieces.empty() ? 0 : pieces.back().word + 1;
    options.maskWords.erase(std::remove_if(options.maskWords.begin(), options.maskWords.end(),
                                           [words](int w) { return w < 0 || w >= words; }),
                            options.maskWords.end());
    const em::FillMaskResult r = em::fillMask(model, text, options, ctx);
    FillMaskOutcome out;
    out.modelGeneration = generation;
    out.request = request;
    out.words = piecesOf(*model.tokenizer(), text);
    out.inputIds = r.ids;
    for (const auto &p : r.pieces)
        out.inputPieces << fromStd(p);
    out.masks = predictionsOf(r.masks);
    for (const auto &s : r.steps) {
        FillStep step;
        step.position = s.position;
        step.chosen = candidateOf(s.chosen);
        step.masks = predictionsOf(s.masks);
        step.text = fromStd(s.text);
        out.steps.push_back(std::move(step));
    }
    out.filledText = r.masks.empty() ? QString() : fromStd(r.filledText);
    out.notice = r.notice == em::kNoMaskMessage ? QString() : fromStd(r.notice);
    return out;
}

} // namespace

Job *MaskedService::fillMask(const FillMaskRequest &request)
{
    return submit(tr("Fill mask"), QStringLiteral("masked.fill"), true, [request](Slot &slot, const engine::RunContext &ctx) {
        const em::BertModel &model = slot.bert.require("no encoder is loaded");
        return QVariant::fromValue(runFillMask(model, request, slot.bert.generation(), ctx));
    });
}

} // namespace genlab::services

// ---- the three objectives ----
namespace genlab::services {
CorruptOutcome runCorrupt(MaskedService::Slot &slot, const CorruptRequest &request,
                          const engine::ResolvedDevice &device, const engine::RunContext &ctx);
}

namespace genlab::services {

namespace {

// GPT's next-token prediction at every position of the sentence (one forward pass, no cache).
void nextTokens(engine::gpt::GptModel &gpt, const std::string &text, ObjectivesOutcome &out)
{
    const auto tokenizer = gpt.tokenizer();
    if (!tokenizer)
        throw std::runtime_error("the GPT model has no tokenizer");
    std::vector<int> ids = tokenizer->encode(text);
    const int context = gpt.config().contextLength;
    if (int(ids.size()) > context) {
        ids.resize(std::size_t(context));
        out.notice += QStringLiteral("GPT reads the first %1 tokens only. ").arg(context);
    }
    auto piece = [&tokenizer](int id) {
        const std::string b = tokenizer->tokenBytes(id);
        return QString::fromUtf8(b.data(), qsizetype(b.size()));
    };
    for (int id : ids)
        out.gptPieces << piece(id);
    if (ids.size() < 2)
        return;
    const std::vector<float> logits = gpt.logits(ids);
    const int vocab = gpt.config().vocabSize;
    for (std::size_t i = 0; i + 1 < ids.size(); ++i) {
        const float *row = logits.data() + i * std::size_t(vocab);
        const float top = *std::max_element(row, row + vocab);
        double sum = 0;
        int best = 0;
        for (int v = 0; v < vocab; ++v) {
            sum += std::exp(double(row[v] - top));
            if (row[v] > row[best])
                best = v;
        }
        NextTokenPrediction p;
        p.context = out.gptPieces[int(i)];
        p.actual = out.gptPieces[int(i + 1)];
        p.predicted = piece(best);
        p.probabilityOfActual = std::exp(double(row[ids[i + 1]] - top)) / sum;
        p.probabilityOfPredicted = std::exp(double(row[best] - top)) / sum;
        out.gpt.push_back(p);
    }
    out.gptTargets = int(ids.size()) - 1;
}

// BERT's rule picks 15 % of the words (whole words, all of them [MASK] here so the page can show
// every prediction), seeded.
QList<int> drawMaskedWords(const et::WordPieceTokenizer &tokenizer, const std::string &text, quint64 seed)
{
    const auto pieces = tokenizer.encodeWithOffsets(text);
    std::vector<int> ids, words;
    for (const auto &p : pieces) {
        ids.push_back(p.id);
        words.push_back(p.word);
    }
    em::MaskingOptions options;
    options.maskFraction = 1.0;
    options.randomFraction = 0.0;
    options.wholeWord = true;
    const em::MaskedSequence masked = em::applyMasking(ids, em::maskingVocabulary(tokenizer), options, seed, words);
    QList<int> out;
    for (const auto &t : masked.targets)
        if (!out.contains(words[std::size_t(t.position)]))
            out.append(words[std::size_t(t.position)]);
    return out;
}

} // namespace

Job *MaskedService::objectives(const ObjectivesRequest &request)
{
    return submit(tr("Three objectives"), QStringLiteral("masked.objectives"), true,
                  [request, device = m_device](Slot &slot, const engine::RunContext &ctx) {
                      const std::string text = checkedSentence(request.text);
                      ObjectivesOutcome out;
                      out.request = request;
                      ctx.progress(0.1, "GPT: the next token");
                      if (engine::gpt::GptModel *gpt = slot.requireGpt(device))
                          nextTokens(*gpt, text, out);
                      else
                          out.notice += slot.gptProblem + QStringLiteral(". ");
                      ctx.checkpoint();
                      ctx.progress(0.4, "BERT: the masks");
                      if (slot.bert.has() && slot.bert.require().hasMlmHead()) {
                          const em::BertModel &bert = slot.bert.require();
                          FillMaskRequest fill;
                          fill.text = request.text;
                          fill.maskedWords = request.maskedWords.isEmpty()
                                                 ? drawMaskedWords(*bert.tokenizer(), text, request.seed)
                                                 : request.maskedWords;
                          fill.topK = 3;
                          out.bert = runFillMask(bert, fill, slot.bert.generation(), ctx);
                          out.bertTargets = int(out.bert.masks.size());
                      } else {
                          out.notice += QStringLiteral("No masked language model is loaded. ");
                      }
                      ctx.checkpoint();
                      ctx.progress(0.7, "T5: the spans");
                      CorruptRequest corrupt;
                      corrupt.text = request.text;
                      corrupt.rate = request.rate;
                      corrupt.meanSpan = request.meanSpan;
                      corrupt.seed = request.seed;
                      out.t5 = runCorrupt(slot, corrupt, device, ctx);
                      out.t5Targets = int(out.t5.targetPieces.size());
                      out.notice = out.notice.trimmed();
                      return QVariant::fromValue(out);
                  });
}

} // namespace genlab::services

// ---- span corruption -------------------------------------------------------------------------

namespace genlab::services {

CorruptOutcome runCorrupt(MaskedService::Slot &slot, const CorruptRequest &request,
                          const engine::ResolvedDevice &device, const engine::RunContext &ctx)
{
    const std::string text = checkedSentence(request.text);
    if (!(request.rate > 0 && request.rate < 1))
        throw std::invalid_argument("the corruption rate must be between 0 and 1");
    if (request.meanSpan < 1)
        throw std::invalid_argument("the mean span length must be at least 1");
    CorruptOutcome out;
    out.request = request;
    em::T5Model *t5 = request.fill ? slot.requireT5(device) : nullptr;
    // Without a T5 model the encoder's tokenizer splits the sentence (no fill then).
    std::shared_ptr<const et::WordPieceTokenizer> tokenizer =
        t5 ? t5->tokenizer() : slot.bert.has() ? slot.bert.require().tokenizer() : nullptr;
    if (!tokenizer)
        throw std::runtime_error(slot.t5Problem.isEmpty() ? std::string("no tokenizer: load a model first")
                                                          : slot.t5Problem.toStdString());
    if (!t5 && request.fill)
        out.notice = slot.t5Problem;
    std::vector<int> ids = tokenizer->encode(text);
    constexpr std::size_t kMaxTokens = 256;
    if (ids.size() > kMaxTokens) {
        ids.resize(kMaxTokens);
        out.notice += QStringLiteral(" Only the first %1 tokens are corrupted.").arg(kMaxTokens);
    }
    if (ids.size() < 2)
        throw std::invalid_argument("span corruption needs at least two tokens");
    // The vocabulary's sentinels; a tokenizer without them gets stand-ins that only the lab spells.
    std::vector<int> sentinels = t5 ? t5->sentinelIds() : std::vector<int>();
    if (sentinels.empty())
        for (int k = 0; k < 100; ++k)
            sentinels.push_back(-1 - k);
    em::SpanCorruptionOptions options;
    options.noiseDensity = request.rate;
    options.meanSpanLength = request.meanSpan;
    options.seed = request.seed;
    const em::SpanCorruption c = em::corruptSpans(ids, options, sentinels, -1);
    auto spell = [&tokenizer](int id) {
        if (id < 0)
            return fromStd(em::sentinelToken(-1 - id));
        return fromStd(tokenizer->tokenBytes(id));
    };
    out.spanOf.assign(ids.size(), -1);
    for (std::size_t k = 0; k < c.spans.size(); ++k)
        for (int i = c.spans[k].begin; i < c.spans[k].end; ++i)
            out.spanOf[std::size_t(i)] = int(k);
    for (int id : ids)
        out.pieces << spell(id);
    for (int id : c.inputIds)
        out.inputPieces << spell(id);
    for (int id : c.targetIds)
        out.targetPieces << spell(id);
    out.expectedSpans = c.expectedSpans;
    out.drawnSpans = c.drawnSpans;
    out.noiseTokens = c.noiseTokens;
    ctx.checkpoint();
    if (t5) {
        const em::T5FillResult fill = t5->fillSpans(c.inputIds);
        for (const auto &span : fill.spans)
            out.filled << fromStd(span.predicted);
        out.modelTarget = fromStd(fill.output);
    }
    out.notice = out.notice.trimmed();
    return out;
}

Job *MaskedService::corrupt(const CorruptRequest &request)
{
    return submit(tr("Span corruption"), QStringLiteral("masked.corrupt"), true,
                  [request, device = m_device](Slot &slot, const engine::RunContext &ctx) {
                      return QVariant::fromValue(runCorrupt(slot, request, device, ctx));
                  });
}

void MaskedService::setT5Model(const QString &folder)
{
    // Runs on the lane, in order with the jobs that use it.
    submit(tr("Use T5 model %1").arg(folder), QString(), true, [folder](Slot &slot, const engine::RunContext &) {
        slot.t5Folder = folder;
        slot.t5Tried = false;
        slot.t5.reset();
        slot.t5Problem.clear();
        return QVariant();
    });
}

} // namespace genlab::services

// ---- training --------------------------------------------------------------------------------

namespace genlab::services {

Job *MaskedService::trainMlm(const em::TrainOptions &options)
{
    const QString title = tr("Train a masked LM on %1").arg(QFileInfo(QString::fromStdString(options.dataPath)).fileName());
    return submitTraining(m_jobs, title, [options](const engine::RunContext &ctx) -> QVariant {
        prepareOutputFolder(QString::fromStdString(options.outDir));
        const em::TrainResult r = em::trainMaskedLanguageModel(options, ctx);
        MaskedTrainResult out;
        out.objective = QStringLiteral("mlm");
        out.checkpointDir = QString::fromStdString(r.outDir);
        out.step = r.steps;
        out.validationLoss = r.validationLoss;
        out.validationAccuracy = r.validationMaskedAccuracy;
        out.seconds = r.seconds;
        out.parameterCount = r.parameterCount;
        out.preview = fromStd(r.probeFilled);
        return QVariant::fromValue(out);
    });
}

Job *MaskedService::trainT5(const em::T5TrainOptions &options)
{
    const QString title = tr("Train a T5 on %1").arg(QFileInfo(QString::fromStdString(options.dataPath)).fileName());
    return submitTraining(m_jobs, title, [options](const engine::RunContext &ctx) -> QVariant {
        prepareOutputFolder(QString::fromStdString(options.outDir));
        const em::T5TrainResult r = em::trainT5(options, ctx);
        MaskedTrainResult out;
        out.objective = QStringLiteral("t5");
        out.checkpointDir = QString::fromStdString(r.outDir);
        out.step = r.steps;
        out.validationLoss = r.validationLoss;
        out.validationAccuracy = r.validationAccuracy;
        out.seconds = r.seconds;
        out.parameterCount = r.parameterCount;
        out.preview = fromStd(r.preview);
        return QVariant::fromValue(out);
    });
}

} // namespace genlab::services
