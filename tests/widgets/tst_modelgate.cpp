// The gate a lab puts a recipe or a project's state behind while its model loads: held until the
// load it waits for succeeds, its failure handler when that load fails, dropped when another
// model is loaded instead, and run at once when nothing is loading.
#include "services/job.h"
#include "services/jobmanager.h"
#include "widgets/components/modelgate.h"

#include <QSignalSpy>
#include <QTest>

#include <chrono>
#include <stdexcept>
#include <thread>

using namespace genlab;
using widgets::ModelGate;

namespace {

services::JobRequest loadOf(bool ok)
{
    services::JobRequest r;
    r.title = QStringLiteral("load");
    r.work = [ok](const engine::RunContext &) -> QVariant {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        if (!ok)
            throw std::runtime_error("weights.bin is not a model");
        return QVariant(1);
    };
    return r;
}

} // namespace

class TestModelGate : public QObject
{
    Q_OBJECT
    std::unique_ptr<services::JobManager> m_jobs;

private Q_SLOTS:
    void initTestCase() { m_jobs = std::make_unique<services::JobManager>(services::JobManager::Options{}); }
    void cleanupTestCase() { m_jobs.reset(); }

    void runsAtOnceWhenNothingLoads()
    {
        ModelGate gate;
        int ran = 0;
        QVERIFY(gate.runWhenLoaded([&] { ++ran; }));
        QCOMPARE(ran, 1);
        QVERIFY(!gate.isHolding());
    }

    void holdsUntilTheLoadSucceeds()
    {
        ModelGate gate;
        QSignalSpy released(&gate, &ModelGate::released);
        services::Job *job = m_jobs->submit(loadOf(true));
        gate.loading(QStringLiteral("vae-digits-2d"), job);
        int ran = 0;
        QVERIFY(!gate.runWhenLoaded([&] { ++ran; }));
        QVERIFY(gate.isHolding());
        QCOMPARE(gate.heldModel(), QStringLiteral("vae-digits-2d"));
        QCOMPARE(ran, 0);
        QVERIFY(released.wait(5000));
        QCOMPARE(ran, 1);
        QCOMPARE(released.first().first().toBool(), true);
        QVERIFY(!gate.isLoading());
        QVERIFY(!gate.isHolding());
    }

    void aFailedLoadReportsAndDrops()
    {
        ModelGate gate;
        QSignalSpy released(&gate, &ModelGate::released);
        int ran = 0;
        QString why;
        gate.hold(QStringLiteral("/models/broken"), [&] { ++ran; }, [&](const QString &message) { why = message; });
        gate.loading(QStringLiteral("/models/broken"), m_jobs->submit(loadOf(false)));
        QVERIFY(released.wait(5000));
        QCOMPARE(ran, 0);
        QVERIFY2(why.contains(QStringLiteral("weights.bin")), qPrintable(why));
        QVERIFY(!gate.isHolding());
    }

    void anotherModelDropsWhatWaitedForTheFirst()
    {
        ModelGate gate;
        int ran = 0;
        gate.hold(QStringLiteral("a"), [&] { ++ran; });
        gate.loading(QStringLiteral("b"));
        QVERIFY(!gate.isHolding());
        gate.loaded(QStringLiteral("b"));
        QCOMPARE(ran, 0);
        // A newer action replaces the held one; the lab's own signal releases it.
        gate.hold(QStringLiteral("c"), [&] { ran += 10; });
        gate.hold(QStringLiteral("c"), [&] { ran += 100; });
        gate.loading(QStringLiteral("c"));
        QVERIFY(gate.isLoading());
        gate.loaded(QStringLiteral("c"));
        QCOMPARE(ran, 100);
    }

    void onlyTheNewestLoadCounts()
    {
        ModelGate gate;
        QSignalSpy released(&gate, &ModelGate::released);
        int ran = 0;
        services::Job *first = m_jobs->submit(loadOf(false));
        gate.loading(QString(), first);
        services::Job *second = m_jobs->submit(loadOf(true));
        gate.loading(QString(), second);
        gate.runWhenLoaded([&] { ++ran; });
        QVERIFY(released.wait(5000));
        QCOMPARE(first->state(), services::JobState::Failed);
        QCOMPARE(ran, 1);
        QCOMPARE(released.count(), 1);
    }
};

QTEST_MAIN(TestModelGate)
#include "tst_modelgate.moc"
