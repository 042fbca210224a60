#pragma once
// The Retrieval lab's index: the pieces (ingest, chunking, BM25, an embedder, the vector store,
// HNSW, fusion, evaluation) tied together in one folder that survives restarts (layout in
// indexstore.h). Incremental updates re-read only files whose size or time changed and whose
// content hash then differs; a cancelled update leaves the previous index as it was; derived files
// (BM25, vectors, HNSW) that are damaged or do not match the manifest are rebuilt from the stored
// chunks and vectors, never loaded raw, and the reason is reported.

#include "engine/base/runcontext.h"
#include "engine/retrieval/analyzer.h"
#include "engine/retrieval/annindex.h"
#include "engine/retrieval/bm25.h"
#include "engine/retrieval/chunking.h"
#include "engine/retrieval/evaluation.h"
#include "engine/retrieval/indexstore.h"
#include "engine/retrieval/ingest.h"
#include "engine/retrieval/types.h"

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace genlab::engine::retrieval {

// Below this many chunks ann "auto" scans exactly (fast enough and exact); at or above it, HNSW.
inline constexpr std::int64_t kExactScanLimit = 20000;

struct IndexOptions
{
    ChunkingSpec chunking;              // default chars:800:100
    std::string embedder = "lsa";       // "lsa" (fitted on the corpus itself) or a BERT / sentence-transformers folder
    int lsaDimension = 128;             // LSA: dimensions kept by the truncated SVD
    std::uint64_t seed = 1;             // LSA: the randomised SVD's seed (same corpus and seed, same vectors)
    std::string ann = "auto";           // "auto": exact below kExactScanLimit chunks, HNSW above; "hnsw"; "exact"
    HnswParams hnsw;
    AnalyzerOptions analyzer;           // BM25's analyzer (and the extractive answer's)
    IngestLimits limits;                // file size cap, the PDF helper and its limits
};

struct DecodeNote
{
    std::string path;
    std::string encoding;               // "latin-1", "utf-16le", ... (files that were not plain UTF-8, or had bad bytes)
    std::int64_t replacedBytes = 0;
};

struct UpdateReport
{
    int added = 0;                      // files new to the index
    int changed = 0;                    // files re-read because their content hash changed
    int unchanged = 0;                  // files kept as they were (including touched ones with the same hash)
    int removed = 0;                    // files gone from the sources (or now unreadable: see skipped)
    std::vector<std::string> hashed;    // files whose size or time changed, so their hash was computed
    std::vector<std::string> reread;    // files read and chunked again (added + changed, or all when the chunking changed)
    std::vector<SkippedFile> skipped;   // not indexed, with the reason
    std::vector<DecodeNote> decodeNotes;
    std::int64_t documents = 0;         // in the index afterwards
    std::int64_t chunks = 0;
    std::int64_t embeddedChunks = 0;    // chunks whose vectors were computed in this update
    bool lsaRefitted = false;
    std::string ann;                    // "exact" or "hnsw": what dense search uses now
    std::vector<std::string> notes;     // what else happened and why ("LSA refitted: ...")
    bool modified = false;              // false: nothing changed, nothing was written
};

enum class Retriever { Bm25, Dense, Hybrid };
enum class FusionMethod { Rrf, Weighted };

// "bm25", "dense", "hybrid" (and back; fromName throws std::invalid_argument naming the choices).
std::string retrieverName(Retriever r);
Retriever retrieverFromName(const std::string &name);

struct SearchOptions
{
    Retriever retriever = Retriever::Hybrid;
    int topK = 10;
    Bm25Params bm25;
    FusionMethod fusion = FusionMethod::Rrf;
    double rrfK = 60;
    double bm25Weight = 1.0;            // each retriever's weight in the fusion
    double denseWeight = 1.0;
    int ef = 0;                         // HNSW search breadth (0: the index's default)
    // How deep each retriever's list goes into the fusion (0: max(100, 4 * topK)). A passage
    // outside both lists has no fused rank.
    int fusionDepth = 0;
};

struct RankScore
{
    std::int64_t rank = 0;              // 1-based
    double score = 0;                   // BM25 score, cosine (dense) or fused score
};

// One retrieved passage. Under Hybrid, bm25 and dense hold the passage's rank and score in each
// retriever's full ranking (bm25 empty when no query term occurs in it); under a single retriever
// only that one is set and fused is empty.
struct SearchHit
{
    ChunkId chunk = -1;
    std::optional<RankScore> bm25;
    std::optional<RankScore> dense;
    std::optional<RankScore> fused;
};

// "Why (not) this passage?": its standing under each retriever for one query.
struct PassageExplanation
{
    ChunkId chunk = -1;
    int topK = 0;
    bool inTopK = false;                // it is among the hits search() returns with these options
    std::int64_t finalRank = 0;         // its rank in the list the chosen retriever returns (0: not ranked)
    std::optional<RankScore> bm25;
    std::optional<RankScore> dense;
    std::optional<RankScore> fused;
    std::vector<TermContribution> terms; // BM25 per distinct query term (tf 0 ones included)
    std::vector<std::string> missingTerms;  // query terms that do not occur in the passage
    std::optional<double> bm25CutOff;   // the score of the last of the top k under each retriever
    std::optional<double> denseCutOff;
    std::optional<double> fusedCutOff;
    std::vector<std::string> reasons;   // readable lines: why it is in, or what kept it out
};

struct EvaluationQuestion
{
    std::string question;
    std::vector<ChunkId> relevantChunks;        // relevant passages, or
    std::vector<std::string> relevantDocuments; // relevant source files (absolute paths or file names):
                                                // ranked chunks are then mapped to their files
};

struct RetrieverEvaluation
{
    std::string retriever;              // "bm25", "dense", "hybrid (rrf)" / "hybrid (weighted)"
    RetrievalMetrics metrics;
};

struct OpenReport
{
    std::vector<std::string> rebuilt;   // "bm25.bin: checksum mismatch; rebuilt from the 120 stored chunks", ...
    std::vector<std::string> notes;     // anything else worth saying (a BERT folder that is gone, ...)
};

// Thread: one writer (update) at a time; the const members (search, explain, chunk, evaluate ...)
// may run from any number of threads, also during an update: they see the index as it was before
// the update committed.
class RetrievalIndex
{
public:
    ~RetrievalIndex();
    RetrievalIndex(RetrievalIndex &&) noexcept;
    RetrievalIndex &operator=(RetrievalIndex &&) noexcept;

    // An empty index that will live in dir (created; it must not hold an index already: IndexError).
    static RetrievalIndex create(const std::string &dir);
    // Opens the index in dir: the manifest is checked, store.bin is loaded (damage: IndexError,
    // the index must be built again), and BM25, vectors and HNSW are verified against the manifest
    // and rebuilt when damaged or mismatched (openReport() says which and why; the repaired files
    // are written back when the folder is writable and no other process is updating it). Takes no
    // lock: when another process commits an update while this one reads, it reads the new one.
    static RetrievalIndex open(const std::string &dir, const RunContext &ctx = {});
    // open() when dir holds an index; create() when it holds none (a damaged one is reported in
    // *why and replaced by an empty index, which the next update fills).
    // A damaged index is only replaced under the update lock: IndexBusyError while another
    // process is updating it (whose commit may be what looked like damage).
    static RetrievalIndex openOrCreate(const std::string &dir, std::string *why = nullptr);
    static bool exists(const std::string &dir);

    // Brings the index in line with the files under paths (the roots; files no longer under them
    // are removed). Progress through ctx.progress, cancel through ctx.checkpoint() (throws
    // Canceled; the previous index stays as it was on disk and in this object). Throws IndexError
    // when the new index cannot be written, std::invalid_argument for bad options, and
    // IndexBusyError (indexlock.h) at once, changing nothing, when another process (or another
    // RetrievalIndex on the same folder) is updating it: INDEX/update.lock is held for the update.
    UpdateReport update(const std::vector<std::string> &paths, const IndexOptions &options, const RunContext &ctx = {});

    const std::string &folder() const;
    const OpenReport &openReport() const;
    IndexOptions options() const;           // as the index was last built (defaults for an empty one)
    std::vector<std::string> roots() const;
    std::int64_t documentCount() const;
    std::int64_t chunkCount() const;
    std::string annMode() const;            // "exact" or "hnsw": what dense search uses
    std::string embedderIdentity() const;   // "" when there are no vectors
    int vectorDimension() const;            // 0 when there are no vectors (LSA lowers it for a tiny corpus)
    bool denseAvailable(std::string *why = nullptr) const;

    // Copies (the index may be updated meanwhile). Throw std::out_of_range for a bad id.
    Chunk chunk(ChunkId id) const;
    IndexedDocument document(std::int32_t index) const;
    IndexedDocument documentOf(ChunkId id) const;

    // Best first; at most topK. An empty (or all-punctuation) query gives no hits. Dense search on
    // an index without vectors gives none either (denseAvailable() says why).
    std::vector<SearchHit> search(const std::string &query, const SearchOptions &options = {}) const;
    PassageExplanation explain(const std::string &query, ChunkId id, const SearchOptions &options = {}) const;
    // The BM25 term breakdown and idf for a query against one chunk (Bm25Index::explain).
    std::vector<TermContribution> bm25Terms(const std::string &query, ChunkId id, const Bm25Params &params = {}) const;
    // The index's analyzer (for highlighting and the extractive answer).
    AnalyzerOptions analyzer() const;

    // Recall@k, MRR and nDCG@10 of BM25, dense and both fusions over the labelled questions.
    std::vector<RetrieverEvaluation> evaluate(const std::vector<EvaluationQuestion> &questions,
                                              const SearchOptions &options = {}, const RunContext &ctx = {}) const;
    // HNSW's recall@k against the exact scan for the given queries (embedded here); nullopt when
    // the index has no HNSW graph (ann "exact", or "auto" below kExactScanLimit) or no vectors.
    std::optional<double> annRecall(const std::vector<std::string> &queries, int k = 10, int ef = 0) const;

    // The stored dense vectors of ids, row-major ids.size() x dimension (unit rows), for views such
    // as the lab's 2-D map; empty when the index has no vectors. Throws std::out_of_range for a bad id.
    std::vector<float> vectorsOf(const std::vector<ChunkId> &ids) const;
    // query embedded the way dense search embeds it (one unit row); empty when dense search is not
    // available (denseAvailable() says why) or the query has nothing the embedder knows.
    std::vector<float> embedQuery(const std::string &query) const;

private:
    struct State;
    RetrievalIndex();
    // open() of the generation index.json names now (open() retries when an update commits meanwhile).
    static RetrievalIndex openGeneration(const std::string &dir, const RunContext &ctx);
    std::shared_ptr<const State> snapshot() const;

    std::string m_dir;
    OpenReport m_openReport;
    mutable std::mutex m_stateMutex;    // guards m_state (the pointer, not the state)
    std::shared_ptr<const State> m_state;
};

} // namespace genlab::engine::retrieval
