#pragma once
// The Diffusion lab's image model: a small UNet that predicts the noise (or v) in x_t, with a
// sinusoidal time embedding, residual blocks with group norm, self-attention at the lowest
// resolution and class conditioning with a learned "no class" for classifier-free guidance; its
// weights and an exponential moving average of them (EMA), which sampling uses. Plain types only:
// the torch network is in detail/unet.h.

#include "engine/base/image.h"
#include "engine/diffusion/denoiser.h"
#include "engine/diffusion/schedule.h"
#include "engine/runtime/compute.h"

#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace genlab::engine::diffusion {

namespace detail {
struct DiffusionState;
}

// The architecture a checkpoint of a diffusion model carries in its config.json.
inline constexpr const char *kDiffusionArchitecture = "ddpm-unet";

inline constexpr int kMinImageSize = 28;
// The architecture's limit: a checkpoint of up to 128 px loads and samples on any device.
inline constexpr int kMaxImageSize = 128;
// Training's limit by device (maxTrainingImageSize): a 64 px UNet step at batch 64 already takes
// seconds on the CPU; CUDA trains up to 128 px.
inline constexpr int kMaxCpuTrainingImageSize = 64;
inline constexpr int kMaxGpuTrainingImageSize = 128;
inline constexpr int kMinBaseChannels = 8;
inline constexpr int kMaxBaseChannels = 256;
inline constexpr int kMaxClasses = 1000;

enum class Prediction {
    Epsilon, // the network predicts ε
    V,       // the network predicts v = sqrt(ᾱ) ε - sqrt(1 - ᾱ) x_0
};
std::string predictionName(Prediction p); // "epsilon", "v"
bool parsePrediction(const std::string &name, Prediction *out);

// The architecture. Plain data; what config.json holds.
//   imageSize     28..128, square; a multiple of 4 below 48 (two halvings: 28 -> 14 -> 7), of 8 from
//                 48 (three: 64 -> 32 -> 16 -> 8), of 16 from 80 (four: 128 -> 64 -> 32 -> 16 -> 8),
//                 so attention runs at 5 to 11 px whatever the size. Training caps it by device
//                 (maxTrainingImageSize)
//   channels      1 (grey) or 3 (colour)
//   baseChannels  the first level's width, 8..256, a multiple of 8 (group norm uses 8 groups); the
//                 lower levels have twice it
//   resBlocks     residual blocks per level on the way down (and one more on the way up), 1..3
//   attention     self-attention at the lowest resolution
//   conditional   class-conditional, numClasses 2..1000, plus a learned "no class"
//   prediction    what the network outputs (ε or v)
//   schedule      the noise schedule and T the model was trained with
struct DiffusionConfig
{
    int imageSize = 28;
    int channels = 1;
    int baseChannels = 32;
    int resBlocks = 1;
    bool attention = true;
    bool conditional = true;
    int numClasses = 10;
    Prediction prediction = Prediction::Epsilon;
    NoiseSchedule schedule = NoiseSchedule::Cosine;
    int timesteps = 1000;

    std::string architecture() const { return kDiffusionArchitecture; }
    int levels() const; // resolutions: 3 below 48 px, 4 below 80, else 5
    // Empty when valid, else a message naming the first bad field and its allowed range.
    std::string validate() const;
    // {"architecture": "ddpm-unet", "image_size": ..., ...}; fromJson accepts that object (extra keys
    // ignored, missing keys keep their defaults); on failure a default config and *error set.
    std::string toJson() const;
    static DiffusionConfig fromJson(const std::string &json, std::string *error);
    // "ddpm-unet, conditional on 10 classes, 28x28x1, width 32, ε-prediction, cosine schedule, T 1000"
    std::string describe() const;
    DiffusionSchedule makeSchedule() const { return DiffusionSchedule(schedule, timesteps); }

    bool operator==(const DiffusionConfig &) const = default;
};

// The largest image size a model is trained at on device: kMaxCpuTrainingImageSize on the CPU,
// kMaxGpuTrainingImageSize where CUDA trains.
int maxTrainingImageSize(const ResolvedDevice &device);
// Empty when a model of imageSize may be trained on device, else the message: "image size 96 needs
// a GPU: on the CPU a diffusion model trains at up to 64 px (with CUDA up to 128 px)".
std::string trainingImageSizeProblem(int imageSize, const ResolvedDevice &device);

// The first architecture field that differs ("image size: checkpoint has 32, expected 28"); empty
// when they agree.
std::string firstDifference(const DiffusionConfig &checkpoint, const DiffusionConfig &expected);

struct DiffusionInfo
{
    std::string datasetId;
    std::int64_t step = 0;
    std::string appVersion;
    std::string recipeJson;
};

// A checkpoint that cannot be used: the message names the folder and the problem.
class DiffusionCheckpointError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// A UNet with its EMA copy (and, after training, its optimizer). Thread: one worker at a time.
class DiffusionModel : public Denoiser
{
public:
    // A freshly initialised model (the EMA equal to it); one seed gives the same weights anywhere.
    // Throws std::invalid_argument naming the bad field.
    static DiffusionModel create(const DiffusionConfig &config, std::uint64_t seed, const ResolvedDevice &device = {});
    // Loads a folder written by save(). Throws DiffusionCheckpointError naming the folder and the
    // problem (another architecture, a missing or misshaped tensor, ...).
    static DiffusionModel load(const std::string &dir, const ResolvedDevice &device = {});
    // Like load(), also refusing another architecture than expected (the first differing field).
    static DiffusionModel load(const std::string &dir, const DiffusionConfig &expected, const ResolvedDevice &device = {});

    DiffusionModel(DiffusionModel &&) noexcept;
    DiffusionModel &operator=(DiffusionModel &&) noexcept;
    ~DiffusionModel() override;

    // Weights, EMA weights, config.json and, once trained, the optimizer state, committed
    // atomically. withOptimizer = false leaves the optimizer (and the raw weights' moments) out, for
    // a shipped model. Throws when a value is not finite (nothing is written then).
    void save(const std::string &dir, const DiffusionInfo &info, bool withOptimizer = true) const;

    const DiffusionConfig &config() const;
    const DiffusionInfo &info() const;
    std::int64_t parameterCount() const;
    std::string deviceId() const;

    // Denoiser: ε̂ from the EMA weights (useEma(false): the raw ones), in eval mode, no gradients.
    int channels() const override;
    int height() const override;
    int width() const override;
    int classCount() const override;
    const DiffusionSchedule &schedule() const override;
    std::vector<float> predictNoise(const std::vector<float> &xt, int count, int t,
                                    const Conditioning &conditioning) const override;
    void useEma(bool ema);
    bool usesEma() const;

    detail::DiffusionState &state();
    const detail::DiffusionState &state() const;

private:
    explicit DiffusionModel(std::unique_ptr<detail::DiffusionState> state);
    std::unique_ptr<detail::DiffusionState> d;
};

} // namespace genlab::engine::diffusion
