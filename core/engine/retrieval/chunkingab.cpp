#include "engine/retrieval/chunkingab.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <system_error>

namespace genlab::engine::retrieval {

namespace fs = std::filesystem;

namespace {

// A fresh folder (mkdtemp) under parent; the name says what it is when one is left after a crash.
std::string makeTemporaryFolder(const std::string &parent)
{
    std::error_code ec;
    const fs::path base = parent.empty() ? fs::temp_directory_path(ec) : fs::path(parent);
    if (ec)
        throw IndexError("no temporary folder for the chunking A/B (" + ec.message() + ")");
    fs::create_directories(base, ec);
    std::string pattern = (base / "genlab-chunking-ab-XXXXXX").string();
    if (!::mkdtemp(pattern.data()))
        throw IndexError(base.string() + ": cannot create a folder for the chunking A/B index");
    return pattern;
}

std::vector<AbPassage> passagesOf(const RetrievalIndex &index, const std::vector<SearchHit> &hits)
{
    std::vector<AbPassage> out;
    for (std::size_t i = 0; i < hits.size(); ++i) {
        const SearchHit &h = hits[i];
        AbPassage p;
        p.chunk = h.chunk;
        p.rank = std::int64_t(i) + 1;
        p.score = h.fused ? h.fused->score : h.bm25 ? h.bm25->score : h.dense ? h.dense->score : 0.0;
        const Chunk c = index.chunk(h.chunk);
        p.path = index.document(c.document).path;
        p.begin = c.begin;
        p.end = c.end;
        p.line = c.line;
        p.page = c.page;
        p.heading = c.heading;
        p.text = c.text;
        out.push_back(std::move(p));
    }
    return out;
}

} // namespace

bool sameStretch(const AbPassage &x, const AbPassage &y)
{
    return x.path == y.path && x.begin < y.end && y.begin < x.end;
}

void matchSides(ChunkingAbResult &r)
{
    r.kept = r.dropped = r.added = 0;
    for (AbPassage &p : r.a) {
        p.otherRanks.clear();
        for (const AbPassage &q : r.b)
            if (sameStretch(p, q))
                p.otherRanks.push_back(q.rank);
        std::sort(p.otherRanks.begin(), p.otherRanks.end());
        ++(p.otherRanks.empty() ? r.dropped : r.kept);
    }
    for (AbPassage &q : r.b) {
        q.otherRanks.clear();
        for (const AbPassage &p : r.a)
            if (sameStretch(q, p))
                q.otherRanks.push_back(p.rank);
        std::sort(q.otherRanks.begin(), q.otherRanks.end());
        if (q.otherRanks.empty())
            ++r.added;
    }
}

ChunkingComparison::ChunkingComparison(const RetrievalIndex &a, const ChunkingSpec &b, const IngestLimits &limits,
                                       const std::string &workFolder, const RunContext &ctx)
    : m_chunking(ChunkingSpec::parse(b.toString())) // a spec built field by field is checked like a typed one
{
    const IndexOptions optionsA = a.options();
    if (a.documentCount() == 0 || a.roots().empty())
        throw std::invalid_argument("the index holds no documents yet: index some before comparing chunkings");
    if (m_chunking == optionsA.chunking)
        throw std::invalid_argument("chunking B (" + m_chunking.toString() +
                                    ") is the index's own chunking; choose another kind, size or overlap to compare");
    m_folder = makeTemporaryFolder(workFolder);
    try {
        IndexOptions options = optionsA;
        options.chunking = m_chunking;
        options.limits = limits;
        m_index = std::make_unique<RetrievalIndex>(RetrievalIndex::create((fs::path(m_folder) / "index").string()));
        m_report = m_index->update(a.roots(), options, ctx);
    } catch (...) {
        std::error_code ec;
        m_index.reset();
        fs::remove_all(m_folder, ec);
        throw;
    }
}

ChunkingComparison::~ChunkingComparison()
{
    m_index.reset();
    std::error_code ec;
    fs::remove_all(m_folder, ec); // best effort: a temporary folder left behind harms nothing
}

ChunkingAbResult ChunkingComparison::compare(const RetrievalIndex &a, const std::string &query, const SearchOptions &options) const
{
    ChunkingAbResult r;
    r.query = query;
    r.chunkingA = a.options().chunking.toString();
    r.chunkingB = m_chunking.toString();
    r.retriever = retrieverName(options.retriever);
    r.topK = options.topK;
    r.chunksA = a.chunkCount();
    r.chunksB = m_index->chunkCount();
    r.a = passagesOf(a, a.search(query, options));
    r.b = passagesOf(*m_index, m_index->search(query, options));
    if (options.retriever != Retriever::Bm25) {
        std::string why;
        if (!a.denseAvailable(&why))
            r.notice = "A: dense search unavailable (" + why + ")";
        else if (!m_index->denseAvailable(&why))
            r.notice = "B: dense search unavailable (" + why + ")";
    }
    matchSides(r);
    return r;
}

} // namespace genlab::engine::retrieval
