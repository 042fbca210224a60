#pragma once
// Approximate nearest neighbours over a VectorStore: hnswlib's HNSW graph with the inner-product
// space (cosine on normalised rows), saved beside a manifest that is checked before hnswlib ever
// reads the file (hnswlib's loader trusts its input; ours does not).

#include "engine/retrieval/types.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace genlab::engine::retrieval {

class VectorStore;
struct AnnLoadResult;

namespace detail {
struct AnnIndexState;
}

struct HnswParams
{
    int m = 16;                 // graph degree (M)
    int efConstruction = 200;
    int ef = 64;                // default search breadth
    bool operator==(const HnswParams &) const = default;
};

// manifest.json beside hnsw.bin.
struct AnnManifest
{
    int formatVersion = 0;
    int dimension = 0;
    std::string metric;         // "ip"
    std::string embedder;       // Embedder::identity() of the vectors
    std::int64_t count = 0;
    std::int64_t fileSize = 0;  // of hnsw.bin
    std::string fileHash;       // of hnsw.bin (hex FNV-1a 64 over all bytes)
    HnswParams params;

    std::string toJson() const;
    // Throws std::runtime_error naming what is missing or malformed; `source` names the file.
    static AnnManifest fromJson(const std::string &json, const std::string &source = "manifest.json");
};

// Thread: built by one thread; const search() is safe from any number of threads afterwards.
class AnnIndex
{
public:
    static constexpr int kFormatVersion = 1;
    static constexpr const char *kIndexFile = "hnsw.bin";
    static constexpr const char *kManifestFile = "manifest.json";

    AnnIndex();     // empty: search() returns nothing
    ~AnnIndex();
    AnnIndex(AnnIndex &&) noexcept;
    AnnIndex &operator=(AnnIndex &&) noexcept;

    // Every row of store, label == ChunkId. progress(fraction) returning false cancels: throws
    // std::runtime_error("cancelled").
    static AnnIndex build(const VectorStore &store, const HnswParams &params,
                          const std::function<bool(double)> &progress = {});

    bool isNull() const;
    int dimension() const;
    std::int64_t size() const;
    const HnswParams &params() const;

    // Best first; score = inner product (cosine on normalised rows). ef <= 0: params().ef; ef is
    // raised to k when smaller.
    std::vector<ScoredChunk> search(const float *query, int k, int ef = 0) const;

    // Writes dir/hnsw.bin and dir/manifest.json (through temporary files renamed into place;
    // creates dir). Throws std::runtime_error naming the file on an I/O failure.
    void save(const std::string &dir, const std::string &embedderIdentity) const;

    using LoadResult = AnnLoadResult; // { index, rebuilt, reason }, defined below
    // Verifies manifest.json (version, dimension, metric, embedder, count == store.size(), file
    // size and hash of hnsw.bin) before handing hnsw.bin to hnswlib; on any mismatch or damage it
    // rebuilds from store and saves again (a failing save is reported in reason, not thrown).
    static AnnLoadResult loadOrRebuild(const std::string &dir, const VectorStore &store,
                                    const std::string &embedderIdentity, const HnswParams &params,
                                    const std::function<bool(double)> &progress = {});

    // Mean over queries of |ANN top-k ∩ exact top-k| / k, exact from store.exactSearch().
    double recallAtK(const VectorStore &store, const std::vector<std::vector<float>> &queries, int k,
                     int ef) const;

private:
    std::unique_ptr<detail::AnnIndexState> m_state;
};

struct AnnLoadResult
{
    AnnIndex index;
    bool rebuilt = false;
    std::string reason;     // why it was rebuilt ("no index yet", "hnsw.bin hash mismatch", ...)
};

} // namespace genlab::engine::retrieval
