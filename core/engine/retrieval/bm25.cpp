#include "engine/retrieval/bm25.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <fstream>
#include <limits>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

namespace genlab::engine::retrieval {

namespace {

constexpr char kMagic[8] = {'G', 'L', 'B', 'M', '2', '5', 'I', 'X'};
constexpr std::uint32_t kFormatVersion = 1;

// FNV-1a, 64 bit: detects damage (flipped bytes, truncation caught earlier by the length field),
// not tampering; that is all the cache file needs.
std::uint64_t fnv1a(const char *data, std::size_t size)
{
    std::uint64_t hash = 0xcbf29ce484222325ull;
    for (std::size_t i = 0; i < size; ++i) {
        hash ^= static_cast<std::uint8_t>(data[i]);
        hash *= 0x100000001b3ull;
    }
    return hash;
}

// Little-endian writers and a bounds-checked reader; the reader throws with the offset so a damaged
// file names where it went wrong.
template<typename T>
void put(std::string &out, T value)
{
    static_assert(std::is_trivially_copyable_v<T>);
    char bytes[sizeof(T)];
    std::memcpy(bytes, &value, sizeof(T));
    out.append(bytes, sizeof(T));
}

class Reader
{
public:
    Reader(const std::string &path, const std::string &data, std::size_t begin, std::size_t end)
        : path(path), data(data), pos(begin), end(end) {}

    template<typename T>
    T get(const char *what)
    {
        if (end - pos < sizeof(T)) fail(std::string("truncated while reading ") + what);
        T value;
        std::memcpy(&value, data.data() + pos, sizeof(T));
        pos += sizeof(T);
        return value;
    }

    std::string getString(std::uint32_t length, const char *what)
    {
        if (end - pos < length) fail(std::string("truncated while reading ") + what);
        std::string s = data.substr(pos, length);
        pos += length;
        return s;
    }

    std::size_t remaining() const { return end - pos; }

    [[noreturn]] void fail(const std::string &message) const
    {
        throw std::runtime_error("BM25 index " + path + ": " + message + " (at byte " + std::to_string(pos) + ")");
    }

private:
    const std::string &path;
    const std::string &data;
    std::size_t pos;
    std::size_t end;
};

// Per-thread scratch for search: a dense score array over the chunks kept all-zero between
// searches (only the touched entries are reset), so a query costs its postings, not N.
struct Scratch
{
    std::vector<double> scores;
    std::vector<std::int32_t> touched;
};

Scratch &threadScratch()
{
    thread_local Scratch scratch;
    return scratch;
}

bool better(const ScoredChunk &a, const ScoredChunk &b)
{
    return a.score > b.score || (a.score == b.score && a.chunk < b.chunk);
}

} // namespace

struct Bm25Index::Impl
{
    AnalyzerOptions analyzer;
    bool finished = false;

    std::unordered_map<std::string, std::int32_t> termIds;
    std::vector<std::string> terms;                 // by term id
    std::vector<std::int32_t> lengths;              // terms per chunk
    std::int64_t totalLength = 0;

    // While adding: per-term postings lists, appended in chunk order (so sorted by id).
    std::vector<std::vector<std::pair<std::int32_t, std::int32_t>>> building;

    // After finish: compressed sparse rows, term id -> [offsets[t], offsets[t + 1]).
    std::vector<std::int64_t> offsets;
    std::vector<std::int32_t> postingChunk;
    std::vector<std::int32_t> postingTf;
    std::vector<double> relativeLength;             // |d| / avgdl per chunk (same value in search and explain)

    double averageLength() const
    {
        return lengths.empty() ? 0.0 : static_cast<double>(totalLength) / static_cast<double>(lengths.size());
    }

    void requireFinished(const char *what) const
    {
        if (!finished) throw std::logic_error(std::string("Bm25Index::") + what + ": the index is not finished (call finish() after the last add)");
    }

    void buildDerived()
    {
        const double avg = averageLength();
        relativeLength.resize(lengths.size());
        for (std::size_t i = 0; i < lengths.size(); ++i)
            relativeLength[i] = avg > 0 ? static_cast<double>(lengths[i]) / avg : 0.0;
    }

    double idf(std::int64_t df) const
    {
        const double n = static_cast<double>(lengths.size());
        return std::log(1.0 + (n - static_cast<double>(df) + 0.5) / (static_cast<double>(df) + 0.5));
    }

    // The one place a term's part of a score is computed, so search, explain and rankOf agree to
    // the last bit.
    static double contribution(double idf, std::int32_t tf, double lengthNorm, const Bm25Params &p)
    {
        const double t = static_cast<double>(tf);
        return idf * t * (p.k1 + 1.0) / (t + p.k1 * (1.0 - p.b + p.b * lengthNorm));
    }

    // Distinct query terms in order of first appearance, with their ids (-1: not in the index).
    std::vector<std::pair<std::string, std::int32_t>> queryTerms(std::string_view query) const
    {
        std::vector<std::pair<std::string, std::int32_t>> out;
        for (std::string &term : analyzeTerms(query, analyzer)) {
            if (std::any_of(out.begin(), out.end(), [&](const auto &e) { return e.first == term; })) continue;
            const auto it = termIds.find(term);
            const std::int32_t id = it == termIds.end() ? -1 : it->second;
            out.emplace_back(std::move(term), id);
        }
        return out;
    }

    // Scores every matching chunk into scratch; the caller reads it, a ScratchGuard resets it.
    void accumulate(std::string_view query, const Bm25Params &p, Scratch &s) const
    {
        if (s.scores.size() < lengths.size()) s.scores.resize(lengths.size(), 0.0);
        s.touched.clear();
        for (const auto &[term, id] : queryTerms(query)) {
            if (id < 0) continue;
            const std::int64_t first = offsets[static_cast<std::size_t>(id)];
            const std::int64_t last = offsets[static_cast<std::size_t>(id) + 1];
            const double termIdf = idf(last - first);
            for (std::int64_t i = first; i < last; ++i) {
                const std::int32_t chunk = postingChunk[static_cast<std::size_t>(i)];
                const double norm = relativeLength[static_cast<std::size_t>(chunk)];
                double &score = s.scores[static_cast<std::size_t>(chunk)];
                if (score == 0.0) s.touched.push_back(chunk);
                score += contribution(termIdf, postingTf[static_cast<std::size_t>(i)], norm, p);
            }
        }
    }
};

namespace {

void checkParams(const Bm25Params &p)
{
    if (!std::isfinite(p.k1) || p.k1 < 0)
        throw std::invalid_argument("BM25: k1 must be a finite number >= 0 (got " + std::to_string(p.k1) + ")");
    if (!std::isfinite(p.b) || p.b < 0 || p.b > 1)
        throw std::invalid_argument("BM25: b must be in [0, 1] (got " + std::to_string(p.b) + ")");
}

// Resets the scratch even when scoring throws, so the next search on this thread starts clean.
struct ScratchGuard
{
    Scratch &s;
    ~ScratchGuard()
    {
        for (std::int32_t chunk : s.touched) s.scores[static_cast<std::size_t>(chunk)] = 0.0;
        s.touched.clear();
    }
};

} // namespace

Bm25Index::Bm25Index(AnalyzerOptions analyzer) : d(std::make_unique<Impl>())
{
    d->analyzer = analyzer;
}

Bm25Index::~Bm25Index() = default;
Bm25Index::Bm25Index(Bm25Index &&) noexcept = default;
Bm25Index &Bm25Index::operator=(Bm25Index &&) noexcept = default;

void Bm25Index::add(ChunkId id, std::string_view text)
{
    if (d->finished) throw std::logic_error("Bm25Index::add: the index is already finished");
    if (id != static_cast<ChunkId>(d->lengths.size()))
        throw std::invalid_argument("Bm25Index::add: chunk ids must come in order 0, 1, 2, ...; expected "
                                    + std::to_string(d->lengths.size()) + ", got " + std::to_string(id));
    if (d->lengths.size() >= static_cast<std::size_t>(std::numeric_limits<std::int32_t>::max()))
        throw std::length_error("Bm25Index::add: more than 2^31 - 1 chunks");

    // Term ids of the chunk, sorted, so equal terms form runs whose lengths are the tfs.
    std::vector<std::int32_t> ids;
    for (std::string &term : analyzeTerms(text, d->analyzer)) {
        auto [it, inserted] = d->termIds.try_emplace(std::move(term), static_cast<std::int32_t>(d->terms.size()));
        if (inserted) {
            d->terms.push_back(it->first);
            d->building.emplace_back();
        }
        ids.push_back(it->second);
    }
    std::sort(ids.begin(), ids.end());
    const auto chunk = static_cast<std::int32_t>(id);
    for (std::size_t i = 0; i < ids.size();) {
        std::size_t j = i;
        while (j < ids.size() && ids[j] == ids[i]) ++j;
        d->building[static_cast<std::size_t>(ids[i])].emplace_back(chunk, static_cast<std::int32_t>(j - i));
        i = j;
    }
    d->lengths.push_back(static_cast<std::int32_t>(ids.size()));
    d->totalLength += static_cast<std::int64_t>(ids.size());
}

void Bm25Index::finish()
{
    if (d->finished) return;
    std::size_t total = 0;
    for (const auto &list : d->building) total += list.size();
    d->offsets.assign(d->building.size() + 1, 0);
    d->postingChunk.reserve(total);
    d->postingTf.reserve(total);
    for (std::size_t t = 0; t < d->building.size(); ++t) {
        for (const auto &[chunk, tf] : d->building[t]) {
            d->postingChunk.push_back(chunk);
            d->postingTf.push_back(tf);
        }
        d->offsets[t + 1] = static_cast<std::int64_t>(d->postingChunk.size());
        std::vector<std::pair<std::int32_t, std::int32_t>>().swap(d->building[t]);
    }
    std::vector<std::vector<std::pair<std::int32_t, std::int32_t>>>().swap(d->building);
    d->buildDerived();
    d->finished = true;
}

std::int64_t Bm25Index::size() const { return static_cast<std::int64_t>(d->lengths.size()); }
std::int64_t Bm25Index::termCount() const { return static_cast<std::int64_t>(d->terms.size()); }
double Bm25Index::averageLength() const { return d->averageLength(); }

std::int32_t Bm25Index::lengthOf(ChunkId id) const
{
    if (id < 0 || id >= size())
        throw std::out_of_range("Bm25Index: chunk " + std::to_string(id) + " is not in the index (" + std::to_string(size()) + " chunks)");
    return d->lengths[static_cast<std::size_t>(id)];
}

const AnalyzerOptions &Bm25Index::analyzer() const { return d->analyzer; }

std::vector<ScoredChunk> Bm25Index::search(std::string_view query, int k, const Bm25Params &params) const
{
    d->requireFinished("search");
    checkParams(params);
    if (k <= 0) return {};
    Scratch &s = threadScratch();
    ScratchGuard guard{s};
    d->accumulate(query, params, s);

    std::vector<ScoredChunk> hits;
    hits.reserve(s.touched.size());
    for (std::int32_t chunk : s.touched) {
        const double score = s.scores[static_cast<std::size_t>(chunk)];
        if (score > 0) hits.push_back(ScoredChunk{chunk, score});
    }
    const std::size_t keep = std::min(hits.size(), static_cast<std::size_t>(k));
    std::partial_sort(hits.begin(), hits.begin() + static_cast<std::ptrdiff_t>(keep), hits.end(), better);
    hits.resize(keep);
    return hits;
}

std::vector<TermContribution> Bm25Index::explain(std::string_view query, ChunkId id, const Bm25Params &params) const
{
    d->requireFinished("explain");
    checkParams(params);
    lengthOf(id); // throws for an unknown id
    const auto chunk = static_cast<std::int32_t>(id);
    const double norm = d->relativeLength[static_cast<std::size_t>(chunk)];
    std::vector<TermContribution> out;
    for (const auto &[term, termId] : d->queryTerms(query)) {
        TermContribution c;
        c.term = term;
        if (termId >= 0) {
            const auto first = d->postingChunk.begin() + d->offsets[static_cast<std::size_t>(termId)];
            const auto last = d->postingChunk.begin() + d->offsets[static_cast<std::size_t>(termId) + 1];
            c.documentFrequency = last - first;
            c.idf = d->idf(c.documentFrequency);
            const auto it = std::lower_bound(first, last, chunk);
            if (it != last && *it == chunk) {
                c.tf = d->postingTf[static_cast<std::size_t>(it - d->postingChunk.begin())];
                c.score = Impl::contribution(c.idf, c.tf, norm, params);
            }
        } else {
            c.idf = d->idf(0);
        }
        out.push_back(std::move(c));
    }
    return out;
}

std::int64_t Bm25Index::rankOf(std::string_view query, ChunkId id, const Bm25Params &params) const
{
    d->requireFinished("rankOf");
    checkParams(params);
    lengthOf(id); // throws for an unknown id
    Scratch &s = threadScratch();
    ScratchGuard guard{s};
    d->accumulate(query, params, s);
    const double own = s.scores[static_cast<std::size_t>(id)];
    if (!(own > 0)) return 0;
    std::int64_t rank = 1;
    for (std::int32_t chunk : s.touched) {
        const double score = s.scores[static_cast<std::size_t>(chunk)];
        if (score > own || (score == own && chunk < id)) ++rank;
    }
    return rank;
}

void Bm25Index::save(const std::string &path) const
{
    d->requireFinished("save");
    std::string out;
    std::size_t termBytes = 0;
    for (const std::string &term : d->terms) termBytes += term.size() + 12;
    out.reserve(64 + d->lengths.size() * 4 + termBytes + d->postingChunk.size() * 8);
    out.append(kMagic, sizeof(kMagic));
    put<std::uint32_t>(out, kFormatVersion);
    const std::size_t payloadStart = out.size() + sizeof(std::uint64_t);
    put<std::uint64_t>(out, 0); // payload size, filled in below

    put<std::uint8_t>(out, d->analyzer.stem ? 1 : 0);
    put<std::uint8_t>(out, d->analyzer.stopWords ? 1 : 0);
    put<std::uint64_t>(out, d->lengths.size());
    put<std::uint64_t>(out, d->terms.size());
    put<std::uint64_t>(out, d->postingChunk.size());
    for (std::int32_t length : d->lengths) put<std::int32_t>(out, length);
    for (std::size_t t = 0; t < d->terms.size(); ++t) {
        const std::string &term = d->terms[t];
        put<std::uint32_t>(out, static_cast<std::uint32_t>(term.size()));
        out += term;
        put<std::uint64_t>(out, static_cast<std::uint64_t>(d->offsets[t + 1] - d->offsets[t]));
    }
    // Chunk ids as gaps from the previous posting of the same term: smaller numbers, same size here,
    // but a check on load (gaps > 0) that catches reordering.
    for (std::size_t t = 0; t < d->terms.size(); ++t) {
        std::int32_t previous = -1;
        for (std::int64_t i = d->offsets[t]; i < d->offsets[t + 1]; ++i) {
            const std::int32_t chunk = d->postingChunk[static_cast<std::size_t>(i)];
            put<std::int32_t>(out, chunk - previous);
            put<std::int32_t>(out, d->postingTf[static_cast<std::size_t>(i)]);
            previous = chunk;
        }
    }
    const std::uint64_t payloadSize = out.size() - payloadStart;
    std::memcpy(out.data() + payloadStart - sizeof(std::uint64_t), &payloadSize, sizeof(payloadSize));
    put<std::uint64_t>(out, fnv1a(out.data(), out.size()));

    // Written beside and renamed, so a crash mid-save leaves the old file intact.
    const std::string temporary = path + ".part";
    {
        std::ofstream file(temporary, std::ios::binary | std::ios::trunc);
        if (!file) throw std::runtime_error("BM25 index " + path + ": cannot open " + temporary + " for writing");
        file.write(out.data(), static_cast<std::streamsize>(out.size()));
        file.flush();
        if (!file) throw std::runtime_error("BM25 index " + path + ": writing " + temporary + " failed (disk full?)");
    }
    if (std::rename(temporary.c_str(), path.c_str()) != 0) {
        std::remove(temporary.c_str());
        throw std::runtime_error("BM25 index " + path + ": cannot replace the file with " + temporary);
    }
}

Bm25Index Bm25Index::load(const std::string &path)
{
    std::ifstream file(path, std::ios::binary | std::ios::ate);
    if (!file) throw std::runtime_error("BM25 index " + path + ": cannot open the file");
    const std::streamoff fileSize = file.tellg();
    if (fileSize < 0) throw std::runtime_error("BM25 index " + path + ": cannot tell the file's size");
    std::string data(static_cast<std::size_t>(fileSize), '\0');
    file.seekg(0);
    if (!file.read(data.data(), fileSize)) throw std::runtime_error("BM25 index " + path + ": reading the file failed");

    const std::size_t headerSize = sizeof(kMagic) + sizeof(std::uint32_t) + sizeof(std::uint64_t);
    if (data.size() < sizeof(kMagic) || std::memcmp(data.data(), kMagic, sizeof(kMagic)) != 0)
        throw std::runtime_error("BM25 index " + path + ": not a GenLab BM25 index (wrong magic bytes)");
    if (data.size() < headerSize + sizeof(std::uint64_t))
        throw std::runtime_error("BM25 index " + path + ": truncated (" + std::to_string(data.size()) + " bytes, header incomplete)");
    std::uint32_t version = 0;
    std::memcpy(&version, data.data() + sizeof(kMagic), sizeof(version));
    if (version != kFormatVersion)
        throw std::runtime_error("BM25 index " + path + ": format version " + std::to_string(version)
                                 + ", this build reads version " + std::to_string(kFormatVersion) + " (rebuild the index)");
    std::uint64_t payloadSize = 0;
    std::memcpy(&payloadSize, data.data() + sizeof(kMagic) + sizeof(std::uint32_t), sizeof(payloadSize));
    const std::size_t available = data.size() - headerSize - sizeof(std::uint64_t);
    if (payloadSize > available)
        throw std::runtime_error("BM25 index " + path + ": truncated (" + std::to_string(data.size()) + " bytes, expected "
                                 + std::to_string(headerSize + payloadSize + sizeof(std::uint64_t)) + ")");
    if (payloadSize < available)
        throw std::runtime_error("BM25 index " + path + ": " + std::to_string(available - payloadSize) + " unexpected bytes after the data");
    std::uint64_t storedHash = 0;
    std::memcpy(&storedHash, data.data() + data.size() - sizeof(storedHash), sizeof(storedHash));
    if (fnv1a(data.data(), data.size() - sizeof(storedHash)) != storedHash)
        throw std::runtime_error("BM25 index " + path + ": checksum mismatch (the file is damaged)");

    Reader r(path, data, headerSize, data.size() - sizeof(std::uint64_t));
    AnalyzerOptions analyzer;
    const auto stem = r.get<std::uint8_t>("the analyzer");
    const auto stop = r.get<std::uint8_t>("the analyzer");
    if (stem > 1 || stop > 1) r.fail("invalid analyzer flags");
    analyzer.stem = stem == 1;
    analyzer.stopWords = stop == 1;

    Bm25Index index(analyzer);
    Impl &impl = *index.d;
    const auto chunkCount = r.get<std::uint64_t>("the chunk count");
    const auto termCount = r.get<std::uint64_t>("the term count");
    const auto postingCount = r.get<std::uint64_t>("the posting count");
    // Every count must fit what is left of the file before anything is allocated for it.
    if (chunkCount > r.remaining() / sizeof(std::int32_t) || chunkCount > static_cast<std::uint64_t>(std::numeric_limits<std::int32_t>::max()))
        r.fail("chunk count " + std::to_string(chunkCount) + " does not fit the file");
    if (termCount > r.remaining() / (sizeof(std::uint32_t) + sizeof(std::uint64_t)))
        r.fail("term count " + std::to_string(termCount) + " does not fit the file");
    if (postingCount > r.remaining() / (2 * sizeof(std::int32_t)))
        r.fail("posting count " + std::to_string(postingCount) + " does not fit the file");

    impl.lengths.resize(chunkCount);
    for (auto &length : impl.lengths) {
        length = r.get<std::int32_t>("chunk lengths");
        if (length < 0) r.fail("negative chunk length");
        impl.totalLength += length;
    }
    impl.terms.reserve(termCount);
    impl.offsets.assign(termCount + 1, 0);
    for (std::uint64_t t = 0; t < termCount; ++t) {
        const auto length = r.get<std::uint32_t>("a term");
        std::string term = r.getString(length, "a term");
        if (term.empty()) r.fail("empty term");
        const auto df = r.get<std::uint64_t>("a document frequency");
        if (df == 0 || df > chunkCount) r.fail("document frequency " + std::to_string(df) + " of \"" + term + "\" is out of range");
        impl.offsets[t + 1] = impl.offsets[t] + static_cast<std::int64_t>(df);
        if (static_cast<std::uint64_t>(impl.offsets[t + 1]) > postingCount) r.fail("document frequencies exceed the posting count");
        if (!impl.termIds.emplace(term, static_cast<std::int32_t>(t)).second) r.fail("term \"" + term + "\" appears twice");
        impl.terms.push_back(std::move(term));
    }
    if (static_cast<std::uint64_t>(impl.offsets[termCount]) != postingCount) r.fail("document frequencies do not add up to the posting count");

    impl.postingChunk.resize(postingCount);
    impl.postingTf.resize(postingCount);
    std::vector<std::int64_t> termsPerChunk(chunkCount, 0);
    for (std::uint64_t t = 0; t < termCount; ++t) {
        std::int64_t previous = -1;
        for (std::int64_t i = impl.offsets[t]; i < impl.offsets[t + 1]; ++i) {
            const auto gap = r.get<std::int32_t>("postings");
            const auto tf = r.get<std::int32_t>("postings");
            if (gap <= 0 || previous + gap >= static_cast<std::int64_t>(chunkCount)) r.fail("posting of \"" + impl.terms[t] + "\" names an invalid chunk");
            if (tf <= 0) r.fail("posting of \"" + impl.terms[t] + "\" has term frequency " + std::to_string(tf));
            previous += gap;
            impl.postingChunk[static_cast<std::size_t>(i)] = static_cast<std::int32_t>(previous);
            impl.postingTf[static_cast<std::size_t>(i)] = tf;
            termsPerChunk[static_cast<std::size_t>(previous)] += tf;
        }
    }
    if (r.remaining() != 0) r.fail(std::to_string(r.remaining()) + " bytes left over after the postings");
    for (std::size_t c = 0; c < chunkCount; ++c)
        if (termsPerChunk[c] != impl.lengths[c])
            throw std::runtime_error("BM25 index " + path + ": chunk " + std::to_string(c) + " has length "
                                     + std::to_string(impl.lengths[c]) + " but its postings add up to " + std::to_string(termsPerChunk[c]));
    impl.buildDerived();
    impl.finished = true;
    return index;
}

} // namespace genlab::engine::retrieval
