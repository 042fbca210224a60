#pragma once
// The diffusion trainer on the studio's training kit (engine/train): noise a batch at random
// timesteps, regress the network's output on ε (or v), update an EMA of the weights.

#include "engine/base/runcontext.h"
#include "engine/diffusion/diffusionmodel.h"
#include "engine/train/options.h"

#include <cstdint>
#include <string>

namespace genlab::engine::diffusion {

// The trainer's defaults for the options every trainer shares (steps 4000, batch 64, Adam at 0.001
// with warm-up 200 and a cosine, seed 1, a checkpoint every 500 steps, previews every 250,
// evaluation every 250): the one place they are written; the lab's form and `genlab train
// diffusion` start from them.
train::CommonOptions defaultCommon();

inline constexpr int kLossBuckets = 10;

struct TrainOptions : train::CommonOptions
{
    TrainOptions() : train::CommonOptions(defaultCommon()) {}

    std::string dataset = "digits"; // "digits", "procedural-digits", "shapes" or "folder:<path>"
    double classDropout = 0.1;      // share of a conditional model's labels replaced by "no class" [0.1]
    // EMA weights: ema = d · ema + (1 - d) · w with d = min(emaDecay, (1 + step) / (10 + step)), so
    // early previews are not dominated by the random starting weights [0.995]
    double emaDecay = 0.995;
    int previewRows = 2;            // rows of the fixed-seed preview grid [2]
    int previewColumns = 10;        // its columns (a conditional model: the classes 0, 1, ...) [10]
    int previewSteps = 20;          // DDIM steps of the preview samples [20]
    int evalImages = 64;            // held-out images of the loss-by-timestep evaluation; 0: none [64]
    // The largest image size trained; 0: the model's device decides (maxTrainingImageSize). Tests
    // raise it to train a GPU-sized model on the CPU; a form or the CLI never sets it.
    int maxImageSize = 0;
};

struct TrainResult
{
    std::int64_t step = 0;
    std::int64_t stepsThisRun = 0;
    double loss = 0;              // the last step's
    double imagesPerSecond = 0;
    double stepsPerSecond = 0;
    std::string lastCheckpoint;
};

// Trains model in place through train::runSteps. Each step reports train::Metrics with loss,
// grad_norm (before clipping) and lr. Every evalEvery steps train::Metrics{evaluation = true} with
// val_loss and, as `values`, the mean loss of a fixed held-out batch at fixed noise in each of
// kLossBuckets timestep buckets (bucket b holds t in (b·T/10, (b+1)·T/10]): the heat map of which
// noise levels are learned first. Every previewEvery steps a train::ImagePreview "samples": DDIM
// with previewSteps steps from one fixed seed, with the EMA weights (rows x columns; a conditional
// model's columns are the classes). Checkpoints to outDir with the resume policy of
// train::shouldResume("ddpm-unet"). A model larger than its device trains
// (trainingImageSizeProblem: above 64 px on the CPU) is refused with std::invalid_argument before
// anything is read. Throws train::Diverged, Canceled, data::DatasetError,
// DiffusionCheckpointError, std::invalid_argument, std::runtime_error.
TrainResult train(DiffusionModel &model, const TrainOptions &options, const RunContext &ctx);

} // namespace genlab::engine::diffusion
