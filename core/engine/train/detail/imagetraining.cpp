#include "engine/train/detail/imagetraining.h"

#include "engine/data/registry.h"
#include "engine/train/detail/dataparallel.h"
#include "engine/train/steploop.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <mutex>
#include <numeric>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace genlab::engine::train::detail {

RealBatches::RealBatches(const RealBatchOptions &o, const RunContext &ctx) : m_options(o)
{
    data::OpenOptions open;
    open.width = o.imageSize;
    open.height = o.imageSize;
    open.channels = o.channels;
    open.seed = o.seed;
    m_dataset = data::openImageDataset(o.dataset, open, ctx);
    const auto &info = m_dataset->info();
    if (info.size <= 0)
        throw data::DatasetError("data set " + o.dataset + " has no images");
    if (info.width != o.imageSize || info.height != o.imageSize || info.channels != o.channels)
        throw data::DatasetError("data set " + o.dataset + " gives " + std::to_string(info.width) + "x" +
                                 std::to_string(info.height) + "x" + std::to_string(info.channels) +
                                 " images; the model takes " + std::to_string(o.imageSize) + "x" +
                                 std::to_string(o.imageSize) + "x" + std::to_string(o.channels));
    if (o.conditional) {
        if (info.classNames.empty())
            throw data::DatasetError("data set " + o.dataset + " has no class labels; a class-conditional " +
                                     o.modelNoun + " needs them (train it unconditionally)");
        if (int(info.classNames.size()) != o.numClasses)
            throw data::DatasetError("data set " + o.dataset + " has " + std::to_string(info.classNames.size()) +
                                     " classes; the model takes " + std::to_string(o.numClasses));
    }
    std::vector<std::int64_t> indices;
    if (o.trainOn) {
        for (std::int64_t i = 0; i < info.size; ++i)
            if (o.trainOn(i))
                indices.push_back(i);
        if (indices.empty())
            throw data::DatasetError("data set " + o.dataset + " has no images to train on");
    } else {
        indices.resize(std::size_t(info.size));
        std::iota(indices.begin(), indices.end(), std::int64_t(0));
    }
    m_trainingImages = std::int64_t(indices.size());
    data::BatchStreamOptions so;
    so.batchSize = int(std::min<std::int64_t>(o.batchSize, m_trainingImages));
    so.seed = o.seed;
    so.shuffle = true;
    so.dropLast = true;
    checkBatchSplits(so.batchSize);
    const BatchShard shard = batchShard();
    so.shard = shard.rank;
    so.shards = shard.ranks;
    m_globalBatch = so.batchSize;
    const std::int64_t perEpoch = m_trainingImages / so.batchSize;
    so.firstEpoch = o.batchesBefore / perEpoch;
    m_stream = std::make_unique<data::BatchStream>(*m_dataset, std::move(indices), so);
    for (std::int64_t skip = o.batchesBefore % perEpoch; skip > 0; --skip)
        (void)m_stream->next();
}

RealBatches::~RealBatches() = default;

std::pair<torch::Tensor, torch::Tensor> RealBatches::next()
{
    data::ImageBatch b = m_stream->next();
    const std::int64_t n = b.count();
    auto x = torch::empty({n, m_options.channels, m_options.imageSize, m_options.imageSize}, torch::kFloat32);
    if (std::size_t(x.numel()) != b.pixels.size())
        throw data::DatasetError("data set batch has an unexpected size");
    std::memcpy(x.data_ptr<float>(), b.pixels.data(), b.pixels.size() * sizeof(float));
    x.mul_(2.0).sub_(1.0);
    auto y = torch::zeros({n}, torch::kLong);
    if (m_options.conditional) {
        auto *dst = y.data_ptr<std::int64_t>();
        for (std::int64_t i = 0; i < n; ++i) {
            const int label = b.labels.at(std::size_t(i));
            if (label < 0 || label >= m_options.numClasses)
                throw data::DatasetError("image " + std::to_string(b.indices.at(std::size_t(i))) +
                                         " has no valid class label (a class-conditional " + m_options.modelNoun +
                                         " needs one)");
            dst[i] = label;
        }
    }
    return {x, y};
}

double gradientNorm(const std::vector<torch::Tensor> &params, double clip, const char *name, std::int64_t step)
{
    torch::NoGradGuard noGrad;
    std::vector<torch::Tensor> squares;
    squares.reserve(params.size());
    for (const auto &p : params)
        if (p.grad().defined())
            squares.push_back(p.grad().square().sum());
    if (squares.empty())
        return 0;
    const double norm = std::sqrt(torch::stack(squares).sum().item<double>());
    checkFinite(norm, name, step);
    if (clip > 0 && norm > clip) {
        const double scale = clip / (norm + 1e-6);
        for (const auto &p : params)
            if (p.grad().defined())
                p.grad().mul_(scale);
    }
    return norm;
}

void setLearningRate(torch::optim::Adam &opt, double lr)
{
    for (auto &group : opt.param_groups())
        static_cast<torch::optim::AdamOptions &>(group.options()).lr(lr);
}

// A training step allocates and frees the same few hundred KB-to-MB activation buffers every
// step. With glibc's defaults those above the (dynamic) mmap threshold are mapped and unmapped and
// the heap top is trimmed and grown again, so a fifth of the step went to page faults (perf, the
// image GAN at batch 64 on one thread: 9 steps/s before, 16-21 after). Keeping such buffers in the
// heap and trimming only above 256 MB of free top makes the allocator reuse them. The same holds
// for inference: the diffusion UNet's forward at batch 16 on one thread took 180-280 ms without it
// and 51-64 ms with it (batch 2: 18 -> 7.3 ms), the time going to page faults.
void keepTensorBuffersInTheHeap()
{
#if defined(__GLIBC__)
    static std::once_flag once;
    std::call_once(once, [] {
        mallopt(M_MMAP_THRESHOLD, 32 << 20);
        mallopt(M_TRIM_THRESHOLD, 256 << 20);
    });
#endif
}

} // namespace genlab::engine::train::detail
