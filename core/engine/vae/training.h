#pragma once

#include "engine/base/image.h"
#include "engine/base/runcontext.h"
#include "engine/train/options.h"
#include "engine/vae/latentmodel.h"

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace genlab::engine::vae {

// The VAE trainer's defaults for the options every trainer shares (steps 2000, batch 64, Adam at
// 0.001 constant, seed 1, a checkpoint every 500 steps, previews every 100): the one place they are
// written; the Latent lab's form and `genlab train vae` start from them.
train::CommonOptions defaultCommon();

// How a training job runs: the common options (outDir, steps, batchSize, learningRate and its
// schedule, seed, threads, checkpointEvery, previewEvery, gradientClip, resume; see
// train::CommonOptions; evalEvery is unused: the losses are reported every step) and the VAE's own.
// Defaults in brackets.
struct TrainOptions : train::CommonOptions
{
    TrainOptions() : train::CommonOptions(defaultCommon()) {}

    std::string dataset = "digits";   // a data-set id ("digits", "procedural-digits", "shapes") or "folder:<path>"
    std::vector<FloatImage> images;   // when not empty: train on these instead of opening dataset [empty]
    std::vector<int> labels;          // optional labels for images (only recorded)
    int previewCount = 8;             // images per preview row
};

struct TrainResult
{
    std::int64_t step = 0;            // steps taken in total (including resumed ones)
    std::int64_t stepsThisRun = 0;
    double reconstruction = 0;        // last step's values (per image, nats)
    double kl = 0;
    double elbo = 0;                  // -(reconstruction + kl)
    double loss = 0;                  // reconstruction + beta * kl
    double beta = 0;
    std::vector<float> klPerDim;      // last step's per-dimension KL
    double imagesPerSecond = 0;       // optimizer throughput of this run
    std::string lastCheckpoint;       // empty when none was written
};

// Trains model in place through the kit's step loop (train::runSteps): each step takes one Adam
// step on a batch and reports train::Metrics (scalars reconstruction, kl, elbo, beta, loss; values
// = per-dimension KL). Every previewEvery steps: train::ImagePreview "reconstructions" (2 rows:
// previewCount inputs above their reconstructions) and, for a VAE, "samples" of prior draws with a
// fixed seed. Checkpoints (weights + optimizer + step) go to outDir every checkpointEvery steps
// and at the end; with a checkpoint in outDir the resume policy decides whether model continues
// it. Resuming gives the same weights as an uninterrupted run with the same options.
// Throws train::Diverged, Canceled, data::DatasetError, CheckpointError, std::invalid_argument,
// std::runtime_error. When canceled the model keeps the weights of the last completed step.
TrainResult train(LatentModel &model, const TrainOptions &options, const RunContext &ctx);

} // namespace genlab::engine::vae
