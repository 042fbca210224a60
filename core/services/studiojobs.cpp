#include "services/studiojobs.h"

namespace genlab::services {

JobManager::Options studioJobOptions(const engine::ThreadBudget &budget)
{
    JobManager::Options o;
    o.interactiveThreads = budget.interactive;
    o.trainingThreads = budget.training;
    o.ioThreads = budget.io;
    o.threadInit = [](Lane, int threads) { engine::configureWorkerThread(threads); };
    return o;
}

} // namespace genlab::services
