#pragma once
// The job manager's options as the studio runs it (the window, `genlab` commands that run jobs, and
// the benchmarks that measure the studio): each lane's intra-op threads from the thread budget, and
// every worker thread configured for LibTorch and OpenCV before its first job.

#include "engine/runtime/compute.h"
#include "services/jobmanager.h"

namespace genlab::services {

JobManager::Options studioJobOptions(const engine::ThreadBudget &budget = engine::planThreadBudget());

} // namespace genlab::services
