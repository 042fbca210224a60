#pragma once
// Data-parallel training over LibTorch's c10d (the engine behind torch.distributed): one process
// per rank, a TCPStore rendezvous at MASTER_ADDR:MASTER_PORT, Gloo for the collectives on CPUs.
// A process belongs to at most one group, so the group is process-wide: the command line joins it
// before a trainer runs, and the kit (steploop.h, detail/dataparallel.h) reads it from here. A
// process that joined none trains alone, exactly as before.

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace genlab::engine::train {

// Where a rank finds its group: the variables torchrun, Slurm (through a launcher script) and the
// Kubernetes PyTorch operators set.
struct DistributedEnvironment
{
    int rank = 0;            // RANK: 0 .. worldSize-1; rank 0 writes checkpoints, curves and samples
    int worldSize = 1;       // WORLD_SIZE
    int localRank = 0;       // LOCAL_RANK: the rank on this machine (which GPU, where there are several)
    std::string masterAddress = "127.0.0.1"; // MASTER_ADDR: where rank 0 serves the rendezvous store
    int masterPort = 29500;  // MASTER_PORT
};

// The environment's group, or nothing when WORLD_SIZE is unset. Throws std::invalid_argument
// naming the variable when one is malformed or out of range (RANK 3 with WORLD_SIZE 2, a port
// outside 1..65535, MASTER_ADDR missing for a group that spans machines is allowed: it defaults to
// 127.0.0.1, the single-machine case).
std::optional<DistributedEnvironment> distributedFromEnvironment();

// Joins the group (rendezvous with every rank, then a Gloo process group). `rendezvousTimeout`
// bounds the wait for every rank to arrive; `collectiveTimeout` each collective afterwards (a rank
// that exits or crashes is noticed at once, its connection closing; the timeout catches one that
// hangs, and bounds how long a paused rank 0 may keep the others waiting). Throws
// std::runtime_error saying which address and rank failed and why. Calling it again after
// leaveGroup() joins anew; while a group is joined it throws.
void joinGroup(const DistributedEnvironment &env, std::chrono::milliseconds rendezvousTimeout = std::chrono::minutes(5),
               std::chrono::milliseconds collectiveTimeout = std::chrono::minutes(5));

// Leaves the group (process exit also does). No-op when none was joined.
void leaveGroup();

// This process's rank and the group's size: 0 and 1 when no group was joined.
int groupRank();
int groupSize();
inline bool inGroup() { return groupSize() > 1; }
inline bool isLeadRank() { return groupRank() == 0; }

// The mean of each value over the ranks (every rank passes as many values, in the same order);
// unchanged without a group. Every rank must call it at the same point of its run.
void averageOverGroup(std::vector<double> &values);

// True on every rank when `flag` is true on any rank (a stop, a NaN); `flag` without a group.
bool anyInGroup(bool flag);

// Waits until every rank has reached this call.
void groupBarrier();

// A TCP port on 127.0.0.1 that nobody listens on now (the kernel picks it), for a rendezvous on
// this machine. Throws std::runtime_error when no socket can be opened.
int freeLocalPort();

// Communication cost, for `genlab-bench scale`: the mean milliseconds of an all-reduce of `bytes`
// of float32 over the group (after `warmup` unmeasured ones), `repeats` times.
double measureAllReduceMs(std::int64_t bytes, int repeats, int warmup = 2);

} // namespace genlab::engine::train
