#include "engine/tuning/distillation.h"

#include "engine/gpt/finetuning.h"
#include "engine/gpt/gptmodel.h"
#include "engine/gpt/sampling.h"
#include "engine/text/tokenizer.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>

namespace genlab::engine::tuning {

namespace {

std::string readDistillCorpus(const std::string &path, std::int64_t maxBytes)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error(path + ": cannot open the corpus (missing or unreadable)");
    std::string text;
    text.resize(std::size_t(maxBytes));
    in.read(text.data(), std::streamsize(maxBytes));
    text.resize(std::size_t(in.gcount()));
    if (text.empty())
        throw std::runtime_error(path + ": the corpus is empty");
    return text;
}

// n windows of length w spread evenly over [begin, end) of ids.
std::vector<gpt::WeightedSequence> distillEvenWindows(const std::vector<int> &ids, std::int64_t begin, std::int64_t end,
                                                      int w, int n)
{
    std::vector<gpt::WeightedSequence> out;
    const std::int64_t span = end - begin - w;
    for (int i = 0; i < n; ++i) {
        const std::int64_t start = begin + (n > 1 ? span * i / (n - 1) : 0);
        gpt::WeightedSequence s;
        s.ids.assign(ids.begin() + start, ids.begin() + start + w);
        out.push_back(std::move(s));
    }
    return out;
}

double distillLearningRate(const DistillOptions &o, int step)
{
    const int warmup = std::max(1, o.steps / 20);
    if (step <= warmup)
        return o.learningRate * double(step) / double(warmup);
    const double t = double(step - warmup) / double(std::max(1, o.steps - warmup));
    const double minLr = o.learningRate / 10;
    return minLr + 0.5 * (o.learningRate - minLr) * (1 + std::cos(3.14159265358979323846 * t));
}

double distillSpeed(gpt::GptModel &model, const std::vector<int> &prompt, int tokens)
{
    gpt::SamplingSettings s;
    s.greedy = true;
    s.temperature = 0;
    s.maxTokens = tokens;
    model.resetCache();
    // A short warm-up generation, so the first call's allocations are not measured.
    {
        gpt::SamplingSettings warm = s;
        warm.maxTokens = 4;
        model.generate(prompt, warm);
    }
    model.resetCache();
    const gpt::GenerationResult g = model.generate(prompt, s);
    model.resetCache();
    return g.tokensPerSecond;
}

} // namespace

Partial DistillProgress::encode() const
{
    Partial p;
    p.kind = std::string(kKind);
    p.step = step;
    p.text = distilled ? "distilled" : "data-only";
    p.scalars = {{"loss", loss}, {"data_loss", dataLoss}, {"distill_loss", distillLoss}};
    if (heldOutLoss)
        p.scalars.emplace_back("held_out_loss", *heldOutLoss);
    return p;
}

std::optional<DistillProgress> DistillProgress::decode(const Partial &p)
{
    if (p.kind != kKind)
        return std::nullopt;
    DistillProgress d;
    d.distilled = p.text != "data-only";
    d.step = p.step;
    for (const auto &[name, value] : p.scalars) {
        if (name == "loss")
            d.loss = value;
        else if (name == "data_loss")
            d.dataLoss = value;
        else if (name == "distill_loss")
            d.distillLoss = value;
        else if (name == "held_out_loss")
            d.heldOutLoss = value;
    }
    return d;
}

void validate(const DistillOptions &o)
{
    auto need = [](bool ok, const std::string &msg) {
        if (!ok)
            throw std::invalid_argument("distillation: " + msg);
    };
    need(!o.dataPath.empty(), "no corpus file");
    need(o.studentLayers >= 1 && o.studentLayers <= 12, "student layers must be in 1..12");
    need(o.studentHeads >= 1 && o.studentHeads <= 16, "student heads must be in 1..16");
    need(o.studentWidth >= 8 && o.studentWidth <= 1024, "student width must be in 8..1024");
    need(o.studentWidth % o.studentHeads == 0, "student width must be a multiple of the heads (" +
                                                   std::to_string(o.studentHeads) + ")");
    need(o.steps >= 1 && o.steps <= 100000, "steps must be in 1..100000");
    need(o.batchSize >= 1 && o.batchSize <= 256, "batch must be in 1..256");
    need(o.windowTokens >= 8 && o.windowTokens <= 1024, "window tokens must be in 8..1024");
    need(std::isfinite(o.temperature) && o.temperature > 0 && o.temperature <= 20, "temperature must be in (0, 20]");
    need(std::isfinite(o.alpha) && o.alpha >= 0 && o.alpha <= 1, "alpha must be in [0, 1]");
    need(std::isfinite(o.learningRate) && o.learningRate > 0 && o.learningRate < 1, "learning rate must be in (0, 1)");
    need(o.heldOutFraction > 0 && o.heldOutFraction < 0.5, "held-out fraction must be in (0, 0.5)");
    need(o.evalEvery >= 0, "evaluation interval must be >= 0");
    need(o.evalWindows >= 1 && o.finalWindows >= 1, "evaluation windows must be >= 1");
    need(o.speedTokens >= 1 && o.speedTokens <= 1024, "speed tokens must be in 1..1024");
    need(o.maxCorpusBytes > 0, "the corpus limit must be > 0");
}

DistillResult runDistillation(gpt::GptModel &teacher, const DistillOptions &o, const RunContext &ctx)
{
    validate(o);
    const auto started = std::chrono::steady_clock::now();
    const auto tokenizer = teacher.tokenizer();
    if (!tokenizer)
        throw std::invalid_argument("distillation: the teacher has no tokenizer");
    const gpt::GptConfig &tc = teacher.config();
    if (o.windowTokens > tc.contextLength)
        throw std::invalid_argument("distillation: window tokens (" + std::to_string(o.windowTokens) +
                                    ") exceed the teacher's context (" + std::to_string(tc.contextLength) + ")");

    ctx.progress(0, "reading the corpus");
    const std::string text = readDistillCorpus(o.dataPath, o.maxCorpusBytes);
    ctx.progress(0.01, "tokenizing");
    const std::vector<int> ids = tokenizer->encode(text);
    const std::int64_t total = std::int64_t(ids.size());
    const std::int64_t split = total - std::int64_t(double(total) * o.heldOutFraction);
    if (split < o.windowTokens + 1 || total - split < o.windowTokens + 1)
        throw std::runtime_error(o.dataPath + ": " + std::to_string(total) + " tokens are too few for windows of " +
                                 std::to_string(o.windowTokens) + " tokens (the training part and the held-out tail each need more)");

    gpt::GptConfig sc;
    sc.vocabSize = tc.vocabSize;
    sc.contextLength = o.windowTokens;
    sc.layers = o.studentLayers;
    sc.heads = o.studentHeads;
    sc.embedDim = o.studentWidth;
    sc.layerNormEps = tc.layerNormEps;
    try {
        sc.validate();
    } catch (const std::exception &e) {
        throw std::invalid_argument(std::string("distillation: the student: ") + e.what());
    }
    gpt::GptModel distilled = gpt::GptModel::createRandom(sc, o.seed);
    gpt::GptModel dataOnly = gpt::GptModel::createRandom(sc, o.seed);
    distilled.setTokenizer(tokenizer);
    dataOnly.setTokenizer(tokenizer);

    gpt::FinetuneOptions fo;
    fo.learningRate = o.learningRate;
    fo.weightDecay = 0.01;
    fo.gradientClip = 1.0;
    gpt::Finetuner distilledTuner(distilled, fo);
    gpt::Finetuner dataOnlyTuner(dataOnly, fo);

    const std::vector<gpt::WeightedSequence> evalSet = distillEvenWindows(ids, split, total, o.windowTokens, o.evalWindows);
    const std::vector<gpt::WeightedSequence> finalSet = distillEvenWindows(ids, split, total, o.windowTokens, o.finalWindows);
    teacher.resetCache();

    DistillResult result;
    result.temperature = o.temperature;
    result.alpha = o.alpha;
    result.steps = o.steps;
    result.trainTokens = split;
    result.heldOutTokens = total - split;
    result.teacherSource = teacher.source();

    const std::int64_t windowStarts = split - o.windowTokens; // starts in [0, windowStarts]
    for (int step = 1; step <= o.steps; ++step) {
        ctx.checkpoint();
        // The batch depends on (seed, step) only: both students see the same windows.
        std::mt19937_64 gen(o.seed * 0x9E3779B97F4A7C15ull + std::uint64_t(step) * 0xD1B54A32D192ED03ull);
        std::uniform_int_distribution<std::int64_t> pick(0, windowStarts);
        std::vector<std::vector<int>> batch;
        batch.reserve(std::size_t(o.batchSize));
        for (int b = 0; b < o.batchSize; ++b) {
            const std::int64_t start = pick(gen);
            batch.emplace_back(ids.begin() + start, ids.begin() + start + o.windowTokens);
        }
        const double lr = distillLearningRate(o, step);
        distilledTuner.setLearningRate(lr);
        dataOnlyTuner.setLearningRate(lr);
        const gpt::DistillStep a = distilledTuner.stepDistill(batch, teacher, o.temperature, o.alpha);
        const gpt::DistillStep b = dataOnlyTuner.stepDistill(batch, teacher, o.temperature, 0.0);

        const bool evaluate = step == o.steps || (o.evalEvery > 0 && step % o.evalEvery == 0) || step == 1;
        DistillProgress pa{true, step, a.loss, a.dataLoss, a.distillLoss, std::nullopt};
        DistillProgress pb{false, step, b.loss, b.dataLoss, b.distillLoss, std::nullopt};
        if (evaluate) {
            pa.heldOutLoss = gpt::compareModels(distilled, teacher, evalSet).firstLoss;
            pb.heldOutLoss = gpt::compareModels(dataOnly, teacher, evalSet).firstLoss;
        }
        result.distilledCurve.push_back({step, a.loss, a.dataLoss, a.distillLoss, pa.heldOutLoss.value_or(-1)});
        result.dataOnlyCurve.push_back({step, b.loss, b.dataLoss, b.distillLoss, pb.heldOutLoss.value_or(-1)});
        ctx.partial(pa.encode());
        ctx.partial(pb.encode());
        ctx.progress(0.02 + 0.9 * double(step) / double(o.steps), "training the students");
    }

    ctx.progress(0.93, "measuring");
    std::vector<int> prompt(finalSet.front().ids.begin(), finalSet.front().ids.begin() + std::min(8, o.windowTokens / 4));
    const int speedTokens = std::min(o.speedTokens, o.windowTokens - int(prompt.size()));
    auto figures = [&](gpt::GptModel &model, const std::string &name) {
        ctx.checkpoint();
        DistillFigures f;
        f.name = name;
        f.layers = model.config().layers;
        f.width = model.config().embedDim;
        const gpt::Agreement ag = gpt::compareModels(model, teacher, finalSet);
        f.heldOutLoss = ag.firstLoss;
        f.perplexity = std::exp(ag.firstLoss);
        f.agreement = ag.topAgreement;
        f.parameters = model.config().parameterCount();
        f.bytes = model.weightBytes();
        f.tokensPerSecond = distillSpeed(model, prompt, speedTokens);
        return f;
    };
    result.teacher = figures(teacher, "teacher");
    result.distilled = figures(distilled, "distilled");
    result.dataOnly = figures(dataOnly, "data-only");
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    ctx.progress(1, "done");
    return result;
}

} // namespace genlab::engine::tuning
