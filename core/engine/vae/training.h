#pragma once

#include "engine/base/image.h"
#include "engine/base/runcontext.h"
#include "engine/vae/latentmodel.h"

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace genlab::engine::vae {

// A loss became NaN or infinite: training stopped before the optimizer applied it, and no
// checkpoint was written from that state. what(): "KL became NaN at step 123".
class NonFiniteLoss : public std::runtime_error
{
public:
    NonFiniteLoss(std::string lossName, std::int64_t step, bool isNan);
    const std::string &lossName() const { return m_loss; }
    std::int64_t step() const { return m_step; }

private:
    std::string m_loss;
    std::int64_t m_step;
};

// How a training job runs. Defaults in brackets.
struct TrainOptions
{
    std::string dataset = "digits";   // a data-set id ("digits", "procedural-digits", "shapes") or "folder:<path>"
    std::vector<FloatImage> images;   // when not empty: train on these instead of opening dataset [empty]
    std::vector<int> labels;          // optional labels for images (only recorded)
    std::int64_t steps = 2000;        // total optimizer steps; a resumed run continues up to this count
    int batchSize = 64;
    double learningRate = 1e-3;       // Adam
    std::uint64_t seed = 1;           // batch order and reparameterisation noise (weights: LatentModel::create)
    std::string checkpointDir;        // where checkpoints go [empty: none]
    std::int64_t checkpointEvery = 0; // steps between checkpoints; 0: only at the end (when checkpointDir is set)
    std::int64_t previewEvery = 100;  // steps between reconstruction/sample partials; 0: none
    int previewCount = 8;             // images per preview row
    std::string resumeFrom;           // a checkpoint to continue from (weights, optimizer, step) [empty]
    int threads = 0;                  // intra-op threads for the calling thread; 0: leave as configured
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

// Trains model in place: each step calls ctx.checkpoint() (pause/cancel), takes one Adam step on
// a batch, and reports Partial{kind "metrics", step, scalars reconstruction/kl/elbo/beta/loss,
// values = per-dimension KL}. Every previewEvery steps: Partial{kind "reconstructions"} with
// previewCount inputs followed by their previewCount reconstructions (text "rows=2 cols=N"), and
// for a VAE Partial{kind "samples"} of prior draws with a fixed seed. Progress: fraction of steps.
// Checkpoints (weights + optimizer + step) go to checkpointDir every checkpointEvery steps and at
// the end. Resuming gives the same weights as an uninterrupted run with the same options.
// Throws NonFiniteLoss, Canceled, data::DatasetError, CheckpointError, std::invalid_argument.
// When canceled the model keeps the weights of the last completed step.
TrainResult train(LatentModel &model, const TrainOptions &options, const RunContext &ctx);

} // namespace genlab::engine::vae
