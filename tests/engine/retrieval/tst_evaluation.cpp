// Ranking metrics on hand-worked examples: recall@k, reciprocal rank, nDCG@k (binary gains, log2
// discount), duplicates, empty labels, and the mean over queries.
#include "engine/retrieval/evaluation.h"

#include <QtTest>

#include <cmath>

using namespace genlab::engine::retrieval;

namespace {

bool near(double a, double b) { return std::abs(a - b) < 1e-12; }

} // namespace

class TestEvaluation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recall()
    {
        const std::vector<ChunkId> ranked{5, 3, 9, 1, 7};
        const std::set<ChunkId> relevant{3, 7, 42};
        QVERIFY(near(recallAtK(ranked, relevant, 1), 0.0));
        QVERIFY(near(recallAtK(ranked, relevant, 2), 1.0 / 3));
        QVERIFY(near(recallAtK(ranked, relevant, 5), 2.0 / 3));
        QVERIFY(near(recallAtK(ranked, relevant, 100), 2.0 / 3));
        QCOMPARE(recallAtK(ranked, relevant, 0), 0.0);
        QCOMPARE(recallAtK(ranked, {}, 5), 0.0);
        // A chunk listed twice counts once and takes a single slot.
        QVERIFY(near(recallAtK({3, 3, 7}, relevant, 2), 2.0 / 3));
    }

    void reciprocalRanks()
    {
        QVERIFY(near(reciprocalRank({5, 3, 9}, {3, 9}), 0.5));
        QVERIFY(near(reciprocalRank({3}, {3}), 1.0));
        QCOMPARE(reciprocalRank({1, 2}, {3}), 0.0);
        QCOMPARE(reciprocalRank({}, {3}), 0.0);
    }

    void ndcg()
    {
        // Relevant at ranks 2 and 4 of 3 relevant: DCG = 1/log2(3) + 1/log2(5);
        // ideal = 1 + 1/log2(3) + 1/log2(4).
        const std::vector<ChunkId> ranked{1, 2, 3, 4, 5};
        const std::set<ChunkId> relevant{2, 4, 99};
        const double dcg = 1 / std::log2(3.0) + 1 / std::log2(5.0);
        const double ideal = 1 + 1 / std::log2(3.0) + 0.5;
        QVERIFY(near(ndcgAtK(ranked, relevant, 10), dcg / ideal));
        // At k = 2 the ideal has two gains.
        QVERIFY(near(ndcgAtK(ranked, relevant, 2), (1 / std::log2(3.0)) / (1 + 1 / std::log2(3.0))));
        QVERIFY(near(ndcgAtK({2, 4}, {2, 4}, 10), 1.0));
        QCOMPARE(ndcgAtK(ranked, {}, 10), 0.0);
        QCOMPARE(ndcgAtK(ranked, relevant, 0), 0.0);
        QVERIFY(near(ndcgAtK({2, 2, 4}, {2, 4}, 10), 1.0));
    }

    void meanOverQueries()
    {
        const std::vector<std::vector<ChunkId>> rankings{{1, 2, 3}, {4, 5, 6}, {7}};
        const std::vector<std::set<ChunkId>> relevant{{1}, {6}, {}};
        const RetrievalMetrics m = meanMetrics(rankings, relevant);
        QCOMPARE(m.queries, 2); // the unlabelled third query is skipped
        QVERIFY(near(m.recallAt5, 1.0));
        QVERIFY(near(m.recallAt10, 1.0));
        QVERIFY(near(m.mrr, (1.0 + 1.0 / 3) / 2));
        QVERIFY(near(m.ndcgAt10, (1.0 + 0.5) / 2));
        const RetrievalMetrics one = evaluateQuery({9, 8}, {8});
        QVERIFY(near(one.mrr, 0.5));
        QCOMPARE(one.queries, 1);
        QCOMPARE(meanMetrics({}, {}).queries, 0);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, meanMetrics(rankings, {{1}}));
        QCOMPARE(idsOf({{4, 1.0}, {2, 0.5}}), (std::vector<ChunkId>{4, 2}));
    }
};

QTEST_APPLESS_MAIN(TestEvaluation)
#include "tst_evaluation.moc"
