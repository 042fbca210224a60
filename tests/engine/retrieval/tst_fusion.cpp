// Reciprocal rank fusion and weighted score fusion on hand-worked examples: weights, ties by id,
// duplicates, empty lists, constant scores and the argument checks.
#include "engine/retrieval/fusion.h"

#include <QtTest>

#include <cmath>

using namespace genlab::engine::retrieval;

namespace {

bool near(double a, double b) { return std::abs(a - b) < 1e-12; }

} // namespace

class TestFusion : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reciprocalRankByHand()
    {
        const RankedList bm25{"bm25", 1.0, {{10, 9.0}, {20, 5.0}, {30, 1.0}}};
        const RankedList dense{"dense", 1.0, {{20, 0.9}, {40, 0.8}, {10, 0.1}}};
        const auto fused = reciprocalRankFusion({bm25, dense});
        // 10: 1/61 + 1/63, 20: 1/62 + 1/61, 30: 1/63, 40: 1/62.
        QCOMPARE(fused.size(), std::size_t(4));
        QCOMPARE(fused[0].chunk, ChunkId(20));
        QVERIFY(near(fused[0].score, 1.0 / 62 + 1.0 / 61));
        QCOMPARE(fused[1].chunk, ChunkId(10));
        QVERIFY(near(fused[1].score, 1.0 / 61 + 1.0 / 63));
        QCOMPARE(fused[2].chunk, ChunkId(40));
        QCOMPARE(fused[3].chunk, ChunkId(30));
        QVERIFY(near(fused[3].score, 1.0 / 63));
    }

    void weightsAndK()
    {
        const RankedList a{"bm25", 2.0, {{1, 3.0}, {2, 2.0}}};
        const RankedList b{"dense", 0.5, {{2, 1.0}, {1, 0.5}}};
        const auto fused = reciprocalRankFusion({a, b}, 0);
        // k = 0: 1: 2/1 + 0.5/2 = 2.25, 2: 2/2 + 0.5/1 = 1.5.
        QCOMPARE(fused[0].chunk, ChunkId(1));
        QVERIFY(near(fused[0].score, 2.25));
        QVERIFY(near(fused[1].score, 1.5));
        // Weight 0 switches a retriever off; its chunks still appear with score 0, after the rest.
        const auto off = reciprocalRankFusion({RankedList{"bm25", 0.0, {{5, 1.0}}}, RankedList{"dense", 1.0, {{6, 1.0}}}});
        QCOMPARE(off[0].chunk, ChunkId(6));
        QCOMPARE(off[1].score, 0.0);
    }

    void tiesDuplicatesAndEmpty()
    {
        const auto tied = reciprocalRankFusion({RankedList{"a", 1.0, {{7, 1.0}}}, RankedList{"b", 1.0, {{3, 1.0}}}});
        QCOMPARE(tied[0].chunk, ChunkId(3));
        QCOMPARE(tied[1].chunk, ChunkId(7));
        const auto dup = reciprocalRankFusion({RankedList{"a", 1.0, {{7, 2.0}, {7, 1.0}, {8, 0.5}}}});
        QCOMPARE(dup.size(), std::size_t(2));
        QVERIFY(near(dup[0].score, 1.0 / 61));
        QVERIFY(near(dup[1].score, 1.0 / 63));
        QVERIFY(reciprocalRankFusion({}).empty());
        QVERIFY(weightedScoreFusion({RankedList{}}).empty());
    }

    void weightedScoresByHand()
    {
        const RankedList bm25{"bm25", 1.0, {{1, 12.0}, {2, 8.0}, {3, 4.0}}};
        const RankedList dense{"dense", 2.0, {{3, 0.9}, {4, 0.7}, {1, 0.4}}};
        const auto fused = weightedScoreFusion({bm25, dense});
        // bm25 norm: 1 -> 1, 2 -> 0.5, 3 -> 0; dense norm: 3 -> 1, 4 -> 0.6, 1 -> 0.
        // 1: 1, 2: 0.5, 3: 2, 4: 1.2.
        QCOMPARE(fused.size(), std::size_t(4));
        QCOMPARE(fused[0].chunk, ChunkId(3));
        QVERIFY(near(fused[0].score, 2.0));
        QCOMPARE(fused[1].chunk, ChunkId(4));
        QVERIFY(near(fused[1].score, 1.2));
        QCOMPARE(fused[2].chunk, ChunkId(1));
        QVERIFY(near(fused[2].score, 1.0));
        QCOMPARE(fused[3].chunk, ChunkId(2));
        QVERIFY(near(fused[3].score, 0.5));
        // A list of equal scores counts each chunk fully.
        const auto flat = weightedScoreFusion({RankedList{"a", 0.5, {{9, 3.0}, {8, 3.0}}}});
        QCOMPARE(flat[0].chunk, ChunkId(8));
        QVERIFY(near(flat[0].score, 0.5));
        QVERIFY(near(flat[1].score, 0.5));
    }

    void badArgumentsAreRefused()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, reciprocalRankFusion({RankedList{"a", -1.0, {}}}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, reciprocalRankFusion({RankedList{"a", NAN, {}}}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, reciprocalRankFusion({}, -5));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, weightedScoreFusion({RankedList{"a", 1.0, {{1, INFINITY}}}}));
        try {
            weightedScoreFusion({RankedList{"dense", -2.0, {}}});
            QFAIL("negative weight accepted");
        } catch (const std::invalid_argument &e) {
            QVERIFY(QString::fromUtf8(e.what()).contains(QStringLiteral("dense")));
        }
    }
};

QTEST_APPLESS_MAIN(TestFusion)
#include "tst_fusion.moc"
