#include "engine/train/options.h"

#include <algorithm>
#include <cmath>
#include <sstream>
#include <stdexcept>

namespace genlab::engine::train {

namespace {

std::string number(double v)
{
    std::ostringstream s;
    s << v;
    return s.str();
}

} // namespace

void validate(const CommonOptions &o)
{
    auto need = [](bool ok, const char *message) {
        if (!ok)
            throw std::invalid_argument(std::string("training options: ") + message);
    };
    need(o.steps >= 1, "steps must be >= 1");
    need(o.batchSize >= 1 && o.batchSize <= 4096, "batch size must be in [1, 4096]");
    need(o.learningRate > 0 && o.learningRate <= 10, "learning rate must be in (0, 10]");
    need(o.warmupSteps >= 0, "warm-up steps must be >= 0");
    need(o.minLearningRate < 0 || o.minLearningRate <= o.learningRate, "the minimum learning rate must not exceed the peak");
    need(o.threads >= 0, "threads must be >= 0");
    need(o.checkpointEvery >= 0 && o.previewEvery >= 0 && o.evalEvery >= 0, "intervals must be >= 0");
    need(std::isfinite(o.gradientClip), "gradient clipping must be a number");
}

double learningRateAt(const CommonOptions &o, std::int64_t step)
{
    if (o.schedule == Schedule::Constant)
        return o.learningRate;
    const double minLr = o.minLearningRate >= 0 ? o.minLearningRate : o.learningRate / 10;
    if (step <= o.warmupSteps)
        return o.learningRate * double(step) / double(std::max<std::int64_t>(1, o.warmupSteps));
    const double span = double(std::max<std::int64_t>(1, o.steps - o.warmupSteps));
    const double progress = std::clamp(double(step - o.warmupSteps) / span, 0.0, 1.0);
    return minLr + 0.5 * (o.learningRate - minLr) * (1 + std::cos(M_PI * progress));
}

bool isDue(std::int64_t every, std::int64_t step, std::int64_t lastStep)
{
    return step == lastStep || (every > 0 && step % every == 0);
}

std::string scheduleName(Schedule schedule)
{
    return schedule == Schedule::WarmupCosine ? "warmup-cosine" : "constant";
}

bool parseSchedule(const std::string &name, Schedule *out)
{
    if (name == "constant")
        *out = Schedule::Constant;
    else if (name == "warmup-cosine" || name == "cosine")
        *out = Schedule::WarmupCosine;
    else
        return false;
    return true;
}

std::vector<OptionDoc> describeCommonOptions(const CommonOptions &d)
{
    const bool cosine = d.schedule == Schedule::WarmupCosine;
    std::vector<OptionDoc> docs = {
        {"out", "DIR", "The checkpoint folder to write (and resume from)", ""},
        {"steps", "N", "Optimizer steps in all, counting those before a resume", std::to_string(d.steps)},
        {"batch", "N", "Examples per optimizer step", std::to_string(d.batchSize)},
        {"lr", "X", cosine ? "Peak learning rate (after the warm-up)" : "Learning rate", number(d.learningRate)},
        {"schedule", "NAME", "Learning-rate schedule: constant or warmup-cosine", scheduleName(d.schedule)},
        {"warmup", "N", "Warm-up steps of the warmup-cosine schedule", std::to_string(d.warmupSteps)},
        {"min-lr", "X", "Learning rate at the end of the cosine", d.minLearningRate < 0 ? "lr/10" : number(d.minLearningRate)},
        {"seed", "N", "Seed of the weights, the batch order and the previews", std::to_string(d.seed)},
        {"threads", "N", "Intra-op threads", d.threads > 0 ? std::to_string(d.threads) : "every core"},
        {"checkpoint-every", "N", "Steps between checkpoints (always one at the end); 0: at the end only",
         std::to_string(d.checkpointEvery)},
        {"preview-every", "N", "Steps between previews (samples, reconstructions); 0: none", std::to_string(d.previewEvery)},
        {"eval-every", "N", "Steps between evaluations (always one at the end)", std::to_string(d.evalEvery)},
        {"clip", "X", "Clip the gradients' global L2 norm to X; 0: off", number(std::max(0.0, d.gradientClip))},
        {"resume", "", "Continue the checkpoint in --out (fail when there is none). Without --resume or --no-resume a "
                       "checkpoint in --out of the same kind and shape is continued, else training starts",
         ""},
        {"no-resume", "", "Start over even when --out holds a checkpoint (it is replaced at the first save)", ""},
    };
    return docs;
}

} // namespace genlab::engine::train
