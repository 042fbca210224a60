#include "engine/masked/t5training.h"

#include "engine/io/checkpoint.h"
#include "engine/masked/detail/t5state.h"
#include "engine/masked/spancorruption.h"
#include "engine/masked/t5model.h"
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
#include <stdexcept>

namespace genlab::engine::masked {

namespace fs = std::filesystem;
using Json = nlohmann::json;

namespace {

constexpr std::int64_t kIgnore = -100;

// The length of the UTF-8 sequence at p (1-4), or 0 when it is not valid UTF-8.
int utf8Length(const unsigned char *p, std::size_t left)
{
    const unsigned char c = p[0];
    int len = 0;
    std::uint32_t cp = 0;
    if (c < 0x80)
        return 1;
    if ((c & 0xE0) == 0xC0) {
        len = 2;
        cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        len = 3;
        cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        len = 4;
        cp = c & 0x07;
    } else {
        return 0;
    }
    if (std::size_t(len) > left)
        return 0;
    for (int i = 1; i < len; ++i) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (p[i] & 0x3F);
    }
    static const std::uint32_t minimum[5] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < minimum[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return len;
}

struct Corpus
{
    std::string text;
    std::int64_t replaced = 0;
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
    if (in.gcount() != std::streamsize(size))
        throw std::runtime_error(path + ": read failed");
    if (raw.empty())
        throw std::runtime_error(path + ": the file is empty");
    if (raw.find('\0') < std::min<std::size_t>(raw.size(), 1 << 16))
        throw std::runtime_error(path + ": holds NUL bytes; it looks like a binary file, not text");
    Corpus c;
    c.text.reserve(raw.size());
    const auto *data = reinterpret_cast<const unsigned char *>(raw.data());
    for (std::size_t i = 0; i < raw.size();) {
        const int len = utf8Length(data + i, raw.size() - i);
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

void validate(const T5TrainOptions &o)
{
    auto need = [](bool ok, const std::string &msg) {
        if (!ok)
            throw std::invalid_argument("training options: " + msg);
    };
    need(!o.dataPath.empty(), "no corpus file");
    need(!o.outDir.empty(), "no output folder");
    need(o.vocabSize >= 64 && o.vocabSize <= 200000, "the vocabulary size must be in [64, 200000]");
    need(o.sentinels >= 2 && o.sentinels <= 1000, "sentinels must be in [2, 1000]");
    need(o.chunkTokens >= 2 && o.chunkTokens <= 4096, "chunk tokens must be in [2, 4096]");
    need(o.lengthWarmupSteps >= 0, "the length warm-up must be >= 0 steps");
    need(o.warmupChunkTokens >= 2, "the warm-up chunk must be at least 2 tokens");
    need(o.noiseDensity > 0 && o.noiseDensity < 1, "the noise density must be in (0, 1)");
    need(o.meanSpanLength >= 1 && o.meanSpanLength <= 1000, "the mean span length must be in [1, 1000]");
    // A chunk's spans (+ the closing sentinel) must fit the sentinels.
    const double spans = std::round(o.chunkTokens * o.noiseDensity / o.meanSpanLength) + 2;
    need(spans <= o.sentinels, "a chunk of " + std::to_string(o.chunkTokens) + " tokens needs up to " +
                                   std::to_string(int(spans)) + " sentinels; use more sentinels or shorter chunks");
    need(o.weightDecay >= 0, "weight decay must be >= 0");
    need(o.beta1 >= 0 && o.beta1 < 1 && o.beta2 >= 0 && o.beta2 < 1, "betas must be in [0, 1)");
    need(o.validationFraction > 0 && o.validationFraction < 0.5, "validation fraction must be in (0, 0.5)");
    need(o.evalBatches >= 1, "evaluation batches must be >= 1");
}

// AdamW with decoupled weight decay, written out (as the GPT trainer does) so its state is plain
// named tensors in the checkpoint and a resumed run continues exactly.
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

    explicit AdamW(const detail::T5Net &net)
    {
        for (auto &[name, p] : net.namedParameters())
            slots.push_back({name, p, torch::zeros_like(p), torch::zeros_like(p),
                             p.dim() >= 2 && name.find("relative_attention_bias") == std::string::npos});
    }

    void step(double lr, const T5TrainOptions &o)
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
            // Adafactor's relative step (nanoT5's AdamWScale): each tensor moves in proportion to
            // its own RMS, so the embedding (RMS 1) and the attention queries (RMS 0.016 at T5's
            // initialisation) learn at the same relative pace.
            const double scale =
                o.scaleStepsByRms ? std::max(1e-3, s.param.pow(2).mean().sqrt().item<double>()) : 1.0;
            s.param.addcdiv_(s.m, denom, -lr * scale / c1);
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

struct Batch
{
    torch::Tensor input, keep, decoderInput, labels;
    std::int64_t targetTokens = 0;
};

// Random windows of one part of the token stream, corrupted afresh for each draw.
class Windows
{
public:
    Windows(const std::vector<int> &ids, std::int64_t begin, std::int64_t end, int chunk)
        : m_ids(ids), m_begin(begin), m_count(end - begin - chunk + 1), m_chunk(chunk)
    {
    }

    // The rows depend only on seed: the window offsets and every row's corruption. chunk > 0: windows
    // of that many tokens instead (the length warm-up).
    Batch draw(int rows, std::uint64_t seed, const T5TrainOptions &o, const std::vector<int> &sentinels, int padId,
               int endId, int chunk = 0) const
    {
        const int length = chunk > 0 ? std::min(chunk, m_chunk) : m_chunk;
        std::vector<std::vector<int>> inputs, decoderInputs, targets;
        for (int r = 0; r < rows; ++r) {
            const std::uint64_t rowSeed = train::stepSeed(seed, std::uint64_t(r));
            const std::int64_t offset = m_begin + std::int64_t(rowSeed % std::uint64_t(m_count));
            const std::vector<int> window(m_ids.begin() + offset, m_ids.begin() + offset + length);
            SpanCorruption c = corruptSpans(window, {o.noiseDensity, o.meanSpanLength, train::stepSeed(rowSeed, 1)},
                                            sentinels, endId);
            std::vector<int> decoderInput{padId};
            decoderInput.insert(decoderInput.end(), c.targetIds.begin(), c.targetIds.end() - 1);
            inputs.push_back(std::move(c.inputIds));
            decoderInputs.push_back(std::move(decoderInput));
            targets.push_back(std::move(c.targetIds));
        }
        Batch b;
        std::tie(b.input, b.keep) = detail::padRows(inputs, padId);
        torch::Tensor unused;
        std::tie(b.decoderInput, unused) = detail::padRows(decoderInputs, padId);
        auto [labels, labelKeep] = detail::padRows(targets, padId);
        b.labels = labels.masked_fill(labelKeep.logical_not(), kIgnore);
        b.targetTokens = labelKeep.sum().item<std::int64_t>();
        return b;
    }

private:
    const std::vector<int> &m_ids;
    std::int64_t m_begin;
    std::int64_t m_count;
    int m_chunk;
};

struct Forward
{
    torch::Tensor loss;
    double accuracy = 0;
};

Forward forward(const detail::T5Net &net, const Batch &b)
{
    const auto encoded = net.encode(b.input, b.keep);
    const auto logits = net.logits(net.decode(b.decoderInput, encoded, b.keep));
    const auto flat = logits.view({-1, logits.size(-1)});
    const auto labels = b.labels.reshape({-1});
    Forward f;
    f.loss = torch::nn::functional::cross_entropy(flat, labels,
                                                  torch::nn::functional::CrossEntropyFuncOptions().ignore_index(kIgnore));
    torch::NoGradGuard noGrad;
    const auto valid = labels.ne(kIgnore);
    f.accuracy = (flat.argmax(-1).eq(labels) & valid).sum().item<double>() / std::max<double>(1, valid.sum().item<double>());
    return f;
}

} // namespace

train::CommonOptions t5DefaultCommon()
{
    train::CommonOptions c;
    c.steps = 3000;
    c.batchSize = 16;
    c.learningRate = 2e-2; // relative to each tensor's RMS (scaleStepsByRms), as nanoT5's AdamWScale
    c.schedule = train::Schedule::WarmupCosine;
    c.warmupSteps = 150;
    c.minLearningRate = -1;
    c.gradientClip = 1.0;
    c.seed = 1337;
    c.evalEvery = 100;
    c.previewEvery = 250;
    c.checkpointEvery = 500;
    return c;
}

T5TrainResult trainT5(const T5TrainOptions &o, const RunContext &ctx)
{
    validate(o);
    train::prepare(o);
    T5TrainResult result;
    result.outDir = o.outDir;
    const bool resuming = train::shouldResume(o, kT5Architecture);

    ctx.progress(0, "reading the corpus");
    const Corpus corpus = readCorpus(o.dataPath, o.maxCorpusBytes);
    if (corpus.replaced > 0) {
        result.notice = o.dataPath + ": " + std::to_string(corpus.replaced) + " invalid UTF-8 sequences were replaced with U+FFFD.";
        train::report(ctx, train::LogLine{-1, result.notice});
    }

    T5Config config;
    config.dModel = o.dModel;
    config.dKv = o.dKv;
    config.dFf = o.dFf;
    config.encoderLayers = o.encoderLayers;
    config.decoderLayers = o.decoderLayers;
    config.heads = o.heads;
    config.feedForward = o.feedForward;
    config.sentinels = o.sentinels;
    config.lowerCase = o.lowerCase;

    std::shared_ptr<const text::WordPieceTokenizer> tokenizer;
    std::optional<io::LoadedCheckpoint> resumeFrom;
    if (resuming) {
        resumeFrom = io::loadCheckpoint(o.outDir);
        T5Config stored;
        try {
            stored = T5Config::fromJson(resumeFrom->configJson);
        } catch (const std::exception &e) {
            throw std::runtime_error((fs::path(o.outDir) / "config.json").string() + ": " + e.what());
        }
        tokenizer = detail::loadT5Tokenizer(o.outDir, stored);
        config.vocabSize = stored.vocabSize;
        config.padId = stored.padId;
        config.endId = stored.endId;
        if (const std::string diff = stored.difference(config); !diff.empty())
            throw std::runtime_error(o.outDir + " holds a checkpoint of another shape (" + diff +
                                     " for checkpoint vs requested); choose another output folder or the same settings");
    } else {
        ctx.progress(0, "learning the vocabulary");
        std::vector<std::string> extras;
        for (int k = 0; k < o.sentinels; ++k)
            extras.push_back(sentinelToken(k));
        text::WordPieceOptions wp;
        wp.lowerCase = o.lowerCase;
        auto tokens = text::WordPieceTokenizer::learnVocabulary(corpus.text, o.vocabSize, wp, extras);
        tokenizer = std::make_shared<const text::WordPieceTokenizer>(
            text::WordPieceTokenizer::fromVocab(std::move(tokens), wp, "the vocabulary learned on " + o.dataPath));
        config.vocabSize = tokenizer->vocabSize();
        config.padId = tokenizer->padId();
        config.endId = tokenizer->sepId();
    }
    try {
        config.validate();
    } catch (const std::invalid_argument &e) {
        throw std::runtime_error(e.what());
    }

    ctx.progress(0.05, "tokenizing");
    const std::vector<int> ids = tokenizer->encode(corpus.text);
    const std::int64_t total = std::int64_t(ids.size());
    const std::int64_t split = total - std::int64_t(double(total) * o.validationFraction);
    if (split < o.chunkTokens + 1 || total - split < o.chunkTokens + 1)
        throw std::runtime_error(o.dataPath + ": " + std::to_string(total) + " tokens are too few for chunks of " +
                                 std::to_string(o.chunkTokens) + " (the training and validation parts need more than " +
                                 std::to_string(o.chunkTokens) + " each)");
    const Windows trainSet(ids, 0, split, o.chunkTokens);
    const Windows validation(ids, split, total, o.chunkTokens);

    T5Model model = T5Model::createRandom(config, o.seed);
    model.setTokenizer(tokenizer);
    detail::T5ModelState &state = *model.state();
    detail::T5Net &net = state.net;
    const std::vector<int> sentinels = state.sentinelIds;
    AdamW adam(net);
    std::int64_t startStep = 0;
    if (resumeFrom) {
        detail::loadT5Weights(net, *resumeFrom->weights);
        startStep = resumeFrom->step;
        if (resumeFrom->optimizer) {
            const Json cfg = Json::parse(resumeFrom->configJson, nullptr, false);
            adam.restore(*resumeFrom->optimizer, cfg.value("optimizer_step", startStep));
        }
        result.notice += std::string(result.notice.empty() ? "" : " ") + "Resumed from step " + std::to_string(startStep) +
                         " of " + o.outDir + ".";
        train::report(ctx, train::LogLine{startStep, "resumed from step " + std::to_string(startStep)});
        resumeFrom.reset();
    }
    net.setRequiresGrad(true);
    result.startStep = int(startStep);
    result.parameterCount = config.parameterCount();
    result.vocabSize = config.vocabSize;

    auto drawBatch = [&](const Windows &w, std::uint64_t seed) {
        return w.draw(o.batchSize, seed, o, sentinels, config.padId, config.endId);
    };
    auto estimate = [&](const Windows &w, std::uint64_t salt, double *accuracy) {
        torch::NoGradGuard noGrad;
        double loss = 0, acc = 0;
        for (int i = 0; i < o.evalBatches; ++i) {
            const Forward f = forward(net, drawBatch(w, train::stepSeed(o.seed ^ salt, std::uint64_t(i))));
            loss += f.loss.item<double>();
            acc += f.accuracy;
        }
        if (accuracy)
            *accuracy = acc / o.evalBatches;
        return loss / o.evalBatches;
    };

    const Json recipe = {{"data", o.dataPath},
                         {"steps", o.steps},
                         {"batch_size", o.batchSize},
                         {"learning_rate", o.learningRate},
                         {"warmup_steps", o.warmupSteps},
                         {"weight_decay", o.weightDecay},
                         {"scale_steps_by_rms", o.scaleStepsByRms},
                         {"gradient_clip", o.gradientClip},
                         {"seed", o.seed},
                         {"vocab_size", o.vocabSize},
                         {"chunk_tokens", o.chunkTokens},
                         {"length_warmup_steps", o.lengthWarmupSteps},
                         {"warmup_chunk_tokens", o.warmupChunkTokens},
                         {"noise_density", o.noiseDensity},
                         {"mean_span_length", o.meanSpanLength}};

    const train::detail::BatchShard shard = train::detail::batchShard();
    train::detail::checkBatchSplits(o.batchSize);
    train::detail::GradientSync sync(net.parameters());
    sync.broadcastFromLead();

    train::LoopHooks hooks;
    hooks.outOfMemoryAdvice = "try a smaller batch, chunk or model";
    hooks.evaluate = [&](std::int64_t atStep) {
        result.trainLoss = estimate(trainSet, 0x5EEDull, nullptr);
        result.validationLoss = estimate(validation, 0xBEEFull, &result.validationAccuracy);
        train::Metrics m;
        m.step = atStep;
        m.evaluation = true;
        m.scalars = {{"train_loss", result.trainLoss},
                     {"val_loss", result.validationLoss},
                     {"val_accuracy", result.validationAccuracy}};
        train::report(ctx, m);
    };
    hooks.save = [&](std::int64_t atStep) {
        const Json extra = {{"training", recipe},
                            {"optimizer_step", adam.t},
                            {"metrics", {{"train_loss", result.trainLoss}, {"val_loss", result.validationLoss}}}};
        detail::saveT5Folder(state, o.outDir, atStep, extra.dump(), adam.state());
    };
    hooks.preview = [&](std::int64_t atStep) {
        T5FillOptions fill;
        fill.source = T5FillOptions::Source::Corrupt;
        fill.corruption = {o.noiseDensity, o.meanSpanLength, o.previewSeed};
        fill.maxTokens = 48;
        std::string text;
        try {
            const T5FillResult r = model.fillSpans(o.probeText, fill);
            text = "input:  " + r.input + "\n";
            for (const T5SpanFill &s : r.spans)
                text += sentinelToken(s.sentinel) + " \"" + s.original + "\" -> \"" + s.predicted + "\"\n";
            text += "filled: " + r.filled;
        } catch (const std::invalid_argument &e) {
            text = std::string("no preview: ") + e.what();
        }
        result.preview = text;
        train::report(ctx, train::TextPreview{atStep, text});
    };
    hooks.step = [&](std::int64_t next) {
        // Windows and corruption depend on (seed, step) only, so a resumed run sees what an
        // uninterrupted one would.
        // Length warm-up, as for the masked LM: short windows first (more rows, the same tokens), so
        // attention learns to use the neighbours before the plateau sets in.
        const bool shortRows = next <= o.lengthWarmupSteps && o.warmupChunkTokens < o.chunkTokens;
        Batch b = shortRows ? trainSet.draw(std::max(1, o.batchSize * o.chunkTokens / o.warmupChunkTokens),
                                                  train::stepSeed(o.seed, std::uint64_t(next)), o, sentinels, config.padId,
                                                  config.endId, o.warmupChunkTokens)
                                  : drawBatch(trainSet, train::stepSeed(o.seed, std::uint64_t(next)));
        if (!shard.whole()) { // data-parallel: every rank draws the global batch and trains its rows
            b.input = shard.rows(b.input);
            b.keep = shard.rows(b.keep);
            b.decoderInput = shard.rows(b.decoderInput);
            b.labels = shard.rows(b.labels);
        }
        const Forward f = forward(net, b);
        const double lossValue = f.loss.item<double>();
        train::checkFinite(lossValue, "loss", next);
        for (auto &p : net.parameters())
            p.mutable_grad() = torch::Tensor();
        sync.backward(f.loss);
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
        train::StepReport r;
        r.scalars = {{"loss", lossValue}, {"token_accuracy", f.accuracy}, {"learning_rate", lr}, {"grad_norm", norm}};
        r.examples = b.input.size(0); // this rank's rows; the loop sums the ranks'
        return r;
    };

    const train::LoopResult loop = train::runSteps(o, startStep, hooks, ctx);
    if (startStep >= o.steps) {
        hooks.evaluate(startStep);
        result.notice += " Already trained to step " + std::to_string(startStep) + "; nothing to do.";
    }
    result.steps = int(loop.lastStep);
    result.seconds = loop.seconds;
    result.examplesPerSecond = loop.examplesPerSecond;
    ctx.progress(1, "done");
    return result;
}

} // namespace genlab::engine::masked
