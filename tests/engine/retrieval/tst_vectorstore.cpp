// The exact scan against a naive loop (order, ties, k beyond the size), rows of the wrong size
// refused, and the file: round trip, and every kind of damage refused with the file named.
#include "engine/retrieval/vectorstore.h"

#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <random>

using namespace genlab::engine::retrieval;

namespace {

std::vector<float> unitRows(int rows, int dim, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<float> normal;
    std::vector<float> out(std::size_t(rows) * dim);
    for (int r = 0; r < rows; ++r) {
        double norm = 0;
        for (int c = 0; c < dim; ++c) {
            const float v = normal(rng);
            out[std::size_t(r) * dim + c] = v;
            norm += double(v) * v;
        }
        for (int c = 0; c < dim; ++c)
            out[std::size_t(r) * dim + c] = float(out[std::size_t(r) * dim + c] / std::sqrt(norm));
    }
    return out;
}

std::vector<ScoredChunk> naive(const std::vector<float> &rows, int dim, const float *q, int k)
{
    std::vector<ScoredChunk> all;
    for (std::size_t r = 0; r < rows.size() / dim; ++r) {
        double dot = 0;
        for (int c = 0; c < dim; ++c)
            dot += double(rows[r * dim + c]) * q[c];
        all.push_back({ChunkId(r), dot});
    }
    std::stable_sort(all.begin(), all.end(), [](const auto &a, const auto &b) { return a.score > b.score; });
    all.resize(std::min<std::size_t>(all.size(), std::size_t(k)));
    return all;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    f.open(QIODevice::WriteOnly | QIODevice::Truncate);
    f.write(bytes);
}

} // namespace

class TestVectorStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exactSearchMatchesANaiveLoop()
    {
        const int dim = 24;
        // More rows than one scan block, so the block seams are crossed.
        const auto rows = unitRows(9000, dim, 3);
        VectorStore store(dim);
        store.addRows(rows);
        QCOMPARE(store.size(), 9000);
        const auto queries = unitRows(20, dim, 4);
        for (int q = 0; q < 20; ++q) {
            const float *query = queries.data() + q * dim;
            const auto got = store.exactSearch(query, 10);
            const auto want = naive(rows, dim, query, 10);
            QCOMPARE(got.size(), want.size());
            for (std::size_t i = 0; i < got.size(); ++i) {
                QCOMPARE(got[i].chunk, want[i].chunk);
                QVERIFY(std::abs(got[i].score - want[i].score) < 1e-5);
                QVERIFY(i == 0 || got[i - 1].score >= got[i].score);
            }
        }
    }

    void tiesGoToTheLowerIdAndKIsClipped()
    {
        VectorStore store(2);
        const float a[2] = {1, 0}, b[2] = {0, 1};
        store.add(b);
        store.add(a);
        store.add(a);
        store.add(b);
        const auto got = store.exactSearch(a, 10);
        QCOMPARE(got.size(), std::size_t(4));
        QCOMPARE(got[0].chunk, 1);
        QCOMPARE(got[1].chunk, 2);
        QCOMPARE(got[2].chunk, 0);
        QCOMPARE(got[3].chunk, 3);
        QVERIFY(store.exactSearch(a, 0).empty());
        QVERIFY(VectorStore(2).exactSearch(a, 5).empty());
    }

    void wrongRowSizesAreRefused()
    {
        VectorStore store;
        const std::vector<float> three{1, 0, 0};
        store.add(std::span<const float>(three));
        QCOMPARE(store.dimension(), 3);
        const std::vector<float> two{1, 0};
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, store.add(std::span<const float>(two)));
        const std::vector<float> five(5, 0.0f);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, store.addRows(five));
        QCOMPARE(store.size(), 1);
    }

    void saveAndLoadRoundTrip()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("vectors.bin")).toStdString();
        const auto rows = unitRows(300, 16, 5);
        VectorStore store(16);
        store.addRows(rows);
        store.save(path);
        const VectorStore back = VectorStore::load(path);
        QCOMPARE(back.dimension(), 16);
        QCOMPARE(back.size(), 300);
        QVERIFY(back.data() == store.data());

        VectorStore empty(8);
        empty.save(path);
        QCOMPARE(VectorStore::load(path).size(), 0);
        QCOMPARE(VectorStore::load(path).dimension(), 8);
    }

    void damageIsRefusedWithTheFileNamed_data()
    {
        QTest::addColumn<int>("offset");      // byte to flip; -1: none
        QTest::addColumn<int>("keep");        // bytes to keep; -1: all
        QTest::addColumn<QString>("expected");
        QTest::newRow("bad magic") << 0 << -1 << QStringLiteral("not a GenLab vector store");
        QTest::newRow("newer version") << 8 << -1 << QStringLiteral("newer version");
        QTest::newRow("dimension") << 12 << -1 << QStringLiteral("rows of dimension");
        QTest::newRow("count") << 16 << -1 << QStringLiteral("truncated or damaged");
        QTest::newRow("vector byte") << 500 << -1 << QStringLiteral("checksum mismatch");
        QTest::newRow("truncated") << -1 << 700 << QStringLiteral("truncated or damaged");
        QTest::newRow("header only") << -1 << 10 << QStringLiteral("shorter than its header");
        QTest::newRow("empty file") << -1 << 0 << QStringLiteral("shorter than its header");
    }

    void damageIsRefusedWithTheFileNamed()
    {
        QFETCH(int, offset);
        QFETCH(int, keep);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("vectors.bin"));
        VectorStore store(16);
        store.addRows(unitRows(40, 16, 6));
        store.save(path.toStdString());
        QByteArray bytes = readAll(path);
        if (offset >= 0)
            bytes[offset] = char(bytes[offset] ^ 0x41);
        if (keep >= 0)
            bytes.truncate(keep);
        writeAll(path, bytes);
        try {
            VectorStore::load(path.toStdString());
            QFAIL("a damaged store loaded");
        } catch (const std::runtime_error &e) {
            const QString message = QString::fromStdString(e.what());
            QVERIFY2(message.contains(path), qPrintable(message));
            QVERIFY2(message.contains(expected), qPrintable(message));
        }
    }

    void missingFileIsNamed()
    {
        try {
            VectorStore::load("/nonexistent/vectors.bin");
            QFAIL("loaded a missing file");
        } catch (const std::runtime_error &e) {
            QVERIFY(QString::fromStdString(e.what()).contains(QStringLiteral("/nonexistent/vectors.bin")));
        }
    }
};

QTEST_APPLESS_MAIN(TestVectorStore)
#include "tst_vectorstore.moc"
