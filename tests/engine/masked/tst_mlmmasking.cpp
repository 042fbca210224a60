// BERT's masking rule: 15 % of the candidates chosen, 80/10/10 over many draws, specials never
// touched, whole words kept together, the same seed gives the same masks, bad options refused.
#include "engine/masked/mlmmasking.h"

#include <QtTest>

#include <algorithm>
#include <set>
#include <stdexcept>

using namespace genlab::engine::masked;

namespace {

// [PAD]=0 [UNK]=1 [CLS]=2 [SEP]=3 [MASK]=4, ordinary tokens 5..99.
MaskingVocabulary vocab()
{
    return MaskingVocabulary{4, 100, {0, 1, 2, 3, 4}};
}

std::vector<int> sequence(int length, std::uint64_t salt)
{
    std::vector<int> ids{2};
    for (int i = 0; i < length; ++i)
        ids.push_back(5 + int((salt * 31 + std::uint64_t(i) * 17) % 95));
    ids.push_back(3);
    return ids;
}

} // namespace

class TestMlmMasking : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void statisticsMatchTheRule()
    {
        MaskingCounts counts;
        for (std::uint64_t seed = 0; seed < 4000; ++seed) {
            const int length = 5 + int(seed % 60);
            const auto ids = sequence(length, seed);
            const MaskedSequence m = applyMasking(ids, vocab(), MaskingOptions{}, seed);
            counts.add(m, length);
            QVERIFY(!m.targets.empty());
            // Targets ascend, never [CLS]/[SEP], and the sequence changed only there.
            for (std::size_t i = 0; i < m.targets.size(); ++i) {
                const MaskTarget &t = m.targets[i];
                QVERIFY(t.position > 0 && t.position <= length);
                QVERIFY(i == 0 || m.targets[i - 1].position < t.position);
                QCOMPARE(t.original, ids[std::size_t(t.position)]);
                QCOMPARE(m.ids[std::size_t(t.position)], t.replacement);
                if (t.action == MaskAction::Masked)
                    QCOMPARE(t.replacement, 4);
                if (t.action == MaskAction::Kept)
                    QCOMPARE(t.replacement, t.original);
                if (t.action == MaskAction::Random)
                    QVERIFY(t.replacement >= 5 && t.replacement < 100);
            }
            QCOMPARE(m.ids.front(), 2);
            QCOMPARE(m.ids.back(), 3);
        }
        QVERIFY2(std::abs(counts.chosenRate() - 0.15) < 0.01, qPrintable(QString::number(counts.chosenRate())));
        QVERIFY2(std::abs(counts.maskedShare() - 0.8) < 0.02, qPrintable(QString::number(counts.maskedShare())));
        QVERIFY2(std::abs(counts.randomShare() - 0.1) < 0.015, qPrintable(QString::number(counts.randomShare())));
        QVERIFY2(std::abs(counts.keptShare() - 0.1) < 0.015, qPrintable(QString::number(counts.keptShare())));
    }

    void ratesAreAdjustable()
    {
        MaskingOptions o;
        o.rate = 0.4;
        o.maskFraction = 1.0;
        o.randomFraction = 0.0;
        MaskingCounts counts;
        for (std::uint64_t seed = 0; seed < 500; ++seed) {
            const auto m = applyMasking(sequence(50, seed), vocab(), o, seed);
            counts.add(m, 50);
        }
        QVERIFY(std::abs(counts.chosenRate() - 0.4) < 0.01);
        QCOMPARE(counts.masked, counts.chosen);

        o.rate = 0;
        QVERIFY(applyMasking(sequence(50, 1), vocab(), o, 1).targets.empty());
    }

    void sameSeedSameMasks()
    {
        const auto ids = sequence(40, 9);
        const MaskedSequence a = applyMasking(ids, vocab(), {}, 77);
        const MaskedSequence b = applyMasking(ids, vocab(), {}, 77);
        const MaskedSequence c = applyMasking(ids, vocab(), {}, 78);
        QCOMPARE(a.ids, b.ids);
        QCOMPARE(a.targets.size(), b.targets.size());
        QVERIFY(a.ids != c.ids);
        // The stream is pinned (mt19937_64 with hand-made mappings): these positions on every platform.
        std::vector<int> positions;
        for (const auto &t : a.targets)
            positions.push_back(t.position);
        QCOMPARE(positions, (std::vector<int>{4, 12, 14, 28, 30, 33}));
        QCOMPARE(a.targets[0].action, MaskAction::Random);
        QCOMPARE(a.targets[0].replacement, 55);
    }

    void wholeWordsStayTogether()
    {
        // Words of 1-3 pieces; position 0 and the last are [CLS]/[SEP] (word -1).
        std::vector<int> ids{2}, words{-1};
        int word = 0;
        for (int i = 0; i < 60; ++word) {
            const int pieces = 1 + word % 3;
            for (int k = 0; k < pieces; ++k, ++i) {
                ids.push_back(5 + (i * 7) % 90);
                words.push_back(word);
            }
        }
        ids.push_back(3);
        words.push_back(-1);
        MaskingOptions o;
        o.wholeWord = true;
        MaskingCounts counts;
        for (std::uint64_t seed = 0; seed < 1000; ++seed) {
            const MaskedSequence m = applyMasking(ids, vocab(), o, seed, words);
            counts.add(m, 60);
            std::set<int> chosenWords;
            std::set<int> chosenPositions;
            for (const auto &t : m.targets) {
                chosenWords.insert(words[std::size_t(t.position)]);
                chosenPositions.insert(t.position);
            }
            // Every piece of a chosen word is chosen.
            for (std::size_t i = 0; i < ids.size(); ++i)
                if (chosenWords.count(words[i]))
                    QVERIFY(chosenPositions.count(int(i)));
        }
        QVERIFY2(std::abs(counts.chosenRate() - 0.15) < 0.02, qPrintable(QString::number(counts.chosenRate())));

        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, applyMasking(ids, vocab(), o, 1, {1, 2}));
    }

    void badInputIsRefused()
    {
        MaskingOptions o;
        o.maskFraction = 0.95;
        o.randomFraction = 0.1;
        try {
            applyMasking(sequence(10, 1), vocab(), o, 1);
            QFAIL("no exception");
        } catch (const std::invalid_argument &e) {
            QVERIFY(QString::fromUtf8(e.what()).contains(QStringLiteral("more than 1")));
        }
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, applyMasking(sequence(10, 1), MaskingVocabulary{-1, 100, {}}, {}, 1));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 applyMasking(sequence(10, 1), MaskingVocabulary{0, 1, {0}}, {}, 1));
        // Nothing to mask: only specials.
        QVERIFY(applyMasking({2, 4, 3}, vocab(), {}, 1).targets.empty());
        QCOMPARE(QString::fromLatin1(maskActionName(MaskAction::Random)), QStringLiteral("random"));
    }
};

QTEST_APPLESS_MAIN(TestMlmMasking)
#include "tst_mlmmasking.moc"
