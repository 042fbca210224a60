#pragma once
// The lab's chunking A/B: a second, temporary index of the same sources cut with another chunking
// (B), the same query under both, and what changed in the top k. Passages of the two sides are
// matched by source file and overlapping byte ranges of the decoded text (both sides decode a file
// the same way), so "the same passage" means "the same stretch of the same file", whatever its
// boundaries.

#include "engine/base/runcontext.h"
#include "engine/retrieval/chunking.h"
#include "engine/retrieval/ingest.h"
#include "engine/retrieval/retrievalindex.h"
#include "engine/retrieval/types.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace genlab::engine::retrieval {

// One passage of one side's top k. Plain data.
struct AbPassage
{
    ChunkId chunk = -1;                 // in its own side's index
    std::int64_t rank = 0;              // 1-based, in its side's list
    double score = 0;                   // the chosen retriever's score (fused under Hybrid)
    std::string path;                   // source file (absolute)
    std::int64_t begin = 0, end = 0;    // bytes of the decoded text
    std::int32_t line = 1;
    std::int32_t page = 0;
    std::string heading;
    std::string text;
    // Ranks (ascending) of the other side's top-k passages that overlap this one; empty: it has no
    // counterpart there (dropped by B on side A, new with B on side B).
    std::vector<std::int64_t> otherRanks;
};

// The query under both chunkings. Plain data.
struct ChunkingAbResult
{
    std::string query;
    std::string chunkingA, chunkingB;   // ChunkingSpec::toString()
    std::string retriever;              // retrieverName()
    int topK = 0;
    std::int64_t chunksA = 0, chunksB = 0;
    std::vector<AbPassage> a, b;        // best first
    int kept = 0;                       // passages of A's top k with a counterpart in B's
    int dropped = 0;                    // ... without one
    int added = 0;                      // passages of B's top k without a counterpart in A's
    std::string notice;                 // why a side has fewer hits than asked, else empty
};

// Whether two passages are the same stretch of text: same file, overlapping bytes.
bool sameStretch(const AbPassage &x, const AbPassage &y);

// Fills otherRanks, kept, dropped and added from a and b (used by ChunkingComparison::compare,
// public so the matching is tested on its own).
void matchSides(ChunkingAbResult &result);

// The second index of an A/B, in a folder of its own that is removed with the object.
// Thread: one thread at a time (the lab's lane); the index A it compares with may be read by
// others meanwhile.
class ChunkingComparison
{
public:
    // Builds B: the roots and options of a with chunking b, in a new folder under workFolder (""
    // : the system's temporary folder). Progress and cancel through ctx (Canceled leaves nothing
    // behind). Throws std::invalid_argument when a holds no documents or b is a's own chunking or
    // not a valid chunking, IndexError when B cannot be written.
    ChunkingComparison(const RetrievalIndex &a, const ChunkingSpec &b, const IngestLimits &limits,
                       const std::string &workFolder = {}, const RunContext &ctx = {});
    ~ChunkingComparison();
    ChunkingComparison(const ChunkingComparison &) = delete;
    ChunkingComparison &operator=(const ChunkingComparison &) = delete;

    const ChunkingSpec &chunking() const { return m_chunking; }
    const RetrievalIndex &index() const { return *m_index; }
    const UpdateReport &report() const { return m_report; }
    const std::string &folder() const { return m_folder; }

    // The query under a (with a's chunking) and under B, the top options.topK of each and what changed.
    // An empty query gives two empty lists.
    ChunkingAbResult compare(const RetrievalIndex &a, const std::string &query, const SearchOptions &options) const;

private:
    ChunkingSpec m_chunking;
    std::string m_folder;               // the temporary parent, removed in the destructor
    std::unique_ptr<RetrievalIndex> m_index;
    UpdateReport m_report;
};

} // namespace genlab::engine::retrieval
