// `genlab tune dpo|ppo` as a user runs it: a short run prints the JSON contract
// {"reward_before", "reward_after", "kl", "win_rate"} (with its curve and samples), and bad options
// are refused with exit code 2 and a message naming them.
#include "clirun.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

namespace {

using Run = genlab::testing::GenlabRun;

Run runTune(const QStringList &args, int timeoutMs = 120000)
{
    return genlab::testing::runGenlab(QStringList{QStringLiteral("tune")} + args, timeoutMs,
                                      genlab::testing::Display::None);
}

bool shippedModelExists()
{
    return QFileInfo::exists(QStringLiteral(GENLAB_SOURCE_DIR "/resources/models/lm-shakespeare-bpe/model.safetensors"));
}

} // namespace

class TestTunePreferenceCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dpoJsonHasTheFourFigures()
    {
        if (!shippedModelExists())
            QSKIP("the shipped model resources/models/lm-shakespeare-bpe is missing");
        const Run r = runTune({QStringLiteral("dpo"), QStringLiteral("--steps"), QStringLiteral("2"), QStringLiteral("--pairs"),
                               QStringLiteral("12"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = r.json();
        for (const char *key : {"reward_before", "reward_after", "kl", "win_rate"})
            QVERIFY2(o.value(QLatin1String(key)).isDouble(), key);
        QVERIFY(o.value(QStringLiteral("win_rate")).toDouble() >= 0 && o.value(QStringLiteral("win_rate")).toDouble() <= 1);
        QVERIFY(o.value(QStringLiteral("kl")).toDouble() >= 0);
        // "shorter" scores minus the characters of an answer.
        QVERIFY(o.value(QStringLiteral("reward_before")).toDouble() <= 0);
        QCOMPARE(o.value(QStringLiteral("rule")).toString(), QStringLiteral("shorter"));
        const QJsonArray curve = o.value(QStringLiteral("curve")).toArray();
        QCOMPARE(curve.size(), 2); // step 0 and the last
        QCOMPARE(curve.first().toObject().value(QStringLiteral("kl")).toDouble(), 0.0);
        QCOMPARE(curve.last().toObject().value(QStringLiteral("step")).toInt(), 2);
        QVERIFY(!o.value(QStringLiteral("samples")).toArray().isEmpty());
        QVERIFY(o.value(QStringLiteral("reward_model")).toObject().value(QStringLiteral("held_out_accuracy")).isDouble());
    }

    void badOptionsAreRefused()
    {
        const Run rule = runTune({QStringLiteral("dpo"), QStringLiteral("--rule"), QStringLiteral("longer"), QStringLiteral("--json")});
        QCOMPARE(rule.code, 2);
        QVERIFY2(rule.err.contains(QStringLiteral("--rule")) || rule.out.contains(QStringLiteral("--rule")), qPrintable(rule.err));
        const Run kl = runTune({QStringLiteral("ppo"), QStringLiteral("--kl"), QStringLiteral("-1")});
        QCOMPARE(kl.code, 2);
        QVERIFY2(kl.err.contains(QStringLiteral("--kl")), qPrintable(kl.err));
        const Run reward = runTune({QStringLiteral("ppo"), QStringLiteral("--reward"), QStringLiteral("oracle")});
        QCOMPARE(reward.code, 2);
        QVERIFY2(reward.err.contains(QStringLiteral("--reward")), qPrintable(reward.err));
    }
};

QTEST_GUILESS_MAIN(TestTunePreferenceCli)
#include "tst_tunepreferencecli.moc"
