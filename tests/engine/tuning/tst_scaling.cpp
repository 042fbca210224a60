// The scaling experiment: the power-law fit recovers a known exponent and prefactor from synthetic
// points (exact and noisy), skips unusable points and refuses too few; the plan gives every size
// the steps that spend the same compute (6 N D); a tiny run trains each size through
// trainLanguageModel, returns the runs smallest first with a curve each, and fits them.
#include "engine/tuning/scaling.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <random>

namespace tuning = genlab::engine::tuning;

namespace {

const std::string kScalingShipped = GENLAB_SOURCE_DIR "/resources/models/lm-shakespeare-bpe";
const std::string kScalingCorpus = "/work/shared/data/tinyshakespeare/input.txt";

} // namespace

class TestScaling : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fitRecoversAKnownPowerLaw()
    {
        std::vector<double> x, y;
        for (double n : {1e3, 3e3, 1e4, 3e4, 1e5}) {
            x.push_back(n);
            y.push_back(7.5 * std::pow(n, -0.12));
        }
        const tuning::PowerLawFit f = tuning::fitPowerLaw(x, y);
        QVERIFY(std::abs(f.exponent + 0.12) < 1e-9);
        QVERIFY(std::abs(f.a - 7.5) < 1e-6);
        QVERIFY(std::abs(f.r2 - 1.0) < 1e-9);
        QCOMPARE(f.points, 5);
        QVERIFY(std::abs(f.predict(1e6) - 7.5 * std::pow(1e6, -0.12)) < 1e-9);

        // Noisy: 1 % multiplicative noise keeps the exponent within a few hundredths and r2 high.
        std::mt19937 gen(3);
        std::normal_distribution<double> noise(0, 0.01);
        std::vector<double> nx, ny;
        for (int i = 0; i < 12; ++i) {
            const double n = 1e3 * std::pow(2.0, i);
            nx.push_back(n);
            ny.push_back(4.0 * std::pow(n, -0.3) * std::exp(noise(gen)));
        }
        const tuning::PowerLawFit g = tuning::fitPowerLaw(nx, ny);
        QVERIFY2(std::abs(g.exponent + 0.3) < 0.02, qPrintable(QString::number(g.exponent)));
        QVERIFY(g.r2 > 0.98);

        // Non-positive points are skipped; fewer than two usable ones are refused.
        const tuning::PowerLawFit h = tuning::fitPowerLaw({0, 10, 100, -1}, {5, 2, 1, 3});
        QCOMPARE(h.points, 2);
        QVERIFY(std::abs(h.exponent - std::log(0.5) / std::log(10.0)) < 1e-9);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, tuning::fitPowerLaw({10}, {1}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, tuning::fitPowerLaw({10, 10}, {1, 2}));
    }

    void planSpendsTheSameCompute()
    {
        tuning::ScalingOptions o;
        o.dataPath = kScalingCorpus;
        o.outDir = "/tmp/unused";
        o.widths = {64, 16, 32};
        o.budget = 2e11;
        const auto plans = tuning::planScaling(o, 1024);
        QCOMPARE(int(plans.size()), 3);
        QCOMPARE(plans[0].width, 16);
        QCOMPARE(plans[2].width, 64);
        for (const auto &p : plans) {
            QVERIFY(p.parameters > 0);
            QCOMPARE(p.tokens, p.steps * o.batchSize * o.contextLength);
            QVERIFY2(std::abs(p.compute / o.budget - 1) < 0.02, qPrintable(QString::number(p.compute)));
            QCOMPARE(p.train.embedDim % p.train.heads, 0);
        }
        QVERIFY(plans[0].steps > plans[1].steps && plans[1].steps > plans[2].steps);
        // A budget that buys a size too few steps is refused, naming it.
        o.budget = 1e8;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, tuning::planScaling(o, 1024));
        o.budget = 2e11;
        o.widths = {16};
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, tuning::planScaling(o, 1024));
    }

    void tinyRunReturnsSizesInOrder()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        tuning::ScalingOptions o;
        o.dataPath = kScalingCorpus;
        o.tokenizerFolder = kScalingShipped;
        o.outDir = dir.path().toStdString();
        o.widths = {32, 16};
        o.layers = 1;
        o.contextLength = 32;
        o.batchSize = 4;
        o.budget = 6.0 * 40000 * 4 * 32 * 40; // ~40 steps for ~40 k parameters
        o.minSteps = 10;
        o.evalPoints = 2;
        o.evalBatches = 2;
        int points = 0;
        genlab::engine::RunContext ctx;
        ctx.onPartial = [&](genlab::engine::Partial &&p) {
            if (tuning::ScalingPoint::decode(p))
                ++points;
        };
        const tuning::ScalingResult r = tuning::runScaling(o, ctx);
        QCOMPARE(int(r.runs.size()), 2);
        QCOMPARE(r.runs[0].width, 16);
        QCOMPARE(r.runs[1].width, 32);
        QVERIFY(r.runs[0].parameters < r.runs[1].parameters);
        QVERIFY(r.runs[0].steps > r.runs[1].steps);
        for (const auto &run : r.runs) {
            QVERIFY(std::isfinite(run.loss) && run.loss > 0 && run.loss < 8);
            QVERIFY(!run.curve.empty());
            QVERIFY(run.curve.back().compute <= run.compute * 1.0001);
        }
        QVERIFY(points >= 4);
        QCOMPARE(r.fit.points, 2);
        QVERIFY(r.next.parameters > r.runs[1].parameters);
        QVERIFY(std::isfinite(r.next.loss) && r.next.loss > 0);
    }
};

QTEST_GUILESS_MAIN(TestScaling)
#include "tst_scaling.moc"
