#include "engine/tuning/discriminative.h"

#include "engine/data/dataset.h"
#include "engine/data/digits.h"
#include "engine/data/procedural.h"
#include "engine/data/toys.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <numeric>
#include <stdexcept>

namespace genlab::engine::tuning {

namespace {

// splitmix64 and Box-Muller: the same numbers on every compiler and standard library.
struct DiscRng
{
    std::uint64_t state;
    bool hasSpare = false;
    double spare = 0;

    explicit DiscRng(std::uint64_t seed) : state(seed) {}

    std::uint64_t next()
    {
        std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    double uniform(double a, double b) { return a + (b - a) * uniform(); }
    int below(int n) { return int(next() % std::uint64_t(n)); }
    double normal()
    {
        if (hasSpare) {
            hasSpare = false;
            return spare;
        }
        double u1 = uniform();
        while (u1 <= 1e-300)
            u1 = uniform();
        const double u2 = uniform();
        const double r = std::sqrt(-2.0 * std::log(u1));
        spare = r * std::sin(2 * std::numbers::pi * u2);
        hasSpare = true;
        return r * std::cos(2 * std::numbers::pi * u2);
    }
    double normal(double mean, double sigma) { return mean + sigma * normal(); }
};

std::uint64_t discMixSeed(std::uint64_t seed, std::uint64_t stream)
{
    DiscRng r(seed ^ (0xD15C0000ULL + stream * 0x2545F4914F6CDD1DULL));
    return r.next();
}

constexpr double kDiscLog2Pi = 1.8378770664093453;

// Dense data: n rows of d floats, and their labels.
struct DiscDataSet
{
    int dims = 0;
    std::vector<float> x;
    std::vector<int> y;
    int size() const { return dims > 0 ? int(x.size() / std::size_t(dims)) : 0; }
    const float *row(int i) const { return x.data() + std::size_t(i) * std::size_t(dims); }
};

// ----- the discriminative model: softmax regression, or one tanh hidden layer -----

struct DiscNet
{
    int dims = 0, hidden = 0, classes = 0;
    std::vector<double> theta; // H == 0: W[K*d], b[K]; else W1[H*d], b1[H], W2[K*H], b2[K]

    std::size_t parameterCount() const
    {
        if (hidden == 0)
            return std::size_t(classes) * dims + classes;
        return std::size_t(hidden) * dims + hidden + std::size_t(classes) * hidden + classes;
    }

    // probs: classes; h: hidden activations (size hidden) when hidden > 0.
    void forward(const float *x, double *h, double *probs) const
    {
        const double *p = theta.data();
        if (hidden == 0) {
            const double *b = p + std::size_t(classes) * dims;
            for (int k = 0; k < classes; ++k) {
                double s = b[k];
                const double *w = p + std::size_t(k) * dims;
                for (int j = 0; j < dims; ++j)
                    s += w[j] * x[j];
                probs[k] = s;
            }
        } else {
            const double *w1 = p, *b1 = p + std::size_t(hidden) * dims;
            const double *w2 = b1 + hidden, *b2 = w2 + std::size_t(classes) * hidden;
            for (int u = 0; u < hidden; ++u) {
                double s = b1[u];
                const double *w = w1 + std::size_t(u) * dims;
                for (int j = 0; j < dims; ++j)
                    s += w[j] * x[j];
                h[u] = std::tanh(s);
            }
            for (int k = 0; k < classes; ++k) {
                double s = b2[k];
                const double *w = w2 + std::size_t(k) * hidden;
                for (int u = 0; u < hidden; ++u)
                    s += w[u] * h[u];
                probs[k] = s;
            }
        }
        const double m = *std::max_element(probs, probs + classes);
        double z = 0;
        for (int k = 0; k < classes; ++k)
            z += (probs[k] = std::exp(probs[k] - m));
        for (int k = 0; k < classes; ++k)
            probs[k] /= z;
    }

    // Adds d(loss)/d(theta) of one sample to grad; returns its loss.
    double backward(const float *x, int label, std::vector<double> &h, std::vector<double> &probs,
                    std::vector<double> &dh, std::vector<double> &grad) const
    {
        forward(x, h.data(), probs.data());
        const double loss = -std::log(std::max(probs[std::size_t(label)], 1e-12));
        probs[std::size_t(label)] -= 1.0; // d loss / d logits
        double *g = grad.data();
        if (hidden == 0) {
            double *gb = g + std::size_t(classes) * dims;
            for (int k = 0; k < classes; ++k) {
                const double e = probs[std::size_t(k)];
                double *gw = g + std::size_t(k) * dims;
                for (int j = 0; j < dims; ++j)
                    gw[j] += e * x[j];
                gb[k] += e;
            }
            return loss;
        }
        const double *p = theta.data();
        const double *w2 = p + std::size_t(hidden) * dims + hidden;
        double *gw1 = g, *gb1 = g + std::size_t(hidden) * dims;
        double *gw2 = gb1 + hidden, *gb2 = gw2 + std::size_t(classes) * hidden;
        std::fill(dh.begin(), dh.end(), 0.0);
        for (int k = 0; k < classes; ++k) {
            const double e = probs[std::size_t(k)];
            double *gw = gw2 + std::size_t(k) * hidden;
            const double *w = w2 + std::size_t(k) * hidden;
            for (int u = 0; u < hidden; ++u) {
                gw[u] += e * h[std::size_t(u)];
                dh[std::size_t(u)] += e * w[u];
            }
            gb2[k] += e;
        }
        for (int u = 0; u < hidden; ++u) {
            const double a = dh[std::size_t(u)] * (1.0 - h[std::size_t(u)] * h[std::size_t(u)]);
            if (a == 0)
                continue;
            double *gw = gw1 + std::size_t(u) * dims;
            for (int j = 0; j < dims; ++j)
                gw[j] += a * x[j];
            gb1[u] += a;
        }
        return loss;
    }

    // Weight entries (decayed) are all but the biases.
    bool isWeight(std::size_t i) const
    {
        if (hidden == 0)
            return i < std::size_t(classes) * dims;
        const std::size_t w1 = std::size_t(hidden) * dims, b1 = w1 + hidden, w2 = b1 + std::size_t(classes) * hidden;
        return i < w1 || (i >= b1 && i < w2);
    }
};

DiscNet trainDiscNet(const DiscDataSet &train, int classes, int hidden, int epochs, int batch, double lr,
                     std::uint64_t seed, std::vector<double> &lossCurve, const RunContext &ctx, double progressFrom,
                     double progressTo)
{
    DiscNet net;
    net.dims = train.dims;
    net.hidden = hidden;
    net.classes = classes;
    net.theta.assign(net.parameterCount(), 0.0);
    DiscRng rng(discMixSeed(seed, 11));
    if (hidden > 0) {
        const double a1 = std::sqrt(6.0 / double(train.dims + hidden));
        const double a2 = std::sqrt(6.0 / double(hidden + classes));
        const std::size_t w1 = std::size_t(hidden) * train.dims;
        for (std::size_t i = 0; i < w1; ++i)
            net.theta[i] = rng.uniform(-a1, a1);
        const std::size_t w2 = w1 + hidden;
        for (std::size_t i = 0; i < std::size_t(classes) * hidden; ++i)
            net.theta[w2 + i] = rng.uniform(-a2, a2);
    }
    const int n = train.size();
    std::vector<int> order(static_cast<std::size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    std::vector<double> grad(net.theta.size()), m(net.theta.size(), 0.0), v(net.theta.size(), 0.0);
    std::vector<double> h(std::size_t(std::max(hidden, 1))), probs(static_cast<std::size_t>(classes)), dh(h.size());
    const double beta1 = 0.9, beta2 = 0.999, eps = 1e-8, decay = 1e-4;
    std::int64_t t = 0;
    batch = std::clamp(batch, 1, n);
    for (int epoch = 0; epoch < epochs; ++epoch) {
        ctx.checkpoint();
        for (int i = n - 1; i > 0; --i)
            std::swap(order[std::size_t(i)], order[std::size_t(rng.below(i + 1))]);
        double epochLoss = 0;
        for (int start = 0; start < n; start += batch) {
            const int end = std::min(n, start + batch);
            std::fill(grad.begin(), grad.end(), 0.0);
            for (int i = start; i < end; ++i) {
                const int s = order[std::size_t(i)];
                epochLoss += net.backward(train.row(s), train.y[std::size_t(s)], h, probs, dh, grad);
            }
            const double inv = 1.0 / double(end - start);
            ++t;
            const double c1 = 1.0 - std::pow(beta1, double(t)), c2 = 1.0 - std::pow(beta2, double(t));
            for (std::size_t p = 0; p < grad.size(); ++p) {
                double g = grad[p] * inv;
                if (net.isWeight(p))
                    g += decay * net.theta[p];
                m[p] = beta1 * m[p] + (1 - beta1) * g;
                v[p] = beta2 * v[p] + (1 - beta2) * g * g;
                net.theta[p] -= lr * (m[p] / c1) / (std::sqrt(v[p] / c2) + eps);
            }
        }
        lossCurve.push_back(epochLoss / double(n));
        ctx.progress(progressFrom + (progressTo - progressFrom) * double(epoch + 1) / double(epochs),
                     "training the discriminative model");
    }
    return net;
}

// ----- linear algebra for the Gaussians -----

// Cyclic Jacobi: eigenvalues (descending) and eigenvectors (rows of vecs) of a symmetric n x n matrix.
void discSymmetricEigen(std::vector<double> a, int n, std::vector<double> &values, std::vector<double> &vecs,
                        const RunContext &ctx)
{
    std::vector<double> q(std::size_t(n) * n, 0.0);
    for (int i = 0; i < n; ++i)
        q[std::size_t(i) * n + i] = 1.0;
    auto A = [&](int i, int j) -> double & { return a[std::size_t(i) * n + j]; };
    for (int sweep = 0; sweep < 30; ++sweep) {
        ctx.checkpoint();
        double off = 0, total = 0;
        for (int i = 0; i < n; ++i)
            for (int j = 0; j < n; ++j) {
                total += A(i, j) * A(i, j);
                if (i != j)
                    off += A(i, j) * A(i, j);
            }
        if (off <= 1e-22 * std::max(total, 1e-300))
            break;
        for (int p = 0; p < n - 1; ++p)
            for (int r = p + 1; r < n; ++r) {
                const double apr = A(p, r);
                if (std::abs(apr) < 1e-300)
                    continue;
                const double theta = (A(r, r) - A(p, p)) / (2 * apr);
                const double t = (theta >= 0 ? 1.0 : -1.0) / (std::abs(theta) + std::sqrt(theta * theta + 1));
                const double c = 1 / std::sqrt(t * t + 1), s = t * c;
                for (int k = 0; k < n; ++k) { // columns p, r
                    const double akp = A(k, p), akr = A(k, r);
                    A(k, p) = c * akp - s * akr;
                    A(k, r) = s * akp + c * akr;
                }
                for (int k = 0; k < n; ++k) { // rows p, r
                    const double apk = A(p, k), ark = A(r, k);
                    A(p, k) = c * apk - s * ark;
                    A(r, k) = s * apk + c * ark;
                }
                double *qp = q.data() + std::size_t(p) * n, *qr = q.data() + std::size_t(r) * n;
                for (int k = 0; k < n; ++k) { // eigenvector rows
                    const double x = qp[k], y = qr[k];
                    qp[k] = c * x - s * y;
                    qr[k] = s * x + c * y;
                }
            }
    }
    std::vector<int> idx(static_cast<std::size_t>(n));
    std::iota(idx.begin(), idx.end(), 0);
    std::sort(idx.begin(), idx.end(), [&](int i, int j) { return A(i, i) > A(j, j); });
    values.resize(std::size_t(n));
    vecs.resize(std::size_t(n) * n);
    for (int i = 0; i < n; ++i) {
        values[std::size_t(i)] = A(idx[std::size_t(i)], idx[std::size_t(i)]);
        std::copy_n(q.data() + std::size_t(idx[std::size_t(i)]) * n, n, vecs.data() + std::size_t(i) * n);
    }
}

// Lower Cholesky factor of an SPD k x k matrix; adds jitter until it factors.
std::vector<double> discCholesky(const std::vector<double> &s, int k)
{
    for (double jitter = 0; jitter < 1e3; jitter = jitter == 0 ? 1e-9 : jitter * 10) {
        std::vector<double> l(std::size_t(k) * k, 0.0);
        bool ok = true;
        for (int i = 0; i < k && ok; ++i)
            for (int j = 0; j <= i; ++j) {
                double sum = s[std::size_t(i) * k + j] + (i == j ? jitter : 0.0);
                for (int p = 0; p < j; ++p)
                    sum -= l[std::size_t(i) * k + p] * l[std::size_t(j) * k + p];
                if (i == j) {
                    if (!(sum > 0)) {
                        ok = false;
                        break;
                    }
                    l[std::size_t(i) * k + i] = std::sqrt(sum);
                } else {
                    l[std::size_t(i) * k + j] = sum / l[std::size_t(j) * k + j];
                }
            }
        if (ok)
            return l;
    }
    throw std::runtime_error("discriminative: a class covariance could not be factored");
}

// z = basis (x - mean), or x itself for the toys.
void discProject(const GaussianClassModel &g, const float *x, double *z)
{
    if (g.pcaBasis.empty()) {
        for (int j = 0; j < g.dims; ++j)
            z[j] = x[j];
        return;
    }
    for (int k = 0; k < g.dims; ++k) {
        const double *b = g.pcaBasis.data() + std::size_t(k) * g.inputDims;
        double s = 0;
        for (int j = 0; j < g.inputDims; ++j)
            s += b[j] * (double(x[j]) - g.pcaMean[std::size_t(j)]);
        z[k] = s;
    }
}

// log N(z; mean, L L^T) of component j.
double discLogNormal(const GaussianClassModel &g, int j, const double *z, std::vector<double> &y)
{
    const int k = g.dims;
    const double *mu = g.means.data() + std::size_t(j) * k;
    const double *l = g.cholesky.data() + std::size_t(j) * k * k;
    double q = 0;
    for (int i = 0; i < k; ++i) { // forward substitution L y = z - mu
        double s = z[i] - mu[i];
        for (int p = 0; p < i; ++p)
            s -= l[std::size_t(i) * k + p] * y[std::size_t(p)];
        y[std::size_t(i)] = s / l[std::size_t(i) * k + i];
        q += y[std::size_t(i)] * y[std::size_t(i)];
    }
    return -0.5 * (k * kDiscLog2Pi + g.logDets[std::size_t(j)] + q);
}

std::vector<double> discLogJointZ(const GaussianClassModel &g, const double *z)
{
    const int m = std::max(1, g.components);
    std::vector<double> out(std::size_t(g.classes));
    std::vector<double> y(static_cast<std::size_t>(g.dims)), parts(static_cast<std::size_t>(m));
    for (int c = 0; c < g.classes; ++c) {
        double best = -std::numeric_limits<double>::infinity();
        for (int j = 0; j < m; ++j) {
            const int comp = c * m + j;
            const double w = g.weights.empty() ? 1.0 : g.weights[std::size_t(comp)];
            parts[std::size_t(j)] = std::log(std::max(w, 1e-300)) + discLogNormal(g, comp, z, y);
            best = std::max(best, parts[std::size_t(j)]);
        }
        double sum = 0;
        for (double v : parts)
            sum += std::exp(v - best);
        out[std::size_t(c)] = std::log(std::max(g.priors[std::size_t(c)], 1e-300)) + best + std::log(sum);
    }
    return out;
}

// Shrinks a k x k covariance towards its mean variance and stores its factor and log-determinant
// as component j.
void discStoreComponent(GaussianClassModel &g, int j, std::vector<double> cov, double regularisation)
{
    const int k = g.dims;
    double trace = 0;
    for (int a = 0; a < k; ++a)
        trace += cov[std::size_t(a) * k + a];
    const double shrink = std::max(1e-6, regularisation * trace / k);
    for (int a = 0; a < k; ++a)
        cov[std::size_t(a) * k + a] += shrink;
    const std::vector<double> l = discCholesky(cov, k);
    std::copy(cov.begin(), cov.end(), g.covariances.begin() + std::ptrdiff_t(j) * k * k);
    std::copy(l.begin(), l.end(), g.cholesky.begin() + std::ptrdiff_t(j) * k * k);
    double logDet = 0;
    for (int a = 0; a < k; ++a)
        logDet += 2 * std::log(l[std::size_t(a) * k + a]);
    g.logDets[std::size_t(j)] = logDet;
}

// A mixture of m Gaussians per class by EM (k-means++ start, 60 iterations), replacing the single
// Gaussians g holds. z: every training point's features; members: each class's rows.
void discFitMixtures(GaussianClassModel &g, int m, const std::vector<double> &z,
                     const std::vector<std::vector<int>> &members, double regularisation, std::uint64_t seed,
                     const RunContext &ctx)
{
    const int k = g.dims, classes = g.classes;
    GaussianClassModel single = g; // the one-Gaussian fit: each class's covariance starts every component
    g.components = m;
    g.weights.assign(std::size_t(classes) * m, 1.0 / m);
    g.means.assign(std::size_t(classes) * m * k, 0.0);
    g.covariances.assign(std::size_t(classes) * m * k * k, 0.0);
    g.cholesky.assign(g.covariances.size(), 0.0);
    g.logDets.assign(std::size_t(classes) * m, 0.0);
    DiscRng rng(discMixSeed(seed, 31));
    std::vector<double> y(static_cast<std::size_t>(k));
    for (int c = 0; c < classes; ++c) {
        const std::vector<int> &rows = members[std::size_t(c)];
        const int n = int(rows.size());
        auto point = [&](int i) { return z.data() + std::size_t(rows[std::size_t(i)]) * k; };
        const std::vector<double> classCov(single.covariances.begin() + std::ptrdiff_t(c) * k * k,
                                           single.covariances.begin() + std::ptrdiff_t(c + 1) * k * k);
        // k-means++ starting means.
        std::vector<double> nearest(std::size_t(n), std::numeric_limits<double>::infinity());
        for (int j = 0; j < m; ++j) {
            int pick = 0;
            if (j == 0 || n == 0) {
                pick = n > 0 ? rng.below(n) : 0;
            } else {
                double total = 0;
                for (double d : nearest)
                    total += d;
                double u = rng.uniform() * total;
                for (pick = 0; pick < n - 1 && (u -= nearest[std::size_t(pick)]) > 0; ++pick) {
                }
            }
            const int comp = c * m + j;
            for (int a = 0; a < k; ++a)
                g.means[std::size_t(comp) * k + a] = n > 0 ? point(pick)[a] : single.means[std::size_t(c) * k + a];
            for (int i = 0; i < n; ++i) {
                double d = 0;
                for (int a = 0; a < k; ++a) {
                    const double e = point(i)[a] - g.means[std::size_t(comp) * k + a];
                    d += e * e;
                }
                nearest[std::size_t(i)] = std::min(nearest[std::size_t(i)], d);
            }
            std::vector<double> start = classCov;
            for (double &v : start)
                v /= m; // narrower than the whole class: each component covers a part of it
            discStoreComponent(g, comp, start, regularisation);
        }
        if (n < 2 * m)
            continue;
        std::vector<double> resp(std::size_t(n) * m);
        for (int iteration = 0; iteration < 60; ++iteration) {
            ctx.checkpoint();
            // E: responsibilities.
            for (int i = 0; i < n; ++i) {
                double best = -std::numeric_limits<double>::infinity();
                for (int j = 0; j < m; ++j) {
                    const int comp = c * m + j;
                    const double v = std::log(std::max(g.weights[std::size_t(comp)], 1e-300)) + discLogNormal(g, comp, point(i), y);
                    resp[std::size_t(i) * m + j] = v;
                    best = std::max(best, v);
                }
                double sum = 0;
                for (int j = 0; j < m; ++j)
                    sum += (resp[std::size_t(i) * m + j] = std::exp(resp[std::size_t(i) * m + j] - best));
                for (int j = 0; j < m; ++j)
                    resp[std::size_t(i) * m + j] /= sum;
            }
            // M: weights, means, covariances.
            for (int j = 0; j < m; ++j) {
                const int comp = c * m + j;
                double nj = 0;
                std::vector<double> mean(static_cast<std::size_t>(k), 0.0);
                for (int i = 0; i < n; ++i) {
                    const double r = resp[std::size_t(i) * m + j];
                    nj += r;
                    for (int a = 0; a < k; ++a)
                        mean[std::size_t(a)] += r * point(i)[a];
                }
                if (nj < 1e-3) { // an empty component restarts on a random point of the class
                    const int pick = rng.below(n);
                    for (int a = 0; a < k; ++a)
                        g.means[std::size_t(comp) * k + a] = point(pick)[a];
                    std::vector<double> start = classCov;
                    for (double &v : start)
                        v /= m;
                    discStoreComponent(g, comp, start, regularisation);
                    g.weights[std::size_t(comp)] = 1.0 / n;
                    continue;
                }
                for (double &v : mean)
                    v /= nj;
                std::vector<double> cov(std::size_t(k) * k, 0.0);
                for (int i = 0; i < n; ++i) {
                    const double r = resp[std::size_t(i) * m + j];
                    if (r < 1e-12)
                        continue;
                    for (int a = 0; a < k; ++a) {
                        const double ea = point(i)[a] - mean[std::size_t(a)];
                        for (int b = 0; b <= a; ++b)
                            cov[std::size_t(a) * k + b] += r * ea * (point(i)[b] - mean[std::size_t(b)]);
                    }
                }
                for (int a = 0; a < k; ++a)
                    for (int b = 0; b <= a; ++b) {
                        cov[std::size_t(a) * k + b] /= nj;
                        cov[std::size_t(b) * k + a] = cov[std::size_t(a) * k + b];
                    }
                std::copy(mean.begin(), mean.end(), g.means.begin() + std::ptrdiff_t(comp) * k);
                discStoreComponent(g, comp, cov, regularisation);
                g.weights[std::size_t(comp)] = nj / n;
            }
        }
    }
}

// PCA to dims (images only), then one full-covariance Gaussian per class with shrinkage
// (regularisation * the mean variance on the diagonal) and the class shares as priors.
GaussianClassModel fitGaussians(const DiscDataSet &train, int classes, int pcaDims, int components,
                                double regularisation, std::uint64_t seed, const RunContext &ctx)
{
    GaussianClassModel g;
    g.inputDims = train.dims;
    g.classes = classes;
    const int n = train.size();
    const int d = train.dims;
    std::vector<double> z;
    if (d <= 2) {
        g.dims = d;
        z.assign(train.x.begin(), train.x.end());
    } else {
        g.dims = std::min(pcaDims, d);
        g.pcaMean.assign(std::size_t(d), 0.0);
        for (int i = 0; i < n; ++i)
            for (int j = 0; j < d; ++j)
                g.pcaMean[std::size_t(j)] += train.row(i)[j];
        for (double &m : g.pcaMean)
            m /= double(n);
        std::vector<double> cov(std::size_t(d) * d, 0.0), centred(static_cast<std::size_t>(d));
        for (int i = 0; i < n; ++i) {
            if (i % 500 == 0)
                ctx.checkpoint();
            for (int j = 0; j < d; ++j)
                centred[std::size_t(j)] = train.row(i)[j] - g.pcaMean[std::size_t(j)];
            for (int a = 0; a < d; ++a) {
                const double ca = centred[std::size_t(a)];
                if (ca == 0)
                    continue;
                double *row = cov.data() + std::size_t(a) * d;
                for (int b = a; b < d; ++b)
                    row[b] += ca * centred[std::size_t(b)];
            }
        }
        for (int a = 0; a < d; ++a)
            for (int b = a; b < d; ++b) {
                cov[std::size_t(a) * d + b] /= double(n);
                cov[std::size_t(b) * d + a] = cov[std::size_t(a) * d + b];
            }
        ctx.progress(0.75, "PCA of the training images");
        std::vector<double> values, vecs;
        discSymmetricEigen(cov, d, values, vecs, ctx);
        double total = 0, kept = 0;
        for (int i = 0; i < d; ++i) {
            total += std::max(values[std::size_t(i)], 0.0);
            if (i < g.dims)
                kept += std::max(values[std::size_t(i)], 0.0);
        }
        g.explainedVariance = total > 0 ? kept / total : 1.0;
        g.pcaBasis.assign(vecs.begin(), vecs.begin() + std::ptrdiff_t(g.dims) * d);
        z.resize(std::size_t(n) * g.dims);
        for (int i = 0; i < n; ++i)
            discProject(g, train.row(i), z.data() + std::size_t(i) * g.dims);
    }
    const int k = g.dims;
    g.priors.assign(std::size_t(classes), 0.0);
    g.means.assign(std::size_t(classes) * k, 0.0);
    g.covariances.assign(std::size_t(classes) * k * k, 0.0);
    std::vector<int> counts(std::size_t(classes), 0);
    for (int i = 0; i < n; ++i) {
        const int c = train.y[std::size_t(i)];
        ++counts[std::size_t(c)];
        for (int j = 0; j < k; ++j)
            g.means[std::size_t(c) * k + j] += z[std::size_t(i) * k + j];
    }
    for (int c = 0; c < classes; ++c) {
        g.priors[std::size_t(c)] = double(counts[std::size_t(c)]) / double(n);
        for (int j = 0; j < k; ++j)
            g.means[std::size_t(c) * k + j] /= std::max(1, counts[std::size_t(c)]);
    }
    for (int i = 0; i < n; ++i) {
        const int c = train.y[std::size_t(i)];
        double *s = g.covariances.data() + std::size_t(c) * k * k;
        const double *mu = g.means.data() + std::size_t(c) * k;
        const double *zi = z.data() + std::size_t(i) * k;
        for (int a = 0; a < k; ++a)
            for (int b = 0; b < k; ++b)
                s[std::size_t(a) * k + b] += (zi[a] - mu[a]) * (zi[b] - mu[b]);
    }
    g.cholesky.resize(g.covariances.size());
    g.logDets.assign(std::size_t(classes), 0.0);
    g.components = 1;
    g.weights.assign(std::size_t(classes), 1.0);
    for (int c = 0; c < classes; ++c) {
        std::vector<double> s(g.covariances.begin() + std::ptrdiff_t(c) * k * k,
                              g.covariances.begin() + std::ptrdiff_t(c + 1) * k * k);
        const double denom = std::max(1, counts[std::size_t(c)] - 1);
        for (double &v : s)
            v /= denom;
        discStoreComponent(g, c, s, regularisation);
    }
    if (components > 1) {
        std::vector<std::vector<int>> members(static_cast<std::size_t>(classes));
        for (int i = 0; i < n; ++i)
            members[std::size_t(train.y[std::size_t(i)])].push_back(i);
        discFitMixtures(g, components, z, members, regularisation, seed, ctx);
    }
    return g;
}

int discArgmax(const double *v, int n)
{
    return int(std::max_element(v, v + n) - v);
}

// ----- data -----

void discLoadImages(const DiscriminativeOptions &o, DiscDataSet &train, DiscDataSet &test, std::string &source,
                    int &classes, const RunContext &ctx)
{
    std::unique_ptr<data::ImageDataset> ds;
    if (o.data == ClassifierData::Digits) {
        std::string error;
        ds = o.digitsPath.empty() ? data::openDigitsDataset(&error) : data::openDigitsDataset(o.digitsPath, &error);
        if (!ds)
            throw std::runtime_error(error.empty() ? std::string("digits.png could not be opened") : error);
    } else {
        data::ProceduralOptions po;
        po.width = kDigitImageSide;
        po.height = kDigitImageSide;
        po.channels = 1;
        po.count = 5000;
        po.seed = discMixSeed(o.seed, 3);
        ds = data::makeProceduralDigits(po);
    }
    const auto &info = ds->info();
    if (info.width != kDigitImageSide || info.height != kDigitImageSide || info.channels != 1)
        throw std::runtime_error(info.source + ": the digits must be 20x20 gray images");
    source = info.source;
    classes = int(info.classNames.size());
    if (classes < 2)
        throw std::runtime_error(info.source + ": the data set has no class labels");
    const data::Split split = data::splitDataset(info.size, o.imageHeldOutPercent / 100.0, discMixSeed(o.seed, 4));
    const int d = kDigitImageSide * kDigitImageSide;
    auto fill = [&](const std::vector<std::int64_t> &indices, DiscDataSet &out) {
        out.dims = d;
        out.x.resize(indices.size() * std::size_t(d));
        out.y.resize(indices.size());
        for (std::size_t i = 0; i < indices.size(); ++i) {
            if (i % 250 == 0) {
                ctx.checkpoint();
            }
            const Image img = ds->image(indices[i]);
            for (int p = 0; p < d; ++p)
                out.x[i * std::size_t(d) + std::size_t(p)] = float(img.pixels[std::size_t(p)]) / 255.0f;
            out.y[i] = ds->label(indices[i]);
        }
    };
    fill(split.train, train);
    ctx.progress(0.08, "loading the digits");
    fill(split.validation, test);
}

void discCheckOptions(const DiscriminativeOptions &o)
{
    auto bad = [](const std::string &what) { throw std::invalid_argument("discriminative vs generative: " + what); };
    if (o.hidden < 0 || o.hidden > 256)
        bad("the hidden layer must have 0 (logistic regression) to 256 units, got " + std::to_string(o.hidden));
    if (o.toyTrain < 20 || o.toyTrain > 100000)
        bad("the training points must number 20 to 100,000, got " + std::to_string(o.toyTrain));
    if (o.toyHeldOut < 20 || o.toyHeldOut > 100000)
        bad("the held-out points must number 20 to 100,000, got " + std::to_string(o.toyHeldOut));
    if (o.epochs < 0 || o.epochs > 100000)
        bad("the epochs must be 0 (the default) to 100,000, got " + std::to_string(o.epochs));
    if (!(o.learningRate >= 0 && o.learningRate <= 10))
        bad("the learning rate must be 0 (the default) to 10");
    if (o.pcaDims < 2 || o.pcaDims > 100)
        bad("the PCA dimensions must be 2 to 100, got " + std::to_string(o.pcaDims));
    if (o.samples < 0 || o.samples > 100000)
        bad("the samples must number 0 (the default) to 100,000, got " + std::to_string(o.samples));
    if (o.components < 1 || o.components > 16)
        bad("the Gaussians per class must number 1 to 16, got " + std::to_string(o.components));
    if (o.gridSize < 8 || o.gridSize > 512)
        bad("the grid must have 8 to 512 cells per side, got " + std::to_string(o.gridSize));
    if (o.imageHeldOutPercent < 5 || o.imageHeldOutPercent > 50)
        bad("the held-out share must be 5 to 50 %, got " + std::to_string(o.imageHeldOutPercent));
}

const std::uint8_t kDiscPalette[10][3] = {{31, 119, 180}, {255, 127, 14}, {44, 160, 44},  {214, 39, 40},
                                          {148, 103, 189}, {140, 86, 75}, {227, 119, 194}, {127, 127, 127},
                                          {188, 189, 34},  {23, 190, 207}};

void discPutPixel(Image &img, int x, int y, const std::uint8_t rgb[3])
{
    if (x < 0 || y < 0 || x >= img.width || y >= img.height)
        return;
    std::uint8_t *p = img.row(y) + std::size_t(x) * 3;
    p[0] = rgb[0];
    p[1] = rgb[1];
    p[2] = rgb[2];
}

void discDot(Image &img, double px, double py, double radius, const std::uint8_t rgb[3])
{
    const int r = int(std::ceil(radius));
    for (int dy = -r; dy <= r; ++dy)
        for (int dx = -r; dx <= r; ++dx)
            if (dx * dx + dy * dy <= radius * radius)
                discPutPixel(img, int(std::lround(px)) + dx, int(std::lround(py)) + dy, rgb);
}

} // namespace

std::string classifierDataName(ClassifierData data)
{
    switch (data) {
    case ClassifierData::TwoMoons:
        return "two-moons";
    case ClassifierData::Ring:
        return "ring";
    case ClassifierData::Spiral:
        return "spiral";
    case ClassifierData::Blobs:
        return "blobs";
    case ClassifierData::Digits:
        return "digits";
    case ClassifierData::ProceduralDigits:
        return "procedural-digits";
    }
    return "two-moons";
}

std::vector<std::string> classifierDataNames()
{
    return {"two-moons", "ring", "spiral", "blobs", "digits", "procedural-digits"};
}

bool parseClassifierData(const std::string &name, ClassifierData *out)
{
    for (ClassifierData d : {ClassifierData::TwoMoons, ClassifierData::Ring, ClassifierData::Spiral, ClassifierData::Blobs,
                             ClassifierData::Digits, ClassifierData::ProceduralDigits})
        if (classifierDataName(d) == name) {
            *out = d;
            return true;
        }
    return false;
}

void classColour(int cls, std::uint8_t rgb[3])
{
    const auto &c = kDiscPalette[((cls % 10) + 10) % 10];
    rgb[0] = c[0];
    rgb[1] = c[1];
    rgb[2] = c[2];
}

LabelledPoints makeLabelledToy(ClassifierData data, int count, std::uint64_t seed)
{
    if (isImageData(data))
        throw std::invalid_argument("makeLabelledToy: " + classifierDataName(data) + " is not a 2-D toy");
    if (count < 1 || count > 1000000)
        throw std::invalid_argument("makeLabelledToy: the count must be 1 to 1,000,000, got " + std::to_string(count));
    LabelledPoints out;
    out.classes = data == ClassifierData::TwoMoons ? 2
                  : data == ClassifierData::Ring   ? data::kToyRingModes
                  : data == ClassifierData::Spiral ? 2
                                                   : 3;
    out.xy.resize(std::size_t(count) * 2);
    out.labels.resize(std::size_t(count));
    DiscRng rng(discMixSeed(seed, 100 + std::uint64_t(data)));
    for (int i = 0; i < count; ++i) {
        double x = 0, y = 0;
        int label = 0;
        switch (data) {
        case ClassifierData::TwoMoons: { // the same moons as engine/data/toys.cpp
            const double t = rng.uniform(0.0, std::numbers::pi);
            label = rng.below(2);
            const double px = label == 0 ? std::cos(t) : 1.0 - std::cos(t);
            const double py = label == 0 ? std::sin(t) : 0.5 - std::sin(t);
            x = rng.normal((px - 0.5) * 1.5, 0.08);
            y = rng.normal((py - 0.25) * 1.5, 0.08);
            break;
        }
        case ClassifierData::Ring: {
            label = rng.below(data::kToyRingModes);
            const double a = 2 * std::numbers::pi * label / data::kToyRingModes;
            x = rng.normal(data::kToyRingRadius * std::cos(a), 0.08);
            y = rng.normal(data::kToyRingRadius * std::sin(a), 0.08);
            break;
        }
        case ClassifierData::Spiral: {
            label = rng.below(2);
            const double turns = 2.0;
            const double theta = std::sqrt(rng.uniform()) * turns * 2 * std::numbers::pi;
            const double r = 0.2 + 2.5 * theta / (turns * 2 * std::numbers::pi);
            const double a = theta + (label == 1 ? std::numbers::pi : 0.0);
            x = rng.normal(r * std::cos(a), 0.06);
            y = rng.normal(r * std::sin(a), 0.06);
            break;
        }
        case ClassifierData::Blobs: {
            label = rng.below(3);
            const double a = std::numbers::pi / 2 + 2 * std::numbers::pi * label / 3;
            x = rng.normal(1.5 * std::cos(a), 0.5);
            y = rng.normal(1.5 * std::sin(a), 0.5);
            break;
        }
        default:
            break;
        }
        out.xy[std::size_t(2 * i)] = float(x);
        out.xy[std::size_t(2 * i + 1)] = float(y);
        out.labels[std::size_t(i)] = label;
    }
    return out;
}

std::vector<double> gaussianClassLogJoint(const GaussianClassModel &model, const float *x)
{
    std::vector<double> z(std::size_t(std::max(model.dims, 1)));
    discProject(model, x, z.data());
    return discLogJointZ(model, z.data());
}

GenerativeSamples sampleGaussianClasses(const GaussianClassModel &model, int count, std::uint64_t seed)
{
    if (model.classes <= 0 || model.dims <= 0 || model.means.empty())
        throw std::invalid_argument("sampleGaussianClasses: the generative model is empty (train it first)");
    if (count < 0 || count > 100000)
        throw std::invalid_argument("sampleGaussianClasses: the count must be 0 to 100,000, got " + std::to_string(count));
    GenerativeSamples out;
    out.dims = model.inputDims;
    out.values.resize(std::size_t(count) * out.dims);
    out.labels.resize(std::size_t(count));
    DiscRng rng(discMixSeed(seed, 21));
    const int k = model.dims;
    std::vector<double> eps(static_cast<std::size_t>(k)), z(static_cast<std::size_t>(k));
    for (int i = 0; i < count; ++i) {
        const int c = i % model.classes;
        out.labels[std::size_t(i)] = c;
        for (double &e : eps)
            e = rng.normal();
        const int m = std::max(1, model.components);
        int comp = c * m;
        if (m > 1) {
            double u = rng.uniform();
            for (int j = 0; j < m; ++j) {
                comp = c * m + j;
                if ((u -= model.weights[std::size_t(comp)]) <= 0)
                    break;
            }
        }
        const double *mu = model.means.data() + std::size_t(comp) * k;
        const double *l = model.cholesky.data() + std::size_t(comp) * k * k;
        for (int a = 0; a < k; ++a) {
            double s = mu[a];
            for (int b = 0; b <= a; ++b)
                s += l[std::size_t(a) * k + b] * eps[std::size_t(b)];
            z[std::size_t(a)] = s;
        }
        float *x = out.values.data() + std::size_t(i) * out.dims;
        if (model.pcaBasis.empty()) {
            for (int a = 0; a < k; ++a)
                x[a] = float(z[std::size_t(a)]);
        } else {
            for (int j = 0; j < model.inputDims; ++j) {
                double s = model.pcaMean[std::size_t(j)];
                for (int a = 0; a < k; ++a)
                    s += model.pcaBasis[std::size_t(a) * model.inputDims + j] * z[std::size_t(a)];
                x[j] = float(std::clamp(s, 0.0, 1.0));
            }
        }
    }
    return out;
}

DiscriminativeResult runDiscriminativeVsGenerative(const DiscriminativeOptions &o, const RunContext &ctx)
{
    discCheckOptions(o);
    DiscriminativeResult r;
    r.data = classifierDataName(o.data);
    const bool images = isImageData(o.data);
    DiscDataSet train, test;
    int classes = 0;
    ctx.progress(0.0, "preparing the data");
    if (images) {
        discLoadImages(o, train, test, r.source, classes, ctx);
    } else {
        r.source = "toy";
        LabelledPoints a = makeLabelledToy(o.data, o.toyTrain, discMixSeed(o.seed, 1));
        LabelledPoints b = makeLabelledToy(o.data, o.toyHeldOut, discMixSeed(o.seed, 2));
        classes = a.classes;
        train.dims = test.dims = 2;
        train.x = a.xy;
        train.y = a.labels;
        test.x = b.xy;
        test.y = b.labels;
        r.trainPoints = std::move(a.xy);
        r.trainLabels = std::move(a.labels);
        r.heldOutPoints = b.xy;
    }
    r.classes = classes;
    r.inputDims = train.dims;
    r.trainCount = train.size();
    r.heldOutCount = test.size();
    r.heldOutLabels = test.y;
    ctx.progress(0.1, "training the discriminative model");

    // The discriminative side.
    const int epochs = o.epochs > 0 ? o.epochs : (images ? (o.hidden > 0 ? 10 : 12) : 400);
    const int batch = images ? 50 : train.size(); // toys: full-batch steps
    const double lr = o.learningRate > 0 ? o.learningRate : (images ? (o.hidden > 0 ? 0.001 : 0.002) : 0.05);
    const DiscNet net = trainDiscNet(train, classes, o.hidden, epochs, batch, lr, o.seed, r.lossCurve, ctx, 0.1,
                                     images ? 0.6 : 0.8);
    if (images && o.hidden == 0)
        r.discriminativeWeightImages.assign(net.theta.begin(), net.theta.begin() + std::ptrdiff_t(classes) * train.dims);
    r.discriminativeName =
        o.hidden == 0 ? std::string("logistic regression")
                      : "neural network (" + std::to_string(o.hidden) + " tanh units)";
    r.discriminativeParameters = int(net.parameterCount());
    std::vector<double> h(std::size_t(std::max(o.hidden, 1))), probs(static_cast<std::size_t>(classes));
    auto discAccuracy = [&](const DiscDataSet &set, std::vector<int> *predictions) {
        int right = 0;
        for (int i = 0; i < set.size(); ++i) {
            net.forward(set.row(i), h.data(), probs.data());
            const int p = discArgmax(probs.data(), classes);
            right += p == set.y[std::size_t(i)];
            if (predictions)
                predictions->push_back(p);
        }
        return set.size() > 0 ? double(right) / set.size() : 0.0;
    };
    r.discriminativeAccuracy = discAccuracy(test, &r.discriminativePredictions);
    r.discriminativeTrainAccuracy = discAccuracy(train, nullptr);

    // The generative side.
    ctx.progress(images ? 0.62 : 0.82, "fitting a Gaussian per class");
    r.generative = fitGaussians(train, classes, o.pcaDims, o.components, images ? 0.05 : 1e-3, o.seed, ctx);
    {
        const int k = r.generative.dims, m = r.generative.components;
        r.generativeParameters = classes * m * (k + k * (k + 1) / 2) + classes * (m - 1) + (classes - 1) +
                                 int(r.generative.pcaBasis.size() + r.generative.pcaMean.size());
    }
    auto genAccuracy = [&](const DiscDataSet &set, std::vector<int> *predictions) {
        int right = 0;
        for (int i = 0; i < set.size(); ++i) {
            if (i % 500 == 0)
                ctx.checkpoint();
            const std::vector<double> lj = gaussianClassLogJoint(r.generative, set.row(i));
            const int p = discArgmax(lj.data(), classes);
            right += p == set.y[std::size_t(i)];
            if (predictions)
                predictions->push_back(p);
        }
        return set.size() > 0 ? double(right) / set.size() : 0.0;
    };
    r.generativeAccuracy = genAccuracy(test, &r.generativePredictions);
    r.generativeTrainAccuracy = genAccuracy(train, nullptr);
    ctx.progress(0.92, "drawing new samples");

    if (images) {
        // Each class's mean image, as the Gaussians see it (back-projected from PCA space).
        const GaussianClassModel &g = r.generative;
        r.classMeanImages.resize(std::size_t(classes) * g.inputDims);
        for (int c = 0; c < classes; ++c)
            for (int j = 0; j < g.inputDims; ++j) {
                double s = g.pcaMean[std::size_t(j)];
                for (int q = 0; q < g.components; ++q) {
                    const int comp = c * g.components + q;
                    for (int a = 0; a < g.dims; ++a)
                        s += g.weights[std::size_t(comp)] * g.pcaBasis[std::size_t(a) * g.inputDims + j] *
                             g.means[std::size_t(comp) * g.dims + a];
                }
                r.classMeanImages[std::size_t(c) * g.inputDims + j] = float(std::clamp(s, 0.0, 1.0));
            }
    } else {
        // Region maps.
        const int n = o.gridSize;
        r.gridSize = n;
        r.extent = kClassifierExtent;
        const std::size_t cells = std::size_t(n) * n;
        r.discriminativeGridClass.resize(cells);
        r.discriminativeGridConfidence.resize(cells);
        r.generativeGridClass.resize(cells);
        r.generativeGridConfidence.resize(cells);
        r.generativeGridLogDensity.resize(cells);
        for (int row = 0; row < n; ++row) {
            if (row % 16 == 0)
                ctx.checkpoint();
            for (int col = 0; col < n; ++col) {
                const float p[2] = {float(-r.extent + (col + 0.5) * 2 * r.extent / n),
                                    float(r.extent - (row + 0.5) * 2 * r.extent / n)};
                const std::size_t cell = std::size_t(row) * n + col;
                net.forward(p, h.data(), probs.data());
                const int dc = discArgmax(probs.data(), classes);
                r.discriminativeGridClass[cell] = dc;
                r.discriminativeGridConfidence[cell] = float(probs[std::size_t(dc)]);
                const std::vector<double> lj = gaussianClassLogJoint(r.generative, p);
                const int gc = discArgmax(lj.data(), classes);
                double z = 0;
                for (double v : lj)
                    z += std::exp(v - lj[std::size_t(gc)]);
                r.generativeGridClass[cell] = gc;
                r.generativeGridConfidence[cell] = float(1.0 / z);
                r.generativeGridLogDensity[cell] = float(lj[std::size_t(gc)] + std::log(z));
            }
        }
    }
    const int samples = o.samples > 0 ? o.samples : (images ? 4 * classes : 240);
    r.samples = sampleGaussianClasses(r.generative, samples, discMixSeed(o.seed, 5));
    ctx.progress(1.0, "done");
    return r;
}

Image renderRegions(const DiscriminativeResult &result, bool generative, int size)
{
    const auto &cls = generative ? result.generativeGridClass : result.discriminativeGridClass;
    const auto &conf = generative ? result.generativeGridConfidence : result.discriminativeGridConfidence;
    const int n = result.gridSize;
    if (n <= 0 || cls.size() != std::size_t(n) * n || size < 16)
        throw std::invalid_argument("renderRegions: the result has no region map (2-D toys only)");
    Image img(size, size, 3);
    const double chance = 1.0 / std::max(result.classes, 1);
    auto cellAt = [&](int px, int py) {
        const int col = std::min(n - 1, px * n / size), row = std::min(n - 1, py * n / size);
        return std::size_t(row) * n + col;
    };
    for (int y = 0; y < size; ++y)
        for (int x = 0; x < size; ++x) {
            const std::size_t cell = cellAt(x, y);
            std::uint8_t rgb[3];
            classColour(cls[cell], rgb);
            const double sure = std::clamp((conf[cell] - chance) / std::max(1e-9, 1 - chance), 0.0, 1.0);
            const double a = 0.15 + 0.4 * sure;
            std::uint8_t out[3];
            for (int k = 0; k < 3; ++k)
                out[k] = std::uint8_t(std::lround(255 * (1 - a) + rgb[k] * a));
            const bool edge = (x + 1 < size && cls[cellAt(x + 1, y)] != cls[cell]) ||
                              (y + 1 < size && cls[cellAt(x, y + 1)] != cls[cell]);
            if (edge)
                out[0] = out[1] = out[2] = 60;
            discPutPixel(img, x, y, out);
        }
    const auto &pred = generative ? result.generativePredictions : result.discriminativePredictions;
    const std::uint8_t black[3] = {0, 0, 0};
    for (std::size_t i = 0; i + 1 < result.heldOutPoints.size(); i += 2) {
        const double px = (result.heldOutPoints[i] + result.extent) / (2 * result.extent) * size;
        const double py = (result.extent - result.heldOutPoints[i + 1]) / (2 * result.extent) * size;
        std::uint8_t rgb[3];
        classColour(result.heldOutLabels[i / 2], rgb);
        const bool wrong = i / 2 < pred.size() && pred[i / 2] != result.heldOutLabels[i / 2];
        discDot(img, px, py, wrong ? 3.2 : 2.4, wrong ? black : rgb);
        if (wrong)
            discDot(img, px, py, 1.5, rgb);
    }
    return img;
}

Image renderSamples(const DiscriminativeResult &result, const GenerativeSamples &samples, int size, int scale)
{
    if (samples.dims == 2) {
        if (size < 16)
            throw std::invalid_argument("renderSamples: the size must be at least 16");
        Image img(size, size, 3);
        std::fill(img.pixels.begin(), img.pixels.end(), std::uint8_t(255));
        auto toPx = [&](float x, float y, double &px, double &py) {
            px = (x + result.extent) / (2 * result.extent) * size;
            py = (result.extent - y) / (2 * result.extent) * size;
        };
        for (std::size_t i = 0; i + 1 < result.trainPoints.size(); i += 2) {
            std::uint8_t rgb[3];
            classColour(result.trainLabels[i / 2], rgb);
            for (auto &v : rgb)
                v = std::uint8_t(255 - (255 - v) * 0.3);
            double px, py;
            toPx(result.trainPoints[i], result.trainPoints[i + 1], px, py);
            discDot(img, px, py, 2.0, rgb);
        }
        for (int i = 0; i < samples.count(); ++i) {
            std::uint8_t rgb[3];
            classColour(samples.labels[std::size_t(i)], rgb);
            double px, py;
            toPx(samples.values[std::size_t(2 * i)], samples.values[std::size_t(2 * i + 1)], px, py);
            const std::uint8_t black[3] = {0, 0, 0};
            discDot(img, px, py, 3.0, black);
            discDot(img, px, py, 2.0, rgb);
        }
        return img;
    }
    const int side = kDigitImageSide;
    if (samples.dims != side * side)
        throw std::invalid_argument("renderSamples: samples must be 2-D points or 20x20 images");
    scale = std::clamp(scale, 1, 16);
    const int classes = std::max(1, result.classes);
    std::vector<int> perClass(std::size_t(classes), 0);
    for (int l : samples.labels)
        ++perClass[std::size_t(std::clamp(l, 0, classes - 1))];
    const int columns = std::max(1, *std::max_element(perClass.begin(), perClass.end()));
    const int gap = 2, cell = side + gap;
    Image img((columns * cell + gap) * scale, (classes * cell + gap) * scale, 3);
    std::fill(img.pixels.begin(), img.pixels.end(), std::uint8_t(40));
    std::vector<int> used(std::size_t(classes), 0);
    for (int i = 0; i < samples.count(); ++i) {
        const int c = std::clamp(samples.labels[std::size_t(i)], 0, classes - 1);
        const int col = used[std::size_t(c)]++;
        const float *v = samples.values.data() + std::size_t(i) * samples.dims;
        for (int y = 0; y < side; ++y)
            for (int x = 0; x < side; ++x) {
                const auto g = std::uint8_t(std::lround(std::clamp(v[y * side + x], 0.0f, 1.0f) * 255));
                const std::uint8_t rgb[3] = {g, g, g};
                for (int sy = 0; sy < scale; ++sy)
                    for (int sx = 0; sx < scale; ++sx)
                        discPutPixel(img, ((gap + col * cell) + x) * scale + sx, ((gap + c * cell) + y) * scale + sy, rgb);
            }
    }
    return img;
}

} // namespace genlab::engine::tuning
