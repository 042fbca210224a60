#include "engine/data/batchstream.h"

#include "engine/data/detail/rng.h"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace genlab::engine::data {

namespace {

BatchStreamOptions makeOptions(int batchSize, std::uint64_t seed)
{
    BatchStreamOptions o;
    o.batchSize = batchSize;
    o.seed = seed;
    return o;
}

} // namespace

BatchStream::BatchStream(const ImageDataset &dataset, std::vector<std::int64_t> indices, int batchSize,
                         std::uint64_t seed)
    : BatchStream(dataset, std::move(indices), makeOptions(batchSize, seed))
{
}

BatchStream::BatchStream(const ImageDataset &dataset, std::vector<std::int64_t> indices,
                         const BatchStreamOptions &options)
    : m_dataset(dataset), m_indices(std::move(indices)), m_options(options)
{
    if (m_indices.empty())
        throw std::invalid_argument("BatchStream: the index list is empty");
    if (m_options.batchSize <= 0)
        throw std::invalid_argument("BatchStream: the batch size must be positive");
    if (m_options.dropLast && std::int64_t(m_options.batchSize) > std::int64_t(m_indices.size()))
        throw std::invalid_argument("BatchStream: the batch size " + std::to_string(m_options.batchSize) +
                                    " is larger than the " + std::to_string(m_indices.size()) +
                                    " images, and the last partial batch is dropped");
    if (m_options.firstEpoch < 0)
        throw std::invalid_argument("BatchStream: negative first epoch");
    if (m_options.shards < 1 || m_options.shard < 0 || m_options.shard >= m_options.shards)
        throw std::invalid_argument("BatchStream: shard " + std::to_string(m_options.shard) + " of " +
                                    std::to_string(m_options.shards) + " does not exist");
    const std::int64_t size = m_dataset.info().size;
    for (std::int64_t i : m_indices)
        if (i < 0 || i >= size)
            throw std::invalid_argument("BatchStream: index " + std::to_string(i) + " is outside the data set of " +
                                        std::to_string(size) + " images");
    const auto n = std::int64_t(m_indices.size());
    m_batchesPerEpoch = m_options.dropLast ? n / m_options.batchSize : (n + m_options.batchSize - 1) / m_options.batchSize;
    m_thread = std::jthread([this](std::stop_token stop) { produce(stop); });
}

BatchStream::~BatchStream()
{
    m_thread.request_stop();
    if (m_thread.joinable())
        m_thread.join();
}

std::vector<std::int64_t> BatchStream::epochOrder(std::int64_t epoch) const
{
    std::vector<std::int64_t> order = m_indices;
    if (m_options.shuffle) {
        detail::Rng rng(detail::mixSeed(m_options.seed, std::uint64_t(epoch)));
        detail::shuffle(order, rng);
    }
    return order;
}

ImageBatch BatchStream::assemble(std::int64_t epoch, std::int64_t batchInEpoch,
                                 const std::vector<std::int64_t> &order, std::stop_token &stop) const
{
    const ImageDatasetInfo &info = m_dataset.info();
    const std::size_t first = std::size_t(batchInEpoch) * std::size_t(m_options.batchSize);
    const std::size_t last = std::min(order.size(), first + std::size_t(m_options.batchSize));
    // This process's slice of the (global) batch; the whole batch when not sharded.
    const std::size_t size = last - first, shards = std::size_t(m_options.shards), shard = std::size_t(m_options.shard);
    const std::size_t begin = first + size * shard / shards;
    const std::size_t end = first + size * (shard + 1) / shards;
    ImageBatch batch;
    batch.width = info.width;
    batch.height = info.height;
    batch.channels = info.channels;
    batch.epoch = epoch;
    batch.batchInEpoch = batchInEpoch;
    batch.lastInEpoch = batchInEpoch + 1 == m_batchesPerEpoch;
    const std::size_t plane = std::size_t(info.width) * std::size_t(info.height);
    const std::size_t perImage = plane * std::size_t(info.channels);
    batch.pixels.resize(perImage * (end - begin));
    batch.labels.reserve(end - begin);
    batch.indices.reserve(end - begin);
    constexpr float kScale = 1.0f / 255.0f;
    for (std::size_t k = begin; k < end; ++k) {
        if (stop.stop_requested())
            return batch; // discarded by the caller
        const std::int64_t index = order[k];
        const Image img = m_dataset.image(index);
        if (img.width != info.width || img.height != info.height || img.channels != info.channels ||
            img.pixels.size() != perImage)
            throw DatasetError("data set '" + info.id + "': image " + std::to_string(index) + " is " +
                               std::to_string(img.width) + "x" + std::to_string(img.height) + "x" +
                               std::to_string(img.channels) + ", expected " + std::to_string(info.width) + "x" +
                               std::to_string(info.height) + "x" + std::to_string(info.channels));
        float *out = batch.pixels.data() + (k - begin) * perImage;
        const std::uint8_t *in = img.pixels.data();
        const int c = info.channels;
        if (c == 1) {
            for (std::size_t i = 0; i < plane; ++i)
                out[i] = float(in[i]) * kScale;
        } else {
            for (std::size_t i = 0; i < plane; ++i)
                for (int ch = 0; ch < c; ++ch)
                    out[std::size_t(ch) * plane + i] = float(in[i * c + ch]) * kScale;
        }
        batch.labels.push_back(m_dataset.label(index));
        batch.indices.push_back(index);
    }
    return batch;
}

void BatchStream::produce(std::stop_token stop)
{
    try {
        std::int64_t epoch = m_options.firstEpoch;
        while (!stop.stop_requested()) {
            const std::vector<std::int64_t> order = epochOrder(epoch);
            for (std::int64_t b = 0; b < m_batchesPerEpoch; ++b) {
                {
                    // At most one batch ahead: start the next one only once the consumer took the
                    // previous one, so it assembles while the trainer works.
                    std::unique_lock lock(m_mutex);
                    if (!m_changed.wait(lock, stop, [this] { return !m_ready.has_value(); }))
                        return;
                }
                ImageBatch batch = assemble(epoch, b, order, stop);
                if (stop.stop_requested())
                    return;
                std::lock_guard lock(m_mutex);
                m_ready = std::move(batch);
                m_changed.notify_all();
            }
            ++epoch;
        }
    } catch (...) {
        std::lock_guard lock(m_mutex);
        m_error = std::current_exception();
        m_producerDone = true;
        m_changed.notify_all();
    }
}

ImageBatch BatchStream::next()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_ready.has_value() || m_producerDone; });
    if (m_ready) {
        ImageBatch batch = std::move(*m_ready);
        m_ready.reset();
        m_changed.notify_all();
        return batch;
    }
    std::rethrow_exception(m_error);
}

} // namespace genlab::engine::data
