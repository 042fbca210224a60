#pragma once
// The Diffusion lab's toy: diffusion on the GAN lab's 2-D toys (engine/data/toys.h). A small MLP
// predicts the noise in x_t from x_t and a sinusoidal embedding of t; it trains in seconds. It is a
// Denoiser of 2 x 1 x 1 "images" (one point each), so the lab's samplers (sampler.h)
// run on it unchanged and points flow from noise to the data; vectorField() gives the learned noise
// prediction over a grid at any t, for the arrows. Model space is the toys' own plane (about
// [-3, 3]^2). Plain types only: the torch network lives in toydiffusion.cpp.

#include "engine/base/runcontext.h"
#include "engine/data/toys.h"
#include "engine/diffusion/denoiser.h"
#include "engine/diffusion/schedule.h"
#include "engine/train/options.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace genlab::engine::diffusion {

inline constexpr int kMinToyTimesteps = 100;
inline constexpr int kMaxToyTimesteps = 1000;

// What the toy model is: fixed for its life. Defaults in brackets.
struct ToyDiffusionConfig
{
    data::ToyKind data = data::ToyKind::Ring;       // [ring]
    std::vector<float> userPoints;                  // x, y pairs; UserPoints only; at least kMinToyUserPoints
    int hidden = 128;                               // units per hidden layer, 8..1024 [128]
    int layers = 3;                                 // hidden layers (SiLU, t added to each), 1..8 [3]
    int timeEmbedding = 32;                         // sinusoidal features of t, even, 2..256 [32]
    NoiseSchedule schedule = NoiseSchedule::Cosine; // [cosine, as the image model]
    int timesteps = 200;                            // T, kMinToyTimesteps..kMaxToyTimesteps [200]

    DiffusionSchedule makeSchedule() const { return DiffusionSchedule(schedule, timesteps); }
};

inline constexpr int kMinToyUserPoints = 8;

// Throws std::invalid_argument("toy diffusion: ...") naming the first bad field and its range.
void validate(const ToyDiffusionConfig &config);

// Where vectorField() looks: an N x N grid over the view. The default fits every toy.
struct ToyFieldRequest
{
    double xMin = -3.5, xMax = 3.5, yMin = -3.5, yMax = 3.5;
    int size = 21; // N, 2..256
};

// The learned noise prediction at timestep t over a grid. Points, ε̂ and score are x, y pairs, one
// per grid cell centre; row 0 is the top (yMax), column 0 the left (xMin), as in an image.
struct ToyField
{
    int t = 0;
    int size = 0;
    double xMin = 0, xMax = 0, yMin = 0, yMax = 0;
    std::vector<float> points;  // the cell centres, where x_t is taken
    std::vector<float> epsilon; // ε̂(x_t, t)
    // -ε̂ / sqrt(1 - ᾱ(t)): the model's score ∇ log p_t(x_t), the direction the reverse process moves
    // a point (its length grows as t falls; views usually normalise it)
    std::vector<float> score;
};

// The toy diffusion model. Thread: one thread at a time (the lab's interactive lane or a training job).
class ToyDiffusion : public Denoiser
{
public:
    // Throws std::invalid_argument (validate()). The same config and seed give the same weights, and
    // the same calls after it the same numbers (at a fixed thread count).
    static ToyDiffusion create(const ToyDiffusionConfig &config, std::uint64_t seed);

    ToyDiffusion(ToyDiffusion &&) noexcept;
    ToyDiffusion &operator=(ToyDiffusion &&) noexcept;
    ~ToyDiffusion() override;

    const ToyDiffusionConfig &config() const;
    std::uint64_t seed() const;
    std::int64_t steps() const; // optimizer steps taken
    std::int64_t parameterCount() const;

    // One Adam step on a fresh batch: x_0 from the toy, t uniform in 1..T, ε ~ N(0, I), loss the mean
    // of |ε̂(x_t, t) - ε|² per coordinate. gradientClip > 0 scales the gradient to at most that L2 norm.
    // Returns the loss; *gradNorm (optional) gets the norm before clipping. Throws train::Diverged
    // before an update whose loss or gradient is not finite (the weights stay as they were), and
    // std::invalid_argument for a batch outside 1..65536 or a learning rate <= 0.
    double trainStep(int batchSize, double learningRate, double gradientClip = 0, double *gradNorm = nullptr);
    // The loss on a fixed held-out batch (2048 points, fixed t and ε): comparable across steps.
    double heldOutLoss() const;

    // ε̂ over the request's grid at t (clamped to 1..T). Throws std::invalid_argument for a size
    // outside 2..256 or an empty view.
    ToyField vectorField(int t, const ToyFieldRequest &request = {}) const;

    // Denoiser: a point per "image" (x, y); unconditional; x̂0 clipped to ±4 (the toys lie within
    // ±3), or 1 beyond the farthest user point.
    int channels() const override { return 2; }
    int height() const override { return 1; }
    int width() const override { return 1; }
    int classCount() const override { return 0; }
    double predictionClip() const override;
    const DiffusionSchedule &schedule() const override;
    std::vector<float> predictNoise(const std::vector<float> &xt, int count, int t,
                                    const Conditioning &conditioning) const override;

    struct Impl;

private:
    explicit ToyDiffusion(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

// The toy trainer's defaults for the options every trainer shares (steps 2000, batch 256, Adam at
// 0.002 with warm-up 100 and a cosine to 0.0002, seed 1, one thread, evaluation every 100 steps, no
// previews, no checkpoints): the one place they are written.
train::CommonOptions defaultToyDiffusionCommon();

struct ToyDiffusionTrainOptions : train::CommonOptions
{
    ToyDiffusionTrainOptions() : train::CommonOptions(defaultToyDiffusionCommon()) {}
};

struct ToyDiffusionTrainResult
{
    std::int64_t step = 0; // steps taken in total
    std::int64_t stepsThisRun = 0;
    double loss = 0;         // the last step's
    double heldOutLoss = -1; // the last evaluation's
    double stepsPerSecond = 0;
};

// Trains the toy in place through train::runSteps, from model.steps() to options.steps (so a lab can
// train on in chunks): Metrics loss, grad_norm, lr every step; Metrics{evaluation} val_loss (the
// held-out loss) every evalEvery steps and at the end. Keeps no checkpoints (it trains in seconds):
// outDir must be empty. Throws train::Diverged, Canceled, std::invalid_argument.
ToyDiffusionTrainResult trainToyDiffusion(ToyDiffusion &model, const ToyDiffusionTrainOptions &options,
                                          const RunContext &ctx);

} // namespace genlab::engine::diffusion
