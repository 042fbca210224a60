// genlab-bench diffusion.eventloop: the GUI event loop while the Diffusion lab's Sample page samples
// with the shipped model (DiffusionService on the lab's own interactive lane), DDIM 200 steps with
// guidance 3, every step streamed into the page (x_t and x̂_0 painted, the scrubber, the schedule
// strip's cursor and the trajectory following the newest step); a new run starts as soon as one
// ends, for the whole measurement.
//   diffusion.eventloop.p99_ms   lateness of a 4 ms GUI timer, 99th percentile (target < 16 ms);
//                                extra: p50, max, the steps that arrived per second and the runs
// Until resources/models/diffusion-digits is shipped, a fresh model of its configuration (random
// weights sample at the same speed), saved to a temporary folder and loaded by the lab.
#include "benchmark.h"
#include "latencyresult.h"

#ifdef GENLAB_WITH_WIDGETS

#include "engine/diffusion/diffusionmodel.h"
#include "engine/runtime/compute.h"
#include "services/diffusion/diffusionservice.h"
#include "services/job.h"
#include "services/jobmanager.h"
#include "services/studiojobs.h"
#include "widgets/diffusionlab/diffusionlab.h"
#include "widgets/diffusionlab/samplingpage.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTabWidget>
#include <QTemporaryDir>

#include <algorithm>
#include <filesystem>
#include <stdexcept>

using namespace genlab;
namespace ed = engine::diffusion;

namespace {

constexpr int kSteps = 200;
constexpr int kMeasureMs = 6000;

void diffusionEventLoop(bench::Reporter &reporter)
{
    // The shipped model, or a fresh one of its configuration in a temporary folder.
    const QString shipped = QStringLiteral(GENLAB_SOURCE_DIR "/resources/models/") +
                            QString::fromUtf8(services::diffusion::kShippedModel);
    const bool haveShipped = QDir(shipped).exists(QStringLiteral("config.json"));
    QTemporaryDir scratch;
    QString modelFolder = QString::fromUtf8(services::diffusion::kShippedModel);
    std::string origin = "resources/models/diffusion-digits";
    if (!haveShipped) {
        ed::DiffusionModel fresh = ed::DiffusionModel::create(ed::DiffusionConfig{}, 1);
        modelFolder = scratch.filePath(QStringLiteral("diffusion"));
        fresh.save(modelFolder.toStdString(), fresh.info(), false);
        origin = "a fresh model of the shipped configuration, random weights (diffusion-digits not shipped yet): " +
                 fresh.config().describe();
    }

    services::JobManager jobs(services::studioJobOptions());
    auto *service = new services::DiffusionService(&jobs, engine::resolveDevice({}));
    auto *lab = new widgets::diffusionlab::DiffusionLab(service);
    service->setParent(lab);
    lab->resize(1400, 860);
    lab->show();
    lab->activated();
    if (!haveShipped)
        lab->loadModel(modelFolder);
    if (!bench::waitUntil([&] { return lab->isReady() && lab->hasModel() && !lab->isLoading(); }, 120000))
        throw std::runtime_error("the Diffusion lab did not get ready: " + lab->messageText().toStdString());
    widgets::diffusionlab::SamplingPage *page = lab->samplingPage();
    lab->tabs()->setCurrentWidget(page);
    // The opening sample the page starts on its own, finished before the measurement.
    bench::waitUntil([&] { return !page->isBusy(); }, 120000);

    ed::SamplerSettings settings = page->settings();
    settings.kind = ed::SamplerKind::Ddim;
    settings.steps = kSteps;
    settings.eta = 0;
    settings.classLabel = lab->model().config.conditional ? 7 : -1;
    settings.guidance = lab->model().config.conditional ? 3 : 1;
    page->setSettings(settings);

    long streamed = 0;
    int runs = 0;
    QString refused; // why the page did not sample (no exception through the event loop)
    auto start = [&] {
        services::Job *job = page->sample();
        if (!job) {
            refused = page->statusText();
            return false;
        }
        ++runs;
        QObject::connect(job, &services::Job::partialResult, [&streamed](const engine::Partial &p) {
            if (services::DenoisingStepEvent::decode(p))
                ++streamed;
        });
        return true;
    };
    if (!start())
        throw std::runtime_error("the Sample page did not sample: " + refused.toStdString());
    bench::waitUntil([&] { return streamed > 10; }, 60000); // warm
    const long streamedFrom = streamed;
    const int runsFrom = runs;
    QElapsedTimer clock;
    clock.start();
    std::size_t ticks = 0;
    std::vector<std::size_t> runEnds; // the tick that saw a run finished
    std::vector<double> lateness = bench::measureEventLoopLateness(kMeasureMs, [&] {
        ++ticks;
        if (page->isSampling())
            return false;
        runEnds.push_back(ticks - 1);
        return !start();
    });
    const double seconds = double(clock.elapsed()) / 1000.0;
    const long streamedDuring = streamed - streamedFrom;
    const int runsDuring = runs - runsFrom;
    page->stop();
    bench::waitUntil([&] { return !page->isBusy(); }, 30000);
    delete lab;
    jobs.shutdown(5000);
    if (!refused.isEmpty())
        throw std::runtime_error("the Sample page stopped sampling: " + refused.toStdString());

    // Lateness around the end of a run (the finished run's every step taken over by the page)
    // against the rest (the steps streaming in).
    std::vector<bool> nearEnd(lateness.size(), false);
    for (std::size_t end : runEnds)
        for (std::size_t i = end >= 3 ? end - 3 : 0; i < std::min(lateness.size(), end + 4); ++i)
            nearEnd[i] = true;
    double maxNearEnd = 0, maxStreaming = 0;
    for (std::size_t i = 0; i < lateness.size(); ++i)
        (nearEnd[i] ? maxNearEnd : maxStreaming) = std::max(nearEnd[i] ? maxNearEnd : maxStreaming, lateness[i]);

    bench::Result r = bench::latencyResult("diffusion.eventloop.p99_ms", lateness, 99);
    r.extra["max_ms_while_streaming"] = std::to_string(maxStreaming);
    r.extra["max_ms_at_run_ends"] = std::to_string(maxNearEnd);
    r.extra["steps_streamed_per_s"] = std::to_string(double(streamedDuring) / seconds);
    r.extra["runs_started"] = std::to_string(runsDuring);
    r.extra["sampler"] = settings.describe() + ", every step streamed";
    r.extra["model"] = origin;
    r.extra["target_ms"] = "< 16";
    r.extra["load"] = "the real DiffusionLab's Sample page sampling back to back (x_t and x̂_0 painted, scrubber, "
                      "schedule strip and trajectory following every step)";
    reporter.report(r);
}

} // namespace

GENLAB_BENCHMARK("diffusion.eventloop", diffusionEventLoop);

#endif
