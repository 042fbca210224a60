// Private to the diffusion module: the Gaussian noise every part of it draws on the CPU. Plain C++.
#pragma once

#include "engine/train/seeds.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <numbers>
#include <random>

namespace genlab::engine::diffusion::detail {

// The seed of one stream from a parent seed and a salt: splitmix64 of the pair (train::stepSeed),
// so nearby images and steps give unrelated streams.
inline std::uint64_t mixSeed(std::uint64_t seed, std::uint64_t salt)
{
    return train::stepSeed(seed, salt);
}

// Salts of the diffusion module's streams.
enum NoiseSalt : std::uint64_t
{
    kSaltStartingNoise = 0x5354415254ULL, // startingNoise: per image
    kSaltStepNoise = 0x53544550ULL,       // a stochastic sampler step: per step, then per image
    kSaltForward = 0x46574400ULL,         // the forward process view
};

// SplitMix64 (Steele, Lea & Flood 2014, Java's SplittableRandom) as a generator: a counter stepped by
// the golden gamma, each state mixed to 64 bits. Seeding is free, unlike std::mt19937_64 (312 words
// to fill and twist before the first number), which matters for the samplers' stream per (seed,
// image, step): a toy of 8192 one-point "images" spent 3.9 s of 200 DDPM steps seeding Mersenne
// twisters.
class SplitMix64
{
public:
    using result_type = std::uint64_t;
    explicit SplitMix64(std::uint64_t seed) : m_state(seed) {}
    static constexpr result_type min() { return 0; }
    static constexpr result_type max() { return ~result_type(0); }
    result_type operator()()
    {
        std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

private:
    std::uint64_t m_state;
};

// Fills out[0..n) with N(0, 1) from rng (64-bit outputs) by Box-Muller, both values of each pair
// used. Written out rather than std::normal_distribution, whose algorithm is the standard library's
// choice: the same seed gives the same numbers with any library. u1 in (0, 1] keeps the log finite.
template <class Rng> inline void fillStandardNormal(Rng &rng, float *out, std::size_t n)
{
    constexpr double kScale = 1.0 / 9007199254740992.0; // 2^-53
    std::size_t i = 0;
    while (i < n) {
        const double u1 = double((rng() >> 11) + 1) * kScale;
        const double u2 = double(rng() >> 11) * kScale;
        const double radius = std::sqrt(-2.0 * std::log(u1));
        const double angle = 2.0 * std::numbers::pi * u2;
        out[i++] = float(radius * std::cos(angle));
        if (i < n)
            out[i++] = float(radius * std::sin(angle));
    }
}

} // namespace genlab::engine::diffusion::detail
