#include "engine/retrieval/indexlock.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace genlab::engine::retrieval {

namespace fs = std::filesystem;

namespace {

std::string busyMessage(const std::string &dir, long pid)
{
    return dir + ": another process" + (pid > 0 ? " (pid " + std::to_string(pid) + ")" : std::string()) +
           " is updating this index (it holds " + (fs::path(dir) / IndexUpdateLock::kFileName).string() +
           "); nothing was changed. Try again when that update has finished";
}

} // namespace

IndexBusyError::IndexBusyError(const std::string &dir, long holderPid) : IndexError(busyMessage(dir, holderPid)), m_dir(dir), m_pid(holderPid) {}

long IndexUpdateLock::lastHolder(const std::string &dir)
{
    std::ifstream in(fs::path(dir) / kFileName);
    long pid = 0;
    if (!(in >> pid))
        return 0;
    return pid;
}

IndexUpdateLock::IndexUpdateLock(const std::string &dir)
{
    const std::string path = (fs::path(dir) / kFileName).string();
    m_fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (m_fd < 0)
        throw IndexError(path + ": cannot open the index's lock file (" + std::strerror(errno) + ")");
    int rc;
    do
        rc = ::flock(m_fd, LOCK_EX | LOCK_NB);
    while (rc != 0 && errno == EINTR);
    if (rc != 0) {
        const int err = errno;
        ::close(m_fd);
        m_fd = -1;
        if (err == EWOULDBLOCK)
            throw IndexBusyError(dir, lastHolder(dir));
        throw IndexError(path + ": cannot lock the index (" + std::strerror(err) + ")");
    }
    // Who holds it, for the message the next updater gets (best effort: the lock is what counts).
    const std::string pid = std::to_string(long(::getpid())) + "\n";
    if (::ftruncate(m_fd, 0) == 0) {
        [[maybe_unused]] const ssize_t written = ::pwrite(m_fd, pid.data(), pid.size(), 0);
    }
}

IndexUpdateLock::~IndexUpdateLock()
{
    if (m_fd >= 0)
        ::close(m_fd); // closing the last descriptor of the open file releases the flock
}

IndexUpdateLock::IndexUpdateLock(IndexUpdateLock &&other) noexcept : m_fd(other.m_fd)
{
    other.m_fd = -1;
}

IndexUpdateLock &IndexUpdateLock::operator=(IndexUpdateLock &&other) noexcept
{
    if (this != &other) {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = other.m_fd;
        other.m_fd = -1;
    }
    return *this;
}

} // namespace genlab::engine::retrieval
