// The evaluator's figures against closed forms: the Fréchet distance of two known Gaussians,
// precision/recall of a set against itself and against one repeated point, near duplicates, the
// class histogram, coverage threshold and Inception Score of a fake classifier's output.
#include "engine/evaluate/metrics.h"

#include <QtTest>

#include <cmath>
#include <random>

using namespace genlab::engine::evaluate;

namespace {

FeatureSet gaussianSample(int count, const std::vector<double> &mean, const std::vector<double> &sd, std::uint64_t seed)
{
    FeatureSet f;
    f.count = count;
    f.dim = int(mean.size());
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> n(0, 1);
    for (int i = 0; i < count; ++i)
        for (int d = 0; d < f.dim; ++d)
            f.values.push_back(float(mean[std::size_t(d)] + sd[std::size_t(d)] * n(rng)));
    return f;
}

GaussianStats diagonal(const std::vector<double> &mean, const std::vector<double> &var)
{
    GaussianStats g;
    g.dim = int(mean.size());
    g.mean = mean;
    g.covariance.assign(std::size_t(g.dim) * g.dim, 0.0);
    for (int i = 0; i < g.dim; ++i)
        g.covariance[std::size_t(i) * g.dim + i] = var[std::size_t(i)];
    return g;
}

} // namespace

class TestEvaluateMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void frechetMatchesClosedFormForDiagonalGaussians()
    {
        // Commuting (diagonal) covariances: FD = |m1-m2|^2 + sum (s1 - s2)^2 with s = sqrt(var).
        const std::vector<double> m1{0, 1, 2}, m2{1, 1, 0}, v1{1, 4, 9}, v2{4, 1, 1};
        double expected = 1 + 0 + 4;
        for (int i = 0; i < 3; ++i)
            expected += std::pow(std::sqrt(v1[std::size_t(i)]) - std::sqrt(v2[std::size_t(i)]), 2);
        QVERIFY(std::abs(frechetDistance(diagonal(m1, v1), diagonal(m2, v2)) - expected) < 1e-9);
        QCOMPARE(frechetDistance(diagonal(m1, v1), diagonal(m1, v1)) < 1e-9, true);
    }

    void frechetMatchesClosedFormForNonCommutingCovariances()
    {
        // 2-D: tr sqrt(A) for a 2x2 SPD A is sqrt(tr A + 2 sqrt(det A)). With C1 = I:
        // FD = |dm|^2 + 2 + tr C2 - 2 sqrt(tr C2 + 2 sqrt(det C2)).
        GaussianStats a = diagonal({0, 0}, {1, 1});
        GaussianStats b;
        b.dim = 2;
        b.mean = {3, -1};
        b.covariance = {2.0, 0.6, 0.6, 1.0};
        const double tr = 3.0, det = 2.0 - 0.36;
        const double expected = 10 + 2 + tr - 2 * std::sqrt(tr + 2 * std::sqrt(det));
        QVERIFY(std::abs(frechetDistance(a, b) - expected) < 1e-9);
        // A general C1 too (symmetric in its arguments).
        b.covariance = {2.0, 0.6, 0.6, 1.0};
        GaussianStats c;
        c.dim = 2;
        c.mean = {3, -1};
        c.covariance = {1.0, -0.3, -0.3, 0.5};
        QVERIFY(std::abs(frechetDistance(b, c) - frechetDistance(c, b)) < 1e-9);
    }

    void frechetOfSamplesIsNearZeroForIdenticalSetsAndRefusesMismatches()
    {
        const FeatureSet s = gaussianSample(500, {0, 1, 2, 3}, {1, 1, 2, 0.5}, 7);
        QVERIFY(frechetDistance(gaussianOf(s), gaussianOf(s)) < 1e-6);
        // Two samples of the same Gaussian: small; a shifted one: about the squared shift.
        const FeatureSet t = gaussianSample(4000, {0, 1, 2, 3}, {1, 1, 2, 0.5}, 8);
        const FeatureSet far = gaussianSample(4000, {3, 1, 2, 3}, {1, 1, 2, 0.5}, 9);
        const double same = frechetDistance(gaussianOf(s), gaussianOf(t));
        const double shifted = frechetDistance(gaussianOf(t), gaussianOf(far));
        QVERIFY2(same < 0.2, qPrintable(QString::number(same)));
        QVERIFY2(std::abs(shifted - 9) < 0.6, qPrintable(QString::number(shifted)));
        // Singular covariances (a feature that is always 0) are fine.
        const FeatureSet flat = gaussianSample(200, {0, 1}, {0, 1}, 3);
        QVERIFY(std::isfinite(frechetDistance(gaussianOf(flat), gaussianOf(flat))));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, frechetDistance(gaussianOf(s), gaussianOf(flat)));
        FeatureSet one;
        one.count = 1;
        one.dim = 2;
        one.values = {1, 2};
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, gaussianOf(one));
    }

    void precisionAndRecallOfASetAgainstItselfAreOne()
    {
        const FeatureSet s = gaussianSample(800, std::vector<double>(16, 0.0), std::vector<double>(16, 1.0), 11);
        const PrecisionRecall pr = precisionRecall(s, s, 3);
        QCOMPARE(pr.precision, 1.0);
        QCOMPARE(pr.recall, 1.0);
    }

    void oneRepeatedPointHasNearZeroRecall()
    {
        const FeatureSet real = gaussianSample(500, std::vector<double>(8, 0.0), std::vector<double>(8, 1.0), 12);
        // 200 copies of one real point: inside the real manifold (precision 1), but its own
        // manifold is that single point, so almost no real point is covered.
        FeatureSet collapsed;
        collapsed.count = 200;
        collapsed.dim = 8;
        for (int i = 0; i < 200; ++i)
            collapsed.values.insert(collapsed.values.end(), real.row(5), real.row(5) + 8);
        const PrecisionRecall pr = precisionRecall(real, collapsed, 3);
        QCOMPARE(pr.precision, 1.0);
        QVERIFY2(pr.recall <= 2.0 / 500, qPrintable(QString::number(pr.recall)));
        // A set far away from the real one: neither.
        FeatureSet far = gaussianSample(300, std::vector<double>(8, 50.0), std::vector<double>(8, 1.0), 13);
        const PrecisionRecall none = precisionRecall(real, far, 3);
        QCOMPARE(none.precision, 0.0);
        QCOMPARE(none.recall, 0.0);
        // Half the real set: all precise; recall at least the half it holds, below 1.
        FeatureSet half;
        half.count = 250;
        half.dim = 8;
        half.values.assign(real.values.begin(), real.values.begin() + 250 * 8);
        const PrecisionRecall h = precisionRecall(real, half, 3);
        QCOMPARE(h.precision, 1.0);
        QVERIFY2(h.recall >= 0.5 && h.recall < 1.0, qPrintable(QString::number(h.recall)));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, precisionRecall(real, collapsed, 0));
    }

    void kthNeighbourDistancesAreExact()
    {
        // Points on a line at 0, 1, 3, 6: 1st neighbours 1, 1, 2, 3; 2nd: 3, 2, 3, 5.
        FeatureSet line;
        line.count = 4;
        line.dim = 1;
        line.values = {0, 1, 3, 6};
        const auto first = nearestNeighbourDistances(line);
        const auto second = kthNeighbourDistances(line, 2);
        const std::vector<double> e1{1, 1, 2, 3}, e2{3, 2, 3, 5};
        for (int i = 0; i < 4; ++i) {
            QVERIFY(std::abs(first[std::size_t(i)] - e1[std::size_t(i)]) < 1e-6);
            QVERIFY(std::abs(second[std::size_t(i)] - e2[std::size_t(i)]) < 1e-6);
        }
    }

    void nearDuplicatesAreCopiesNotNeighbours()
    {
        const FeatureSet real = gaussianSample(400, std::vector<double>(8, 0.0), std::vector<double>(8, 1.0), 14);
        const FeatureSet other = gaussianSample(400, std::vector<double>(8, 0.0), std::vector<double>(8, 1.0), 15);
        const DuplicateRate fresh = duplicateRate(other, real);
        QVERIFY2(fresh.rate < 0.02, qPrintable(QString::number(fresh.rate)));
        QVERIFY(fresh.referenceMedianNn > 0);
        QVERIFY(std::abs(fresh.threshold - 0.1 * fresh.referenceMedianNn) < 1e-12);
        // Half of the set are copies of the other half.
        FeatureSet copies = other;
        for (int i = 200; i < 400; ++i)
            std::copy(other.row(i - 200), other.row(i - 200) + 8, copies.values.begin() + std::ptrdiff_t(i) * 8);
        const DuplicateRate dup = duplicateRate(copies, real);
        QCOMPARE(dup.rate, 1.0); // every point has its twin
        FeatureSet someCopies = other;
        for (int i = 300; i < 400; ++i)
            std::copy(other.row(i - 100), other.row(i - 100) + 8, someCopies.values.begin() + std::ptrdiff_t(i) * 8);
        const DuplicateRate some = duplicateRate(someCopies, real);
        QVERIFY2(std::abs(some.rate - 0.5) < 0.03, qPrintable(QString::number(some.rate)));
    }

    void classHistogramCoverageConfidenceAndInceptionScore()
    {
        // A fake classifier output: 100 samples over 4 classes; 60 confident 0s, 30 confident 1s,
        // 9 unsure 2s, 1 sample of class 3.
        const int n = 100, c = 4;
        std::vector<float> p;
        auto add = [&](int cls, float conf, int times) {
            for (int t = 0; t < times; ++t)
                for (int k = 0; k < c; ++k)
                    p.push_back(k == cls ? conf : (1 - conf) / (c - 1));
        };
        add(0, 1.0f, 60);
        add(1, 1.0f, 30);
        add(2, 0.4f, 9);
        add(3, 1.0f, 1);
        const ClassFigures f = classFigures(p, n, c);
        QCOMPARE(f.histogram, (std::vector<int>{60, 30, 9, 1}));
        QCOMPARE(f.minCount, 3); // ceil(100 / 40)
        QCOMPARE(f.covered, 3);  // class 3's single sample is not a mode
        QVERIFY(std::abs(f.meanConfidence - (90 + 9 * 0.4 + 1) / 100.0) < 1e-6);
        QCOMPARE(classFigures(p, n, c, 1).covered, 4);
        QCOMPARE(classFigures(p, n, c, 10).covered, 2);
        QCOMPARE(defaultMinClassCount(200, 10), 2);
        QCOMPARE(defaultMinClassCount(1000, 10), 10);
        QCOMPARE(defaultMinClassCount(5, 10), 1);

        // Inception Score: confident and uniform over C classes -> C; all one class -> 1.
        std::vector<float> uniform;
        for (int i = 0; i < 40; ++i)
            for (int k = 0; k < c; ++k)
                uniform.push_back(k == i % c ? 1.0f : 0.0f);
        QVERIFY(std::abs(classFigures(uniform, 40, c).inceptionScore - 4.0) < 1e-6);
        std::vector<float> single;
        for (int i = 0; i < 40; ++i)
            for (int k = 0; k < c; ++k)
                single.push_back(k == 2 ? 1.0f : 0.0f);
        QVERIFY(std::abs(classFigures(single, 40, c).inceptionScore - 1.0) < 1e-6);
        QCOMPARE(classFigures(single, 40, c).covered, 1);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, classFigures(single, 41, c));
    }
};

QTEST_APPLESS_MAIN(TestEvaluateMetrics)
#include "tst_evaluatemetrics.moc"
