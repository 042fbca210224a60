#include "engine/io/detail/fileutil.h"

#include "engine/io/safetensors.h"

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace genlab::engine::io::detail {

std::string errnoText(int error)
{
    char buf[256];
    // GNU strerror_r returns the message (possibly not in buf).
    const char *text = strerror_r(error, buf, sizeof buf);
    return text ? std::string(text) : std::string("error ") + std::to_string(error);
}

std::string parentDirectory(const std::string &path)
{
    auto slash = path.find_last_of('/');
    if (slash == std::string::npos)
        return ".";
    if (slash == 0)
        return "/";
    return path.substr(0, slash);
}

AtomicFile::AtomicFile(std::string path, SyncFolder sync) : m_path(std::move(path)), m_syncFolder(sync)
{
    static std::atomic<unsigned> counter{0};
    // O_EXCL with our own unique name rather than mkstemp: mkstemp's 0600 would ignore the umask.
    for (int attempt = 0; attempt < 100; ++attempt) {
        m_tempPath = m_path + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(counter++);
        m_fd = ::open(m_tempPath.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (m_fd >= 0)
            return;
        if (errno != EEXIST)
            break;
    }
    int error = errno;
    m_tempPath.clear();
    throw FileError(m_path, "cannot create a file beside it: " + errnoText(error));
}

AtomicFile::~AtomicFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
    if (!m_tempPath.empty())
        ::unlink(m_tempPath.c_str());
}

void AtomicFile::write(const void *data, std::size_t byteCount)
{
    const auto *p = static_cast<const char *>(data);
    while (byteCount > 0) {
        // Linux writes at most ~2 GiB per call.
        std::size_t chunk = std::min<std::size_t>(byteCount, std::size_t(1) << 30);
        ssize_t n = ::write(m_fd, p, chunk);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            throw FileError(m_path, "write failed: " + errnoText(errno));
        }
        p += n;
        byteCount -= std::size_t(n);
    }
}

void AtomicFile::commit()
{
    if (::fsync(m_fd) != 0)
        throw FileError(m_path, "fsync failed: " + errnoText(errno));
    int fd = m_fd;
    m_fd = -1;
    if (::close(fd) != 0)
        throw FileError(m_path, "close failed: " + errnoText(errno));
    if (::rename(m_tempPath.c_str(), m_path.c_str()) != 0)
        throw FileError(m_path, "cannot rename the finished file into place: " + errnoText(errno));
    m_tempPath.clear();
    if (m_syncFolder == SyncFolder::Yes)
        fsyncDirectory(parentDirectory(m_path));
}

void fsyncDirectory(const std::string &dir)
{
    int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        throw FileError(dir, "cannot open the folder to sync it: " + errnoText(errno));
    int rc = ::fsync(fd);
    int error = errno;
    ::close(fd);
    // Some file systems cannot fsync a folder (EINVAL); the rename is still in order there.
    if (rc != 0 && error != EINVAL)
        throw FileError(dir, "fsync of the folder failed: " + errnoText(error));
}

std::string readSmallFile(const std::string &path, std::uint64_t maxBytes)
{
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        throw FileError(path, "cannot open: " + errnoText(errno));
    struct Closer
    {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};
    struct stat st {};
    if (::fstat(fd, &st) != 0)
        throw FileError(path, "cannot stat: " + errnoText(errno));
    if (!S_ISREG(st.st_mode))
        throw FileError(path, "not a regular file");
    if (std::uint64_t(st.st_size) > maxBytes)
        throw FileError(path, "file is " + std::to_string(st.st_size) + " bytes, more than the " +
                                  std::to_string(maxBytes) + " allowed");
    std::string out(std::size_t(st.st_size), '\0');
    std::size_t done = 0;
    while (done < out.size()) {
        ssize_t n = ::read(fd, out.data() + done, out.size() - done);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            throw FileError(path, "read failed: " + errnoText(errno));
        }
        if (n == 0)
            break; // shrank while reading
        done += std::size_t(n);
    }
    out.resize(done);
    return out;
}

void writeSmallFile(const std::string &path, const std::string &contents, AtomicFile::SyncFolder sync)
{
    AtomicFile file(path, sync);
    file.write(contents.data(), contents.size());
    file.commit();
}

} // namespace genlab::engine::io::detail
