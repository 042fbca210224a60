#pragma once
// The job lanes' sizes as the studio runs them, from the thread budget. Plain Qt (no engine
// library): the genlab binary builds its job manager before the engine is loaded, and the engine
// gives the worker threads their configuration later (studiojobs.h, JobManager::setThreadInit).

#include "engine/base/threadbudget.h"
#include "services/jobmanager.h"

namespace genlab::services {

inline JobManager::Options studioLaneOptions(const engine::ThreadBudget &budget)
{
    JobManager::Options o;
    o.interactiveThreads = budget.interactive;
    o.trainingThreads = budget.training;
    o.ioThreads = budget.io;
    return o;
}

} // namespace genlab::services
