#pragma once
// `genlab train KIND ... --nproc N` and runs under a launcher (torchrun, Slurm, Kubernetes): the
// command line's half of data-parallel training (engine/train/distributed.h). One place for every
// trainer: `train` hands each run to runDataParallel.
//  - WORLD_SIZE (and RANK, MASTER_ADDR, MASTER_PORT, LOCAL_RANK) set by a launcher: this process
//    joins that group, trains its shard, and only rank 0 prints results (the others' stdout is
//    discarded; their errors still reach stderr, prefixed with their rank).
//  - --nproc N (N > 1) without them: starts N copies of this command on this machine with a
//    rendezvous on localhost, splits the thread budget between them (unless --threads is given),
//    passes Ctrl+C on once per press, and waits: the exit code is rank 0's, or the first failure's.
//  - Neither: trains in this process, as always.

#include "cli/command.h"

#include <functional>

class QCommandLineOption;

namespace genlab::cli {

// The --nproc option `train` offers.
QCommandLineOption nprocOption();

// Thread: the command's (main) thread.
int runDataParallel(const CommandContext &ctx, const std::function<int(const CommandContext &)> &run);

} // namespace genlab::cli
