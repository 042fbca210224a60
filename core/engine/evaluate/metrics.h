#pragma once
// The figures the evaluator reports, as plain functions of plain vectors (so tests can check
// each against a closed form). Feature sets are count x dim floats, row-major.

#include <cstdint>
#include <string>
#include <vector>

namespace genlab::engine::evaluate {

struct FeatureSet
{
    int count = 0;
    int dim = 0;
    std::vector<float> values; // count * dim

    const float *row(int i) const { return values.data() + std::size_t(i) * std::size_t(dim); }
};

// Mean and covariance (unbiased, n - 1) of a feature set, in double.
struct GaussianStats
{
    int dim = 0;
    std::vector<double> mean;       // dim
    std::vector<double> covariance; // dim * dim, row-major
};
// Throws std::invalid_argument for fewer than 2 rows.
GaussianStats gaussianOf(const FeatureSet &features);

// The Fréchet distance between N(m1, C1) and N(m2, C2):
//   |m1 - m2|^2 + tr(C1) + tr(C2) - 2 tr((sqrt(C1) C2 sqrt(C1))^(1/2)),
// in double: sqrt(C1) from an eigen decomposition of C1 (negative round-off eigenvalues clamped
// to 0), then the eigenvalues of the symmetric product sqrt(C1) C2 sqrt(C1), whose square roots
// sum to the trace term. No iterative sqrtm, so a singular covariance (ReLU features that are
// always 0) is fine. Throws std::invalid_argument when the dimensions differ.
double frechetDistance(const GaussianStats &a, const GaussianStats &b);

// Kynkäänniemi et al. 2019, "Improved precision and recall metric for assessing generative
// models": each point's radius is the distance to its k-th nearest neighbour in its own set; the
// manifold of a set is the union of those balls.
//   precision = fraction of generated points inside the real manifold
//   recall    = fraction of real points inside the generated manifold
// Neighbours come from hnswlib (L2, M 16, ef >= 200); membership is checked exactly against the
// neighbours of a point out to the largest radius of the other set.
struct PrecisionRecall
{
    double precision = 0;
    double recall = 0;
};
// Throws std::invalid_argument for k < 1, differing dims, or a set with no more than k points.
PrecisionRecall precisionRecall(const FeatureSet &real, const FeatureSet &generated, int k = 3);

// Each point's distance to its nearest other point of the same set (hnswlib). A set of 1: {inf}.
std::vector<double> nearestNeighbourDistances(const FeatureSet &set);
// Each point's distance to its k-th nearest other point of the same set (hnswlib).
std::vector<double> kthNeighbourDistances(const FeatureSet &set, int k);

// Near duplicates: the fraction of generated points whose nearest other generated point is closer
// than fraction * (the median nearest-neighbour distance within the reference set). With the
// default 0.1 a point counts when its twin is ten times closer than real digits typically are to
// each other: copies and near copies (mode collapse, memorised samples), not merely similar digits.
struct DuplicateRate
{
    double rate = 0;
    double threshold = 0;          // the distance used
    double referenceMedianNn = 0;  // the reference set's typical nearest-neighbour distance
};
DuplicateRate duplicateRate(const FeatureSet &generated, const FeatureSet &reference, double fraction = 0.1);

// Class figures from the classifier's probabilities (count x classCount, rows sum to 1).
struct ClassFigures
{
    std::vector<int> histogram;      // predicted-class counts
    int minCount = 0;                // a class counts as covered with at least this many samples
    int covered = 0;                 // classes with histogram >= minCount
    double meanConfidence = 0;       // mean of each row's max probability
    double inceptionScore = 0;       // exp(mean_i KL(p(y|x_i) || p(y))), p(y) the mean row
};
// minCount < 1: the default, max(1, ceil(count / (10 * classCount))): a tenth of a class's share
// under a uniform spread, so a handful of stray predictions does not count as a covered mode.
ClassFigures classFigures(const std::vector<float> &probabilities, int count, int classCount, int minCount = 0);
int defaultMinClassCount(int count, int classCount);

} // namespace genlab::engine::evaluate
