#pragma once
// Pretraining and scale, measured: several GPT sizes trained on one corpus for the same compute, the
// final held-out loss against the parameter count on log-log axes, a least-squares power law
// loss ~ a * N^e through the points (e < 0 when bigger is better) and what it predicts for the next
// size up.
//
// Compute is counted as Kaplan et al. do: C = 6 * N * D floating-point operations, N the parameters
// (counted once; the tied output projection is a real matrix product per token, so the embedding
// counts, the position table too, attention's own n_ctx term is left out), D the training tokens
// (steps * batch * context). Iso-compute: each size gets the steps that spend the budget,
// steps = C / (6 N B T). Or the same tokens for every size (the default: at the budgets a CPU affords
// in minutes, the same compute favours the smallest sizes, see the lab's notes) and C grows with N.
// Each run is one gpt::trainLanguageModel call, so a GUI can queue them as separate training jobs.

#include "engine/base/runcontext.h"
#include "engine/gpt/training.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace genlab::engine::tuning {

struct ScalingOptions
{
    std::string dataPath;              // UTF-8 text
    std::string tokenizerFolder;       // vocab.json + merges.txt (e.g. the shipped model's folder); empty: characters
    std::string outDir;                // each size's checkpoint goes to outDir/d<width>; required
    std::vector<int> widths = {16, 24, 32, 48, 64}; // embedding widths, ascending after planning
    int layers = 2;
    int contextLength = 64;
    int batchSize = 8;
    // Iso-compute: budget > 0 FLOPs per run (6 * N * D), each size gets the steps that spend it.
    // budget <= 0: the same tokens for every size (tokens per run; the compute then grows with N).
    double budget = 0;
    // 800 steps of 8 x 64: with 200 (102,400 tokens) the widths' losses were too close to order
    // (width 64 below 48, r^2 0.61); at 409,600 they fall steadily, r^2 0.99 for 16..64.
    std::int64_t tokens = 800 * 8 * 64;
    int minSteps = 40;                 // a size whose budget buys fewer steps is refused
    int maxSteps = 5000;               // ... or more
    double learningRate = 3e-3;
    std::uint64_t seed = 1;
    int evalPoints = 8;                // held-out estimates per run (the curves against compute)
    int evalBatches = 12;              // batches per estimate
};

// Throws std::invalid_argument("scaling: ...") naming a bad option.
void validate(const ScalingOptions &options);

// One size's plan: its shape, parameters, the steps and tokens the budget buys, and the trainer's options.
struct ScalingPlan
{
    int index = 0;
    int width = 0;
    int layers = 0;
    int heads = 0;
    std::int64_t parameters = 0;
    std::int64_t steps = 0;
    std::int64_t tokens = 0;           // steps * batch * context
    double compute = 0;                // 6 * parameters * tokens
    gpt::TrainOptions train;           // what trainLanguageModel gets
};

// The plans for every width, smallest first. vocabSize: the tokenizer's (see scalingVocabSize).
std::vector<ScalingPlan> planScaling(const ScalingOptions &options, int vocabSize);
// The vocabulary the runs will use: the tokenizer folder's size, or the corpus' characters (+ specials).
int scalingVocabSize(const ScalingOptions &options);

// A held-out estimate during one size's run, with the compute spent so far.
struct ScalingPoint
{
    static constexpr std::string_view kKind = "tuning.scaling.point";
    int index = 0;                     // of the run (its plan)
    std::int64_t parameters = 0;
    std::int64_t step = 0;
    double compute = 0;                // FLOPs spent up to this step
    double loss = 0;                   // held-out loss (nats/token)

    Partial encode() const;
    static std::optional<ScalingPoint> decode(const Partial &partial);
};

struct ScalingRun
{
    int index = 0;
    int width = 0;
    int layers = 0;
    int heads = 0;
    std::int64_t parameters = 0;
    std::int64_t steps = 0;
    std::int64_t tokens = 0;
    double compute = 0;
    double loss = 0;                   // final held-out loss
    double trainLoss = 0;
    double seconds = 0;
    std::vector<ScalingPoint> curve;   // the held-out estimates along the run
};

// One size: trainLanguageModel with the plan's options (a fresh run: an earlier checkpoint in its
// folder is replaced). Reports ScalingPoint partials besides the trainer's own. Canceled through ctx.
ScalingRun runScalingSize(const ScalingPlan &plan, const RunContext &ctx = {});

// loss ~ a * x^exponent by least squares on (ln x, ln loss).
struct PowerLawFit
{
    double a = 0;
    double exponent = 0;
    double r2 = 0;                     // of the straight line on log-log axes
    int points = 0;
    double predict(double x) const;
};
// Needs at least two points with x > 0 and y > 0 (others are skipped); throws std::invalid_argument otherwise.
PowerLawFit fitPowerLaw(const std::vector<double> &x, const std::vector<double> &y);

struct ScalingPrediction
{
    int width = 0;                     // the next size up: the widest width * 1.5, rounded to a multiple of its heads
    int layers = 0;
    int heads = 0;
    std::int64_t parameters = 0;
    double loss = 0;                   // the fit's prediction
};

struct ScalingResult
{
    std::vector<ScalingRun> runs;      // smallest first
    PowerLawFit fit;                   // final loss against parameters
    ScalingPrediction next;
    double budget = 0;
    double seconds = 0;
};

// The fit and the next size's prediction from finished runs (any order; at least two).
ScalingResult summarizeScaling(const ScalingOptions &options, int vocabSize, std::vector<ScalingRun> runs);

// Every size in turn, then the fit: the headless path (the GUI queues runScalingSize jobs itself).
// Progress is spread over the runs by their steps.
ScalingResult runScaling(const ScalingOptions &options, const RunContext &ctx = {});

} // namespace genlab::engine::tuning
