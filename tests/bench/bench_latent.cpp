// genlab-bench latent: the latent lab's speed on this machine (CPU, 28x28, latent 16).
//   latent.drag_decode.p95_ms     one latent -> display pixels, as a slider drag asks for them
//   latent.strip64_ms             a 64-frame interpolation strip: path + batch decode + images
//   latent.train_images_per_s     training throughput at batch 64, against python3-torch
#include "benchmark.h"

#include "engine/runtime/compute.h"
#include "engine/train/events.h"
#include "engine/vae/latentmath.h"
#include "engine/vae/latentmodel.h"
#include "engine/vae/training.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <chrono>
#include <cmath>
#include <random>
#include <thread>

using namespace genlab::engine;
using namespace genlab::engine::vae;

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point t0)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

VaeConfig benchConfig()
{
    VaeConfig c; // 28x28x1, latent 16, base width 32, Bernoulli
    c.latentDim = 16;
    return c;
}

void dragDecode(genlab::bench::Reporter &r)
{
    const ThreadBudget budget = planThreadBudget();
    configureWorkerThread(budget.interactive);
    auto model = LatentModel::create(benchConfig(), 1);
    std::vector<float> z(16, 0.f);
    std::mt19937 rng(3);
    std::normal_distribution<float> n(0.f, 1.f);
    for (auto &v : z)
        v = n(rng);
    for (int i = 0; i < 30; ++i)
        (void)model.decodeImage(z);
    std::vector<double> ms;
    const int reps = 500;
    for (int i = 0; i < reps; ++i) {
        // A slider drag: one dimension moves a little each event.
        z[std::size_t(i % 16)] += 0.01f * float((i % 7) - 3);
        auto t0 = Clock::now();
        Image img = model.decodeImage(z);
        ms.push_back(msSince(t0));
        if (img.pixels.empty())
            throw std::runtime_error("empty decode");
    }
    std::vector<double> copy = ms;
    genlab::bench::Result res;
    res.name = "latent.drag_decode.p95_ms";
    res.value = genlab::bench::percentile(ms, 95);
    res.unit = "ms";
    res.extra["p50_ms"] = std::to_string(genlab::bench::percentile(copy, 50));
    res.extra["threads"] = std::to_string(budget.interactive);
    res.extra["repetitions"] = std::to_string(reps);
    res.extra["model"] = "conv-vae 28x28x1 latent 16 (random weights)";
    r.report(res);
}

void strip64(genlab::bench::Reporter &r)
{
    const ThreadBudget budget = planThreadBudget();
    configureWorkerThread(budget.interactive);
    auto model = LatentModel::create(benchConfig(), 1);
    std::mt19937 rng(4);
    std::normal_distribution<float> n(0.f, 1.f);
    Latent a(16), b(16);
    for (auto &v : a)
        v = n(rng);
    for (auto &v : b)
        v = n(rng);
    auto once = [&] {
        auto path = interpolatePath({a, b}, 64, PathMethod::Slerp);
        auto images = model.decodeImages(flatten(path));
        if (images.size() != 64)
            throw std::runtime_error("strip has the wrong length");
    };
    for (int i = 0; i < 3; ++i)
        once();
    std::vector<double> ms;
    for (int i = 0; i < 30; ++i) {
        auto t0 = Clock::now();
        once();
        ms.push_back(msSince(t0));
    }
    genlab::bench::Result res;
    res.name = "latent.strip64_ms";
    res.value = genlab::bench::percentile(ms, 50);
    res.unit = "ms";
    res.extra["threads"] = std::to_string(budget.interactive);
    res.extra["method"] = "slerp";
    r.report(res);
}

// Images per second of the real training job (train(), with its metrics partials) over steps
// warmup+1..warmup+steps, timed from the partials it reports.
double oursTrainImagesPerSecond(int threads, int warmup, int steps)
{
    configureWorkerThread(threads);
    auto model = LatentModel::create(benchConfig(), 1);
    TrainOptions o;
    std::mt19937 rng(5);
    std::uniform_real_distribution<float> u(0.f, 1.f);
    o.images.resize(2048);
    for (auto &img : o.images) {
        img.width = img.height = 28;
        img.channels = 1;
        img.values.resize(784);
        for (auto &v : img.values)
            v = u(rng);
    }
    o.steps = warmup + steps;
    o.batchSize = 64;
    o.previewEvery = 0;
    Clock::time_point start;
    RunContext ctx;
    ctx.onPartial = [&](Partial &&p) {
        if (genlab::engine::train::Metrics::decode(p) && p.step == warmup)
            start = Clock::now();
    };
    vae::train(model, o, ctx); // not engine::train, the training kit's namespace
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    return 64.0 * steps / seconds;
}

void trainSpeed(genlab::bench::Reporter &r)
{
    // All cores, as `genlab train` uses them; GENLAB_BENCH_THREADS overrides (both sides).
    int threads = std::max(1, int(std::thread::hardware_concurrency()));
    if (const int env = qEnvironmentVariableIntValue("GENLAB_BENCH_THREADS"); env > 0)
        threads = env;
    const int warmup = 10, steps = 60;
    std::string script;
    {
        QFile f(QStringLiteral(GENLAB_SOURCE_DIR "/scripts/bench_latent_peer.py"));
        if (f.open(QIODevice::ReadOnly))
            script = f.readAll().toStdString();
    }
    // Alternate ours and the peer so a burst of other load on the machine hits both; keep each
    // side's best round.
    double ours = 0, peer = 0;
    std::string why, peerDetail;
    bool peerOk = !script.empty();
    if (script.empty())
        why = "scripts/bench_latent_peer.py not found";
    for (int round = 0; round < 2; ++round) {
        ours = std::max(ours, oursTrainImagesPerSecond(threads, warmup, steps));
        if (!peerOk)
            continue;
        auto out = genlab::bench::runPythonPeer(script,
                                                {"--threads", std::to_string(threads), "--batch", "64", "--steps",
                                                 std::to_string(steps), "--warmup", std::to_string(warmup)},
                                                &why);
        if (!out) {
            peerOk = false;
            continue;
        }
        auto doc = QJsonDocument::fromJson(QByteArray::fromStdString(*out).trimmed());
        const double v = doc.object().value(QStringLiteral("images_per_s")).toDouble();
        if (v > peer) {
            peer = v;
            peerDetail = QString::fromUtf8(doc.toJson(QJsonDocument::Compact)).toStdString();
        }
    }
    genlab::bench::Result res;
    res.name = "latent.train_images_per_s";
    res.value = ours;
    res.unit = "images/s";
    res.extra["threads"] = std::to_string(threads);
    res.extra["batch"] = "64";
    res.extra["model"] = "conv-vae 28x28x1 latent 16 base 32, Adam, BCE";
    if (peerOk && peer > 0) {
        res.peer = "python3-torch (Debian), best of contiguous and channels_last";
        res.peerValue = peer;
        res.ratio = ours / peer;
        res.extra["peer_detail"] = peerDetail;
    } else {
        res.note = "no peer: " + why;
    }
    r.report(res);
}

} // namespace

GENLAB_BENCHMARK("latent.drag_decode", dragDecode);
GENLAB_BENCHMARK("latent.strip64", strip64);
GENLAB_BENCHMARK("latent.train", trainSpeed);
