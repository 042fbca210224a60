#pragma once
// A small, portable random generator for data sets. std::mt19937 is portable but the standard
// distributions are not (libstdc++ and libc++ draw different numbers), and data sets must give the
// same bytes for the same seed everywhere, so the distributions are written out here.

#include <cmath>
#include <cstdint>
#include <numbers>

namespace genlab::engine::data::detail {

inline std::uint64_t splitMix64(std::uint64_t x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

// One well-mixed seed from several: (seed, index) for procedural images, (seed, epoch) for shuffles.
inline std::uint64_t mixSeed(std::uint64_t a, std::uint64_t b)
{
    return splitMix64(splitMix64(a) ^ (b + 0x632BE59BD9B4E019ull + (a << 6) + (a >> 2)));
}

// xoshiro256** seeded through splitmix64.
// Thread: one thread at a time (plain value).
class Rng
{
public:
    explicit Rng(std::uint64_t seed)
    {
        std::uint64_t x = seed;
        for (auto &s : m_s) {
            x += 0x9E3779B97F4A7C15ull;
            s = splitMix64(x);
        }
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
        const std::uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    // Uniform in [0, 1) with 53 random bits.
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    // Uniform integer in [0, n); n > 0. Lemire's multiply-shift, with rejection for exactness.
    std::uint64_t below(std::uint64_t n)
    {
        unsigned __int128 m = (unsigned __int128)next() * n;
        auto low = std::uint64_t(m);
        if (low < n) {
            const std::uint64_t threshold = (0 - n) % n;
            while (low < threshold) {
                m = (unsigned __int128)next() * n;
                low = std::uint64_t(m);
            }
        }
        return std::uint64_t(m >> 64);
    }
    // Standard normal (Box-Muller; the second value is cached).
    double normal()
    {
        if (m_hasSpare) {
            m_hasSpare = false;
            return m_spare;
        }
        double u1 = 0;
        while (u1 <= 0)
            u1 = uniform();
        const double u2 = uniform();
        const double r = std::sqrt(-2.0 * std::log(u1));
        m_spare = r * std::sin(2 * std::numbers::pi * u2);
        m_hasSpare = true;
        return r * std::cos(2 * std::numbers::pi * u2);
    }
    double normal(double mean, double sigma) { return mean + sigma * normal(); }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::uint64_t m_s[4] = {};
    double m_spare = 0;
    bool m_hasSpare = false;
};

// Fisher-Yates with our own generator, so an order is the same on every platform.
template<typename T>
void shuffle(T &items, Rng &rng)
{
    for (std::size_t i = items.size(); i > 1; --i) {
        const std::size_t j = std::size_t(rng.below(i));
        std::swap(items[i - 1], items[j]);
    }
}

} // namespace genlab::engine::data::detail
