#include "engine/data/toys.h"

#include "engine/data/detail/rng.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <stdexcept>

namespace genlab::engine::data {

namespace {

constexpr std::int64_t kMaxToyCount = std::int64_t(1) << 31;

void checkUserPoints(const std::vector<float> &points)
{
    if (points.empty())
        throw std::invalid_argument("user-drawn distribution: draw at least one point first");
    if (points.size() % 2 != 0)
        throw std::invalid_argument("user-drawn distribution: points must be (x, y) pairs, got " +
                                    std::to_string(points.size()) + " coordinates");
    for (float v : points)
        if (!std::isfinite(v))
            throw std::invalid_argument("user-drawn distribution: a point has a non-finite coordinate");
}

} // namespace

const std::vector<ToyKindInfo> &toyKinds()
{
    static const std::vector<ToyKindInfo> kinds = {
        {ToyKind::Ring, "ring", "Ring of 8 Gaussians"},
        {ToyKind::Grid, "grid", "Grid of 25 Gaussians"},
        {ToyKind::TwoMoons, "two-moons", "Two moons"},
        {ToyKind::Spiral, "spiral", "Spiral"},
        {ToyKind::UserPoints, "user", "Drawn by hand"},
    };
    return kinds;
}

double userPointsBandwidth(const std::vector<float> &userPoints)
{
    checkUserPoints(userPoints);
    const std::size_t n = userPoints.size() / 2;
    if (n < 2)
        return 0.05;
    // Half the median nearest-neighbour distance: a drawn stroke stays a stroke and separate blobs
    // stay separate (a global rule such as Scott's would blur two distant blobs into one cloud).
    // A strided subset keeps the estimate quadratic in at most 1,000 points.
    const std::size_t stride = (n + 999) / 1000;
    std::vector<double> nearest;
    for (std::size_t i = 0; i < n; i += stride) {
        double best = std::numeric_limits<double>::infinity();
        for (std::size_t j = 0; j < n; ++j) {
            if (j == i)
                continue;
            const double d = std::hypot(double(userPoints[2 * i]) - userPoints[2 * j],
                                        double(userPoints[2 * i + 1]) - userPoints[2 * j + 1]);
            best = std::min(best, d);
        }
        nearest.push_back(best);
    }
    std::nth_element(nearest.begin(), nearest.begin() + std::ptrdiff_t(nearest.size() / 2), nearest.end());
    return std::clamp(0.5 * nearest[nearest.size() / 2], 0.02, 0.5);
}

std::vector<float> sampleToy(ToyKind kind, std::int64_t count, std::uint64_t seed,
                             const std::vector<float> &userPoints)
{
    if (count < 0 || count > kMaxToyCount)
        throw std::invalid_argument("sampleToy: the count must be between 0 and 2^31, got " + std::to_string(count));
    double bandwidth = 0;
    if (kind == ToyKind::UserPoints)
        bandwidth = userPointsBandwidth(userPoints);

    detail::Rng rng(detail::mixSeed(seed, 0x70E5ull + std::uint64_t(kind)));
    std::vector<float> out(std::size_t(count) * 2);
    for (std::int64_t i = 0; i < count; ++i) {
        double x = 0, y = 0;
        switch (kind) {
        case ToyKind::Ring: {
            const auto mode = double(rng.below(kToyRingModes));
            const double a = 2 * std::numbers::pi * mode / kToyRingModes;
            x = rng.normal(kToyRingRadius * std::cos(a), 0.08);
            y = rng.normal(kToyRingRadius * std::sin(a), 0.08);
            break;
        }
        case ToyKind::Grid:
            x = rng.normal(double(rng.below(5)) - 2.0, 0.05);
            y = rng.normal(double(rng.below(5)) - 2.0, 0.05);
            break;
        case ToyKind::TwoMoons: {
            // Upper moon: centre (0, 0), lower moon: centre (1, 0.5) mirrored; then centred and scaled.
            const double t = rng.uniform(0.0, std::numbers::pi);
            double px, py;
            if (rng.below(2) == 0) {
                px = std::cos(t);
                py = std::sin(t);
            } else {
                px = 1.0 - std::cos(t);
                py = 0.5 - std::sin(t);
            }
            x = rng.normal((px - 0.5) * 1.5, 0.08);
            y = rng.normal((py - 0.25) * 1.5, 0.08);
            break;
        }
        case ToyKind::Spiral: {
            // Arc length of r = a + b*theta grows ~ theta^2, so theta ~ sqrt(u) spreads points evenly.
            const double turns = 2.0;
            const double theta = std::sqrt(rng.uniform()) * turns * 2 * std::numbers::pi;
            const double r = 0.2 + 2.5 * theta / (turns * 2 * std::numbers::pi);
            x = rng.normal(r * std::cos(theta), 0.06);
            y = rng.normal(r * std::sin(theta), 0.06);
            break;
        }
        case ToyKind::UserPoints: {
            const std::size_t k = std::size_t(rng.below(userPoints.size() / 2));
            x = rng.normal(userPoints[2 * k], bandwidth);
            y = rng.normal(userPoints[2 * k + 1], bandwidth);
            break;
        }
        }
        out[std::size_t(2 * i)] = float(x);
        out[std::size_t(2 * i + 1)] = float(y);
    }
    return out;
}

} // namespace genlab::engine::data
