#include "engine/evaluate/metrics.h"

#include <torch/torch.h>

// hnswlib 0.6 defines non-inline functions and globals in its headers (cpuid, AVXCapable, the
// SIMD function pointers), so a second translation unit including it in the same binary (the vae
// module's latentmath.cpp) breaks the link with multiple definitions. Everything it includes is
// included first, and hnswlib itself inside a namespace of this file.
#include <algorithm>
#include <assert.h>
#include <atomic>
#include <cassert>
#include <deque>
#include <fstream>
#include <iostream>
#include <list>
#include <mutex>
#include <queue>
#include <random>
#include <stdexcept>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unordered_map>
#include <unordered_set>
#include <vector>
#if defined(__SSE__)
#include <cpuid.h>
#include <immintrin.h>
#include <x86intrin.h>
#endif
namespace genlab_evaluate_hnsw {
#include <hnswlib/hnswlib.h>
} // namespace genlab_evaluate_hnsw
namespace hnswlib = genlab_evaluate_hnsw::hnswlib;

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <stdexcept>

namespace genlab::engine::evaluate {

namespace {

constexpr int kM = 16;
constexpr int kEfConstruction = 200;
constexpr int kEfSearch = 200;
constexpr int kFirstCandidates = 32;

void checkSet(const FeatureSet &s, const char *what)
{
    if (s.dim <= 0 || s.count < 0 || s.values.size() != std::size_t(s.count) * std::size_t(s.dim))
        throw std::invalid_argument(std::string(what) + ": count x dim does not match the values");
}

// An L2 index over one feature set; labels are row numbers. Distances it returns are squared.
// Thread: the caller's (setEf changes shared state).
class Index
{
public:
    explicit Index(const FeatureSet &set) : m_space(std::size_t(set.dim)), m_count(set.count)
    {
        m_index = std::make_unique<hnswlib::HierarchicalNSW<float>>(&m_space, std::size_t(std::max(1, set.count)), kM,
                                                                     kEfConstruction, 100);
        for (int i = 0; i < set.count; ++i)
            m_index->addPoint(set.row(i), hnswlib::labeltype(i));
    }

    // The nearest k points, nearest first: {distance (not squared), row}.
    std::vector<std::pair<double, int>> nearest(const float *query, int k)
    {
        k = std::min(k, m_count);
        std::vector<std::pair<double, int>> out;
        if (k <= 0)
            return out;
        m_index->setEf(std::size_t(std::max(k, kEfSearch)));
        auto heap = m_index->searchKnn(query, std::size_t(k));
        out.reserve(heap.size());
        while (!heap.empty()) {
            out.emplace_back(std::sqrt(double(std::max(0.0f, heap.top().first))), int(heap.top().second));
            heap.pop();
        }
        std::reverse(out.begin(), out.end());
        return out;
    }

    int count() const { return m_count; }

private:
    hnswlib::L2Space m_space;
    int m_count;
    std::unique_ptr<hnswlib::HierarchicalNSW<float>> m_index;
};

// Distances to the k nearest OTHER points of the set for each row (k-th one returned).
std::vector<double> kthOthers(const FeatureSet &set, Index &index, int k)
{
    std::vector<double> out(std::size_t(set.count), std::numeric_limits<double>::infinity());
    for (int i = 0; i < set.count; ++i) {
        auto nn = index.nearest(set.row(i), k + 1);
        // Drop the point itself; among exact duplicates it may not be returned, then drop one of
        // its zero-distance twins instead (the same distance).
        auto self = std::find_if(nn.begin(), nn.end(), [&](const auto &p) { return p.second == i; });
        if (self != nn.end())
            nn.erase(self);
        else if (!nn.empty())
            nn.erase(nn.begin());
        if (int(nn.size()) >= k)
            out[std::size_t(i)] = nn[std::size_t(k - 1)].first;
    }
    return out;
}

// Fraction of queries inside the union of the balls (centre: a row of the indexed set, radius:
// radii[row]). Candidates are taken nearest first until one contains the query or the next is
// farther than the largest radius (then none can).
double fractionInside(const FeatureSet &queries, Index &index, const std::vector<double> &radii)
{
    if (queries.count == 0)
        return 0;
    const double maxRadius = *std::max_element(radii.begin(), radii.end());
    int inside = 0;
    for (int q = 0; q < queries.count; ++q) {
        int k = std::min(kFirstCandidates, index.count());
        bool found = false;
        for (;;) {
            auto nn = index.nearest(queries.row(q), k);
            for (const auto &[d, row] : nn)
                if (d <= radii[std::size_t(row)]) {
                    found = true;
                    break;
                }
            if (found || nn.empty() || nn.back().first > maxRadius || k >= index.count())
                break;
            k = std::min(index.count(), k * 4);
        }
        inside += found;
    }
    return double(inside) / queries.count;
}

// The Gaussian fits and the 64x64 eigen decompositions are tiny: a second OpenMP thread only adds
// barriers, and on 2 cores loaded by other work the decomposition took ~840 ms on two threads and
// 0.5 ms on one. They run on one thread; the caller's count is restored after.
class OneThread
{
public:
    OneThread() : m_previous(at::get_num_threads())
    {
        if (m_previous != 1)
            at::set_num_threads(1);
    }
    ~OneThread()
    {
        if (m_previous != 1)
            at::set_num_threads(m_previous);
    }
    OneThread(const OneThread &) = delete;
    OneThread &operator=(const OneThread &) = delete;

private:
    int m_previous;
};

torch::Tensor toDouble(const std::vector<double> &v, at::IntArrayRef shape)
{
    return torch::from_blob(const_cast<double *>(v.data()), shape, torch::kFloat64);
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    const std::size_t mid = v.size() / 2;
    std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(mid), v.end());
    double m = v[mid];
    if (v.size() % 2 == 0) {
        const double below = *std::max_element(v.begin(), v.begin() + std::ptrdiff_t(mid));
        m = 0.5 * (m + below);
    }
    return m;
}

} // namespace

GaussianStats gaussianOf(const FeatureSet &features)
{
    checkSet(features, "features");
    if (features.count < 2)
        throw std::invalid_argument("a Gaussian needs at least 2 feature vectors (got " + std::to_string(features.count) + ")");
    OneThread oneThread;
    auto x = torch::from_blob(const_cast<float *>(features.values.data()), {features.count, features.dim}, torch::kFloat32)
                 .to(torch::kFloat64);
    auto mean = x.mean(0);
    auto centred = x - mean;
    auto cov = centred.t().mm(centred).div_(double(features.count - 1)).contiguous();
    GaussianStats g;
    g.dim = features.dim;
    g.mean.assign(mean.data_ptr<double>(), mean.data_ptr<double>() + features.dim);
    g.covariance.assign(cov.data_ptr<double>(), cov.data_ptr<double>() + std::size_t(features.dim) * features.dim);
    return g;
}

double frechetDistance(const GaussianStats &a, const GaussianStats &b)
{
    if (a.dim != b.dim || a.dim <= 0 || a.mean.size() != std::size_t(a.dim) || b.mean.size() != std::size_t(b.dim) ||
        a.covariance.size() != std::size_t(a.dim) * a.dim || b.covariance.size() != std::size_t(b.dim) * b.dim)
        throw std::invalid_argument("Fréchet distance: the two Gaussians have different or invalid dimensions");
    const int n = a.dim;
    OneThread oneThread;
    auto m1 = toDouble(a.mean, {n}), m2 = toDouble(b.mean, {n});
    auto c1 = toDouble(a.covariance, {n, n}), c2 = toDouble(b.covariance, {n, n});
    c1 = 0.5 * (c1 + c1.t());
    c2 = 0.5 * (c2 + c2.t());
    auto [l1, v1] = torch::linalg_eigh(c1, "L");
    auto sqrtC1 = v1.mm(torch::diag(l1.clamp_min(0).sqrt())).mm(v1.t());
    auto product = sqrtC1.mm(c2).mm(sqrtC1);
    product = 0.5 * (product + product.t());
    auto [l2, v2] = torch::linalg_eigh(product, "L");
    (void)v2;
    const double traceSqrt = l2.clamp_min(0).sqrt().sum().item<double>();
    const double meanTerm = (m1 - m2).pow(2).sum().item<double>();
    const double d = meanTerm + c1.trace().item<double>() + c2.trace().item<double>() - 2.0 * traceSqrt;
    return std::max(0.0, d);
}

std::vector<double> nearestNeighbourDistances(const FeatureSet &set)
{
    return kthNeighbourDistances(set, 1);
}

std::vector<double> kthNeighbourDistances(const FeatureSet &set, int k)
{
    checkSet(set, "features");
    if (k < 1)
        throw std::invalid_argument("k must be at least 1");
    Index index(set);
    return kthOthers(set, index, k);
}

PrecisionRecall precisionRecall(const FeatureSet &real, const FeatureSet &generated, int k)
{
    checkSet(real, "real features");
    checkSet(generated, "generated features");
    if (k < 1)
        throw std::invalid_argument("precision/recall: k must be at least 1 (got " + std::to_string(k) + ")");
    if (real.dim != generated.dim)
        throw std::invalid_argument("precision/recall: the feature sizes differ");
    if (real.count <= k || generated.count <= k)
        throw std::invalid_argument("precision/recall with k = " + std::to_string(k) + " needs more than " +
                                    std::to_string(k) + " points in each set");
    Index realIndex(real), generatedIndex(generated);
    const std::vector<double> realRadii = kthOthers(real, realIndex, k);
    const std::vector<double> generatedRadii = kthOthers(generated, generatedIndex, k);
    PrecisionRecall pr;
    pr.precision = fractionInside(generated, realIndex, realRadii);
    pr.recall = fractionInside(real, generatedIndex, generatedRadii);
    return pr;
}

DuplicateRate duplicateRate(const FeatureSet &generated, const FeatureSet &reference, double fraction)
{
    if (!(fraction > 0))
        throw std::invalid_argument("duplicate threshold fraction must be positive");
    DuplicateRate r;
    r.referenceMedianNn = median(nearestNeighbourDistances(reference));
    r.threshold = fraction * r.referenceMedianNn;
    const std::vector<double> nn = nearestNeighbourDistances(generated);
    if (nn.empty())
        return r;
    int near = 0;
    for (double d : nn)
        near += d < r.threshold;
    r.rate = double(near) / double(nn.size());
    return r;
}

int defaultMinClassCount(int count, int classCount)
{
    if (count <= 0 || classCount <= 0)
        return 1;
    const int share = 10 * classCount;
    return std::max(1, (count + share - 1) / share);
}

ClassFigures classFigures(const std::vector<float> &probabilities, int count, int classCount, int minCount)
{
    if (count < 0 || classCount < 1 || probabilities.size() != std::size_t(count) * std::size_t(classCount))
        throw std::invalid_argument("class figures: count x classes does not match the probabilities");
    ClassFigures f;
    f.histogram.assign(std::size_t(classCount), 0);
    f.minCount = minCount >= 1 ? minCount : defaultMinClassCount(count, classCount);
    if (count == 0)
        return f;
    std::vector<double> marginal(std::size_t(classCount), 0.0);
    double confidence = 0;
    for (int i = 0; i < count; ++i) {
        const float *row = probabilities.data() + std::size_t(i) * std::size_t(classCount);
        const int best = int(std::max_element(row, row + classCount) - row);
        ++f.histogram[std::size_t(best)];
        confidence += row[best];
        for (int c = 0; c < classCount; ++c)
            marginal[std::size_t(c)] += row[c];
    }
    for (auto &m : marginal)
        m /= count;
    f.meanConfidence = confidence / count;
    for (int h : f.histogram)
        f.covered += h >= f.minCount;
    constexpr double kEps = 1e-12;
    double kl = 0;
    for (int i = 0; i < count; ++i) {
        const float *row = probabilities.data() + std::size_t(i) * std::size_t(classCount);
        for (int c = 0; c < classCount; ++c) {
            const double p = row[c];
            if (p > 0)
                kl += p * (std::log(p + kEps) - std::log(marginal[std::size_t(c)] + kEps));
        }
    }
    f.inceptionScore = std::exp(kl / count);
    return f;
}

} // namespace genlab::engine::evaluate
