#pragma once
// Image GANs of the DCGAN family: a generator of transposed convolutions with batch norm and a
// discriminator of strided convolutions with LeakyReLU (optionally spectrally normalised),
// unconditional or class-conditional, 28 to 64 px, grey or colour; and their trainer on the
// studio's training kit (engine/train). Plain types only: the torch network is in detail/dcgan.h.

#include "engine/base/image.h"
#include "engine/base/runcontext.h"
#include "engine/runtime/compute.h"
#include "engine/train/options.h"

#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace genlab::engine::gan {

namespace detail {
struct ImageGanState;
}

// The architecture a checkpoint of an image GAN carries in its config.json.
inline constexpr const char *kImageGanArchitecture = "dcgan";

inline constexpr int kMinImageSize = 28;
inline constexpr int kMaxImageSize = 64;
inline constexpr int kMinLatentDim = 2;
inline constexpr int kMaxLatentDim = 512;
inline constexpr int kMinBaseChannels = 8;
inline constexpr int kMaxBaseChannels = 256;
inline constexpr int kMaxClasses = 1000;

// The architecture of an image GAN. Plain data; what a checkpoint's config.json holds.
//   imageSize     28..64, square; a multiple of 4 below 48, of 8 from 48 (the feature maps halve
//                 2 or 3 times: 28 -> 14 -> 7, 64 -> 32 -> 16 -> 8)
//   channels      1 (grey) or 3 (colour)
//   latentDim     noise dimension, 2..512
//   baseChannels  the widest layer of D's first convolution and G's last hidden one, 8..256;
//                 deeper layers double it
//   conditional   class-conditional: G takes [z, one-hot(y)], D sees the image with one constant
//                 plane per class (one-hot concatenation)
//   numClasses    classes of a conditional model, 2..1000 (ignored otherwise)
//   spectralNorm  D's weights divided by their largest singular value (one power iteration per
//                 training forward, the vectors kept in the checkpoint)
struct ImageGanConfig
{
    int imageSize = 28;
    int channels = 1;
    int latentDim = 64;
    int baseChannels = 32;
    bool conditional = false;
    int numClasses = 10;
    bool spectralNorm = false;

    std::string architecture() const { return kImageGanArchitecture; }
    // 2 for sizes below 48, else 3: how many times G doubles its feature maps.
    int levels() const;
    // Empty when valid, else a message naming the first bad field and its allowed range.
    std::string validate() const;
    // {"architecture": "dcgan", "image_size": ..., ...}. fromJson accepts that object (extra keys
    // ignored, missing keys keep their defaults); on failure it returns a default config and sets
    // *error to a message naming the field; on success *error is cleared.
    std::string toJson() const;
    static ImageGanConfig fromJson(const std::string &json, std::string *error);
    // "dcgan, conditional on 10 classes, 28x28x1, noise 64, width 32"
    std::string describe() const;

    bool operator==(const ImageGanConfig &) const = default;
};

// The first architecture field that differs, as "latent size: checkpoint has 32, expected 64";
// empty when they agree.
std::string firstDifference(const ImageGanConfig &checkpoint, const ImageGanConfig &expected);

// What a checkpoint says besides the architecture; save() writes it into config.json.
struct ImageGanInfo
{
    std::string datasetId;  // "digits", "folder:/...", ...
    std::int64_t step = 0;  // generator steps taken
    std::string appVersion; // filled in by save() when empty
    std::string recipeJson; // optional JSON object (the training options), stored as "recipe"
};

// A checkpoint that cannot be used: the message names the folder and the problem.
class GanCheckpointError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// A generator and its discriminator with their weights (and, after training, both optimizers).
// Thread: one worker at a time.
class ImageGan
{
public:
    // A freshly initialised pair; the same seed gives the same weights on any device. Throws
    // std::invalid_argument naming the bad field.
    static ImageGan create(const ImageGanConfig &config, std::uint64_t seed, const ResolvedDevice &device = {});
    // Loads a folder written by save(). Throws GanCheckpointError naming the folder and the
    // problem (another architecture, a missing or misshaped tensor, ...).
    static ImageGan load(const std::string &dir, const ResolvedDevice &device = {});
    // Like load(), and also refuses a checkpoint whose architecture differs from expected, naming
    // the first differing field.
    static ImageGan load(const std::string &dir, const ImageGanConfig &expected, const ResolvedDevice &device = {});

    ImageGan(ImageGan &&) noexcept;
    ImageGan &operator=(ImageGan &&) noexcept;
    ~ImageGan();

    // Weights (G and D, batch-norm statistics, spectral-norm vectors), config.json and, once
    // trained, both optimizers' state, committed atomically. Throws when a value is not finite
    // (nothing is written then).
    void save(const std::string &dir, const ImageGanInfo &info) const;

    const ImageGanConfig &config() const;
    const ImageGanInfo &info() const;
    std::int64_t generatorParameterCount() const;
    std::int64_t discriminatorParameterCount() const;
    std::string deviceId() const;

    // count images of G(z, y) with z ~ N(0, I) drawn on the CPU from a generator seeded with
    // seed (so one seed gives the same images on any device). truncation > 0: every noise value
    // outside [-truncation, truncation] is drawn again from the same generator (the truncation
    // trick: fewer, more typical images); <= 0: none. classLabel: a conditional model's class
    // (0..numClasses-1) for every image, or -1 for classes 0, 1, 2, ... in turn; an unconditional
    // model takes only -1. Throws std::invalid_argument for a bad class or truncation.
    std::vector<Image> sample(int count, std::uint64_t seed, double truncation = 0, int classLabel = -1) const;
    // G on given noise (count * latentDim floats) and labels (count values, or empty for an
    // unconditional model).
    std::vector<Image> generate(const std::vector<float> &noise, const std::vector<int> &labels) const;
    // The noise sample() draws: count * latentDim floats.
    std::vector<float> drawNoise(int count, std::uint64_t seed, double truncation = 0) const;
    // Mean D output (after a sigmoid) over images in [0,1] of the model's size; labels as above.
    double discriminate(const std::vector<FloatImage> &images, const std::vector<int> &labels) const;

    // For the trainer and tests.
    detail::ImageGanState &state();
    const detail::ImageGanState &state() const;

private:
    explicit ImageGan(std::unique_ptr<detail::ImageGanState> state);
    static ImageGan loadImpl(const std::string &dir, const ImageGanConfig *expected, const ResolvedDevice &device);
    std::unique_ptr<detail::ImageGanState> d;
};

// --- training ------------------------------------------------------------------------------------

// The adversarial objective. Logistic losses read D's output as a logit.
enum class GanLoss {
    NonSaturating, // D: -log D(x) - log(1 - D(G(z))); G: -log D(G(z))  (the default)
    Minimax,       // D as above; G: log(1 - D(G(z)))  (saturates when D wins)
    LeastSquares,  // D: (D(x) - 1)^2 / 2 + D(G(z))^2 / 2; G: (D(G(z)) - 1)^2 / 2
    Hinge,         // D: max(0, 1 - D(x)) + max(0, 1 + D(G(z))); G: -D(G(z))
};
std::string lossName(GanLoss loss); // "non-saturating", "minimax", "least-squares", "hinge"
bool parseLoss(const std::string &name, GanLoss *out);

// The image GAN trainer's defaults for the options every trainer shares (steps 3000, batch 64,
// Adam at 0.0002 constant, seed 1, a checkpoint every 500 steps, previews every 100): the one
// place they are written; the GAN lab's form and `genlab train gan` start from them.
train::CommonOptions defaultImageCommon();

// How an image GAN trains: the common options (outDir, steps = generator steps, batchSize,
// learningRate for both players and its schedule, seed, threads, checkpointEvery, previewEvery,
// gradientClip for both players, resume; evalEvery: how often the sample-quality figures are
// measured, when classifierDir is set, as the losses are reported every step) and the GAN's own.
// Defaults in brackets.
struct ImageTrainOptions : train::CommonOptions
{
    ImageTrainOptions() : train::CommonOptions(defaultImageCommon()) {}

    std::string dataset = "digits"; // "digits", "procedural-digits", "shapes" or "folder:<path>"
    GanLoss loss = GanLoss::NonSaturating;
    int discriminatorSteps = 1;      // D steps per G step, 1..16 [1]
    double beta1 = 0.5;              // Adam betas of both players [0.5, 0.999]
    double beta2 = 0.999;
    int previewRows = 4;             // rows of the fixed-noise preview grid [4]
    int previewColumns = 8;          // its columns for an unconditional model [8]; a conditional one has one per class (at most 10)
    // The digit classifier (engine/evaluate) the sample-quality figures (every evalEvery steps) and
    // the feature map (every previewEvery steps) are measured with; empty: neither is reported.
    std::string classifierDir;
    int qualitySamples = 500;        // generated images per quality evaluation [500]
    bool featureMap = true;          // report the feature map with each preview (needs classifierDir) [on]
};

struct ImageTrainResult
{
    std::int64_t step = 0;         // G steps taken in total (including resumed ones)
    std::int64_t stepsThisRun = 0;
    double dLoss = 0;              // the last step's values
    double gLoss = 0;
    double dReal = 0;
    double dFake = 0;
    double imagesPerSecond = 0;    // real images D saw per second in this run
    double stepsPerSecond = 0;     // G steps per second in this run
    std::string lastCheckpoint;    // empty when none was written
};

// Trains gan in place through the kit's step loop (train::runSteps). One step: discriminatorSteps
// D updates on real batches and fresh fakes, then one G update on the last fakes. Each step
// reports train::Metrics with d_loss, g_loss, d_real (mean D(x): sigmoid of the logit for the
// logistic losses, the raw output otherwise), d_fake (mean D(G(z)), the same), g_grad_norm and
// d_grad_norm (global L2 norms before clipping), lr. Every previewEvery steps a
// train::ImagePreview "samples" of a fixed noise (rows x columns; a conditional model's columns
// are the classes 0, 1, 2, ... with each row's noise shared along it). With classifierDir, every
// evalEvery steps train::Metrics{evaluation = true} with the sample-quality figures of
// qualitySamples images of one fixed noise against the data set's held-out split (held-out
// digits for "digits"): classes_covered and classes_total (a reference labelled with the
// classifier's classes), mean_confidence, frechet_distance, precision, recall, duplicate_rate,
// quality_ms; a classifier or reference that cannot be used is one LogLine, not a failure.
// Checkpoints (both players'
// weights and Adam state, the step) go to outDir; the resume policy (train::shouldResume with
// "dcgan") decides whether a checkpoint there is continued; a resumed run gives the same weights
// as an uninterrupted one. Throws train::Diverged (D loss, G loss or a gradient not finite; no
// checkpoint from that state), Canceled, data::DatasetError, GanCheckpointError,
// std::invalid_argument, std::runtime_error.
ImageTrainResult trainImageGan(ImageGan &gan, const ImageTrainOptions &options, const RunContext &ctx);

} // namespace genlab::engine::gan
