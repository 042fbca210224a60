#pragma once
// Combining the ranked lists of several retrievers (BM25, dense) into one. Pure functions,
// thread-safe.

#include "engine/retrieval/types.h"

#include <string>
#include <vector>

namespace genlab::engine::retrieval {

struct RankedList
{
    std::string retriever;               // "bm25", "dense", ... (for display)
    double weight = 1.0;                 // the retriever's weight in the fusion (>= 0)
    std::vector<ScoredChunk> ranked;     // best first; a chunk appears at most once
};

// Reciprocal rank fusion (Cormack et al. 2009): score(c) = sum over lists containing c of
// weight / (k + rank), rank 1-based in that list. Best first, ties by smaller id. A chunk listed
// twice in one list counts at its first (best) rank. Throws std::invalid_argument for k < 0 or a
// negative or non-finite weight.
std::vector<ScoredChunk> reciprocalRankFusion(const std::vector<RankedList> &lists, double k = 60);

// Each list's scores min-max normalised to [0, 1] within the list (a list whose scores are all
// equal gives each of its chunks 1), then score(c) = sum of weight * normalised. Best first, ties by
// smaller id. Same weight checks as above; non-finite scores throw std::invalid_argument too.
std::vector<ScoredChunk> weightedScoreFusion(const std::vector<RankedList> &lists);

} // namespace genlab::engine::retrieval
