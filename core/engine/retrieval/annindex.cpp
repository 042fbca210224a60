#include "engine/retrieval/annindex.h"

#include "engine/base/runcontext.h"
#include "engine/retrieval/detail/annindexfile.h"
#include "engine/retrieval/detail/vectorstoreio.h"
#include "engine/retrieval/vectorstore.h"

// hnswlib 0.6 defines non-inline functions and globals in its headers (the SIMD function
// pointers, cpuid), so a second translation unit including it in one binary (the vae module's
// latentmath.cpp, the evaluator's metrics.cpp) breaks the link with multiple definitions: as in
// metrics.cpp, what it includes comes first and hnswlib itself inside a namespace of this file.
#include <algorithm>
#include <assert.h>
#include <atomic>
#include <cassert>
#include <deque>
#include <fstream>
#include <iostream>
#include <list>
#include <mutex>
#include <queue>
#include <random>
#include <stdexcept>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unordered_map>
#include <unordered_set>
#include <vector>
#if defined(__SSE__)
#include <cpuid.h>
#include <immintrin.h>
#include <x86intrin.h>
#endif
namespace genlab_retrieval_hnsw {
#include <hnswlib/hnswlib.h>
} // namespace genlab_retrieval_hnsw
namespace hnswlib = genlab_retrieval_hnsw::hnswlib;

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <stdexcept>
#include <unordered_set>

#if defined(__x86_64__)
#include <immintrin.h>
#endif

namespace genlab::engine::retrieval {

namespace detail {

// hnswlib's inner-product distance (1 - dot) with an AVX2+FMA kernel picked at run time: hnswlib
// picks its SIMD at compile time and our portable build only has SSE, so without this we would
// scan vectors half as wide as the machine allows. The file format does not depend on the space.
class IpSpace : public hnswlib::SpaceInterface<float>
{
public:
    explicit IpSpace(int dimension) : m_dimension(std::size_t(dimension))
    {
#if defined(__x86_64__)
        __builtin_cpu_init();
        m_distance = (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")) ? &distanceAvx2 : &distanceSse;
#else
        m_distance = &distanceScalar;
#endif
    }
    size_t get_data_size() override { return m_dimension * sizeof(float); }
    hnswlib::DISTFUNC<float> get_dist_func() override { return m_distance; }
    void *get_dist_func_param() override { return &m_dimension; }

    static float distanceScalar(const void *a, const void *b, const void *param)
    {
        const auto *x = static_cast<const float *>(a);
        const auto *y = static_cast<const float *>(b);
        const std::size_t n = *static_cast<const std::size_t *>(param);
        float sum = 0;
        for (std::size_t i = 0; i < n; ++i)
            sum += x[i] * y[i];
        return 1.0f - sum;
    }

#if defined(__x86_64__)
    static float distanceSse(const void *a, const void *b, const void *param)
    {
        const auto *x = static_cast<const float *>(a);
        const auto *y = static_cast<const float *>(b);
        const std::size_t n = *static_cast<const std::size_t *>(param);
        __m128 s0 = _mm_setzero_ps(), s1 = _mm_setzero_ps();
        std::size_t i = 0;
        for (; i + 8 <= n; i += 8) {
            s0 = _mm_add_ps(s0, _mm_mul_ps(_mm_loadu_ps(x + i), _mm_loadu_ps(y + i)));
            s1 = _mm_add_ps(s1, _mm_mul_ps(_mm_loadu_ps(x + i + 4), _mm_loadu_ps(y + i + 4)));
        }
        alignas(16) float lanes[4];
        _mm_store_ps(lanes, _mm_add_ps(s0, s1));
        float sum = lanes[0] + lanes[1] + lanes[2] + lanes[3];
        for (; i < n; ++i)
            sum += x[i] * y[i];
        return 1.0f - sum;
    }

    __attribute__((target("avx2,fma"))) static float distanceAvx2(const void *a, const void *b, const void *param)
    {
        const auto *x = static_cast<const float *>(a);
        const auto *y = static_cast<const float *>(b);
        const std::size_t n = *static_cast<const std::size_t *>(param);
        __m256 s0 = _mm256_setzero_ps(), s1 = _mm256_setzero_ps();
        std::size_t i = 0;
        for (; i + 16 <= n; i += 16) {
            s0 = _mm256_fmadd_ps(_mm256_loadu_ps(x + i), _mm256_loadu_ps(y + i), s0);
            s1 = _mm256_fmadd_ps(_mm256_loadu_ps(x + i + 8), _mm256_loadu_ps(y + i + 8), s1);
        }
        for (; i + 8 <= n; i += 8)
            s0 = _mm256_fmadd_ps(_mm256_loadu_ps(x + i), _mm256_loadu_ps(y + i), s0);
        const __m256 s = _mm256_add_ps(s0, s1);
        __m128 h = _mm_add_ps(_mm256_castps256_ps128(s), _mm256_extractf128_ps(s, 1));
        h = _mm_add_ps(h, _mm_movehl_ps(h, h));
        h = _mm_add_ss(h, _mm_shuffle_ps(h, h, 1));
        float sum = _mm_cvtss_f32(h);
        for (; i < n; ++i)
            sum += x[i] * y[i];
        return 1.0f - sum;
    }
#endif

private:
    std::size_t m_dimension;
    hnswlib::DISTFUNC<float> m_distance = nullptr;
};

struct AnnIndexState
{
    int dimension = 0;
    HnswParams params;
    std::unique_ptr<IpSpace> space; // outlives hnsw, which keeps its function and parameter pointers
    std::unique_ptr<hnswlib::HierarchicalNSW<float>> hnsw;
};

} // namespace detail

namespace {

constexpr const char *kMetric = "ip";
constexpr std::uint64_t kMaxManifestBytes = 1 << 20;

void checkParams(const HnswParams &p)
{
    if (p.m < 2 || p.m > 1024)
        throw std::invalid_argument("HNSW M must be in 2..1024, not " + std::to_string(p.m));
    if (p.efConstruction < 1 || p.efConstruction > 100000)
        throw std::invalid_argument("HNSW ef_construction must be in 1..100000, not " + std::to_string(p.efConstruction));
}

std::string joinPath(const std::string &dir, const char *name)
{
    return (std::filesystem::path(dir) / name).string();
}

} // namespace

std::string AnnManifest::toJson() const
{
    const nlohmann::ordered_json j = {
        {"format_version", formatVersion},
        {"dimension", dimension},
        {"metric", metric},
        {"embedder", embedder},
        {"count", count},
        {"file_size", fileSize},
        {"file_hash", fileHash},
        {"params", {{"m", params.m}, {"ef_construction", params.efConstruction}, {"ef", params.ef}}},
        {"library", "hnswlib 0.6.2 HierarchicalNSW<float>"},
    };
    return j.dump(2) + "\n";
}

AnnManifest AnnManifest::fromJson(const std::string &json, const std::string &source)
{
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(json);
    } catch (const nlohmann::json::exception &e) {
        throw std::runtime_error(source + ": not JSON (" + e.what() + ")");
    }
    if (!j.is_object())
        throw std::runtime_error(source + ": not a JSON object");
    auto field = [&](const nlohmann::json &obj, const char *key, auto &out, const char *where) {
        using T = std::decay_t<decltype(out)>;
        const auto it = obj.find(key);
        if (it == obj.end())
            throw std::runtime_error(source + ": missing \"" + std::string(where) + key + "\"");
        const bool ok = std::is_same_v<T, std::string> ? it->is_string() : it->is_number_integer();
        if (!ok)
            throw std::runtime_error(source + ": \"" + std::string(where) + key + "\" has the wrong type");
        try {
            out = it->template get<T>();
        } catch (const nlohmann::json::exception &) {
            throw std::runtime_error(source + ": \"" + std::string(where) + key + "\" is out of range");
        }
    };
    AnnManifest m;
    field(j, "format_version", m.formatVersion, "");
    field(j, "dimension", m.dimension, "");
    field(j, "metric", m.metric, "");
    field(j, "embedder", m.embedder, "");
    field(j, "count", m.count, "");
    field(j, "file_size", m.fileSize, "");
    field(j, "file_hash", m.fileHash, "");
    const auto params = j.find("params");
    if (params == j.end() || !params->is_object())
        throw std::runtime_error(source + ": missing \"params\" object");
    field(*params, "m", m.params.m, "params.");
    field(*params, "ef_construction", m.params.efConstruction, "params.");
    field(*params, "ef", m.params.ef, "params.");
    return m;
}

AnnIndex::AnnIndex() = default;
AnnIndex::~AnnIndex() = default;
AnnIndex::AnnIndex(AnnIndex &&) noexcept = default;
AnnIndex &AnnIndex::operator=(AnnIndex &&) noexcept = default;

AnnIndex AnnIndex::build(const VectorStore &store, const HnswParams &params,
                         const std::function<bool(double)> &progress)
{
    checkParams(params);
    if (store.dimension() <= 0)
        throw std::invalid_argument("cannot build an HNSW index over a vector store without a dimension");
    auto state = std::make_unique<detail::AnnIndexState>();
    state->dimension = store.dimension();
    state->params = params;
    state->space = std::make_unique<detail::IpSpace>(store.dimension());
    const auto n = std::size_t(store.size());
    state->hnsw = std::make_unique<hnswlib::HierarchicalNSW<float>>(state->space.get(), std::max<std::size_t>(n, 1),
                                                                   std::size_t(params.m),
                                                                   std::size_t(params.efConstruction));
    state->hnsw->setEf(std::size_t(std::max(params.ef, 1)));
    // Report about 200 times whatever the size: often enough for a progress bar, rarely enough to cost nothing.
    const std::size_t every = std::max<std::size_t>(n / 200, 64);
    for (std::size_t i = 0; i < n; ++i) {
        if (progress && i % every == 0 && !progress(double(i) / double(n)))
            throw Canceled();
        state->hnsw->addPoint(store.row(std::int64_t(i)), hnswlib::labeltype(i));
    }
    if (progress)
        progress(1.0);
    AnnIndex index;
    index.m_state = std::move(state);
    return index;
}

bool AnnIndex::isNull() const
{
    return !m_state;
}

int AnnIndex::dimension() const
{
    return m_state ? m_state->dimension : 0;
}

std::int64_t AnnIndex::size() const
{
    return m_state ? std::int64_t(m_state->hnsw->cur_element_count) : 0;
}

const HnswParams &AnnIndex::params() const
{
    static const HnswParams none;
    return m_state ? m_state->params : none;
}

std::vector<ScoredChunk> AnnIndex::search(const float *query, int k, int ef) const
{
    if (!m_state || k <= 0 || !query)
        return {};
    const auto &h = *m_state->hnsw;
    if (h.cur_element_count == 0)
        return {};
    // hnswlib's searchKnn reads ef from a member (so concurrent searches could not differ in ef)
    // and counts hops in shared atomics; this is the same greedy descent and base-layer search
    // with ef per call and no shared writes.
    const std::size_t breadth = std::size_t(std::max({ef > 0 ? ef : m_state->params.ef, k, 1}));
    hnswlib::tableint current = h.enterpoint_node_;
    float best = h.fstdistfunc_(query, h.getDataByInternalId(current), h.dist_func_param_);
    for (int level = h.maxlevel_; level > 0; --level) {
        for (bool moved = true; moved;) {
            moved = false;
            const auto *list = reinterpret_cast<const unsigned int *>(h.get_linklist(current, level));
            const int count = h.getListCount(const_cast<unsigned int *>(list));
            const auto *neighbours = reinterpret_cast<const hnswlib::tableint *>(list + 1);
            for (int i = 0; i < count; ++i) {
                const float d = h.fstdistfunc_(query, h.getDataByInternalId(neighbours[i]), h.dist_func_param_);
                if (d < best) {
                    best = d;
                    current = neighbours[i];
                    moved = true;
                }
            }
        }
    }
    auto top = h.num_deleted_ ? h.searchBaseLayerST<true, false>(current, query, breadth)
                              : h.searchBaseLayerST<false, false>(current, query, breadth);
    while (top.size() > std::size_t(k))
        top.pop();
    std::vector<ScoredChunk> out(top.size());
    for (std::size_t i = out.size(); i-- > 0; top.pop())
        out[i] = {ChunkId(h.getExternalLabel(top.top().second)), 1.0 - double(top.top().first)};
    return out;
}

void AnnIndex::save(const std::string &dir, const std::string &embedderIdentity) const
{
    if (!m_state)
        throw std::logic_error("AnnIndex::save on an empty (null) index");
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec)
        throw std::runtime_error(dir + ": cannot create the index folder: " + ec.message());
    const std::string binPath = joinPath(dir, kIndexFile);
    const std::string temp = binPath + ".tmp";
    m_state->hnsw->saveIndex(temp); // an ofstream without error reporting: checked by reading it back
    std::string bytes;
    try {
        bytes = detail::readWholeFile(temp, 64ull << 30);
    } catch (...) {
        std::remove(temp.c_str());
        throw;
    }
    const std::string problem = detail::checkHnswFile(bytes, {m_state->dimension, size(), m_state->params.m});
    if (!problem.empty()) {
        std::remove(temp.c_str());
        throw std::runtime_error(binPath + ": the written index does not read back (" + problem + "; disk full?)");
    }
    detail::commitFile(temp, binPath);

    AnnManifest manifest;
    manifest.formatVersion = kFormatVersion;
    manifest.dimension = m_state->dimension;
    manifest.metric = kMetric;
    manifest.embedder = embedderIdentity;
    manifest.count = size();
    manifest.fileSize = std::int64_t(bytes.size());
    manifest.fileHash = detail::hashHex(detail::contentHash(bytes.data(), bytes.size()));
    manifest.params = m_state->params;
    detail::writeFileAtomic(joinPath(dir, kManifestFile), manifest.toJson());
}

namespace {

// Why the saved index cannot be used as it is; empty when it can (then *index holds it).
std::string tryLoad(const std::string &dir, const VectorStore &store, const std::string &embedderIdentity,
                    const HnswParams &params, AnnIndex *index,
                    std::unique_ptr<detail::AnnIndexState> *state)
{
    const std::string manifestPath = joinPath(dir, AnnIndex::kManifestFile);
    const std::string binPath = joinPath(dir, AnnIndex::kIndexFile);
    std::error_code ec;
    if (!std::filesystem::exists(manifestPath, ec))
        return std::filesystem::exists(binPath, ec) ? "manifest.json is missing" : "no index yet";
    AnnManifest m;
    try {
        m = AnnManifest::fromJson(detail::readWholeFile(manifestPath, kMaxManifestBytes), manifestPath);
    } catch (const std::exception &e) {
        return std::string("manifest is damaged: ") + e.what();
    }
    if (m.formatVersion != AnnIndex::kFormatVersion)
        return "index format " + std::to_string(m.formatVersion) + ", this version reads " +
               std::to_string(AnnIndex::kFormatVersion);
    if (m.metric != kMetric)
        return "metric \"" + m.metric + "\", expected \"ip\"";
    if (m.dimension != store.dimension())
        return "dimension " + std::to_string(m.dimension) + ", the vectors have " + std::to_string(store.dimension());
    if (m.embedder != embedderIdentity)
        return "built for embedder \"" + m.embedder + "\", the vectors come from \"" + embedderIdentity + "\"";
    if (m.count != store.size())
        return "holds " + std::to_string(m.count) + " vectors, the store has " + std::to_string(store.size());
    if (m.params.m != params.m || m.params.efConstruction != params.efConstruction)
        return "built with M " + std::to_string(m.params.m) + ", ef_construction " +
               std::to_string(m.params.efConstruction) + "; asked for M " + std::to_string(params.m) +
               ", ef_construction " + std::to_string(params.efConstruction);
    if (!std::filesystem::exists(binPath, ec))
        return "hnsw.bin is missing";
    const auto onDisk = std::filesystem::file_size(binPath, ec);
    if (ec)
        return "hnsw.bin cannot be read: " + ec.message();
    if (m.fileSize < 0 || onDisk != std::uint64_t(m.fileSize))
        return "hnsw.bin has " + std::to_string(onDisk) + " bytes, the manifest says " + std::to_string(m.fileSize);
    std::string bytes;
    try {
        bytes = detail::readWholeFile(binPath, std::uint64_t(m.fileSize));
    } catch (const std::exception &e) {
        return e.what();
    }
    if (bytes.size() != std::uint64_t(m.fileSize))
        return "hnsw.bin changed while it was read";
    if (detail::hashHex(detail::contentHash(bytes.data(), bytes.size())) != m.fileHash)
        return "hnsw.bin does not match the manifest's hash (damaged)";
    // Matching hashes say the file is the one we wrote; the structural check also keeps a file
    // someone wrote together with a matching manifest from reaching hnswlib's trusting loader.
    const std::string problem = detail::checkHnswFile(bytes, {store.dimension(), store.size(), params.m});
    if (!problem.empty())
        return "hnsw.bin is malformed: " + problem;

    auto s = std::make_unique<detail::AnnIndexState>();
    s->dimension = store.dimension();
    s->params = params;
    s->space = std::make_unique<detail::IpSpace>(store.dimension());
    try {
        s->hnsw = std::make_unique<hnswlib::HierarchicalNSW<float>>(s->space.get(), binPath, false,
                                                                   std::size_t(std::max<std::int64_t>(store.size(), 1)));
    } catch (const std::exception &e) {
        return std::string("hnswlib could not load hnsw.bin: ") + e.what();
    }
    s->hnsw->setEf(std::size_t(std::max(params.ef, 1)));
    (void)index;
    *state = std::move(s);
    return {};
}

} // namespace

AnnLoadResult AnnIndex::loadOrRebuild(const std::string &dir, const VectorStore &store,
                                             const std::string &embedderIdentity, const HnswParams &params,
                                             const std::function<bool(double)> &progress)
{
    checkParams(params);
    AnnLoadResult result;
    if (store.dimension() <= 0) {
        result.rebuilt = true;
        result.reason = "the vector store is empty";
        return result;
    }
    std::unique_ptr<detail::AnnIndexState> state;
    std::string reason;
    try {
        reason = tryLoad(dir, store, embedderIdentity, params, &result.index, &state);
    } catch (const std::exception &e) {
        reason = e.what();
    }
    if (reason.empty()) {
        result.index.m_state = std::move(state);
        return result;
    }
    result.rebuilt = true;
    result.reason = reason;
    result.index = build(store, params, progress);
    try {
        result.index.save(dir, embedderIdentity);
    } catch (const std::exception &e) {
        result.reason += std::string("; saving the rebuilt index failed: ") + e.what();
    }
    return result;
}

double AnnIndex::recallAtK(const VectorStore &store, const std::vector<std::vector<float>> &queries, int k,
                           int ef) const
{
    if (queries.empty() || k <= 0)
        return 0;
    double sum = 0;
    for (const auto &q : queries) {
        if (int(q.size()) != store.dimension())
            throw std::invalid_argument("recallAtK: a query of dimension " + std::to_string(q.size()) +
                                        ", the store has " + std::to_string(store.dimension()));
        const auto exact = store.exactSearch(q.data(), k);
        if (exact.empty()) {
            sum += 1;
            continue;
        }
        std::unordered_set<ChunkId> truth;
        for (const auto &s : exact)
            truth.insert(s.chunk);
        int hits = 0;
        for (const auto &s : search(q.data(), k, ef))
            hits += int(truth.count(s.chunk));
        sum += double(hits) / double(exact.size());
    }
    return sum / double(queries.size());
}

} // namespace genlab::engine::retrieval
