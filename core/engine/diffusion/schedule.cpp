#include "engine/diffusion/schedule.h"

#include "engine/base/asciistring.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>
#include <numbers>
#include <stdexcept>

namespace genlab::engine::diffusion {

namespace {

constexpr double kMaxBeta = 0.999;
// The sigmoid schedule's β has no natural floor; this one only guards the product against a β of 0.
constexpr double kMinBeta = 1e-12;

constexpr double kLinearBetaStart = 1e-4; // at T = 1000 (Ho et al. 2020)
constexpr double kLinearBetaEnd = 0.02;
constexpr double kCosineOffset = 0.008; // s of Nichol & Dhariwal 2021
constexpr double kSigmoidStart = -3;    // Chen 2023, "On the importance of noise scheduling"
constexpr double kSigmoidEnd = 3;
constexpr double kSigmoidTemperature = 0.9;

double sigmoid(double x)
{
    return 1.0 / (1.0 + std::exp(-x));
}

// ᾱ from β(1..T), each clipped into [kMinBeta, kMaxBeta]: the table is a product of (1 - β), so β(t)
// read back from it is the clipped value and the step-by-step forward process matches the closed form.
std::vector<double> fromBetas(const std::vector<double> &betas)
{
    std::vector<double> alphaBar(betas.size() + 1);
    alphaBar[0] = 1;
    for (std::size_t t = 1; t <= betas.size(); ++t)
        alphaBar[t] = alphaBar[t - 1] * (1 - std::clamp(betas[t - 1], kMinBeta, kMaxBeta));
    return alphaBar;
}

// β(t) = 1 - ᾱ(t)/ᾱ(t-1) of an unclipped curve ᾱ(0..T).
std::vector<double> betasOf(const std::vector<double> &curve)
{
    std::vector<double> betas(curve.size() - 1);
    for (std::size_t t = 1; t < curve.size(); ++t)
        betas[t - 1] = curve[t - 1] > 0 ? 1 - curve[t] / curve[t - 1] : kMaxBeta;
    return betas;
}

std::vector<double> linearTable(int T)
{
    const double scale = 1000.0 / T;
    const double start = kLinearBetaStart * scale, end = kLinearBetaEnd * scale;
    std::vector<double> betas(T);
    for (int t = 1; t <= T; ++t)
        betas[t - 1] = T == 1 ? start : start + (end - start) * double(t - 1) / double(T - 1);
    return fromBetas(betas);
}

std::vector<double> cosineTable(int T)
{
    auto f = [&](int t) {
        const double c =
            std::cos((double(t) / T + kCosineOffset) / (1 + kCosineOffset) * std::numbers::pi / 2);
        return c * c;
    };
    const double f0 = f(0);
    std::vector<double> curve(T + 1);
    for (int t = 0; t <= T; ++t)
        curve[t] = f(t) / f0;
    return fromBetas(betasOf(curve));
}

std::vector<double> sigmoidTable(int T)
{
    const double vStart = sigmoid(kSigmoidStart / kSigmoidTemperature);
    const double vEnd = sigmoid(kSigmoidEnd / kSigmoidTemperature);
    std::vector<double> curve(T + 1);
    for (int t = 0; t <= T; ++t) {
        const double x = double(t) / T * (kSigmoidEnd - kSigmoidStart) + kSigmoidStart;
        curve[t] = (vEnd - sigmoid(x / kSigmoidTemperature)) / (vEnd - vStart);
    }
    curve[0] = 1;
    return fromBetas(betasOf(curve));
}

} // namespace

std::string scheduleName(NoiseSchedule schedule)
{
    switch (schedule) {
    case NoiseSchedule::Linear:
        return "linear";
    case NoiseSchedule::Cosine:
        return "cosine";
    case NoiseSchedule::Sigmoid:
        return "sigmoid";
    }
    return "cosine";
}

bool parseSchedule(const std::string &name, NoiseSchedule *out)
{
    const std::string lower = asciiLower(name);
    for (NoiseSchedule s : {NoiseSchedule::Linear, NoiseSchedule::Cosine, NoiseSchedule::Sigmoid}) {
        if (lower == scheduleName(s)) {
            if (out)
                *out = s;
            return true;
        }
    }
    return false;
}

DiffusionSchedule::DiffusionSchedule(NoiseSchedule kind, int timesteps) : m_kind(kind), m_T(timesteps)
{
    if (timesteps < kMinTimesteps || timesteps > kMaxTimesteps)
        throw std::invalid_argument("noise schedule: T " + std::to_string(timesteps) + " is outside " +
                                    std::to_string(kMinTimesteps) + ".." + std::to_string(kMaxTimesteps));
    switch (kind) {
    case NoiseSchedule::Linear:
        m_alphaBar = linearTable(timesteps);
        break;
    case NoiseSchedule::Cosine:
        m_alphaBar = cosineTable(timesteps);
        break;
    case NoiseSchedule::Sigmoid:
        m_alphaBar = sigmoidTable(timesteps);
        break;
    default:
        throw std::invalid_argument("noise schedule: unknown kind");
    }
}

double DiffusionSchedule::alphaBar(int t) const
{
    return m_alphaBar[std::size_t(std::clamp(t, 0, m_T))];
}

double DiffusionSchedule::beta(int t) const
{
    if (t <= 0)
        return 0;
    t = std::min(t, m_T);
    return 1 - m_alphaBar[std::size_t(t)] / m_alphaBar[std::size_t(t) - 1];
}

double DiffusionSchedule::signal(int t) const
{
    return std::sqrt(alphaBar(t));
}

double DiffusionSchedule::noise(int t) const
{
    return std::sqrt(1 - alphaBar(t));
}

double DiffusionSchedule::snr(int t) const
{
    const double a = alphaBar(t);
    return a >= 1 ? std::numeric_limits<double>::infinity() : a / (1 - a);
}

double DiffusionSchedule::sigma(int t) const
{
    const double a = alphaBar(t);
    return std::sqrt((1 - a) / a);
}

double DiffusionSchedule::logSnr(int t) const
{
    const double a = alphaBar(t);
    return a >= 1 ? std::numeric_limits<double>::infinity() : std::log(a) - std::log1p(-a);
}

} // namespace genlab::engine::diffusion
