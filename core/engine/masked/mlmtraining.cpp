#include "engine/masked/mlmtraining.h"

#include "engine/io/checkpoint.h"
#include "engine/masked/bertmodel.h"
#include "engine/masked/detail/hflayout.h"
#include "engine/masked/detail/modelstate.h"
#include "engine/text/detail/utf8.h"
#include "engine/text/wordpiecetokenizer.h"
#include "engine/train/events.h"
#include "engine/train/seeds.h"
#include "engine/train/detail/dataparallel.h"
#include "engine/train/steploop.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <stdexcept>

namespace genlab::engine::masked {

namespace fs = std::filesystem;
using Json = nlohmann::json;
using Clock = std::chrono::steady_clock;
using text::WordPieceTokenizer;

namespace {

struct Corpus
{
    std::string text;
    std::int64_t replaced = 0; // invalid UTF-8 sequences turned into U+FFFD
};

Corpus readCorpus(const std::string &path, std::int64_t maxBytes)
{
    std::error_code ec;
    if (!fs::is_regular_file(path, ec))
        throw std::runtime_error(path + ": no such file");
    const auto size = fs::file_size(path, ec);
    if (ec)
        throw std::runtime_error(path + ": cannot read its size (" + ec.message() + ")");
    if (std::int64_t(size) > maxBytes)
        throw std::runtime_error(path + ": " + std::to_string(size) + " bytes, more than the " + std::to_string(maxBytes) +
                                 " a training corpus may have");
    std::ifstream in(path, std::ios::binary);
    std::string raw(std::size_t(size), '\0');
    in.read(raw.data(), std::streamsize(size));
    if (!in && !in.eof())
        throw std::runtime_error(path + ": read failed");
    if (raw.empty())
        throw std::runtime_error(path + ": the file is empty");
    const std::size_t probe = std::min<std::size_t>(raw.size(), 1 << 16);
    if (raw.find('\0') < probe)
        throw std::runtime_error(path + ": holds NUL bytes; it looks like a binary file, not text");

    Corpus c;
    c.text.reserve(raw.size());
    const auto *data = reinterpret_cast<const unsigned char *>(raw.data());
    std::size_t i = 0;
    while (i < raw.size()) {
        char32_t cp = 0;
        const int len = text::detail::decodeUtf8(data + i, raw.size() - i, &cp);
        if (len > 0) {
            c.text.append(raw, i, std::size_t(len));
            i += std::size_t(len);
        } else {
            c.text += "\xEF\xBF\xBD";
            ++c.replaced;
            ++i;
        }
    }
    return c;
}

void validate(const TrainOptions &o)
{
    auto need = [](bool ok, const std::string &msg) {
        if (!ok)
            throw std::invalid_argument("training options: " + msg);
    };
    need(!o.dataPath.empty(), "no corpus file");
    need(!o.outDir.empty(), "no output folder");
    need(o.vocabPath.empty() ? o.vocabSize >= 64 && o.vocabSize <= 200000 : true,
         "the vocabulary size must be from 64 to 200000");
    need(o.layers >= 1 && o.heads >= 1 && o.hiddenSize >= 1, "layers, heads and width must be >= 1");
    need(o.hiddenSize % o.heads == 0, "the width (" + std::to_string(o.hiddenSize) + ") must be a multiple of the heads (" +
                                          std::to_string(o.heads) + ")");
    need(o.intermediateSize >= 0, "the feed-forward width must be >= 0");
    need(o.contextLength >= 4 && o.contextLength <= 4096, "the context must be from 4 to 4096 tokens");
    need(o.masking.rate > 0, "the masking rate must be above 0");
    o.masking.validate();
    need(o.weightDecay >= 0, "weight decay must be >= 0");
    need(o.shortSequenceRate >= 0 && o.shortSequenceRate <= 1, "the share of short sequences must be in [0, 1]");
    need(o.lengthWarmupSteps >= 0, "the length warm-up must be >= 0 steps");
    need(o.warmupLength >= 4, "the warm-up length must be at least 4 tokens");
    need(o.beta1 >= 0 && o.beta1 < 1 && o.beta2 >= 0 && o.beta2 < 1, "betas must be in [0, 1)");
    need(o.validationFraction > 0 && o.validationFraction < 0.5, "validation fraction must be in (0, 0.5)");
    need(o.evalBatches >= 1, "evaluation batches must be >= 1");
    need(o.probeTopK >= 1 && o.probeTopK <= 100, "the probe's top-k must be from 1 to 100");
}

std::shared_ptr<const WordPieceTokenizer> makeTokenizer(const TrainOptions &o, const std::string &corpus)
{
    if (!o.vocabPath.empty()) {
        std::error_code ec;
        if (fs::is_directory(o.vocabPath, ec))
            return WordPieceTokenizer::loadFromFolder(o.vocabPath);
        if (!fs::is_regular_file(o.vocabPath, ec))
            throw std::runtime_error(o.vocabPath + ": no such vocabulary file or folder");
        text::WordPieceOptions options;
        options.lowerCase = o.lowerCase;
        return std::make_shared<const WordPieceTokenizer>(WordPieceTokenizer::fromVocabFile(o.vocabPath, options));
    }
    text::WordPieceOptions options;
    options.lowerCase = o.lowerCase;
    auto tokens = WordPieceTokenizer::learnVocabulary(corpus, o.vocabSize, options);
    return std::make_shared<const WordPieceTokenizer>(
        WordPieceTokenizer::fromVocab(std::move(tokens), options, o.dataPath + " (learned vocabulary)"));
}

// Names each field of the requested shape that the checkpoint has otherwise.
std::string shapeDifference(const BertConfig &stored, const BertConfig &wanted)
{
    std::string diff;
    auto field = [&](const char *name, long long a, long long b) {
        if (a != b)
            diff += std::string(diff.empty() ? "" : ", ") + name + " " + std::to_string(a) + " vs " + std::to_string(b);
    };
    field("vocabSize", stored.vocabSize, wanted.vocabSize);
    field("maxPositions", stored.maxPositions, wanted.maxPositions);
    field("layers", stored.layers, wanted.layers);
    field("heads", stored.heads, wanted.heads);
    field("hiddenSize", stored.hiddenSize, wanted.hiddenSize);
    field("intermediateSize", stored.intermediateSize, wanted.intermediateSize);
    return diff;
}

// AdamW with decoupled weight decay, written out (rather than torch::optim) so that its state is
// plain named tensors in the checkpoint and a resumed run continues exactly.
struct AdamW
{
    struct Slot
    {
        std::string name;
        torch::Tensor param, m, v;
        bool decay = false;
    };
    std::vector<Slot> slots;
    std::int64_t t = 0;

    explicit AdamW(const detail::BertNet &net)
    {
        for (auto &[name, p] : net.namedParameters())
            slots.push_back({name, p, torch::zeros_like(p), torch::zeros_like(p), p.dim() >= 2});
    }

    void step(double lr, const TrainOptions &o)
    {
        torch::NoGradGuard noGrad;
        ++t;
        const double c1 = 1 - std::pow(o.beta1, double(t));
        const double c2 = 1 - std::pow(o.beta2, double(t));
        for (auto &s : slots) {
            const auto &g = s.param.grad();
            if (!g.defined())
                continue;
            s.m.mul_(o.beta1).add_(g, 1 - o.beta1);
            s.v.mul_(o.beta2).addcmul_(g, g, 1 - o.beta2);
            if (s.decay && o.weightDecay > 0)
                s.param.mul_(1 - lr * o.weightDecay);
            auto denom = (s.v / c2).sqrt_().add_(1e-8);
            s.param.addcdiv_(s.m, denom, -lr / c1);
        }
    }

    std::vector<std::pair<std::string, torch::Tensor>> state() const
    {
        std::vector<std::pair<std::string, torch::Tensor>> out;
        for (const auto &s : slots) {
            out.emplace_back("exp_avg." + s.name, s.m);
            out.emplace_back("exp_avg_sq." + s.name, s.v);
        }
        return out;
    }

    void restore(const io::SafetensorsReader &reader, std::int64_t step)
    {
        for (auto &s : slots) {
            for (auto [prefix, target] : {std::pair{"exp_avg.", &s.m}, std::pair{"exp_avg_sq.", &s.v}}) {
                const io::TensorInfo *info = reader.find(prefix + s.name);
                if (!info || info->shape != target->sizes().vec())
                    throw std::runtime_error(reader.path() + ": optimizer state " + prefix + s.name +
                                             (info ? " has the wrong shape" : " is missing"));
                const auto values = reader.readFloat32(*info);
                std::memcpy(target->data_ptr<float>(), values.data(), values.size() * sizeof(float));
            }
        }
        t = step;
    }
};

// One masked batch: inputs [B, T], the flat indices (b * T + t) of the targets and their labels.
struct MaskedBatch
{
    torch::Tensor ids;
    torch::Tensor targetIndex;
    torch::Tensor labels;
    torch::Tensor attention;               // [B, T], 1 = token, 0 = padding; undefined when no row is short
    std::vector<std::vector<int>> rows;    // the inputs, as ids (without padding)
    std::vector<MaskedSequence> masked;    // per row: the rule's result (positions and actions)
};

// Windows of the corpus between [CLS] and [SEP], masked by the rule.
class Sequences
{
public:
    Sequences(const std::vector<int> &ids, const std::vector<int> &words, std::int64_t begin, std::int64_t end,
              int context, const WordPieceTokenizer &tok, const MaskingOptions &masking, double shortRate)
        : m_ids(ids.begin() + begin, ids.begin() + end),
          m_words(words.begin() + begin, words.begin() + end),
          m_window(context - 2),
          m_count(end - begin - (context - 2) + 1),
          m_tok(tok),
          m_vocab(maskingVocabulary(tok)),
          m_masking(masking),
          m_shortRate(shortRate)
    {
    }

    // Offsets and masks drawn from seed. fixedLength > 0: every row holds that many corpus tokens
    // (the length warm-up) and the batch is only as wide as it needs to be.
    // shard: a data-parallel rank builds only its rows of the batch; the draws are those of the
    // whole batch, so N ranks train on what one process would.
    MaskedBatch draw(int batch, std::uint64_t seed, int fixedLength = 0, train::detail::BatchShard shard = {}) const
    {
        std::mt19937_64 gen(seed);
        std::vector<int> lengths(static_cast<std::size_t>(batch));
        std::vector<std::size_t> offsets(static_cast<std::size_t>(batch));
        std::vector<std::uint64_t> maskSeeds(static_cast<std::size_t>(batch));
        for (int r = 0; r < batch; ++r) {
            offsets[std::size_t(r)] = std::size_t(gen() % std::uint64_t(m_count));
            // A share of the rows is cut to a random shorter length (and padded), so that a short
            // sentence ending in [SEP] early, as the fill-mask view sends it, is not new to the model.
            int length = m_window;
            const double u = double(gen() >> 11) * 0x1.0p-53;
            if (fixedLength > 0) {
                length = std::min(fixedLength, m_window);
            } else if (u < m_shortRate) {
                const int shortest = std::min(m_window, 4);
                length = shortest + int(gen() % std::uint64_t(m_window - shortest + 1));
            }
            lengths[std::size_t(r)] = length;
            maskSeeds[std::size_t(r)] = gen();
        }
        const int longest = *std::max_element(lengths.begin(), lengths.end());
        const int context = longest + 2;
        MaskedBatch b;
        const int first = int(shard.begin(batch)), count = int(shard.size(batch));
        std::vector<std::int64_t> flat(std::size_t(count) * std::size_t(context), m_tok.padId());
        std::vector<float> keep(std::size_t(count) * std::size_t(context), 0.0f);
        bool anyShort = false;
        std::vector<std::int64_t> index, labels;
        std::vector<int> row, words;
        for (int k = 0; k < count; ++k) {
            const int r = first + k;
            const std::size_t offset = offsets[std::size_t(r)];
            const int length = lengths[std::size_t(r)];
            anyShort = anyShort || length < longest;
            row.assign(std::size_t(length) + 2, 0);
            words.assign(std::size_t(length) + 2, -1);
            row.front() = m_tok.clsId();
            row.back() = m_tok.sepId();
            for (int i = 0; i < length; ++i) {
                row[std::size_t(i) + 1] = m_ids[offset + std::size_t(i)];
                words[std::size_t(i) + 1] = m_words[offset + std::size_t(i)];
            }
            MaskedSequence m = applyMasking(row, m_vocab, m_masking, maskSeeds[std::size_t(r)], words);
            for (int i = 0; i < length + 2; ++i) {
                flat[std::size_t(k) * std::size_t(context) + std::size_t(i)] = m.ids[std::size_t(i)];
                keep[std::size_t(k) * std::size_t(context) + std::size_t(i)] = 1.0f;
            }
            for (const MaskTarget &t : m.targets) {
                index.push_back(std::int64_t(k) * context + t.position);
                labels.push_back(t.original);
            }
            b.rows.push_back(m.ids);
            b.masked.push_back(std::move(m));
        }
        b.ids = torch::tensor(flat, torch::kInt64).view({count, context});
        b.targetIndex = torch::tensor(index, torch::kInt64);
        b.labels = torch::tensor(labels, torch::kInt64);
        if (anyShort)
            b.attention = torch::tensor(keep, torch::kFloat32).view({count, context});
        return b;
    }

private:
    std::vector<int> m_ids;
    std::vector<int> m_words;
    int m_window;
    std::int64_t m_count;
    const WordPieceTokenizer &m_tok;
    MaskingVocabulary m_vocab;
    MaskingOptions m_masking;
    double m_shortRate = 0;
};

struct LossAndAccuracy
{
    torch::Tensor loss;
    double accuracy = 0;
};

// Cross-entropy at the masked positions only; the V-wide head runs only there.
LossAndAccuracy lossOf(const detail::BertNet &net, const MaskedBatch &b)
{
    const auto out = net.forward(b.ids, b.attention, false, false);
    const auto hidden = out.hidden.reshape({-1, out.hidden.size(-1)}).index_select(0, b.targetIndex);
    const auto logits = net.mlmLogits(hidden);
    LossAndAccuracy r;
    r.loss = torch::nn::functional::cross_entropy(logits, b.labels);
    {
        torch::NoGradGuard noGrad;
        r.accuracy = logits.argmax(-1).eq(b.labels).to(torch::kFloat64).mean().item<double>();
    }
    return r;
}

std::pair<double, double> estimate(const detail::BertNet &net, const Sequences &set, const TrainOptions &o,
                                   std::uint64_t salt)
{
    torch::NoGradGuard noGrad;
    double loss = 0, accuracy = 0;
    for (int i = 0; i < o.evalBatches; ++i) {
        const auto r = lossOf(net, set.draw(o.batchSize, train::stepSeed(o.seed ^ salt, std::uint64_t(i))));
        loss += r.loss.item<double>();
        accuracy += r.accuracy;
    }
    return {loss / o.evalBatches, accuracy / o.evalBatches};
}

Json candidatesJson(const std::vector<MaskCandidate> &candidates)
{
    Json a = Json::array();
    for (const auto &c : candidates)
        a.push_back({{"id", c.id}, {"token", c.token}, {"continuation", c.continuation}, {"p", c.probability}});
    return a;
}

std::vector<MaskCandidate> candidatesFrom(const Json &a)
{
    std::vector<MaskCandidate> out;
    if (!a.is_array())
        return out;
    for (const auto &c : a) {
        MaskCandidate m;
        m.id = c.value("id", 0);
        m.token = c.value("token", std::string());
        m.continuation = c.value("continuation", false);
        m.probability = c.value("p", 0.0);
        out.push_back(std::move(m));
    }
    return out;
}

MaskAction actionFrom(const std::string &name)
{
    if (name == "random")
        return MaskAction::Random;
    if (name == "kept")
        return MaskAction::Kept;
    return MaskAction::Masked;
}

} // namespace

Partial MaskedProbe::encode() const
{
    Json masks = Json::array();
    for (const auto &m : probeMasks)
        masks.push_back({{"position", m.position}, {"word", m.word}, {"candidates", candidatesJson(m.candidates)}});
    Json targets = Json::array();
    for (const auto &t : exampleTargets)
        targets.push_back({{"position", t.position},
                           {"original", t.original},
                           {"input", t.input},
                           {"action", maskActionName(t.action)},
                           {"candidates", candidatesJson(t.candidates)}});
    const Json j = {{"probe", probeText},   {"probe_pieces", probePieces},     {"probe_masks", masks},
                    {"filled", probeFilled}, {"example_pieces", examplePieces}, {"example_targets", targets}};
    Partial p;
    p.kind = std::string(kKind);
    p.step = step;
    // Replacement, not an exception, for bytes a vocabulary might hold that are not UTF-8.
    p.text = j.dump(-1, ' ', false, Json::error_handler_t::replace);
    return p;
}

std::optional<MaskedProbe> MaskedProbe::decode(const Partial &p)
{
    if (p.kind != kKind)
        return std::nullopt;
    const Json j = Json::parse(p.text, nullptr, false);
    if (!j.is_object())
        return std::nullopt;
    MaskedProbe v;
    v.step = p.step;
    try {
        v.probeText = j.value("probe", std::string());
        v.probePieces = j.value("probe_pieces", std::vector<std::string>());
        v.probeFilled = j.value("filled", std::string());
        v.examplePieces = j.value("example_pieces", std::vector<std::string>());
        for (const auto &m : j.value("probe_masks", Json::array())) {
            MaskPrediction mp;
            mp.position = m.value("position", 0);
            mp.word = m.value("word", -1);
            mp.candidates = candidatesFrom(m.value("candidates", Json::array()));
            v.probeMasks.push_back(std::move(mp));
        }
        for (const auto &t : j.value("example_targets", Json::array())) {
            ProbeTarget pt;
            pt.position = t.value("position", 0);
            pt.original = t.value("original", std::string());
            pt.input = t.value("input", std::string());
            pt.action = actionFrom(t.value("action", std::string()));
            pt.candidates = candidatesFrom(t.value("candidates", Json::array()));
            v.exampleTargets.push_back(std::move(pt));
        }
    } catch (const Json::exception &) {
        return std::nullopt;
    }
    return v;
}

train::CommonOptions defaultCommon()
{
    train::CommonOptions c;
    c.steps = 3000;
    c.batchSize = 32;
    c.learningRate = 1e-3;
    c.schedule = train::Schedule::WarmupCosine;
    c.warmupSteps = 200;
    c.minLearningRate = -1;
    c.gradientClip = 1.0;
    c.seed = 1337;
    c.evalEvery = 100;
    c.previewEvery = 250;
    c.checkpointEvery = 500;
    return c;
}

TrainResult trainMaskedLanguageModel(const TrainOptions &o, const RunContext &ctx)
{
    validate(o);
    train::prepare(o);
    TrainResult result;
    result.outDir = o.outDir;

    // Resume when the folder holds a checkpoint (the policy in o.resume); fail now, not at the
    // first checkpoint, when the folder cannot take one.
    const bool resuming = train::shouldResume(o, "bert");
    ctx.progress(0, "reading the corpus");
    const Corpus corpus = readCorpus(o.dataPath, o.maxCorpusBytes);
    if (corpus.replaced > 0) {
        result.notice = o.dataPath + ": " + std::to_string(corpus.replaced) + " invalid UTF-8 sequences were replaced with U+FFFD.";
        train::report(ctx, train::LogLine{-1, result.notice});
    }

    BertConfig config;
    config.maxPositions = o.contextLength;
    config.layers = o.layers;
    config.heads = o.heads;
    config.hiddenSize = o.hiddenSize;
    config.intermediateSize = o.intermediateSize > 0 ? o.intermediateSize : 4 * o.hiddenSize;

    // Resume: same shape, its vocabulary, its optimizer state.
    std::shared_ptr<const WordPieceTokenizer> tokenizer;
    std::optional<io::LoadedCheckpoint> resumeFrom;
    if (resuming) {
        resumeFrom = io::loadCheckpoint(o.outDir);
        tokenizer = WordPieceTokenizer::loadFromFolder(o.outDir);
        config.vocabSize = tokenizer->vocabSize();
        const BertConfig stored = BertConfig::fromJson(resumeFrom->configJson);
        if (const std::string diff = shapeDifference(stored, config); !diff.empty())
            throw std::runtime_error(o.outDir + " holds a checkpoint of another shape (" + diff +
                                     " for checkpoint vs requested); choose another output folder or the same settings");
    } else {
        ctx.progress(0, "learning the WordPiece vocabulary");
        tokenizer = makeTokenizer(o, corpus.text);
        config.vocabSize = tokenizer->vocabSize();
    }
    config.padTokenId = tokenizer->padId();
    try {
        config.validate();
    } catch (const std::invalid_argument &e) {
        throw std::runtime_error(e.what());
    }

    ctx.progress(0.05, "tokenizing");
    std::vector<int> ids, words;
    {
        const auto pieces = tokenizer->encodeWithOffsets(corpus.text);
        ids.reserve(pieces.size());
        words.reserve(pieces.size());
        for (const auto &p : pieces) {
            ids.push_back(p.id);
            words.push_back(p.word);
        }
    }
    const int window = o.contextLength - 2;
    const std::int64_t total = std::int64_t(ids.size());
    const std::int64_t split = total - std::int64_t(double(total) * o.validationFraction);
    if (split < window + 1 || total - split < window + 1)
        throw std::runtime_error(o.dataPath + ": " + std::to_string(total) + " tokens are too few to train with a context of " +
                                 std::to_string(o.contextLength) + " (each of the training and validation parts needs at least " +
                                 std::to_string(window + 1) + ")");
    const Sequences trainSet(ids, words, 0, split, o.contextLength, *tokenizer, o.masking, o.shortSequenceRate);
    const Sequences validation(ids, words, split, total, o.contextLength, *tokenizer, o.masking, o.shortSequenceRate);

    BertModel model = BertModel::createRandom(config, o.seed, true);
    model.setTokenizer(tokenizer);
    detail::BertModelState &state = *model.state();
    detail::BertNet &net = state.net;
    AdamW adam(net);
    std::int64_t startStep = 0;
    if (resumeFrom) {
        detail::loadHfWeights(net, *resumeFrom->weights, detail::detectHfLayout(*resumeFrom->weights));
        startStep = resumeFrom->step;
        if (resumeFrom->optimizer) {
            const Json cfg = Json::parse(resumeFrom->configJson, nullptr, false);
            adam.restore(*resumeFrom->optimizer, cfg.is_object() ? cfg.value("optimizer_step", startStep) : startStep);
        }
        result.notice += std::string(result.notice.empty() ? "" : " ") + "Resumed from step " + std::to_string(startStep) +
                         " of " + o.outDir + ".";
        train::report(ctx, train::LogLine{startStep, "resumed from step " + std::to_string(startStep)});
        resumeFrom.reset();
    }
    net.setRequiresGrad(true);
    result.startStep = int(startStep);
    result.parameterCount = config.parameterCount(true);
    result.vocabSize = config.vocabSize;

    const Json recipe = {{"data", o.dataPath},
                         {"vocab", o.vocabPath.empty() ? "learned:" + std::to_string(o.vocabSize) : o.vocabPath},
                         {"steps", o.steps},
                         {"batch_size", o.batchSize},
                         {"learning_rate", o.learningRate},
                         {"warmup_steps", o.warmupSteps},
                         {"weight_decay", o.weightDecay},
                         {"gradient_clip", o.gradientClip},
                         {"mask_rate", o.masking.rate},
                         {"mask_fraction", o.masking.maskFraction},
                         {"random_fraction", o.masking.randomFraction},
                         {"whole_word", o.masking.wholeWord},
                         {"short_sequences", o.shortSequenceRate},
                         {"length_warmup_steps", o.lengthWarmupSteps},
                         {"warmup_length", o.warmupLength},
                         {"seed", o.seed}};
    // Batches and masks depend on (seed, step) only, so a resumed run sees what an uninterrupted one would.
    auto batchSeed = [&](std::int64_t step) { return train::stepSeed(o.seed, std::uint64_t(step)); };

    auto evaluate = [&](std::int64_t atStep) {
        std::tie(result.trainLoss, result.trainMaskedAccuracy) = estimate(net, trainSet, o, 0x5EEDull);
        std::tie(result.validationLoss, result.validationMaskedAccuracy) = estimate(net, validation, o, 0xBEEFull);
        train::Metrics m;
        m.step = atStep;
        m.evaluation = true;
        m.scalars = {{"train_loss", result.trainLoss},
                     {"train_masked_accuracy", result.trainMaskedAccuracy},
                     {"val_loss", result.validationLoss},
                     {"val_masked_accuracy", result.validationMaskedAccuracy}};
        train::report(ctx, m);
    };

    const train::detail::BatchShard shard = train::detail::batchShard();
    train::detail::checkBatchSplits(o.batchSize);
    train::detail::GradientSync sync(net.parameters());
    sync.broadcastFromLead();

    train::LoopHooks hooks;
    hooks.outOfMemoryAdvice = "try a smaller batch, context or model";
    hooks.evaluate = evaluate;
    hooks.save = [&](std::int64_t atStep) {
        const Json extra = {{"training", recipe},
                            {"do_lower_case", tokenizer->lowerCase()},
                            {"optimizer_step", adam.t},
                            {"metrics",
                             {{"train_loss", result.trainLoss},
                              {"val_loss", result.validationLoss},
                              {"val_masked_accuracy", result.validationMaskedAccuracy}}}};
        detail::saveModelFolder(state, o.outDir, atStep, extra.dump(), adam.state());
    };
    hooks.preview = [&](std::int64_t atStep) {
        MaskedProbe probe;
        probe.step = atStep;
        probe.probeText = o.probeText;
        if (!o.probeText.empty()) {
            FillMaskOptions fo;
            fo.topK = std::min(o.probeTopK, config.vocabSize);
            const FillMaskResult r = fillMask(model, o.probeText, fo);
            probe.probePieces = r.pieces;
            probe.probeMasks = r.masks;
            probe.probeFilled = r.filledText;
            result.probe = r.masks;
            result.probeFilled = r.filledText;
        }
        // A full-length row drawn from this step's seed, as the rule masked it.
        const MaskedBatch batch = trainSet.draw(1, batchSeed(atStep), o.contextLength - 2);
        const std::vector<int> &row = batch.rows.front();
        for (int id : row)
            probe.examplePieces.push_back(tokenizer->token(id));
        std::vector<int> positions;
        for (const auto &t : batch.masked.front().targets)
            positions.push_back(t.position);
        const auto predictions = predictAt(model, row, positions, std::min(o.probeTopK, config.vocabSize));
        for (std::size_t i = 0; i < positions.size(); ++i) {
            const MaskTarget &t = batch.masked.front().targets[i];
            probe.exampleTargets.push_back(ProbeTarget{t.position, tokenizer->token(t.original),
                                                       tokenizer->token(t.replacement), t.action,
                                                       predictions[i].candidates});
        }
        train::report(ctx, probe);
    };
    hooks.step = [&](std::int64_t next) {
        // Length warm-up: attention learns to look at the neighbours far sooner over short rows
        // (a uniform start gives each neighbour 1/T of the weight); the batch keeps its tokens.
        const bool shortRows = next <= o.lengthWarmupSteps && o.warmupLength < o.contextLength;
        const MaskedBatch batch =
            shortRows ? trainSet.draw(std::max(1, o.batchSize * o.contextLength / o.warmupLength), batchSeed(next),
                                      o.warmupLength - 2, shard)
                      : trainSet.draw(o.batchSize, batchSeed(next), 0, shard);
        const auto t0 = Clock::now();
        LossAndAccuracy r = lossOf(net, batch);
        const double lossValue = r.loss.item<double>();
        train::checkFinite(lossValue, "loss", next);
        for (auto &p : net.parameters())
            p.mutable_grad() = torch::Tensor();
        sync.backward(r.loss);
        double norm = 0;
        {
            torch::NoGradGuard noGrad;
            for (auto &p : net.parameters())
                if (p.grad().defined())
                    norm += p.grad().pow(2).sum().item<double>();
            norm = std::sqrt(norm);
            train::checkFinite(norm, "gradient", next);
            if (o.gradientClip > 0 && norm > o.gradientClip)
                for (auto &p : net.parameters())
                    if (p.grad().defined())
                        p.grad().mul_(o.gradientClip / (norm + 1e-6));
        }
        const double lr = train::learningRateAt(o, next);
        adam.step(lr, o);
        const double stepSeconds = std::chrono::duration<double>(Clock::now() - t0).count();
        train::StepReport report;
        report.scalars = {{"loss", lossValue},
                          {"masked_accuracy", r.accuracy},
                          {"learning_rate", lr},
                          {"grad_norm", norm},
                          {"tokens_per_s", double(o.batchSize) * o.contextLength / std::max(stepSeconds, 1e-9)}};
        report.examples = std::int64_t(batch.ids.size(0)) * o.contextLength; // this rank's; the loop sums them
        return report;
    };

    const train::LoopResult loop = train::runSteps(o, startStep, hooks, ctx);
    if (startStep >= o.steps) {
        evaluate(startStep);
        result.notice += " Already trained to step " + std::to_string(startStep) + "; nothing to do.";
    }
    result.steps = int(loop.lastStep);
    result.seconds = loop.seconds;
    result.tokensPerSecond = loop.examplesPerSecond;
    ctx.progress(1, "done");
    return result;
}

} // namespace genlab::engine::masked
