#pragma once
// Okapi BM25 over the retrieval engine's own inverted index: term dictionary (hash map) to compact
// postings (chunk id, tf) sorted by chunk id, document lengths kept, scores accumulated in a dense
// array over the chunks with a touched list, top-k by partial sort. Saved as a versioned binary
// file with a checksum.

#include "engine/retrieval/analyzer.h"
#include "engine/retrieval/types.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace genlab::engine::retrieval {

struct Bm25Params
{
    double k1 = 1.2;
    double b = 0.75;
};

// One distinct query term's part of a chunk's score.
struct TermContribution
{
    std::string term;
    std::int32_t tf = 0;                  // occurrences in the chunk
    std::int64_t documentFrequency = 0;   // chunks containing the term
    double idf = 0;
    double score = 0;                     // idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * |d| / avgdl))
};

// Thread: built (add, finish) by one thread; after finish() the const members (search, explain,
// rankOf, save) are safe from many threads at once.
class Bm25Index
{
public:
    explicit Bm25Index(AnalyzerOptions analyzer = {});
    ~Bm25Index();
    Bm25Index(Bm25Index &&) noexcept;
    Bm25Index &operator=(Bm25Index &&) noexcept;

    // Ids must be 0, 1, 2, ... in order (throws std::invalid_argument otherwise, or after finish()).
    void add(ChunkId id, std::string_view text);
    // After the last add: builds the postings. Searching before finish() throws std::logic_error.
    void finish();

    std::int64_t size() const;            // chunks added
    std::int64_t termCount() const;       // distinct terms
    double averageLength() const;         // mean terms per chunk (0 when empty)
    std::int32_t lengthOf(ChunkId id) const;

    // Best first, ties by smaller id. score = sum over DISTINCT query terms of
    // idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * |d| / avgdl)), idf = ln(1 + (N - n + 0.5) / (n + 0.5)).
    // Only chunks with score > 0. k <= 0 gives an empty list.
    std::vector<ScoredChunk> search(std::string_view query, int k, const Bm25Params &params = {}) const;
    // One entry per distinct query term in query order, including those with tf 0; the scores sum
    // to the chunk's search score. Throws std::out_of_range for an unknown id.
    std::vector<TermContribution> explain(std::string_view query, ChunkId id, const Bm25Params &params = {}) const;
    // 1-based rank of the chunk among all scored chunks (ties by id, as search), 0 when its score is 0.
    std::int64_t rankOf(std::string_view query, ChunkId id, const Bm25Params &params = {}) const;

    // Binary, versioned, checksummed. load() throws std::runtime_error naming the file and what is
    // wrong (missing, not a BM25 index, other version, truncated, checksum mismatch, inconsistent).
    void save(const std::string &path) const;
    static Bm25Index load(const std::string &path);

    const AnalyzerOptions &analyzer() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace genlab::engine::retrieval
