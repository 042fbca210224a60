#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace genlab::engine::train {

// How the learning rate moves over a run.
enum class Schedule {
    Constant,     // learningRate at every step
    WarmupCosine, // linear from 0 over warmupSteps, then a cosine down to minLearningRate at the last step
};

// One resume policy for every trainer. A folder that is neither empty nor one of our checkpoints is
// always refused (it may be the user's documents).
enum class Resume {
    IfPresent, // outDir holds a checkpoint: continue it (weights, optimizer state, step); else start
    Required,  // continue the checkpoint in outDir; fail when there is none
    Never,     // start over; the checkpoint in outDir is replaced at the first save
};

// What the loop does when a step's loss or gradient is not finite (steploop.h).
enum class OnDivergence {
    Stop,  // the run ends with train::Diverged (the CLI: nobody is there to press Resume)
    Pause, // the job pauses with the message; Resume skips the step, Stop keeps the checkpoint (the GUI).
           // Where the runner cannot pause (RunContext::requestPause empty or false) it stops.
};

// The options every trainer shares. Each trainer starts from its own defaults (vae::defaultCommon(),
// gpt::defaultCommon()): those are the only place a default is written, and the GUI forms and the
// CLI's help read them from there. Fields, with the meaning they have in every trainer:
struct CommonOptions
{
    std::string outDir;              // the checkpoint folder written (and resumed from); empty: none
    std::int64_t steps = 1000;       // total optimizer steps, counting those before a resume
    int batchSize = 32;              // examples per optimizer step
    double learningRate = 1e-3;      // peak learning rate
    Schedule schedule = Schedule::Constant;
    std::int64_t warmupSteps = 0;    // WarmupCosine: linear warm-up from 0
    double minLearningRate = -1;     // WarmupCosine: the end of the cosine; < 0: learningRate / 10
    std::uint64_t seed = 1;          // initial weights, batch order, noise, previews
    int threads = 0;                 // > 0: intra-op threads for the calling thread; 0: as configured
    std::int64_t checkpointEvery = 500; // steps between checkpoints (and always at the end); 0: at the end only
    std::int64_t previewEvery = 100;    // steps between previews (and at the end); 0: none
    std::int64_t evalEvery = 250;       // steps between evaluations (and at the end); 0: at the end only
    Resume resume = Resume::IfPresent;
    double gradientClip = 0;         // global L2 norm of the gradients; <= 0: off
    bool checkpointOnCancel = true;  // a stopped run saves its last completed step
    OnDivergence onDivergence = OnDivergence::Stop; // the GUI's forms (form::CommonFields) set Pause
};

// Throws std::invalid_argument("training options: ...") for values no trainer accepts.
void validate(const CommonOptions &options);

// The learning rate at step (counting from 1) under the options' schedule.
double learningRateAt(const CommonOptions &options, std::int64_t step);

// True when `every` says to act at step: every > 0 and step a multiple of it, or the last step.
bool isDue(std::int64_t every, std::int64_t step, std::int64_t lastStep);

std::string scheduleName(Schedule schedule);          // "constant", "warmup-cosine"
bool parseSchedule(const std::string &name, Schedule *out);

// One line of documentation per common option, for the CLI's --help and the GUI's tool tips:
// the option's CLI name, what it does, and the default of the trainer whose defaults are passed.
struct OptionDoc
{
    std::string name;         // "steps", "batch", "lr", ...
    std::string valueName;    // "N", "X", "DIR"; empty for a switch
    std::string description;  // one sentence
    std::string defaultValue; // as the user would type it; empty when there is none
};
std::vector<OptionDoc> describeCommonOptions(const CommonOptions &defaults);

} // namespace genlab::engine::train
