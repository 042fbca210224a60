#pragma once
// The GAN lab's 2-D toy GAN: a generator and a discriminator, both small MLPs, playing on one of the
// data module's 2-D toys (or points the user drew), with everything the lab's views draw: real and
// fake points, D's output over the plane, G's gradient on every fake point, the manifold, the
// divergences between the real and fake densities and the ring's and grid's mode coverage.
// Plain types only: the torch networks live in toygan.cpp.

#include "engine/base/image.h"
#include "engine/base/runcontext.h"
#include "engine/data/toys.h"
#include "engine/train/options.h"

#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace genlab::engine::gan {

enum class Activation { Relu, LeakyRelu /* slope 0.2 */, Tanh, Elu };
enum class NoiseKind {
    Gaussian, // z ~ N(0, I)
    Uniform,  // z ~ U(-1, 1) per dimension
};

// One player's network: `layers` hidden layers of `width` units with `activation`, then a linear
// output (2 coordinates for G, one score for D).
struct MlpConfig
{
    int layers = 2; // hidden layers, 1..8
    int width = 64; // units per hidden layer, 1..1024
    Activation activation = Activation::Relu;
};

// What the model is: fixed for its life (a change means a new ToyGan). Defaults in brackets.
struct ToyConfig
{
    data::ToyKind data = data::ToyKind::Ring; // [ring]
    std::vector<float> userPoints;             // x, y pairs; UserPoints only; at least kMinUserPoints
    MlpConfig generator{2, 64, Activation::Relu};
    MlpConfig discriminator{2, 64, Activation::LeakyRelu};
    int noiseDim = 2;                          // 1..64 [2: the manifold is the noise plane itself]
    NoiseKind noise = NoiseKind::Gaussian;
};

// Fewer drawn points than this do not make a distribution to learn.
inline constexpr int kMinUserPoints = 8;

// Throws std::invalid_argument("toy GAN: ...") naming the field: sizes out of range, user points
// that are fewer than kMinUserPoints, odd in number of coordinates, or not finite.
void validate(const ToyConfig &config);

enum class Loss {
    Minimax,       // the original saturating game: G minimises log(1 - D(G(z)))
    NonSaturating, // G maximises log D(G(z)) (Goodfellow's practical fix)
    LeastSquares,  // LSGAN: D regresses real to 1 and fake to 0, G pushes fake to 1
    Wasserstein,   // WGAN critic with a gradient penalty (gradientPenalty = lambda; 0: none)
    Hinge,         // D: relu(1 - D(x)) + relu(1 + D(G(z))); G: -D(G(z))
};
enum class OptimizerKind { Sgd, Adam };

struct OptimizerSettings
{
    OptimizerKind kind = OptimizerKind::Adam;
    double learningRate = 1e-3;
    double momentum = 0.0; // SGD only (PyTorch's heavy-ball momentum)
    double beta1 = 0.5;    // Adam only
    double beta2 = 0.999;  // Adam only
};

// How the game is played: may change between any two steps. An optimizer's state (momentum, Adam's
// moments) is kept when only its learning rate, momentum or betas change, and starts afresh when its
// kind changes.
struct ToySettings
{
    Loss loss = Loss::NonSaturating;
    double gradientPenalty = 10.0;  // Wasserstein only: lambda of the penalty (|grad D| - 1)^2; 0: none
    OptimizerSettings generator;
    OptimizerSettings discriminator;
    int discriminatorSteps = 1;     // k: D steps per full step (then one G step), 1..50
    int batchSize = 128;            // real and fake points per step, 1..8192
    double gradientClip = 0;        // > 0: each player's gradient is scaled to at most this global L2 norm
};

void validate(const ToySettings &settings); // throws std::invalid_argument("toy GAN: ...")

enum class StepKind {
    Discriminator, // one D update on a fresh real batch and a fresh fake batch
    Generator,     // one G update
    Full,          // settings.discriminatorSteps D updates, then one G update
};

// What a step measured. "Score" is D's output as the loss reads it: a probability (sigmoid of the
// logit) for Minimax and NonSaturating, the raw output for the other losses. A field the step did
// not compute (G's after a D-only step) keeps its value from the last step that did (0 before any).
struct ToyStepMetrics
{
    std::int64_t step = 0;           // steps taken in total, this one included (each call is one)
    double discriminatorLoss = 0;    // the last D update's loss (penalty included)
    double generatorLoss = 0;        // the last G update's loss
    double meanRealScore = 0;        // mean D(x) over the last D update's real batch
    double meanFakeScore = 0;        // mean D(G(z)) over the last update's fake batch (D's or G's)
    double discriminatorGradNorm = 0; // global L2 norm of D's parameter gradient, last D update
    double generatorGradNorm = 0;    // global L2 norm of G's parameter gradient, last G update
};

// The default view: the toys lie within [-3, 3]^2.
struct ViewRequest
{
    double xMin = -3.5, xMax = 3.5, yMin = -3.5, yMax = 3.5;
    int realCount = 512;      // real points shown (a fixed sample: they do not jump), 0..8192
    int fakeCount = 512;      // fake points shown: G of a fixed noise sample, so they move smoothly, 0..8192
    int heatmapSize = 48;     // N: D's output on an N x N grid of the view; 0: none
    bool gradients = true;    // G's gradient at every fake point shown
    int manifoldSize = 21;    // M: an M x M grid in noise space mapped through G; 0: none
    bool divergences = true;  // KL, JS and the mode coverage (costs one G pass over kDensityPoints)
};

// The density estimate behind kl and js: kDensityPoints real points (a fixed sample) and the same
// number of fake points (G of a fixed noise sample) are binned on a kDensityBins^2 grid over the fixed
// square [-kDensityExtent, kDensityExtent]^2 (independent of the view; points outside go to the border
// bins), each histogram is smoothed with a 3x3 binomial kernel ([1 2 1]/4 per axis), kDensityEpsilon is
// added to every bin's probability and both are normalised again, so empty bins give finite values.
inline constexpr int kDensityPoints = 2048;
inline constexpr int kDensityBins = 32;
inline constexpr double kDensityExtent = 4.0;
inline constexpr double kDensityEpsilon = 1e-4;
// Mode coverage (ring and grid): a fake point is near a mode when it lies within kModeRadiusFraction
// of the distance between neighbouring modes of its centre (ring: 0.51, grid: 0.33); a mode is covered
// when at least kModeShareFraction of its fair share (fake points / modes) is near it.
inline constexpr double kModeRadiusFraction = 1.0 / 3.0;
inline constexpr double kModeShareFraction = 0.25;

// Plain data for the views. Points are x, y pairs; arrows dx, dy pairs.
struct ToySnapshot
{
    std::int64_t step = 0;
    ViewRequest view;
    std::vector<float> real;
    std::vector<float> fake;
    // At fake[i]: d(-loss_G)/dx of that point's own term of G's loss (not divided by the batch size),
    // where x = G(z): the direction the generator's update pushes the point. Empty when not asked.
    std::vector<float> fakeGradients;
    // D's score (as in ToyStepMetrics) at the centres of an N x N grid over the view; row 0 is the
    // top (yMax), column 0 the left (xMin), as in an image. heatmapIsProbability: in [0, 1].
    int heatmapSize = 0;
    std::vector<float> heatmap;
    bool heatmapIsProbability = true;
    float heatmapMin = 0, heatmapMax = 0;
    // G over an M x M grid of noise values: (u, v) in [-2, 2]^2 for Gaussian noise (two standard
    // deviations), [-1, 1]^2 for uniform; u along the first noise dimension, v along the second, the
    // other dimensions 0. Row-major: point (i, j) at manifold[2 * (i * M + j)], i along v, j along u.
    // With one noise dimension the grid is 1 x M (M points along u).
    int manifoldRows = 0, manifoldCols = 0;
    std::vector<float> manifold;
    // Divergences between the real and fake densities (see kDensityPoints); -1 when not asked.
    double kl = -1;  // KL(real || fake), nats
    double js = -1;  // Jensen-Shannon, nats (at most ln 2)
    // Ring and grid: modes covered (see kModeShareFraction) of modesTotal, the fake share near each
    // mode; -1 and 0 for the other toys or when divergences were not asked.
    int modesCovered = -1;
    int modesTotal = 0;
    std::vector<float> modeShares;
};

// A checkpoint folder's problem (another architecture, another size, a damaged file): what() names the
// folder and the problem.
class ToyCheckpointError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

inline constexpr const char *kToyArchitecture = "toy-gan";

// The toy GAN. Thread: one thread at a time (the lab's interactive lane or a training job).
class ToyGan
{
public:
    // Throws std::invalid_argument (validate()). The same config and seed give the same weights, and
    // the same calls after it the same numbers.
    static ToyGan create(const ToyConfig &config, std::uint64_t seed);
    // Weights, optimizer state, settings, seed and step of a checkpoint folder saved by save().
    // Throws io::FileError or ToyCheckpointError naming the folder and the problem.
    static ToyGan load(const std::string &dir);

    ToyGan(ToyGan &&) noexcept;
    ToyGan &operator=(ToyGan &&) noexcept;
    ~ToyGan();

    const ToyConfig &config() const;
    std::uint64_t seed() const;
    std::int64_t steps() const; // steps taken (each call of step() is one)
    const ToySettings &settings() const;
    // Takes effect at the next step. Throws std::invalid_argument (validate()).
    void setSettings(const ToySettings &settings);

    // One step with the settings in force. Before applying an update whose loss or gradient is NaN
    // or infinite, throws train::Diverged naming it ("D loss", "G loss", "D gradient", "G gradient"):
    // the weights stay those of the last finite update.
    ToyStepMetrics step(StepKind kind = StepKind::Full);
    const ToyStepMetrics &lastMetrics() const;

    ToySnapshot snapshot(const ViewRequest &request = {}) const;

    // Commits a checkpoint (io::saveCheckpoint, architecture "toy-gan"): weights, optimizer state,
    // config, settings, seed, step. recipeJson (a JSON object or empty) is stored as "recipe".
    void save(const std::string &dir, const std::string &recipeJson = {}) const;

    struct Impl;

private:
    explicit ToyGan(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

// Renders a snapshot for previews and screenshots: D's heat map as the background (blue low, orange
// high, scaled by heatmapMin..heatmapMax), real points green, fake points magenta, into a size x size
// RGB image of the snapshot's view.
Image renderToySnapshot(const ToySnapshot &snapshot, int size = 256);

// Names for the UI, the CLI and checkpoints ("relu", "leaky-relu", "tanh", "elu"; "gaussian",
// "uniform"; "minimax", "non-saturating", "least-squares", "wasserstein", "hinge"; "sgd", "adam").
std::string activationName(Activation a);
std::string noiseName(NoiseKind n);
std::string lossName(Loss l);
std::string optimizerName(OptimizerKind o);
bool parseActivation(const std::string &name, Activation *out);
bool parseNoise(const std::string &name, NoiseKind *out);
bool parseLoss(const std::string &name, Loss *out);
bool parseOptimizer(const std::string &name, OptimizerKind *out);

// A preset: a classroom experiment as data. Loading config + settings + seed and taking evidenceSteps
// full steps shows what the explanation says.
struct ToyPreset
{
    std::string id;          // stable: "discriminator-first", ...
    std::string name;        // for the UI (English; the GUI translates it in the context "GanPreset")
    std::string explanation; // one paragraph for students (likewise)
    ToyConfig config;
    ToySettings settings;
    std::uint64_t seed = 1;
    int evidenceSteps = 300; // full steps after which the evidence shows
};
const std::vector<ToyPreset> &toyPresets();
const ToyPreset *findToyPreset(const std::string &id);

// The toy trainer's defaults for the options every trainer shares (steps 2000, batch 128, lr 0.001
// constant, seed 1, evaluation every 100 steps, previews every 100, a checkpoint every 500): the one
// place they are written; the lab's form and `genlab train gan --toy` start from them.
train::CommonOptions defaultToyCommon();

// How a headless toy run goes: the common options and the toy's own. Of the common ones, batchSize
// replaces settings.batchSize, learningRate the generator's learning rate (the schedule scales both
// players' rates alike), gradientClip settings.gradientClip; evalEvery sets how often kl, js and the
// coverage are measured.
struct ToyTrainOptions : train::CommonOptions
{
    ToyTrainOptions() : train::CommonOptions(defaultToyCommon()) {}

    double discriminatorLearningRate = 0; // > 0: D's peak learning rate; 0: the common learningRate
    int previewSize = 256;                // preview image side, pixels
};

struct ToyTrainResult
{
    std::int64_t step = 0;         // steps taken in total (resumed ones included)
    std::int64_t stepsThisRun = 0;
    ToyStepMetrics last;           // the last step's metrics
    double kl = -1, js = -1;       // the last evaluation's
    int modesCovered = -1, modesTotal = 0;
    double stepsPerSecond = 0;
    std::string lastCheckpoint;    // empty when none was written
};

// Trains a toy GAN through the kit's step loop (train::runSteps), one full step per loop step:
// Metrics d_loss, g_loss, d_real, d_fake, d_grad_norm, g_grad_norm, lr every step; at evaluations
// Metrics{evaluation} kl, js and (ring, grid) coverage, modes_total; previews: train::ImagePreview
// "toy" (renderToySnapshot); checkpoints in outDir (resume policy: train::shouldResume with "toy-gan";
// a checkpoint of another config is refused, naming the field). Throws train::Diverged, Canceled,
// std::invalid_argument, ToyCheckpointError, io::FileError, std::runtime_error.
ToyTrainResult trainToyGan(const ToyConfig &config, const ToySettings &settings, const ToyTrainOptions &options,
                           const RunContext &ctx);

} // namespace genlab::engine::gan
