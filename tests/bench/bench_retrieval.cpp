// The Retrieval lab's speed (issue 13, section 7) on a documentation set no one here wrote:
// Debian's python3-doc (Python's HTML documentation, 530 pages, about 11 MB of text).
//
//  retrieval.index_chunks_per_s  RetrievalIndex::update of python3-doc with the default options
//                                (chars:800:100, LSA 128, ann auto), from an empty folder, on the
//                                lane the retrieval service uses; the stages in the line.
//  retrieval.eventloop.p99_ms    lateness of a 1 ms QTimer on the GUI thread during that update.
//  retrieval.hybrid_query.p95_ms RetrievalIndex::search (LSA query embedding, BM25, HNSW, RRF,
//                                each hit's rank under both retrievers) at 100k+ chunks.
//  retrieval.hnsw_qps            AnnIndex::search at the smallest ef whose recall@10 against the
//                                exact scan is >= 0.95, against python3-hnswlib on the same saved
//                                hnsw.bin and the same query vectors (tests/python/hnsw_peer.py).
//  retrieval.bm25_qps            Bm25Index::search top 10 against SQLite FTS5's bm25() over the
//                                same chunks and queries (tests/python/bm25_peer.py).
//
// The 100k corpus is python3-doc cut smaller (kLargeChunking) rather than repeated, so every
// chunk is distinct real text. It is built once into <build>/bench-cache/retrieval/ and reopened
// (verified) by later runs; the default-chunking index is built fresh every run since its build
// is what index_chunks_per_s measures. Queries: the 44 labelled questions of
// resources/help/questions.json, then headings and sentences sampled (fixed seed) from the chunks.
// One compute thread everywhere (the peers too).

#include "benchmark.h"

#include "engine/retrieval/annindex.h"
#include "engine/retrieval/bm25.h"
#include "engine/retrieval/fusion.h"
#include "engine/retrieval/lsaembedder.h"
#include "engine/retrieval/retrievalindex.h"
#include "engine/retrieval/vectorstore.h"
#include "engine/runtime/compute.h"
#include "services/jobmanager.h"
#include "services/studiojobs.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <optional>
#include <random>
#include <set>
#include <sstream>
#include <time.h>

namespace {

using namespace genlab::engine;
using namespace genlab::engine::retrieval;
using genlab::bench::Reporter;
using genlab::bench::Result;
using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

// python3-doc at chars:800:100 gives about 16k chunks; 100k needs a chunk every ~100 characters:
// 200-character chunks (a sentence or two) overlapping by half.
constexpr const char *kLargeChunking = "chars:200:100";
constexpr std::int64_t kLargeTarget = 100000;
constexpr int kQueries = 200;
constexpr int kTopK = 10;
constexpr double kRecallTarget = 0.95;
constexpr double kMinTimedSeconds = 1.5; // each QPS loop runs at least this long
constexpr int kEfLadder[] = {10, 12, 16, 20, 24, 32, 40, 48, 64, 80, 96, 128, 160, 200, 256, 320, 400, 512, 768, 1024};

double secondsSince(Clock::time_point t0)
{
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

std::string fmt(double v, int digits = 3)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*g", digits, v);
    return buf;
}

// Where python3-doc put the HTML (the link chain differs between releases).
fs::path pythonDocs()
{
    std::vector<fs::path> candidates{"/usr/share/doc/python3-doc/html"};
    std::error_code ec;
    for (const auto &e : fs::directory_iterator("/usr/share/doc", ec)) {
        const std::string name = e.path().filename().string();
        if (name.starts_with("python3.") && !name.ends_with("-dev") && !name.ends_with("-minimal") && !name.ends_with("-venv"))
            candidates.push_back(e.path() / "html");
    }
    for (const fs::path &c : candidates) {
        if (fs::exists(c / "library" / "index.html", ec))
            return fs::canonical(c, ec);
    }
    throw std::runtime_error("python3-doc's HTML is not installed (looked for /usr/share/doc/python3-doc/html/library/index.html; "
                             "apt-get install python3-doc)");
}

// The HTML pages only: python3-doc also ships each page's reStructuredText source under _sources/
// (.txt), which a folder import would index as a second, near-identical copy.
std::vector<std::string> htmlPages(const fs::path &docs)
{
    std::vector<std::string> out;
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(docs, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
        if (it->is_regular_file(ec) && it->path().extension() == ".html")
            out.push_back(it->path().string());
    std::sort(out.begin(), out.end());
    if (out.size() < 100)
        throw std::runtime_error(docs.string() + ": only " + std::to_string(out.size()) + " HTML pages (python3-doc is incomplete)");
    return out;
}

fs::path cacheRoot()
{
    if (const char *env = std::getenv("GENLAB_BENCH_CACHE"); env && *env)
        return fs::path(env) / "retrieval";
    return fs::path(GENLAB_BINARY_DIR) / "bench-cache" / "retrieval";
}

std::string readFile(const fs::path &p)
{
    std::ifstream in(p, std::ios::binary);
    if (!in)
        throw std::runtime_error(p.string() + ": cannot read");
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// Times per stage of an update from its progress labels (the engine's own stage names).
// Thread: mark() from the worker running the update; seconds() after it finished.
class StageClock
{
public:
    void mark(std::string_view label)
    {
        const std::string stage = classify(label);
        if (stage.empty() || stage == m_current)
            return;
        const auto now = Clock::now();
        if (!m_current.empty())
            m_seconds[m_current] += std::chrono::duration<double>(now - m_since).count();
        m_current = stage == "end" ? std::string() : stage;
        m_since = now;
    }
    const std::map<std::string, double> &seconds() const { return m_seconds; }

private:
    static std::string classify(std::string_view s)
    {
        if (s.starts_with("listing") || s.starts_with("checking"))
            return "list";
        if (s.starts_with("reading"))
            return "ingest_chunk";
        if (s.starts_with("building the BM25"))
            return "bm25";
        if (s.starts_with("fitting LSA"))
            return "lsa_fit";
        if (s.starts_with("embedding"))
            return "embed";
        if (s.starts_with("building the HNSW"))
            return "hnsw";
        if (s.starts_with("writing"))
            return "write";
        if (s == "done" || s == "up to date")
            return "end";
        return {}; // anything else belongs to the stage it happens in
    }

    std::string m_current;
    Clock::time_point m_since;
    std::map<std::string, double> m_seconds;
};

// --- the queries -------------------------------------------------------------------------------

std::vector<std::string> helpQuestions()
{
    const fs::path file = fs::path(GENLAB_SOURCE_DIR) / "resources" / "help" / "questions.json";
    const auto j = nlohmann::json::parse(readFile(file), nullptr, false);
    std::vector<std::string> out;
    if (j.is_object() && j.contains("questions") && j["questions"].is_array())
        for (const auto &q : j["questions"])
            if (q.is_object() && q.contains("question") && q["question"].is_string())
                out.push_back(q["question"].get<std::string>());
    if (out.empty())
        throw std::runtime_error(file.string() + ": no questions");
    return out;
}

bool isWordByte(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) || (static_cast<unsigned char>(c) & 0x80);
}

// A run of 5-12 words from inside a chunk, starting at a word boundary: what a reader might paste.
std::string sentenceFrom(const std::string &text, std::mt19937 &gen)
{
    std::vector<std::size_t> starts;
    for (std::size_t i = 0; i < text.size(); ++i)
        if (isWordByte(text[i]) && (i == 0 || text[i - 1] == ' ' || text[i - 1] == '\n'))
            starts.push_back(i);
    if (starts.size() < 6)
        return {};
    const std::size_t words = 5 + gen() % 8;
    const std::size_t first = starts.size() > words ? gen() % (starts.size() - words) : 0;
    const std::size_t last = std::min(starts.size() - 1, first + words);
    std::string s = text.substr(starts[first], starts[last] - starts[first]);
    for (char &c : s)
        if (c == '\n')
            c = ' ';
    while (!s.empty() && (s.back() == ' ' || s.back() == ','))
        s.pop_back();
    return s;
}

// The help questions, then distinct headings and sentences of the corpus, alternately.
std::vector<std::string> benchQueries(const RetrievalIndex &index, int count)
{
    std::vector<std::string> out = helpQuestions();
    std::mt19937 gen(2026);
    std::set<std::string> seen(out.begin(), out.end());
    const std::int64_t n = index.chunkCount();
    for (int attempt = 0; int(out.size()) < count && attempt < count * 50; ++attempt) {
        const Chunk c = index.chunk(ChunkId(gen() % std::uint64_t(n)));
        std::string q = (attempt % 2 == 0 && c.heading.size() > 3) ? c.heading : sentenceFrom(c.text, gen);
        if (q.size() < 8 || analyzeTerms(q).size() < 2 || !seen.insert(q).second)
            continue;
        out.push_back(std::move(q));
    }
    out.resize(std::min<std::size_t>(out.size(), std::size_t(count)));
    return out;
}

// --- the Python peers --------------------------------------------------------------------------

std::optional<nlohmann::json> runPeer(const std::string &script, const std::vector<std::string> &args, std::string *why)
{
    const std::string path = std::string(GENLAB_SOURCE_DIR) + "/tests/python/" + script;
    if (!fs::exists(path)) {
        *why = "tests/python/" + script + " is missing";
        return std::nullopt;
    }
    std::vector<std::string> all{path};
    all.insert(all.end(), args.begin(), args.end());
    const auto out = genlab::bench::runPythonPeer(
        "import os, runpy, sys; sys.argv = sys.argv[1:]; os.environ['OMP_NUM_THREADS'] = '1'; "
        "runpy.run_path(sys.argv[0], run_name='__main__')",
        all, why, 900000);
    if (!out)
        return std::nullopt;
    // The last line that parses as a JSON object (a peer may print progress before it).
    std::istringstream lines(*out);
    std::optional<nlohmann::json> last;
    for (std::string line; std::getline(lines, line);) {
        auto j = nlohmann::json::parse(line, nullptr, false);
        if (j.is_object())
            last = std::move(j);
    }
    if (!last)
        *why = script + " printed no JSON object";
    return last;
}

void attachPeer(Result &r, const std::optional<nlohmann::json> &peer, const char *key, const std::string &peerName,
                const std::string &why, bool higherIsBetter = true)
{
    const double v = peer ? peer->value(key, 0.0) : 0.0;
    if (v > 0) {
        r.peer = peerName;
        r.peerValue = v;
        r.ratio = higherIsBetter ? r.value / v : v / r.value;
    } else {
        r.note = "no peer: " + (why.empty() ? std::string("it reported no ") + key : why);
    }
}

// --- the indexes -------------------------------------------------------------------------------

IndexOptions largeOptions()
{
    IndexOptions o;
    o.chunking = ChunkingSpec::parse(kLargeChunking);
    o.ann = "hnsw";
    return o;
}

struct LargeIndex
{
    RetrievalIndex index;
    fs::path generation;        // the folder holding bm25.bin, vectors.bin, lsa.bin, hnsw/
    double buildSeconds = 0;    // 0: reopened from the cache
    std::string origin;
};

// Opens the cached 100k index, or builds it (a damaged or stale cache is rebuilt, not trusted).
LargeIndex largeIndex(const std::vector<std::string> &pages)
{
    const fs::path dir = cacheRoot() / (std::string("python3-doc-") + kLargeChunking);
    std::string why;
    std::optional<RetrievalIndex> index;
    if (RetrievalIndex::exists(dir.string())) {
        try {
            index = RetrievalIndex::open(dir.string());
            const IndexOptions o = index->options();
            if (!(o.chunking == largeOptions().chunking) || o.ann != "hnsw" || index->chunkCount() < kLargeTarget) {
                why = "the cached index was built differently";
                index.reset();
            }
        } catch (const std::exception &e) {
            why = e.what();
            index.reset();
        }
        if (!index) {
            std::fprintf(stderr, "genlab-bench retrieval: rebuilding the cached index in %s (%s)\n", dir.string().c_str(), why.c_str());
            std::error_code ec;
            fs::remove_all(dir, ec);
        }
    }
    LargeIndex out{index ? std::move(*index) : RetrievalIndex::create(dir.string())};
    const auto t0 = Clock::now();
    const UpdateReport report = out.index.update(pages, largeOptions());
    if (report.modified) {
        out.buildSeconds = secondsSince(t0);
        out.origin = "built in this run (" + fmt(out.buildSeconds, 3) + " s, cached for later runs)";
    } else {
        out.origin = "reopened from " + dir.string();
    }
    if (out.index.chunkCount() < kLargeTarget)
        throw std::runtime_error(std::string(kLargeChunking) + " cut python3-doc into only " + std::to_string(out.index.chunkCount()) +
                                 " chunks (the benchmark wants " + std::to_string(kLargeTarget) + ")");
    const auto manifest = nlohmann::json::parse(readFile(dir / IndexManifest::kFileName), nullptr, false);
    if (!manifest.is_object() || !manifest.contains("generation") || !manifest["generation"].is_string())
        throw std::runtime_error((dir / IndexManifest::kFileName).string() + ": no generation");
    out.generation = dir / manifest["generation"].get<std::string>();
    return out;
}

// --- index_chunks_per_s and eventloop.p99_ms ---------------------------------------------------

void indexingBench(Reporter &reporter, const fs::path &docs, const std::vector<std::string> &pages)
{
    const fs::path dir = cacheRoot() / "tmp-index";
    std::error_code ec;
    fs::remove_all(dir, ec);
    fs::create_directories(dir.parent_path(), ec);

    // As the retrieval service runs it: a JobManager lane of its own, progress to the GUI thread.
    genlab::engine::ThreadBudget budget = planThreadBudget();
    budget.interactive = budget.training = budget.io = budget.cli = 1;
    genlab::services::JobManager manager(genlab::services::studioJobOptions(budget));
    StageClock stages;
    UpdateReport report;
    double updateSeconds = 0;
    std::atomic<int> progressEvents{0};
    genlab::services::JobRequest request;
    request.title = QStringLiteral("Index python3-doc");
    request.lab = QStringLiteral("retrieval-update");
    request.work = [&](const RunContext &jobCtx) -> QVariant {
        RunContext ctx = jobCtx;
        ctx.onProgress = [&stages, &jobCtx](double f, std::string_view stage) {
            stages.mark(stage);
            jobCtx.progress(f, stage);
        };
        RetrievalIndex index = RetrievalIndex::create(dir.string());
        const auto t0 = Clock::now();
        stages.mark("listing files");
        report = index.update(pages, IndexOptions{}, ctx);
        stages.mark("done");
        updateSeconds = secondsSince(t0);
        return QVariant();
    };
    genlab::services::Job *job = manager.submit(std::move(request));
    QObject::connect(job, &genlab::services::Job::progressChanged, job, [&] { ++progressEvents; });
    std::vector<double> lateness = genlab::bench::measureEventLoopLateness(
        30 * 60 * 1000, [job] { return job->isFinished(); }, 1);
    genlab::bench::waitUntil([job] { return job->isFinished(); }, 60000);
    if (job->state() != genlab::services::JobState::Succeeded)
        throw std::runtime_error("indexing python3-doc failed: " + job->message().toStdString());
    fs::remove_all(dir, ec);

    Result r{.name = "retrieval.index_chunks_per_s", .value = double(report.chunks) / updateSeconds, .unit = "chunks/s"};
    r.extra["corpus"] = docs.string() + " (the HTML pages, not _sources/)";
    r.extra["documents"] = std::to_string(report.documents);
    r.extra["chunks"] = std::to_string(report.chunks);
    r.extra["skipped_files"] = std::to_string(report.skipped.size());
    r.extra["options"] = "chars:800:100, LSA 128, ann " + report.ann + ", BM25 unicode-fold";
    r.extra["total_s"] = fmt(updateSeconds, 4);
    double staged = 0;
    for (const auto &[stage, s] : stages.seconds()) {
        r.extra["stage." + stage + "_s"] = fmt(s, 3);
        staged += s;
    }
    r.extra["threads"] = "1 (the update's lane)";
    r.extra["stages"] = "list, ingest_chunk (read, decode, gumbo, chunk), bm25, lsa_fit, embed, hnsw (only at >= 20k chunks), write";
    reporter.report(std::move(r));

    const double ticks = double(lateness.size());
    Result e{.name = "retrieval.eventloop.p99_ms", .value = genlab::bench::percentile(lateness, 99), .unit = "ms"};
    e.extra["p50_ms"] = fmt(genlab::bench::percentile(lateness, 50), 3);
    e.extra["max_ms"] = fmt(lateness.empty() ? 0.0 : lateness.back(), 3);
    e.extra["ticks"] = std::to_string(std::int64_t(ticks));
    e.extra["timer"] = "1 ms precise QTimer on the GUI thread";
    e.extra["workload"] = "RetrievalIndex::update of python3-doc on the service's lane (JobManager, \"retrieval-update\"), " +
                          std::to_string(progressEvents.load()) + " progress signals delivered";
    e.extra["target_ms"] = "16";
    reporter.report(std::move(e));
}

// --- queries at 100k ---------------------------------------------------------------------------

struct Pieces
{
    Bm25Index bm25;
    std::unique_ptr<LsaEmbedder> lsa;
    VectorStore vectors;
    AnnIndex ann;
};

Pieces loadPieces(const LargeIndex &large)
{
    const fs::path g = large.generation;
    Pieces p{Bm25Index::load((g / "bm25.bin").string()), LsaEmbedder::load((g / "lsa.bin").string()),
             VectorStore::load((g / "vectors.bin").string()), AnnIndex()};
    const HnswParams params = large.index.options().hnsw;
    AnnLoadResult ann = AnnIndex::loadOrRebuild((g / "hnsw").string(), p.vectors, p.lsa->identity(), params);
    if (ann.rebuilt)
        throw std::runtime_error((g / "hnsw").string() + ": the saved graph did not verify (" + ann.reason + ")");
    p.ann = std::move(ann.index);
    return p;
}

double mean(const std::vector<double> &v)
{
    double s = 0;
    for (double x : v)
        s += x;
    return v.empty() ? 0.0 : s / double(v.size());
}

void hybridBench(Reporter &reporter, const LargeIndex &large, const Pieces &p, const std::vector<std::string> &queries)
{
    SearchOptions options;
    options.retriever = Retriever::Hybrid;
    options.topK = kTopK;
    for (int i = 0; i < 20; ++i) // warm-up: the query embedder is loaded on first use, caches fill
        large.index.search(queries[std::size_t(i) % queries.size()], options);
    std::vector<double> total, pipeline, embed, bm25, hnsw, fuse, bm25Ranks;
    std::int64_t hits = 0, needDense = 0, needBm25 = 0;
    for (const std::string &q : queries) {
        auto t0 = Clock::now();
        hits += std::int64_t(large.index.search(q, options).size());
        total.push_back(secondsSince(t0) * 1e3);

        // The same steps one by one, for where the time goes: the four of the definition
        // (embed, BM25, HNSW, RRF), then what search() adds for the passage browser: each hit's
        // rank under the retriever whose list it is not in (a full BM25 scoring, or a full exact
        // scan of the vectors, per such hit).
        const int depth = std::max(100, 4 * kTopK);
        t0 = Clock::now();
        const std::vector<float> v = p.lsa->embed({q});
        embed.push_back(secondsSince(t0) * 1e3);
        t0 = Clock::now();
        const auto b = p.bm25.search(q, depth);
        bm25.push_back(secondsSince(t0) * 1e3);
        t0 = Clock::now();
        const auto d = p.ann.search(v.data(), depth, 0);
        hnsw.push_back(secondsSince(t0) * 1e3);
        t0 = Clock::now();
        const auto fused = reciprocalRankFusion({RankedList{"bm25", 1.0, b}, RankedList{"dense", 1.0, d}}, 60);
        fuse.push_back(secondsSince(t0) * 1e3);
        pipeline.push_back(embed.back() + bm25.back() + hnsw.back() + fuse.back());
        auto listed = [](const std::vector<ScoredChunk> &list, ChunkId id) {
            return std::any_of(list.begin(), list.end(), [id](const ScoredChunk &s) { return s.chunk == id; });
        };
        double rankMs = 0;
        for (std::size_t i = 0; i < fused.size() && int(i) < kTopK; ++i) {
            const ChunkId id = fused[i].chunk;
            if (!d.empty() && !listed(d, id))
                ++needDense;
            if (int(b.size()) >= depth && !listed(b, id)) {
                ++needBm25;
                t0 = Clock::now();
                if (p.bm25.rankOf(q, id) > 0)
                    p.bm25.explain(q, id);
                rankMs += secondsSince(t0) * 1e3;
            }
        }
        bm25Ranks.push_back(rankMs);
    }
    const double meanTotal = mean(total), meanPipeline = mean(pipeline), meanRanks = mean(bm25Ranks);
    const double nq = double(queries.size());
    Result r{.name = "retrieval.hybrid_query.p95_ms", .value = genlab::bench::percentile(total, 95), .unit = "ms"};
    r.extra["p50_ms"] = fmt(genlab::bench::percentile(total, 50));
    r.extra["p99_ms"] = fmt(genlab::bench::percentile(total, 99));
    r.extra["max_ms"] = fmt(total.back());
    r.extra["mean_ms"] = fmt(meanTotal);
    r.extra["pipeline_p95_ms"] = fmt(genlab::bench::percentile(pipeline, 95)) + " (embed + BM25 + HNSW + RRF only, without each hit's "
                                 "rank under the other retriever)";
    r.extra["chunks"] = std::to_string(large.index.chunkCount());
    r.extra["documents"] = std::to_string(large.index.documentCount());
    r.extra["chunking"] = std::string(kLargeChunking) + " (python3-doc's HTML cut smaller to pass 100k chunks; no repetition)";
    r.extra["queries"] = std::to_string(queries.size()) + " (44 help questions, then headings and 5-12 word runs sampled from the chunks)";
    r.extra["search"] = "RetrievalIndex::search hybrid, RRF k=60, top " + std::to_string(kTopK) +
                        ", lists 100 deep, HNSW ef=max(" + std::to_string(large.index.options().hnsw.ef) + ", 100)";
    r.extra["mean_hits"] = fmt(double(hits) / nq);
    r.extra["stage_mean_ms"] = "embed " + fmt(mean(embed)) + ", bm25 " + fmt(mean(bm25)) + ", hnsw " + fmt(mean(hnsw)) + ", rrf " + fmt(mean(fuse)) +
                               ", hits' BM25 ranks " + fmt(meanRanks) + ", hits' exact dense ranks (the rest) " +
                               fmt(std::max(0.0, meanTotal - meanPipeline - meanRanks));
    r.extra["stage_p95_ms"] = "embed " + fmt(genlab::bench::percentile(embed, 95)) + ", bm25 " + fmt(genlab::bench::percentile(bm25, 95)) +
                              ", hnsw " + fmt(genlab::bench::percentile(hnsw, 95)) + ", rrf " + fmt(genlab::bench::percentile(fuse, 95)) +
                              ", hits' BM25 ranks " + fmt(genlab::bench::percentile(bm25Ranks, 95));
    r.extra["hits_ranked_outside_lists_per_query"] = "dense (exact scan) " + fmt(double(needDense) / nq) + ", bm25 (full scoring) " +
                                                     fmt(double(needBm25) / nq);
    r.extra["index"] = large.origin;
    r.extra["target_ms"] = "50";
    r.extra["threads"] = "1";
    reporter.report(std::move(r));
}

// Query vectors (rows that embed to zero, with no known term, are dropped) and their exact top k.
struct DenseQueries
{
    std::vector<float> rows;
    std::int64_t count = 0;
    std::vector<std::vector<ChunkId>> truth;
};

DenseQueries denseQueries(const Pieces &p, const std::vector<std::string> &queries)
{
    DenseQueries out;
    const int d = p.vectors.dimension();
    const std::vector<float> all = p.lsa->embed(queries);
    for (std::size_t i = 0; i < queries.size(); ++i) {
        const float *row = all.data() + i * std::size_t(d);
        if (std::all_of(row, row + d, [](float x) { return x == 0.0f; }))
            continue;
        out.rows.insert(out.rows.end(), row, row + d);
        std::vector<ChunkId> ids;
        for (const ScoredChunk &s : p.vectors.exactSearch(row, kTopK))
            ids.push_back(s.chunk);
        out.truth.push_back(std::move(ids));
        ++out.count;
    }
    return out;
}

double recallOf(const AnnIndex &ann, const DenseQueries &q, int d, int ef)
{
    double sum = 0;
    for (std::int64_t i = 0; i < q.count; ++i) {
        const auto found = ann.search(q.rows.data() + i * d, kTopK, ef);
        const std::set<ChunkId> truth(q.truth[std::size_t(i)].begin(), q.truth[std::size_t(i)].end());
        int hit = 0;
        for (const ScoredChunk &s : found)
            hit += truth.count(s.chunk) ? 1 : 0;
        sum += double(hit) / double(kTopK);
    }
    return q.count ? sum / double(q.count) : 0.0;
}

// Calls per second of fn(i) over passes i = 0 .. n-1, passes repeated for at least
// kMinTimedSeconds after a warm-up pass: the fastest pass (as hnsw_peer.py keeps its fastest) or
// all passes together (as bm25_peer.py counts them).
// *perCpuSecond: the same from this thread's CPU time (what other load on shared cores cannot
// inflate; hnsw_peer.py reports it too).
double rate(std::int64_t n, const std::function<void(std::int64_t)> &fn, bool fastestPass, int *passes = nullptr,
            double *perCpuSecond = nullptr)
{
    const auto cpuNow = [] {
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return double(t.tv_sec) + double(t.tv_nsec) * 1e-9;
    };
    for (std::int64_t i = 0; i < n; ++i)
        fn(i);
    double best = INFINITY, total = 0, bestCpu = INFINITY, totalCpu = 0;
    int count = 0;
    do {
        const auto t0 = Clock::now();
        const double c0 = cpuNow();
        for (std::int64_t i = 0; i < n; ++i)
            fn(i);
        const double cpu = cpuNow() - c0;
        const double s = secondsSince(t0);
        best = std::min(best, s);
        total += s;
        bestCpu = std::min(bestCpu, cpu);
        totalCpu += cpu;
        ++count;
    } while (total < kMinTimedSeconds);
    if (passes)
        *passes = count;
    if (perCpuSecond)
        *perCpuSecond = fastestPass ? double(n) / bestCpu : double(n) * count / totalCpu;
    return fastestPass ? double(n) / best : double(n) * count / total;
}

void hnswBench(Reporter &reporter, const LargeIndex &large, const Pieces &p, const std::vector<std::string> &queries)
{
    const int d = p.vectors.dimension();
    const DenseQueries q = denseQueries(p, queries);
    if (q.count == 0)
        throw std::runtime_error("no query has a dense vector");
    int ef = 0;
    double recall = 0;
    std::string ladder;
    for (int candidate : kEfLadder) {
        recall = recallOf(p.ann, q, d, candidate);
        ladder += (ladder.empty() ? "" : ", ") + std::to_string(candidate) + ": " + fmt(recall, 3);
        ef = candidate;
        if (recall >= kRecallTarget)
            break;
    }
    // Ours and the peer take turns, twice, each keeping its best: the cores are shared, and a
    // build starting next door should not decide the ratio.
    int passes = 0;
    double qps = 0, qpsCpu = 0;
    const auto ours = [&] {
        double cpu = 0;
        qps = std::max(qps, rate(q.count, [&](std::int64_t i) { p.ann.search(q.rows.data() + i * d, kTopK, ef); }, true, &passes, &cpu));
        qpsCpu = std::max(qpsCpu, cpu);
    };
    ours();

    // The peer reads the same hnsw.bin, the same query rows and the exact top 10 (raw little-endian
    // float32 and int64), once with the whole batch in one knn_query (hnswlib's fastest path, the
    // ratio's peer) and once a call per query (what we time).
    const fs::path work = cacheRoot() / "hnsw-peer";
    std::error_code ec;
    fs::create_directories(work, ec);
    {
        std::ofstream(work / "queries.f32", std::ios::binary)
            .write(reinterpret_cast<const char *>(q.rows.data()), std::streamsize(q.rows.size() * sizeof(float)));
        std::vector<std::int64_t> ids;
        for (const auto &t : q.truth)
            for (int j = 0; j < kTopK; ++j)
                ids.push_back(j < int(t.size()) ? std::int64_t(t[std::size_t(j)]) : -1);
        std::ofstream(work / "truth.i64", std::ios::binary)
            .write(reinterpret_cast<const char *>(ids.data()), std::streamsize(ids.size() * sizeof(std::int64_t)));
    }
    const std::string repeat = std::to_string(std::max(3, passes));
    const std::vector<std::string> args{"--index", (large.generation / "hnsw" / AnnIndex::kIndexFile).string(), "--dim", std::to_string(d),
                                        "--queries", (work / "queries.f32").string(), "--truth", (work / "truth.i64").string(),
                                        "--k", std::to_string(kTopK), "--ef", std::to_string(ef), "--threads", "1",
                                        "--repeat", repeat, "--json"};
    std::string why, whyPerQuery;
    auto perQueryArgs = args;
    perQueryArgs.push_back("--per-query");
    std::optional<nlohmann::json> peer, peerPerQuery;
    const auto best = [](std::optional<nlohmann::json> &kept, std::optional<nlohmann::json> fresh) {
        if (fresh && (!kept || fresh->value("queries_per_s", 0.0) > kept->value("queries_per_s", 0.0)))
            kept = std::move(fresh);
    };
    best(peer, runPeer("hnsw_peer.py", args, &why));
    best(peerPerQuery, runPeer("hnsw_peer.py", perQueryArgs, &whyPerQuery));
    ours();
    best(peer, runPeer("hnsw_peer.py", args, &why));
    best(peerPerQuery, runPeer("hnsw_peer.py", perQueryArgs, &whyPerQuery));

    Result r{.name = "retrieval.hnsw_qps", .value = qps, .unit = "queries/s"};
    r.extra["ef"] = std::to_string(ef);
    r.extra["recall_at_10"] = fmt(recall, 4);
    r.extra["ef_ladder_recall"] = ladder;
    r.extra["queries"] = std::to_string(q.count) + " LSA query vectors (of " + std::to_string(queries.size()) + " texts; the rest had no known term)";
    r.extra["vectors"] = std::to_string(p.vectors.size()) + " x " + std::to_string(d) + ", inner product";
    const HnswParams hp = p.ann.params();
    r.extra["graph"] = "M " + std::to_string(hp.m) + ", ef_construction " + std::to_string(hp.efConstruction) + " (the saved " +
                       (large.generation / "hnsw" / AnnIndex::kIndexFile).string() + ")";
    r.extra["threads"] = "1";
    r.extra["timing"] = "the fastest of " + std::to_string(passes) + "+ passes over the queries (the peer: of as many), ours and the "
                        "peer's taking turns twice, the best of each kept";
    if (peer && (*peer)["recall_at_k"].is_number())
        r.extra["peer_recall_at_10"] = fmt((*peer)["recall_at_k"].get<double>(), 4);
    r.extra["qps_per_cpu_s"] = fmt(qpsCpu, 4);
    if (peer && (*peer)["queries_per_cpu_s"].is_number() && (*peer)["queries_per_cpu_s"].get<double>() > 0) {
        const double v = (*peer)["queries_per_cpu_s"].get<double>();
        r.extra["peer_qps_per_cpu_s"] = fmt(v, 4);
        r.extra["ratio_per_cpu_s"] = fmt(qpsCpu / v, 3) + " (CPU time of the searching thread, both sides: the ratio without the shared cores' other load)";
    }
    if (peerPerQuery && peerPerQuery->value("queries_per_s", 0.0) > 0) {
        const double v = peerPerQuery->value("queries_per_s", 0.0);
        r.extra["peer_per_query_qps"] = fmt(v, 4);
        r.extra["ratio_vs_peer_per_query"] = fmt(qps / v, 3);
    } else {
        r.extra["peer_per_query_qps"] = "not measured: " + whyPerQuery;
    }
    attachPeer(r, peer, "queries_per_s", "python3-hnswlib 0.6 (tests/python/hnsw_peer.py: the same hnsw.bin, set_ef, one knn_query for the "
                                         "whole batch, set_num_threads(1))", why);
    reporter.report(std::move(r));
}

void bm25Bench(Reporter &reporter, const LargeIndex &large, const Pieces &p, const std::vector<std::string> &queries)
{
    int passes = 0;
    const double qps = rate(std::int64_t(queries.size()), [&](std::int64_t i) { p.bm25.search(queries[std::size_t(i)], kTopK); }, false, &passes);

    // The same chunks for FTS5 as a JSON list of strings (written once per index generation; the
    // peer builds its table in memory, untimed), the same query texts.
    const fs::path work = cacheRoot() / "bm25-peer";
    std::error_code ec;
    fs::create_directories(work, ec);
    const fs::path chunksFile = work / ("chunks-" + large.generation.filename().string() + "-" +
                                        std::to_string(large.index.chunkCount()) + ".json");
    if (!fs::exists(chunksFile)) {
        for (const auto &old : fs::directory_iterator(work, ec))
            if (old.path().filename().string().starts_with("chunks-"))
                fs::remove(old.path(), ec);
        nlohmann::json texts = nlohmann::json::array();
        for (ChunkId i = 0; i < large.index.chunkCount(); ++i)
            texts.push_back(large.index.chunk(i).text);
        const fs::path temp = chunksFile.string() + ".tmp";
        std::ofstream(temp, std::ios::binary) << texts.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        fs::rename(temp, chunksFile);
    }
    std::ofstream(work / "queries.json") << nlohmann::json(queries).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    const fs::path resultsFile = work / "results.jsonl";
    fs::remove(resultsFile, ec);
    std::string why;
    const auto peer = runPeer("bm25_peer.py",
                              {"--chunks", chunksFile.string(), "--queries", (work / "queries.json").string(), "--k", std::to_string(kTopK),
                               "--repeat", std::to_string(std::max(2, passes / 4)), "--json", "--results", resultsFile.string()},
                              &why);

    Result r{.name = "retrieval.bm25_qps", .value = qps, .unit = "queries/s"};
    r.extra["chunks"] = std::to_string(large.index.chunkCount());
    r.extra["terms"] = std::to_string(p.bm25.termCount());
    r.extra["queries"] = std::to_string(queries.size()) + " x " + std::to_string(passes) + " passes";
    r.extra["search"] = "Bm25Index::search top " + std::to_string(kTopK) + ", k1 1.2, b 0.75, every distinct query term (OR)";
    r.extra["threads"] = "1";
    if (peer) {
        r.extra["peer_build_s"] = fmt(peer->value("build_s", 0.0), 3) + " (its in-memory FTS5 table, untimed)";
        // How alike the two top-10 lists are (the tokenizers and idf differ a little).
        std::ifstream in(resultsFile);
        std::vector<std::set<ChunkId>> theirs;
        for (std::string line; std::getline(in, line);) {
            const auto j = nlohmann::json::parse(line, nullptr, false);
            std::set<ChunkId> ids;
            if (j.is_object() && j.contains("results") && j["results"].is_array())
                for (const auto &row : j["results"])
                    if (row.is_array() && !row.empty() && row[0].is_number_integer())
                        ids.insert(row[0].get<ChunkId>());
            theirs.push_back(std::move(ids));
        }
        if (theirs.size() == queries.size()) {
            double overlap = 0;
            for (std::size_t i = 0; i < queries.size(); ++i) {
                int common = 0;
                const auto ours = p.bm25.search(queries[i], kTopK);
                for (const ScoredChunk &s : ours)
                    common += theirs[i].count(s.chunk) ? 1 : 0;
                overlap += double(common) / double(std::max<std::size_t>(1, std::max(ours.size(), theirs[i].size())));
            }
            r.extra["top10_overlap_with_peer"] = fmt(overlap / double(queries.size()), 3);
        }
    }
    attachPeer(r, peer, "queries_per_s", "SQLite " + (peer ? peer->value("sqlite", std::string("3")) : std::string("3")) +
                                             " FTS5 bm25() via python3's sqlite3 (tests/python/bm25_peer.py: MATCH of the ORed terms, "
                                             "ORDER BY bm25 LIMIT 10)", why);
    reporter.report(std::move(r));
}

void retrievalBench(Reporter &reporter)
{
    configureWorkerThread(1);
    const fs::path docs = pythonDocs();
    const std::vector<std::string> pages = htmlPages(docs);
    indexingBench(reporter, docs, pages);
    const LargeIndex large = largeIndex(pages);
    const Pieces pieces = loadPieces(large);
    const std::vector<std::string> queries = benchQueries(large.index, kQueries);
    hybridBench(reporter, large, pieces, queries);
    hnswBench(reporter, large, pieces, queries);
    bm25Bench(reporter, large, pieces, queries);
}

GENLAB_BENCHMARK("retrieval", retrievalBench);

} // namespace
