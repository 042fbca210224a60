#include "engine/retrieval/indexstore.h"

#include <nlohmann/json.hpp>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

#include <fcntl.h>
#include <unistd.h>

namespace genlab::engine::retrieval {

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr char kStoreMagic[8] = {'G', 'L', 'R', 'S', 'T', 'O', 'R', 'E'};
constexpr std::uint32_t kStoreVersion = 1;
constexpr std::uint64_t kFnvOffset = 1469598103934665603ull;
constexpr std::uint64_t kFnvPrime = 1099511628211ull;

std::uint64_t fnv1a(const char *data, std::size_t n, std::uint64_t h = kFnvOffset)
{
    for (std::size_t i = 0; i < n; ++i) {
        h ^= static_cast<unsigned char>(data[i]);
        h *= kFnvPrime;
    }
    return h;
}

std::string hex16(std::uint64_t v)
{
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
    return buf;
}

// Little-endian fixed-width writer/reader; the reader names the file and refuses to run past the
// end, so a truncated or forged length never makes us allocate or read wildly.
class Writer
{
public:
    void u32(std::uint32_t v) { raw(&v, sizeof v); }
    void i32(std::int32_t v) { raw(&v, sizeof v); }
    void i64(std::int64_t v) { raw(&v, sizeof v); }
    void u64(std::uint64_t v) { raw(&v, sizeof v); }
    void str(const std::string &s)
    {
        u64(s.size());
        m_bytes.append(s);
    }
    void raw(const void *p, std::size_t n) { m_bytes.append(static_cast<const char *>(p), n); }
    std::string &bytes() { return m_bytes; }

private:
    std::string m_bytes;
};

class Reader
{
public:
    Reader(const std::string &bytes, std::size_t end, std::string path) : m_bytes(bytes), m_end(end), m_path(std::move(path)) {}
    template <typename T>
    T fixed()
    {
        need(sizeof(T));
        T v;
        std::memcpy(&v, m_bytes.data() + m_pos, sizeof v);
        m_pos += sizeof v;
        return v;
    }
    std::string str()
    {
        const auto n = fixed<std::uint64_t>();
        need(n);
        std::string s = m_bytes.substr(m_pos, n);
        m_pos += n;
        return s;
    }
    std::size_t remaining() const { return m_end - m_pos; }
    void skip(std::size_t n)
    {
        need(n);
        m_pos += n;
    }

private:
    void need(std::uint64_t n) const
    {
        if (n > m_end - m_pos)
            throw IndexError(m_path + ": truncated (a record runs past the end of the file)");
    }
    const std::string &m_bytes;
    std::size_t m_end;
    std::string m_path;
    std::size_t m_pos = 0;
};

std::string errnoText()
{
    return std::strerror(errno);
}

void fsyncFolder(const std::string &dir)
{
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return; // best effort: some file systems do not allow opening folders
    ::fsync(fd);
    ::close(fd);
}

json hnswJson(const HnswParams &p)
{
    return json{{"m", p.m}, {"ef_construction", p.efConstruction}, {"ef", p.ef}};
}

} // namespace

std::string IndexManifest::toJson() const
{
    json files_ = json::object();
    for (const auto &[name, f] : files)
        files_[name] = json{{"size", f.size}, {"hash", f.hash}};
    json j{
        {"format", "genlab-retrieval-index"},
        {"format_version", formatVersion},
        {"generation", generation},
        {"chunking", chunking},
        {"embedder", embedder},
        {"embedder_identity", embedderIdentity},
        {"dimension", dimension},
        {"lsa_dimension", lsaDimension},
        {"seed", seed},
        {"ann", ann},
        {"hnsw", hnswJson(hnsw)},
        {"analyzer", analyzer},
        {"roots", roots},
        {"documents", documents},
        {"chunks", chunks},
        {"files", files_},
        {"updated", updatedUtc},
    };
    return j.dump(2) + "\n";
}

IndexManifest IndexManifest::fromJson(const std::string &text, const std::string &source)
{
    json j;
    try {
        j = json::parse(text);
    } catch (const std::exception &e) {
        throw IndexError(source + ": not JSON (" + e.what() + ")");
    }
    if (!j.is_object() || j.value("format", std::string()) != "genlab-retrieval-index")
        throw IndexError(source + ": not a GenLab retrieval index manifest");
    IndexManifest m;
    try {
        m.formatVersion = j.at("format_version").get<int>();
        if (m.formatVersion > kFormatVersion)
            throw IndexError(source + ": format version " + std::to_string(m.formatVersion) +
                             " was written by a newer GenLab Studio (this one reads up to " + std::to_string(kFormatVersion) + ")");
        if (m.formatVersion < 1)
            throw IndexError(source + ": format version " + std::to_string(m.formatVersion) + " is not valid");
        m.generation = j.at("generation").get<std::string>();
        if (m.generation.rfind("gen-", 0) != 0 || m.generation.find('/') != std::string::npos)
            throw IndexError(source + ": generation '" + m.generation + "' is not a generation folder name");
        m.chunking = j.at("chunking").get<std::string>();
        m.embedder = j.at("embedder").get<std::string>();
        m.embedderIdentity = j.at("embedder_identity").get<std::string>();
        m.dimension = j.at("dimension").get<int>();
        m.lsaDimension = j.at("lsa_dimension").get<int>();
        m.seed = j.at("seed").get<std::uint64_t>();
        m.ann = j.at("ann").get<std::string>();
        const json &h = j.at("hnsw");
        m.hnsw.m = h.at("m").get<int>();
        m.hnsw.efConstruction = h.at("ef_construction").get<int>();
        m.hnsw.ef = h.at("ef").get<int>();
        m.analyzer = j.at("analyzer").get<std::string>();
        m.roots = j.at("roots").get<std::vector<std::string>>();
        m.documents = j.at("documents").get<std::int64_t>();
        m.chunks = j.at("chunks").get<std::int64_t>();
        for (const auto &[name, f] : j.at("files").items())
            m.files[name] = StoredFile{f.at("size").get<std::int64_t>(), f.at("hash").get<std::string>()};
        m.updatedUtc = j.value("updated", std::string());
    } catch (const IndexError &) {
        throw;
    } catch (const std::exception &e) {
        throw IndexError(source + ": a field is missing or of the wrong type (" + e.what() + ")");
    }
    return m;
}

void saveIndexStore(const std::string &path, const IndexStoreData &data)
{
    Writer w;
    w.raw(kStoreMagic, sizeof kStoreMagic);
    w.u32(kStoreVersion);
    w.u64(data.documents.size());
    w.u64(data.chunks.size());
    for (const IndexedDocument &d : data.documents) {
        w.str(d.path);
        w.str(d.format);
        w.i64(d.size);
        w.i64(d.mtimeNs);
        w.str(d.contentHash);
        w.str(d.encoding);
        w.i64(d.replacedBytes);
        w.i64(d.firstChunk);
        w.i64(d.chunkCount);
    }
    for (const Chunk &c : data.chunks) {
        w.i32(c.document);
        w.i64(c.begin);
        w.i64(c.end);
        w.i32(c.line);
        w.i32(c.page);
        w.str(c.heading);
        w.str(c.text);
    }
    const std::uint64_t sum = fnv1a(w.bytes().data(), w.bytes().size());
    w.u64(sum);
    writeFileAtomically(path, w.bytes());
}

IndexStoreData loadIndexStore(const std::string &path)
{
    const std::string bytes = readWholeFile(path, std::int64_t(1) << 40);
    if (bytes.size() < sizeof kStoreMagic + 4 + 16 + 8 || std::memcmp(bytes.data(), kStoreMagic, sizeof kStoreMagic) != 0)
        throw IndexError(path + ": not a retrieval index store (wrong magic or too short)");
    const std::size_t body = bytes.size() - 8;
    std::uint64_t stored = 0;
    std::memcpy(&stored, bytes.data() + body, 8);
    if (fnv1a(bytes.data(), body) != stored)
        throw IndexError(path + ": checksum mismatch (the file is damaged)");
    Reader r(bytes, body, path);
    r.skip(sizeof kStoreMagic);
    const auto version = r.fixed<std::uint32_t>();
    if (version != kStoreVersion)
        throw IndexError(path + ": store version " + std::to_string(version) + " (this build reads " + std::to_string(kStoreVersion) + ")");
    const auto documentCount = r.fixed<std::uint64_t>();
    const auto chunkCount = r.fixed<std::uint64_t>();
    // Each record takes at least 40 bytes: a forged count cannot make us reserve wildly.
    if (documentCount > r.remaining() / 40 || chunkCount > r.remaining() / 40)
        throw IndexError(path + ": inconsistent counts (more records than the file can hold)");
    IndexStoreData data;
    data.documents.resize(documentCount);
    for (IndexedDocument &d : data.documents) {
        d.path = r.str();
        d.format = r.str();
        d.size = r.fixed<std::int64_t>();
        d.mtimeNs = r.fixed<std::int64_t>();
        d.contentHash = r.str();
        d.encoding = r.str();
        d.replacedBytes = r.fixed<std::int64_t>();
        d.firstChunk = r.fixed<std::int64_t>();
        d.chunkCount = r.fixed<std::int64_t>();
    }
    data.chunks.resize(chunkCount);
    for (Chunk &c : data.chunks) {
        c.document = r.fixed<std::int32_t>();
        c.begin = r.fixed<std::int64_t>();
        c.end = r.fixed<std::int64_t>();
        c.line = r.fixed<std::int32_t>();
        c.page = r.fixed<std::int32_t>();
        c.heading = r.str();
        c.text = r.str();
    }
    if (r.remaining() != 0)
        throw IndexError(path + ": " + std::to_string(r.remaining()) + " unexpected bytes after the last record");
    // The ranges must tile the chunk list in document order; everything else relies on it.
    ChunkId next = 0;
    for (std::size_t i = 0; i < data.documents.size(); ++i) {
        const IndexedDocument &d = data.documents[i];
        if (d.firstChunk != next || d.chunkCount < 0)
            throw IndexError(path + ": inconsistent chunk ranges at document " + std::to_string(i));
        for (std::int64_t k = 0; k < d.chunkCount; ++k) {
            if (std::uint64_t(next + k) >= data.chunks.size() || data.chunks[next + k].document != std::int32_t(i))
                throw IndexError(path + ": chunk " + std::to_string(next + k) + " does not belong to document " + std::to_string(i));
        }
        next += d.chunkCount;
    }
    if (std::uint64_t(next) != data.chunks.size())
        throw IndexError(path + ": chunks without a document");
    return data;
}

StoredFile describeStoredFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw IndexError(path + ": cannot be read (" + errnoText() + ")");
    std::uint64_t h = kFnvOffset;
    std::int64_t size = 0;
    std::vector<char> buf(1 << 16);
    while (in) {
        in.read(buf.data(), std::streamsize(buf.size()));
        const auto n = in.gcount();
        h = fnv1a(buf.data(), std::size_t(n), h);
        size += n;
    }
    return StoredFile{size, hex16(h)};
}

void writeFileAtomically(const std::string &path, const std::string &contents)
{
    const fs::path target(path);
    const std::string dir = target.has_parent_path() ? target.parent_path().string() : std::string(".");
    const std::string temp = path + ".tmp-" + std::to_string(::getpid());
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        throw IndexError(path + ": cannot write (" + errnoText() + ")");
    std::size_t done = 0;
    while (done < contents.size()) {
        const ssize_t n = ::write(fd, contents.data() + done, contents.size() - done);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const std::string why = errnoText();
            ::close(fd);
            ::unlink(temp.c_str());
            throw IndexError(path + ": cannot write (" + why + ")");
        }
        done += std::size_t(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        const std::string why = errnoText();
        ::unlink(temp.c_str());
        throw IndexError(path + ": cannot write (" + why + ")");
    }
    if (::rename(temp.c_str(), path.c_str()) != 0) {
        const std::string why = errnoText();
        ::unlink(temp.c_str());
        throw IndexError(path + ": cannot replace (" + why + ")");
    }
    fsyncFolder(dir);
}

std::string readWholeFile(const std::string &path, std::int64_t maxBytes)
{
    std::error_code ec;
    const auto size = fs::file_size(path, ec);
    if (ec)
        throw IndexError(path + ": cannot be read (" + ec.message() + ")");
    if (std::int64_t(size) > maxBytes)
        throw IndexError(path + ": too large (" + std::to_string(size) + " bytes)");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw IndexError(path + ": cannot be read (" + errnoText() + ")");
    std::string bytes(size, '\0');
    in.read(bytes.data(), std::streamsize(size));
    if (std::uint64_t(in.gcount()) != size)
        throw IndexError(path + ": cannot be read (it changed while being read)");
    return bytes;
}

} // namespace genlab::engine::retrieval
