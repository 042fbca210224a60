#pragma once
// The GAN lab's part of `genlab sample`: the verb is shared with the Latent lab (latentcommands.cpp
// resolves --model and hands a GAN checkpoint here).

#include "cli/command.h"

#include "services/latent/latentoutputs.h"

namespace genlab::engine::gan {
class ImageGan;
}

#include <QString>

namespace genlab::cli {

// True when folder holds a checkpoint whose config.json names the image GAN's architecture
// ("dcgan"). Reads config.json only; false for anything else (a VAE, a missing file).
bool isImageGanCheckpoint(const QString &folder);

// `genlab sample --model GANDIR [--seed N] [--count N] [--truncation T] [--class K] --out FILE.png`:
// a PNG grid of G's samples carrying its recipe (lab "gan", action "sample"). out has been checked
// by the caller. Returns the exit code; throws UsageError for options a GAN does not take.
int sampleImageGan(const CommandContext &ctx, const services::latent::ModelSource &source, const QString &out);

// G's samples (ImageGan::sample with these arguments) as a PNG grid carrying the recipe that
// reproduces them; a conditional model sampled over every class gets one column per class.
// Returns the columns. Throws on a bad class or truncation, or when writing fails.
int writeImageGanSamples(const QString &path, const engine::gan::ImageGan &model, const services::latent::ModelSource &source,
                         int count, quint64 seed, double truncation = 0, int classLabel = -1);

} // namespace genlab::cli
