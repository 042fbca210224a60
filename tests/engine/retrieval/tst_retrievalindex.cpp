// The retrieval index on a small folder of Markdown, text and HTML files: each retriever finds the
// page a query is about, hybrid hits carry all three standings, the index reopens with the same
// results; incremental updates (a touched file is hashed but not read, a changed one is read and
// re-chunked, a deleted one leaves); damaged BM25, vector and HNSW files are rebuilt with a reason
// and give the same results; a cancelled update leaves the previous index usable in memory and on
// disk; "why not" names what kept a passage out; evaluation and HNSW recall against the exact scan.
#include "engine/retrieval/retrievalindex.h"

#include "tinymasked.h"

#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>
#include <fstream>
#include <stop_token>

#include <sys/stat.h>
#include <utime.h>

using namespace genlab::engine;
using genlab::testing::writeTinyBert;
using namespace genlab::engine::retrieval;
namespace fs = std::filesystem;

namespace {

void writeText(const fs::path &path, const std::string &text)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
}

const char *kGan = "# Generative adversarial networks\n\n"
                   "A generator and a discriminator play a game. The generator learns to fool the discriminator.\n\n"
                   "## Mode collapse\n\n"
                   "Mode collapse happens when the generator maps many latent codes to the same few outputs. "
                   "The discriminator then rejects those outputs and the generator jumps to other modes, so training "
                   "oscillates instead of converging. Wasserstein losses and minibatch discrimination reduce collapse.\n";
const char *kVae = "# Variational autoencoders\n\n"
                   "An encoder maps an image to a distribution over latent codes and a decoder reconstructs the image. "
                   "The KL divergence keeps the posterior close to the prior, and the reparameterisation trick lets "
                   "gradients flow through the sampling step.\n";
const char *kDiffusion = "Diffusion models add Gaussian noise to images step by step in a forward process. "
                         "A network learns to predict the noise, and sampling runs the reverse process from pure noise. "
                         "The noise schedule decides how fast the signal fades.\n";
const char *kHtml = "<html><head><title>Transformers</title></head><body><h1>Self-attention</h1>"
                    "<p>Self-attention lets every token look at every other token. Queries, keys and values are "
                    "projections of the token embeddings; the softmax of scaled dot products weights the values.</p>"
                    "</body></html>";

IndexOptions testOptions()
{
    IndexOptions o;
    o.chunking = ChunkingSpec::parse("chars:240:40");
    o.ann = "hnsw"; // exercised even on a tiny corpus
    o.lsaDimension = 16;
    return o;
}

std::string generationOf(const fs::path &index)
{
    std::ifstream in(index / IndexManifest::kFileName);
    std::stringstream s;
    s << in.rdbuf();
    return IndexManifest::fromJson(s.str(), "index.json").generation;
}

void flipByte(const fs::path &path, std::uintmax_t offset)
{
    std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
    QVERIFY2(f, path.c_str());
    f.seekg(std::streamoff(offset));
    char c = 0;
    f.read(&c, 1);
    c = char(c ^ 0x5a);
    f.seekp(std::streamoff(offset));
    f.write(&c, 1);
}

std::vector<ChunkId> ids(const std::vector<SearchHit> &hits)
{
    std::vector<ChunkId> out;
    for (const auto &h : hits)
        out.push_back(h.chunk);
    return out;
}

std::string sourceOf(const RetrievalIndex &index, const SearchHit &hit)
{
    return fs::path(index.documentOf(hit.chunk).path).filename().string();
}

} // namespace

class TestRetrievalIndex : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    fs::path m_docs;
    fs::path m_index;

    void rebuildDocs()
    {
        fs::remove_all(m_docs);
        fs::create_directories(m_docs / "sub");
        writeText(m_docs / "gan.md", kGan);
        writeText(m_docs / "vae.md", kVae);
        writeText(m_docs / "sub" / "diffusion.txt", kDiffusion);
        writeText(m_docs / "attention.html", kHtml);
        writeText(m_docs / "binary.txt", std::string("\x7f" "ELF\0\0\0\x01\x02\x03\0\0", 12) + std::string(200, '\0'));
    }

    RetrievalIndex freshIndex(const std::string &name)
    {
        rebuildDocs();
        m_index = fs::path(m_tmp.path().toStdString()) / name;
        fs::remove_all(m_index);
        RetrievalIndex index = RetrievalIndex::create(m_index.string());
        const UpdateReport r = index.update({m_docs.string()}, testOptions());
        if (r.added != 4)
            qWarning("expected 4 files indexed, got %d", r.added);
        return index;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_docs = fs::path(m_tmp.path().toStdString()) / "docs";
    }

    void indexesAndSkipsWithReasons()
    {
        rebuildDocs();
        const fs::path dir = fs::path(m_tmp.path().toStdString()) / "first";
        RetrievalIndex index = RetrievalIndex::create(dir.string());
        QCOMPARE(index.chunkCount(), 0);
        QVERIFY(index.search("anything").empty());
        const UpdateReport r = index.update({m_docs.string(), (m_docs / "missing.md").string()}, testOptions());
        QCOMPARE(r.added, 4);
        QCOMPARE(r.documents, 4);
        QVERIFY(r.chunks > 4);
        QCOMPARE(int(r.reread.size()), 4);
        QVERIFY(r.lsaRefitted);
        QCOMPARE(QString::fromStdString(r.ann), QStringLiteral("hnsw"));
        QCOMPARE(int(r.skipped.size()), 2); // the binary .txt and the missing path, each with its reason
        for (const auto &s : r.skipped) {
            QVERIFY2(!s.reason.empty(), s.path.c_str());
            QVERIFY(s.path.find("binary.txt") != std::string::npos || s.path.find("missing.md") != std::string::npos);
        }
        QVERIFY(RetrievalIndex::exists(dir.string()));
        QVERIFY_THROWS_EXCEPTION(IndexError, RetrievalIndex::create(dir.string()));
    }

    void eachRetrieverFindsThePage()
    {
        RetrievalIndex index = freshIndex("retrievers");
        for (const Retriever r : {Retriever::Bm25, Retriever::Dense, Retriever::Hybrid}) {
            SearchOptions o;
            o.retriever = r;
            o.topK = 3;
            const auto hits = index.search("why does mode collapse happen in the generator", o);
            QVERIFY2(!hits.empty(), retrieverName(r).c_str());
            QVERIFY(hits.size() <= 3);
            QCOMPARE(QString::fromStdString(sourceOf(index, hits.front())), QStringLiteral("gan.md"));
            for (std::size_t i = 0; i < hits.size(); ++i) {
                const SearchHit &h = hits[i];
                if (r == Retriever::Bm25) {
                    QVERIFY(h.bm25 && !h.dense && !h.fused);
                    QCOMPARE(h.bm25->rank, std::int64_t(i + 1));
                } else if (r == Retriever::Dense) {
                    QVERIFY(h.dense && !h.bm25 && !h.fused);
                    QVERIFY(h.dense->score <= 1.0001 && h.dense->score >= -1.0001);
                } else {
                    QVERIFY(h.fused && h.dense);
                    QCOMPARE(h.fused->rank, std::int64_t(i + 1));
                }
            }
        }
        // HTML text went through the parser: the tags are not in the passage, the words are.
        SearchOptions bm25;
        bm25.retriever = Retriever::Bm25;
        const auto html = index.search("softmax queries keys values", bm25);
        QVERIFY(!html.empty());
        QCOMPARE(QString::fromStdString(sourceOf(index, html.front())), QStringLiteral("attention.html"));
        QVERIFY(index.chunk(html.front().chunk).text.find("<p>") == std::string::npos);
        // An empty or punctuation-only query finds nothing rather than everything.
        QVERIFY(index.search("").empty());
        QVERIFY(index.search("?!").empty());

        // The same results after a restart.
        const auto before = index.search("noise schedule");
        const RetrievalIndex reopened = RetrievalIndex::open(m_index.string());
        QVERIFY(reopened.openReport().rebuilt.empty());
        QCOMPARE(reopened.chunkCount(), index.chunkCount());
        QCOMPARE(ids(reopened.search("noise schedule")), ids(before));
        QCOMPARE(QString::fromStdString(sourceOf(reopened, reopened.search("noise schedule").front())), QStringLiteral("diffusion.txt"));
    }

    void incrementalUpdates()
    {
        RetrievalIndex index = freshIndex("incremental");
        const IndexOptions o = testOptions();
        const std::string vae = (m_docs / "vae.md").string();

        // Nothing changed: nothing read, nothing written.
        UpdateReport r = index.update({m_docs.string()}, o);
        QCOMPARE(r.unchanged, 4);
        QVERIFY(r.hashed.empty());
        QVERIFY(r.reread.empty());
        QVERIFY(!r.modified);

        // Touched (new time, same bytes): hashed, not read again, no LSA refit.
        struct stat st;
        QCOMPARE(::stat(vae.c_str(), &st), 0);
        utimbuf times{st.st_atime, st.st_mtime + 100};
        QCOMPARE(::utime(vae.c_str(), &times), 0);
        r = index.update({m_docs.string()}, o);
        QCOMPARE(r.unchanged, 4);
        QCOMPARE(r.changed, 0);
        QCOMPARE(int(r.hashed.size()), 1);
        QCOMPARE(QString::fromStdString(r.hashed.front()), QString::fromStdString(vae));
        QVERIFY(r.reread.empty());
        QVERIFY(!r.lsaRefitted);
        QCOMPARE(r.embeddedChunks, 0);
        // ... and the new time is stored, so the next update does not hash it again.
        r = index.update({m_docs.string()}, o);
        QVERIFY(r.hashed.empty());

        // Changed content: read and chunked again, LSA refitted (it is derived from the corpus).
        const std::int64_t chunksBefore = index.chunkCount();
        writeText(vae, std::string(kVae) + "\nA beta-VAE weighs the KL term more to disentangle the latent factors of variation. "
                                           "Posterior collapse is when the decoder ignores the latent code entirely.\n");
        r = index.update({m_docs.string()}, o);
        QCOMPARE(r.changed, 1);
        QCOMPARE(r.unchanged, 3);
        QCOMPARE(int(r.reread.size()), 1);
        QCOMPARE(QString::fromStdString(r.reread.front()), QString::fromStdString(vae));
        QVERIFY(r.lsaRefitted);
        QVERIFY(index.chunkCount() >= chunksBefore);
        SearchOptions bm25;
        bm25.retriever = Retriever::Bm25;
        QCOMPARE(QString::fromStdString(sourceOf(index, index.search("disentangle beta", bm25).front())), QStringLiteral("vae.md"));

        // Deleted: removed from the index and from the results.
        fs::remove(m_docs / "sub" / "diffusion.txt");
        r = index.update({m_docs.string()}, o);
        QCOMPARE(r.removed, 1);
        QCOMPARE(r.documents, 3);
        for (const auto &h : index.search("noise schedule diffusion"))
            QVERIFY(sourceOf(index, h) != "diffusion.txt");

        // A new chunking reads everything again.
        IndexOptions sentences = o;
        sentences.chunking = ChunkingSpec::parse("sentences:2");
        r = index.update({m_docs.string()}, sentences);
        QCOMPARE(int(r.reread.size()), 3);
        QCOMPARE(QString::fromStdString(index.options().chunking.toString()), QStringLiteral("sentences:2"));
        // Only the committed generation is left on disk.
        int generations = 0;
        for (const auto &e : fs::directory_iterator(m_index))
            generations += e.path().filename().string().rfind("gen-", 0) == 0;
        QCOMPARE(generations, 1);
    }

    void damagedDerivedFilesAreRebuilt_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bm25") << QStringLiteral("bm25.bin") << QStringLiteral("bm25.bin");
        QTest::newRow("vectors") << QStringLiteral("vectors.bin") << QStringLiteral("vectors.bin");
        QTest::newRow("lsa") << QStringLiteral("lsa.bin") << QStringLiteral("lsa.bin");
        QTest::newRow("hnsw") << QStringLiteral("hnsw/hnsw.bin") << QStringLiteral("hnsw/");
        QTest::newRow("hnsw manifest") << QStringLiteral("hnsw/manifest.json") << QStringLiteral("hnsw/");
        QTest::newRow("missing bm25") << QStringLiteral("-bm25.bin") << QStringLiteral("bm25.bin");
    }

    void damagedDerivedFilesAreRebuilt()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        RetrievalIndex index = freshIndex("damaged");
        SearchOptions o;
        o.topK = 5;
        const std::string query = "generator discriminator collapse";
        const auto before = ids(index.search(query, o));
        const fs::path gen = m_index / generationOf(m_index);
        if (file.startsWith(QLatin1Char('-'))) {
            fs::remove(gen / file.mid(1).toStdString());
        } else {
            const fs::path target = gen / file.toStdString();
            flipByte(target, fs::file_size(target) / 2);
        }

        const RetrievalIndex reopened = RetrievalIndex::open(m_index.string());
        const auto &rebuilt = reopened.openReport().rebuilt;
        QVERIFY2(!rebuilt.empty(), qPrintable(file));
        bool named = false;
        for (const auto &line : rebuilt)
            named |= QString::fromStdString(line).startsWith(expected);
        QVERIFY2(named, rebuilt.front().c_str());
        QCOMPARE(ids(reopened.search(query, o)), before);

        // Repaired on disk: the next open has nothing to rebuild.
        const RetrievalIndex again = RetrievalIndex::open(m_index.string());
        QVERIFY2(again.openReport().rebuilt.empty(), again.openReport().rebuilt.empty() ? "" : again.openReport().rebuilt.front().c_str());
        QCOMPARE(ids(again.search(query, o)), before);
    }

    void damagedStoreIsAClearError()
    {
        freshIndex("store");
        const fs::path store = m_index / generationOf(m_index) / "store.bin";
        flipByte(store, 40);
        try {
            RetrievalIndex::open(m_index.string());
            QFAIL("a damaged store.bin opened");
        } catch (const IndexError &e) {
            QVERIFY2(std::string(e.what()).find("store.bin") != std::string::npos, e.what());
        }
        std::string why;
        RetrievalIndex replaced = RetrievalIndex::openOrCreate(m_index.string(), &why);
        QVERIFY(!why.empty());
        QCOMPARE(replaced.chunkCount(), 0);
        const UpdateReport r = replaced.update({m_docs.string()}, testOptions());
        QCOMPARE(r.added, 4);
        QVERIFY(!replaced.search("mode collapse").empty());
    }

    void cancelledUpdateLeavesTheOldIndex()
    {
        RetrievalIndex index = freshIndex("cancel");
        const std::string generation = generationOf(m_index);
        const auto before = ids(index.search("mode collapse generator"));
        const std::int64_t chunks = index.chunkCount();
        writeText(m_docs / "extra.md", "# Extra\n\nMode collapse also troubles the generator of conditional GANs.\n");
        fs::remove(m_docs / "vae.md");

        for (const std::string stopAt : {"reading", "fitting LSA", "building the HNSW", "writing"}) {
            std::stop_source source;
            RunContext ctx;
            ctx.stop = source.get_token();
            ctx.onProgress = [&](double, std::string_view stage) {
                if (stage.rfind(stopAt, 0) == 0)
                    source.request_stop();
            };
            QVERIFY_THROWS_EXCEPTION(Canceled, index.update({m_docs.string()}, testOptions(), ctx));
            QCOMPARE(index.chunkCount(), chunks);
            QCOMPARE(ids(index.search("mode collapse generator")), before);
            QCOMPARE(generationOf(m_index), generation);
            const RetrievalIndex reopened = RetrievalIndex::open(m_index.string());
            QVERIFY(reopened.openReport().rebuilt.empty());
            QCOMPARE(ids(reopened.search("mode collapse generator")), before);
            int generations = 0;
            for (const auto &e : fs::directory_iterator(m_index))
                generations += e.path().filename().string().rfind("gen-", 0) == 0;
            QCOMPARE(generations, 1);
        }
        // And the update still works afterwards.
        const UpdateReport r = index.update({m_docs.string()}, testOptions());
        QCOMPARE(r.added, 1);
        QCOMPARE(r.removed, 1);
    }

    void whyNotNamesWhatKeptItOut()
    {
        RetrievalIndex index = freshIndex("whynot");
        SearchOptions o;
        o.topK = 1;
        const std::string query = "mode collapse generator";
        const auto top = index.search(query, o);
        QCOMPARE(int(top.size()), 1);
        const PassageExplanation in = index.explain(query, top.front().chunk, o);
        QVERIFY(in.inTopK);
        QCOMPARE(in.finalRank, 1);

        // The diffusion page shares no word with the query.
        ChunkId other = -1;
        for (ChunkId id = 0; id < index.chunkCount(); ++id)
            if (index.documentOf(id).path.find("diffusion.txt") != std::string::npos)
                other = id;
        QVERIFY(other >= 0);
        const PassageExplanation out = index.explain(query, other, o);
        QVERIFY(!out.inTopK);
        QVERIFY(!out.bm25);
        QCOMPARE(int(out.missingTerms.size()), 3);
        QCOMPARE(int(out.terms.size()), 3);
        QVERIFY(out.dense);
        QVERIFY(out.dense->rank > 1);
        bool saysBm25 = false;
        for (const auto &line : out.reasons)
            saysBm25 |= line.find("BM25: none of the query's words") != std::string::npos;
        QVERIFY(saysBm25);

        // BM25's breakdown sums to its score.
        SearchOptions bm25 = o;
        bm25.retriever = Retriever::Bm25;
        const auto hit = index.search(query, bm25).front();
        double sum = 0;
        for (const auto &t : index.bm25Terms(query, hit.chunk))
            sum += t.score;
        QVERIFY(std::abs(sum - hit.bm25->score) < 1e-9);
    }

    void evaluatesAndMeasuresHnswRecall()
    {
        RetrievalIndex index = freshIndex("evaluate");
        std::vector<EvaluationQuestion> questions{
            {"why do GANs collapse to a few modes", {}, {"gan.md"}},
            {"what does the KL divergence do in a VAE", {}, {"vae.md"}},
            {"how does the reverse process remove noise", {}, {"sub/diffusion.txt"}},
        };
        const auto results = index.evaluate(questions);
        QCOMPARE(int(results.size()), 4);
        QCOMPARE(QString::fromStdString(results[0].retriever), QStringLiteral("bm25"));
        for (const auto &r : results) {
            QCOMPARE(r.metrics.queries, 3);
            QVERIFY(r.metrics.recallAt10 >= r.metrics.recallAt5);
        }
        QCOMPARE(results[0].metrics.recallAt5, 1.0);
        QCOMPARE(results[0].metrics.mrr, 1.0);

        const auto recall = index.annRecall({"mode collapse", "noise schedule", "latent code"}, 5);
        QVERIFY(recall.has_value());
        QVERIFY(*recall > 0.99); // a handful of vectors: the graph finds them all

        // An exact index has no graph to measure.
        IndexOptions exact = testOptions();
        exact.ann = "exact";
        index.update({m_docs.string()}, exact);
        QCOMPARE(QString::fromStdString(index.annMode()), QStringLiteral("exact"));
        QVERIFY(!index.annRecall({"mode collapse"}).has_value());
    }

    void bertVectorsAreEmbeddedOnlyForChangedFiles()
    {
        const QString bert = m_tmp.filePath(QStringLiteral("tiny-bert"));
        writeTinyBert(bert);
        rebuildDocs();
        m_index = fs::path(m_tmp.path().toStdString()) / "bert";
        RetrievalIndex index = RetrievalIndex::create(m_index.string());
        IndexOptions o = testOptions();
        o.embedder = bert.toStdString();
        UpdateReport r = index.update({m_docs.string()}, o);
        QCOMPARE(r.embeddedChunks, r.chunks);
        QVERIFY(!r.lsaRefitted);
        QVERIFY(index.denseAvailable());
        SearchOptions dense;
        dense.retriever = Retriever::Dense;
        QVERIFY(!index.search("the generator", dense).empty());

        writeText(m_docs / "vae.md", std::string(kVae) + "\nThe prior is a standard normal distribution.\n");
        r = index.update({m_docs.string()}, o);
        QCOMPARE(r.changed, 1);
        std::int64_t vaeChunks = 0;
        for (ChunkId id = 0; id < index.chunkCount(); ++id)
            vaeChunks += index.documentOf(id).path.find("vae.md") != std::string::npos;
        QCOMPARE(r.embeddedChunks, vaeChunks);
        QVERIFY(r.embeddedChunks < r.chunks);

        // Reopened in another process it loads the model on the first dense query.
        const RetrievalIndex reopened = RetrievalIndex::open(m_index.string());
        QVERIFY(reopened.openReport().rebuilt.empty());
        QCOMPARE(ids(reopened.search("the generator", dense)), ids(index.search("the generator", dense)));
    }
};

QTEST_APPLESS_MAIN(TestRetrievalIndex)
#include "tst_retrievalindex.moc"
