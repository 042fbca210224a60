#pragma once
// The forward process on one image, for the Diffusion lab's first view: x_t in one draw (the
// closed form) and by t single steps, the noise that was added, and how far the two agree.
// Pure C++ (no torch); noise from a seeded std::mt19937_64, so one seed gives one picture.

#include "engine/base/image.h"
#include "engine/diffusion/schedule.h"

#include <cstdint>

namespace genlab::engine::diffusion {

// Pixel values in model space: [0, 1] images map to [-1, 1] (x * 2 - 1) and back.
FloatImage toModelSpace(const FloatImage &unit);
FloatImage fromModelSpace(const FloatImage &model); // clamps to [0, 1]

struct NoisedImage
{
    int t = 0;
    double signal = 1;   // sqrt(ᾱ(t))
    double noise = 0;    // sqrt(1 - ᾱ(t))
    FloatImage xt;       // model space ([-1, 1] data plus noise; may exceed it)
    FloatImage epsilon;  // the ε added (closed form), or the noise that makes xt from x0 (iterated:
                         // (xt - signal·x0) / noise)
    // Statistics of the residual xt - signal·x0 over every pixel: its standard deviation should be
    // `noise` for both ways (the same distribution).
    double residualMean = 0;
    double residualStd = 0;
};

// x_t = sqrt(ᾱ(t)) x_0 + sqrt(1 - ᾱ(t)) ε in one draw. x0 is a [0, 1] image (any size and channels);
// t is clamped to 0..T. Both functions throw std::invalid_argument for an empty image.
NoisedImage noiseInOneDraw(const FloatImage &x0, const DiffusionSchedule &schedule, int t, std::uint64_t seed);

// x_t by t single steps x_s = sqrt(1 - β(s)) x_{s-1} + sqrt(β(s)) ε_s, each ε_s a fresh draw.
NoisedImage noiseStepByStep(const FloatImage &x0, const DiffusionSchedule &schedule, int t, std::uint64_t seed);

} // namespace genlab::engine::diffusion
