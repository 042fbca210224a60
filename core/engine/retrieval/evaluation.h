#pragma once
// Ranking metrics for the lab's evaluation view: the user's relevance labels against each
// retriever's ranking. Binary relevance. Pure functions, thread-safe.

#include "engine/retrieval/types.h"

#include <set>
#include <vector>

namespace genlab::engine::retrieval {

// |relevant within the first k of ranked| / |relevant| (0 when nothing is relevant or k <= 0).
double recallAtK(const std::vector<ChunkId> &ranked, const std::set<ChunkId> &relevant, int k);
// 1 / rank of the first relevant chunk, 0 when none is ranked.
double reciprocalRank(const std::vector<ChunkId> &ranked, const std::set<ChunkId> &relevant);
// DCG@k / ideal DCG@k with gain 1 for a relevant chunk and discount 1 / log2(rank + 1); 0 when
// nothing is relevant or k <= 0. A chunk listed twice counts once (its first position).
double ndcgAtK(const std::vector<ChunkId> &ranked, const std::set<ChunkId> &relevant, int k);

struct RetrievalMetrics
{
    double recallAt5 = 0;
    double recallAt10 = 0;
    double mrr = 0;          // mean over queries of reciprocalRank (a single query: its RR)
    double ndcgAt10 = 0;
    int queries = 0;         // how many queries were averaged
};

// The metrics of one query's ranking.
RetrievalMetrics evaluateQuery(const std::vector<ChunkId> &ranked, const std::set<ChunkId> &relevant);

// Ids of a scored list, in order (helper for the above).
std::vector<ChunkId> idsOf(const std::vector<ScoredChunk> &ranked);

// Mean over queries: rankings[i] against relevant[i]. Queries with no relevant chunk are skipped
// (they carry no signal) and not counted. Throws std::invalid_argument when the sizes differ.
RetrievalMetrics meanMetrics(const std::vector<std::vector<ChunkId>> &rankings,
                             const std::vector<std::set<ChunkId>> &relevant);

} // namespace genlab::engine::retrieval
