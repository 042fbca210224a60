#include "engine/retrieval/detail/vectorstoreio.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <stdexcept>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace genlab::engine::retrieval::detail {

namespace {

constexpr std::uint64_t kPrime = 0x100000001b3ull;
constexpr std::uint64_t kOffset = 0xcbf29ce484222325ull;

std::uint64_t mix(std::uint64_t h)
{
    // A finaliser so that the lanes' low bits spread over the whole word.
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ull;
    h ^= h >> 33;
    return h;
}

std::string errnoText(int err)
{
    return std::strerror(err);
}

void fsyncFolderOf(const std::string &path)
{
    std::filesystem::path folder = std::filesystem::path(path).parent_path();
    if (folder.empty())
        folder = ".";
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace

std::uint64_t contentHash(const void *data, std::size_t size, std::uint64_t seed)
{
    // Word-wise lanes instead of byte-wise FNV-1a: several GB/s, so hashing a 200 MB index on
    // every load costs a fraction of a second.
    const auto *bytes = static_cast<const unsigned char *>(data);
    std::uint64_t lane[4] = {kOffset ^ seed, kOffset ^ (seed + 1) * kPrime, kOffset + 0x9e3779b97f4a7c15ull,
                             kOffset ^ 0x632be59bd9b4e019ull};
    std::size_t i = 0;
    for (; i + 32 <= size; i += 32) {
        for (int l = 0; l < 4; ++l) {
            std::uint64_t w;
            std::memcpy(&w, bytes + i + 8 * l, 8);
            lane[l] = (lane[l] ^ w) * kPrime;
            lane[l] ^= lane[l] >> 29;
        }
    }
    std::uint64_t h = mix(lane[0]) ^ mix(lane[1] + 1) * 3 ^ mix(lane[2] + 2) * 5 ^ mix(lane[3] + 3) * 7;
    for (; i < size; ++i)
        h = (h ^ bytes[i]) * kPrime;
    return mix(h ^ std::uint64_t(size));
}

std::string hashHex(std::uint64_t hash)
{
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(hash));
    return text;
}

void commitFile(const std::string &tempPath, const std::string &path)
{
    const int fd = ::open(tempPath.c_str(), O_RDONLY);
    if (fd < 0)
        throw std::runtime_error(path + ": cannot reopen the temporary file: " + errnoText(errno));
    const bool synced = ::fsync(fd) == 0;
    const int err = errno;
    ::close(fd);
    if (!synced) {
        std::remove(tempPath.c_str());
        throw std::runtime_error(path + ": fsync failed: " + errnoText(err));
    }
    if (std::rename(tempPath.c_str(), path.c_str()) != 0) {
        const int renameErr = errno;
        std::remove(tempPath.c_str());
        throw std::runtime_error(path + ": cannot rename the temporary file into place: " + errnoText(renameErr));
    }
    fsyncFolderOf(path);
}

void writeFileAtomic(const std::string &path, std::string_view bytes)
{
    const std::string temp = path + ".tmp";
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        throw std::runtime_error(path + ": cannot write: " + errnoText(errno));
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const int err = errno;
            ::close(fd);
            std::remove(temp.c_str());
            throw std::runtime_error(path + ": write failed: " + errnoText(err));
        }
        done += std::size_t(n);
    }
    const bool synced = ::fsync(fd) == 0;
    const int err = errno;
    ::close(fd);
    if (!synced) {
        std::remove(temp.c_str());
        throw std::runtime_error(path + ": fsync failed: " + errnoText(err));
    }
    std::error_code ec;
    const auto written = std::filesystem::file_size(temp, ec);
    if (ec || written != bytes.size()) {
        std::remove(temp.c_str());
        throw std::runtime_error(path + ": the written file has the wrong size (disk full?)");
    }
    if (std::rename(temp.c_str(), path.c_str()) != 0) {
        const int renameErr = errno;
        std::remove(temp.c_str());
        throw std::runtime_error(path + ": cannot rename the temporary file into place: " + errnoText(renameErr));
    }
    fsyncFolderOf(path);
}

std::string readWholeFile(const std::string &path, std::uint64_t maxBytes)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        throw std::runtime_error(path + ": cannot open: " + errnoText(errno));
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        throw std::runtime_error(path + ": not a regular file");
    }
    if (std::uint64_t(st.st_size) > maxBytes) {
        ::close(fd);
        throw std::runtime_error(path + ": " + std::to_string(st.st_size) + " bytes, more than the " +
                                 std::to_string(maxBytes) + " expected");
    }
    std::string out(std::size_t(st.st_size), '\0');
    std::size_t done = 0;
    while (done < out.size()) {
        const ssize_t n = ::read(fd, out.data() + done, out.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int err = errno;
            ::close(fd);
            throw std::runtime_error(path + ": read failed: " + errnoText(err));
        }
        if (n == 0)
            break; // cut short while we read: the size check below reports it
        done += std::size_t(n);
    }
    ::close(fd);
    out.resize(done);
    return out;
}

} // namespace genlab::engine::retrieval::detail
