#include "engine/vae/latentmath.h"

#include <hnswlib/hnswlib.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>
#include <string>

namespace genlab::engine::vae {

namespace {

constexpr double kPi = 3.14159265358979323846;

void checkRows(const std::vector<float> &values, int dim, const char *what)
{
    if (dim <= 0)
        throw std::invalid_argument(std::string(what) + ": dimension must be positive");
    if (values.empty() || values.size() % std::size_t(dim) != 0)
        throw std::invalid_argument(std::string(what) + ": expected a non-empty multiple of " + std::to_string(dim) +
                                    " values, got " + std::to_string(values.size()));
}

double dot(const Latent &a, const Latent &b)
{
    double s = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        s += double(a[i]) * double(b[i]);
    return s;
}

// Eigen-decomposition of a symmetric matrix (row-major n x n) by cyclic Jacobi rotations:
// robust for the small matrices here (n <= 128) and free of any library.
void symmetricEigen(std::vector<double> a, int n, std::vector<double> &values, std::vector<double> &vectors)
{
    vectors.assign(std::size_t(n) * n, 0.0);
    for (int i = 0; i < n; ++i)
        vectors[std::size_t(i) * n + i] = 1.0;
    auto at = [&](int r, int c) -> double & { return a[std::size_t(r) * n + c]; };
    for (int sweep = 0; sweep < 100; ++sweep) {
        double off = 0, diag = 0;
        for (int r = 0; r < n; ++r)
            for (int c = 0; c < n; ++c)
                (r == c ? diag : off) += at(r, c) * at(r, c);
        if (off <= 1e-22 * std::max(diag, 1e-300))
            break;
        for (int p = 0; p < n - 1; ++p) {
            for (int q = p + 1; q < n; ++q) {
                const double apq = at(p, q);
                if (std::abs(apq) < 1e-300)
                    continue;
                const double theta = (at(q, q) - at(p, p)) / (2.0 * apq);
                const double t = (theta >= 0 ? 1.0 : -1.0) / (std::abs(theta) + std::sqrt(theta * theta + 1.0));
                const double c = 1.0 / std::sqrt(t * t + 1.0);
                const double s = t * c;
                for (int k = 0; k < n; ++k) {
                    const double akp = at(k, p), akq = at(k, q);
                    at(k, p) = c * akp - s * akq;
                    at(k, q) = s * akp + c * akq;
                }
                for (int k = 0; k < n; ++k) {
                    const double apk = at(p, k), aqk = at(q, k);
                    at(p, k) = c * apk - s * aqk;
                    at(q, k) = s * apk + c * aqk;
                }
                for (int k = 0; k < n; ++k) {
                    double &vkp = vectors[std::size_t(k) * n + p];
                    double &vkq = vectors[std::size_t(k) * n + q];
                    const double x = vkp, y = vkq;
                    vkp = c * x - s * y;
                    vkq = s * x + c * y;
                }
            }
        }
    }
    values.resize(std::size_t(n));
    for (int i = 0; i < n; ++i)
        values[std::size_t(i)] = at(i, i);
}

} // namespace

Latent lerp(const Latent &a, const Latent &b, double t)
{
    if (a.size() != b.size())
        throw std::invalid_argument("lerp: endpoints of different sizes");
    Latent out(a.size());
    for (std::size_t i = 0; i < a.size(); ++i)
        out[i] = float((1.0 - t) * a[i] + t * b[i]);
    return out;
}

Latent slerp(const Latent &a, const Latent &b, double t)
{
    if (a.size() != b.size())
        throw std::invalid_argument("slerp: endpoints of different sizes");
    const double na = norm(a), nb = norm(b);
    if (na < 1e-12 || nb < 1e-12)
        return lerp(a, b, t);
    if (t == 0.0)
        return a;
    if (t == 1.0)
        return b;
    const double cosOmega = std::clamp(dot(a, b) / (na * nb), -1.0, 1.0);
    const double omega = std::acos(cosOmega);
    const double radius = (1.0 - t) * na + t * nb;
    const std::size_t n = a.size();
    Latent out(n);
    if (omega < 1e-4) {
        // Nearly parallel: the great-circle arc is a straight segment to within float precision.
        Latent l = lerp(a, b, t);
        const double nl = norm(l);
        for (std::size_t i = 0; i < n; ++i)
            out[i] = float(l[i] * (nl > 0 ? radius / nl : 1.0));
        return out;
    }
    std::vector<double> ua(n), ub(n);
    for (std::size_t i = 0; i < n; ++i) {
        ua[i] = a[i] / na;
        ub[i] = b[i] / nb;
    }
    const double sinOmega = std::sin(omega);
    if (sinOmega < 1e-6) {
        // Opposite directions: any great circle through both works; take the one through the
        // basis axis least aligned with a, so the choice is deterministic.
        std::size_t axis = 0;
        for (std::size_t i = 1; i < n; ++i)
            if (std::abs(ua[i]) < std::abs(ua[axis]))
                axis = i;
        std::vector<double> perp(n, 0.0);
        perp[axis] = 1.0;
        double d = ua[axis];
        double pn = 0;
        for (std::size_t i = 0; i < n; ++i) {
            perp[i] -= d * ua[i];
            pn += perp[i] * perp[i];
        }
        pn = std::sqrt(pn);
        const double angle = t * kPi;
        for (std::size_t i = 0; i < n; ++i)
            out[i] = float(radius * (std::cos(angle) * ua[i] + std::sin(angle) * perp[i] / pn));
        return out;
    }
    const double wa = std::sin((1.0 - t) * omega) / sinOmega;
    const double wb = std::sin(t * omega) / sinOmega;
    for (std::size_t i = 0; i < n; ++i)
        out[i] = float(radius * (wa * ua[i] + wb * ub[i]));
    return out;
}

std::vector<Latent> interpolatePath(const std::vector<Latent> &endpoints, int frameCount, PathMethod method)
{
    if (endpoints.size() < 2)
        throw std::invalid_argument("a path needs at least two endpoints");
    if (frameCount < 2)
        throw std::invalid_argument("a path needs at least two frames");
    for (const auto &e : endpoints)
        if (e.size() != endpoints.front().size() || e.empty())
            throw std::invalid_argument("path endpoints must all have the same, non-zero size");
    const int segments = int(endpoints.size()) - 1;
    std::vector<Latent> out;
    out.reserve(std::size_t(frameCount));
    for (int f = 0; f < frameCount; ++f) {
        // Integer arithmetic first so frames that land on an endpoint hit it exactly.
        const std::int64_t num = std::int64_t(f) * segments;
        const std::int64_t den = frameCount - 1;
        int seg = int(num / den);
        double t = double(num % den) / double(den);
        if (seg >= segments) {
            seg = segments - 1;
            t = 1.0;
        }
        const Latent &a = endpoints[std::size_t(seg)];
        const Latent &b = endpoints[std::size_t(seg) + 1];
        if (t == 0.0)
            out.push_back(a);
        else if (t == 1.0)
            out.push_back(b);
        else
            out.push_back(method == PathMethod::Lerp ? lerp(a, b, t) : slerp(a, b, t));
    }
    return out;
}

std::vector<float> flatten(const std::vector<Latent> &points)
{
    std::vector<float> out;
    for (const auto &p : points)
        out.insert(out.end(), p.begin(), p.end());
    return out;
}

double norm(const Latent &z)
{
    return std::sqrt(dot(z, z));
}

std::vector<double> norms(const std::vector<Latent> &path)
{
    std::vector<double> out;
    out.reserve(path.size());
    for (const auto &z : path)
        out.push_back(norm(z));
    return out;
}

std::vector<float> Projection2D::project(const float *z) const
{
    std::vector<float> p(2, 0.f);
    for (int k = 0; k < 2; ++k) {
        double s = 0;
        for (int i = 0; i < dim; ++i)
            s += double(components[std::size_t(k) * dim + i]) * (double(z[i]) - mean[std::size_t(i)]);
        p[std::size_t(k)] = float(s);
    }
    return p;
}

std::vector<float> Projection2D::projectAll(const std::vector<float> &latents) const
{
    checkRows(latents, dim, "project");
    const std::size_t count = latents.size() / std::size_t(dim);
    std::vector<float> out(count * 2);
    for (std::size_t r = 0; r < count; ++r) {
        auto p = project(latents.data() + r * dim);
        out[r * 2] = p[0];
        out[r * 2 + 1] = p[1];
    }
    return out;
}

Latent Projection2D::inverse(double x, double y) const
{
    Latent z(static_cast<std::size_t>(dim));
    for (int i = 0; i < dim; ++i)
        z[std::size_t(i)] = float(mean[std::size_t(i)] + components[std::size_t(i)] * x +
                                  components[std::size_t(dim) + i] * y);
    return z;
}

Projection2D fitPca(const std::vector<float> &latents, int dim)
{
    if (dim < 2)
        throw std::invalid_argument("PCA needs a latent size of at least 2");
    checkRows(latents, dim, "PCA");
    const std::size_t count = latents.size() / std::size_t(dim);
    std::vector<double> mean(std::size_t(dim), 0.0);
    for (std::size_t r = 0; r < count; ++r)
        for (int i = 0; i < dim; ++i)
            mean[std::size_t(i)] += latents[r * dim + i];
    for (auto &m : mean)
        m /= double(count);
    std::vector<double> cov(std::size_t(dim) * dim, 0.0);
    std::vector<double> centered(static_cast<std::size_t>(dim));
    for (std::size_t r = 0; r < count; ++r) {
        for (int i = 0; i < dim; ++i)
            centered[std::size_t(i)] = latents[r * dim + i] - mean[std::size_t(i)];
        for (int i = 0; i < dim; ++i)
            for (int j = i; j < dim; ++j)
                cov[std::size_t(i) * dim + j] += centered[std::size_t(i)] * centered[std::size_t(j)];
    }
    const double denom = count > 1 ? double(count - 1) : 1.0;
    for (int i = 0; i < dim; ++i)
        for (int j = i; j < dim; ++j) {
            cov[std::size_t(i) * dim + j] /= denom;
            cov[std::size_t(j) * dim + i] = cov[std::size_t(i) * dim + j];
        }
    std::vector<double> values, vectors;
    symmetricEigen(cov, dim, values, vectors);
    std::vector<int> order(static_cast<std::size_t>(dim));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return values[std::size_t(a)] > values[std::size_t(b)]; });

    Projection2D p;
    p.dim = dim;
    p.mean.assign(mean.begin(), mean.end());
    p.components.assign(std::size_t(2) * dim, 0.f);
    for (int i = 0; i < dim; ++i)
        p.totalVariance += cov[std::size_t(i) * dim + i];
    for (int k = 0; k < 2; ++k) {
        const int col = order[std::size_t(k)];
        int big = 0;
        for (int i = 1; i < dim; ++i)
            if (std::abs(vectors[std::size_t(i) * dim + col]) > std::abs(vectors[std::size_t(big) * dim + col]))
                big = i;
        const double sign = vectors[std::size_t(big) * dim + col] < 0 ? -1.0 : 1.0;
        for (int i = 0; i < dim; ++i)
            p.components[std::size_t(k) * dim + i] = float(sign * vectors[std::size_t(i) * dim + col]);
        p.explainedVariance.push_back(std::max(0.0, values[std::size_t(col)]));
    }
    return p;
}

Projection2D mapProjection(const std::vector<float> &latents, int dim)
{
    if (dim != 2)
        return fitPca(latents, dim);
    checkRows(latents, dim, "map");
    Projection2D p;
    p.dim = 2;
    p.mean = {0.f, 0.f};
    p.components = {1.f, 0.f, 0.f, 1.f};
    const std::size_t count = latents.size() / 2;
    for (int k = 0; k < 2; ++k) {
        double m = 0, v = 0;
        for (std::size_t r = 0; r < count; ++r)
            m += latents[r * 2 + k];
        m /= double(count);
        for (std::size_t r = 0; r < count; ++r)
            v += (latents[r * 2 + k] - m) * (latents[r * 2 + k] - m);
        v /= count > 1 ? double(count - 1) : 1.0;
        p.explainedVariance.push_back(v);
        p.totalVariance += v;
    }
    return p;
}

Latent attributeVector(const std::vector<float> &latents, int dim, const std::vector<int> &labels, int classA,
                       int classB)
{
    checkRows(latents, dim, "attribute vector");
    const std::size_t count = latents.size() / std::size_t(dim);
    if (labels.size() != count)
        throw std::invalid_argument("attribute vector: " + std::to_string(labels.size()) + " labels for " +
                                    std::to_string(count) + " latents");
    std::vector<double> sumA(std::size_t(dim), 0.0), sumB(std::size_t(dim), 0.0);
    std::size_t nA = 0, nB = 0;
    for (std::size_t r = 0; r < count; ++r) {
        if (labels[r] != classA && labels[r] != classB)
            continue;
        auto &sum = labels[r] == classA ? sumA : sumB;
        (labels[r] == classA ? nA : nB)++;
        for (int i = 0; i < dim; ++i)
            sum[std::size_t(i)] += latents[r * dim + i];
    }
    if (nA == 0 || nB == 0)
        throw std::invalid_argument("attribute vector: class " + std::to_string(nA == 0 ? classA : classB) +
                                    " has no images");
    Latent v(static_cast<std::size_t>(dim));
    for (int i = 0; i < dim; ++i)
        v[std::size_t(i)] = float(sumA[std::size_t(i)] / double(nA) - sumB[std::size_t(i)] / double(nB));
    return v;
}

std::vector<float> perDimensionKl(const std::vector<float> &means, const std::vector<float> &logVariances, int dim)
{
    checkRows(means, dim, "KL");
    if (logVariances.size() != means.size())
        throw std::invalid_argument("KL: means and log-variances differ in size");
    const std::size_t count = means.size() / std::size_t(dim);
    std::vector<double> sum(std::size_t(dim), 0.0);
    for (std::size_t r = 0; r < count; ++r)
        for (int i = 0; i < dim; ++i) {
            const double mu = means[r * dim + i], lv = logVariances[r * dim + i];
            sum[std::size_t(i)] += 0.5 * (mu * mu + std::exp(lv) - 1.0 - lv);
        }
    std::vector<float> out(static_cast<std::size_t>(dim));
    for (int i = 0; i < dim; ++i)
        out[std::size_t(i)] = float(sum[std::size_t(i)] / double(count));
    return out;
}

std::vector<float> perDimensionVariance(const std::vector<float> &latents, int dim)
{
    checkRows(latents, dim, "variance");
    const std::size_t count = latents.size() / std::size_t(dim);
    std::vector<double> mean(std::size_t(dim), 0.0), sq(std::size_t(dim), 0.0);
    for (std::size_t r = 0; r < count; ++r)
        for (int i = 0; i < dim; ++i)
            mean[std::size_t(i)] += latents[r * dim + i];
    for (auto &m : mean)
        m /= double(count);
    for (std::size_t r = 0; r < count; ++r)
        for (int i = 0; i < dim; ++i) {
            const double d = latents[r * dim + i] - mean[std::size_t(i)];
            sq[std::size_t(i)] += d * d;
        }
    std::vector<float> out(static_cast<std::size_t>(dim));
    for (int i = 0; i < dim; ++i)
        out[std::size_t(i)] = float(sq[std::size_t(i)] / (count > 1 ? double(count - 1) : 1.0));
    return out;
}

std::vector<int> orderByActivity(const std::vector<float> &activity)
{
    std::vector<int> order(activity.size());
    std::iota(order.begin(), order.end(), 0);
    auto key = [&](int i) {
        float v = activity[std::size_t(i)];
        return std::isnan(v) ? -std::numeric_limits<float>::infinity() : v;
    };
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return key(a) > key(b); });
    return order;
}

struct NearestIndex::Hnsw
{
    hnswlib::L2Space space{2};
    std::unique_ptr<hnswlib::HierarchicalNSW<float>> index;
};

NearestIndex::NearestIndex() = default;
NearestIndex::~NearestIndex() = default;
NearestIndex::NearestIndex(NearestIndex &&) noexcept = default;
NearestIndex &NearestIndex::operator=(NearestIndex &&) noexcept = default;

bool NearestIndex::usesHnsw() const
{
    return m_hnsw != nullptr;
}

void NearestIndex::build(const std::vector<float> &points, Mode mode)
{
    if (points.size() % 2 != 0)
        throw std::invalid_argument("nearest index: points must be (x, y) pairs");
    m_points = points;
    m_count = int(points.size() / 2);
    m_hnsw.reset();
    for (float v : m_points)
        if (!std::isfinite(v))
            throw std::invalid_argument("nearest index: a map point is not finite");
    const bool hnsw = mode == Mode::Hnsw || (mode == Mode::Auto && m_count >= kExactBelow);
    if (!hnsw || m_count == 0)
        return;
    auto h = std::make_unique<Hnsw>();
    // M = 16 and ef = 64 find the true nearest neighbour essentially always in two dimensions;
    // the fixed random seed makes the graph (and so every answer) reproducible.
    h->index = std::make_unique<hnswlib::HierarchicalNSW<float>>(&h->space, std::size_t(m_count), 16, 200, 100);
    for (int i = 0; i < m_count; ++i)
        h->index->addPoint(m_points.data() + std::size_t(i) * 2, hnswlib::labeltype(i));
    h->index->setEf(64);
    m_hnsw = std::move(h);
}

int NearestIndex::nearest(float x, float y) const
{
    if (m_count == 0 || !std::isfinite(x) || !std::isfinite(y))
        return -1;
    if (m_hnsw) {
        const float q[2] = {x, y};
        auto result = m_hnsw->index->searchKnn(q, 1);
        if (!result.empty())
            return int(result.top().second);
    }
    int best = 0;
    float bestD = std::numeric_limits<float>::infinity();
    for (int i = 0; i < m_count; ++i) {
        const float dx = m_points[std::size_t(i) * 2] - x, dy = m_points[std::size_t(i) * 2 + 1] - y;
        const float d = dx * dx + dy * dy;
        if (d < bestD) {
            bestD = d;
            best = i;
        }
    }
    return best;
}

} // namespace genlab::engine::vae
