#include "services/studiojobs.h"

namespace genlab::services {

JobManager::Options studioJobOptions(const engine::ThreadBudget &budget)
{
    JobManager::Options o = studioLaneOptions(budget);
    o.threadInit = studioThreadInit();
    return o;
}

std::function<void(Lane, int)> studioThreadInit()
{
    return [](Lane, int threads) { engine::configureWorkerThread(threads); };
}

} // namespace genlab::services
