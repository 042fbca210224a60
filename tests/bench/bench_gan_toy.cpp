// genlab-bench gan: the GAN lab's 2-D toy on this machine (CPU, one thread, the default sizes:
// G and D 2 x 64, noise 2, batch 128, non-saturating loss, Adam, k = 1, ring).
//   gan.toy_updates_per_s      full steps (one D + one G update) per second while the views are
//                              refreshed 20 times per second of wall time (a snapshot with real and
//                              fake points, a 48x48 heat map, the arrows, a 21x21 manifold, KL/JS and
//                              coverage), all on the calling thread; target >= 60
//   gan.toy_snapshot.p95_ms    one such snapshot
//   gan.toy_headless_updates_per_s  full steps per second with no snapshots
#include "benchmark.h"

#include "engine/gan/toygan.h"
#include "engine/runtime/compute.h"

#include <chrono>

using namespace genlab::engine;
using namespace genlab::engine::gan;

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point t0)
{
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

void toyUpdates(genlab::bench::Reporter &r)
{
    configureWorkerThread(1);
    const ToyConfig config; // the defaults
    const ToySettings settings;
    ViewRequest view;       // 512 real and fake points, 48x48 heat map, arrows, 21x21 manifold, divergences
    view.heatmapSize = 48;

    // Headless first (also warms up the allocator and the kernels).
    auto headless = ToyGan::create(config, 1);
    headless.setSettings(settings);
    for (int i = 0; i < 50; ++i)
        headless.step();
    const auto h0 = Clock::now();
    int headlessSteps = 0;
    while (secondsSince(h0) < 2.0) {
        headless.step();
        ++headlessSteps;
    }
    const double headlessRate = headlessSteps / secondsSince(h0);

    auto gan = ToyGan::create(config, 1);
    gan.setSettings(settings);
    for (int i = 0; i < 20; ++i) {
        gan.step();
        (void)gan.snapshot(view);
    }
    const double runSeconds = 4.0, snapshotInterval = 1.0 / 20;
    std::vector<double> snapshotMs;
    int steps = 0;
    const auto t0 = Clock::now();
    double nextSnapshot = 0;
    for (double now = 0; now < runSeconds; now = secondsSince(t0)) {
        if (now >= nextSnapshot) {
            const auto s0 = Clock::now();
            const ToySnapshot snap = gan.snapshot(view);
            snapshotMs.push_back(secondsSince(s0) * 1000);
            (void)snap;
            nextSnapshot += snapshotInterval;
        } else {
            gan.step();
            ++steps;
        }
    }
    const double elapsed = secondsSince(t0);

    genlab::bench::Result res;
    res.name = "gan.toy_updates_per_s";
    res.value = steps / elapsed;
    res.unit = "steps/s";
    res.extra["target"] = ">= 60";
    res.extra["snapshots_per_s"] = std::to_string(double(snapshotMs.size()) / elapsed);
    res.extra["threads"] = "1";
    res.extra["model"] = "G 2x64 relu, D 2x64 leaky-relu, noise 2, batch 128, non-saturating, Adam, k 1, ring";
    r.report(res);

    genlab::bench::Result snap;
    snap.name = "gan.toy_snapshot.p95_ms";
    std::vector<double> copy = snapshotMs;
    snap.value = genlab::bench::percentile(copy, 95);
    snap.unit = "ms";
    snap.extra["p50_ms"] = std::to_string(genlab::bench::percentile(copy, 50));
    snap.extra["view"] = "512 real + 512 fake points, arrows, 48x48 heat map, 21x21 manifold, KL/JS/coverage";
    r.report(snap);

    genlab::bench::Result head;
    head.name = "gan.toy_headless_updates_per_s";
    head.value = headlessRate;
    head.unit = "steps/s";
    head.extra["threads"] = "1";
    r.report(head);
}

} // namespace

GENLAB_BENCHMARK("gan.toy", toyUpdates);
