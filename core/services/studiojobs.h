#pragma once
// The job manager's options as the studio runs it (the window, `genlab` commands that run jobs, and
// the benchmarks that measure the studio): each lane's intra-op threads from the thread budget, and
// every worker thread configured for LibTorch and OpenCV before its first job.

#include "engine/runtime/compute.h"
#include "services/studiolanes.h"

namespace genlab::services {

JobManager::Options studioJobOptions(const engine::ThreadBudget &budget = engine::planThreadBudget());

// What studioJobOptions() runs on each worker thread before its first job (LibTorch's and OpenCV's
// thread counts), for a manager built without it (JobManager::setThreadInit).
std::function<void(Lane, int)> studioThreadInit();

} // namespace genlab::services
