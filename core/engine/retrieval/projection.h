#pragma once
// A 2-D picture of the chunks' dense vectors for the lab's map: PCA (the two directions of largest
// variance of the stored vectors), a seeded sample when the index is large, and the query projected
// the same way, so "near on the map" means "near along the directions the corpus varies most".
// Pure functions, thread-safe.

#include "engine/base/runcontext.h"
#include "engine/retrieval/types.h"

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace genlab::engine::retrieval {

class RetrievalIndex;

// Up to this many chunks the map shows them all; above, a seeded sample of this size.
inline constexpr std::int64_t kMapPointLimit = 20000;

// The first two principal axes of a set of rows. Plain data.
struct Pca2
{
    int dimension = 0;
    std::vector<float> mean;            // dimension floats
    std::vector<float> axes;            // 2 x dimension, unit and orthogonal; axis 0 has the most variance.
                                        // Signs are fixed: each axis's largest-magnitude entry is positive.
    std::array<double, 2> variance{};   // the rows' variance along each axis (divided by n)
    double totalVariance = 0;           // summed over all dimensions (divided by n)

    // (row - mean) . axis, for each axis.
    std::array<double, 2> project(const float *row) const;
    // Share of the total variance each axis explains (0 when the rows do not vary).
    double explained(int axis) const { return totalVariance > 0 ? variance[std::size_t(axis)] / totalVariance : 0; }
};

// rows: n x dimension, row-major. A subspace iteration on the centred rows (the covariance matrix is
// never formed, so 20k x 768 stays cheap), finished by Rayleigh-Ritz. One checkpoint per iteration.
// Throws std::invalid_argument for dimension <= 0, a size that is not a multiple of it, or no rows.
Pca2 fitPca2(std::span<const float> rows, int dimension, std::uint64_t seed = 1, const RunContext &ctx = {});

// min(count, maxPoints) ids of [0, count), sorted: all of them when count <= maxPoints, else a
// sample drawn with seed that includes every id of keep within range (the retrieved passages).
std::vector<ChunkId> sampleIds(std::int64_t count, std::int64_t maxPoints, std::uint64_t seed,
                               const std::vector<ChunkId> &keep = {});

struct MapPoint
{
    ChunkId chunk = -1;
    std::int32_t document = -1;         // index into the index's document list
    float x = 0, y = 0;
};

// The map of an index. Plain data.
struct ChunkMap
{
    std::vector<MapPoint> points;       // sorted by chunk id
    std::int64_t totalChunks = 0;       // in the index; more than points.size() when sampled
    std::uint64_t seed = 1;             // the sample's seed
    std::optional<std::array<float, 2>> query; // the query's position (none: no query, or no word the embedder knows)
    std::vector<ChunkId> marked;        // the retrieved passages that are on the map
    std::array<double, 2> explained{};  // share of the variance along x and y
    Pca2 pca;                           // the fitted projection (to place later queries on the same map)
};

// Projects the index's vectors (a sample of maxPoints above it, always including marked) and the
// query (embedded as dense search embeds it; "" for none). Throws std::runtime_error when the index
// has no dense vectors, saying why.
ChunkMap mapChunks(const RetrievalIndex &index, const std::string &query, const std::vector<ChunkId> &marked,
                   std::int64_t maxPoints = kMapPointLimit, std::uint64_t seed = 1, const RunContext &ctx = {});

} // namespace genlab::engine::retrieval
