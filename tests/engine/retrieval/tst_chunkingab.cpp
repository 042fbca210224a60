// The chunking A/B: matching passages by file and overlapping bytes, a second index of the same
// folder built with another chunking in a temporary folder (removed afterwards, also when
// cancelled), the query under both with what stayed, left and came, and the choices refused.
#include "engine/retrieval/chunkingab.h"

#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>
#include <fstream>

using namespace genlab::engine;
using namespace genlab::engine::retrieval;
namespace fs = std::filesystem;

namespace {

void writeText(const fs::path &path, const std::string &text)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
}

AbPassage passage(const std::string &path, std::int64_t begin, std::int64_t end, std::int64_t rank)
{
    AbPassage p;
    p.path = path;
    p.begin = begin;
    p.end = end;
    p.rank = rank;
    return p;
}

bool emptyFolder(const fs::path &dir)
{
    return fs::is_empty(dir);
}

} // namespace

class TestChunkingAb : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    fs::path m_docs;
    std::unique_ptr<RetrievalIndex> m_index;

    fs::path root() const { return fs::path(m_tmp.path().toStdString()); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_docs = root() / "docs";
        fs::create_directories(m_docs);
        writeText(m_docs / "gan.md",
                  "# Generative adversarial networks\n\nA generator and a discriminator play a game. The generator learns "
                  "to fool the discriminator.\n\n## Mode collapse\n\nMode collapse happens when the generator maps many "
                  "latent codes to the same few outputs. The discriminator then rejects those outputs and the generator "
                  "jumps to other modes, so training oscillates instead of converging.\n");
        writeText(m_docs / "vae.md", "# Variational autoencoders\n\nAn encoder maps an image to a distribution over latent "
                                     "codes and a decoder reconstructs the image. The KL divergence keeps the posterior "
                                     "close to the prior.\n");
        writeText(m_docs / "diffusion.txt", "Diffusion models add Gaussian noise to images step by step. A network learns "
                                            "to predict the noise, and sampling runs the reverse process from pure noise.\n");
        m_index = std::make_unique<RetrievalIndex>(RetrievalIndex::create((root() / "index").string()));
        IndexOptions o;
        o.chunking = ChunkingSpec::parse("chars:120:20");
        o.lsaDimension = 8;
        m_index->update({m_docs.string()}, o);
        QVERIFY(m_index->chunkCount() > 3);
        fs::create_directories(root() / "work");
    }

    void matching()
    {
        ChunkingAbResult r;
        r.a = {passage("/d/a.md", 0, 100, 1), passage("/d/a.md", 100, 200, 2), passage("/d/b.md", 0, 50, 3)};
        r.b = {passage("/d/a.md", 150, 400, 1), passage("/d/b.md", 50, 90, 2), passage("/d/a.md", 0, 10, 3)};
        matchSides(r);
        QCOMPARE(r.a[0].otherRanks, std::vector<std::int64_t>{3});
        QCOMPARE(r.a[1].otherRanks, std::vector<std::int64_t>{1});
        QVERIFY(r.a[2].otherRanks.empty()); // b.md [0,50) and [50,90) only touch
        QCOMPARE(r.b[0].otherRanks, std::vector<std::int64_t>{2});
        QVERIFY(r.b[1].otherRanks.empty());
        QCOMPARE(r.kept, 2);
        QCOMPARE(r.dropped, 1);
        QCOMPARE(r.added, 1);
        QVERIFY(!sameStretch(passage("/d/a.md", 0, 100, 1), passage("/d/c.md", 0, 100, 1)));
    }

    void compareTwoChunkings()
    {
        const fs::path work = root() / "work";
        std::vector<double> progress;
        RunContext ctx;
        ctx.onProgress = [&](double f, std::string_view) { progress.push_back(f); };
        std::string folder;
        {
            ChunkingComparison ab(*m_index, ChunkingSpec::parse("headings"), {}, work.string(), ctx);
            folder = ab.folder();
            QVERIFY(fs::is_directory(folder));
            QVERIFY(!progress.empty());
            QCOMPARE(ab.chunking().toString(), std::string("headings"));
            QVERIFY(ab.index().chunkCount() < m_index->chunkCount());
            SearchOptions o;
            o.retriever = Retriever::Bm25;
            o.topK = 3;
            const ChunkingAbResult r = ab.compare(*m_index, "mode collapse generator", o);
            QCOMPARE(r.chunkingA, std::string("chars:120:20"));
            QCOMPARE(r.chunkingB, std::string("headings"));
            QCOMPARE(r.retriever, std::string("bm25"));
            QVERIFY(!r.a.empty() && !r.b.empty());
            QVERIFY(r.a.size() <= 3 && r.b.size() <= 3);
            QVERIFY(fs::path(r.a[0].path).filename() == "gan.md" && fs::path(r.b[0].path).filename() == "gan.md");
            // B's best passage is the whole "Mode collapse" section, which overlaps A's best.
            QCOMPARE(r.b[0].heading, std::string("Mode collapse"));
            QVERIFY(!r.a[0].otherRanks.empty());
            QCOMPARE(r.kept + r.dropped, int(r.a.size()));
            for (const AbPassage &p : r.a)
                QCOMPARE(p.text, m_index->chunk(p.chunk).text);
            for (std::size_t i = 0; i < r.b.size(); ++i)
                QCOMPARE(r.b[i].rank, std::int64_t(i + 1));
            // Hybrid works on both sides too; an empty query gives nothing.
            o.retriever = Retriever::Hybrid;
            QVERIFY(!ab.compare(*m_index, "latent codes", o).b.empty());
            QVERIFY(ab.compare(*m_index, "", o).a.empty());
        }
        QVERIFY(!fs::exists(folder));
        QVERIFY(emptyFolder(work));
    }

    void refused()
    {
        const std::string work = (root() / "work").string();
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ChunkingComparison(*m_index, ChunkingSpec::parse("chars:120:20"), {}, work));
        ChunkingSpec bad;
        bad.size = 0;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ChunkingComparison(*m_index, bad, {}, work));
        RetrievalIndex empty = RetrievalIndex::create((root() / "empty").string());
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ChunkingComparison(empty, ChunkingSpec::parse("file"), {}, work));
        QVERIFY(emptyFolder(root() / "work"));
    }

    void cancelLeavesNothing()
    {
        std::stop_source stop;
        stop.request_stop();
        RunContext ctx;
        ctx.stop = stop.get_token();
        QVERIFY_THROWS_EXCEPTION(Canceled, ChunkingComparison(*m_index, ChunkingSpec::parse("sentences:2"), {}, (root() / "work").string(), ctx));
        QVERIFY(emptyFolder(root() / "work"));
    }
};

QTEST_APPLESS_MAIN(TestChunkingAb)
#include "tst_chunkingab.moc"
