// io.safetensors_load_mb_per_s: open a 500 MB F32 safetensors file and load every tensor into
// torch tensors the way models do (engine/tensorio), against Debian's python3-torch reading the
// same file with its own parser (mmap + torch.frombuffer + clone: the same one copy).
// The file is written once, read from the page cache, and removed afterwards.
#include "benchmark.h"

#include "engine/io/safetensors.h"
#include "engine/runtime/compute.h"
#include "engine/tensorio/tensorio.h"

#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double seconds(Clock::time_point a, Clock::time_point b) { return std::chrono::duration<double>(b - a).count(); }

const char *kPeerScript = R"PY(
import json, mmap, struct, sys, time
import torch
path, reps = sys.argv[1], int(sys.argv[2])
dtypes = {'F32': torch.float32, 'F16': torch.float16, 'BF16': torch.bfloat16, 'F64': torch.float64,
          'I64': torch.int64, 'I32': torch.int32, 'U8': torch.uint8}
best = float('inf')
for _ in range(reps):
    start = time.perf_counter()
    with open(path, 'rb') as f:
        mm = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_COPY)
    n = struct.unpack('<Q', mm[:8])[0]
    header = json.loads(mm[8:8 + n])
    tensors, total = {}, 0
    for name, info in header.items():
        if name == '__metadata__':
            continue
        b, e = info['data_offsets']
        dt = dtypes[info['dtype']]
        count = (e - b) // torch.empty(0, dtype=dt).element_size()
        t = torch.frombuffer(mm, dtype=dt, count=count, offset=8 + n + b).clone().reshape(info['shape'])
        tensors[name] = t
        total += e - b
    elapsed = time.perf_counter() - start
    best = min(best, elapsed)
    del tensors, t
    mm.close()
print(json.dumps({'seconds': best, 'bytes': total}))
)PY";

void benchSafetensorsLoad(genlab::bench::Reporter &reporter)
{
    using namespace genlab::engine;
    QTemporaryDir dir;
    if (!dir.isValid())
        throw std::runtime_error("cannot create a temporary folder");
    const std::string path = dir.filePath(QStringLiteral("bench-500mb.safetensors")).toStdString();

    // 50 tensors of 10 MB (model-sized matrices), 500 MB in all, sharing one source buffer.
    constexpr int kTensors = 50;
    constexpr std::int64_t kRows = 1280, kCols = 2048; // 10 MiB of F32 each
    std::vector<float> source(std::size_t(kRows * kCols));
    for (std::size_t i = 0; i < source.size(); ++i)
        source[i] = std::sin(float(i) * 1e-3f);
    std::vector<io::TensorToWrite> tensors;
    for (int i = 0; i < kTensors; ++i)
        tensors.push_back({"layers." + std::to_string(i) + ".weight", io::DType::F32, {kRows, kCols}, source.data(),
                           source.size() * sizeof(float)});
    io::writeSafetensors(path, tensors, {{"purpose", "benchmark"}});
    const double megabytes = double(kTensors) * double(source.size() * sizeof(float)) / 1e6;
    source = {};

    // As a headless command runs: every core for intra-op work (Python's torch does the same).
    const int threads = planThreadBudget().cli;
    configureWorkerThread(threads);

    constexpr int kReps = 3;
    // Ours, through tensorio into torch tensors.
    double best = INFINITY;
    std::uint64_t loadedBytes = 0;
    for (int r = 0; r < kReps; ++r) {
        auto t0 = Clock::now();
        TorchLoadSummary s = loadAllIntoTorch(path);
        auto t1 = Clock::now();
        best = std::min(best, seconds(t0, t1));
        loadedBytes = s.byteCount;
    }
    // Ours, into aligned float vectors (no torch).
    double bestVectors = INFINITY;
    for (int r = 0; r < kReps; ++r) {
        auto t0 = Clock::now();
        auto reader = io::SafetensorsReader::open(path);
        std::vector<std::vector<float>> all;
        for (const auto &t : reader.tensors())
            all.push_back(reader.readFloat32(t));
        auto t1 = Clock::now();
        bestVectors = std::min(bestVectors, seconds(t0, t1));
    }

    genlab::bench::Result result;
    result.name = "io.safetensors_load_mb_per_s";
    result.unit = "MB/s";
    result.value = megabytes / best;
    result.extra["file_mb"] = std::to_string(int(megabytes));
    result.extra["tensors"] = std::to_string(kTensors);
    result.extra["threads"] = std::to_string(threads);
    result.extra["loaded_bytes"] = std::to_string(loadedBytes);
    result.extra["path"] = "open + every tensor into torch tensors (tensorio), page cache warm, best of 3";
    result.extra["float_vectors_mb_per_s"] = std::to_string(int(megabytes / bestVectors));

    std::string why;
    auto out = genlab::bench::runPythonPeer(kPeerScript, {path, std::to_string(kReps)}, &why);
    result.peer = "python3-torch 1.13 (Debian), mmap + torch.frombuffer + clone";
    if (out) {
        auto pos = out->find("\"seconds\": ");
        double peerSeconds = pos == std::string::npos ? NAN : std::stod(out->substr(pos + 11));
        if (std::isfinite(peerSeconds) && peerSeconds > 0) {
            result.peerValue = megabytes / peerSeconds;
            result.ratio = result.value / *result.peerValue;
        } else {
            result.note = "could not read the Python peer's output: " + *out;
        }
    } else {
        result.note = "no Python peer: " + why;
    }
    reporter.report(std::move(result));
}

} // namespace

GENLAB_BENCHMARK("io.safetensors", benchSafetensorsLoad);
