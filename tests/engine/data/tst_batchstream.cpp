#include "engine/data/batchstream.h"
#include "engine/data/procedural.h"

#include <QtTest>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <numeric>
#include <set>
#include <thread>

using namespace genlab::engine;
using namespace genlab::engine::data;

namespace {

// Image i: pixel (x, y, c) = (i + x + 2y + 50c) mod 256, so any mix-up of index, position or
// channel shows. Counts image() calls; can slow down or fail on one index.
class FakeDataset : public ImageDataset
{
public:
    FakeDataset(std::int64_t size, int w, int h, int c)
    {
        m_info.id = "fake";
        m_info.width = w;
        m_info.height = h;
        m_info.channels = c;
        m_info.size = size;
        m_info.classNames = {"a", "b", "c", "d", "e", "f", "g"};
    }
    const ImageDatasetInfo &info() const override { return m_info; }
    Image image(std::int64_t index) const override
    {
        ++calls;
        if (delayMs > 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(delayMs));
        if (index == failAt)
            throw DatasetError("fake: image " + std::to_string(index) + " is damaged");
        Image img(m_info.width, m_info.height, m_info.channels);
        for (int y = 0; y < m_info.height; ++y)
            for (int x = 0; x < m_info.width; ++x)
                for (int c = 0; c < m_info.channels; ++c)
                    img.row(y)[x * m_info.channels + c] = std::uint8_t((index + x + 2 * y + 50 * c) % 256);
        return img;
    }
    int label(std::int64_t index) const override { return int(index % 7); }

    mutable std::atomic<std::int64_t> calls{0};
    int delayMs = 0;
    std::int64_t failAt = -1;

private:
    ImageDatasetInfo m_info;
};

std::vector<std::int64_t> range(std::int64_t n)
{
    std::vector<std::int64_t> v(static_cast<std::size_t>(n));
    std::iota(v.begin(), v.end(), std::int64_t(0));
    return v;
}

// Waits (bounded) until `calls` reaches `atLeast`; returns whether it did.
bool waitForCalls(const FakeDataset &ds, std::int64_t atLeast)
{
    for (int i = 0; i < 2000 && ds.calls.load() < atLeast; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    return ds.calls.load() >= atLeast;
}

} // namespace

class TestBatchStream : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void batchesCarryTheRightPixelsLabelsAndLayout()
    {
        FakeDataset ds(50, 5, 4, 3);
        BatchStream stream(ds, range(50), 8, 1);
        const ImageBatch b = stream.next();
        QCOMPARE(b.count(), 8);
        QCOMPARE(b.width, 5);
        QCOMPARE(b.height, 4);
        QCOMPARE(b.channels, 3);
        QCOMPARE(b.pixels.size(), std::size_t(8 * 3 * 4 * 5));
        QCOMPARE(b.labels.size(), std::size_t(8));
        for (int n = 0; n < b.count(); ++n) {
            const std::int64_t index = b.indices[std::size_t(n)];
            QCOMPARE(b.labels[std::size_t(n)], int(index % 7));
            for (int c = 0; c < 3; ++c)
                for (int y = 0; y < 4; ++y)
                    for (int x = 0; x < 5; ++x) {
                        const float expected = float((index + x + 2 * y + 50 * c) % 256) / 255.f;
                        const float got = b.pixels[std::size_t(((n * 3 + c) * 4 + y) * 5 + x)];
                        QCOMPARE(got, expected);
                    }
        }
    }

    void orderIsDeterministicAndReshuffledEachEpoch()
    {
        FakeDataset ds(100, 2, 2, 1);
        std::vector<std::int64_t> indices;
        for (std::int64_t i = 0; i < 100; i += 2)
            indices.push_back(i); // 50 even indices, as a split would give
        auto walk = [&](std::uint64_t seed, int batches) {
            BatchStream s(ds, indices, 16, seed);
            std::vector<ImageBatch> out;
            for (int i = 0; i < batches; ++i)
                out.push_back(s.next());
            return out;
        };
        const auto a = walk(3, 8);
        const auto b = walk(3, 8);
        for (std::size_t i = 0; i < a.size(); ++i)
            QVERIFY(a[i].indices == b[i].indices);

        // 50 images in batches of 16: 16, 16, 16, 2; then the next epoch.
        QCOMPARE(a[0].count(), 16);
        QCOMPARE(a[3].count(), 2);
        QVERIFY(a[3].lastInEpoch && !a[2].lastInEpoch);
        QCOMPARE(a[3].epoch, std::int64_t(0));
        QCOMPARE(a[4].epoch, std::int64_t(1));
        QCOMPARE(a[4].batchInEpoch, std::int64_t(0));

        std::vector<std::int64_t> epoch0, epoch1;
        for (int i = 0; i < 4; ++i) {
            epoch0.insert(epoch0.end(), a[std::size_t(i)].indices.begin(), a[std::size_t(i)].indices.end());
            epoch1.insert(epoch1.end(), a[std::size_t(i + 4)].indices.begin(), a[std::size_t(i + 4)].indices.end());
        }
        QVERIFY(epoch0 != epoch1);           // reshuffled
        QVERIFY(epoch0 != indices);          // shuffled at all
        auto sorted0 = epoch0, sorted1 = epoch1;
        std::sort(sorted0.begin(), sorted0.end());
        std::sort(sorted1.begin(), sorted1.end());
        QVERIFY(sorted0 == indices);         // each epoch visits each index exactly once
        QVERIFY(sorted1 == indices);

        BatchStream probe(ds, indices, 16, 3);
        QVERIFY(probe.epochOrder(1) == epoch1);
        QCOMPARE(probe.batchesPerEpoch(), std::int64_t(4));

        const auto c = walk(4, 4);
        QVERIFY(c[0].indices != a[0].indices);
    }

    void optionsShuffleDropLastAndResume()
    {
        FakeDataset ds(10, 2, 2, 1);
        BatchStreamOptions o;
        o.batchSize = 4;
        o.shuffle = false;
        o.dropLast = true;
        BatchStream s(ds, range(10), o);
        QCOMPARE(s.batchesPerEpoch(), std::int64_t(2));
        QVERIFY(s.next().indices == (std::vector<std::int64_t>{0, 1, 2, 3}));
        const ImageBatch second = s.next();
        QVERIFY(second.indices == (std::vector<std::int64_t>{4, 5, 6, 7}));
        QVERIFY(second.lastInEpoch);
        QVERIFY(s.next().indices == (std::vector<std::int64_t>{0, 1, 2, 3}));

        // Resuming at epoch 2 gives what a fresh stream gives in its third epoch.
        BatchStream fresh(ds, range(10), 5, 9);
        for (int i = 0; i < 4; ++i)
            fresh.next();
        BatchStreamOptions r;
        r.batchSize = 5;
        r.seed = 9;
        r.firstEpoch = 2;
        BatchStream resumed(ds, range(10), r);
        QVERIFY(fresh.next().indices == resumed.next().indices);
    }

    void rejectsBadArguments()
    {
        FakeDataset ds(10, 2, 2, 1);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, BatchStream(ds, {}, 4, 1));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, BatchStream(ds, range(10), 0, 1));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, BatchStream(ds, {0, 10}, 4, 1));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, BatchStream(ds, {-1}, 4, 1));
        BatchStreamOptions o;
        o.batchSize = 11;
        o.dropLast = true;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, BatchStream(ds, range(10), o));
    }

    void prefetchesExactlyOneBatchAhead()
    {
        FakeDataset ds(1000, 2, 2, 1);
        BatchStream s(ds, range(1000), 10, 1);
        // Before anything is taken the first batch is assembled, and no more.
        QVERIFY(waitForCalls(ds, 10));
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        QCOMPARE(ds.calls.load(), std::int64_t(10));
        for (int k = 1; k <= 3; ++k) {
            s.next();
            QVERIFY(waitForCalls(ds, 10 * (k + 1)));
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            QCOMPARE(ds.calls.load(), std::int64_t(10 * (k + 1)));
        }
    }

    void prefetchedBatchesMatchDirectReads()
    {
        ProceduralOptions po;
        po.count = 64;
        auto ds = makeShapes(po);
        BatchStream s(*ds, range(64), 16, 5);
        for (int b = 0; b < 4; ++b) {
            const ImageBatch batch = s.next();
            const std::size_t plane = 32 * 32;
            for (int n = 0; n < batch.count(); ++n) {
                const Image img = ds->image(batch.indices[std::size_t(n)]);
                for (std::size_t p = 0; p < plane; p += 37)
                    for (int c = 0; c < 3; ++c)
                        QCOMPARE(batch.pixels[(std::size_t(n) * 3 + std::size_t(c)) * plane + p],
                                 float(img.pixels[p * 3 + std::size_t(c)]) / 255.f);
            }
        }
    }

    void destroysCleanlyMidEpoch()
    {
        FakeDataset slow(100000, 8, 8, 1);
        slow.delayMs = 5;
        {
            // Destroyed while the first batch (1,000 slow images, ~5 s) is being assembled.
            BatchStream s(slow, range(100000), 1000, 1);
            QVERIFY(waitForCalls(slow, 3));
        }
        const std::int64_t after = slow.calls.load();
        QVERIFY2(after < 1000, qPrintable(QString::number(after)));
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        QCOMPARE(slow.calls.load(), after); // the thread is gone

        FakeDataset ds(100, 2, 2, 1);
        {
            // Destroyed while the producer waits for the consumer.
            BatchStream s(ds, range(100), 10, 1);
            s.next();
            s.next();
            QVERIFY(waitForCalls(ds, 30));
        }
        {
            BatchStream s(ds, range(100), 10, 1); // destroyed at once
        }
    }

    void surfacesDatasetErrors()
    {
        FakeDataset ds(20, 2, 2, 1);
        ds.failAt = 13;
        BatchStreamOptions o;
        o.batchSize = 5;
        o.shuffle = false;
        BatchStream s(ds, range(20), o);
        s.next();
        s.next();
        try {
            s.next();
            QFAIL("the damaged image must surface");
        } catch (const DatasetError &e) {
            QVERIFY(std::string(e.what()).find("13") != std::string::npos);
        }
        QVERIFY_THROWS_EXCEPTION(DatasetError, s.next()); // and keeps surfacing
    }
};

QTEST_APPLESS_MAIN(TestBatchStream)
#include "tst_batchstream.moc"
