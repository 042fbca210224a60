// scale.*: what data-parallel training costs on this machine (engine/train/distributed.h).
//  - scale.step_overhead: the diffusion trainer's step time in 2 processes (1 thread each) over its
//    step time in 1 process (2 threads), the same global batch and seed: the cores are the same, so
//    the ratio is what splitting the batch and averaging the gradients costs (1.0: nothing; below
//    1: the split runs better than one process's threads). Interleaved rounds, medians.
//  - scale.allreduce_ms_per_mb: one all-reduce of 4 MB of float32 between 2 local processes (Gloo
//    over loopback), per MB; the peer is torch.distributed (Gloo) from Debian's python3-torch on the
//    same size in the same run (ratio = peer / ours: > 1 means ours is faster).
// The measuring processes are this binary again ("scale.worker", told what to do by the
// environment), so each rank is a real process with its own LibTorch.
#include "benchmark.h"

#include "engine/base/runcontext.h"
#include "engine/diffusion/diffusionmodel.h"
#include "engine/diffusion/training.h"
#include "engine/runtime/compute.h"
#include "engine/train/distributed.h"
#include "engine/train/events.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>


#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

namespace ed = genlab::engine::diffusion;
namespace et = genlab::engine::train;
using ScaleClock = std::chrono::steady_clock;

constexpr const char *kWorkerVariable = "GENLAB_BENCH_SCALE_WORKER";
constexpr int kScaleBatch = 32;
constexpr int kScaleWarmupSteps = 3;
constexpr int kScaleTimedSteps = 12;
constexpr std::int64_t kAllReduceBytes = 4 << 20;
constexpr int kAllReduceRepeats = 30;

// A rank: the diffusion trainer (a 28x28 UNet of base width 32) for warm-up + timed steps, timed from its step reports; rank 0 prints the ms per step.
void workerTrain(int threads)
{
    genlab::engine::configureWorkerThread(threads);
    ed::DiffusionConfig c; // 28x28x1, base 32: the shipped model's shape
    c.conditional = false;
    ed::TrainOptions o;
    o.dataset = "procedural-digits";
    o.steps = kScaleWarmupSteps + kScaleTimedSteps;
    o.batchSize = kScaleBatch;
    o.previewEvery = 0;
    o.checkpointEvery = 0;
    o.evalEvery = 0;
    o.evalImages = 0;
    o.threads = threads;
    ScaleClock::time_point start, end;
    genlab::engine::RunContext ctx;
    ctx.onPartial = [&](genlab::engine::Partial &&p) {
        auto m = et::Metrics::decode(p);
        if (!m || m->evaluation)
            return;
        if (m->step == kScaleWarmupSteps)
            start = ScaleClock::now();
        if (m->step == kScaleWarmupSteps + kScaleTimedSteps)
            end = ScaleClock::now();
    };
    ed::DiffusionModel model = ed::DiffusionModel::create(c, 1);
    ed::train(model, o, ctx);
    if (et::isLeadRank())
        std::printf("{\"step_ms\": %.4f}\n", std::chrono::duration<double, std::milli>(end - start).count() / kScaleTimedSteps);
}

void workerAllReduce()
{
    const double ms = et::measureAllReduceMs(kAllReduceBytes, kAllReduceRepeats);
    if (et::isLeadRank())
        std::printf("{\"allreduce_ms\": %.4f}\n", ms);
}

// The worker benchmark: does nothing unless this process was started as a rank.
void scaleWorker(genlab::bench::Reporter &)
{
    const char *mode = std::getenv(kWorkerVariable);
    if (!mode)
        return;
    const int threads = std::max(1, std::atoi(std::getenv("GENLAB_BENCH_SCALE_THREADS") ? std::getenv("GENLAB_BENCH_SCALE_THREADS") : "1"));
    if (auto env = et::distributedFromEnvironment())
        et::joinGroup(*env);
    if (std::string(mode) == "train")
        workerTrain(threads);
    else
        workerAllReduce();
    et::leaveGroup();
    std::fflush(stdout);
}

// Starts `ranks` workers (1: no group) and returns rank 0's JSON line; empty on failure (*why says).
QJsonObject runRanks(const char *mode, int ranks, int threadsEach, std::string *why)
{
    const int port = et::freeLocalPort();
    std::vector<std::unique_ptr<QProcess>> procs;
    for (int rank = 0; rank < ranks; ++rank) {
        auto p = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kWorkerVariable), QString::fromLatin1(mode));
        env.insert(QStringLiteral("GENLAB_BENCH_SCALE_THREADS"), QString::number(threadsEach));
        env.insert(QStringLiteral("OMP_NUM_THREADS"), QString::number(threadsEach));
        if (ranks > 1) {
            env.insert(QStringLiteral("WORLD_SIZE"), QString::number(ranks));
            env.insert(QStringLiteral("RANK"), QString::number(rank));
            env.insert(QStringLiteral("MASTER_ADDR"), QStringLiteral("127.0.0.1"));
            env.insert(QStringLiteral("MASTER_PORT"), QString::number(port));
        } else {
            env.remove(QStringLiteral("WORLD_SIZE"));
        }
        p->setProcessEnvironment(env);
        p->start(QCoreApplication::applicationFilePath(), {QStringLiteral("scale.worker")});
        procs.push_back(std::move(p));
    }
    QJsonObject result;
    for (std::size_t i = 0; i < procs.size(); ++i) {
        QProcess &p = *procs[i];
        if (!p.waitForFinished(600000) || p.exitCode() != 0) {
            *why = "rank " + std::to_string(i) + " failed: " + p.readAllStandardError().right(300).toStdString();
            for (auto &q : procs) {
                q->kill();
                q->waitForFinished();
            }
            return {};
        }
        if (i == 0) {
            for (const QByteArray &line : p.readAllStandardOutput().split('\n'))
                if (line.startsWith('{'))
                    result = QJsonDocument::fromJson(line).object();
        }
    }
    return result;
}

// One rank of the peer: argv rank, port, bytes, repeats; rank 0 prints the ms per all-reduce.
const char *kAllReducePeer = R"PY(
import sys, time
import torch, torch.distributed as dist
rank, port, nbytes, repeats = (int(a) for a in sys.argv[1:5])
torch.set_num_threads(1)
dist.init_process_group("gloo", init_method="tcp://127.0.0.1:%d" % port, rank=rank, world_size=2)
t = torch.ones(nbytes // 4)
for _ in range(2):
    dist.all_reduce(t)
t0 = time.perf_counter()
for _ in range(repeats):
    dist.all_reduce(t)
ms = (time.perf_counter() - t0) * 1000 / repeats
if rank == 0:
    print(ms)
dist.destroy_process_group()
)PY";

// The peer's two ranks as two Debian python3 processes; 0 with *why set when it cannot run.
double peerAllReduceMs(std::string *why)
{
    const QString port = QString::number(et::freeLocalPort());
    QProcess ranks[2];
    for (int rank = 0; rank < 2; ++rank)
        ranks[rank].start(QStringLiteral("/usr/bin/python3"),
                          {QStringLiteral("-c"), QString::fromLatin1(kAllReducePeer), QString::number(rank), port,
                           QString::number(kAllReduceBytes), QString::number(kAllReduceRepeats)});
    double ms = 0;
    for (int rank = 0; rank < 2; ++rank) {
        QProcess &p = ranks[rank];
        if (!p.waitForFinished(120000) || p.exitCode() != 0) {
            *why = "the python3-torch peer failed: " + p.readAllStandardError().right(300).toStdString();
            ranks[0].kill();
            ranks[1].kill();
            ranks[0].waitForFinished();
            ranks[1].waitForFinished();
            return 0;
        }
        if (rank == 0)
            ms = p.readAllStandardOutput().trimmed().toDouble();
    }
    return ms;
}

void scale(genlab::bench::Reporter &r)
{
    if (std::getenv(kWorkerVariable))
        return; // a worker runs scale.worker only
    // Step time: 1 process x 2 threads against 2 processes x 1 thread, interleaved.
    std::vector<double> one, two;
    std::string why;
    for (int round = 0; round < 3; ++round) {
        const QJsonObject a = runRanks("train", 1, 2, &why);
        const QJsonObject b = runRanks("train", 2, 1, &why);
        if (a.isEmpty() || b.isEmpty())
            break;
        one.push_back(a.value(QStringLiteral("step_ms")).toDouble());
        two.push_back(b.value(QStringLiteral("step_ms")).toDouble());
    }
    if (!one.empty() && !two.empty()) {
        genlab::bench::Result res;
        res.name = "scale.step_overhead";
        res.value = genlab::bench::percentile(two, 50) / genlab::bench::percentile(one, 50);
        res.unit = "ratio";
        res.extra = {{"model", "diffusion UNet 28x28, base 32"},
                     {"global_batch", std::to_string(kScaleBatch)},
                     {"one_process_ms_per_step", std::to_string(genlab::bench::percentile(one, 50))},
                     {"two_process_ms_per_step", std::to_string(genlab::bench::percentile(two, 50))},
                     {"layout", "1 process x 2 threads vs 2 processes x 1 thread"},
                     {"rounds", std::to_string(one.size())}};
        r.report(res);
    } else {
        std::fprintf(stderr, "genlab-bench: scale.step_overhead: %s\n", why.c_str());
    }

    std::vector<double> ours;
    for (int round = 0; round < 3; ++round) {
        const QJsonObject a = runRanks("allreduce", 2, 1, &why);
        if (a.isEmpty())
            break;
        ours.push_back(a.value(QStringLiteral("allreduce_ms")).toDouble());
    }
    if (ours.empty()) {
        std::fprintf(stderr, "genlab-bench: scale.allreduce_ms_per_mb: %s\n", why.c_str());
        return;
    }
    const double mb = double(kAllReduceBytes) / (1 << 20);
    genlab::bench::Result res;
    res.name = "scale.allreduce_ms_per_mb";
    res.value = genlab::bench::percentile(ours, 50) / mb;
    res.unit = "ms/MB";
    res.extra = {{"bytes", std::to_string(kAllReduceBytes)}, {"processes", "2"}, {"backend", "gloo, loopback"}};
    std::string peerWhy;
    std::vector<double> peer;
    for (int round = 0; round < 3; ++round) {
        const double ms = peerAllReduceMs(&peerWhy);
        if (ms <= 0)
            break;
        peer.push_back(ms);
    }
    if (!peer.empty() && genlab::bench::percentile(peer, 50) > 0) {
        res.peer = "python3-torch torch.distributed (gloo)";
        res.peerValue = genlab::bench::percentile(peer, 50) / mb;
        res.ratio = *res.peerValue / res.value;
    } else {
        res.note = peerWhy;
    }
    r.report(res);
}

} // namespace

GENLAB_BENCHMARK("scale", scale);
GENLAB_BENCHMARK("scale.worker", scaleWorker);
