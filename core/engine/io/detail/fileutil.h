// Private to the io module: POSIX file helpers for durable writes. Never include from a public header.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace genlab::engine::io::detail {

std::string errnoText(int error);

// A file written beside its final path and renamed over it on commit(), after fsync of the file
// and (after the rename) of its folder. Destroyed without commit(): the temp file is removed.
// Thread: one thread at a time.
class AtomicFile
{
public:
    // SyncFolder::No when the caller fsyncs the folder itself after several files (checkpoints).
    enum class SyncFolder { Yes, No };
    explicit AtomicFile(std::string path, SyncFolder sync = SyncFolder::Yes); // throws FileError (names path)
    ~AtomicFile();
    AtomicFile(const AtomicFile &) = delete;
    AtomicFile &operator=(const AtomicFile &) = delete;

    void write(const void *data, std::size_t byteCount); // throws FileError
    void commit();                                        // throws FileError
    const std::string &tempPath() const { return m_tempPath; }

private:
    std::string m_path;
    std::string m_tempPath;
    int m_fd = -1;
    SyncFolder m_syncFolder;
};

// fsync a folder so that renames and creations in it survive a power cut. Throws FileError.
void fsyncDirectory(const std::string &dir);
// The folder part of a path ("." when there is none).
std::string parentDirectory(const std::string &path);
// Reads a whole regular file of at most maxBytes (checked before allocating). Throws FileError.
std::string readSmallFile(const std::string &path, std::uint64_t maxBytes);
// Writes a small file atomically (AtomicFile).
void writeSmallFile(const std::string &path, const std::string &contents,
                    AtomicFile::SyncFolder sync = AtomicFile::SyncFolder::Yes);

} // namespace genlab::engine::io::detail

namespace genlab::engine::io {
struct TensorToWrite;
namespace detail {
// writeSafetensors() with the choice of leaving the folder's fsync to the caller.
void writeSafetensors(const std::string &path, const std::vector<TensorToWrite> &tensors,
                      const std::map<std::string, std::string> &metadata, AtomicFile::SyncFolder sync);
} // namespace detail
} // namespace genlab::engine::io
