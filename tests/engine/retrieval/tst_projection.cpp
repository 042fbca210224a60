// The lab's 2-D map: PCA's two axes and variances against an independent eigen-decomposition of the
// full covariance matrix, degenerate inputs (identical rows, a line), bad sizes, the seeded sample
// that keeps the retrieved passages, and the map of a small index (every chunk, its document, the
// query placed where a passage with the same text lies).
#include "engine/retrieval/projection.h"
#include "engine/retrieval/retrievalindex.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <random>

using namespace genlab::engine;
using namespace genlab::engine::retrieval;
namespace fs = std::filesystem;

namespace {

// Covariance (divided by n) of row-major rows, and its top eigenvectors by power iteration with
// deflation: slow, simple, and not the subspace iteration under test.
std::vector<std::vector<double>> covariance(const std::vector<float> &rows, int d)
{
    const std::size_t n = rows.size() / std::size_t(d);
    std::vector<double> mean(std::size_t(d), 0);
    for (std::size_t i = 0; i < n; ++i)
        for (int k = 0; k < d; ++k)
            mean[std::size_t(k)] += rows[i * std::size_t(d) + std::size_t(k)] / double(n);
    std::vector<std::vector<double>> c(std::size_t(d), std::vector<double>(std::size_t(d), 0));
    for (std::size_t i = 0; i < n; ++i)
        for (int r = 0; r < d; ++r)
            for (int s = 0; s < d; ++s)
                c[std::size_t(r)][std::size_t(s)] += (rows[i * std::size_t(d) + std::size_t(r)] - mean[std::size_t(r)]) *
                                                     (rows[i * std::size_t(d) + std::size_t(s)] - mean[std::size_t(s)]) / double(n);
    return c;
}

std::pair<double, std::vector<double>> topEigen(const std::vector<std::vector<double>> &c)
{
    const std::size_t d = c.size();
    std::vector<double> v(d, 1.0);
    double lambda = 0;
    for (int it = 0; it < 5000; ++it) {
        std::vector<double> w(d, 0);
        for (std::size_t r = 0; r < d; ++r)
            for (std::size_t s = 0; s < d; ++s)
                w[r] += c[r][s] * v[s];
        double norm = 0;
        for (double x : w)
            norm += x * x;
        norm = std::sqrt(norm);
        for (std::size_t r = 0; r < d; ++r)
            v[r] = w[r] / norm;
        lambda = norm;
    }
    return {lambda, v};
}

double dotAxis(const Pca2 &p, int axis, const std::vector<double> &v)
{
    double s = 0;
    for (int k = 0; k < p.dimension; ++k)
        s += p.axes[std::size_t(axis * p.dimension + k)] * v[std::size_t(k)];
    return s;
}

void writeText(const fs::path &path, const std::string &text)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
}

} // namespace

class TestProjection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void axesMatchTheCovariance()
    {
        // 6-D points with a clear first direction (e0 + e1), a second (e2 - e4) and noise.
        constexpr int d = 6;
        std::mt19937_64 rng(7);
        std::normal_distribution<double> g;
        std::vector<float> rows;
        for (int i = 0; i < 400; ++i) {
            const double a = 3 * g(rng), b = 1.5 * g(rng);
            double x[d] = {a, a, b, 0, -b, 0};
            for (double &v : x)
                v += 0.2 * g(rng) + 1.0; // an offset the centring must remove
            rows.insert(rows.end(), x, x + d);
        }
        const Pca2 p = fitPca2(rows, d, 3);
        QCOMPARE(p.dimension, d);
        auto c = covariance(rows, d);
        const auto [l0, v0] = topEigen(c);
        for (int r = 0; r < d; ++r)
            for (int s = 0; s < d; ++s)
                c[std::size_t(r)][std::size_t(s)] -= l0 * v0[std::size_t(r)] * v0[std::size_t(s)];
        const auto [l1, v1] = topEigen(c);
        QVERIFY2(std::abs(dotAxis(p, 0, v0)) > 0.9999, qPrintable(QString::number(dotAxis(p, 0, v0))));
        QVERIFY2(std::abs(dotAxis(p, 1, v1)) > 0.999, qPrintable(QString::number(dotAxis(p, 1, v1))));
        QVERIFY(std::abs(p.variance[0] - l0) < 1e-6 * l0);
        QVERIFY(std::abs(p.variance[1] - l1) < 1e-6 * l0);
        QVERIFY(std::abs(dotAxis(p, 0, {1, 1, 0, 0, 0, 0}) / std::sqrt(2.0)) > 0.99);
        // Orthogonal unit axes; each one's largest entry positive.
        double n0 = 0, n1 = 0, cross = 0;
        for (int k = 0; k < d; ++k) {
            n0 += p.axes[std::size_t(k)] * p.axes[std::size_t(k)];
            n1 += p.axes[std::size_t(d + k)] * p.axes[std::size_t(d + k)];
            cross += p.axes[std::size_t(k)] * p.axes[std::size_t(d + k)];
        }
        QVERIFY(std::abs(n0 - 1) < 1e-5 && std::abs(n1 - 1) < 1e-5 && std::abs(cross) < 1e-5);
        for (int a = 0; a < 2; ++a) {
            const auto *axis = p.axes.data() + a * d;
            const auto largest = std::max_element(axis, axis + d, [](float x, float y) { return std::abs(x) < std::abs(y); });
            QVERIFY(*largest > 0);
        }
        QVERIFY(p.explained(0) > p.explained(1) && p.explained(0) + p.explained(1) <= 1 + 1e-9);
        // Projecting the mean gives the origin; the same seed gives the same axes.
        const auto origin = p.project(p.mean.data());
        QVERIFY(std::abs(origin[0]) < 1e-6 && std::abs(origin[1]) < 1e-6);
        QCOMPARE(fitPca2(rows, d, 3).axes, p.axes);
    }

    void degenerateRows()
    {
        // All rows the same: nothing varies, the axes are still unit vectors.
        const std::vector<float> same{1, 2, 3, 1, 2, 3, 1, 2, 3};
        const Pca2 flat = fitPca2(same, 3);
        QCOMPARE(flat.variance[0], 0.0);
        QCOMPARE(flat.explained(0), 0.0);
        for (float v : flat.axes)
            QVERIFY(std::isfinite(v));
        // Points on a line: the first axis is the line, the second carries no variance.
        std::vector<float> line;
        for (int i = 0; i < 10; ++i)
            line.insert(line.end(), {float(i), float(2 * i), 0.f, 5.f});
        const Pca2 p = fitPca2(line, 4);
        QVERIFY(std::abs(p.axes[0] - 1 / std::sqrt(5.f)) < 1e-4 && std::abs(p.axes[1] - 2 / std::sqrt(5.f)) < 1e-4);
        QVERIFY(p.variance[1] < 1e-9 * p.variance[0]);
        QVERIFY(std::abs(p.explained(0) - 1) < 1e-9);
        // One row, one dimension.
        QCOMPARE(fitPca2(std::vector<float>{4}, 1).variance[0], 0.0);
    }

    void badSizes()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, fitPca2({}, 3));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, fitPca2(std::vector<float>{1, 2, 3, 4}, 3));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, fitPca2(std::vector<float>{1, 2}, 0));
    }

    void cancel()
    {
        std::stop_source stop;
        stop.request_stop();
        RunContext ctx;
        ctx.stop = stop.get_token();
        QVERIFY_THROWS_EXCEPTION(Canceled, fitPca2(std::vector<float>{1, 2, 3, 4}, 2, 1, ctx));
    }

    void sample()
    {
        QCOMPARE(sampleIds(5, 10, 1), (std::vector<ChunkId>{0, 1, 2, 3, 4}));
        QVERIFY(sampleIds(0, 10, 1).empty());
        const auto s = sampleIds(1000, 50, 9, {999, 3, -4, 5000});
        QCOMPARE(s.size(), std::size_t(50));
        QVERIFY(std::is_sorted(s.begin(), s.end()));
        QVERIFY(std::adjacent_find(s.begin(), s.end()) == s.end());
        QVERIFY(std::binary_search(s.begin(), s.end(), 999) && std::binary_search(s.begin(), s.end(), 3));
        QVERIFY(s.back() < 1000 && s.front() >= 0);
        QCOMPARE(sampleIds(1000, 50, 9, {999, 3}), s);
        QVERIFY(sampleIds(1000, 50, 10, {999, 3}) != s);
        // More passages to keep than the limit: all of them are kept.
        std::vector<ChunkId> many(60);
        std::iota(many.begin(), many.end(), 100);
        QCOMPARE(sampleIds(1000, 50, 1, many), many);
    }

    void mapOfAnIndex()
    {
        QTemporaryDir tmp;
        const fs::path docs = fs::path(tmp.path().toStdString()) / "docs";
        fs::create_directories(docs);
        writeText(docs / "gan.md", "# GANs\n\nA generator and a discriminator play a game. Mode collapse happens when the "
                                   "generator maps many latent codes to the same few outputs.\n");
        writeText(docs / "vae.md", "# VAEs\n\nAn encoder maps an image to a distribution over latent codes. The KL divergence "
                                   "keeps the posterior close to the prior.\n");
        writeText(docs / "diffusion.txt", "Diffusion models add Gaussian noise to images step by step. A network learns to "
                                          "predict the noise and sampling runs the reverse process.\n");
        RetrievalIndex index = RetrievalIndex::create((fs::path(tmp.path().toStdString()) / "index").string());
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, mapChunks(index, "noise", {}));
        IndexOptions o;
        o.chunking = ChunkingSpec::parse("chars:80:0");
        o.lsaDimension = 8;
        index.update({docs.string()}, o);
        QVERIFY(index.chunkCount() >= 6);

        const Chunk first = index.chunk(0);
        const ChunkMap map = mapChunks(index, first.text, {2, 99999});
        QCOMPARE(std::int64_t(map.points.size()), index.chunkCount());
        QCOMPARE(map.totalChunks, index.chunkCount());
        QCOMPARE(map.marked, std::vector<ChunkId>{2});
        for (const MapPoint &p : map.points)
            QCOMPARE(p.document, index.chunk(p.chunk).document);
        QVERIFY(map.explained[0] > 0 && map.explained[0] >= map.explained[1]);
        // The query is embedded as the passages were: a passage's own text lands on it.
        QVERIFY(map.query.has_value());
        QVERIFY(std::abs((*map.query)[0] - map.points[0].x) < 1e-4 && std::abs((*map.query)[1] - map.points[0].y) < 1e-4);
        // No query, or one with no known word: no query point.
        QVERIFY(!mapChunks(index, "", {}).query);
        QVERIFY(!mapChunks(index, "zzzqqq", {}).query);
        // A sample when there are more passages than the limit, with the marked ones in it.
        const ChunkMap sampled = mapChunks(index, "noise", {5}, 3, 2);
        QCOMPARE(sampled.points.size(), std::size_t(3));
        QCOMPARE(sampled.marked, std::vector<ChunkId>{5});
        QCOMPARE(index.vectorsOf({0, 1}).size(), 2 * index.embedQuery("noise").size());
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, index.vectorsOf({index.chunkCount()}));
    }
};

QTEST_APPLESS_MAIN(TestProjection)
#include "tst_projection.moc"
