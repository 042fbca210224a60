#include "engine/gpt/training.h"

#include "engine/gpt/detail/hflayout.h"
#include "engine/gpt/detail/modelstate.h"
#include "engine/gpt/detail/utf8.h"
#include "engine/gpt/gptmodel.h"
#include "engine/io/checkpoint.h"
#include "engine/runtime/compute.h"
#include "engine/text/bpetokenizer.h"
#include "engine/text/bpetrainer.h"
#include "engine/text/chartokenizer.h"
#include "engine/train/events.h"
#include "engine/train/detail/dataparallel.h"
#include "engine/train/steploop.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <random>
#include <stdexcept>

namespace genlab::engine::gpt {

namespace fs = std::filesystem;
using Json = nlohmann::json;
using Clock = std::chrono::steady_clock;

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
        throw std::runtime_error(path + ": " + std::to_string(size) + " bytes, more than the " +
                                 std::to_string(maxBytes) + " a training corpus may have");
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
    std::size_t i = 0;
    const auto *data = reinterpret_cast<const unsigned char *>(raw.data());
    while (i < raw.size()) {
        const int len = detail::utf8Sequence(data + i, raw.size() - i);
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

std::shared_ptr<const text::Tokenizer> makeTokenizer(const TrainOptions &o, const std::string &corpus,
                                                     const RunContext &ctx)
{
    if (o.tokenizer == "char")
        return std::make_shared<text::CharTokenizer>(text::CharTokenizer::fromText(corpus));
    if (o.tokenizer == "gpt2") {
        if (o.tokenizerFolder.empty())
            throw std::runtime_error("tokenizer \"gpt2\" needs the folder of GPT-2's tokenizer files "
                                     "(encoder.json + vocab.bpe or vocab.json + merges.txt)");
        return std::shared_ptr<const text::Tokenizer>(text::BpeTokenizer::loadFromFolder(o.tokenizerFolder));
    }
    if (o.tokenizer.rfind("bpe:", 0) == 0) {
        int size = 0;
        try {
            std::size_t used = 0;
            size = std::stoi(o.tokenizer.substr(4), &used);
            if (used != o.tokenizer.size() - 4)
                size = 0;
        } catch (const std::exception &) {
        }
        if (size < 258 || size > 200000)
            throw std::runtime_error("tokenizer \"" + o.tokenizer +
                                     "\": the vocabulary size must be a number from 258 to 200000");
        text::BpeTrainerOptions options;
        options.vocabSize = size;
        RunContext inner;
        inner.stop = ctx.stop;
        inner.pauseGate = ctx.pauseGate;
        inner.onProgress = [&](double f, std::string_view) { ctx.progress(0.05 * f, "learning the BPE vocabulary"); };
        auto trained = text::BpeTrainer(options).train(corpus, inner);
        return std::shared_ptr<const text::Tokenizer>(std::move(trained.tokenizer));
    }
    throw std::runtime_error("unknown tokenizer \"" + o.tokenizer + "\" (expected char, gpt2 or bpe:N)");
}

void validate(const TrainOptions &o)
{
    auto need = [](bool ok, const std::string &msg) {
        if (!ok)
            throw std::invalid_argument("training options: " + msg);
    };
    need(!o.dataPath.empty(), "no corpus file");
    need(!o.outDir.empty(), "no output folder");
    need(o.weightDecay >= 0, "weight decay must be >= 0");
    need(o.beta1 >= 0 && o.beta1 < 1 && o.beta2 >= 0 && o.beta2 < 1, "betas must be in [0, 1)");
    need(o.validationFraction > 0 && o.validationFraction < 0.5, "validation fraction must be in (0, 0.5)");
    need(o.evalBatches >= 1, "evaluation batches must be >= 1");
    need(o.sampleTokens >= 0, "sample tokens must be >= 0");
}

// AdamW with decoupled weight decay. Written out (rather than torch::optim) so that its state
// is plain named tensors in the checkpoint and a resumed run continues exactly.
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

    explicit AdamW(const detail::GptNet &net)
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
                auto values = reader.readFloat32(*info);
                std::memcpy(target->data_ptr<float>(), values.data(), values.size() * sizeof(float));
            }
        }
        t = step;
    }
};

class Batches
{
public:
    Batches(const std::vector<int> &ids, std::int64_t begin, std::int64_t end, int context)
        : m_context(context), m_begin(begin), m_count(end - begin - context)
    {
        std::vector<std::int64_t> v(ids.begin() + begin, ids.begin() + end);
        m_data = torch::tensor(v, torch::kInt64);
    }

    // x, y: [B, T]; offsets drawn from gen.
    std::pair<torch::Tensor, torch::Tensor> draw(int batch, std::mt19937_64 &gen) const
    {
        std::vector<std::int64_t> offsets(static_cast<std::size_t>(batch));
        for (auto &o : offsets)
            o = std::int64_t(gen() % std::uint64_t(m_count));
        auto start = torch::tensor(offsets, torch::kInt64).unsqueeze(1);
        auto index = start + torch::arange(m_context, torch::kInt64).unsqueeze(0);
        auto x = m_data.index_select(0, index.flatten()).view({batch, m_context});
        auto y = m_data.index_select(0, (index + 1).flatten()).view({batch, m_context});
        return {x, y};
    }

private:
    int m_context;
    std::int64_t m_begin;
    std::int64_t m_count;
    torch::Tensor m_data;
};

torch::Tensor lossOf(const detail::GptNet &net, const torch::Tensor &x, const torch::Tensor &y)
{
    auto logits = net.logits(net.hidden(x));
    return torch::nn::functional::cross_entropy(logits.view({-1, logits.size(-1)}), y.reshape({-1}));
}

double estimateLoss(const detail::GptNet &net, const Batches &batches, const TrainOptions &o, std::uint64_t seed)
{
    torch::NoGradGuard noGrad;
    std::mt19937_64 gen(seed);
    double sum = 0;
    for (int i = 0; i < o.evalBatches; ++i) {
        auto [x, y] = batches.draw(o.batchSize, gen);
        sum += lossOf(net, x, y).item<double>();
    }
    return sum / o.evalBatches;
}

} // namespace

train::CommonOptions defaultCommon()
{
    train::CommonOptions c;
    c.steps = 2500;
    c.batchSize = 12;
    c.learningRate = 2e-3;
    c.schedule = train::Schedule::WarmupCosine;
    c.warmupSteps = 100;
    c.minLearningRate = -1;
    c.gradientClip = 1.0;
    c.seed = 1337;
    c.evalEvery = 100;
    c.previewEvery = 500;
    c.checkpointEvery = 500;
    return c;
}

TrainResult trainLanguageModel(const TrainOptions &o, const RunContext &ctx)
{
    validate(o);
    train::prepare(o);
    TrainResult result;
    result.outDir = o.outDir;

    // Resume when the folder holds a checkpoint (the policy in o.resume); fail now, not at the
    // first checkpoint, when the folder cannot take one.
    const bool resuming = train::shouldResume(o, "gpt2");
    ctx.progress(0, "reading the corpus");
    const Corpus corpus = readCorpus(o.dataPath, o.maxCorpusBytes);
    if (corpus.replaced > 0) {
        result.notice = o.dataPath + ": " + std::to_string(corpus.replaced) +
                        " invalid UTF-8 sequences were replaced with U+FFFD.";
        train::report(ctx, train::LogLine{-1, result.notice});
    }

    GptConfig config;
    config.layers = o.layers;
    config.heads = o.heads;
    config.embedDim = o.embedDim;
    config.contextLength = o.contextLength;

    // Resume: same shape, its tokenizer, its optimizer state.
    std::shared_ptr<const text::Tokenizer> tokenizer;
    std::optional<io::LoadedCheckpoint> resumeFrom;
    if (resuming) {
        resumeFrom = io::loadCheckpoint(o.outDir);
        tokenizer = detail::loadFolderTokenizer(o.outDir, resumeFrom->configJson);
        config.vocabSize = tokenizer->vocabSize();
        const GptConfig stored = GptConfig::fromJson(resumeFrom->configJson);
        if (const std::string diff = stored.difference(config); !diff.empty())
            throw std::runtime_error(o.outDir + " holds a checkpoint of another shape (" + diff +
                                     " for checkpoint vs requested); choose another output folder or the same settings");
    } else {
        ctx.progress(0, "building the tokenizer");
        tokenizer = makeTokenizer(o, corpus.text, ctx);
        config.vocabSize = tokenizer->vocabSize();
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
    if (split < o.contextLength + 2 || total - split < o.contextLength + 2)
        throw std::runtime_error(o.dataPath + ": " + std::to_string(total) + " tokens are too few to train with a context of " +
                                 std::to_string(o.contextLength) + " (each of the training and validation parts needs more than " +
                                 std::to_string(o.contextLength + 1) + ")");
    const Batches trainSet(ids, 0, split, o.contextLength);
    const Batches validation(ids, split, total, o.contextLength);

    GptModel model = GptModel::createRandom(config, o.seed);
    model.setTokenizer(tokenizer);
    detail::GptModelState &state = *model.state();
    detail::GptNet &net = state.net;
    AdamW adam(net);
    std::int64_t startStep = 0;
    if (resumeFrom) {
        detail::loadHfWeights(net, *resumeFrom->weights);
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

    Json recipe = {{"data", o.dataPath},
                   {"tokenizer", o.tokenizer},
                   {"steps", o.steps},
                   {"batch_size", o.batchSize},
                   {"learning_rate", o.learningRate},
                   {"warmup_steps", o.warmupSteps},
                   {"weight_decay", o.weightDecay},
                   {"gradient_clip", o.gradientClip},
                   {"seed", o.seed}};
    auto evaluate = [&](std::int64_t atStep) {
        result.trainLoss = estimateLoss(net, trainSet, o, o.seed ^ 0x5EEDull);
        result.validationLoss = estimateLoss(net, validation, o, o.seed ^ 0xBEEFull);
        result.validationPerplexity = std::exp(result.validationLoss);
        train::Metrics m;
        m.step = atStep;
        m.evaluation = true;
        m.scalars = {{"train_loss", result.trainLoss},
                     {"val_loss", result.validationLoss},
                     {"val_perplexity", result.validationPerplexity}};
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
        Json extra = {{"training", recipe},
                      {"optimizer_step", adam.t},
                      {"metrics", {{"train_loss", result.trainLoss}, {"val_loss", result.validationLoss}}}};
        detail::saveModelFolder(state, o.outDir, atStep, extra.dump(), adam.state());
    };
    hooks.preview = [&](std::int64_t atStep) {
        SamplingSettings s; // the neutral pipeline at the preview's temperature
        s.temperature = o.sampleTemperature;
        s.maxTokens = o.sampleTokens;
        s.seed = o.seed + std::uint64_t(atStep);
        std::vector<int> prompt = tokenizer->encode(o.samplePrompt);
        if (prompt.empty())
            prompt = {ids.front()};
        result.sample = o.samplePrompt + model.generate(prompt, s).text;
        train::report(ctx, train::TextPreview{atStep, result.sample});
    };
    hooks.step = [&](std::int64_t next) {
        // Batches depend on (seed, step) only, so a resumed run sees what an uninterrupted one would.
        std::mt19937_64 gen(o.seed * 0x9E3779B97F4A7C15ull + std::uint64_t(next));
        auto [x, y] = trainSet.draw(o.batchSize, gen);
        // Data-parallel: every rank draws the global batch (the corpus is in memory) and trains its rows.
        x = shard.rows(x);
        y = shard.rows(y);
        const auto t0 = Clock::now();
        auto loss = lossOf(net, x, y);
        const double lossValue = loss.item<double>();
        train::checkFinite(lossValue, "loss", next);
        for (auto &p : net.parameters())
            p.mutable_grad() = torch::Tensor();
        sync.backward(loss);
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
        train::StepReport r;
        r.scalars = {{"loss", lossValue},
                     {"learning_rate", lr},
                     {"grad_norm", norm},
                     {"tokens_per_s", double(x.size(0) * shard.ranks) * o.contextLength / stepSeconds}};
        r.examples = x.size(0) * o.contextLength; // this rank's; the loop sums the ranks'
        return r;
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

} // namespace genlab::engine::gpt
