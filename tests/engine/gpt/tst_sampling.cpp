// The sampling pipeline on hand-made logits: each stage against its definition, the draw, seeds.
#include "engine/gpt/sampling.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

using namespace genlab::engine::gpt;

namespace {

std::vector<double> softmax(const std::vector<double> &z)
{
    const double m = *std::max_element(z.begin(), z.end());
    std::vector<double> p(z.size());
    double sum = 0;
    for (std::size_t i = 0; i < z.size(); ++i)
        sum += p[i] = std::exp(z[i] - m);
    for (double &v : p)
        v /= sum;
    return p;
}

std::vector<float> logitsOf(const std::vector<double> &probabilities)
{
    std::vector<float> z;
    for (double p : probabilities)
        z.push_back(float(std::log(p)));
    return z;
}

int nonZero(const std::vector<double> &p)
{
    return int(std::count_if(p.begin(), p.end(), [](double v) { return v > 0; }));
}

std::vector<float> randomLogits(int n, unsigned seed)
{
    std::mt19937 gen(seed);
    std::normal_distribution<float> normal(0, 2);
    std::vector<float> z(static_cast<std::size_t>(n));
    for (auto &v : z)
        v = normal(gen);
    return z;
}

} // namespace

class TestSampling : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rawStageIsSoftmax()
    {
        const std::vector<float> z{2, 1, 0, -1, 0.5f};
        auto stages = samplingStages(z, {}, SamplingSettings{});
        QCOMPARE(int(stages.size()), 5);
        const auto expected = softmax({2, 1, 0, -1, 0.5});
        for (std::size_t i = 0; i < z.size(); ++i)
            QVERIFY(std::abs(stages[0][i] - expected[i]) < 1e-7);
        // Everything off: every stage is the raw distribution.
        for (const auto &s : stages)
            QCOMPARE(s, stages[0]);
    }

    void temperatureDividesLogits()
    {
        const std::vector<float> z{2, 1, 0, -1};
        for (double t : {0.5, 2.0}) {
            SamplingSettings s;
            s.temperature = t;
            auto stages = samplingStages(z, {}, s);
            const auto expected = softmax({2 / t, 1 / t, 0, -1 / t});
            for (std::size_t i = 0; i < z.size(); ++i)
                QVERIFY(std::abs(stages[2][i] - expected[i]) < 1e-7);
        }
        // Lower temperature sharpens.
        SamplingSettings cold;
        cold.temperature = 0.5;
        QVERIFY(samplingStages(z, {}, cold)[2][0] > samplingStages(z, {}, SamplingSettings{})[2][0]);
    }

    void repetitionPenaltyFollowsHuggingFace()
    {
        // Seen tokens: positive logits divided, negative multiplied, once however often they were seen.
        const std::vector<float> z{2.0f, -1.0f, 0.5f, 3.0f};
        SamplingSettings s;
        s.repetitionPenalty = 2.0;
        auto stages = samplingStages(z, {0, 1, 1, 1, 99 /* out of range: ignored */}, s);
        const auto expected = softmax({1.0, -2.0, 0.5, 3.0});
        for (std::size_t i = 0; i < z.size(); ++i)
            QVERIFY(std::abs(stages[1][i] - expected[i]) < 1e-7);
        const auto raw = softmax({2.0, -1.0, 0.5, 3.0});
        for (std::size_t i = 0; i < z.size(); ++i)
            QVERIFY(std::abs(stages[0][i] - raw[i]) < 1e-7);
    }

    void topKKeepsExactlyK()
    {
        const auto z = randomLogits(200, 1);
        for (int k : {1, 5, 37}) {
            SamplingSettings s;
            s.topK = k;
            auto stages = samplingStages(z, {}, s);
            QCOMPARE(nonZero(stages[3]), k);
            // They are the k largest, and their ratios are unchanged (renormalised).
            std::vector<float> sorted = z;
            std::sort(sorted.begin(), sorted.end(), std::greater<>());
            const float kth = sorted[std::size_t(k - 1)];
            double sum = 0;
            for (std::size_t i = 0; i < z.size(); ++i) {
                QCOMPARE(stages[3][i] > 0, z[i] >= kth);
                sum += stages[3][i];
            }
            QVERIFY(std::abs(sum - 1) < 1e-12);
        }
        // Ties go to the lower id, so exactly k survive even then.
        SamplingSettings s;
        s.topK = 2;
        auto tied = samplingStages({1, 3, 3, 3, 0}, {}, s);
        QCOMPARE(nonZero(tied[3]), 2);
        QVERIFY(tied[3][1] > 0 && tied[3][2] > 0 && tied[3][3] == 0);
        // k larger than the vocabulary: nothing removed.
        s.topK = 50;
        QCOMPARE(nonZero(samplingStages({1, 2, 3}, {}, s)[3]), 3);
    }

    void topPKeepsTheSmallestSetWithEnoughMass()
    {
        const std::vector<double> p{0.05, 0.5, 0.15, 0.2, 0.1};
        const auto z = logitsOf(p);
        auto keptFor = [&](double topP) {
            SamplingSettings s;
            s.topP = topP;
            const auto stages = samplingStages(z, {}, s);
            std::vector<int> kept;
            for (int i = 0; i < 5; ++i)
                if (stages[4][std::size_t(i)] > 0)
                    kept.push_back(i);
            return kept;
        };
        QCOMPARE(keptFor(0.3), (std::vector<int>{1}));
        QCOMPARE(keptFor(0.6), (std::vector<int>{1, 3}));
        QCOMPARE(keptFor(0.8), (std::vector<int>{1, 2, 3}));
        QCOMPARE(keptFor(0.9), (std::vector<int>{1, 2, 3, 4}));
        QCOMPARE(keptFor(0.99), (std::vector<int>{0, 1, 2, 3, 4}));

        // The definition on random distributions: mass >= p, and without its least likely member < p.
        for (unsigned seed = 0; seed < 20; ++seed) {
            const auto logits = randomLogits(300, seed);
            const double topP = 0.05 + 0.9 * seed / 20.0;
            SamplingSettings s;
            s.topP = topP;
            const auto stages = samplingStages(logits, {}, s);
            double mass = 0, smallest = 1;
            for (std::size_t i = 0; i < logits.size(); ++i)
                if (stages[4][i] > 0) {
                    mass += stages[3][i];
                    smallest = std::min(smallest, stages[3][i]);
                }
            QVERIFY(mass >= topP - 1e-12);
            QVERIFY(mass - smallest < topP);
        }
    }

    void minPDropsTokensBelowAFractionOfTheBest()
    {
        const std::vector<double> p{0.5, 0.2, 0.15, 0.1, 0.05};
        SamplingSettings s;
        s.minP = 0.25; // threshold 0.125
        const auto stages = samplingStages(logitsOf(p), {}, s);
        QVERIFY(stages[4][0] > 0 && stages[4][1] > 0 && stages[4][2] > 0);
        QCOMPARE(stages[4][3], 0.0);
        QCOMPARE(stages[4][4], 0.0);
        QVERIFY(std::abs(stages[4][0] - 0.5 / 0.85) < 1e-6);
    }

    void greedyTakesTheMostLikelyAfterPenalties()
    {
        const std::vector<float> z{2.0f, 2.5f, 0.0f};
        SamplingSettings s;
        s.greedy = true;
        s.temperature = 5; // ignored by the choice
        TokenTrace t = Sampler::pick(z.data(), 3, {}, s, -1);
        QCOMPARE(t.id, 1);
        QCOMPARE(t.randomDraw, -1.0f);
        s.repetitionPenalty = 1.5; // 2.5 -> 1.67 < 2.0
        t = Sampler::pick(z.data(), 3, {1}, s, -1);
        QCOMPARE(t.id, 0);
        QCOMPARE(t.rankInRaw, 1);
        Sampler sampler(s);
        QVERIFY(sampler.isGreedy());
        QCOMPARE(sampler.next(z.data(), 3, {}).id, 1);
    }

    void drawExplainsTheChoice()
    {
        // 35 % vs 4 %: a draw in the 4 % token's slice picks it, and the numbers say why.
        const std::vector<double> p{0.35, 0.30, 0.20, 0.07, 0.04, 0.04};
        const auto z = logitsOf(p);
        SamplingSettings s;
        // Order: 0 (.35), 1 (.30), 2 (.20), 3 (.07), 4 (.04), 5 (.04; tie, higher id last).
        TokenTrace t = Sampler::pick(z.data(), 6, {}, s, 0.93f);
        QCOMPARE(t.id, 4);
        QVERIFY(std::abs(t.cumulativeBefore - 0.92f) < 1e-6);
        QVERIFY(std::abs(t.probability - 0.04f) < 1e-6);
        QCOMPARE(t.randomDraw, 0.93f);
        QCOMPARE(t.rankInRaw, 4);
        QCOMPARE(Sampler::pick(z.data(), 6, {}, s, 0.0f).id, 0);
        QCOMPARE(Sampler::pick(z.data(), 6, {}, s, 0.34f).id, 0);
        QCOMPARE(Sampler::pick(z.data(), 6, {}, s, 0.36f).id, 1);
        QCOMPARE(Sampler::pick(z.data(), 6, {}, s, 0.999f).id, 5);

        // For any draw, the stored numbers satisfy the inequality exactly.
        const auto logits = randomLogits(1000, 3);
        Sampler sampler(SamplingSettings{});
        for (int i = 0; i < 500; ++i) {
            TokenTrace tr = sampler.next(logits.data(), 1000, {});
            QVERIFY(tr.randomDraw >= 0 && tr.randomDraw < 1);
            QVERIFY2(tr.cumulativeBefore <= tr.randomDraw && tr.randomDraw < tr.cumulativeBefore + tr.probability,
                     qPrintable(QStringLiteral("u %1 before %2 p %3")
                                    .arg(tr.randomDraw)
                                    .arg(tr.cumulativeBefore)
                                    .arg(tr.probability)));
        }
    }

    void filteredTokensAreNeverDrawn()
    {
        const auto logits = randomLogits(500, 9);
        SamplingSettings s;
        s.topK = 20;
        s.topP = 0.8;
        s.temperature = 0.7;
        s.seed = 5;
        Sampler sampler(s);
        for (int i = 0; i < 300; ++i) {
            TokenTrace t = sampler.next(logits.data(), 500, {});
            QVERIFY(t.probability > 0);
            QVERIFY(t.rankInRaw < 20);
        }
    }

    void sameSeedSameTokens()
    {
        const auto logits = randomLogits(100, 4);
        auto run = [&](std::uint64_t seed) {
            SamplingSettings s;
            s.seed = seed;
            s.temperature = 1.3;
            Sampler sampler(s);
            std::vector<int> ids;
            std::vector<float> draws;
            for (int i = 0; i < 50; ++i) {
                auto t = sampler.next(logits.data(), 100, ids);
                ids.push_back(t.id);
                draws.push_back(t.randomDraw);
            }
            return std::make_pair(ids, draws);
        };
        QCOMPARE(run(42), run(42));
        QVERIFY(run(42).first != run(43).first);
    }

    void traceHasEveryStage()
    {
        const auto logits = randomLogits(64, 8);
        SamplingSettings s;
        s.topK = 5;
        s.topP = 0.9;
        s.repetitionPenalty = 1.2;
        s.temperature = 0.8;
        TokenTrace t = Sampler::pick(logits.data(), 64, {1, 2, 3}, s, 0.5f);
        const QStringList names{QStringLiteral("raw logits"), QStringLiteral("penalties"), QStringLiteral("temperature"),
                                QStringLiteral("top-k"), QStringLiteral("top-p / min-p"), QStringLiteral("final")};
        QCOMPARE(int(t.stages.size()), names.size());
        for (int i = 0; i < names.size(); ++i) {
            const auto &stage = t.stages[std::size_t(i)];
            QCOMPARE(QString::fromStdString(stage.stage), names[i]);
            QVERIFY(!stage.top.empty() && stage.top.size() <= std::size_t(kTraceCandidates + 1));
            for (std::size_t j = 1; j < std::min<std::size_t>(stage.top.size(), kTraceCandidates); ++j)
                QVERIFY(stage.top[j - 1].second >= stage.top[j].second);
            QVERIFY(std::any_of(stage.top.begin(), stage.top.end(), [&](auto &c) { return c.first == t.id; }));
        }
        QVERIFY(t.stages[3].top.size() <= 5); // top-k leaves five with mass
        // Entropy and surprise of the raw distribution, in bits.
        std::vector<double> z(logits.begin(), logits.end());
        const auto p = softmax(z);
        double h = 0;
        for (double v : p)
            h -= v * std::log2(v);
        QVERIFY(std::abs(t.entropy - h) < 1e-6);
        QVERIFY(std::abs(t.surprise + std::log2(p[std::size_t(t.id)])) < 1e-6);
        QVERIFY(std::abs(t.rawProbability - p[std::size_t(t.id)]) < 1e-6);
    }

    void nonFiniteLogitsAreRefused()
    {
        std::vector<float> z{1, NAN, 0};
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, samplingStages(z, {}, SamplingSettings{}));
        z = {1, INFINITY, 0};
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, samplingStages(z, {}, SamplingSettings{}));
        z = {-INFINITY, 0, -INFINITY}; // masked tokens are fine
        QCOMPARE(samplingStages(z, {}, SamplingSettings{})[0][1], 1.0);
    }

    void stopSequencesAreFoundOnce()
    {
        QCOMPARE(findStopSequence("to be or not", {"or", "be"}), std::size_t(3));
        QCOMPARE(findStopSequence("to be or not", {"xyz", ""}), std::string::npos);
        QCOMPARE(findStopSequence("to be or not to be", {"be"}, 4), std::size_t(16));
        QCOMPARE(findStopSequence("", {"a"}), std::string::npos);
    }
};

QTEST_APPLESS_MAIN(TestSampling)
#include "tst_sampling.moc"
