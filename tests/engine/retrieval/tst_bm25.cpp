// BM25 against scores computed here from the formula for a three-chunk toy corpus (to 1e-9): idf,
// length normalisation, repeated query terms counted once, explain() summing to the score, rankOf,
// ties by id, k1/b, save/load round trip, and clear errors for damaged, truncated and foreign files.
#include "engine/retrieval/bm25.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <fstream>
#include <map>

using namespace genlab::engine::retrieval;

namespace {

// The toy corpus, analysed by hand: lengths 4, 7 and 3 terms, 10 distinct terms.
const std::vector<std::string> kCorpus{
    "the cat sat down",                      // the cat sat down
    "The dog chased the CAT, the end",       // the dog chased the cat the end
    "dogs and cats",                         // dogs and cats
};

Bm25Index toyIndex(const AnalyzerOptions &options = {})
{
    Bm25Index index(options);
    for (std::size_t i = 0; i < kCorpus.size(); ++i) index.add(static_cast<ChunkId>(i), kCorpus[i]);
    index.finish();
    return index;
}

double idf(double n, double df) { return std::log(1.0 + (n - df + 0.5) / (df + 0.5)); }

double termScore(double n, double df, double tf, double length, double avgdl, double k1 = 1.2, double b = 0.75)
{
    return idf(n, df) * tf * (k1 + 1) / (tf + k1 * (1 - b + b * length / avgdl));
}

std::string readFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

void writeFile(const std::string &path, const std::string &data)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(data.data(), static_cast<std::streamsize>(data.size()));
}

QString loadError(const std::string &path)
{
    try {
        Bm25Index::load(path);
    } catch (const std::runtime_error &e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

} // namespace

class TestBm25 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void statistics()
    {
        const Bm25Index index = toyIndex();
        QCOMPARE(index.size(), std::int64_t(3));
        QCOMPARE(index.lengthOf(0), 4);
        QCOMPARE(index.lengthOf(1), 7);
        QCOMPARE(index.lengthOf(2), 3);
        QCOMPARE(index.averageLength(), 14.0 / 3.0);
        // the cat sat down dog chased end dogs and cats
        QCOMPARE(index.termCount(), std::int64_t(10));
    }

    void scoresMatchTheFormula()
    {
        const Bm25Index index = toyIndex();
        const double n = 3, avg = 14.0 / 3.0;
        // "cat": in chunks 0 (tf 1, |d| 4) and 1 (tf 1, |d| 7); "dog": chunk 1 only; "cats": chunk 2.
        const std::vector<ScoredChunk> hits = index.search("cat dog", 10);
        QCOMPARE(hits.size(), std::size_t(2));
        const double score1 = termScore(n, 2, 1, 7, avg) + termScore(n, 1, 1, 7, avg);
        const double score0 = termScore(n, 2, 1, 4, avg);
        QCOMPARE(hits[0].chunk, ChunkId(1));
        QVERIFY(std::abs(hits[0].score - score1) < 1e-9);
        QCOMPARE(hits[1].chunk, ChunkId(0));
        QVERIFY(std::abs(hits[1].score - score0) < 1e-9);

        // "the": tf 1 in chunk 0, tf 3 in chunk 1 (case folded).
        const std::vector<ScoredChunk> the = index.search("THE", 10);
        QCOMPARE(the.size(), std::size_t(2));
        QCOMPARE(the[0].chunk, ChunkId(1));
        QVERIFY(std::abs(the[0].score - termScore(n, 2, 3, 7, avg)) < 1e-9);
        QVERIFY(std::abs(the[1].score - termScore(n, 2, 1, 4, avg)) < 1e-9);

        // Other parameters.
        const Bm25Params p{2.0, 0.3};
        const std::vector<ScoredChunk> tuned = index.search("the", 10, p);
        QVERIFY(std::abs(tuned[0].score - termScore(n, 2, 3, 7, avg, 2.0, 0.3)) < 1e-9);
        QVERIFY(std::abs(tuned[1].score - termScore(n, 2, 1, 4, avg, 2.0, 0.3)) < 1e-9);
    }

    void repeatedQueryTermsCountOnce()
    {
        const Bm25Index index = toyIndex();
        const auto once = index.search("cat dog", 10);
        const auto repeated = index.search("cat cat CAT dog cat", 10);
        QCOMPARE(repeated.size(), once.size());
        for (std::size_t i = 0; i < once.size(); ++i) {
            QCOMPARE(repeated[i].chunk, once[i].chunk);
            QCOMPARE(repeated[i].score, once[i].score);
        }
        QCOMPARE(index.explain("cat cat CAT dog cat", 1).size(), std::size_t(2));
    }

    void explainSumsToTheScore()
    {
        const Bm25Index index = toyIndex();
        const std::string query = "cat dog unicorn the";
        for (const ScoredChunk &hit : index.search(query, 10)) {
            const std::vector<TermContribution> parts = index.explain(query, hit.chunk);
            QCOMPARE(parts.size(), std::size_t(4));
            double sum = 0;
            for (const TermContribution &c : parts) sum += c.score;
            QVERIFY(std::abs(sum - hit.score) < 1e-12);
        }
        const std::vector<TermContribution> parts = index.explain(query, 0);
        QCOMPARE(parts[0].term, std::string("cat"));
        QCOMPARE(parts[0].tf, 1);
        QCOMPARE(parts[0].documentFrequency, std::int64_t(2));
        QVERIFY(std::abs(parts[0].idf - idf(3, 2)) < 1e-12);
        QCOMPARE(parts[1].term, std::string("dog"));
        QCOMPARE(parts[1].tf, 0);
        QCOMPARE(parts[1].score, 0.0);
        QCOMPARE(parts[1].documentFrequency, std::int64_t(1));
        QCOMPARE(parts[2].term, std::string("unicorn"));
        QCOMPARE(parts[2].documentFrequency, std::int64_t(0));
        QCOMPARE(parts[2].score, 0.0);
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, index.explain(query, 3));
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, index.explain(query, -1));
    }

    void rankOfAndTies()
    {
        const Bm25Index index = toyIndex();
        QCOMPARE(index.rankOf("cat dog", 1), std::int64_t(1));
        QCOMPARE(index.rankOf("cat dog", 0), std::int64_t(2));
        QCOMPARE(index.rankOf("cat dog", 2), std::int64_t(0));
        QCOMPARE(index.rankOf("", 0), std::int64_t(0));

        // Identical chunks tie: smaller id first, in search and rankOf alike.
        Bm25Index twins;
        twins.add(0, "alpha beta");
        twins.add(1, "gamma");
        twins.add(2, "alpha beta");
        twins.add(3, "alpha beta");
        twins.finish();
        const auto hits = twins.search("alpha", 2);
        QCOMPARE(hits.size(), std::size_t(2));
        QCOMPARE(hits[0].chunk, ChunkId(0));
        QCOMPARE(hits[1].chunk, ChunkId(2));
        QCOMPARE(hits[0].score, hits[1].score);
        QCOMPARE(twins.rankOf("alpha", 3), std::int64_t(3));
        QVERIFY(twins.search("alpha", 0).empty());
        QVERIFY(twins.search("", 5).empty());
        QVERIFY(twins.search("!!!", 5).empty());
    }

    void misuseIsRefused()
    {
        Bm25Index index;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, index.add(1, "skipped zero"));
        index.add(0, "one");
        QVERIFY_THROWS_EXCEPTION(std::logic_error, index.search("one", 1));
        index.finish();
        QVERIFY_THROWS_EXCEPTION(std::logic_error, index.add(1, "late"));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, index.search("one", 1, Bm25Params{-1, 0.75}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, index.search("one", 1, Bm25Params{1.2, 1.5}));

        Bm25Index empty;
        empty.finish();
        QVERIFY(empty.search("anything", 3).empty());
        QCOMPARE(empty.averageLength(), 0.0);
    }

    void stemmedIndex()
    {
        AnalyzerOptions options;
        options.stem = true;
        const Bm25Index index = toyIndex(options);
        // With stemming "dogs" and "cats" meet "dog" and "cat".
        const auto hits = index.search("dog", 10);
        QCOMPARE(hits.size(), std::size_t(2));
        QVERIFY(index.analyzer().stem);
    }

    void saveLoadRoundTrip()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string path = dir.filePath(QStringLiteral("bm25.idx")).toStdString();
        AnalyzerOptions options;
        options.stopWords = true;
        const Bm25Index index = toyIndex(options);
        index.save(path);
        const Bm25Index loaded = Bm25Index::load(path);
        QVERIFY(loaded.analyzer() == options);
        QCOMPARE(loaded.size(), index.size());
        QCOMPARE(loaded.termCount(), index.termCount());
        QCOMPARE(loaded.averageLength(), index.averageLength());
        for (const char *query : {"cat dog", "the", "dogs chased cats", "end"}) {
            const auto a = index.search(query, 10);
            const auto b = loaded.search(query, 10);
            QCOMPARE(a.size(), b.size());
            for (std::size_t i = 0; i < a.size(); ++i) {
                QCOMPARE(a[i].chunk, b[i].chunk);
                QCOMPARE(a[i].score, b[i].score);
            }
        }
    }

    void damagedFilesGiveClearErrors()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string path = dir.filePath(QStringLiteral("bm25.idx")).toStdString();
        toyIndex().save(path);
        const std::string good = readFile(path);
        QVERIFY(good.size() > 64);

        const std::string broken = dir.filePath(QStringLiteral("broken.idx")).toStdString();
        // Every single flipped byte is caught (by magic, version, size or checksum), never UB.
        for (std::size_t i = 0; i < good.size(); ++i) {
            std::string damaged = good;
            damaged[i] = static_cast<char>(damaged[i] ^ 0x5a);
            writeFile(broken, damaged);
            const QString error = loadError(broken);
            QVERIFY2(!error.isEmpty(), qPrintable(QStringLiteral("flipping byte %1 went unnoticed").arg(i)));
            QVERIFY(error.contains(QStringLiteral("broken.idx")));
        }
        std::string flipped = good;
        flipped[good.size() / 2] ^= 1;
        writeFile(broken, flipped);
        QVERIFY2(loadError(broken).contains(QStringLiteral("checksum")), qPrintable(loadError(broken)));

        // Every truncation too.
        for (std::size_t length = 0; length < good.size(); ++length) {
            writeFile(broken, good.substr(0, length));
            QVERIFY(!loadError(broken).isEmpty());
        }
        writeFile(broken, good.substr(0, good.size() - 5));
        QVERIFY2(loadError(broken).contains(QStringLiteral("truncated")), qPrintable(loadError(broken)));

        writeFile(broken, good + "extra");
        QVERIFY(loadError(broken).contains(QStringLiteral("unexpected bytes")));
        writeFile(broken, "PK\x03\x04 this is a zip, not an index");
        QVERIFY(loadError(broken).contains(QStringLiteral("not a GenLab BM25 index")));
        std::string future = good;
        future[8] = 9;
        writeFile(broken, future);
        QVERIFY(loadError(broken).contains(QStringLiteral("version 9")));
        QVERIFY(loadError(dir.filePath(QStringLiteral("missing.idx")).toStdString()).contains(QStringLiteral("cannot open")));
    }

    void largerCorpusAgreesWithBruteForce()
    {
        // 300 pseudo-random chunks over a 40-word vocabulary: search and rankOf against a direct
        // evaluation of the formula over every chunk.
        std::vector<std::string> chunks;
        std::uint32_t state = 12345;
        auto next = [&] { state = state * 1664525u + 1013904223u; return state >> 8; };
        for (int i = 0; i < 300; ++i) {
            std::string text;
            const int words = 1 + static_cast<int>(next() % 30);
            for (int w = 0; w < words; ++w) text += "w" + std::to_string(next() % 40) + " ";
            chunks.push_back(text);
        }
        Bm25Index index;
        for (std::size_t i = 0; i < chunks.size(); ++i) index.add(static_cast<ChunkId>(i), chunks[i]);
        index.finish();

        std::vector<std::map<std::string, int>> tfs(chunks.size());
        std::map<std::string, int> df;
        double total = 0;
        for (std::size_t i = 0; i < chunks.size(); ++i) {
            for (const std::string &t : analyzeTerms(chunks[i])) ++tfs[i][t];
            for (const auto &[t, c] : tfs[i]) ++df[t];
            total += static_cast<double>(analyzeTerms(chunks[i]).size());
        }
        const double avg = total / static_cast<double>(chunks.size());
        const std::vector<std::string> query{"w3", "w17", "w39"};
        std::vector<ScoredChunk> expected;
        for (std::size_t i = 0; i < chunks.size(); ++i) {
            double s = 0;
            const double len = static_cast<double>(analyzeTerms(chunks[i]).size());
            for (const std::string &t : query)
                if (tfs[i].count(t)) s += termScore(300, df[t], tfs[i][t], len, avg);
            if (s > 0) expected.push_back({static_cast<ChunkId>(i), s});
        }
        std::sort(expected.begin(), expected.end(), [](const ScoredChunk &a, const ScoredChunk &b) {
            return a.score > b.score || (a.score == b.score && a.chunk < b.chunk);
        });
        const auto hits = index.search("w3 w17 w39", 1000);
        QCOMPARE(hits.size(), expected.size());
        for (std::size_t i = 0; i < hits.size(); ++i) {
            QVERIFY(std::abs(hits[i].score - expected[i].score) < 1e-9);
            if (i + 1 < hits.size() && std::abs(expected[i].score - expected[i + 1].score) > 1e-9)
                QCOMPARE(hits[i].chunk, expected[i].chunk);
        }
        const auto top = index.search("w3 w17 w39", 7);
        QCOMPARE(top.size(), std::size_t(7));
        for (std::size_t i = 0; i < top.size(); ++i) QCOMPARE(top[i].chunk, hits[i].chunk);
        for (std::size_t i = 0; i < hits.size(); i += 13)
            QCOMPARE(index.rankOf("w3 w17 w39", hits[i].chunk), static_cast<std::int64_t>(i + 1));
    }
};

QTEST_APPLESS_MAIN(TestBm25)
#include "tst_bm25.moc"
