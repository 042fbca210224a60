#include "engine/retrieval/retrievalindex.h"

#include "engine/retrieval/detail/retrievalindexembedders.h"
#include "engine/retrieval/fusion.h"
#include "engine/retrieval/indexlock.h"
#include "engine/retrieval/vectorstore.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <ctime>
#include <filesystem>
#include <set>
#include <stdexcept>
#include <unordered_map>

namespace genlab::engine::retrieval {

namespace fs = std::filesystem;

namespace {

constexpr const char *kStoreFile = "store.bin";
constexpr const char *kBm25File = "bm25.bin";
constexpr const char *kVectorsFile = "vectors.bin";
constexpr const char *kLsaFile = "lsa.bin";
constexpr const char *kHnswFolder = "hnsw";
constexpr int kEmbedBatch = 64;

std::string utcNow()
{
    const std::time_t t = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

bool isLsa(const std::string &embedder)
{
    return embedder == "lsa";
}

std::string absoluteEmbedder(const std::string &embedder)
{
    if (isLsa(embedder) || embedder.empty())
        return "lsa";
    std::error_code ec;
    const fs::path p = fs::absolute(embedder, ec);
    return ec ? embedder : p.lexically_normal().string();
}

void validate(const IndexOptions &o)
{
    if (o.lsaDimension < 2 || o.lsaDimension > 4096)
        throw std::invalid_argument("the LSA dimension must be from 2 to 4096 (got " + std::to_string(o.lsaDimension) + ")");
    if (o.ann != "auto" && o.ann != "hnsw" && o.ann != "exact")
        throw std::invalid_argument("ann must be auto, hnsw or exact (got '" + o.ann + "')");
    if (o.hnsw.m < 2 || o.hnsw.m > 128 || o.hnsw.efConstruction < 1 || o.hnsw.ef < 1)
        throw std::invalid_argument("HNSW needs M from 2 to 128 and ef_construction, ef of at least 1");
    if (!isLsa(o.embedder) && !fs::is_directory(o.embedder))
        throw std::invalid_argument("the embedder must be 'lsa' or a BERT / sentence-transformers folder ('" + o.embedder +
                                    "' is not a folder)");
}

std::string resolvedAnn(const std::string &ann, std::int64_t chunks)
{
    if (ann == "hnsw")
        return chunks > 0 ? "hnsw" : "exact";
    if (ann == "exact")
        return "exact";
    return chunks >= kExactScanLimit ? "hnsw" : "exact";
}

// The generation folders in dir ("gen-000003" ...).
std::vector<std::string> generationFolders(const std::string &dir)
{
    std::vector<std::string> out;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.rfind("gen-", 0) == 0 && it->is_directory())
            out.push_back(name);
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::string nextGeneration(const std::string &dir, const std::string &current)
{
    long long highest = 0;
    auto consider = [&](const std::string &name) {
        try {
            highest = std::max(highest, std::stoll(name.substr(4)));
        } catch (...) {
        }
    };
    for (const std::string &g : generationFolders(dir))
        consider(g);
    if (!current.empty())
        consider(current);
    char buf[32];
    std::snprintf(buf, sizeof buf, "gen-%06lld", highest + 1);
    return buf;
}

double dot(const float *a, const float *b, int n)
{
    // Four independent sums: with one chain of dependent additions the exact-rank scan below
    // waited on the adder (about 14 ms per passage at 120k chunks).
    double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    int i = 0;
    for (; i + 4 <= n; i += 4) {
        s0 += double(a[i]) * double(b[i]);
        s1 += double(a[i + 1]) * double(b[i + 1]);
        s2 += double(a[i + 2]) * double(b[i + 2]);
        s3 += double(a[i + 3]) * double(b[i + 3]);
    }
    for (; i < n; ++i)
        s0 += double(a[i]) * double(b[i]);
    return (s0 + s1) + (s2 + s3);
}

bool allZero(const std::vector<float> &v)
{
    return std::all_of(v.begin(), v.end(), [](float x) { return x == 0.0f; });
}

std::string fixed(double v, int digits)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", digits, v);
    return buf;
}

// A RunContext whose progress maps [0, 1] onto [from, to] of the parent's.
RunContext subRange(const RunContext &ctx, double from, double to)
{
    RunContext sub = ctx;
    if (ctx.onProgress)
        sub.onProgress = [&ctx, from, to](double f, std::string_view stage) { ctx.progress(from + (to - from) * f, stage); };
    return sub;
}

// Removes a half-written generation folder unless the update committed.
struct GenerationGuard
{
    std::string path;
    bool committed = false;
    ~GenerationGuard()
    {
        if (!committed && !path.empty()) {
            std::error_code ec;
            fs::remove_all(path, ec);
        }
    }
};

} // namespace

std::string retrieverName(Retriever r)
{
    switch (r) {
    case Retriever::Bm25:
        return "bm25";
    case Retriever::Dense:
        return "dense";
    case Retriever::Hybrid:
        return "hybrid";
    }
    return "hybrid";
}

Retriever retrieverFromName(const std::string &name)
{
    if (name == "bm25")
        return Retriever::Bm25;
    if (name == "dense")
        return Retriever::Dense;
    if (name == "hybrid")
        return Retriever::Hybrid;
    throw std::invalid_argument("retriever must be bm25, dense or hybrid (got '" + name + "')");
}

// Everything one committed generation holds, immutable once published (searches share it).
struct RetrievalIndex::State
{
    IndexManifest manifest;             // generation empty: nothing committed yet
    IndexOptions options;
    std::vector<IndexedDocument> documents;
    std::vector<Chunk> chunks;
    std::unordered_map<std::string, std::int32_t> documentByPath;
    Bm25Index bm25;
    VectorStore vectors;
    std::shared_ptr<AnnIndex> ann;      // set when dense search uses HNSW
    std::string annMode = "exact";

    // The LSA model is loaded with the state; a BERT folder only when a dense query first needs
    // it (a BM25 search should not pay for loading a transformer).
    mutable std::mutex embedderMutex;
    mutable std::shared_ptr<const Embedder> embedder;
    mutable std::string embedderError;

    explicit State(AnalyzerOptions analyzer) : bm25(analyzer) {}

    std::shared_ptr<const Embedder> queryEmbedder(std::string *why) const
    {
        std::lock_guard lock(embedderMutex);
        if (embedder)
            return embedder;
        if (vectors.empty()) {
            if (why)
                *why = chunks.empty() ? "the index holds no passages" : "the index holds no dense vectors";
            return nullptr;
        }
        if (embedderError.empty() && !isLsa(manifest.embedder)) {
            try {
                auto e = detail::openBert(manifest.embedder);
                if (e->identity() != manifest.embedderIdentity)
                    embedderError = manifest.embedder + ": the model changed since the index was built (re-index to use it)";
                else
                    embedder = std::move(e);
            } catch (const std::exception &e) {
                embedderError = e.what();
            }
        }
        if (!embedder && why)
            *why = embedderError.empty() ? "no embedder" : embedderError;
        return embedder;
    }

    void indexPaths()
    {
        documentByPath.clear();
        for (std::size_t i = 0; i < documents.size(); ++i)
            documentByPath.emplace(documents[i].path, std::int32_t(i));
    }

    std::string generationPath(const std::string &dir) const { return (fs::path(dir) / manifest.generation).string(); }
};

RetrievalIndex::RetrievalIndex() = default;
RetrievalIndex::~RetrievalIndex() = default;

RetrievalIndex::RetrievalIndex(RetrievalIndex &&other) noexcept
{
    std::lock_guard lock(other.m_stateMutex);
    m_dir = std::move(other.m_dir);
    m_openReport = std::move(other.m_openReport);
    m_state = std::move(other.m_state);
}

RetrievalIndex &RetrievalIndex::operator=(RetrievalIndex &&other) noexcept
{
    if (this != &other) {
        std::scoped_lock lock(m_stateMutex, other.m_stateMutex);
        m_dir = std::move(other.m_dir);
        m_openReport = std::move(other.m_openReport);
        m_state = std::move(other.m_state);
    }
    return *this;
}

std::shared_ptr<const RetrievalIndex::State> RetrievalIndex::snapshot() const
{
    std::lock_guard lock(m_stateMutex);
    if (!m_state)
        throw std::logic_error("RetrievalIndex: used after being moved from");
    return m_state;
}

bool RetrievalIndex::exists(const std::string &dir)
{
    std::error_code ec;
    return fs::is_regular_file(fs::path(dir) / IndexManifest::kFileName, ec);
}

RetrievalIndex RetrievalIndex::create(const std::string &dir)
{
    if (exists(dir))
        throw IndexError(dir + ": already holds a retrieval index (open it, or choose an empty folder)");
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec || !fs::is_directory(dir))
        throw IndexError(dir + ": cannot create the index folder (" + ec.message() + ")");
    RetrievalIndex index;
    index.m_dir = fs::absolute(dir).lexically_normal().string();
    auto state = std::make_shared<State>(AnalyzerOptions{});
    state->manifest.chunking = state->options.chunking.toString();
    state->manifest.embedder = "lsa";
    state->manifest.ann = "auto";
    state->manifest.analyzer = std::string(analyzerName({}));
    state->bm25.finish();
    index.m_state = std::move(state);
    return index;
}

RetrievalIndex RetrievalIndex::openOrCreate(const std::string &dir, std::string *why)
{
    if (!exists(dir))
        return create(dir);
    try {
        return open(dir);
    } catch (const Canceled &) {
        throw;
    } catch (const std::exception &e) {
        // Replace it only while no one else updates it (IndexBusyError otherwise), and only when
        // it is still damaged now that no commit can be under way.
        const IndexUpdateLock lock(dir);
        try {
            return openGeneration(fs::absolute(dir).lexically_normal().string(), {});
        } catch (const Canceled &) {
            throw;
        } catch (const std::exception &) {
        }
        if (why)
            *why = e.what();
        // Keep nothing of the damaged manifest: the next update writes a whole new generation and
        // removes the unreferenced folders.
        std::error_code ec;
        fs::remove(fs::path(dir) / IndexManifest::kFileName, ec);
        return create(dir);
    }
}

namespace {

// The generation index.json names now; "" when it cannot be read.
std::string committedGeneration(const std::string &dir)
{
    try {
        const std::string path = (fs::path(dir) / IndexManifest::kFileName).string();
        return IndexManifest::fromJson(readWholeFile(path, 16 << 20), path).generation;
    } catch (const std::exception &) {
        return {};
    }
}

} // namespace

RetrievalIndex RetrievalIndex::open(const std::string &dirIn, const RunContext &ctx)
{
    const std::string dir = fs::absolute(dirIn).lexically_normal().string();
    // Readers take no lock. Another process's update may commit while this one reads, and then
    // removes the generation being read: what looked like damage was the commit, so read again.
    for (int attempt = 0;; ++attempt) {
        const std::string before = committedGeneration(dir);
        try {
            RetrievalIndex index = openGeneration(dir, ctx);
            if (attempt < 2 && !index.m_openReport.rebuilt.empty() && committedGeneration(dir) != before)
                continue;
            return index;
        } catch (const IndexError &) {
            if (attempt < 2 && !before.empty() && committedGeneration(dir) != before)
                continue;
            throw;
        }
    }
}

RetrievalIndex RetrievalIndex::openGeneration(const std::string &dir, const RunContext &ctx)
{
    const std::string manifestPath = (fs::path(dir) / IndexManifest::kFileName).string();
    if (!exists(dir))
        throw IndexError(dir + ": no retrieval index here (no " + IndexManifest::kFileName + "; build one with `genlab index`)");
    IndexManifest manifest = IndexManifest::fromJson(readWholeFile(manifestPath, 16 << 20), manifestPath);

    IndexOptions options;
    try {
        options.chunking = ChunkingSpec::parse(manifest.chunking);
        options.analyzer = analyzerOptionsFromName(manifest.analyzer);
    } catch (const std::invalid_argument &e) {
        throw IndexError(manifestPath + ": " + e.what());
    }
    options.embedder = manifest.embedder;
    options.lsaDimension = manifest.lsaDimension;
    options.seed = manifest.seed;
    options.ann = manifest.ann;
    options.hnsw = manifest.hnsw;

    auto state = std::make_shared<State>(options.analyzer);
    state->options = options;
    state->manifest = manifest;
    const fs::path gen = fs::path(dir) / manifest.generation;
    auto genFile = [&](const char *name) { return (gen / name).string(); };

    // The primary data: without it there is nothing to rebuild from.
    const auto storeEntry = manifest.files.find(kStoreFile);
    if (storeEntry == manifest.files.end())
        throw IndexError(manifestPath + ": lists no " + kStoreFile);
    const StoredFile storeOnDisk = describeStoredFile(genFile(kStoreFile));
    if (storeOnDisk.size != storeEntry->second.size || storeOnDisk.hash != storeEntry->second.hash)
        throw IndexError(genFile(kStoreFile) + ": does not match the manifest (size or hash differs): the index is damaged; build it again");
    IndexStoreData stored = loadIndexStore(genFile(kStoreFile));
    if (std::int64_t(stored.documents.size()) != manifest.documents || std::int64_t(stored.chunks.size()) != manifest.chunks)
        throw IndexError(genFile(kStoreFile) + ": holds other counts than the manifest says; build the index again");
    state->documents = std::move(stored.documents);
    state->chunks = std::move(stored.chunks);
    state->indexPaths();
    const std::int64_t n = std::int64_t(state->chunks.size());

    RetrievalIndex index;
    index.m_dir = dir;
    OpenReport &report = index.m_openReport;
    std::vector<std::string> repaired; // generation-relative names to write back
    auto matchesManifest = [&](const char *name, std::string *why) {
        const auto it = manifest.files.find(name);
        if (it == manifest.files.end()) {
            *why = "not listed in the manifest";
            return false;
        }
        std::error_code ec;
        if (!fs::exists(gen / name, ec)) {
            *why = "missing";
            return false;
        }
        StoredFile onDisk;
        try {
            onDisk = describeStoredFile(genFile(name));
        } catch (const std::exception &e) {
            *why = e.what();
            return false;
        }
        if (onDisk.size != it->second.size) {
            *why = "size " + std::to_string(onDisk.size) + " bytes, the manifest says " + std::to_string(it->second.size);
            return false;
        }
        if (onDisk.hash != it->second.hash) {
            *why = "hash mismatch (the file is damaged or was replaced)";
            return false;
        }
        return true;
    };

    // BM25: verified, then loaded; anything wrong and it is rebuilt from the chunks.
    ctx.progress(0.1, "checking the BM25 index");
    {
        std::string why;
        bool ok = matchesManifest(kBm25File, &why);
        if (ok) {
            try {
                Bm25Index loaded = Bm25Index::load(genFile(kBm25File));
                if (loaded.size() != n)
                    why = "holds " + std::to_string(loaded.size()) + " passages, the store " + std::to_string(n), ok = false;
                else if (!(loaded.analyzer() == options.analyzer))
                    why = "was built with another analyzer", ok = false;
                else
                    state->bm25 = std::move(loaded);
            } catch (const std::exception &e) {
                why = e.what();
                ok = false;
            }
        }
        if (!ok) {
            Bm25Index rebuilt(options.analyzer);
            for (ChunkId id = 0; id < n; ++id) {
                if (id % 1024 == 0)
                    ctx.checkpoint();
                rebuilt.add(id, state->chunks[std::size_t(id)].text);
            }
            rebuilt.finish();
            state->bm25 = std::move(rebuilt);
            report.rebuilt.push_back(std::string(kBm25File) + ": " + why + "; rebuilt from the " + std::to_string(n) + " stored passages");
            repaired.push_back(kBm25File);
        }
    }

    // The embedder (LSA: its model file) and the vectors.
    ctx.progress(0.3, "checking the dense vectors");
    std::shared_ptr<const Embedder> embedder;
    if (n > 0 && isLsa(manifest.embedder) && !manifest.embedderIdentity.empty()) {
        std::string why;
        if (matchesManifest(kLsaFile, &why)) {
            try {
                embedder = detail::loadLsa(genFile(kLsaFile));
            } catch (const std::exception &e) {
                why = e.what();
            }
        }
        if (!embedder) {
            std::vector<std::string> texts;
            texts.reserve(state->chunks.size());
            for (const Chunk &c : state->chunks)
                texts.push_back(c.text);
            embedder = detail::fitLsa(texts, options.lsaDimension, options.seed, subRange(ctx, 0.3, 0.5));
            report.rebuilt.push_back(std::string(kLsaFile) + ": " + why + "; LSA fitted again on the " + std::to_string(n) +
                                     " stored passages");
            repaired.push_back(kLsaFile);
        }
        state->embedder = embedder;
    }
    if (n > 0 && !manifest.embedderIdentity.empty()) {
        std::string why;
        bool ok = matchesManifest(kVectorsFile, &why);
        if (ok) {
            try {
                VectorStore loaded = VectorStore::load(genFile(kVectorsFile));
                if (loaded.size() != n)
                    why = "holds " + std::to_string(loaded.size()) + " vectors for " + std::to_string(n) + " passages", ok = false;
                else if (loaded.dimension() != manifest.dimension)
                    why = "dimension " + std::to_string(loaded.dimension()) + ", the manifest says " + std::to_string(manifest.dimension),
                    ok = false;
                else if (embedder && embedder->identity() != manifest.embedderIdentity)
                    why = "made by another embedder than the one stored (" + embedder->identity() + ")", ok = false;
                else
                    state->vectors = std::move(loaded);
            } catch (const std::exception &e) {
                why = e.what();
                ok = false;
            }
        }
        if (!ok) {
            std::string unavailable;
            if (!embedder) {
                try {
                    embedder = detail::openBert(manifest.embedder);
                    if (embedder->identity() != manifest.embedderIdentity)
                        unavailable = manifest.embedder + ": the model changed since the index was built", embedder.reset();
                } catch (const std::exception &e) {
                    unavailable = e.what();
                }
            }
            if (embedder) {
                VectorStore rebuilt(embedder->dimension());
                rebuilt.reserve(n);
                const RunContext sub = subRange(ctx, 0.5, 0.8);
                for (std::int64_t i = 0; i < n; i += kEmbedBatch) {
                    ctx.checkpoint();
                    sub.progress(double(i) / double(n), "embedding the stored passages again");
                    std::vector<std::string> batch;
                    for (std::int64_t k = i; k < std::min(n, i + kEmbedBatch); ++k)
                        batch.push_back(state->chunks[std::size_t(k)].text);
                    rebuilt.addRows(embedder->embed(batch));
                }
                state->vectors = std::move(rebuilt);
                state->embedder = embedder;
                state->manifest.embedderIdentity = embedder->identity();
                state->manifest.dimension = embedder->dimension();
                report.rebuilt.push_back(std::string(kVectorsFile) + ": " + why + "; embedded the " + std::to_string(n) +
                                         " stored passages again");
                repaired.push_back(kVectorsFile);
            } else {
                report.notes.push_back(std::string(kVectorsFile) + ": " + why + "; dense search is unavailable until the index is rebuilt (" +
                                       unavailable + ")");
            }
        }
    }

    // HNSW: AnnIndex checks its own manifest (and the embedder's identity) before hnswlib reads it.
    state->annMode = resolvedAnn(options.ann, state->vectors.empty() ? 0 : n);
    if (state->annMode == "hnsw" && !state->vectors.empty()) {
        ctx.progress(0.8, "checking the HNSW graph");
        auto loaded = AnnIndex::loadOrRebuild((gen / kHnswFolder).string(), state->vectors, state->manifest.embedderIdentity,
                                              options.hnsw, [&ctx](double) { return !ctx.stopRequested(); });
        ctx.checkpoint();
        if (loaded.rebuilt)
            report.rebuilt.push_back(std::string(kHnswFolder) + "/: " + loaded.reason + "; rebuilt from the stored vectors");
        state->ann = std::make_shared<AnnIndex>(std::move(loaded.index));
    } else {
        state->annMode = "exact";
    }

    // Write what was repaired back, so the next open is quick (best effort: a read-only index
    // still opens, it just repairs again next time).
    if (!repaired.empty()) {
        try {
            // Only while no update runs, and only into the generation that is still committed.
            const IndexUpdateLock lock(dir);
            if (committedGeneration(dir) != manifest.generation)
                throw IndexError("another process committed a newer generation meanwhile");
            for (const std::string &name : repaired) {
                const std::string path = genFile(name.c_str());
                if (name == kBm25File)
                    state->bm25.save(path);
                else if (name == kVectorsFile)
                    state->vectors.save(path);
                else if (name == kLsaFile)
                    detail::saveLsa(*state->embedder, path);
                state->manifest.files[name] = describeStoredFile(path);
            }
            writeFileAtomically(manifestPath, state->manifest.toJson());
        } catch (const std::exception &e) {
            report.notes.push_back(std::string("the repaired files could not be written back: ") + e.what());
        }
    }
    ctx.progress(1.0, "opened");
    index.m_state = std::move(state);
    return index;
}

UpdateReport RetrievalIndex::update(const std::vector<std::string> &paths, const IndexOptions &optionsIn, const RunContext &ctx)
{
    IndexOptions options = optionsIn;
    options.embedder = absoluteEmbedder(options.embedder);
    validate(options);
    // One updater per folder across processes; the second fails at once (IndexBusyError).
    const IndexUpdateLock lock(m_dir);
    const auto old = snapshot();
    UpdateReport report;
    if (const std::string onDisk = committedGeneration(m_dir); !onDisk.empty() && onDisk != old->manifest.generation)
        report.notes.push_back("another process updated the index (" + onDisk + ") after it was opened here (" +
                               (old->manifest.generation.empty() ? std::string("empty") : old->manifest.generation) +
                               "); this update replaces it with the sources given now");
    const auto started = std::chrono::steady_clock::now();

    ctx.progress(0.0, "listing files");
    std::vector<std::string> roots;
    for (const std::string &p : paths) {
        std::error_code ec;
        const fs::path a = fs::absolute(p, ec);
        roots.push_back(ec ? p : a.lexically_normal().string());
    }
    SourceListing listing = listSources(roots);
    report.skipped = listing.skipped;
    ctx.checkpoint();

    const bool wasEmpty = old->manifest.generation.empty();
    const bool chunkingChanged = !wasEmpty && !(options.chunking == old->options.chunking);
    const bool embedderChanged = !wasEmpty && (options.embedder != old->manifest.embedder ||
                                               (isLsa(options.embedder) && (options.lsaDimension != old->options.lsaDimension ||
                                                                            options.seed != old->options.seed)));
    const bool analyzerChanged = !wasEmpty && !(options.analyzer == old->options.analyzer);
    if (chunkingChanged)
        report.notes.push_back("the chunking changed (" + old->options.chunking.toString() + " -> " + options.chunking.toString() +
                               "): every file is read and chunked again");
    if (embedderChanged)
        report.notes.push_back("the embedder changed: every passage is embedded again");

    // Decide per file: keep (size and time as stored, or the same content hash) or read again.
    struct Plan
    {
        SourceFile file;
        std::int32_t old = -1;          // its document in the old index
        bool read = false;
        std::string hash;               // known when computed here
        int *counted = nullptr;         // the report's count it went into (added, changed or unchanged)
    };
    std::vector<Plan> plans;
    plans.reserve(listing.files.size());
    std::set<std::int32_t> seenOld;
    const double nFiles = std::max<double>(1, double(listing.files.size()));
    for (std::size_t i = 0; i < listing.files.size(); ++i) {
        ctx.checkpoint();
        Plan plan{listing.files[i]};
        const auto it = old->documentByPath.find(plan.file.path);
        if (it == old->documentByPath.end()) {
            plan.read = true;
            plan.counted = &report.added;
        } else {
            plan.old = it->second;
            seenOld.insert(it->second);
            const IndexedDocument &before = old->documents[std::size_t(it->second)];
            bool same = before.size == plan.file.size && before.mtimeNs == plan.file.mtimeNs;
            if (!same) {
                ctx.progress(0.02 * double(i) / nFiles, "checking " + plan.file.path);
                report.hashed.push_back(plan.file.path);
                try {
                    plan.hash = fileContentHash(plan.file.path);
                    same = plan.hash == before.contentHash;
                } catch (const IngestError &) {
                    // Unreadable now: it is dropped below with the reason.
                    plan.read = true;
                }
            }
            if (same) {
                plan.counted = &report.unchanged;
                plan.read = chunkingChanged;
            } else {
                plan.counted = &report.changed;
                plan.read = true;
            }
        }
        ++*plan.counted;
        plans.push_back(std::move(plan));
    }
    for (std::size_t i = 0; i < old->documents.size(); ++i)
        if (!seenOld.count(std::int32_t(i)))
            ++report.removed;

    // Read, decode and chunk what must be read; keep the rest as stored.
    auto state = std::make_shared<State>(options.analyzer);
    state->options = options;
    std::vector<ChunkId> oldChunkOf; // new chunk id -> old chunk id whose vector may be reused (-1: none)
    std::int64_t toRead = std::count_if(plans.begin(), plans.end(), [](const Plan &p) { return p.read; });
    std::int64_t readSoFar = 0;
    for (Plan &plan : plans) {
        ctx.checkpoint();
        IndexedDocument doc;
        std::vector<Chunk> chunks;
        const std::int32_t docIndex = std::int32_t(state->documents.size());
        if (!plan.read) {
            doc = old->documents[std::size_t(plan.old)];
            doc.size = plan.file.size;
            doc.mtimeNs = plan.file.mtimeNs;
            for (std::int64_t k = 0; k < doc.chunkCount; ++k) {
                chunks.push_back(old->chunks[std::size_t(doc.firstChunk + k)]);
                chunks.back().document = docIndex;
            }
        } else {
            ctx.progress(0.02 + 0.48 * double(readSoFar++) / double(std::max<std::int64_t>(1, toRead)), "reading " + plan.file.path);
            try {
                if (plan.hash.empty())
                    plan.hash = fileContentHash(plan.file.path);
                const Document read = readDocument(plan.file, options.limits);
                chunks = chunkDocument(read, docIndex, options.chunking);
                doc.path = plan.file.path;
                doc.format = read.format.empty() ? plan.file.format : read.format;
                doc.size = plan.file.size;
                doc.mtimeNs = plan.file.mtimeNs;
                doc.contentHash = plan.hash;
                doc.encoding = read.encoding;
                doc.replacedBytes = read.replacedBytes;
                if ((!read.encoding.empty() && read.encoding != "utf-8") || read.replacedBytes > 0)
                    report.decodeNotes.push_back(DecodeNote{doc.path, read.encoding, read.replacedBytes});
                report.reread.push_back(doc.path);
            } catch (const Canceled &) {
                throw;
            } catch (const std::exception &e) {
                // Not indexed (a binary file, a PDF that fails ...); when it was indexed before,
                // it leaves the index.
                const auto *ingest = dynamic_cast<const IngestError *>(&e);
                report.skipped.push_back(SkippedFile{plan.file.path, ingest ? ingest->reason() : std::string(e.what())});
                --*plan.counted;
                if (plan.old >= 0)
                    ++report.removed;
                continue;
            }
        }
        doc.firstChunk = ChunkId(state->chunks.size());
        doc.chunkCount = std::int64_t(chunks.size());
        for (std::size_t k = 0; k < chunks.size(); ++k) {
            // A chunk keeps its old vector only when its file was not read again.
            oldChunkOf.push_back(plan.read ? -1 : old->documents[std::size_t(plan.old)].firstChunk + ChunkId(k));
            state->chunks.push_back(std::move(chunks[k]));
        }
        state->documents.push_back(std::move(doc));
    }
    state->indexPaths();
    const std::int64_t n = std::int64_t(state->chunks.size());
    report.documents = std::int64_t(state->documents.size());
    report.chunks = n;

    const bool corpusChanged = wasEmpty || report.added > 0 || report.changed > 0 || report.removed > 0 || chunkingChanged;
    const bool metadataChanged = !report.hashed.empty();
    const bool optionsChanged = embedderChanged || analyzerChanged || options.ann != old->options.ann ||
                                !(options.hnsw == old->options.hnsw);
    const bool rootsChanged = roots != old->manifest.roots;
    if (!corpusChanged && !metadataChanged && !optionsChanged && !rootsChanged) {
        report.ann = old->annMode;
        ctx.progress(1.0, "up to date");
        return report;
    }
    report.modified = true;

    // BM25 over all chunks (rebuilding beats patching postings whose ids all shift).
    ctx.progress(0.5, "building the BM25 index");
    for (ChunkId id = 0; id < n; ++id) {
        if (id % 1024 == 0)
            ctx.checkpoint();
        state->bm25.add(id, state->chunks[std::size_t(id)].text);
    }
    state->bm25.finish();

    // Dense vectors.
    std::shared_ptr<const Embedder> embedder;
    bool reuseAll = false;      // every vector carried over (LSA, corpus unchanged)
    bool reuseUnread = false;   // vectors of files not read again carried over (BERT)
    if (n > 0) {
        if (isLsa(options.embedder)) {
            std::string oldWhy;
            const auto oldLsa = (!wasEmpty && !embedderChanged) ? old->queryEmbedder(&oldWhy) : nullptr;
            if (!corpusChanged && oldLsa && old->vectors.size() == std::int64_t(old->chunks.size())) {
                embedder = oldLsa;
                reuseAll = true;
            } else {
                ctx.progress(0.55, "fitting LSA on the corpus");
                std::vector<std::string> texts;
                texts.reserve(std::size_t(n));
                for (const Chunk &c : state->chunks)
                    texts.push_back(c.text);
                try {
                    embedder = detail::fitLsa(texts, options.lsaDimension, options.seed, subRange(ctx, 0.55, 0.65));
                    report.lsaRefitted = true;
                    report.notes.push_back("LSA refitted on the " + std::to_string(n) +
                                           " passages: its dimensions are derived from the corpus itself, so when a file changes "
                                           "every passage is embedded again");
                } catch (const std::invalid_argument &e) {
                    // Passages without a single word (symbols, numbers only ...): BM25 still works.
                    report.notes.push_back(std::string("no dense vectors: ") + e.what());
                }
            }
        } else {
            std::string why;
            if (!embedderChanged && !wasEmpty)
                embedder = old->queryEmbedder(&why);
            if (!embedder)
                embedder = detail::openBert(options.embedder);
            const bool sameVectors = !wasEmpty && !embedderChanged && old->manifest.embedderIdentity == embedder->identity() &&
                                     old->vectors.size() == std::int64_t(old->chunks.size()) &&
                                     old->vectors.dimension() == embedder->dimension();
            if (!wasEmpty && !embedderChanged && !sameVectors)
                report.notes.push_back("the model in " + options.embedder + " changed since the last update: every passage is embedded again");
            reuseUnread = sameVectors;
        }
        state->embedder = embedder;
    }
    if (n > 0 && embedder) {
        std::vector<bool> needsEmbedding(std::size_t(n), true);
        if (reuseAll)
            std::fill(needsEmbedding.begin(), needsEmbedding.end(), false);
        else if (reuseUnread)
            for (std::int64_t i = 0; i < n; ++i)
                needsEmbedding[std::size_t(i)] = oldChunkOf[std::size_t(i)] < 0;
        const int dim = embedder->dimension();
        state->vectors = VectorStore(dim);
        state->vectors.reserve(n);
        const std::int64_t toEmbed = std::count(needsEmbedding.begin(), needsEmbedding.end(), true);
        std::int64_t embedded = 0;
        std::int64_t i = 0;
        while (i < n) {
            ctx.checkpoint();
            if (!needsEmbedding[std::size_t(i)]) {
                state->vectors.add(old->vectors.row(oldChunkOf[std::size_t(i)]));
                ++i;
                continue;
            }
            std::vector<std::string> batch;
            const std::int64_t first = i;
            while (i < n && needsEmbedding[std::size_t(i)] && std::int64_t(batch.size()) < kEmbedBatch)
                batch.push_back(state->chunks[std::size_t(i++)].text);
            ctx.progress(0.65 + 0.2 * double(embedded) / double(std::max<std::int64_t>(1, toEmbed)),
                         "embedding passages " + std::to_string(first + 1) + "-" + std::to_string(i) + " of " + std::to_string(n));
            const std::vector<float> rows = embedder->embed(batch);
            if (rows.size() != batch.size() * std::size_t(dim))
                throw std::runtime_error("the embedder returned " + std::to_string(rows.size()) + " values for " +
                                         std::to_string(batch.size()) + " texts of dimension " + std::to_string(dim));
            state->vectors.addRows(rows);
            embedded += std::int64_t(batch.size());
        }
        report.embeddedChunks = embedded;
    }

    // HNSW when the collection is large enough for it (or asked for).
    state->annMode = resolvedAnn(options.ann, state->vectors.empty() ? 0 : n);
    if (state->annMode == "hnsw") {
        ctx.progress(0.85, "building the HNSW graph");
        const RunContext sub = subRange(ctx, 0.85, 0.95);
        try {
            state->ann = std::make_shared<AnnIndex>(AnnIndex::build(state->vectors, options.hnsw, [&sub](double f) {
                sub.progress(f, "building the HNSW graph");
                return !sub.stopRequested();
            }));
        } catch (const std::exception &) {
            ctx.checkpoint(); // a cancel surfaces as Canceled, anything else as itself
            throw;
        }
    }
    report.ann = state->annMode;

    // Write a new generation, then commit by replacing the manifest.
    ctx.checkpoint();
    ctx.progress(0.95, "writing the index");
    IndexManifest &m = state->manifest;
    m.generation = nextGeneration(m_dir, old->manifest.generation);
    m.chunking = options.chunking.toString();
    m.embedder = options.embedder;
    m.embedderIdentity = embedder ? embedder->identity() : std::string();
    m.dimension = embedder ? embedder->dimension() : 0;
    m.lsaDimension = options.lsaDimension;
    m.seed = options.seed;
    m.ann = options.ann;
    m.hnsw = options.hnsw;
    m.analyzer = std::string(analyzerName(options.analyzer));
    m.roots = roots;
    m.documents = report.documents;
    m.chunks = n;
    m.updatedUtc = utcNow();
    const fs::path gen = fs::path(m_dir) / m.generation;
    GenerationGuard guard{gen.string()};
    std::error_code ec;
    fs::create_directories(gen, ec);
    if (ec)
        throw IndexError(gen.string() + ": cannot create (" + ec.message() + ")");
    auto record = [&](const char *name) { m.files[name] = describeStoredFile((gen / name).string()); };
    saveIndexStore((gen / kStoreFile).string(), IndexStoreData{state->documents, state->chunks});
    record(kStoreFile);
    ctx.checkpoint();
    state->bm25.save((gen / kBm25File).string());
    record(kBm25File);
    if (embedder) {
        state->vectors.save((gen / kVectorsFile).string());
        record(kVectorsFile);
        if (isLsa(options.embedder)) {
            detail::saveLsa(*embedder, (gen / kLsaFile).string());
            record(kLsaFile);
        }
    }
    if (state->ann)
        state->ann->save((gen / kHnswFolder).string(), m.embedderIdentity);
    ctx.checkpoint();
    // The commit: from here on the new generation is the index.
    writeFileAtomically((fs::path(m_dir) / IndexManifest::kFileName).string(), m.toJson());
    guard.committed = true;
    for (const std::string &g : generationFolders(m_dir))
        if (g != m.generation)
            fs::remove_all(fs::path(m_dir) / g, ec);
    {
        std::lock_guard lock(m_stateMutex);
        m_state = std::move(state);
    }
    m_openReport = {};
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    report.notes.push_back("updated in " + fixed(seconds, 2) + " s");
    ctx.progress(1.0, "done");
    return report;
}

const std::string &RetrievalIndex::folder() const
{
    return m_dir;
}

const OpenReport &RetrievalIndex::openReport() const
{
    return m_openReport;
}

IndexOptions RetrievalIndex::options() const
{
    return snapshot()->options;
}

std::vector<std::string> RetrievalIndex::roots() const
{
    return snapshot()->manifest.roots;
}

std::int64_t RetrievalIndex::documentCount() const
{
    return std::int64_t(snapshot()->documents.size());
}

std::int64_t RetrievalIndex::chunkCount() const
{
    return std::int64_t(snapshot()->chunks.size());
}

std::string RetrievalIndex::annMode() const
{
    return snapshot()->annMode;
}

std::string RetrievalIndex::embedderIdentity() const
{
    return snapshot()->manifest.embedderIdentity;
}

int RetrievalIndex::vectorDimension() const
{
    return snapshot()->vectors.dimension();
}

bool RetrievalIndex::denseAvailable(std::string *why) const
{
    return snapshot()->queryEmbedder(why) != nullptr;
}

Chunk RetrievalIndex::chunk(ChunkId id) const
{
    const auto s = snapshot();
    if (id < 0 || id >= ChunkId(s->chunks.size()))
        throw std::out_of_range("no passage " + std::to_string(id) + " (the index holds " + std::to_string(s->chunks.size()) + ")");
    return s->chunks[std::size_t(id)];
}

IndexedDocument RetrievalIndex::document(std::int32_t index) const
{
    const auto s = snapshot();
    if (index < 0 || index >= std::int32_t(s->documents.size()))
        throw std::out_of_range("no document " + std::to_string(index) + " (the index holds " + std::to_string(s->documents.size()) + ")");
    return s->documents[std::size_t(index)];
}

IndexedDocument RetrievalIndex::documentOf(ChunkId id) const
{
    return document(chunk(id).document);
}

AnalyzerOptions RetrievalIndex::analyzer() const
{
    return snapshot()->options.analyzer;
}

std::vector<TermContribution> RetrievalIndex::bm25Terms(const std::string &query, ChunkId id, const Bm25Params &params) const
{
    return snapshot()->bm25.explain(query, id, params);
}

namespace {

// What one query produced under each retriever: the lists that go into the fusion.
struct Rankings
{
    std::vector<ScoredChunk> bm25;
    std::vector<ScoredChunk> dense;
    std::vector<ScoredChunk> fused;
    std::vector<float> queryVector;     // empty when dense did not run
};

int depthFor(const SearchOptions &o)
{
    return o.fusionDepth > 0 ? o.fusionDepth : std::max(100, 4 * o.topK);
}

std::optional<RankScore> findIn(const std::vector<ScoredChunk> &list, ChunkId id)
{
    for (std::size_t i = 0; i < list.size(); ++i)
        if (list[i].chunk == id)
            return RankScore{std::int64_t(i) + 1, list[i].score};
    return std::nullopt;
}

} // namespace

// Runs the retrievers a search needs (shared by search, explain and evaluate).
static Rankings rank(const RetrievalIndex &, const auto &state, const std::string &query, const SearchOptions &o, int depth)
{
    Rankings r;
    if (analyzeTerms(query, state.options.analyzer).empty())
        return r;
    const bool wantBm25 = o.retriever != Retriever::Dense;
    const bool wantDense = o.retriever != Retriever::Bm25;
    if (wantBm25)
        r.bm25 = state.bm25.search(query, depth, o.bm25);
    if (wantDense) {
        if (const auto embedder = state.queryEmbedder(nullptr)) {
            r.queryVector = embedder->embed({query});
            if (!allZero(r.queryVector)) {
                if (state.ann)
                    r.dense = state.ann->search(r.queryVector.data(), depth, o.ef);
                else
                    r.dense = state.vectors.exactSearch(r.queryVector.data(), depth);
            }
        }
    }
    if (o.retriever == Retriever::Hybrid) {
        std::vector<RankedList> lists{RankedList{"bm25", o.bm25Weight, r.bm25}, RankedList{"dense", o.denseWeight, r.dense}};
        r.fused = o.fusion == FusionMethod::Rrf ? reciprocalRankFusion(lists, o.rrfK) : weightedScoreFusion(lists);
    }
    return r;
}

namespace {

// The passages' ranks and cosines in the exact dense ranking (ties by smaller id, as
// exactSearch), all from ONE scan of the vectors: a hybrid search asks this for every hit outside
// the dense list, and a scan per hit was most of its time at 100k chunks.
std::vector<std::optional<RankScore>> exactDenseRanks(const VectorStore &vectors, const std::vector<float> &q,
                                                      const std::vector<ChunkId> &ids)
{
    std::vector<std::optional<RankScore>> out(ids.size());
    if (q.empty() || vectors.empty())
        return out;
    const int d = vectors.dimension();
    std::vector<std::size_t> asked;
    std::vector<double> mine(ids.size());
    std::vector<std::int64_t> better(ids.size(), 0);
    for (std::size_t k = 0; k < ids.size(); ++k) {
        if (ids[k] < 0 || ids[k] >= vectors.size())
            continue;
        mine[k] = dot(vectors.row(ids[k]), q.data(), d);
        asked.push_back(k);
    }
    if (asked.empty())
        return out;
    for (std::int64_t i = 0; i < vectors.size(); ++i) {
        const double s = dot(vectors.row(i), q.data(), d);
        for (const std::size_t k : asked)
            if (i != ids[k] && (s > mine[k] || (s == mine[k] && i < ids[k])))
                ++better[k];
    }
    for (const std::size_t k : asked)
        out[k] = RankScore{better[k] + 1, mine[k]};
    return out;
}

std::optional<RankScore> exactDenseRank(const VectorStore &vectors, const std::vector<float> &q, ChunkId id)
{
    return exactDenseRanks(vectors, q, {id}).front();
}

std::optional<RankScore> bm25RankOf(const Bm25Index &bm25, const std::string &query, ChunkId id, const Bm25Params &params)
{
    const std::int64_t r = bm25.rankOf(query, id, params);
    if (r <= 0)
        return std::nullopt;
    double score = 0;
    for (const TermContribution &t : bm25.explain(query, id, params))
        score += t.score;
    return RankScore{r, score};
}

} // namespace

std::vector<SearchHit> RetrievalIndex::search(const std::string &query, const SearchOptions &o) const
{
    if (o.topK <= 0)
        return {};
    const auto s = snapshot();
    const int depth = o.retriever == Retriever::Hybrid ? std::max(depthFor(o), o.topK) : o.topK;
    const Rankings r = rank(*this, *s, query, o, depth);
    std::vector<SearchHit> hits;
    const std::vector<ScoredChunk> &final = o.retriever == Retriever::Bm25 ? r.bm25 : o.retriever == Retriever::Dense ? r.dense : r.fused;
    for (std::size_t i = 0; i < final.size() && int(i) < o.topK; ++i) {
        SearchHit hit;
        hit.chunk = final[i].chunk;
        const RankScore here{std::int64_t(i) + 1, final[i].score};
        switch (o.retriever) {
        case Retriever::Bm25:
            hit.bm25 = here;
            break;
        case Retriever::Dense:
            hit.dense = here;
            break;
        case Retriever::Hybrid:
            hit.fused = here;
            // Each retriever's own standing; beyond its list's depth, its exact rank.
            hit.bm25 = findIn(r.bm25, hit.chunk);
            if (!hit.bm25 && int(r.bm25.size()) >= depth)
                hit.bm25 = bm25RankOf(s->bm25, query, hit.chunk, o.bm25);
            hit.dense = findIn(r.dense, hit.chunk);
            break;
        }
        hits.push_back(hit);
    }
    if (o.retriever == Retriever::Hybrid && !r.dense.empty()) {
        // The hits outside the dense list get their exact rank, all in one scan.
        std::vector<std::size_t> outside;
        std::vector<ChunkId> ids;
        for (std::size_t i = 0; i < hits.size(); ++i)
            if (!hits[i].dense) {
                outside.push_back(i);
                ids.push_back(hits[i].chunk);
            }
        if (!ids.empty()) {
            const auto ranks = exactDenseRanks(s->vectors, r.queryVector, ids);
            for (std::size_t k = 0; k < outside.size(); ++k)
                hits[outside[k]].dense = ranks[k];
        }
    }
    return hits;
}

PassageExplanation RetrievalIndex::explain(const std::string &query, ChunkId id, const SearchOptions &o) const
{
    const auto s = snapshot();
    if (id < 0 || id >= ChunkId(s->chunks.size()))
        throw std::out_of_range("no passage " + std::to_string(id) + " (the index holds " + std::to_string(s->chunks.size()) + ")");
    PassageExplanation e;
    e.chunk = id;
    e.topK = o.topK;
    // Both retrievers always, so the answer covers each of them whichever one the search uses.
    SearchOptions all = o;
    all.retriever = Retriever::Hybrid;
    const int depth = std::max(depthFor(o), o.topK);
    const Rankings r = rank(*this, *s, query, all, depth);

    e.terms = s->bm25.explain(query, id, o.bm25);
    std::set<std::string> seen;
    for (const TermContribution &t : e.terms)
        if (t.tf == 0 && seen.insert(t.term).second)
            e.missingTerms.push_back(t.term);
    e.bm25 = findIn(r.bm25, id);
    if (!e.bm25)
        e.bm25 = bm25RankOf(s->bm25, query, id, o.bm25);
    e.dense = findIn(r.dense, id);
    if (!e.dense)
        e.dense = exactDenseRank(s->vectors, r.queryVector, id);
    e.fused = findIn(r.fused, id);
    const auto cutOff = [&](const std::vector<ScoredChunk> &list) -> std::optional<double> {
        if (o.topK > 0 && int(list.size()) >= o.topK)
            return list[std::size_t(o.topK - 1)].score;
        return std::nullopt;
    };
    e.bm25CutOff = cutOff(r.bm25);
    e.denseCutOff = cutOff(r.dense);
    e.fusedCutOff = cutOff(r.fused);

    const std::optional<RankScore> &chosen = o.retriever == Retriever::Bm25 ? e.bm25 : o.retriever == Retriever::Dense ? e.dense : e.fused;
    e.finalRank = chosen ? chosen->rank : 0;
    e.inTopK = chosen && chosen->rank <= o.topK;
    const std::string k = std::to_string(o.topK);
    const std::string name = retrieverName(o.retriever);

    if (analyzeTerms(query, s->options.analyzer).empty()) {
        e.reasons.push_back("the query has no words to search for");
        return e;
    }
    if (e.inTopK)
        e.reasons.push_back("it is in the top " + k + " (" + name + " rank " + std::to_string(e.finalRank) + ")");
    else
        e.reasons.push_back("it is not in the top " + k + " under " + name +
                            (e.finalRank ? " (rank " + std::to_string(e.finalRank) + ")" : " (not ranked at all)"));
    // BM25's side.
    if (!e.bm25) {
        e.reasons.push_back("BM25: none of the query's words occur in it");
    } else {
        std::string line = "BM25: rank " + std::to_string(e.bm25->rank) + ", score " + fixed(e.bm25->score, 3);
        if (e.bm25CutOff && e.bm25->rank > o.topK)
            line += " (rank " + k + " scores " + fixed(*e.bm25CutOff, 3) + ")";
        if (!e.missingTerms.empty()) {
            line += "; it lacks";
            for (std::size_t i = 0; i < e.missingTerms.size(); ++i)
                line += (i ? ", '" : " '") + e.missingTerms[i] + "'";
        }
        e.reasons.push_back(line);
    }
    // The dense side.
    std::string why;
    if (!s->queryEmbedder(&why)) {
        e.reasons.push_back("dense: unavailable (" + why + ")");
    } else if (!e.dense) {
        e.reasons.push_back("dense: the query has no words the embedder knows");
    } else {
        std::string line = "dense: rank " + std::to_string(e.dense->rank) + ", cosine " + fixed(e.dense->score, 3);
        if (e.denseCutOff && e.dense->rank > o.topK)
            line += " (rank " + k + " has " + fixed(*e.denseCutOff, 3) + ")";
        e.reasons.push_back(line);
    }
    // Fusion.
    if (e.fused) {
        std::string line = "fused: rank " + std::to_string(e.fused->rank) + ", score " + fixed(e.fused->score, 4);
        if (e.fusedCutOff && e.fused->rank > o.topK)
            line += " (rank " + k + " has " + fixed(*e.fusedCutOff, 4) + ")";
        e.reasons.push_back(line);
    } else {
        e.reasons.push_back("fused: outside the " + std::to_string(depth) + " passages each retriever hands to the fusion");
    }
    return e;
}

std::vector<RetrieverEvaluation> RetrievalIndex::evaluate(const std::vector<EvaluationQuestion> &questions, const SearchOptions &o,
                                                          const RunContext &ctx) const
{
    const auto s = snapshot();
    // Document-level labels: a ranked chunk stands for its file, each file counted once.
    auto matchesDocument = [](const std::string &path, const std::string &label) {
        if (path == label)
            return true;
        return label.find('/') == std::string::npos ? fs::path(path).filename().string() == label
                                                   : path.size() > label.size() && path.compare(path.size() - label.size(), label.size(), label) == 0 &&
                                                         path[path.size() - label.size() - 1] == '/';
    };
    std::vector<std::vector<ChunkId>> bm25, dense, rrf, weighted;
    std::vector<std::set<ChunkId>> relevant;
    SearchOptions all = o;
    all.retriever = Retriever::Hybrid;
    const int depth = std::max(depthFor(o), 10);
    for (std::size_t qi = 0; qi < questions.size(); ++qi) {
        ctx.checkpoint();
        ctx.progress(double(qi) / double(std::max<std::size_t>(1, questions.size())), "evaluating");
        const EvaluationQuestion &q = questions[qi];
        const bool byDocument = !q.relevantDocuments.empty();
        std::set<ChunkId> rel;
        if (byDocument) {
            for (std::size_t d = 0; d < s->documents.size(); ++d)
                for (const std::string &label : q.relevantDocuments)
                    if (matchesDocument(s->documents[d].path, label))
                        rel.insert(ChunkId(d));
        } else {
            rel.insert(q.relevantChunks.begin(), q.relevantChunks.end());
        }
        all.fusion = FusionMethod::Rrf;
        const Rankings r = rank(*this, *s, q.question, all, depth);
        std::vector<RankedList> lists{RankedList{"bm25", o.bm25Weight, r.bm25}, RankedList{"dense", o.denseWeight, r.dense}};
        const auto w = weightedScoreFusion(lists);
        auto ids = [&](const std::vector<ScoredChunk> &list) {
            std::vector<ChunkId> out;
            std::set<ChunkId> seen;
            for (const ScoredChunk &c : list) {
                const ChunkId id = byDocument ? ChunkId(s->chunks[std::size_t(c.chunk)].document) : c.chunk;
                if (seen.insert(id).second)
                    out.push_back(id);
            }
            return out;
        };
        bm25.push_back(ids(r.bm25));
        dense.push_back(ids(r.dense));
        rrf.push_back(ids(r.fused));
        weighted.push_back(ids(w));
        relevant.push_back(std::move(rel));
    }
    ctx.progress(1.0, "evaluated");
    return {
        RetrieverEvaluation{"bm25", meanMetrics(bm25, relevant)},
        RetrieverEvaluation{"dense", meanMetrics(dense, relevant)},
        RetrieverEvaluation{"hybrid (rrf)", meanMetrics(rrf, relevant)},
        RetrieverEvaluation{"hybrid (weighted)", meanMetrics(weighted, relevant)},
    };
}

std::optional<double> RetrievalIndex::annRecall(const std::vector<std::string> &queries, int k, int ef) const
{
    const auto s = snapshot();
    if (!s->ann || s->vectors.empty())
        return std::nullopt;
    const auto embedder = s->queryEmbedder(nullptr);
    if (!embedder)
        return std::nullopt;
    std::vector<std::vector<float>> vectors;
    for (const std::string &q : queries) {
        std::vector<float> v = embedder->embed({q});
        if (!allZero(v))
            vectors.push_back(std::move(v));
    }
    if (vectors.empty())
        return std::nullopt;
    return s->ann->recallAtK(s->vectors, vectors, k, ef);
}

std::vector<float> RetrievalIndex::vectorsOf(const std::vector<ChunkId> &ids) const
{
    const auto s = snapshot();
    if (s->vectors.empty())
        return {};
    const std::size_t dim = std::size_t(s->vectors.dimension());
    std::vector<float> out;
    out.reserve(ids.size() * dim);
    for (const ChunkId id : ids) {
        if (id < 0 || id >= s->vectors.size())
            throw std::out_of_range("no vector for passage " + std::to_string(id) + " (the index holds " +
                                    std::to_string(s->vectors.size()) + ")");
        const float *row = s->vectors.row(id);
        out.insert(out.end(), row, row + dim);
    }
    return out;
}

std::vector<float> RetrievalIndex::embedQuery(const std::string &query) const
{
    const auto s = snapshot();
    const auto embedder = s->queryEmbedder(nullptr);
    if (!embedder)
        return {};
    std::vector<float> v = embedder->embed({query});
    return allZero(v) ? std::vector<float>{} : v;
}

} // namespace genlab::engine::retrieval
