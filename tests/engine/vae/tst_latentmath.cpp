#include "engine/vae/latentmath.h"
#include "engine/vae/vaeconfig.h"

#include <QtTest>

#include <cmath>
#include <random>

using namespace genlab::engine::vae;

namespace {

Latent randomLatent(std::mt19937 &rng, int dim, double scale = 1.0)
{
    std::normal_distribution<float> n(0.f, float(scale));
    Latent z(static_cast<std::size_t>(dim));
    for (auto &v : z)
        v = n(rng);
    return z;
}

Latent scaled(Latent z, double s)
{
    for (auto &v : z)
        v = float(v * s);
    return z;
}

} // namespace

class TestLatentMath : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void slerpAndLerpHitTheirEndpoints()
    {
        std::mt19937 rng(1);
        Latent a = randomLatent(rng, 16), b = randomLatent(rng, 16);
        QCOMPARE(slerp(a, b, 0.0), a);
        QCOMPARE(slerp(a, b, 1.0), b);
        QCOMPARE(lerp(a, b, 0.0), a);
        QCOMPARE(lerp(a, b, 1.0), b);
        for (auto method : {PathMethod::Lerp, PathMethod::Slerp}) {
            auto path = interpolatePath({a, b}, 64, method);
            QCOMPARE(int(path.size()), 64);
            QCOMPARE(path.front(), a);
            QCOMPARE(path.back(), b);
            // Three endpoints, 9 frames: the middle endpoint is frame 4 exactly.
            Latent c = randomLatent(rng, 16);
            auto three = interpolatePath({a, b, c}, 9, method);
            QCOMPARE(three[4], b);
            QCOMPARE(three[8], c);
        }
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, interpolatePath({a}, 8, PathMethod::Lerp));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, interpolatePath({a, Latent(3)}, 8, PathMethod::Lerp));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, interpolatePath({a, b}, 1, PathMethod::Lerp));
        QCOMPARE(flatten({a, b}).size(), std::size_t(32));
    }

    void slerpKeepsTheNormWhereLerpDips()
    {
        std::mt19937 rng(2);
        Latent a = randomLatent(rng, 16), b = randomLatent(rng, 16);
        const double r = norm(a);
        b = scaled(b, r / norm(b)); // equal norms
        auto s = norms(interpolatePath({a, b}, 33, PathMethod::Slerp));
        for (double n : s)
            QVERIFY2(std::abs(n - r) < 1e-5 * r, qPrintable(QStringLiteral("|z| = %1, expected %2").arg(n).arg(r)));
        auto l = norms(interpolatePath({a, b}, 33, PathMethod::Lerp));
        QCOMPARE(l.front(), s.front());
        // Two random 16-D vectors are nearly orthogonal: the chord's midpoint is ~0.7 r from 0.
        QVERIFY(l[16] < 0.9 * r);
        // Unequal norms: slerp's norm moves monotonically between them.
        Latent c = scaled(b, 2.0);
        auto u = norms(interpolatePath({a, c}, 17, PathMethod::Slerp));
        for (std::size_t i = 1; i < u.size(); ++i)
            QVERIFY(u[i] >= u[i - 1] - 1e-9);
    }

    void slerpHandlesParallelAndOppositeVectors()
    {
        std::mt19937 rng(3);
        Latent a = randomLatent(rng, 8);
        Latent nearly = a;
        nearly[0] += 1e-7f;
        Latent mid = slerp(a, nearly, 0.5);
        for (std::size_t i = 0; i < a.size(); ++i) {
            QVERIFY(std::isfinite(mid[i]));
            QVERIFY(std::abs(mid[i] - a[i]) < 1e-5);
        }
        Latent same = slerp(a, a, 0.3);
        for (std::size_t i = 0; i < a.size(); ++i)
            QVERIFY(std::abs(same[i] - a[i]) < 1e-5);
        Latent opposite = scaled(a, -1.0);
        auto path = interpolatePath({a, opposite}, 11, PathMethod::Slerp);
        QCOMPARE(path.back(), opposite);
        for (const auto &z : path) {
            for (float v : z)
                QVERIFY(std::isfinite(v));
            QVERIFY(std::abs(norm(z) - norm(a)) < 1e-4 * norm(a));
        }
        // A zero endpoint: lerp, no division by zero.
        Latent zero(8, 0.f);
        Latent h = slerp(zero, a, 0.5);
        for (std::size_t i = 0; i < a.size(); ++i)
            QVERIFY(std::abs(h[i] - 0.5f * a[i]) < 1e-6);
    }

    void pcaFindsTheLargestVarianceAxes()
    {
        std::mt19937 rng(4);
        const int dim = 10, count = 4000;
        std::normal_distribution<float> n(0.f, 1.f);
        std::vector<float> data(std::size_t(dim) * count);
        for (int r = 0; r < count; ++r)
            for (int i = 0; i < dim; ++i)
                data[std::size_t(r) * dim + i] = n(rng) * (i == 3 ? 3.f : i == 7 ? 2.f : 0.3f) + float(i);
        Projection2D p = fitPca(data, dim);
        QCOMPARE(p.dim, dim);
        QVERIFY(std::abs(std::abs(p.components[3]) - 1.f) < 0.01f);
        QVERIFY(std::abs(std::abs(p.components[std::size_t(dim) + 7]) - 1.f) < 0.01f);
        QVERIFY(std::abs(p.explainedVariance[0] - 9.0) < 0.6);
        QVERIFY(std::abs(p.explainedVariance[1] - 4.0) < 0.3);
        for (int i = 0; i < dim; ++i)
            QVERIFY(std::abs(p.mean[std::size_t(i)] - float(i)) < 0.2f);
        // Deterministic sign: the largest component of each axis is positive.
        QVERIFY(p.components[3] > 0.f);
        QVERIFY(p.components[std::size_t(dim) + 7] > 0.f);
        // Orthonormal.
        double d = 0, n0 = 0, n1 = 0;
        for (int i = 0; i < dim; ++i) {
            d += p.components[std::size_t(i)] * p.components[std::size_t(dim) + i];
            n0 += p.components[std::size_t(i)] * p.components[std::size_t(i)];
            n1 += p.components[std::size_t(dim) + i] * p.components[std::size_t(dim) + i];
        }
        QVERIFY(std::abs(d) < 1e-5 && std::abs(n0 - 1) < 1e-5 && std::abs(n1 - 1) < 1e-5);
    }

    void pcaInverseRecoversPointsInTheSpan()
    {
        std::mt19937 rng(5);
        const int dim = 16, count = 500;
        // Data on a random 2-D plane in 16-D (plus an offset): the PCA plane is that plane.
        Latent u = randomLatent(rng, dim), v = randomLatent(rng, dim), offset = randomLatent(rng, dim);
        std::normal_distribution<float> n(0.f, 1.f);
        std::vector<float> data;
        for (int r = 0; r < count; ++r) {
            const float s = n(rng) * 2.f, t = n(rng);
            for (int i = 0; i < dim; ++i)
                data.push_back(offset[std::size_t(i)] + s * u[std::size_t(i)] + t * v[std::size_t(i)]);
        }
        Projection2D p = fitPca(data, dim);
        auto xy = p.projectAll(data);
        QCOMPARE(xy.size(), std::size_t(count) * 2);
        for (int r = 0; r < count; r += 7) {
            Latent back = p.inverse(xy[std::size_t(r) * 2], xy[std::size_t(r) * 2 + 1]);
            for (int i = 0; i < dim; ++i)
                QVERIFY2(std::abs(back[std::size_t(i)] - data[std::size_t(r) * dim + i]) < 1e-3,
                         qPrintable(QStringLiteral("row %1 dim %2").arg(r).arg(i)));
        }
        // Any point built as mean + C^T p projects to p.
        Latent z = p.inverse(1.5, -0.25);
        auto q = p.project(z.data());
        QVERIFY(std::abs(q[0] - 1.5f) < 1e-4 && std::abs(q[1] + 0.25f) < 1e-4);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, fitPca({1.f, 2.f, 3.f}, 2));
    }

    void twoDimensionalMapIsTheLatentItself()
    {
        std::vector<float> data{1.f, 2.f, -3.f, 4.f, 0.5f, 0.25f};
        Projection2D p = mapProjection(data, 2);
        QCOMPARE(p.projectAll(data), data);
        Latent z = p.inverse(0.75, -1.25);
        QCOMPARE(z, (Latent{0.75f, -1.25f}));
    }

    void attributeVectorIsTheDifferenceOfClassMeans()
    {
        std::vector<float> latents{1, 0, 3, 0, 0, 5, 10, 10};
        std::vector<int> labels{7, 7, 2, 1};
        Latent v = attributeVector(latents, 2, labels, 7, 2);
        QCOMPARE(v, (Latent{2.f, -5.f}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, attributeVector(latents, 2, labels, 7, 4));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, attributeVector(latents, 2, {1, 2}, 1, 2));
    }

    void perDimensionKlMatchesTheClosedForm()
    {
        // Two data points, three dimensions. KL(N(mu, s^2) || N(0,1)) = -log s + (s^2 + mu^2) / 2 - 1/2.
        std::vector<float> mu{0.5f, -1.f, 0.f, 1.5f, 0.f, 0.f};
        std::vector<float> sigma{0.5f, 2.f, 1.f, 1.f, 0.1f, 1.f};
        std::vector<float> logVar;
        for (float s : sigma)
            logVar.push_back(2.f * std::log(s));
        auto closed = [](double m, double s) { return -std::log(s) + (s * s + m * m) / 2.0 - 0.5; };
        auto kl = perDimensionKl(mu, logVar, 3);
        QCOMPARE(kl.size(), std::size_t(3));
        for (int d = 0; d < 3; ++d) {
            double expected = 0.5 * (closed(mu[std::size_t(d)], sigma[std::size_t(d)]) +
                                     closed(mu[std::size_t(3 + d)], sigma[std::size_t(3 + d)]));
            QVERIFY2(std::abs(kl[std::size_t(d)] - expected) < 1e-5,
                     qPrintable(QStringLiteral("dim %1: %2 vs %3").arg(d).arg(kl[std::size_t(d)]).arg(expected)));
        }
        QCOMPARE(orderByActivity(kl), (std::vector<int>{1, 0, 2}));
        QCOMPARE(orderByActivity({0.f, 3.f, NAN, 3.f}), (std::vector<int>{1, 3, 0, 2}));
        auto var = perDimensionVariance({1, 0, 3, 0}, 2);
        QCOMPARE(var, (std::vector<float>{2.f, 0.f}));
    }

    void nearestIndexFindsTheClosestPoint()
    {
        std::mt19937 rng(6);
        std::uniform_real_distribution<float> u(-3.f, 3.f);
        std::vector<float> pts;
        for (int i = 0; i < 5000; ++i) {
            pts.push_back(u(rng));
            pts.push_back(u(rng));
        }
        NearestIndex exact, hnsw, automatic;
        exact.build(pts, NearestIndex::Mode::Exact);
        hnsw.build(pts, NearestIndex::Mode::Hnsw);
        automatic.build(pts);
        QVERIFY(!exact.usesHnsw());
        QVERIFY(hnsw.usesHnsw());
        QVERIFY(automatic.usesHnsw()); // 5000 points: the real index
        // The exact scan is exact.
        for (int q = 0; q < 50; ++q) {
            float x = u(rng), y = u(rng);
            int best = exact.nearest(x, y);
            float bd = std::hypot(pts[std::size_t(best) * 2] - x, pts[std::size_t(best) * 2 + 1] - y);
            for (int i = 0; i < 5000; ++i)
                QVERIFY(std::hypot(pts[std::size_t(i) * 2] - x, pts[std::size_t(i) * 2 + 1] - y) >= bd);
        }
        int agree = 0;
        for (int q = 0; q < 500; ++q) {
            float x = u(rng), y = u(rng);
            agree += exact.nearest(x, y) == hnsw.nearest(x, y);
        }
        QVERIFY2(agree >= 495, qPrintable(QStringLiteral("hnswlib agreed on %1 of 500").arg(agree)));
        // A data point finds itself.
        QCOMPARE(hnsw.nearest(pts[20], pts[21]), 10);
        NearestIndex empty;
        QCOMPARE(empty.nearest(0.f, 0.f), -1);
        QCOMPARE(exact.nearest(NAN, 0.f), -1);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, empty.build({1.f, NAN}));
    }

    void configRoundTripsThroughJson()
    {
        VaeConfig c;
        c.kind = VaeConfig::Kind::Autoencoder;
        c.latentDim = 2;
        c.imageSize = 64;
        c.channels = 3;
        c.likelihood = VaeConfig::Likelihood::Gaussian;
        c.beta = 4.0;
        c.betaWarmupSteps = 100;
        c.baseChannels = 16;
        std::string error = "stale";
        VaeConfig back = VaeConfig::fromJson(c.toJson(), &error);
        QVERIFY2(error.empty(), error.c_str());
        QVERIFY(back == c);
        QCOMPARE(QString::fromStdString(c.architecture()), QStringLiteral("conv-ae"));

        VaeConfig::fromJson(R"({"architecture": "conv-vae", "latent_dim": 500})", &error);
        QVERIFY2(QString::fromStdString(error).contains(QStringLiteral("latent size 500")), error.c_str());
        VaeConfig::fromJson(R"({"architecture": "gpt2"})", &error);
        QVERIFY2(QString::fromStdString(error).contains(QStringLiteral("gpt2")), error.c_str());
        VaeConfig::fromJson(R"({"architecture": "conv-vae", "image_size": "big"})", &error);
        QVERIFY2(QString::fromStdString(error).contains(QStringLiteral("image_size")), error.c_str());
        VaeConfig::fromJson("[1,2]", &error);
        QVERIFY(!error.empty());
        VaeConfig::fromJson("{not json", &error);
        QVERIFY(!error.empty());
        VaeConfig::fromJson(R"({"architecture": "conv-vae", "channels": 2})", &error);
        QVERIFY2(QString::fromStdString(error).contains(QStringLiteral("channels")), error.c_str());
    }

    void betaWarmsUpLinearly()
    {
        VaeConfig c;
        c.beta = 2.0;
        QCOMPARE(c.betaAt(1), 2.0);
        c.betaWarmupSteps = 100;
        QCOMPARE(c.betaAt(0), 0.0);
        QCOMPARE(c.betaAt(50), 1.0);
        QCOMPARE(c.betaAt(100), 2.0);
        QCOMPARE(c.betaAt(1000), 2.0);
        c.kind = VaeConfig::Kind::Autoencoder;
        QCOMPARE(c.betaAt(1000), 0.0);
    }
};

QTEST_APPLESS_MAIN(TestLatentMath)
#include "tst_latentmath.moc"
