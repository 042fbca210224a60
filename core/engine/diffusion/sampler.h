#pragma once
// The reverse process: DDPM ancestral sampling, DDIM (η) and DPM-Solver++ (2M), every step kept.
// Pure C++ over a Denoiser (denoiser.h): the update rules are elementwise arithmetic; all noise is
// drawn on the CPU from a SplitMix64 stream per (seed, image, step), so one seed gives one image
// bit for bit at a fixed thread count, a GPU the same image up to float tolerance, and a branch that
// keeps the settings reproduces the original exactly.
//
// Every step makes one denoiser.predictNoise call at t_{i-1}, forms x̂_0 = (x_t - sqrt(1 - ᾱ) ε̂) / sqrt(ᾱ),
// clips it to [-c, c] with c = denoiser.predictionClip() (images: [-1, 1], where the data lives;
// DDIM then uses the ε̂ the clipped x̂_0 implies), and updates x:
//   DDPM  the posterior mean of q(x_{t'} | x_t, x̂_0) plus its own variance
//         (1 - ᾱ_{t'}) / (1 - ᾱ_t) · (1 - ᾱ_t / ᾱ_{t'}) times fresh noise, also over a strided grid
//   DDIM  sqrt(ᾱ_{t'}) x̂_0 + sqrt(1 - ᾱ_{t'} - s²) ε̂ + s z, s² = η² · DDPM's variance (η = 1: DDPM)
//   DPM-Solver++ (2M)  first order on the first step, second order (the previous step's x̂_0) after
// The last step, to t = 0, returns x̂_0 for every sampler.

#include "engine/base/image.h"
#include "engine/base/runcontext.h"
#include "engine/diffusion/denoiser.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace genlab::engine::diffusion {

enum class SamplerKind {
    Ddpm,       // ancestral: the posterior q(x_{t'} | x_t, x̂_0) with its own variance (η = 1)
    Ddim,       // DDIM with η (0: deterministic)
    DpmSolver2M // DPM-Solver++ (2M), multistep second order in λ = ln(α/σ), deterministic
};
std::string samplerName(SamplerKind kind); // "ddpm", "ddim", "dpm"
bool parseSampler(const std::string &name, SamplerKind *out); // also "dpm-solver", "dpm++"

inline constexpr int kMaxSamplerSteps = 4000;
inline constexpr double kMaxGuidance = 30;
// At most this many floats of kept steps per run (x and x̂_0 of every image at every step): 1 GB.
inline constexpr long long kMaxKeptValues = 256LL << 20;
// The most images one run samples (every step of every image is kept); a denoiser of 2-D points
// (height and width 1, the toy) samples up to kMaxSamplePoints points.
inline constexpr int kMaxSampleImages = 256;
inline constexpr int kMaxSamplePoints = 8192;

struct SamplerSettings
{
    SamplerKind kind = SamplerKind::Ddim;
    int steps = 50;          // 1..T; the timesteps T = t_0 > t_1 > ... > t_steps = 0, evenly spaced
    double eta = 0;          // DDIM only, 0..1
    std::uint64_t seed = 1;
    int count = 1;           // images, 1..kMaxSampleImages (points of a 2-D toy: 1..kMaxSamplePoints)
    // The class of every image (-1: unconditional), or one per image when classes has count values
    // (each 0..classes-1; classes wins over classLabel).
    int classLabel = -1;
    std::vector<int> classes;
    int blendClass = -1;     // with blend > 0: travel towards this class's conditioning
    float blend = 0;
    double guidance = 1;     // classifier-free guidance scale, 0..kMaxGuidance
    // Optional starting noise (count images of the model's size, model space) instead of the
    // seed's; seed travel passes the slerp of two seeds' noises here.
    std::vector<float> initialNoise;

    // Empty when the settings fit the denoiser, else a message naming the field and its range.
    std::string validate(const Denoiser &denoiser) const;
    // "DDIM η 0, 50 steps, seed 1, class 7, guidance 3"
    std::string describe() const;
};

// One denoising step i (1..steps): from x at t_{i-1} to x at t_i. Step 0 is the starting noise
// (x0hat empty). x and x0hat hold the batch's images in model space, planar, one after another.
struct DenoisingStep
{
    int index = 0;
    int t = 0;              // t_i: the timestep x is at
    int fromT = 0;          // t_{i-1}
    double sigma = 0;       // σ of x at t (sqrt((1 - ᾱ)/ᾱ)); 0 at t = 0
    double alphaBar = 1;
    std::vector<float> x;     // x_{t_i}
    std::vector<float> x0hat; // the model's prediction of the clean image, made at t_{i-1}
    double milliseconds = 0;  // wall time of this step (the model's passes included)
};

struct SamplingRun
{
    SamplerSettings settings;
    std::vector<int> timesteps;      // t_0 .. t_steps
    std::vector<DenoisingStep> steps; // 0 .. steps (every one kept)
    int branchedAt = -1;             // a branch: the step it shares with its parent (< 0: none)
    double seconds = 0;              // wall time of the steps computed by this run
    int imageValues = 0;             // values of one image (channels * height * width)
    int channels = 0, height = 0, width = 0;

    const std::vector<float> &finalImages() const { return steps.back().x; }
};

// Called after each step with the step just made (the streaming hook; may be empty). sample() calls
// it for step 0 (the starting noise) too; branch() for the steps it computes (after k) only.
using StepCallback = std::function<void(const DenoisingStep &)>;

// The timesteps of a run of `steps` steps over T: round(T · (1 - i / steps)), i = 0..steps.
std::vector<int> samplerTimesteps(int T, int steps);

// The starting noise of count images for a seed: N(0, I), Box-Muller over SplitMix64 (the one every
// sampler, the comparison and seed travel use). Image i's noise depends on (seed, i) only, so the
// first images of a larger batch are those of a smaller one; likewise a stochastic step's noise
// depends on (seed, image, step index) only.
std::vector<float> startingNoise(std::uint64_t seed, int count, std::size_t imageValues);

// Samples settings.count images. Checks ctx once per step (pause, cancel). Throws
// std::invalid_argument for settings that do not fit (validate()), Canceled.
SamplingRun sample(const Denoiser &denoiser, const SamplerSettings &settings, const RunContext &ctx = {},
                   const StepCallback &onStep = {});

// A branch of parent from its step k (0..steps-1): steps 0..k are copied, the rest run with the new
// settings' sampler, η, guidance, class and seed over the parent's remaining timesteps (the step
// count and starting noise are the parent's). Branching with the parent's own settings gives the
// parent's images exactly.
SamplingRun branch(const Denoiser &denoiser, const SamplingRun &parent, int k, const SamplerSettings &settings,
                   const RunContext &ctx = {}, const StepCallback &onStep = {});

// Spherical interpolation of two noises, for seed travel: each image of imageValues values on its
// own (0: the whole vector as one). Nearly parallel noises fall back to the straight line. Throws
// std::invalid_argument when the sizes differ or are not whole images.
std::vector<float> slerp(const std::vector<float> &a, const std::vector<float> &b, double t,
                         std::size_t imageValues = 0);

// Model-space values of image `index` of a batch -> an 8-bit image ([-1, 1] -> [0, 255], clamped).
// Throws std::invalid_argument when the batch does not hold that image.
Image toImage(const std::vector<float> &batch, int index, int channels, int height, int width);

} // namespace genlab::engine::diffusion
