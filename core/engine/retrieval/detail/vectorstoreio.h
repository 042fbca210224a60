#pragma once
// File helpers shared by the dense retriever's stores (vector store, HNSW index, LSA model): a fast
// content hash and a crash-safe whole-file write. Pure functions, thread-safe.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace genlab::engine::retrieval::detail {

// 64-bit hash of bytes: four FNV-1a-style lanes over little-endian 8-byte words, then the tail
// bytes and the length, mixed together. Not cryptographic: it detects damage, not tampering.
std::uint64_t contentHash(const void *data, std::size_t size, std::uint64_t seed = 0);
std::string hashHex(std::uint64_t hash);

// Writes bytes to a temporary file beside path, fsyncs it, checks its size, renames it over path
// and fsyncs the folder: a crash leaves the old file or the new one. Throws std::runtime_error
// naming path.
void writeFileAtomic(const std::string &path, std::string_view bytes);
// Renames an already written temporary file over path with the same fsync discipline.
void commitFile(const std::string &tempPath, const std::string &path);

// The whole file; throws std::runtime_error naming the file. maxBytes guards against reading a
// file that cannot be ours (the caller passes a bound derived from what it expects).
std::string readWholeFile(const std::string &path, std::uint64_t maxBytes);

} // namespace genlab::engine::retrieval::detail
