#pragma once
// 2-D toy distributions for the GAN and diffusion toy views. All of them lie within about
// [-3, 3] x [-3, 3], so one plot range and one model scale fit every kind.

#include <cstdint>
#include <string>
#include <vector>

namespace genlab::engine::data {

enum class ToyKind
{
    Ring,       // 8 Gaussians (sigma 0.08) evenly spaced on a circle of radius 2
    Grid,       // 5x5 Gaussians (sigma 0.05) at {-2, -1, 0, 1, 2}^2
    TwoMoons,   // two interleaved half circles of radius 1.5, noise sigma 0.08, centred on 0
    Spiral,     // one arm, two turns, radius 0.2 to 2.7, noise sigma 0.06, uniform along its length
    UserPoints, // Gaussian kernels around points the user drew (userPointsBandwidth())
};

struct ToyKindInfo
{
    ToyKind kind;
    std::string id;   // stable: "ring", "grid", "two-moons", "spiral", "user"
    std::string name; // for the UI
};

const std::vector<ToyKindInfo> &toyKinds();

// The radius of the ring, for views and tests.
inline constexpr double kToyRingRadius = 2.0;
inline constexpr int kToyRingModes = 8;

// count points as x0, y0, x1, y1, ... (count * 2 floats); the same (kind, count, seed, points) gives
// the same numbers. userPoints (x, y pairs) are used by UserPoints only. Throws
// std::invalid_argument for a negative count, UserPoints without points, an odd number of
// coordinates, or a non-finite coordinate.
std::vector<float> sampleToy(ToyKind kind, std::int64_t count, std::uint64_t seed,
                             const std::vector<float> &userPoints = {});

// The kernel width UserPoints uses: half the median distance from a point to its nearest
// neighbour, within [0.02, 0.5]; 0.05 for a single point.
double userPointsBandwidth(const std::vector<float> &userPoints);

} // namespace genlab::engine::data
