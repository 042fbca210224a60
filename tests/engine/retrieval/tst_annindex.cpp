// HNSW over the vector store: recall against the exact scan, scores that are cosines, a saved
// index that loads again unchanged, and every manifest mismatch or damage (other embedder, other
// count, other M, a flipped byte, a truncated file, a garbage manifest, a forged manifest over a
// malformed graph, random corruption) rebuilt with a reason, never a crash.
#include "engine/retrieval/annindex.h"
#include "engine/retrieval/detail/vectorstoreio.h"
#include "engine/retrieval/vectorstore.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
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

VectorStore storeOf(int rows, int dim, std::uint64_t seed)
{
    VectorStore store(dim);
    store.addRows(unitRows(rows, dim, seed));
    return store;
}

std::vector<std::vector<float>> queriesOf(int count, int dim, std::uint64_t seed)
{
    const auto flat = unitRows(count, dim, seed);
    std::vector<std::vector<float>> out;
    for (int i = 0; i < count; ++i)
        out.emplace_back(flat.begin() + i * dim, flat.begin() + (i + 1) * dim);
    return out;
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

const std::string kEmbedder = "test-embedder:1";

} // namespace

class TestAnnIndex : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recallOnRandomVectors()
    {
        const VectorStore store = storeOf(2000, 32, 1);
        HnswParams params;
        int reports = 0;
        const AnnIndex index = AnnIndex::build(store, params, [&](double) { return ++reports > 0; });
        QVERIFY(reports > 2);
        QCOMPARE(index.size(), 2000);
        const double recall = index.recallAtK(store, queriesOf(100, 32, 2), 10, 64);
        QVERIFY2(recall >= 0.95, qPrintable(QString::number(recall)));
        // A narrower search finds fewer, and the exact scan agrees with itself.
        QVERIFY(index.recallAtK(store, queriesOf(100, 32, 2), 10, 10) <= recall + 1e-9);
    }

    void scoresAreCosinesBestFirst()
    {
        const VectorStore store = storeOf(500, 16, 3);
        const AnnIndex index = AnnIndex::build(store, {});
        const auto q = queriesOf(1, 16, 4).front();
        const auto got = index.search(q.data(), 5, 64);
        QCOMPARE(got.size(), std::size_t(5));
        for (std::size_t i = 0; i < got.size(); ++i) {
            double dot = 0;
            for (int c = 0; c < 16; ++c)
                dot += double(store.row(got[i].chunk)[c]) * q[std::size_t(c)];
            QVERIFY(std::abs(got[i].score - dot) < 1e-5);
            QVERIFY(i == 0 || got[i - 1].score >= got[i].score);
        }
        // A stored row finds itself first with cosine 1.
        const auto self = index.search(store.row(42), 1, 64);
        QCOMPARE(self.front().chunk, 42);
        QVERIFY(std::abs(self.front().score - 1.0) < 1e-5);
        QVERIFY(AnnIndex().search(q.data(), 5, 64).empty());
    }

    void cancelStopsTheBuild()
    {
        const VectorStore store = storeOf(1000, 8, 5);
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, AnnIndex::build(store, {}, [](double f) { return f < 0.3; }));
    }

    void savedIndexLoadsUnchanged()
    {
        QTemporaryDir dir;
        const std::string path = dir.path().toStdString();
        const VectorStore store = storeOf(400, 16, 6);
        auto first = AnnIndex::loadOrRebuild(path, store, kEmbedder, {});
        QVERIFY(first.rebuilt);
        QCOMPARE(QString::fromStdString(first.reason), QStringLiteral("no index yet"));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("hnsw.bin"))));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("manifest.json"))));
        const auto second = AnnIndex::loadOrRebuild(path, store, kEmbedder, {});
        QVERIFY2(!second.rebuilt, second.reason.c_str());
        for (const auto &q : queriesOf(10, 16, 7)) {
            const auto a = first.index.search(q.data(), 10, 64);
            const auto b = second.index.search(q.data(), 10, 64);
            QCOMPARE(a.size(), b.size());
            for (std::size_t i = 0; i < a.size(); ++i)
                QCOMPARE(a[i].chunk, b[i].chunk);
        }
        const auto manifest = AnnManifest::fromJson(readAll(dir.filePath(QStringLiteral("manifest.json"))).toStdString());
        QCOMPARE(manifest.count, 400);
        QCOMPARE(manifest.dimension, 16);
        QCOMPARE(QString::fromStdString(manifest.metric), QStringLiteral("ip"));
        QCOMPARE(QString::fromStdString(manifest.embedder), QString::fromStdString(kEmbedder));
        QCOMPARE(manifest.fileSize, QFileInfo(dir.filePath(QStringLiteral("hnsw.bin"))).size());
    }

    void mismatchOrDamageRebuilds_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("expected");
        QTest::newRow("other embedder") << "embedder" << "built for embedder";
        QTest::newRow("other count") << "count" << "the store has";
        QTest::newRow("other M") << "m" << "built with M";
        QTest::newRow("flipped byte") << "flip" << "hash";
        QTest::newRow("truncated") << "truncate" << "bytes, the manifest says";
        QTest::newRow("garbage manifest") << "garbage" << "manifest is damaged";
        QTest::newRow("manifest of wrong types") << "types" << "wrong type";
        QTest::newRow("newer format") << "version" << "index format 7";
        QTest::newRow("missing manifest") << "nomanifest" << "manifest.json is missing";
        QTest::newRow("missing index") << "nobin" << "hnsw.bin is missing";
        QTest::newRow("forged manifest") << "forged" << "malformed";
    }

    void mismatchOrDamageRebuilds()
    {
        QFETCH(QString, damage);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const std::string path = dir.path().toStdString();
        const QString bin = dir.filePath(QStringLiteral("hnsw.bin"));
        const QString manifest = dir.filePath(QStringLiteral("manifest.json"));
        VectorStore store = storeOf(150, 8, 8);
        AnnIndex::build(store, {}).save(path, kEmbedder);

        std::string embedder = kEmbedder;
        HnswParams params;
        if (damage == QLatin1String("embedder"))
            embedder = "another-model:2";
        if (damage == QLatin1String("count"))
            store.add(store.row(0));
        if (damage == QLatin1String("m"))
            params.m = 8;
        QByteArray bytes = readAll(bin);
        if (damage == QLatin1String("flip")) {
            bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x10);
            writeAll(bin, bytes);
        }
        if (damage == QLatin1String("truncate"))
            writeAll(bin, bytes.left(bytes.size() - 100));
        if (damage == QLatin1String("garbage"))
            writeAll(manifest, "\x01\x02{not json");
        if (damage == QLatin1String("types"))
            writeAll(manifest, R"({"format_version": "1", "dimension": 8})");
        if (damage == QLatin1String("version"))
            writeAll(manifest, readAll(manifest).replace("\"format_version\": 1", "\"format_version\": 7"));
        if (damage == QLatin1String("nomanifest"))
            QFile::remove(manifest);
        if (damage == QLatin1String("nobin"))
            QFile::remove(bin);
        if (damage == QLatin1String("forged")) {
            // A neighbour id far out of range (the first level-0 link of element 0) with a manifest
            // whose size and hash match: only the structural check stands between it and hnswlib.
            const int at = 96 + 4;
            bytes[at + 3] = char(0x7f);
            writeAll(bin, bytes);
            auto m = AnnManifest::fromJson(readAll(manifest).toStdString());
            m.fileHash = hashOfFile(bin);
            writeAll(manifest, QByteArray::fromStdString(m.toJson()));
        }

        const auto result = AnnIndex::loadOrRebuild(path, store, embedder, params);
        QVERIFY(result.rebuilt);
        QVERIFY2(QString::fromStdString(result.reason).contains(expected), result.reason.c_str());
        QCOMPARE(result.index.size(), store.size());
        // The rebuilt index was saved: the next load takes it as it is.
        const auto again = AnnIndex::loadOrRebuild(path, store, embedder, params);
        QVERIFY2(!again.rebuilt, again.reason.c_str());
        QVERIFY(again.index.recallAtK(store, queriesOf(20, 8, 9), 10, 64) >= 0.9);
    }

    void randomCorruptionNeverCrashes()
    {
        // Forged manifests over randomly damaged files: every load either passes the structural
        // check (a damaged vector value, say) or is rebuilt; none reaches hnswlib malformed.
        QTemporaryDir dir;
        const std::string path = dir.path().toStdString();
        const QString bin = dir.filePath(QStringLiteral("hnsw.bin"));
        const QString manifestPath = dir.filePath(QStringLiteral("manifest.json"));
        const VectorStore store = storeOf(60, 4, 10);
        AnnIndex::build(store, {}).save(path, kEmbedder);
        const QByteArray original = readAll(bin);
        const auto manifest = AnnManifest::fromJson(readAll(manifestPath).toStdString());
        std::mt19937 rng(11);
        int rebuilt = 0;
        for (int trial = 0; trial < 30; ++trial) {
            QByteArray bytes = original;
            const int flips = 1 + int(rng() % 4);
            for (int f = 0; f < flips; ++f) {
                const int at = int(rng() % std::uint32_t(bytes.size()));
                bytes[at] = char(rng());
            }
            writeAll(bin, bytes);
            auto m = manifest;
            m.fileHash = hashOfFile(bin);
            writeAll(manifestPath, QByteArray::fromStdString(m.toJson()));
            const auto result = AnnIndex::loadOrRebuild(path, store, kEmbedder, {});
            rebuilt += result.rebuilt ? 1 : 0;
            for (const auto &q : queriesOf(3, 4, 12))
                QVERIFY(result.index.search(q.data(), 5, 32).size() <= 5);
        }
        QVERIFY(rebuilt > 0 && rebuilt < 30);
    }

    void emptyStore()
    {
        QTemporaryDir dir;
        const auto none = AnnIndex::loadOrRebuild(dir.path().toStdString(), VectorStore(), kEmbedder, {});
        QVERIFY(none.rebuilt);
        QVERIFY(none.index.isNull());
        const VectorStore empty(8);
        const auto result = AnnIndex::loadOrRebuild(dir.path().toStdString(), empty, kEmbedder, {});
        QCOMPARE(result.index.size(), 0);
        const float q[8] = {1, 0, 0, 0, 0, 0, 0, 0};
        QVERIFY(result.index.search(q, 3, 10).empty());
        QVERIFY(!AnnIndex::loadOrRebuild(dir.path().toStdString(), empty, kEmbedder, {}).rebuilt);
    }

    void pythonHnswlibReadsOurFile()
    {
        // The benchmark's peer loads our hnsw.bin with python3-hnswlib (the same 0.6.2).
        const QString python = QStringLiteral("/usr/bin/python3");
        if (!QFileInfo::exists(python))
            QSKIP("Debian's /usr/bin/python3 is not installed");
        QProcess probe;
        probe.start(python, {QStringLiteral("-c"), QStringLiteral("import hnswlib, numpy")});
        probe.waitForFinished(20000);
        if (probe.exitCode() != 0)
            QSKIP("/usr/bin/python3 cannot import hnswlib and numpy (apt-get install python3-hnswlib)");
        QTemporaryDir dir;
        const int dim = 16, k = 10;
        const VectorStore store = storeOf(500, dim, 13);
        AnnIndex::build(store, {}).save(dir.path().toStdString(), kEmbedder);
        const auto queries = queriesOf(50, dim, 14);
        QByteArray q, truth;
        for (const auto &v : queries) {
            q.append(reinterpret_cast<const char *>(v.data()), int(v.size() * sizeof(float)));
            for (const auto &s : store.exactSearch(v.data(), k)) {
                const std::int64_t id = s.chunk;
                truth.append(reinterpret_cast<const char *>(&id), sizeof id);
            }
        }
        writeAll(dir.filePath(QStringLiteral("queries.f32")), q);
        writeAll(dir.filePath(QStringLiteral("truth.i64")), truth);
        QProcess peer;
        peer.start(python, {QStringLiteral(GENLAB_SOURCE_DIR "/tests/python/hnsw_peer.py"), QStringLiteral("--index"),
                            dir.filePath(QStringLiteral("hnsw.bin")), QStringLiteral("--dim"), QString::number(dim),
                            QStringLiteral("--queries"), dir.filePath(QStringLiteral("queries.f32")),
                            QStringLiteral("--truth"), dir.filePath(QStringLiteral("truth.i64")),
                            QStringLiteral("--k"), QString::number(k), QStringLiteral("--ef"), QStringLiteral("64"),
                            QStringLiteral("--json")});
        QVERIFY(peer.waitForFinished(30000));
        const QByteArray out = peer.readAllStandardOutput();
        QVERIFY2(peer.exitCode() == 0, peer.readAllStandardError().constData());
        const double recall = QJsonDocument::fromJson(out).object().value(QStringLiteral("recall_at_k")).toDouble(-1);
        QVERIFY2(recall >= 0.95, out.constData());
    }

private:
    // The manifest's hash of a file, as the index computes it (to forge a matching manifest).
    static std::string hashOfFile(const QString &path)
    {
        const QByteArray bytes = readAll(path);
        using namespace genlab::engine::retrieval::detail;
        return hashHex(contentHash(bytes.constData(), std::size_t(bytes.size())));
    }
};

QTEST_APPLESS_MAIN(TestAnnIndex)
#include "tst_annindex.moc"
