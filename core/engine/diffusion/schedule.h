#pragma once
// The forward process's noise schedules: how much of the image is left at each timestep. Pure C++
// (no torch): the Diffusion lab plots these, the samplers and the trainer read them.
//
// Timesteps run t = 0 (the clean image) .. T (pure noise). x_t = sqrt(ᾱ(t)) x_0 + sqrt(1 - ᾱ(t)) ε,
// ε ~ N(0, I); ᾱ(0) = 1 and ᾱ(t) = Π_{s<=t} (1 - β(s)).

#include <string>
#include <vector>

namespace genlab::engine::diffusion {

enum class NoiseSchedule {
    Linear,  // β from 1e-4 to 0.02 (DDPM), scaled by 1000 / T so any T covers the same range
    Cosine,  // ᾱ(t) = f(t) / f(0), f(t) = cos²((t/T + 0.008) / 1.008 · π/2), β clipped at 0.999
    Sigmoid, // ᾱ(t) from a sigmoid over [-3, 3] with temperature 0.9, rescaled to [1, 0]
};
std::string scheduleName(NoiseSchedule schedule); // "linear", "cosine", "sigmoid"
bool parseSchedule(const std::string &name, NoiseSchedule *out);

inline constexpr int kMinTimesteps = 10;
inline constexpr int kMaxTimesteps = 4000;

// The table of one schedule for T steps. Copyable, cheap.
class DiffusionSchedule
{
public:
    // Throws std::invalid_argument when T is outside kMinTimesteps..kMaxTimesteps.
    DiffusionSchedule(NoiseSchedule kind = NoiseSchedule::Cosine, int timesteps = 1000);

    NoiseSchedule kind() const { return m_kind; }
    int timesteps() const { return m_T; }        // T
    double alphaBar(int t) const;                 // ᾱ(t), t clamped to 0..T; ᾱ(0) = 1
    double beta(int t) const;                     // β(t) = 1 - ᾱ(t)/ᾱ(t-1), t in 1..T (0 at t = 0)
    double signal(int t) const;                   // sqrt(ᾱ(t)): the coefficient of x_0
    double noise(int t) const;                    // sqrt(1 - ᾱ(t)): the coefficient of ε
    double snr(int t) const;                      // ᾱ / (1 - ᾱ); +inf at t = 0
    double sigma(int t) const;                    // sqrt((1 - ᾱ) / ᾱ): the noise level of x_t / sqrt(ᾱ)
    double logSnr(int t) const;                   // λ(t) = ln snr(t)
    const std::vector<double> &alphaBars() const { return m_alphaBar; } // T + 1 values

    bool operator==(const DiffusionSchedule &o) const { return m_kind == o.m_kind && m_T == o.m_T; }

private:
    NoiseSchedule m_kind;
    int m_T;
    std::vector<double> m_alphaBar;
};

} // namespace genlab::engine::diffusion
