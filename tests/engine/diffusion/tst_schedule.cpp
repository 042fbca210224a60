// The noise schedules against their closed forms, and the forward process: one draw and t single
// steps give the same distribution.
#include "engine/diffusion/forwardprocess.h"
#include "engine/diffusion/schedule.h"

#include <QtTest>

#include <cmath>
#include <limits>
#include <numbers>

using namespace genlab::engine;
using namespace genlab::engine::diffusion;

namespace {

const NoiseSchedule kKinds[] = {NoiseSchedule::Linear, NoiseSchedule::Cosine, NoiseSchedule::Sigmoid};

// A [0, 1] test picture with structure in every channel: a ramp, a disc and a checker.
FloatImage testImage(int size, int channels)
{
    FloatImage img;
    img.width = img.height = size;
    img.channels = channels;
    img.values.resize(std::size_t(size) * size * channels);
    for (int c = 0; c < channels; ++c)
        for (int y = 0; y < size; ++y)
            for (int x = 0; x < size; ++x) {
                float v = float(x) / float(size - 1);
                if (c == 1)
                    v = std::hypot(x - size / 2.0, y - size / 2.0) < size / 3.0 ? 0.9f : 0.1f;
                if (c == 2)
                    v = ((x / 8 + y / 8) % 2) ? 1.f : 0.f;
                img.values[(std::size_t(c) * size + y) * size + x] = v;
            }
    return img;
}

double stdOf(const std::vector<float> &v)
{
    double sum = 0, sq = 0;
    for (float x : v) {
        sum += x;
        sq += double(x) * x;
    }
    const double mean = sum / double(v.size());
    return std::sqrt(sq / double(v.size()) - mean * mean);
}

} // namespace

class TestSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shapeOfEverySchedule_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("T");
        for (NoiseSchedule k : kKinds)
            for (int T : {kMinTimesteps, 100, 1000, kMaxTimesteps})
                QTest::addRow("%s T %d", scheduleName(k).c_str(), T) << int(k) << T;
    }

    void shapeOfEverySchedule()
    {
        QFETCH(int, kind);
        QFETCH(int, T);
        const DiffusionSchedule s(NoiseSchedule(kind), T);
        QCOMPARE(s.timesteps(), T);
        QCOMPARE(int(s.alphaBars().size()), T + 1);
        QCOMPARE(s.alphaBar(0), 1.0);
        QCOMPARE(s.beta(0), 0.0);
        QVERIFY2(s.alphaBar(T) < 1e-3, qPrintable(QString::number(s.alphaBar(T))));
        QVERIFY(s.alphaBar(T) > 0);
        for (int t = 1; t <= T; ++t) {
            QVERIFY2(s.alphaBar(t) < s.alphaBar(t - 1), qPrintable(QString("t %1").arg(t)));
            QVERIFY(s.beta(t) > 0);
            QVERIFY(s.beta(t) <= 0.999 + 1e-12);
            QVERIFY(s.snr(t) < s.snr(t - 1));
            QVERIFY(s.logSnr(t) < s.logSnr(t - 1));
            QVERIFY(std::abs(s.logSnr(t) - std::log(s.snr(t))) < 1e-9 * std::max(1.0, std::abs(s.logSnr(t))));
            QVERIFY(std::abs(s.signal(t) * s.signal(t) + s.noise(t) * s.noise(t) - 1) < 1e-12);
            QVERIFY(std::abs(s.sigma(t) * s.sigma(t) * s.snr(t) - 1) < 1e-9);
        }
        QVERIFY(std::isinf(s.snr(0)));
        QVERIFY(std::isinf(s.logSnr(0)));
        QCOMPARE(s.sigma(0), 0.0);
        QCOMPARE(s.noise(0), 0.0);
        // t outside 0..T is clamped.
        QCOMPARE(s.alphaBar(-3), 1.0);
        QCOMPARE(s.alphaBar(T + 7), s.alphaBar(T));
    }

    void linearKnownValues()
    {
        const DiffusionSchedule s(NoiseSchedule::Linear, 1000);
        QVERIFY(std::abs(s.beta(1) - 1e-4) < 1e-12);
        QVERIFY(std::abs(s.beta(1000) - 0.02) < 1e-12);
        QVERIFY(std::abs(s.beta(500) - (1e-4 + (0.02 - 1e-4) * 499.0 / 999.0)) < 1e-12);
        // ᾱ(t) = Π (1 - β(s)), computed here independently.
        double product = 1;
        for (int t = 1; t <= 1000; ++t)
            product *= 1 - (1e-4 + (0.02 - 1e-4) * (t - 1) / 999.0);
        QVERIFY(std::abs(s.alphaBar(1000) - product) < 1e-15);
        QVERIFY(std::abs(s.alphaBar(1000) - 4.04e-5) < 0.05e-5); // the DDPM paper's ᾱ(T)

        // Scaled by 1000 / T: T 100 covers the same range in fewer steps.
        const DiffusionSchedule short100(NoiseSchedule::Linear, 100);
        QVERIFY(std::abs(short100.beta(1) - 1e-3) < 1e-12);
        QVERIFY(std::abs(short100.beta(100) - 0.2) < 1e-12);
        // T 10 would need β = 2: clipped at 0.999.
        const DiffusionSchedule short10(NoiseSchedule::Linear, 10);
        QVERIFY(std::abs(short10.beta(10) - 0.999) < 1e-12);
    }

    void cosineKnownValues()
    {
        const int T = 1000;
        const DiffusionSchedule s(NoiseSchedule::Cosine, T);
        auto f = [&](int t) {
            const double c = std::cos((double(t) / T + 0.008) / 1.008 * std::numbers::pi / 2);
            return c * c;
        };
        for (int t : {1, 10, 250, 500, 750, 990})
            QVERIFY2(std::abs(s.alphaBar(t) - f(t) / f(0)) < 1e-12, qPrintable(QString("t %1").arg(t)));
        QVERIFY(std::abs(s.alphaBar(500) - 0.4936) < 1e-3);
        QVERIFY(std::abs(s.beta(T) - 0.999) < 1e-12); // f(T) = 0: clipped
    }

    void sigmoidKnownValues()
    {
        const int T = 1000;
        const DiffusionSchedule s(NoiseSchedule::Sigmoid, T);
        auto sig = [](double x) { return 1 / (1 + std::exp(-x)); };
        const double vs = sig(-3 / 0.9), ve = sig(3 / 0.9);
        for (int t : {1, 100, 300, 700, 950}) {
            const double want = (ve - sig((double(t) / T * 6 - 3) / 0.9)) / (ve - vs);
            QVERIFY2(std::abs(s.alphaBar(t) - want) < 1e-12, qPrintable(QString("t %1").arg(t)));
        }
        QVERIFY(std::abs(s.alphaBar(T / 2) - 0.5) < 1e-12); // symmetric about the middle
    }

    void namesAndParsing()
    {
        for (NoiseSchedule k : kKinds) {
            NoiseSchedule parsed = NoiseSchedule::Cosine;
            QVERIFY(parseSchedule(scheduleName(k), &parsed));
            QCOMPARE(parsed, k);
        }
        QCOMPARE(scheduleName(NoiseSchedule::Linear), std::string("linear"));
        QCOMPARE(scheduleName(NoiseSchedule::Cosine), std::string("cosine"));
        QCOMPARE(scheduleName(NoiseSchedule::Sigmoid), std::string("sigmoid"));
        NoiseSchedule parsed = NoiseSchedule::Linear;
        QVERIFY(parseSchedule("Sigmoid", &parsed));
        QCOMPARE(parsed, NoiseSchedule::Sigmoid);
        QVERIFY(!parseSchedule("quadratic", &parsed));
        QVERIFY(!parseSchedule("", &parsed));
        QCOMPARE(parsed, NoiseSchedule::Sigmoid);
    }

    void timestepsOutOfRangeThrow()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 DiffusionSchedule(NoiseSchedule::Cosine, kMinTimesteps - 1));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 DiffusionSchedule(NoiseSchedule::Linear, kMaxTimesteps + 1));
        QVERIFY(DiffusionSchedule(NoiseSchedule::Cosine, 1000) == DiffusionSchedule());
        QVERIFY(!(DiffusionSchedule(NoiseSchedule::Linear, 1000) == DiffusionSchedule()));
    }

    void modelSpaceRoundTrip()
    {
        FloatImage unit;
        unit.width = 3;
        unit.height = 1;
        unit.channels = 1;
        unit.values = {0.f, 0.25f, 1.f};
        const FloatImage model = toModelSpace(unit);
        QCOMPARE(model.values, (std::vector<float>{-1.f, -0.5f, 1.f}));
        QCOMPARE(model.width, 3);
        QCOMPARE(fromModelSpace(model).values, unit.values);
        FloatImage outside = model;
        outside.values = {-3.f, 0.f, 2.f};
        QCOMPARE(fromModelSpace(outside).values, (std::vector<float>{0.f, 0.5f, 1.f}));
    }

    // Both ways give x_t whose residual x_t - sqrt(ᾱ) x_0 has the standard deviation sqrt(1 - ᾱ).
    void forwardResidualMatchesSchedule_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("t");
        for (NoiseSchedule k : {NoiseSchedule::Linear, NoiseSchedule::Cosine})
            for (int t : {5, 100, 500, 1000})
                QTest::addRow("%s t %d", scheduleName(k).c_str(), t) << int(k) << t;
    }

    void forwardResidualMatchesSchedule()
    {
        QFETCH(int, kind);
        QFETCH(int, t);
        const DiffusionSchedule s(NoiseSchedule(kind), 1000);
        const FloatImage x0 = testImage(64, 3);
        const NoisedImage once = noiseInOneDraw(x0, s, t, 11);
        const NoisedImage steps = noiseStepByStep(x0, s, t, 11);
        for (const NoisedImage *n : {&once, &steps}) {
            QCOMPARE(n->t, t);
            QCOMPARE(n->signal, s.signal(t));
            QCOMPARE(n->noise, s.noise(t));
            QCOMPARE(n->xt.width, 64);
            QCOMPARE(n->xt.channels, 3);
            QVERIFY2(std::abs(n->residualStd / n->noise - 1) < 0.02,
                     qPrintable(QString("residual std %1, expected %2").arg(n->residualStd).arg(n->noise)));
            // The mean of 12288 draws of N(0, noise²): within 4 standard errors of 0.
            QVERIFY(std::abs(n->residualMean) < 4 * n->noise / std::sqrt(64.0 * 64 * 3));
            // ε is what makes x_t from x_0, and is N(0, 1).
            QVERIFY(std::abs(stdOf(n->epsilon.values) - 1) < 0.02);
        }
        // The closed form's x_t is exactly signal · x0 + noise · ε.
        const FloatImage model = toModelSpace(x0);
        for (std::size_t i = 0; i < model.values.size(); i += 97)
            QVERIFY(std::abs(once.xt.values[i] -
                             (once.signal * model.values[i] + once.noise * once.epsilon.values[i])) < 1e-5);
    }

    void forwardIsSeeded()
    {
        const DiffusionSchedule s;
        const FloatImage x0 = testImage(16, 1);
        QCOMPARE(noiseInOneDraw(x0, s, 300, 5).xt.values, noiseInOneDraw(x0, s, 300, 5).xt.values);
        QCOMPARE(noiseStepByStep(x0, s, 300, 5).xt.values, noiseStepByStep(x0, s, 300, 5).xt.values);
        QVERIFY(noiseInOneDraw(x0, s, 300, 5).xt.values != noiseInOneDraw(x0, s, 300, 6).xt.values);
        QVERIFY(noiseStepByStep(x0, s, 300, 5).xt.values != noiseStepByStep(x0, s, 300, 6).xt.values);
    }

    void forwardAtZeroIsTheImage()
    {
        const DiffusionSchedule s;
        const FloatImage x0 = testImage(8, 1);
        const FloatImage model = toModelSpace(x0);
        for (const NoisedImage &n : {noiseInOneDraw(x0, s, 0, 1), noiseStepByStep(x0, s, 0, 1)}) {
            QCOMPARE(n.xt.values, model.values);
            QCOMPARE(n.residualStd, 0.0);
            QCOMPARE(n.noise, 0.0);
        }
        // t beyond T is clamped to T.
        QCOMPARE(noiseInOneDraw(x0, s, 5000, 1).t, 1000);
    }

    void forwardRejectsEmptyImage()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 noiseInOneDraw(FloatImage{}, DiffusionSchedule(), 10, 1));
        FloatImage wrong;
        wrong.width = wrong.height = 4;
        wrong.channels = 1;
        wrong.values.resize(5);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, noiseStepByStep(wrong, DiffusionSchedule(), 10, 1));
    }
};

QTEST_APPLESS_MAIN(TestSchedule)
#include "tst_schedule.moc"
