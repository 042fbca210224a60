// Job-engine overhead and GUI event-loop latency while jobs run.
//  jobs.roundtrip_us:   submit -> finished signal on the GUI thread, empty job, median
//  eventloop.p50_ms / p99_ms / max_ms: lateness of a 4 ms GUI timer while a training-like job and
//    an export-like job compute and stream metrics, and interactive requests (latest wins) arrive
//    every 16 ms, as a slider drag would send them.
#include "benchmark.h"

#include "engine/runtime/compute.h"
#include "engine/train/events.h"
#include "services/jobmanager.h"
#include "services/studiojobs.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <atomic>
#include <cmath>

using namespace genlab;
using services::JobManager;
using services::JobRequest;
using services::Lane;

namespace {

void roundTrip(bench::Reporter &reporter)
{
    JobManager manager(services::studioJobOptions());
    std::vector<double> samples;
    for (int i = 0; i < 2000; ++i) {
        QElapsedTimer t;
        t.start();
        JobRequest r;
        r.title = QStringLiteral("empty");
        r.lane = Lane::Interactive;
        r.hidden = true;
        r.work = [](const engine::RunContext &) { return QVariant(); };
        services::Job *job = manager.submit(std::move(r));
        QEventLoop loop;
        QObject::connect(job, &services::Job::finished, &loop, &QEventLoop::quit);
        if (!job->isFinished())
            loop.exec();
        samples.push_back(double(t.nsecsElapsed()) / 1000.0);
    }
    bench::Result r;
    r.name = "jobs.roundtrip_us";
    r.value = bench::percentile(samples, 50);
    r.unit = "us";
    r.extra["p99_us"] = std::to_string(bench::percentile(samples, 99));
    r.extra["jobs"] = "2000";
    reporter.report(r);
}

// CPU-bound work that checks its stop token often, as training steps do.
double burn(int n)
{
    double acc = 0;
    for (int i = 0; i < n; ++i)
        acc += std::sin(acc + i) * 1e-9;
    return acc;
}

void eventLoopUnderLoad(bench::Reporter &reporter)
{
    JobManager manager(services::studioJobOptions());
    std::atomic<long> trainingSteps{0}, interactiveRuns{0};
    auto trainingLike = [&](const engine::RunContext &ctx) -> QVariant {
        for (long step = 0;; ++step) {
            ctx.checkpoint();
            const double gflops = engine::measureMatmulGflops(engine::resolveDevice({}), 192, 1);
            genlab::engine::train::Metrics m;
            m.step = step;
            m.scalars = {{"loss", 1.0 / (1 + step)}, {"gflops", gflops}};
            genlab::engine::train::report(ctx, m);
            ctx.progress(double(step % 1000) / 1000.0, "training");
            ++trainingSteps;
        }
    };
    JobRequest train;
    train.title = QStringLiteral("training-like");
    train.lane = Lane::Training;
    train.pausable = true;
    train.work = trainingLike;
    manager.submit(train);
    JobRequest exportLike;
    exportLike.title = QStringLiteral("export-like");
    exportLike.lane = Lane::IO;
    exportLike.work = [&](const engine::RunContext &ctx) -> QVariant {
        for (long i = 0;; ++i) {
            ctx.checkpoint();
            burn(200000);
            ctx.progress(double(i % 100) / 100.0, "encoding");
        }
    };
    manager.submit(exportLike);

    long partials = 0;
    for (services::Job *job : manager.jobs())
        QObject::connect(job, &services::Job::partialResult, job, [&partials](const engine::Partial &) { ++partials; });

    // Interactive requests every 16 ms, latest wins, as a dragged slider sends them.
    QTimer slider;
    slider.setInterval(16);
    QObject::connect(&slider, &QTimer::timeout, [&] {
        JobRequest r;
        r.title = QStringLiteral("decode");
        r.lane = Lane::Interactive;
        r.coalesceKey = QStringLiteral("slider");
        r.hidden = true;
        r.work = [&](const engine::RunContext &) {
            burn(100000);
            ++interactiveRuns;
            return QVariant(1);
        };
        manager.submit(std::move(r));
    });
    slider.start();

    const std::vector<double> lateness = bench::measureEventLoopLateness(6000);
    slider.stop();
    manager.shutdown(2000);

    auto report = [&](const char *name, double value) {
        bench::Result r;
        r.name = name;
        r.value = value;
        r.unit = "ms";
        r.extra["load"] = "1 training-like job (matmul steps streaming metrics), 1 export-like job, "
                          "interactive latest-wins requests every 16 ms";
        r.extra["training_steps"] = std::to_string(trainingSteps.load());
        r.extra["interactive_runs"] = std::to_string(interactiveRuns.load());
        r.extra["partials_received"] = std::to_string(partials);
        r.extra["samples"] = std::to_string(lateness.size());
        reporter.report(r);
    };
    std::vector<double> copy = lateness;
    report("eventloop.p50_ms", bench::percentile(copy, 50));
    report("eventloop.p99_ms", bench::percentile(copy, 99));
    report("eventloop.max_ms", *std::max_element(lateness.begin(), lateness.end()));
}

} // namespace

GENLAB_BENCHMARK("jobs", roundTrip);
GENLAB_BENCHMARK("eventloop", eventLoopUnderLoad);
