#pragma once
// What a sampler needs from a model: ε̂(x_t, t) for a batch. Pure C++ so the samplers (sampler.h)
// are plain arithmetic, tested against denoisers whose answer is known in closed form; the UNet
// (diffusionmodel.h) and the toy 2-D model (toydiffusion.h) implement it.

#include "engine/diffusion/schedule.h"

#include <vector>

namespace genlab::engine::diffusion {

// What the model is conditioned on, for every image of a batch.
//   labels     one class per image, or one for all; empty: unconditional (a conditional model's
//              "no class" embedding, learned through classifier-free dropout)
//   blendTo    optional second classes (same count as labels): the class embedding is
//              (1 - blend) · e(labels) + blend · e(blendTo), for travelling between two classes
//   guidance   classifier-free guidance scale w: ε̂ = ε̂_u + w (ε̂_c - ε̂_u); 1: the conditional
//              prediction alone (one pass); 0: the unconditional one. Ignored when unconditional.
struct Conditioning
{
    std::vector<int> labels;
    std::vector<int> blendTo;
    float blend = 0;
    double guidance = 1;
};

class Denoiser
{
public:
    virtual ~Denoiser() = default;
    // The shape of one image: channels x height x width values (a 2-D toy: 2 x 1 x 1).
    virtual int channels() const = 0;
    virtual int height() const = 0;
    virtual int width() const = 0;
    virtual int classCount() const = 0; // 0: unconditional
    virtual const DiffusionSchedule &schedule() const = 0;
    // The samplers clip their prediction of the clean image x̂_0 to [-c, c] before each update: the
    // data's range in model space. Images live in [-1, 1] (the default); the 2-D toys reach ±3 (c = 4);
    // 0: no clipping (the tests' analytic denoisers).
    virtual double predictionClip() const { return 1; }
    // xt: count images in model space, planar, one after another. t: 1..T. Returns ε̂ of the same
    // size (the model's own prediction type converted to ε). Throws std::invalid_argument for a
    // bad class or size.
    virtual std::vector<float> predictNoise(const std::vector<float> &xt, int count, int t,
                                            const Conditioning &conditioning) const = 0;

    std::size_t imageValues() const { return std::size_t(channels()) * height() * width(); }
};

} // namespace genlab::engine::diffusion
