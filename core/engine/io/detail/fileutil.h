// Private to the io module: POSIX file helpers for durable writes. Never include from a public header.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace genlab::engine::io::detail {

std::string errnoText(int error);

// A file written beside its final path and renamed over it on commit(), after fsync of the file
// and (after the rename) of its folder. Destroyed without commit(): the temp file is removed.
// Thread: one thread at a time.
class AtomicFile
{
public:
    explicit AtomicFile(std::string path); // throws FileError (names path)
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
};

// fsync a folder so that renames and creations in it survive a power cut. Throws FileError.
void fsyncDirectory(const std::string &dir);
// The folder part of a path ("." when there is none).
std::string parentDirectory(const std::string &path);
// Reads a whole regular file of at most maxBytes (checked before allocating). Throws FileError.
std::string readSmallFile(const std::string &path, std::uint64_t maxBytes);
// Writes a small file atomically (AtomicFile).
void writeSmallFile(const std::string &path, const std::string &contents);

} // namespace genlab::engine::io::detail
