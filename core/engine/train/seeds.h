#pragma once

#include <cstdint>

namespace genlab::engine::train {

// The seed of one step's (or one epoch's) random draws, from the run's seed and the step number:
// splitmix64 of the pair, so nearby steps give unrelated streams and a resumed run draws what an
// uninterrupted one would. One definition for every trainer.
inline std::uint64_t stepSeed(std::uint64_t seed, std::uint64_t salt)
{
    std::uint64_t z = seed + 0x9e3779b97f4a7c15ULL * (salt + 1);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

} // namespace genlab::engine::train
