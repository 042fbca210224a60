#include "engine/diffusion/forwardprocess.h"

#include "engine/diffusion/detail/gaussiannoise.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <stdexcept>

namespace genlab::engine::diffusion {

namespace {

FloatImage sameShape(const FloatImage &image)
{
    FloatImage out;
    out.width = image.width;
    out.height = image.height;
    out.channels = image.channels;
    out.values.resize(image.values.size());
    return out;
}

void checkImage(const FloatImage &x0)
{
    if (x0.empty() || x0.values.size() != std::size_t(x0.width) * x0.height * x0.channels)
        throw std::invalid_argument(
            "forward process: the image is empty or its size does not match its values");
}

// The residual statistics, in double over every value.
void measureResidual(NoisedImage &out, const FloatImage &model)
{
    const std::size_t n = model.values.size();
    double sum = 0, sumSquares = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const double r = double(out.xt.values[i]) - out.signal * double(model.values[i]);
        sum += r;
        sumSquares += r * r;
    }
    out.residualMean = sum / double(n);
    out.residualStd = std::sqrt(std::max(0.0, sumSquares / double(n) - out.residualMean * out.residualMean));
}

NoisedImage prepare(const FloatImage &x0, const DiffusionSchedule &schedule, int t)
{
    checkImage(x0);
    NoisedImage out;
    out.t = std::clamp(t, 0, schedule.timesteps());
    out.signal = schedule.signal(out.t);
    out.noise = schedule.noise(out.t);
    return out;
}

} // namespace

FloatImage toModelSpace(const FloatImage &unit)
{
    FloatImage out = sameShape(unit);
    for (std::size_t i = 0; i < unit.values.size(); ++i)
        out.values[i] = unit.values[i] * 2.f - 1.f;
    return out;
}

FloatImage fromModelSpace(const FloatImage &model)
{
    FloatImage out = sameShape(model);
    for (std::size_t i = 0; i < model.values.size(); ++i)
        out.values[i] = std::clamp((model.values[i] + 1.f) * 0.5f, 0.f, 1.f);
    return out;
}

NoisedImage noiseInOneDraw(const FloatImage &x0, const DiffusionSchedule &schedule, int t, std::uint64_t seed)
{
    NoisedImage out = prepare(x0, schedule, t);
    const FloatImage model = toModelSpace(x0);
    out.epsilon = sameShape(x0);
    std::mt19937_64 rng(detail::mixSeed(seed, detail::kSaltForward));
    detail::fillStandardNormal(rng, out.epsilon.values.data(), out.epsilon.values.size());
    out.xt = sameShape(x0);
    for (std::size_t i = 0; i < model.values.size(); ++i)
        out.xt.values[i] = float(out.signal * model.values[i] + out.noise * out.epsilon.values[i]);
    measureResidual(out, model);
    return out;
}

NoisedImage noiseStepByStep(const FloatImage &x0, const DiffusionSchedule &schedule, int t,
                            std::uint64_t seed)
{
    NoisedImage out = prepare(x0, schedule, t);
    const FloatImage model = toModelSpace(x0);
    const std::size_t n = model.values.size();
    // Iterated in double: a thousand float roundings would add a noise of their own.
    std::vector<double> x(model.values.begin(), model.values.end());
    std::vector<float> eps(n);
    std::mt19937_64 rng(detail::mixSeed(seed, detail::kSaltForward));
    for (int s = 1; s <= out.t; ++s) {
        const double beta = schedule.beta(s);
        const double keep = std::sqrt(1 - beta), add = std::sqrt(beta);
        detail::fillStandardNormal(rng, eps.data(), n);
        for (std::size_t i = 0; i < n; ++i)
            x[i] = keep * x[i] + add * eps[i];
    }
    out.xt = sameShape(x0);
    out.epsilon = sameShape(x0);
    for (std::size_t i = 0; i < n; ++i) {
        out.xt.values[i] = float(x[i]);
        out.epsilon.values[i] =
            out.noise > 0 ? float((x[i] - out.signal * model.values[i]) / out.noise) : 0.f;
    }
    measureResidual(out, model);
    return out;
}

} // namespace genlab::engine::diffusion
