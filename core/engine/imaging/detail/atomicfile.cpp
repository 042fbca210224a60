#include "engine/imaging/detail/atomicfile.h"

#include "engine/imaging/decode.h"

#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace genlab::engine::imaging::detail {

namespace {

std::string errnoText(int error)
{
    return std::strerror(error);
}

std::atomic<unsigned> g_tempCounter{0};

} // namespace

TempFile::TempFile(const std::string &target, const std::string &extension) : m_target(target)
{
    namespace fs = std::filesystem;
    const fs::path targetPath(target);
    if (targetPath.filename().empty())
        throw ImageError(target + ": not a file name");
    const fs::path dir = targetPath.has_parent_path() ? targetPath.parent_path() : fs::path(".");
    const std::string ext = extension.empty() ? targetPath.extension().string() : extension;
    const std::string stem = targetPath.stem().string();
    for (int attempt = 0; attempt < 100; ++attempt) {
        const std::string name = "." + stem + ".tmp-" + std::to_string(::getpid()) + "-" +
                                 std::to_string(g_tempCounter.fetch_add(1)) + ext;
        const std::string candidate = (dir / name).string();
        // 0666 through the umask, as any other file the user creates (mkstemp would give 0600).
        m_fd = ::open(candidate.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (m_fd >= 0) {
            m_path = candidate;
            return;
        }
        if (errno != EEXIST)
            throw ImageError(target + ": cannot create a file in " + dir.string() + ": " + errnoText(errno));
    }
    throw ImageError(target + ": cannot create a temporary file beside it");
}

TempFile::~TempFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
    if (!m_committed && !m_path.empty())
        ::unlink(m_path.c_str());
}

void TempFile::write(const void *data, std::size_t size)
{
    const auto *p = static_cast<const char *>(data);
    while (size > 0) {
        const ssize_t n = ::write(m_fd, p, size);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            throw ImageError(m_target + ": write failed: " + errnoText(errno));
        }
        p += n;
        size -= std::size_t(n);
    }
}

void TempFile::commit()
{
    if (::fsync(m_fd) != 0)
        throw ImageError(m_target + ": fsync failed: " + errnoText(errno));
    if (::close(m_fd) != 0) {
        m_fd = -1;
        throw ImageError(m_target + ": close failed: " + errnoText(errno));
    }
    m_fd = -1;
    if (::rename(m_path.c_str(), m_target.c_str()) != 0)
        throw ImageError(m_target + ": cannot replace the file: " + errnoText(errno));
    m_committed = true;
    // The rename is durable only once the folder itself is synced.
    const std::filesystem::path targetPath(m_target);
    const std::string dir = targetPath.has_parent_path() ? targetPath.parent_path().string() : ".";
    const int dirFd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
}

void writeFileAtomic(const std::string &path, const void *data, std::size_t size)
{
    TempFile temp(path);
    temp.write(data, size);
    temp.commit();
}

std::int64_t fileSize(const std::string &path)
{
    struct stat st{};
    if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode))
        return -1;
    return std::int64_t(st.st_size);
}

std::vector<std::uint8_t> readFileLimited(const std::string &path, std::int64_t maxBytes)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        throw ImageError(path + ": cannot open: " + errnoText(errno));
    struct Closer
    {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};
    struct stat st{};
    if (::fstat(fd, &st) != 0)
        throw ImageError(path + ": cannot stat: " + errnoText(errno));
    if (!S_ISREG(st.st_mode))
        throw ImageError(path + ": not a regular file");
    if (st.st_size > maxBytes)
        throw ImageError(path + ": file is " + std::to_string(st.st_size) + " bytes, more than the limit of " +
                         std::to_string(maxBytes));
    std::vector<std::uint8_t> bytes(std::size_t(st.st_size));
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::read(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            throw ImageError(path + ": read failed: " + errnoText(errno));
        }
        if (n == 0)
            break; // shrank while we read: decode what is there, the decoder will judge it
        done += std::size_t(n);
    }
    bytes.resize(done);
    return bytes;
}

} // namespace genlab::engine::imaging::detail
