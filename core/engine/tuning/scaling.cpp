#include "engine/tuning/scaling.h"

#include "engine/gpt/gptconfig.h"
#include "engine/text/bpetokenizer.h"
#include "engine/text/chartokenizer.h"
#include "engine/train/events.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <sstream>
#include <stdexcept>

namespace genlab::engine::tuning {

namespace {

int scalingHeadsFor(int width)
{
    int heads = std::max(1, width / 16);
    while (heads > 1 && width % heads != 0)
        --heads;
    return heads;
}

std::int64_t scalingParameters(int vocab, int context, int layers, int heads, int width)
{
    gpt::GptConfig c;
    c.vocabSize = vocab;
    c.contextLength = context;
    c.layers = layers;
    c.heads = heads;
    c.embedDim = width;
    return c.parameterCount();
}

} // namespace

Partial ScalingPoint::encode() const
{
    Partial p;
    p.kind = std::string(kKind);
    p.step = step;
    p.scalars = {{"index", double(index)}, {"parameters", double(parameters)}, {"compute", compute}, {"loss", loss}};
    return p;
}

std::optional<ScalingPoint> ScalingPoint::decode(const Partial &p)
{
    if (p.kind != kKind)
        return std::nullopt;
    ScalingPoint s;
    s.step = p.step;
    for (const auto &[name, value] : p.scalars) {
        if (name == "index")
            s.index = int(value);
        else if (name == "parameters")
            s.parameters = std::int64_t(value);
        else if (name == "compute")
            s.compute = value;
        else if (name == "loss")
            s.loss = value;
    }
    return s;
}

void validate(const ScalingOptions &o)
{
    auto need = [](bool ok, const std::string &msg) {
        if (!ok)
            throw std::invalid_argument("scaling: " + msg);
    };
    need(!o.dataPath.empty(), "no corpus file");
    need(!o.outDir.empty(), "no output folder");
    need(o.widths.size() >= 2 && o.widths.size() <= 12, "give 2 to 12 sizes");
    for (int w : o.widths)
        need(w >= 8 && w <= 1024, "each width must be in 8..1024 (got " + std::to_string(w) + ")");
    std::vector<int> sorted = o.widths;
    std::sort(sorted.begin(), sorted.end());
    need(std::adjacent_find(sorted.begin(), sorted.end()) == sorted.end(), "the widths must differ");
    need(o.layers >= 1 && o.layers <= 12, "layers must be in 1..12");
    need(o.contextLength >= 8 && o.contextLength <= 1024, "context must be in 8..1024");
    need(o.batchSize >= 1 && o.batchSize <= 256, "batch must be in 1..256");
    need(std::isfinite(o.budget), "the budget must be a number of FLOPs (or 0 for the same tokens per size)");
    need(o.budget > 0 || o.tokens > 0, "the tokens per size must be > 0");
    need(o.minSteps >= 1 && o.maxSteps >= o.minSteps, "steps limits must satisfy 1 <= min <= max");
    need(std::isfinite(o.learningRate) && o.learningRate > 0 && o.learningRate < 1, "learning rate must be in (0, 1)");
    need(o.evalPoints >= 1 && o.evalPoints <= 100, "evaluation points must be in 1..100");
    need(o.evalBatches >= 1, "evaluation batches must be >= 1");
}

int scalingVocabSize(const ScalingOptions &o)
{
    if (!o.tokenizerFolder.empty())
        return text::BpeTokenizer::loadFromFolder(o.tokenizerFolder)->vocabSize();
    std::ifstream in(o.dataPath, std::ios::binary);
    if (!in)
        throw std::runtime_error(o.dataPath + ": cannot open the corpus (missing or unreadable)");
    std::ostringstream all;
    all << in.rdbuf();
    return text::CharTokenizer::fromText(all.str()).vocabSize();
}

std::vector<ScalingPlan> planScaling(const ScalingOptions &o, int vocabSize)
{
    validate(o);
    std::vector<int> widths = o.widths;
    std::sort(widths.begin(), widths.end());
    std::vector<ScalingPlan> plans;
    const double tokensPerStep = double(o.batchSize) * o.contextLength;
    for (int w : widths) {
        ScalingPlan p;
        p.index = int(plans.size());
        p.width = w;
        p.layers = o.layers;
        p.heads = scalingHeadsFor(w);
        p.parameters = scalingParameters(vocabSize, o.contextLength, o.layers, p.heads, w);
        p.steps = o.budget > 0 ? std::llround(o.budget / (6.0 * double(p.parameters) * tokensPerStep))
                               : std::llround(double(o.tokens) / tokensPerStep);
        if (p.steps < o.minSteps || p.steps > o.maxSteps) {
            std::ostringstream what;
            what << "scaling: ";
            if (o.budget > 0)
                what << "a budget of " << std::setprecision(3) << o.budget << " FLOPs";
            else
                what << o.tokens << " tokens";
            what << " buys width " << w << " (" << p.parameters << " parameters) " << p.steps
                 << " steps; choose a budget or sizes that give " << o.minSteps << ".." << o.maxSteps << " steps";
            throw std::invalid_argument(what.str());
        }
        p.tokens = p.steps * std::int64_t(tokensPerStep);
        p.compute = 6.0 * double(p.parameters) * double(p.tokens);

        gpt::TrainOptions &t = p.train;
        t.dataPath = o.dataPath;
        t.tokenizer = o.tokenizerFolder.empty() ? "char" : "gpt2";
        t.tokenizerFolder = o.tokenizerFolder;
        t.layers = o.layers;
        t.heads = p.heads;
        t.embedDim = w;
        t.contextLength = o.contextLength;
        t.outDir = (std::filesystem::path(o.outDir) / ("d" + std::to_string(w))).string();
        t.steps = p.steps;
        t.batchSize = o.batchSize;
        t.learningRate = o.learningRate;
        t.schedule = train::Schedule::WarmupCosine;
        t.warmupSteps = std::max<std::int64_t>(1, p.steps / 20);
        t.minLearningRate = -1;
        t.seed = o.seed;
        t.checkpointEvery = 0;
        t.previewEvery = 0;
        t.evalEvery = std::max<std::int64_t>(1, p.steps / o.evalPoints);
        t.evalBatches = o.evalBatches;
        t.resume = train::Resume::Never;
        t.gradientClip = 1.0;
        t.sampleTokens = 0;
        plans.push_back(std::move(p));
    }
    return plans;
}

ScalingRun runScalingSize(const ScalingPlan &plan, const RunContext &ctx)
{
    ScalingRun run;
    run.index = plan.index;
    run.width = plan.width;
    run.layers = plan.layers;
    run.heads = plan.heads;
    run.parameters = plan.parameters;
    run.steps = plan.steps;
    run.tokens = plan.tokens;
    run.compute = plan.compute;
    const double flopsPerStep = 6.0 * double(plan.parameters) * double(plan.train.batchSize) * plan.train.contextLength;

    RunContext inner = ctx;
    inner.onPartial = [&](Partial &&p) {
        if (const auto m = train::Metrics::decode(p); m && m->evaluation && m->has("val_loss")) {
            ScalingPoint point;
            point.index = plan.index;
            point.parameters = plan.parameters;
            point.step = m->step;
            point.compute = flopsPerStep * double(m->step);
            point.loss = m->value("val_loss", 0);
            run.curve.push_back(point);
            ctx.partial(point.encode());
        }
        ctx.partial(std::move(p));
    };
    const gpt::TrainResult r = gpt::trainLanguageModel(plan.train, inner);
    run.loss = r.validationLoss;
    run.trainLoss = r.trainLoss;
    run.seconds = r.seconds;
    return run;
}

double PowerLawFit::predict(double x) const
{
    return a * std::pow(x, exponent);
}

PowerLawFit fitPowerLaw(const std::vector<double> &x, const std::vector<double> &y)
{
    if (x.size() != y.size())
        throw std::invalid_argument("power-law fit: x and y differ in length");
    std::vector<double> lx, ly;
    for (std::size_t i = 0; i < x.size(); ++i)
        if (x[i] > 0 && y[i] > 0 && std::isfinite(x[i]) && std::isfinite(y[i])) {
            lx.push_back(std::log(x[i]));
            ly.push_back(std::log(y[i]));
        }
    const std::size_t n = lx.size();
    if (n < 2)
        throw std::invalid_argument("power-law fit: needs at least two positive points");
    double mx = 0, my = 0;
    for (std::size_t i = 0; i < n; ++i) {
        mx += lx[i];
        my += ly[i];
    }
    mx /= double(n);
    my /= double(n);
    double sxx = 0, sxy = 0, syy = 0;
    for (std::size_t i = 0; i < n; ++i) {
        sxx += (lx[i] - mx) * (lx[i] - mx);
        sxy += (lx[i] - mx) * (ly[i] - my);
        syy += (ly[i] - my) * (ly[i] - my);
    }
    if (sxx <= 0)
        throw std::invalid_argument("power-law fit: needs at least two different x");
    PowerLawFit f;
    f.points = int(n);
    f.exponent = sxy / sxx;
    f.a = std::exp(my - f.exponent * mx);
    double ssRes = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const double r = ly[i] - (my + f.exponent * (lx[i] - mx));
        ssRes += r * r;
    }
    f.r2 = syy > 0 ? 1.0 - ssRes / syy : 1.0;
    return f;
}

ScalingResult summarizeScaling(const ScalingOptions &o, int vocabSize, std::vector<ScalingRun> runs)
{
    std::sort(runs.begin(), runs.end(), [](const ScalingRun &a, const ScalingRun &b) { return a.parameters < b.parameters; });
    ScalingResult result;
    result.budget = o.budget;
    std::vector<double> xs, ys;
    for (const ScalingRun &r : runs) {
        xs.push_back(double(r.parameters));
        ys.push_back(r.loss);
        result.seconds += r.seconds;
    }
    result.fit = fitPowerLaw(xs, ys);
    if (!runs.empty()) {
        const ScalingRun &last = runs.back();
        ScalingPrediction &n = result.next;
        n.layers = last.layers;
        n.width = int(std::lround(last.width * 1.5));
        n.heads = scalingHeadsFor(n.width);
        n.width = std::max(n.heads, n.width / n.heads * n.heads);
        n.parameters = scalingParameters(vocabSize, o.contextLength, n.layers, n.heads, n.width);
        n.loss = result.fit.predict(double(n.parameters));
    }
    result.runs = std::move(runs);
    return result;
}

ScalingResult runScaling(const ScalingOptions &o, const RunContext &ctx)
{
    validate(o);
    const auto started = std::chrono::steady_clock::now();
    const int vocab = scalingVocabSize(o);
    const std::vector<ScalingPlan> plans = planScaling(o, vocab);
    std::int64_t allSteps = 0;
    for (const ScalingPlan &p : plans)
        allSteps += p.steps;
    std::vector<ScalingRun> runs;
    std::int64_t doneSteps = 0;
    for (const ScalingPlan &p : plans) {
        ctx.checkpoint();
        RunContext inner = ctx;
        const std::int64_t before = doneSteps;
        const std::string stage = "width " + std::to_string(p.width);
        inner.onProgress = [&](double f, std::string_view) {
            ctx.progress((double(before) + f * double(p.steps)) / double(allSteps), stage);
        };
        runs.push_back(runScalingSize(p, inner));
        doneSteps += p.steps;
    }
    ScalingResult r = summarizeScaling(o, vocab, std::move(runs));
    r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    ctx.progress(1, "done");
    return r;
}

} // namespace genlab::engine::tuning
