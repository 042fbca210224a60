// The model slot every lab shares: a failed load keeps the previous model, generations grow, and
// the GUI side ignores a load that finished after a newer one.
#include "services/modelslot.h"

#include <QtTest>

using namespace genlab::services;

namespace {

struct Toy
{
    int weights = 0;
};

struct ToyInfo
{
    int weights = 0;
    quint64 generation = 0;
};

std::unique_ptr<Toy> loadToy(int weights)
{
    if (weights < 0)
        throw std::runtime_error("toy.safetensors: tensor 'w' is missing");
    return std::make_unique<Toy>(Toy{weights});
}

} // namespace

class TestModelSlot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aFailedLoadKeepsThePreviousModel()
    {
        ModelSlot<Toy> slot;
        QVERIFY(!slot.has());
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, slot.require("nothing loaded yet"));
        QCOMPARE(slot.replace(loadToy(1)), quint64(1));
        QCOMPARE(slot.require().weights, 1);
        // The way every service loads: build the new model first, replace only when that worked.
        try {
            slot.replace(loadToy(-1));
            QFAIL("a broken model loaded");
        } catch (const std::runtime_error &) {
        }
        QCOMPARE(slot.require().weights, 1);
        QCOMPARE(slot.generation(), quint64(1));
        QCOMPARE(slot.replace(loadToy(2)), quint64(2));
        QCOMPARE(slot.require().weights, 2);
    }

    void theGuiSideTakesOnlyNewerLoads()
    {
        LoadedModel<ToyInfo> loaded;
        QVERIFY(!loaded.has());
        QVERIFY(loaded.accept({5, 2}));
        QVERIFY(!loaded.accept({4, 1})); // finished late: stale
        QCOMPARE(loaded.info().weights, 5);
        QVERIFY(loaded.accept({6, 3}));
        QCOMPARE(loaded.info().weights, 6);
        QVERIFY(loaded.has());
    }
};

QTEST_APPLESS_MAIN(TestModelSlot)
#include "tst_modelslot.moc"
