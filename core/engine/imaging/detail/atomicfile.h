#pragma once
// Private: files the studio writes appear whole or not at all (temp file in the target's folder,
// fsync, rename, fsync of the folder), so a crash or a cancel never leaves half a PNG/GIF/MP4 at
// the path the user chose.

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace genlab::engine::imaging::detail {

// A temporary file beside `target`, ending in `extension` (default: the target's), since writers
// such as FFmpeg pick the container from it. Removed on destruction unless commit() succeeded.
// Thread: one owner.
class TempFile
{
public:
    explicit TempFile(const std::string &target, const std::string &extension = {});
    ~TempFile();
    TempFile(const TempFile &) = delete;
    TempFile &operator=(const TempFile &) = delete;

    const std::string &path() const { return m_path; }
    void write(const void *data, std::size_t size); // appends; throws ImageError
    // fsyncs the temp file, renames it over the target, fsyncs the folder.
    void commit();

private:
    std::string m_target;
    std::string m_path;
    int m_fd = -1;
    bool m_committed = false;
};

void writeFileAtomic(const std::string &path, const void *data, std::size_t size);
inline void writeFileAtomic(const std::string &path, const std::vector<std::uint8_t> &bytes)
{
    writeFileAtomic(path, bytes.data(), bytes.size());
}

// Size of a regular file; -1 when it is missing or not a regular file.
std::int64_t fileSize(const std::string &path);

// Reads a whole file, refusing files larger than maxBytes before allocating. Throws ImageError.
std::vector<std::uint8_t> readFileLimited(const std::string &path, std::int64_t maxBytes);

} // namespace genlab::engine::imaging::detail
