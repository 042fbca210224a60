#include "engine/retrieval/projection.h"

#include "engine/retrieval/retrievalindex.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>
#include <set>
#include <stdexcept>
#include <utility>

namespace genlab::engine::retrieval {

namespace {

using Column = std::vector<double>;

// Eigen-decomposition of a small symmetric matrix (cyclic Jacobi): eigenvalues in *values, the
// eigenvectors as the columns of *vectors (row-major b x b).
void jacobiEigen(std::vector<double> a, int b, std::vector<double> *values, std::vector<double> *vectors)
{
    std::vector<double> v(std::size_t(b * b), 0.0);
    for (int i = 0; i < b; ++i)
        v[std::size_t(i * b + i)] = 1;
    auto at = [b](std::vector<double> &m, int r, int c) -> double & { return m[std::size_t(r * b + c)]; };
    for (int sweep = 0; sweep < 100; ++sweep) {
        double off = 0, scale = 0;
        for (int r = 0; r < b; ++r)
            for (int c = 0; c < b; ++c)
                (r == c ? scale : off) += at(a, r, c) * at(a, r, c);
        if (off <= 1e-30 * std::max(scale, 1e-300))
            break;
        for (int p = 0; p < b; ++p) {
            for (int q = p + 1; q < b; ++q) {
                const double apq = at(a, p, q);
                if (std::abs(apq) < 1e-300)
                    continue;
                const double theta = (at(a, q, q) - at(a, p, p)) / (2 * apq);
                const double t = (theta >= 0 ? 1.0 : -1.0) / (std::abs(theta) + std::sqrt(theta * theta + 1));
                const double c = 1 / std::sqrt(t * t + 1), s = t * c;
                for (int k = 0; k < b; ++k) { // columns p and q
                    const double akp = at(a, k, p), akq = at(a, k, q);
                    at(a, k, p) = c * akp - s * akq;
                    at(a, k, q) = s * akp + c * akq;
                }
                for (int k = 0; k < b; ++k) { // rows p and q
                    const double apk = at(a, p, k), aqk = at(a, q, k);
                    at(a, p, k) = c * apk - s * aqk;
                    at(a, q, k) = s * apk + c * aqk;
                }
                for (int k = 0; k < b; ++k) {
                    const double vkp = at(v, k, p), vkq = at(v, k, q);
                    at(v, k, p) = c * vkp - s * vkq;
                    at(v, k, q) = s * vkp + c * vkq;
                }
            }
        }
    }
    values->resize(std::size_t(b));
    for (int i = 0; i < b; ++i)
        (*values)[std::size_t(i)] = at(a, i, i);
    *vectors = std::move(v);
}

double dot(const Column &a, const Column &b)
{
    double s = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        s += a[i] * b[i];
    return s;
}

// Modified Gram-Schmidt in place; a column that vanishes (the rows span fewer directions than the
// block) is replaced by a fresh random direction so the block stays orthonormal. Returns the norms
// the columns had before normalising.
std::vector<double> orthonormalise(std::vector<Column> &q, std::mt19937_64 &rng)
{
    std::normal_distribution<double> normal;
    std::vector<double> norms(q.size(), 0);
    double largest = 0;
    for (const Column &c : q)
        largest = std::max(largest, std::sqrt(dot(c, c)));
    for (std::size_t j = 0; j < q.size(); ++j) {
        for (int attempt = 0; attempt < 3; ++attempt) {
            for (std::size_t i = 0; i < j; ++i) {
                const double p = dot(q[j], q[i]);
                for (std::size_t k = 0; k < q[j].size(); ++k)
                    q[j][k] -= p * q[i][k];
            }
            const double n = std::sqrt(dot(q[j], q[j]));
            if (attempt == 0)
                norms[j] = n;
            if (n > 1e-10 * std::max(largest, 1e-300) && n > 1e-300) {
                for (double &x : q[j])
                    x /= n;
                break;
            }
            for (double &x : q[j])
                x = normal(rng);
            largest = std::max(largest, std::sqrt(dot(q[j], q[j])));
        }
    }
    return norms;
}

} // namespace

std::array<double, 2> Pca2::project(const float *row) const
{
    std::array<double, 2> out{};
    for (int a = 0; a < 2; ++a) {
        double s = 0;
        const float *axis = axes.data() + std::size_t(a) * std::size_t(dimension);
        for (int k = 0; k < dimension; ++k)
            s += (double(row[k]) - double(mean[std::size_t(k)])) * double(axis[k]);
        out[std::size_t(a)] = s;
    }
    return out;
}

Pca2 fitPca2(std::span<const float> rows, int dimension, std::uint64_t seed, const RunContext &ctx)
{
    if (dimension <= 0)
        throw std::invalid_argument("PCA: the dimension must be positive (got " + std::to_string(dimension) + ")");
    if (rows.empty() || rows.size() % std::size_t(dimension) != 0)
        throw std::invalid_argument("PCA: " + std::to_string(rows.size()) + " values are not a whole number of rows of " +
                                    std::to_string(dimension));
    const std::size_t d = std::size_t(dimension);
    const std::size_t n = rows.size() / d;

    Pca2 out;
    out.dimension = dimension;
    std::vector<double> mean(d, 0.0);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t k = 0; k < d; ++k)
            mean[k] += rows[i * d + k];
    for (double &m : mean)
        m /= double(n);
    double total = 0;
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t k = 0; k < d; ++k) {
            const double c = rows[i * d + k] - mean[k];
            total += c * c;
        }
    out.totalVariance = total / double(n);
    out.mean.assign(mean.begin(), mean.end());

    // A block a little wider than 2 converges at the rate of the gap to the block's edge, not the
    // (often tiny) gap between the second and third directions.
    const std::size_t b = std::min<std::size_t>(d, 4);
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> normal;
    std::vector<Column> q(b, Column(d));
    for (Column &c : q)
        for (double &x : c)
            x = normal(rng);
    orthonormalise(q, rng);

    std::vector<double> centred(d);
    auto multiply = [&](const std::vector<Column> &in) { // (X - mean)^T (X - mean) in
        std::vector<Column> z(in.size(), Column(d, 0.0));
        std::vector<double> y(in.size());
        for (std::size_t i = 0; i < n; ++i) {
            const float *row = rows.data() + i * d;
            for (std::size_t k = 0; k < d; ++k)
                centred[k] = double(row[k]) - mean[k];
            for (std::size_t j = 0; j < in.size(); ++j)
                y[j] = dot(centred, in[j]);
            for (std::size_t j = 0; j < in.size(); ++j)
                for (std::size_t k = 0; k < d; ++k)
                    z[j][k] += y[j] * centred[k];
        }
        return z;
    };

    constexpr int kMaxIterations = 300;
    std::array<double, 2> previous{-1, -1};
    for (int it = 0; it < kMaxIterations && total > 0; ++it) {
        ctx.checkpoint();
        ctx.progress(std::min(0.95, double(it) / 40.0), "projecting the vectors (PCA)");
        std::vector<Column> z = multiply(q);
        const std::vector<double> norms = orthonormalise(z, rng);
        q = std::move(z);
        const std::array<double, 2> now{norms[0], b > 1 ? norms[1] : 0.0};
        const bool settled = std::abs(now[0] - previous[0]) <= 1e-10 * now[0] &&
                             std::abs(now[1] - previous[1]) <= 1e-10 * std::max(now[0], 1e-300);
        previous = now;
        if (it >= 3 && settled)
            break;
    }

    // Rayleigh-Ritz on the block: the best two directions within it, and their variances.
    const std::vector<Column> cq = multiply(q);
    std::vector<double> small(b * b);
    for (std::size_t r = 0; r < b; ++r)
        for (std::size_t c = 0; c < b; ++c)
            small[r * b + c] = 0.5 * (dot(q[r], cq[c]) + dot(q[c], cq[r]));
    std::vector<double> values, vectors;
    jacobiEigen(small, int(b), &values, &vectors);
    std::vector<std::size_t> order(b);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return values[x] > values[y]; });

    out.axes.assign(2 * d, 0.0f);
    for (std::size_t a = 0; a < 2; ++a) {
        Column axis(d, 0.0);
        if (a < b) {
            for (std::size_t j = 0; j < b; ++j)
                for (std::size_t k = 0; k < d; ++k)
                    axis[k] += q[j][k] * vectors[j * b + order[a]];
            out.variance[a] = std::max(0.0, values[order[a]]) / double(n);
        }
        const double norm = std::sqrt(dot(axis, axis));
        if (norm > 0)
            for (double &x : axis)
                x /= norm;
        std::size_t largest = 0;
        for (std::size_t k = 0; k < d; ++k)
            if (std::abs(axis[k]) > std::abs(axis[largest]))
                largest = k;
        const double sign = axis[largest] < 0 ? -1.0 : 1.0;
        for (std::size_t k = 0; k < d; ++k)
            out.axes[a * d + k] = float(sign * axis[k]);
    }
    if (total <= 0)
        out.variance = {0, 0};
    ctx.progress(1.0, "projected");
    return out;
}

std::vector<ChunkId> sampleIds(std::int64_t count, std::int64_t maxPoints, std::uint64_t seed, const std::vector<ChunkId> &keep)
{
    std::vector<ChunkId> out;
    if (count <= 0)
        return out;
    if (count <= maxPoints) {
        out.resize(std::size_t(count));
        std::iota(out.begin(), out.end(), ChunkId(0));
        return out;
    }
    std::set<ChunkId> chosen;
    for (const ChunkId id : keep)
        if (id >= 0 && id < count)
            chosen.insert(id);
    // A partial Fisher-Yates shuffle: the first draws of a seeded permutation of all ids.
    std::vector<ChunkId> all(static_cast<std::size_t>(count));
    std::iota(all.begin(), all.end(), ChunkId(0));
    std::mt19937_64 rng(seed);
    for (std::size_t i = 0; i < all.size() && std::int64_t(chosen.size()) < std::max<std::int64_t>(maxPoints, 0); ++i) {
        const std::size_t j = i + std::size_t(rng() % std::uint64_t(all.size() - i));
        std::swap(all[i], all[j]);
        chosen.insert(all[i]);
    }
    out.assign(chosen.begin(), chosen.end());
    return out;
}

ChunkMap mapChunks(const RetrievalIndex &index, const std::string &query, const std::vector<ChunkId> &marked,
                   std::int64_t maxPoints, std::uint64_t seed, const RunContext &ctx)
{
    const std::int64_t count = index.chunkCount();
    if (count == 0)
        throw std::runtime_error("the index holds no passages yet: index some documents first");
    std::string why;
    if (!index.denseAvailable(&why))
        throw std::runtime_error("the map needs dense vectors, and this index has none usable (" + why + ")");

    ChunkMap map;
    map.totalChunks = count;
    map.seed = seed;
    const std::vector<ChunkId> ids = sampleIds(count, maxPoints, seed, marked);
    ctx.progress(0.02, "reading the vectors");
    const std::vector<float> vectors = index.vectorsOf(ids);
    if (vectors.empty() || vectors.size() % ids.size() != 0)
        throw std::runtime_error("the map needs dense vectors, and this index has none stored");
    const int dimension = int(vectors.size() / ids.size());

    RunContext sub = ctx;
    if (ctx.onProgress)
        sub.onProgress = [&ctx](double f, std::string_view stage) { ctx.progress(0.05 + 0.9 * f, stage); };
    const Pca2 pca = fitPca2(vectors, dimension, seed, sub);
    map.explained = {pca.explained(0), pca.explained(1)};
    map.pca = pca;

    // Which document each chunk belongs to: documents hold consecutive chunk ranges.
    std::vector<std::pair<ChunkId, std::int32_t>> starts;
    for (std::int32_t d = 0; d < std::int32_t(index.documentCount()); ++d) {
        const IndexedDocument doc = index.document(d);
        if (doc.chunkCount > 0)
            starts.emplace_back(doc.firstChunk, d);
    }
    std::sort(starts.begin(), starts.end());
    map.points.reserve(ids.size());
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const auto p = pca.project(vectors.data() + i * std::size_t(dimension));
        MapPoint point;
        point.chunk = ids[i];
        auto it = std::upper_bound(starts.begin(), starts.end(), std::make_pair(ids[i], std::int32_t(INT32_MAX)));
        point.document = it == starts.begin() ? -1 : std::prev(it)->second;
        point.x = float(p[0]);
        point.y = float(p[1]);
        map.points.push_back(point);
    }
    const std::set<ChunkId> onMap(ids.begin(), ids.end());
    for (const ChunkId id : marked)
        if (onMap.count(id))
            map.marked.push_back(id);
    if (!query.empty()) {
        const std::vector<float> q = index.embedQuery(query);
        if (q.size() == std::size_t(dimension)) {
            const auto p = pca.project(q.data());
            map.query = std::array<float, 2>{float(p[0]), float(p[1])};
        }
    }
    ctx.progress(1.0, "mapped");
    return map;
}

} // namespace genlab::engine::retrieval
