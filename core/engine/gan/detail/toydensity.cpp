#include "engine/gan/detail/toydensity.h"

#include "engine/gan/toygan.h"

#include <algorithm>
#include <cmath>

namespace genlab::engine::gan::detail {

Histogram histogram(const float *xy, int count)
{
    constexpr int n = kDensityBins;
    std::vector<double> raw(std::size_t(n) * n, 0.0);
    const double scale = n / (2 * kDensityExtent);
    for (int i = 0; i < count; ++i) {
        const double x = xy[2 * i], y = xy[2 * i + 1];
        if (!std::isfinite(x) || !std::isfinite(y))
            continue;
        const int col = std::clamp(int(std::floor((x + kDensityExtent) * scale)), 0, n - 1);
        const int row = std::clamp(int(std::floor((y + kDensityExtent) * scale)), 0, n - 1);
        raw[std::size_t(row) * n + col] += 1.0;
    }
    // [1 2 1] / 4 along each axis; the border bins reflect, so no mass leaves the grid.
    auto at = [&](const std::vector<double> &h, int r, int c) {
        r = r < 0 ? 0 : (r >= n ? n - 1 : r);
        c = c < 0 ? 0 : (c >= n ? n - 1 : c);
        return h[std::size_t(r) * n + c];
    };
    std::vector<double> tmp(raw.size()), out(raw.size());
    for (int r = 0; r < n; ++r)
        for (int c = 0; c < n; ++c)
            tmp[std::size_t(r) * n + c] = 0.25 * at(raw, r, c - 1) + 0.5 * at(raw, r, c) + 0.25 * at(raw, r, c + 1);
    for (int r = 0; r < n; ++r)
        for (int c = 0; c < n; ++c)
            out[std::size_t(r) * n + c] = 0.25 * at(tmp, r - 1, c) + 0.5 * at(tmp, r, c) + 0.25 * at(tmp, r + 1, c);
    double sum = 0;
    for (double v : out)
        sum += v;
    double total = 0;
    for (double &v : out) {
        v = (sum > 0 ? v / sum : 1.0 / double(out.size())) + kDensityEpsilon;
        total += v;
    }
    for (double &v : out)
        v /= total;
    return out;
}

Divergences divergences(const Histogram &p, const Histogram &q)
{
    Divergences d;
    for (std::size_t i = 0; i < p.size() && i < q.size(); ++i) {
        const double m = 0.5 * (p[i] + q[i]);
        d.kl += p[i] * std::log(p[i] / q[i]);
        d.js += 0.5 * p[i] * std::log(p[i] / m) + 0.5 * q[i] * std::log(q[i] / m);
    }
    return d;
}

Coverage modeCoverage(data::ToyKind kind, const float *xy, int count)
{
    Coverage c;
    std::vector<std::pair<double, double>> modes;
    double spacing = 0;
    if (kind == data::ToyKind::Ring) {
        for (int k = 0; k < data::kToyRingModes; ++k) {
            const double a = 2 * M_PI * k / data::kToyRingModes;
            modes.emplace_back(data::kToyRingRadius * std::cos(a), data::kToyRingRadius * std::sin(a));
        }
        spacing = 2 * data::kToyRingRadius * std::sin(M_PI / data::kToyRingModes);
    } else if (kind == data::ToyKind::Grid) {
        for (int i = -2; i <= 2; ++i)
            for (int j = -2; j <= 2; ++j)
                modes.emplace_back(double(j), double(i));
        spacing = 1.0;
    } else {
        return c;
    }
    const double radius2 = std::pow(kModeRadiusFraction * spacing, 2);
    std::vector<int> near(modes.size(), 0);
    for (int i = 0; i < count; ++i) {
        const double x = xy[2 * i], y = xy[2 * i + 1];
        for (std::size_t m = 0; m < modes.size(); ++m) {
            const double dx = x - modes[m].first, dy = y - modes[m].second;
            if (dx * dx + dy * dy <= radius2) {
                ++near[m];
                break; // the radius is under half the spacing: at most one mode is near
            }
        }
    }
    c.total = int(modes.size());
    c.covered = 0;
    const double fair = count > 0 ? double(count) / double(modes.size()) : 0;
    for (std::size_t m = 0; m < modes.size(); ++m) {
        c.shares.push_back(count > 0 ? float(double(near[m]) / count) : 0.f);
        if (count > 0 && near[m] >= kModeShareFraction * fair)
            ++c.covered;
    }
    return c;
}

} // namespace genlab::engine::gan::detail
