// T5's span corruption on plain ids: the counts T5's random_spans_noise_mask gives (its float32
// rounding, halves to even), every span non-empty and interleaved as T5 does, the input and target
// built around the sentinels in order, the same corruption for the same seed, and the edge cases.
#include "engine/masked/spancorruption.h"

#include <QtTest>

#include <cmath>
#include <numeric>
#include <set>

using namespace genlab::engine::masked;

namespace {

std::vector<int> iota(int n, int first = 100)
{
    std::vector<int> ids(static_cast<std::size_t>(n));
    std::iota(ids.begin(), ids.end(), first);
    return ids;
}

// Sentinel k is id k (the test's ids start at 100, so they never collide).
std::vector<int> sentinels(int n = 32)
{
    return iota(n, 0);
}

int countNoise(const std::vector<bool> &mask)
{
    return int(std::count(mask.begin(), mask.end(), true));
}

int countSpans(const std::vector<bool> &mask)
{
    int spans = 0;
    for (std::size_t i = 0; i < mask.size(); ++i)
        spans += mask[i] && (i == 0 || !mask[i - 1]);
    return spans;
}

} // namespace

class TestSpanCorruption : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundingIsTensorFlows()
    {
        // float32 products rounded half to even, as numpy/TensorFlow give them.
        QCOMPARE(roundHalfToEven(0.5f), 0);
        QCOMPARE(roundHalfToEven(1.5f), 2);
        QCOMPARE(roundHalfToEven(2.5f), 2);
        QCOMPARE(roundHalfToEven(3.5f), 4);
        QCOMPARE(roundHalfToEven(2.4999f), 2);
        QCOMPARE(roundHalfToEven(2.5001f), 3);
    }

    void countsAreT5s_data()
    {
        QTest::addColumn<int>("length");
        QTest::addColumn<double>("density");
        QTest::addColumn<double>("mean");
        QTest::addColumn<int>("noise");
        QTest::addColumn<int>("spans");
        // noise = round(length * density) in float32, halves to even; spans = round(noise / mean).
        QTest::newRow("10 at 0.15") << 10 << 0.15 << 3.0 << 2 << 1;    // 1.5 -> 2
        QTest::newRow("30 at 0.15") << 30 << 0.15 << 3.0 << 4 << 1;    // 4.5 -> 4 (to even), 4/3 -> 1
        QTest::newRow("50 at 0.15") << 50 << 0.15 << 3.0 << 8 << 3;    // 7.5000005 -> 8, 2.67 -> 3
        QTest::newRow("100 at 0.15") << 100 << 0.15 << 3.0 << 15 << 5;
        QTest::newRow("512 at 0.15") << 512 << 0.15 << 3.0 << 77 << 26;
        QTest::newRow("20 at 0.5 mean 2") << 20 << 0.5 << 2.0 << 10 << 5;
        QTest::newRow("12 at 0.5 mean 4") << 12 << 0.5 << 4.0 << 6 << 2; // 1.5 -> 2
        QTest::newRow("20 at 0.5 mean 8") << 20 << 0.5 << 8.0 << 10 << 1; // 1.25 -> 1
        QTest::newRow("mean span longer than the text") << 6 << 0.15 << 10.0 << 1 << 1;
        QTest::newRow("tiny rate clamps up to one") << 40 << 0.001 << 3.0 << 1 << 1;
        QTest::newRow("rate 1 clamps to length - 1") << 10 << 1.0 << 3.0 << 9 << 1; // 3 spans capped by 1 kept token
        QTest::newRow("rate 1, mean 1") << 8 << 1.0 << 1.0 << 7 << 1;
        QTest::newRow("rate 0.6 caps spans at kept tokens") << 10 << 0.6 << 1.0 << 6 << 4;
        QTest::newRow("two tokens") << 2 << 0.15 << 3.0 << 1 << 1;
        QTest::newRow("three tokens") << 3 << 0.15 << 3.0 << 1 << 1;
    }

    void countsAreT5s()
    {
        QFETCH(int, length);
        QFETCH(double, density);
        QFETCH(double, mean);
        QFETCH(int, noise);
        QFETCH(int, spans);
        for (std::uint64_t seed = 0; seed < 40; ++seed) {
            const SpanCorruption c = corruptSpans(iota(length), {density, mean, seed}, sentinels());
            QCOMPARE(int(c.noiseMask.size()), length);
            QCOMPARE(c.noiseTokens, noise);
            QCOMPARE(countNoise(c.noiseMask), noise);
            QCOMPARE(c.drawnSpans, spans);
            QCOMPARE(int(c.spans.size()), spans);
            QCOMPARE(countSpans(c.noiseMask), spans);
            QVERIFY(std::abs(c.expectedSpans - length * density / mean) < 1e-12);
            // T5 interleaves non-noise first and ends in noise.
            QVERIFY(!c.noiseMask.front());
            QVERIFY(c.noiseMask.back());
        }
    }

    void inputAndTargetAroundTheSentinels()
    {
        const std::vector<int> ids = iota(200);
        const std::vector<int> s = sentinels();
        for (std::uint64_t seed = 0; seed < 50; ++seed) {
            const SpanCorruption c = corruptSpans(ids, {0.15, 3.0, seed}, s, /*endId=*/99);
            const int n = c.drawnSpans;
            // Exact lengths: each span becomes one sentinel in the input; the target holds every
            // noise token, a sentinel per span, the closing sentinel and the end token.
            QCOMPARE(int(c.inputIds.size()), 200 - c.noiseTokens + n + 1);
            QCOMPARE(int(c.targetIds.size()), c.noiseTokens + n + 1 + 1);
            QCOMPARE(c.inputIds.back(), 99);
            QCOMPARE(c.targetIds.back(), 99);
            int covered = 0;
            for (int k = 0; k < n; ++k) {
                const NoiseSpan &span = c.spans[std::size_t(k)];
                QVERIFY(span.length() >= 1);
                if (k > 0)
                    QVERIFY(span.begin > c.spans[std::size_t(k - 1)].end); // kept tokens between spans
                for (int i = span.begin; i < span.end; ++i)
                    QVERIFY(c.noiseMask[std::size_t(i)]);
                covered += span.length();
            }
            QCOMPARE(covered, c.noiseTokens);

            // Sentinels in order in both; rebuilding the text from input + target gives the ids back.
            std::vector<int> inputSentinels, targetSentinels;
            for (int id : c.inputIds)
                if (id < 32)
                    inputSentinels.push_back(id);
            for (int id : c.targetIds)
                if (id < 32)
                    targetSentinels.push_back(id);
            QCOMPARE(inputSentinels, sentinels(n));
            QCOMPARE(targetSentinels, sentinels(n + 1));
            QCOMPARE(c.targetIds.front(), 0);
            std::vector<int> rebuilt;
            for (int id : std::vector<int>(c.inputIds.begin(), c.inputIds.end() - 1)) {
                if (id >= 32) {
                    rebuilt.push_back(id);
                    continue;
                }
                auto at = std::find(c.targetIds.begin(), c.targetIds.end(), id);
                for (++at; at != c.targetIds.end() && *at >= 32 && *at != 99; ++at)
                    rebuilt.push_back(*at);
            }
            QCOMPARE(rebuilt, ids);
        }
    }

    void spanLengthsAverageTheMean()
    {
        // 512 tokens at 0.15 and mean 3: 77 noise tokens in 26 spans, mean 2.96; the spans'
        // lengths vary (T5 draws them, it does not cut equal pieces).
        std::set<int> lengths;
        for (std::uint64_t seed = 0; seed < 20; ++seed) {
            const SpanCorruption c = corruptSpans(iota(512), {0.15, 3.0, seed}, sentinels());
            for (const NoiseSpan &s : c.spans)
                lengths.insert(s.length());
        }
        QVERIFY(lengths.size() >= 5);
        QCOMPARE(*lengths.begin(), 1);
    }

    void sameSeedSameCorruption()
    {
        const std::vector<int> ids = iota(300);
        const SpanCorruption a = corruptSpans(ids, {0.15, 3.0, 42}, sentinels());
        const SpanCorruption b = corruptSpans(ids, {0.15, 3.0, 42}, sentinels());
        QCOMPARE(a.noiseMask, b.noiseMask);
        QCOMPARE(a.inputIds, b.inputIds);
        QCOMPARE(a.targetIds, b.targetIds);
        const SpanCorruption other = corruptSpans(ids, {0.15, 3.0, 43}, sentinels());
        QVERIFY(other.noiseMask != a.noiseMask);
        // Pinned: the stream is our own splitmix64, the same on every platform and compiler.
        const std::vector<NoiseSpan> pinned = corruptSpans(iota(40), {0.15, 3.0, 7}, sentinels()).spans;
        const std::vector<NoiseSpan> again = corruptSpans(iota(40), {0.15, 3.0, 7}, sentinels()).spans;
        QCOMPARE(pinned, again);
        QCOMPARE(int(pinned.size()), 2); // round(40 * 0.15) = 6 noise tokens, 2 spans
        QCOMPARE(pinned.back().end, 40); // T5 ends in noise
    }

    void edgeCases()
    {
        // Nothing to corrupt.
        const SpanCorruption empty = corruptSpans({}, {}, sentinels(), 99);
        QVERIFY(empty.spans.empty());
        QCOMPARE(empty.inputIds, std::vector<int>({99}));
        QCOMPARE(empty.targetIds, std::vector<int>({0, 99}));

        // One token: T5 draws a mask for two and keeps the first, so nothing is noise.
        const SpanCorruption one = corruptSpans({500}, {0.15, 3.0, 1}, sentinels());
        QCOMPARE(one.drawnSpans, 0);
        QCOMPARE(one.inputIds, std::vector<int>({500}));
        QCOMPARE(one.targetIds, std::vector<int>({0}));
        QVERIFY(one.expectedSpans > 0.04 && one.expectedSpans < 0.06);

        // Two tokens: the second is the span.
        const SpanCorruption two = corruptSpans({500, 501}, {0.15, 3.0, 1}, sentinels());
        QCOMPARE(two.inputIds, std::vector<int>({500, 0}));
        QCOMPARE(two.targetIds, std::vector<int>({0, 501, 1}));

        // A rate of exactly 0 corrupts nothing (T5's special case); rate 1 keeps one token.
        const SpanCorruption none = corruptSpans(iota(20), {0.0, 3.0, 1}, sentinels());
        QCOMPARE(none.drawnSpans, 0);
        QCOMPARE(none.inputIds, iota(20));
        const SpanCorruption all = corruptSpans(iota(20), {1.0, 3.0, 1}, sentinels());
        QCOMPARE(all.noiseTokens, 19);
        QCOMPARE(all.inputIds, std::vector<int>({100, 0}));

        // Bad options and too few sentinels are refused with the numbers.
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, corruptSpans(iota(5), {1.5, 3.0, 1}, sentinels()));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, corruptSpans(iota(5), {0.15, 0.5, 1}, sentinels()));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, corruptSpans(iota(5), {std::nan(""), 3.0, 1}, sentinels()));
        try {
            corruptSpans(iota(1000), {0.15, 3.0, 1}, sentinels(8));
            QFAIL("expected a refusal");
        } catch (const std::invalid_argument &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("50 spans need 51 sentinels")), e.what());
        }
        QCOMPARE(QString::fromStdString(sentinelToken(3)), QStringLiteral("<extra_id_3>"));
    }

    void givenMask()
    {
        const std::vector<bool> mask = {false, true, true, false, false, true};
        const SpanCorruption c = corruptWithMask({10, 11, 12, 13, 14, 15}, mask, {0, 1, 2});
        QCOMPARE(c.inputIds, std::vector<int>({10, 0, 13, 14, 1}));
        QCOMPARE(c.targetIds, std::vector<int>({0, 11, 12, 1, 15, 2}));
        QCOMPARE(c.spans, std::vector<NoiseSpan>({{1, 3}, {5, 6}}));
    }
};

QTEST_APPLESS_MAIN(TestSpanCorruption)
#include "tst_spancorruption.moc"
