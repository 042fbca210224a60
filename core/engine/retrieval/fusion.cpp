#include "engine/retrieval/fusion.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

namespace genlab::engine::retrieval {

namespace {

void checkWeight(const RankedList &list)
{
    if (!std::isfinite(list.weight) || list.weight < 0)
        throw std::invalid_argument("fusion: the weight of retriever \"" + list.retriever + "\" must be a finite number >= 0 (got "
                                    + std::to_string(list.weight) + ")");
}

std::vector<ScoredChunk> sorted(const std::unordered_map<ChunkId, double> &scores)
{
    std::vector<ScoredChunk> out;
    out.reserve(scores.size());
    for (const auto &[chunk, score] : scores) out.push_back(ScoredChunk{chunk, score});
    std::sort(out.begin(), out.end(), [](const ScoredChunk &a, const ScoredChunk &b) {
        return a.score > b.score || (a.score == b.score && a.chunk < b.chunk);
    });
    return out;
}

} // namespace

std::vector<ScoredChunk> reciprocalRankFusion(const std::vector<RankedList> &lists, double k)
{
    if (!std::isfinite(k) || k < 0)
        throw std::invalid_argument("reciprocal rank fusion: k must be a finite number >= 0 (got " + std::to_string(k) + ")");
    std::unordered_map<ChunkId, double> scores;
    for (const RankedList &list : lists) {
        checkWeight(list);
        std::unordered_set<ChunkId> seen;
        for (std::size_t i = 0; i < list.ranked.size(); ++i) {
            const ChunkId chunk = list.ranked[i].chunk;
            if (!seen.insert(chunk).second) continue; // a duplicate counts at its best rank only
            scores[chunk] += list.weight / (k + static_cast<double>(i + 1));
        }
    }
    return sorted(scores);
}

std::vector<ScoredChunk> weightedScoreFusion(const std::vector<RankedList> &lists)
{
    std::unordered_map<ChunkId, double> scores;
    for (const RankedList &list : lists) {
        checkWeight(list);
        if (list.ranked.empty()) continue;
        double low = list.ranked.front().score;
        double high = low;
        for (const ScoredChunk &c : list.ranked) {
            if (!std::isfinite(c.score))
                throw std::invalid_argument("weighted score fusion: retriever \"" + list.retriever + "\" gave chunk "
                                            + std::to_string(c.chunk) + " a non-finite score");
            low = std::min(low, c.score);
            high = std::max(high, c.score);
        }
        std::unordered_set<ChunkId> seen;
        for (const ScoredChunk &c : list.ranked) {
            if (!seen.insert(c.chunk).second) continue;
            // All scores equal (one result, or ties): nothing to tell them apart, each counts fully.
            const double norm = high > low ? (c.score - low) / (high - low) : 1.0;
            scores[c.chunk] += list.weight * norm;
        }
    }
    return sorted(scores);
}

} // namespace genlab::engine::retrieval
