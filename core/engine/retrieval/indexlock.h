#pragma once
// One updater per index folder, across processes: an advisory flock(2) on INDEX/update.lock,
// held for a whole update (and for the write-back of repaired files on open). Two `genlab index
// --out SAME`, or the studio and the command line, would otherwise both write gen-NNNNNN folders
// with the same name and each delete the other's. The second updater does not wait: it fails at
// once with IndexBusyError, naming the folder and the process that holds it, and changes nothing.
// Readers take no lock: they read index.json and the immutable generation it names. The kernel
// releases the lock when its holder exits, even when it is killed, so a stale lock file is harmless.

#include "engine/retrieval/indexstore.h"

#include <string>

namespace genlab::engine::retrieval {

// Another process (or another holder in this one) is updating the index.
class IndexBusyError : public IndexError
{
public:
    IndexBusyError(const std::string &dir, long holderPid);
    const std::string &folder() const { return m_dir; }
    long holderPid() const { return m_pid; } // 0 when the lock file does not say

private:
    std::string m_dir;
    long m_pid = 0;
};

// Thread: any; the lock belongs to this object (flock locks one open file description, so two
// objects exclude each other even inside one process). Move-only; the destructor releases it.
class IndexUpdateLock
{
public:
    static constexpr const char *kFileName = "update.lock";

    // Takes the lock on dir (created when missing) or throws IndexBusyError when it is held,
    // IndexError when the lock file cannot be opened.
    explicit IndexUpdateLock(const std::string &dir);
    ~IndexUpdateLock();
    IndexUpdateLock(IndexUpdateLock &&other) noexcept;
    IndexUpdateLock &operator=(IndexUpdateLock &&other) noexcept;
    IndexUpdateLock(const IndexUpdateLock &) = delete;
    IndexUpdateLock &operator=(const IndexUpdateLock &) = delete;

    // The pid written in dir's lock file by its last holder (0: none or unreadable).
    static long lastHolder(const std::string &dir);

private:
    int m_fd = -1;
};

} // namespace genlab::engine::retrieval
