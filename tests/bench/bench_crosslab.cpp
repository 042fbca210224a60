// genlab-bench jobs.cross_lab: does one lab's long job hold up another lab's interactive work? With
// the real JobManager (threads from engine::planThreadBudget, as the studio), the real TextService
// streams a long generation from the shipped language model while the real LatentService (shipped
// 16-D VAE) is asked for a decode every 20 ms, as a slider would; each decode is timed from the
// request to its result arriving on the GUI thread (finished()).
//   jobs.cross_lab.p95_ms            each lab on its own interactive lane (the studio's layout),
//                                    95th percentile over 200 decodes (target <= 16 ms: one frame)
//   jobs.cross_lab.same_lane_p95_ms  the same with every lab on one shared interactive lane
//                                    (JobManager::Options::lanePerLab = false, the layout before
//                                    lanes per lab): the decodes wait for the generation
// Each decode has its own channel, so none is dropped as superseded: every request is timed.
#include "benchmark.h"
#include "latencyresult.h"

#include "engine/runtime/compute.h"
#include "services/job.h"
#include "services/jobmanager.h"
#include "services/studiojobs.h"
#include "services/latent/latentoutputs.h"
#include "services/latent/latentservice.h"
#include "services/resourcepaths.h"
#include "services/text/textservice.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

using namespace genlab;

namespace {

constexpr int kDecodes = 200;
constexpr int kIntervalMs = 20;
constexpr int kMaxTokens = 4096;

struct Phase
{
    std::vector<double> latencyMs; // request to result, per decode that succeeded
    int failed = 0;
    int generations = 0;       // generations started: the next starts as soon as one ends
    long partialsInWindow = 0; // token batches the text lab received while the decodes ran
    qint64 windowMs = 0;
};

void waitFor(services::Job *job, const char *what)
{
    if (!bench::waitUntil([&] { return job->isFinished(); }, 180000))
        throw std::runtime_error(std::string(what) + " did not finish within 3 minutes");
    if (job->state() != services::JobState::Succeeded)
        throw std::runtime_error(std::string(what) + ": " + job->message().toStdString());
}

Phase measure(bool lanePerLab, const engine::ThreadBudget &budget)
{
    services::JobManager::Options o = services::studioJobOptions(budget);
    o.lanePerLab = lanePerLab;
    services::JobManager jobs(o);
    services::LatentService latent(&jobs, engine::resolveDevice({}));
    services::TextService text(&jobs, engine::resolveDevice({}));
    waitFor(latent.loadModel(QString::fromLatin1(services::latent::kShipped16d)), "loading the latent model");
    waitFor(text.loadShippedModel(), "loading the language model");
    const int dim = latent.model().latentDim();

    auto latentAt = [dim](int i) {
        engine::vae::Latent z(std::size_t(dim), 0.0f);
        for (int k = 0; k < dim; ++k)
            z[std::size_t(k)] = float(1.5 * std::sin(0.07 * i + 0.9 * k));
        return z;
    };
    for (int i = 0; i < 5; ++i) // the decoder's first calls allocate; a slider has warmed it too
        waitFor(latent.decode(latentAt(-1 - i), QStringLiteral("bench.warm")), "a warm-up decode");

    Phase phase;
    QPointer<services::Job> generation; // finished jobs are pruned from the manager's recent list
    long partials = 0;
    int issued = 0, done = 0;
    // The text lab streams without a pause until the last decode is requested: a generation that
    // ends (4096 tokens take a few seconds) is followed at once by the next, as a user would.
    std::function<void()> startGeneration = [&] {
        services::TextGenerationRequest g;
        g.prompt = QStringLiteral("ROMEO:\n");
        g.sampling.maxTokens = kMaxTokens;
        g.sampling.seed = quint64(3 + phase.generations);
        generation = text.generate(g);
        ++phase.generations;
        QObject::connect(generation, &services::Job::partialResult, [&partials] { ++partials; });
        QObject::connect(generation, &services::Job::finished, [&](services::JobState state) {
            if (state == services::JobState::Succeeded && issued < kDecodes)
                startGeneration();
        });
    };
    startGeneration();
    if (!bench::waitUntil([&] { return partials > 0; }, 60000))
        throw std::runtime_error("the generation streamed no token within a minute");

    QElapsedTimer clock;
    clock.start();
    const long partialsAtStart = partials;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(kIntervalMs);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        if (issued >= kDecodes)
            return;
        const qint64 requestedNs = clock.nsecsElapsed();
        services::Job *decode = latent.decode(latentAt(issued), QStringLiteral("bench.%1").arg(issued));
        ++issued;
        QObject::connect(decode, &services::Job::finished, [&, requestedNs](services::JobState state) {
            ++done;
            if (state == services::JobState::Succeeded)
                phase.latencyMs.push_back(double(clock.nsecsElapsed() - requestedNs) / 1e6);
            else
                ++phase.failed;
        });
    });
    tick.start();
    bench::waitUntil([&] { return issued >= kDecodes; }, kDecodes * kIntervalMs * 10);
    tick.stop();
    phase.partialsInWindow = partials - partialsAtStart;
    // On a shared lane the last decodes wait for the running generation to end.
    if (!bench::waitUntil([&] { return done >= issued; }, 600000))
        throw std::runtime_error("the decodes did not finish within 10 minutes");
    phase.windowMs = clock.elapsed();
    text.stopGeneration();
    if (generation)
        generation->cancel();
    bench::waitUntil([&] { return !generation || generation->isFinished(); }, 30000);
    jobs.shutdown(5000);
    if (phase.latencyMs.empty())
        throw std::runtime_error("no decode succeeded");
    return phase;
}

bench::Result summary(const char *name, const Phase &phase, const engine::ThreadBudget &budget)
{
    bench::Result r = bench::latencyResult(name, phase.latencyMs, 95);
    r.extra["decodes"] = std::to_string(phase.latencyMs.size()) + " every " + std::to_string(kIntervalMs) + " ms";
    r.extra["decodes_failed"] = std::to_string(phase.failed);
    r.extra["window_ms"] = std::to_string(phase.windowMs);
    r.extra["token_batches_streamed_meanwhile"] = std::to_string(phase.partialsInWindow);
    r.extra["generations"] = std::to_string(phase.generations) + " (up to " + std::to_string(kMaxTokens) + " tokens each)";
    r.extra["target_ms"] = "<= 16";
    r.extra["models"] = "vae-digits-16d + the shipped language model, real LatentService + TextService";
    r.extra["threads_interactive_per_lane"] = std::to_string(budget.interactive);
    r.extra["cores"] = std::to_string(budget.cores);
    return r;
}

void crossLab(bench::Reporter &reporter)
{
    if (services::shippedModelPath(QString::fromLatin1(services::latent::kShipped16d)).isEmpty())
        throw std::runtime_error("the shipped latent model is missing (resources/models)");
    if (services::shippedModelPath(QString::fromLatin1(services::kShippedTextModel)).isEmpty())
        throw std::runtime_error("the shipped language model is missing (resources/models)");
    const engine::ThreadBudget budget = engine::planThreadBudget();
    const Phase ownLanes = measure(/*lanePerLab=*/true, budget);
    const Phase sharedLane = measure(/*lanePerLab=*/false, budget);

    bench::Result own = summary("jobs.cross_lab.p95_ms", ownLanes, budget);
    own.extra["lanes"] = "one interactive lane per lab (\"latent\", \"text\")";
    std::vector<double> copy = sharedLane.latencyMs;
    own.extra["same_lane_p95_ms"] = std::to_string(bench::percentile(copy, 95));
    reporter.report(own);

    bench::Result shared = summary("jobs.cross_lab.same_lane_p95_ms", sharedLane, budget);
    shared.extra["lanes"] = "one interactive lane for every lab (lanePerLab = false, as before)";
    reporter.report(shared);
}

} // namespace

GENLAB_BENCHMARK("jobs.cross_lab", crossLab);
