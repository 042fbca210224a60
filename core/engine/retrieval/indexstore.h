#pragma once
// The retrieval index's folder on disk. The layout:
//
//   INDEX/index.json           the manifest: format version, the generation folder in use, the
//                              options the index was built with, the embedder's identity, the
//                              source roots, counts, and the size and hash of every data file
//   INDEX/gen-NNNNNN/store.bin  documents (path, size, mtime, content hash, encoding, ...) and
//                              chunks (range, line, page, heading, text): the primary data
//   INDEX/gen-NNNNNN/bm25.bin   BM25 inverted index (derived from the chunks)
//   INDEX/gen-NNNNNN/vectors.bin the chunks' dense vectors (derived; for a BERT embedder they are
//                              the expensive part and are carried over for unchanged files)
//   INDEX/gen-NNNNNN/lsa.bin    the LSA model fitted on the corpus (LSA embedder only)
//   INDEX/gen-NNNNNN/hnsw/      hnswlib graph and its own manifest (AnnIndex; only when HNSW is used)
//
// An update writes a complete new generation folder and then replaces index.json (write to a
// temporary file, fsync, rename): that rename is the commit. A cancelled or failed update leaves
// the previous generation and manifest untouched; unreferenced generation folders are removed by
// the next successful update. Pure functions, thread-safe (one writer per folder at a time).

#include "engine/retrieval/analyzer.h"
#include "engine/retrieval/annindex.h"
#include "engine/retrieval/chunking.h"
#include "engine/retrieval/types.h"

#include <cstdint>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace genlab::engine::retrieval {

// A folder that is not a usable index (no manifest, a manifest of another format or a newer
// version, a damaged store.bin). The message names the file and the problem.
class IndexError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// One indexed source file.
struct IndexedDocument
{
    std::string path;                   // absolute
    std::string format;                 // "text", "markdown", "html", "pdf"
    std::int64_t size = 0;              // bytes when read
    std::int64_t mtimeNs = 0;           // modification time when read
    std::string contentHash;            // fileContentHash() when read
    std::string encoding;               // as decoded
    std::int64_t replacedBytes = 0;
    ChunkId firstChunk = 0;             // its chunks are [firstChunk, firstChunk + chunkCount)
    std::int64_t chunkCount = 0;
};

struct StoredFile
{
    std::int64_t size = 0;
    std::string hash;                   // FNV-1a 64, 16 hex digits
};

struct IndexManifest
{
    static constexpr int kFormatVersion = 1;
    static constexpr const char *kFileName = "index.json";

    int formatVersion = kFormatVersion;
    std::string generation;             // "gen-000001"
    std::string chunking;               // ChunkingSpec::toString()
    std::string embedder;               // "lsa" or the BERT folder (absolute)
    std::string embedderIdentity;       // Embedder::identity() of the stored vectors ("" when none)
    int dimension = 0;                  // of the stored vectors (0 when none)
    int lsaDimension = 128;
    std::uint64_t seed = 1;
    std::string ann;                    // "auto", "hnsw", "exact"
    HnswParams hnsw;
    std::string analyzer;               // analyzerName()
    std::vector<std::string> roots;     // the paths the index was built from
    std::int64_t documents = 0;
    std::int64_t chunks = 0;
    std::map<std::string, StoredFile> files; // generation-relative name -> size and hash
    std::string updatedUtc;             // ISO 8601

    std::string toJson() const;
    // Throws IndexError naming `source` and what is missing or malformed.
    static IndexManifest fromJson(const std::string &json, const std::string &source);
};

// documents + chunks (store.bin): magic, version, counts, records, FNV-1a checksum of everything
// before it. load() throws IndexError naming the file (missing, not a store, other version,
// truncated, checksum mismatch, inconsistent ranges).
struct IndexStoreData
{
    std::vector<IndexedDocument> documents;
    std::vector<Chunk> chunks;
};
void saveIndexStore(const std::string &path, const IndexStoreData &data);
IndexStoreData loadIndexStore(const std::string &path);

// FNV-1a 64 of a file as 16 hex digits, and its size; throws IndexError when it cannot be read.
StoredFile describeStoredFile(const std::string &path);

// Writes contents to path through a temporary file in the same folder (fsync, rename, fsync of the
// folder). Throws IndexError naming the file.
void writeFileAtomically(const std::string &path, const std::string &contents);
// The whole file (at most maxBytes); throws IndexError naming the file.
std::string readWholeFile(const std::string &path, std::int64_t maxBytes);

} // namespace genlab::engine::retrieval
