#pragma once

#include "engine/base/image.h"
#include "engine/runtime/compute.h"
#include "engine/vae/vaeconfig.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace genlab::engine::io {
struct LoadedCheckpoint;
}

namespace genlab::engine::vae {

namespace detail {
struct LatentModelState;
}

// Encoded images: count rows of dim floats each, row-major.
struct LatentCodes
{
    int count = 0;
    int dim = 0;
    std::vector<float> means;
    std::vector<float> logVariances; // empty for the autoencoder (deterministic encoder)

    const float *mean(int i) const { return means.data() + std::size_t(i) * dim; }
};

// What a checkpoint says besides the architecture; save() writes it into config.json.
struct ModelInfo
{
    std::string datasetId;     // "digits", a folder path, ...
    std::int64_t step = 0;     // optimizer steps taken
    std::string appVersion;    // filled in by save() when empty
    std::string recipeJson;    // optional JSON object (e.g. the training options), stored as "recipe"
};

// A checkpoint that cannot be used: the message names the directory and what is wrong
// ("latent size: checkpoint has 2, expected 16").
class CheckpointError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// A convolutional VAE or autoencoder with its weights (and, after training, its optimizer state).
// Thread: one worker at a time; loaded models stay confined to the interactive lane thread.
class LatentModel
{
public:
    // A freshly initialised model; the same seed gives the same weights. Throws
    // std::invalid_argument when the config is invalid.
    static LatentModel create(const VaeConfig &config, std::uint64_t seed, const ResolvedDevice &device = {});
    // Loads a checkpoint directory written by save(). Throws CheckpointError naming the problem.
    static LatentModel load(const std::string &checkpointDir, const ResolvedDevice &device = {});
    // Like load(), but also refuses a checkpoint whose architecture differs from expected, naming
    // the first field that differs.
    static LatentModel load(const std::string &checkpointDir, const VaeConfig &expected,
                            const ResolvedDevice &device = {});

    // A checkpoint already in memory (e.g. a model compiled into the application's resources):
    // config.json's text and model.safetensors' bytes; name stands for the folder in messages.
    // The same checks as load().
    static LatentModel loadFromMemory(const std::string &configJson, std::vector<std::byte> weights,
                                      const std::string &name, const ResolvedDevice &device = {});

    LatentModel(LatentModel &&) noexcept;
    LatentModel &operator=(LatentModel &&) noexcept;
    ~LatentModel();

    // Writes weights, config.json and (when the model has been trained) the optimizer state,
    // atomically as a whole. Throws when a weight is not finite (nothing is written then).
    void save(const std::string &checkpointDir, const ModelInfo &info) const;

    const VaeConfig &config() const;
    const ModelInfo &info() const; // what the checkpoint said, or what train() recorded
    int latentDim() const;
    std::int64_t parameterCount() const;
    std::string deviceId() const;

    // Images must have the model's size and channel count (else std::invalid_argument naming the
    // image); they are encoded in batches.
    LatentCodes encode(const std::vector<FloatImage> &images) const;
    // latents: count * latentDim floats. Pixel means in [0,1].
    std::vector<FloatImage> decode(const std::vector<float> &latents) const;
    // The interactive path: one latent to display pixels, with as little work per call as possible.
    Image decodeImage(const std::vector<float> &latent) const;
    std::vector<Image> decodeImages(const std::vector<float> &latents) const;
    // Decodes draws from the prior N(0, temperature^2 I); the same seed gives the same images.
    std::vector<Image> sample(int count, std::uint64_t seed, double temperature = 1.0) const;
    // Decodes the encoded means (no sampling noise).
    std::vector<FloatImage> reconstruct(const std::vector<FloatImage> &images) const;

    // For train() and tests.
    detail::LatentModelState &state();
    const detail::LatentModelState &state() const;

private:
    explicit LatentModel(std::unique_ptr<detail::LatentModelState> state);
    static LatentModel loadImpl(const std::string &checkpointDir, const VaeConfig *expected,
                                const ResolvedDevice &device);
    static LatentModel fromCheckpoint(const io::LoadedCheckpoint &checkpoint, const std::string &name,
                                      const VaeConfig *expected, const ResolvedDevice &device);
    std::unique_ptr<detail::LatentModelState> d;
};

} // namespace genlab::engine::vae
