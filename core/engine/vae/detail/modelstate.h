// Private to the vae module: what a LatentModel holds. Never include from a public header.
#pragma once

#include "engine/tensorio/detail/torchcheckpoint.h"
#include "engine/vae/detail/convvae.h"
#include "engine/vae/latentmodel.h"

#include <torch/torch.h>

#include <memory>

namespace genlab::engine::vae::detail {

// Adam's hyperparameters as train() uses them, with the VAE's defaults; saved beside the moments
// so a resume continues with exactly the same update rule.
struct AdamSettings : engine::detail::AdamSettings
{
    AdamSettings() : engine::detail::AdamSettings{1e-3, 0.9, 0.999, 1e-8} {}
};

struct LatentModelState
{
    LatentModelState(const VaeConfig &c, const ResolvedDevice &d);

    VaeConfig config;
    ModelInfo info;
    ResolvedDevice device;
    torch::Device torchDevice;
    ConvVae net;
    // Present once the model has been trained or loaded from a checkpoint with optimizer state.
    std::unique_ptr<torch::optim::Adam> optimizer;
    AdamSettings adam;

    // Creates the optimizer (when missing) with these settings; keeps existing moments.
    torch::optim::Adam &ensureOptimizer(const AdamSettings &settings);
};

} // namespace genlab::engine::vae::detail
