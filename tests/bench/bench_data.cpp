// Data pipeline throughput: what a trainer gets from a BatchStream of handwritten digits brought to
// 28x28 (resize included: the first epoch resizes, later epochs read the adaptor's cache). Peer:
// python3-torch's DataLoader over the same 5,000 digits with F.interpolate per batch.

#include "benchmark.h"

#include "engine/data/batchstream.h"
#include "engine/data/digits.h"
#include "engine/data/procedural.h"

#include <QTemporaryDir>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <numeric>

namespace {

using namespace genlab::engine;
using namespace genlab::engine::data;
using Clock = std::chrono::steady_clock;

constexpr int kBatch = 64;
constexpr int kEpochs = 3;

// The peer reads the raw 20x20 digits we hand it, so both sides start from decoded pixels.
const char *kPeerScript = R"PY(
import sys, time
import numpy as np
import torch
import torch.nn.functional as F
from torch.utils.data import DataLoader, TensorDataset
torch.set_num_threads(1)
raw = np.fromfile(sys.argv[1], dtype=np.uint8)
n = raw.size // 400
images = torch.from_numpy(raw.reshape(n, 1, 20, 20).copy())
labels = torch.from_numpy(np.fromfile(sys.argv[2], dtype=np.int32).astype(np.int64))
epochs = int(sys.argv[3]); batch = int(sys.argv[4])
def collate(items):
    x = torch.stack([i[0] for i in items]).float().div_(255.0)
    x = F.interpolate(x, size=(28, 28), mode='bilinear', align_corners=False)
    return x, torch.stack([i[1] for i in items])
g = torch.Generator(); g.manual_seed(1)
loader = DataLoader(TensorDataset(images, labels), batch_size=batch, shuffle=True, num_workers=0,
                    collate_fn=collate, generator=g)
t0 = time.perf_counter(); seen = 0; check = 0.0
for _ in range(epochs):
    for x, y in loader:
        seen += x.shape[0]; check += float(x[0, 0, 14, 14])
print(seen / (time.perf_counter() - t0))
)PY";

void digitsBench(genlab::bench::Reporter &r)
{
    std::string error;
    std::shared_ptr<const ImageDataset> source = openDigitsDataset(&error);
    std::string note;
    if (!source) {
        ProceduralOptions o;
        o.width = 20;
        o.height = 20;
        o.count = 5000;
        source = makeProceduralDigits(o);
        note = "OpenCV's digits.png missing, measured on 5,000 procedural 20x20 digits instead. ";
    }
    const std::int64_t n = source->info().size;
    auto resized = std::make_shared<ResizedDataset>(source, 28, 28, 1);
    std::vector<std::int64_t> indices(static_cast<std::size_t>(n));
    std::iota(indices.begin(), indices.end(), std::int64_t(0));

    double checksum = 0;
    std::int64_t seen = 0;
    double firstEpochSeconds = 0;
    const auto t0 = Clock::now();
    {
        BatchStream stream(*resized, indices, kBatch, 1);
        const std::int64_t batches = stream.batchesPerEpoch() * kEpochs;
        for (std::int64_t b = 0; b < batches; ++b) {
            const ImageBatch batch = stream.next();
            seen += batch.count();
            checksum += batch.pixels[14 * 28 + 14];
            if (batch.lastInEpoch && batch.epoch == 0)
                firstEpochSeconds = std::chrono::duration<double>(Clock::now() - t0).count();
        }
    }
    const double seconds = std::chrono::duration<double>(Clock::now() - t0).count();
    const double ours = double(seen) / seconds;
    const double cold = double(n) / firstEpochSeconds;
    const double warm = double(seen - n) / (seconds - firstEpochSeconds);

    genlab::bench::Result res{.name = "data.digits_images_per_s", .value = ours, .unit = "images/s"};
    res.extra = {{"batch", std::to_string(kBatch)},
                 {"epochs", std::to_string(kEpochs)},
                 {"images", std::to_string(n)},
                 {"size", "20x20 -> 28x28 gray, bilinear"},
                 {"first_epoch_images_per_s", std::to_string(cold)},
                 {"cached_epochs_images_per_s", std::to_string(warm)},
                 {"checksum", std::to_string(checksum)}};

    // The peer gets the same pixels and labels as raw files.
    QTemporaryDir dir;
    const std::string imagesFile = dir.filePath(QStringLiteral("digits.u8")).toStdString();
    const std::string labelsFile = dir.filePath(QStringLiteral("labels.i32")).toStdString();
    {
        std::ofstream images(imagesFile, std::ios::binary), labels(labelsFile, std::ios::binary);
        for (std::int64_t i = 0; i < n; ++i) {
            const Image img = source->image(i);
            images.write(reinterpret_cast<const char *>(img.pixels.data()), std::streamsize(img.pixels.size()));
            const std::int32_t l = source->label(i);
            labels.write(reinterpret_cast<const char *>(&l), sizeof l);
        }
    }
    std::string why;
    const auto out = genlab::bench::runPythonPeer(
        kPeerScript, {imagesFile, labelsFile, std::to_string(kEpochs), std::to_string(kBatch)}, &why, 300000);
    double peer = 0;
    if (out && std::sscanf(out->c_str(), "%lf", &peer) == 1 && peer > 0) {
        res.peer = "python3-torch 1.13 DataLoader (num_workers=0, 1 thread) + F.interpolate per batch";
        res.peerValue = peer;
        res.ratio = ours / peer;
    } else {
        note += "no Python peer: " + (out ? std::string("unreadable output") : why);
    }
    res.note = note;
    r.report(std::move(res));
}

} // namespace

GENLAB_BENCHMARK("data", digitsBench);
