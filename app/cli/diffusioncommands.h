#pragma once
// The Diffusion lab's part of `genlab sample` and `genlab evaluate`: both verbs are shared
// (latentcommands.cpp and evaluatecommands.cpp resolve --model and hand a diffusion checkpoint here).

#include "cli/command.h"

#include "engine/base/image.h"
#include "services/latent/latentoutputs.h"

#include <QString>

#include <vector>

namespace genlab::cli {

// True when folder's config.json names the diffusion UNet's architecture ("ddpm-unet").
bool isDiffusionCheckpoint(const QString &folder);

// `genlab sample --model DIFFDIR [--sampler ddpm|ddim|dpm] [--steps N] [--eta X] [--guidance G]
// [--class C] [--seed N] [--count N] [--out FILE.png] [--save-steps OUT]`: a PNG grid of the final
// images (with its recipe) and/or every step of the first image as a GIF, MP4 or PNG strip (recipe
// embedded). At least one of --out and --save-steps. Returns the exit code.
int sampleDiffusion(const CommandContext &ctx, const services::latent::ModelSource &source);

// The options only the diffusion sampler takes (refused for other models).
QStringList diffusionOnlySampleOptions();

// count samples of a diffusion checkpoint for `genlab evaluate` (DDIM, `steps` steps, classes in
// turn). Throws with the folder named when it cannot be loaded.
std::vector<engine::Image> diffusionSamplesForEvaluation(const QString &folder, int count, quint64 seed, int steps,
                                                         const CommandContext &ctx);

} // namespace genlab::cli
