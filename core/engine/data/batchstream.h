#pragma once

#include "engine/data/dataset.h"

#include <condition_variable>
#include <cstdint>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace genlab::engine::data {

struct ImageBatch
{
    int width = 0;
    int height = 0;
    int channels = 0;
    std::vector<float> pixels;          // N*C*H*W, planar per image, in [0,1]
    std::vector<int> labels;            // N, -1 when unlabelled
    std::vector<std::int64_t> indices;  // N data set indices
    std::int64_t epoch = 0;             // which pass over the index list this batch belongs to
    std::int64_t batchInEpoch = 0;      // 0-based position within that epoch
    bool lastInEpoch = false;

    int count() const { return int(indices.size()); }
};

struct BatchStreamOptions
{
    int batchSize = 64;
    std::uint64_t seed = 0;   // the order of epoch e is a shuffle seeded by (seed, e)
    bool shuffle = true;      // false: the index list's own order every epoch (validation)
    bool dropLast = false;    // true: a smaller final batch of an epoch is skipped
    std::int64_t firstEpoch = 0; // resume: start at this epoch
    // Data-parallel training: the batch is the global one, split over `shards` processes; this
    // stream reads only the shard-th contiguous slice of each batch (the same epoch order on every
    // process, so together they read the global batch once). 1: the whole batch.
    int shard = 0;
    int shards = 1;
};

// Endless batches over a data set and an index list (e.g. Split::train), epoch after epoch, each
// epoch in a deterministic shuffled order. A background thread assembles the next batch while the
// trainer works on the current one: at most one batch ahead, so memory stays bounded and a
// canceled trainer wastes at most one batch. The destructor stops the thread even mid-batch.
// The data set must outlive the stream. A data set error surfaces from next() as the exception
// the data set threw.
// Thread: one consumer (next() from one thread at a time); the prefetch thread is internal.
class BatchStream
{
public:
    // Throws std::invalid_argument for an empty index list, an index outside the data set, or
    // batchSize <= 0 (or, with dropLast, larger than the index list).
    BatchStream(const ImageDataset &dataset, std::vector<std::int64_t> indices, const BatchStreamOptions &options);
    BatchStream(const ImageDataset &dataset, std::vector<std::int64_t> indices, int batchSize, std::uint64_t seed);
    ~BatchStream();
    BatchStream(const BatchStream &) = delete;
    BatchStream &operator=(const BatchStream &) = delete;

    // Blocks until the next batch is ready.
    ImageBatch next();

    std::int64_t batchesPerEpoch() const { return m_batchesPerEpoch; }
    std::int64_t indexCount() const { return std::int64_t(m_indices.size()); }
    const BatchStreamOptions &options() const { return m_options; }

    // The order of one epoch, as the stream walks it (for tests and for a reproducible log).
    std::vector<std::int64_t> epochOrder(std::int64_t epoch) const;

private:
    void produce(std::stop_token stop);
    ImageBatch assemble(std::int64_t epoch, std::int64_t batchInEpoch, const std::vector<std::int64_t> &order,
                        std::stop_token &stop) const;

    const ImageDataset &m_dataset;
    const std::vector<std::int64_t> m_indices;
    const BatchStreamOptions m_options;
    std::int64_t m_batchesPerEpoch = 0;

    std::mutex m_mutex;
    std::condition_variable_any m_changed;
    std::optional<ImageBatch> m_ready; // the one batch ahead
    std::exception_ptr m_error;
    bool m_producerDone = false;
    std::jthread m_thread; // last: stopped and joined before the members above go away
};

} // namespace genlab::engine::data
