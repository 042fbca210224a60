// Private to the gan module: the toy GAN's density estimates and mode coverage (torch-free), so the
// numbers the views and tests read have one definition. See kDensityPoints in toygan.h.
#pragma once

#include "engine/data/toys.h"

#include <vector>

namespace genlab::engine::gan::detail {

// A normalised, smoothed histogram on the kDensityBins^2 grid (row-major, probabilities summing to 1).
using Histogram = std::vector<double>;

// count points (x, y pairs) binned, smoothed and floored as toygan.h documents.
Histogram histogram(const float *xy, int count);

struct Divergences
{
    double kl = 0; // KL(p || q)
    double js = 0;
};
Divergences divergences(const Histogram &p, const Histogram &q);

struct Coverage
{
    int covered = -1;          // -1 for toys without modes
    int total = 0;
    std::vector<float> shares; // fraction of the points near each mode
};
Coverage modeCoverage(data::ToyKind kind, const float *xy, int count);

} // namespace genlab::engine::gan::detail
