#pragma once

#include "engine/base/runcontext.h"
#include "engine/train/options.h"

#include <cstdint>
#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace genlab::engine::train {

// A loss or the gradient became NaN or infinite. Thrown by checkFinite() inside a step, before the
// optimizer applies anything, so the weights stay those of the previous step. what() is the whole
// sentence a user reads; summary() the short form ("KL became NaN at step 123").
class Diverged : public std::runtime_error
{
public:
    Diverged(std::string loss, std::int64_t step, bool isNan, std::string_view advice = {});
    const std::string &loss() const { return m_loss; }
    std::int64_t step() const { return m_step; }
    bool isNan() const { return m_isNan; }
    std::string summary() const;

private:
    std::string m_loss;
    std::int64_t m_step;
    bool m_isNan;
};

// Throws Diverged(name, step) when value is NaN or infinite.
void checkFinite(double value, std::string_view name, std::int64_t step);

// What one optimizer step reports: its scalars (sent as Metrics) and the examples it consumed.
struct StepReport
{
    std::vector<std::pair<std::string, double>> scalars;
    std::vector<float> values;  // optional per-step vector (the VAE's KL per dimension)
    std::int64_t examples = 0;  // images, sequences, tokens: the unit of the trainer's throughput
};

// What a trainer plugs into the loop. Steps count from 1; `step` is the step just completed.
struct LoopHooks
{
    std::function<StepReport(std::int64_t step)> step; // required: one optimizer step
    std::function<void(std::int64_t step)> evaluate;   // optional: report Metrics{evaluation = true}
    std::function<void(std::int64_t step)> preview;    // optional: report ImagePreview / TextPreview
    std::function<void(std::int64_t step)> save;       // required with an outDir: commit a checkpoint
    std::function<void()> settle; // optional: runs once when the loop leaves, however (e.g. eval mode)
    std::string divergenceAdvice = "Try a lower learning rate.";
    std::string outOfMemoryAdvice = "try a smaller batch";
};

struct LoopResult
{
    std::int64_t startStep = 0;    // where this run began (> 0 when resumed)
    std::int64_t lastStep = 0;     // the last completed step
    std::int64_t stepsThisRun = 0;
    std::int64_t examples = 0;     // summed over this run's StepReports
    double seconds = 0;
    double examplesPerSecond = 0;
    std::string lastCheckpoint;    // empty when none was written
};

// The one training loop. For step = startStep + 1 .. options.steps: ctx.checkpoint() (pause,
// single step, cancel), hooks.step, a Metrics event and progress; then, when due (isDue), evaluate,
// preview (previewEvery > 0) and save (outDir set) followed by a CheckpointWritten event. The last
// step always evaluates, previews and saves.
// - Canceled: the last completed step is saved (checkpointOnCancel, at least one step done), then
//   Canceled propagates.
// - Diverged (from hooks.step) with OnDivergence::Stop, or where the runner cannot pause the job
//   (RunContext::pauseSelf() false): a Divergence event, no checkpoint, then Diverged propagates.
// - Diverged with OnDivergence::Pause: a Divergence event (paused = true, the message with the
//   trainer's advice and what Resume and Stop do), the job pauses itself (RunContext::requestPause)
//   and the loop waits at the next step's ctx.checkpoint(). The state it continues from is the
//   trainer's live state after the last completed step (see runSteps() for why no copy is made).
//   Resume (or Step) continues at the step after the one that diverged: that step's batch and noise
//   are skipped, so the run does not recompute the same NaN. Stop ends the run (Canceled) without
//   saving: the last checkpoint on disk stays the last good one. Each further divergence pauses
//   again. When the skipped step was the last, the run ends by saving the last completed step.
// - Out of memory (std::bad_alloc, LibTorch's allocation errors): std::runtime_error naming the
//   step and outOfMemoryAdvice. Any other LibTorch error: std::runtime_error naming the step.
// A run with startStep >= options.steps does nothing and returns at once.
LoopResult runSteps(const CommonOptions &options, std::int64_t startStep, const LoopHooks &hooks, const RunContext &ctx);

// Applies the resume policy (options.resume) to options.outDir for a trainer whose checkpoints
// say `architecture`: true when the run continues the checkpoint there. Throws std::runtime_error
// naming the folder when it cannot be used: Resume::Required without a checkpoint, a checkpoint of
// another architecture, a file, or a folder that is neither empty nor one of our checkpoints.
bool shouldResume(const CommonOptions &options, const std::string &architecture);

// Validates the options and gives the calling thread its intra-op thread count (options.threads).
void prepare(const CommonOptions &options);

} // namespace genlab::engine::train
