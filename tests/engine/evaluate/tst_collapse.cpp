// The collapse flag (engine/evaluate/collapse.h): when it is raised, its evidence, when it clears.
#include "engine/evaluate/collapse.h"

#include <QtTest>

using namespace genlab::engine::evaluate;

namespace {

std::vector<CoveragePoint> coverage(std::initializer_list<std::pair<std::int64_t, int>> points, int total = 10)
{
    std::vector<CoveragePoint> out;
    for (const auto &[step, covered] : points)
        out.push_back({step, covered, total, -1});
    return out;
}

} // namespace

class TestCollapse : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void healthyCoverageRaisesNothing()
    {
        QVERIFY(!detectCollapse({}));
        QVERIFY(!detectCollapse(coverage({{250, 8}, {500, 10}, {750, 9}, {1000, 10}})));
    }

    void aLastingDropIsFlaggedFromItsFirstStep()
    {
        // Good coverage, then down to 3 classes from step 1,200 and it stays there.
        const auto flag = detectCollapse(coverage({{400, 9}, {800, 10}, {1200, 3}, {1600, 2}, {2000, 3}}));
        QVERIFY(flag);
        QVERIFY(flag->active());
        QCOMPARE(flag->since, std::int64_t(1200));
        QCOMPARE(flag->lastStep, std::int64_t(2000));
        // The stretch's best coverage: 3 classes, so 7 absent all along.
        QCOMPARE(flag->classesCovered, 3);
        QCOMPARE(QString::fromStdString(flag->evidence), QStringLiteral("7 of 10 classes absent since step 1,200"));
        QVERIFY(flag->clearedText.empty());
    }

    void oneBadEvaluationIsNotACollapse()
    {
        QVERIFY(!detectCollapse(coverage({{250, 2}, {500, 9}, {750, 10}})));
        // ... unless the caller asks for a single one.
        CollapseOptions o;
        o.minEvaluations = 1;
        const auto flag = detectCollapse(coverage({{250, 2}, {500, 9}, {750, 10}}), o);
        QVERIFY(flag);
        QCOMPARE(flag->since, std::int64_t(250));
    }

    void recoveryClearsTheFlag()
    {
        const auto flag = detectCollapse(coverage({{500, 10}, {1000, 1}, {1500, 1}, {2000, 9}, {2500, 10}}));
        QVERIFY(flag);
        QVERIFY(!flag->active());
        QCOMPARE(flag->clearedAt.value(), std::int64_t(2000));
        QCOMPARE(QString::fromStdString(flag->evidence), QStringLiteral("9 of 10 classes absent since step 1,000"));
        QCOMPARE(QString::fromStdString(flag->clearedText), QStringLiteral("cleared at step 2,000: 9 of 10 classes present"));
    }

    void theLatestOfSeveralEpisodesIsReported()
    {
        const auto series = coverage({{100, 2}, {200, 2}, {300, 10}, {400, 4}, {500, 5}, {600, 3}});
        const auto all = collapseEpisodes(series);
        QCOMPARE(int(all.size()), 2);
        QCOMPARE(all[0].clearedAt.value(), std::int64_t(300));
        const auto flag = detectCollapse(series);
        QVERIFY(flag && flag->active());
        QCOMPARE(flag->since, std::int64_t(400));
        QCOMPARE(flag->classesCovered, 5); // the stretch's best: 5 absent throughout
        QCOMPARE(QString::fromStdString(flag->evidence), QStringLiteral("5 of 10 classes absent since step 400"));
    }

    void thresholdIsHalfTheClasses()
    {
        QVERIFY(detectCollapse(coverage({{1, 5}, {2, 5}})));  // 5 of 10 covered: collapsed
        QVERIFY(!detectCollapse(coverage({{1, 6}, {2, 6}}))); // 6 of 10: not
    }

    void unsortedInputIsSortedByStep()
    {
        const auto flag = detectCollapse(coverage({{2000, 2}, {1000, 10}, {1500, 2}}));
        QVERIFY(flag);
        QCOMPARE(flag->since, std::int64_t(1500));
    }

    void withoutClassesRecallSpeaks()
    {
        std::vector<CoveragePoint> s = {{250, 0, 0, 0.6}, {500, 0, 0, 0.05}, {750, 0, 0, 0.03}};
        const auto flag = detectCollapse(s);
        QVERIFY(flag);
        QCOMPARE(QString::fromStdString(flag->evidence), QStringLiteral("recall 0.03 since step 500"));
        // A generator that has not yet covered the data is not collapsed: recall must have fallen.
        std::vector<CoveragePoint> young = {{250, 0, 0, 0.01}, {500, 0, 0, 0.04}, {750, 0, 0, 0.3}};
        QVERIFY(!detectCollapse(young));
        young.push_back({1000, 0, 0, 0.05});
        young.push_back({1250, 0, 0, 0.02});
        QVERIFY(detectCollapse(young));
        QCOMPARE(detectCollapse(young)->since, std::int64_t(1000));
        CollapseOptions o;
        o.recallMustFall = false;
        QCOMPARE(detectCollapse(young, o)->since, std::int64_t(1000)); // the latest of two episodes
        QCOMPARE(int(collapseEpisodes(young, o).size()), 2);
        // No recall measured and no classes: never collapsed.
        std::vector<CoveragePoint> none = {{1, 0, 0, -1}, {2, 0, 0, -1}};
        QVERIFY(!detectCollapse(none));
    }

    void recallIsAddedToTheClassEvidence()
    {
        std::vector<CoveragePoint> s = {{1200, 1, 10, 0.08}, {1400, 1, 10, 0.02}};
        const auto flag = detectCollapse(s);
        QVERIFY(flag);
        QCOMPARE(QString::fromStdString(flag->evidence), QStringLiteral("9 of 10 classes absent since step 1,200, recall 0.02"));
    }

    void groupsThousands()
    {
        QCOMPARE(QString::fromStdString(groupedStep(0)), QStringLiteral("0"));
        QCOMPARE(QString::fromStdString(groupedStep(999)), QStringLiteral("999"));
        QCOMPARE(QString::fromStdString(groupedStep(1200)), QStringLiteral("1,200"));
        QCOMPARE(QString::fromStdString(groupedStep(1234567)), QStringLiteral("1,234,567"));
    }
};

QTEST_APPLESS_MAIN(TestCollapse)
#include "tst_collapse.moc"
