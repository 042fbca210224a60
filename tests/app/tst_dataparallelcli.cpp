// Data-parallel training as users start it: `genlab train diffusion --nproc 2` (two local processes
// over c10d/Gloo) trains the same model as one process for the same seed and global batch, resumes
// on two ranks, joins a group from a launcher's environment (RANK, WORLD_SIZE, MASTER_ADDR,
// MASTER_PORT) with rank 0 alone printing results, stops every rank on Ctrl+C with rank 0's
// checkpoint, and refuses a batch that does not split and a malformed environment.
#include "clirun.h"

#include "engine/io/safetensors.h"
#include "engine/train/distributed.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>


#include <algorithm>
#include <cmath>
#include <csignal>

namespace {

using namespace genlab::testing;
using Run = GenlabRun;

QStringList tinyDiffusion(const QString &out, int steps)
{
    return {QStringLiteral("train"), QStringLiteral("diffusion"), QStringLiteral("--dataset"),
            QStringLiteral("procedural-digits"), QStringLiteral("--width"), QStringLiteral("8"),
            QStringLiteral("--timesteps"), QStringLiteral("100"), QStringLiteral("--batch"), QStringLiteral("8"),
            QStringLiteral("--steps"), QString::number(steps), QStringLiteral("--threads"), QStringLiteral("1"),
            QStringLiteral("--preview-every"), QStringLiteral("0"), QStringLiteral("--eval-every"), QStringLiteral("0"),
            QStringLiteral("--out"), out};
}

QProcessEnvironment offscreen()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

Run runWith(const QStringList &args, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(genlabBinary(), args);
    Run r;
    if (!p.waitForStarted() || !p.waitForFinished(180000)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("did not finish\n") + QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// The largest difference between the same-named weights of two checkpoints; -1 when their tensor
// names differ.
double maxWeightDifference(const QString &a, const QString &b)
{
    using genlab::engine::io::SafetensorsReader;
    const auto ra = SafetensorsReader::open((a + QStringLiteral("/model.safetensors")).toStdString());
    const auto rb = SafetensorsReader::open((b + QStringLiteral("/model.safetensors")).toStdString());
    if (ra.tensors().size() != rb.tensors().size())
        return -1;
    double worst = 0;
    for (const auto &t : ra.tensors()) {
        const auto *u = rb.find(t.name);
        if (!u)
            return -1;
        const std::vector<float> x = ra.readFloat32(t), y = rb.readFloat32(*u);
        if (x.size() != y.size())
            return -1;
        for (std::size_t i = 0; i < x.size(); ++i)
            worst = std::max(worst, double(std::abs(x[i] - y[i])));
    }
    return worst;
}

// Float sums taken in another order (two half-batch means against one full-batch mean) differ in
// the last bits; after a few Adam steps of 1e-3 the weights agree far closer than this.
constexpr double kSameModel = 1e-4;

} // namespace

class TestDataParallelCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_single; // 4 steps in one process

    QString path(const QString &name) const { return m_tmp.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFileInfo::exists(genlabBinary()));
        m_single = path(QStringLiteral("single"));
        const Run r = runGenlab(tinyDiffusion(m_single, 4));
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
    }

    void twoProcessesTrainTheModelOneDoes()
    {
        const QString dir = path(QStringLiteral("two"));
        const Run r = runGenlab(tinyDiffusion(dir, 4) + QStringList{QStringLiteral("--nproc"), QStringLiteral("2")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(QLatin1String("2 processes")), qPrintable(describe(r)));
        // One set of results: rank 0's "saved" line, once.
        QCOMPARE(r.out.count(QLatin1String("saved ")), 1);
        QCOMPARE(checkpointConfig(dir).value(QStringLiteral("step")).toInt(), 4);
        const double d = maxWeightDifference(m_single, dir);
        QVERIFY2(d >= 0 && d < kSameModel, qPrintable(QStringLiteral("weights differ by %1").arg(d)));
    }

    void twoProcessesResume()
    {
        const QString dir = path(QStringLiteral("resumed"));
        const QStringList two{QStringLiteral("--nproc"), QStringLiteral("2")};
        Run r = runGenlab(tinyDiffusion(dir, 2) + two);
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        r = runGenlab(tinyDiffusion(dir, 4) + two);
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(QLatin1String("resumed from step 2")), qPrintable(describe(r)));
        const double d = maxWeightDifference(m_single, dir);
        QVERIFY2(d >= 0 && d < kSameModel, qPrintable(QStringLiteral("weights differ by %1").arg(d)));
    }

    void joinsTheGroupALauncherDescribes()
    {
        // What torchrun would start: two processes, each told its rank.
        const QString dir = path(QStringLiteral("launched"));
        const int port = genlab::engine::train::freeLocalPort();
        QProcess ranks[2];
        for (int rank = 0; rank < 2; ++rank) {
            QProcessEnvironment env = offscreen();
            env.insert(QStringLiteral("WORLD_SIZE"), QStringLiteral("2"));
            env.insert(QStringLiteral("RANK"), QString::number(rank));
            env.insert(QStringLiteral("LOCAL_RANK"), QString::number(rank));
            env.insert(QStringLiteral("MASTER_ADDR"), QStringLiteral("127.0.0.1"));
            env.insert(QStringLiteral("MASTER_PORT"), QString::number(port));
            ranks[rank].setProcessEnvironment(env);
            ranks[rank].start(genlabBinary(), tinyDiffusion(dir, 4));
            QVERIFY(ranks[rank].waitForStarted());
        }
        for (QProcess &p : ranks)
            QVERIFY(p.waitForFinished(180000));
        const QString out0 = QString::fromUtf8(ranks[0].readAllStandardOutput());
        const QString out1 = QString::fromUtf8(ranks[1].readAllStandardOutput());
        QVERIFY2(ranks[0].exitCode() == 0, qPrintable(QString::fromUtf8(ranks[0].readAllStandardError())));
        QVERIFY2(ranks[1].exitCode() == 0, qPrintable(QString::fromUtf8(ranks[1].readAllStandardError())));
        QVERIFY2(out0.contains(QLatin1String("saved ")), qPrintable(out0));
        QVERIFY2(out1.isEmpty(), qPrintable(out1));
        const double d = maxWeightDifference(m_single, dir);
        QVERIFY2(d >= 0 && d < kSameModel, qPrintable(QStringLiteral("weights differ by %1").arg(d)));
    }

    void ctrlCStopsEveryRankAndRankZeroSaves()
    {
        const QString dir = path(QStringLiteral("interrupted"));
        QProcess p;
        p.setProcessEnvironment(offscreen());
        p.start(genlabBinary(), tinyDiffusion(dir, 100000) + QStringList{QStringLiteral("--nproc"), QStringLiteral("2"),
                                                                       QStringLiteral("--checkpoint-every"), QStringLiteral("0")});
        QVERIFY(p.waitForStarted());
        QString err;
        QElapsedTimer timer;
        timer.start();
        while (!err.contains(QLatin1String("step 1/")) && timer.elapsed() < 120000 && p.state() == QProcess::Running) {
            p.waitForReadyRead(200);
            err += QString::fromUtf8(p.readAllStandardError());
        }
        QVERIFY2(err.contains(QLatin1String("step 1/")), qPrintable(err));
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(120000));
        err += QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(p.exitCode() == 130, qPrintable(QStringLiteral("exit %1\n%2").arg(p.exitCode()).arg(err)));
        QVERIFY2(err.contains(QLatin1String("interrupted")), qPrintable(err));
        const int step = checkpointConfig(dir).value(QStringLiteral("step")).toInt();
        QVERIFY2(step >= 1 && step < 100000, qPrintable(err));
    }

    void refusesWhatCannotSplitOrJoin()
    {
        Run r = runGenlab(tinyDiffusion(path(QStringLiteral("uneven")), 2) + QStringList{QStringLiteral("--nproc"), QStringLiteral("3")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("does not split evenly over 3 processes")), qPrintable(describe(r)));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("uneven/model.safetensors"))));

        QProcessEnvironment env = offscreen();
        env.insert(QStringLiteral("WORLD_SIZE"), QStringLiteral("2"));
        env.insert(QStringLiteral("RANK"), QStringLiteral("two"));
        r = runWith(tinyDiffusion(path(QStringLiteral("badrank")), 2), env);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("RANK=two")), qPrintable(describe(r)));

        env.insert(QStringLiteral("RANK"), QStringLiteral("0"));
        r = runWith(tinyDiffusion(path(QStringLiteral("disagree")), 2) + QStringList{QStringLiteral("--nproc"), QStringLiteral("4")},
                    env);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("WORLD_SIZE=2")), qPrintable(describe(r)));

        r = runGenlab(tinyDiffusion(path(QStringLiteral("zero")), 2) + QStringList{QStringLiteral("--nproc"), QStringLiteral("0")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("--nproc")), qPrintable(describe(r)));
    }
};

QTEST_GUILESS_MAIN(TestDataParallelCli)
#include "tst_dataparallelcli.moc"
