#include "engine/retrieval/evaluation.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>
#include <unordered_set>

namespace genlab::engine::retrieval {

namespace {

// The ranking with repeats removed (first position kept) and cut at k, so a retriever that lists a
// chunk twice cannot count it twice.
std::vector<ChunkId> firstK(const std::vector<ChunkId> &ranked, int k)
{
    std::vector<ChunkId> out;
    std::unordered_set<ChunkId> seen;
    for (ChunkId id : ranked) {
        if (static_cast<int>(out.size()) >= k) break;
        if (seen.insert(id).second) out.push_back(id);
    }
    return out;
}

} // namespace

double recallAtK(const std::vector<ChunkId> &ranked, const std::set<ChunkId> &relevant, int k)
{
    if (relevant.empty() || k <= 0) return 0;
    std::size_t found = 0;
    for (ChunkId id : firstK(ranked, k))
        if (relevant.count(id)) ++found;
    return static_cast<double>(found) / static_cast<double>(relevant.size());
}

double reciprocalRank(const std::vector<ChunkId> &ranked, const std::set<ChunkId> &relevant)
{
    for (std::size_t i = 0; i < ranked.size(); ++i)
        if (relevant.count(ranked[i])) return 1.0 / static_cast<double>(i + 1);
    return 0;
}

double ndcgAtK(const std::vector<ChunkId> &ranked, const std::set<ChunkId> &relevant, int k)
{
    if (relevant.empty() || k <= 0) return 0;
    double dcg = 0;
    const std::vector<ChunkId> top = firstK(ranked, k);
    for (std::size_t i = 0; i < top.size(); ++i)
        if (relevant.count(top[i])) dcg += 1.0 / std::log2(static_cast<double>(i) + 2.0);
    double ideal = 0;
    const std::size_t idealCount = std::min(relevant.size(), static_cast<std::size_t>(k));
    for (std::size_t i = 0; i < idealCount; ++i) ideal += 1.0 / std::log2(static_cast<double>(i) + 2.0);
    return dcg / ideal;
}

RetrievalMetrics evaluateQuery(const std::vector<ChunkId> &ranked, const std::set<ChunkId> &relevant)
{
    RetrievalMetrics m;
    m.recallAt5 = recallAtK(ranked, relevant, 5);
    m.recallAt10 = recallAtK(ranked, relevant, 10);
    m.mrr = reciprocalRank(ranked, relevant);
    m.ndcgAt10 = ndcgAtK(ranked, relevant, 10);
    m.queries = 1;
    return m;
}

std::vector<ChunkId> idsOf(const std::vector<ScoredChunk> &ranked)
{
    std::vector<ChunkId> ids;
    ids.reserve(ranked.size());
    for (const ScoredChunk &c : ranked) ids.push_back(c.chunk);
    return ids;
}

RetrievalMetrics meanMetrics(const std::vector<std::vector<ChunkId>> &rankings,
                             const std::vector<std::set<ChunkId>> &relevant)
{
    if (rankings.size() != relevant.size())
        throw std::invalid_argument("meanMetrics: " + std::to_string(rankings.size()) + " rankings but "
                                    + std::to_string(relevant.size()) + " sets of relevance labels");
    RetrievalMetrics mean;
    for (std::size_t i = 0; i < rankings.size(); ++i) {
        if (relevant[i].empty()) continue;
        const RetrievalMetrics m = evaluateQuery(rankings[i], relevant[i]);
        mean.recallAt5 += m.recallAt5;
        mean.recallAt10 += m.recallAt10;
        mean.mrr += m.mrr;
        mean.ndcgAt10 += m.ndcgAt10;
        ++mean.queries;
    }
    if (mean.queries > 0) {
        const double n = mean.queries;
        mean.recallAt5 /= n;
        mean.recallAt10 /= n;
        mean.mrr /= n;
        mean.ndcgAt10 /= n;
    }
    return mean;
}

} // namespace genlab::engine::retrieval
