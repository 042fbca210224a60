#pragma once
// What a training run reports while it runs, one C++ type per kind. Each encodes itself into the
// engine's Partial (the carrier that crosses to the GUI thread) and decodes from it; its kind is
// spelled once, here. Trainers report through the step loop (steploop.h) or train::report().

#include "engine/base/image.h"
#include "engine/base/partial.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace genlab::engine {
struct RunContext;
}

namespace genlab::engine::train {

// Scalars of one step (loss, learning rate, ...) or of an evaluation (val_loss, ...), and an
// optional vector (the VAE's KL per latent dimension).
struct Metrics
{
    static constexpr std::string_view kKind = "train.metrics";
    std::int64_t step = 0;
    std::vector<std::pair<std::string, double>> scalars;
    std::vector<float> values;
    bool evaluation = false; // from an evaluation (every evalEvery steps), not the step itself

    // The named scalar, or fallback when this report has none of that name.
    double value(std::string_view name, double fallback) const;
    bool has(std::string_view name) const;
    Partial encode() const;
    static std::optional<Metrics> decode(const Partial &partial);
};

// Images the model made at a step: reconstructions (inputs above, outputs below), samples of a
// fixed seed, ... laid out as rows x cols.
struct ImagePreview
{
    static constexpr std::string_view kKind = "train.images";
    std::int64_t step = 0;
    std::string what;    // "reconstructions", "samples": a lab may show several kinds
    std::string caption; // e.g. "prior samples, seed 20240601"
    int rows = 1;
    int cols = 0;
    std::vector<Image> images;

    Partial encode() const;
    static std::optional<ImagePreview> decode(const Partial &partial);
};

// Text the model wrote at a step (a language model's sample).
struct TextPreview
{
    static constexpr std::string_view kKind = "train.text";
    std::int64_t step = 0;
    std::string text;

    Partial encode() const;
    static std::optional<TextPreview> decode(const Partial &partial);
};

// A checkpoint of this step is committed on disk (a resume starts here).
struct CheckpointWritten
{
    static constexpr std::string_view kKind = "train.checkpoint";
    std::int64_t step = 0;
    std::string dir;

    Partial encode() const;
    static std::optional<CheckpointWritten> decode(const Partial &partial);
};

// A loss or the gradient became NaN or infinite at step. Reported just before the run fails with
// Diverged, or, with OnDivergence::Pause, just before the job pauses itself (paused = true): the
// weights are those of the step before, and no checkpoint was written from the bad state (the last
// one on disk is good).
struct Divergence
{
    static constexpr std::string_view kKind = "train.diverged";
    std::int64_t step = 0;
    std::string loss;    // "KL", "loss", "gradient", ...
    bool isNan = true;   // false: infinite
    std::string message; // the whole sentence, with the trainer's advice
    bool paused = false; // the job waits: Resume continues at step + 1, Stop keeps the last checkpoint

    Partial encode() const;
    static std::optional<Divergence> decode(const Partial &partial);
};

// A line for the log: resumed from step N, invalid bytes replaced, ...
struct LogLine
{
    static constexpr std::string_view kKind = "train.log";
    std::int64_t step = -1;
    std::string text;

    Partial encode() const;
    static std::optional<LogLine> decode(const Partial &partial);
};

// Sends event through ctx (its partial callback).
template <class Event>
void report(const RunContext &ctx, const Event &event);

} // namespace genlab::engine::train

#include "engine/base/runcontext.h"

template <class Event>
void genlab::engine::train::report(const RunContext &ctx, const Event &event)
{
    ctx.partial(event.encode());
}
