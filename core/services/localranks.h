#pragma once
// A lab's training job on N local processes (data parallel, engine/train/distributed.h): the job
// itself is rank 0, in the studio's process, so its curves, previews, pause, single step and stop
// are those of any training job; ranks 1..N-1 are `genlab train KIND ...` processes started with
// the same model and options and a rendezvous on localhost. One piece for every lab: a lab's
// service builds the command-line arguments of its trainer and hands the job's work to this.

#include "engine/base/runcontext.h"

#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>

class QProcess;

namespace genlab::services {

// Prepares p to run as `rank` of `processes` ranks on this machine: this process's environment
// plus WORLD_SIZE, RANK, LOCAL_RANK, MASTER_ADDR (127.0.0.1) and MASTER_PORT; its own process
// group (Ctrl+C in the terminal reaches the parent alone, which passes it on once per press), and
// an end with the parent (PR_SET_PDEATHSIG). Used by `genlab train --nproc` and the studio's jobs.
void prepareLocalRank(QProcess &p, int rank, int processes, int port);

// The genlab binary the ranks run: $GENLAB_BINARY, else the running program when it is genlab,
// else `genlab` beside it or on PATH; empty when none is found.
QString genlabExecutable();

// Runs work as rank 0 of `processes` ranks on this machine, the others being
// `genlab <rankArguments>` with the rank's environment (WORLD_SIZE, RANK, MASTER_ADDR,
// MASTER_PORT), its share of the thread budget (`--threads threadsPerRank`) and no stdout.
// processes <= 1: work() alone. Throws std::runtime_error when the ranks cannot start or meet, and
// rethrows work's failure with the message of a rank that failed (its last stderr lines) added.
// A paused job keeps the others waiting for up to an hour; then they give up.
// Thread: the job's worker thread (QProcess objects live and die there).
QVariant runWithLocalRanks(int processes, const QStringList &rankArguments, int threadsPerRank,
                           const std::function<QVariant()> &work);

} // namespace genlab::services
