#pragma once

#include <cstdint>
#include <string>

namespace genlab::engine::vae {

// The architecture and loss of a latent model. Plain data; what a checkpoint's config.json holds.
//   kind            Vae (stochastic encoder, KL term) or Autoencoder (deterministic, no KL)
//   latentDim       2..128
//   imageSize       28..64, square images
//   channels        1 (grayscale) or 3 (colour)
//   likelihood      Bernoulli: BCE with logits; Gaussian: sum of squared errors of sigmoid(logits)
//   beta            KL weight (ignored by the autoencoder)
//   betaWarmupSteps 0: beta from the first step; N: beta grows linearly from 0 over N steps
//   baseChannels    width of the first convolution (8..256); deeper layers double it
struct VaeConfig
{
    enum class Kind { Vae, Autoencoder };
    enum class Likelihood { Bernoulli, Gaussian };

    Kind kind = Kind::Vae;
    int latentDim = 16;
    int imageSize = 28;
    int channels = 1;
    Likelihood likelihood = Likelihood::Bernoulli;
    double beta = 1.0;
    int betaWarmupSteps = 0;
    int baseChannels = 32;

    // "conv-vae" or "conv-ae": the architecture name checkpoints carry.
    std::string architecture() const;
    // The beta in force at a training step (warm-up applied; 0 for the autoencoder).
    double betaAt(std::int64_t step) const;
    // Empty when valid, else a message naming the first bad field and its allowed range.
    std::string validate() const;

    // {"architecture": ..., "latent_dim": ..., ...}. fromJson accepts that object (extra keys are
    // ignored; missing keys keep their defaults). On failure it returns a default config and sets
    // *error to a message naming the field; on success *error is cleared.
    std::string toJson() const;
    static VaeConfig fromJson(const std::string &json, std::string *error);

    bool operator==(const VaeConfig &) const = default;
};

inline constexpr int kMinLatentDim = 2;
inline constexpr int kMaxLatentDim = 128;
inline constexpr int kMinImageSize = 28;
inline constexpr int kMaxImageSize = 64;

} // namespace genlab::engine::vae
