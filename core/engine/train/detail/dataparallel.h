// Private to the engine: what makes a trainer data-parallel over the process group it runs in
// (distributed.h). One piece for every trainer: its step takes this rank's rows of the global
// batch (BatchShard) and calls GradientSync::backward instead of loss.backward(); the step loop
// (steploop.h) does the rest (rank 0 alone saves and previews; the figures are averaged; a stop
// or a NaN on any rank stops every rank at the same step). Alone, both are no-ops.
// Never include from a public header.
#pragma once

#include <torch/torch.h>

#include <cstdint>
#include <memory>
#include <vector>

namespace genlab::engine::train::detail {

// This rank's contiguous slice of a global batch of n rows: [begin, end). The same seed on 1 and
// on N ranks sees the same global batch; the ranks' slices together are that batch.
struct BatchShard
{
    int rank = 0;
    int ranks = 1;

    std::int64_t begin(std::int64_t n) const { return n * rank / ranks; }
    std::int64_t end(std::int64_t n) const { return n * (rank + 1) / ranks; }
    std::int64_t size(std::int64_t n) const { return end(n) - begin(n); }
    bool whole() const { return ranks == 1; }
    // The rows of t (dim 0 is the global batch) this rank trains on; t itself when alone.
    torch::Tensor rows(const torch::Tensor &t) const;
};

// The group's shard for this process.
BatchShard batchShard();

// Throws std::invalid_argument when a global batch of `batch` does not split evenly over the
// group's ranks ("the batch of 30 does not split evenly over 4 processes"): uneven slices would
// weight the ranks' examples unequally, and the run would not match the same seed on one process.
void checkBatchSplits(std::int64_t batch);

// Averages the gradients of a set of parameters over the group after each backward pass, in
// buckets of about bucketBytes that start their all-reduce while the backward pass is still
// running: a hook on each parameter copies its gradient into its bucket as autograd produces it,
// and a bucket whose gradients are all in is reduced asynchronously (buckets go out in a fixed
// order on every rank, as the collectives must match). After the pass every bucket is awaited
// and each gradient replaced by the mean over the ranks. A parameter no rank produced a gradient
// for keeps none. Several backward passes into one step (gradient accumulation) are handled: the
// buckets are then reduced again from the accumulated gradients.
// Alone (no group), backward() is loss.backward() and nothing else.
// Thread: the training thread (the hooks run inside its backward pass).
class GradientSync
{
public:
    explicit GradientSync(std::vector<torch::Tensor> parameters, std::int64_t bucketBytes = 1 << 20);
    ~GradientSync();
    GradientSync(const GradientSync &) = delete;
    GradientSync &operator=(const GradientSync &) = delete;

    // loss.backward(), then every gradient of the parameters averaged over the ranks.
    void backward(const torch::Tensor &loss);

    // Copies rank 0's values of the parameters (and of `buffers`, e.g. batch-norm statistics,
    // an EMA copy) to every rank: the ranks then start from one model whatever their seeds.
    void broadcastFromLead(const std::vector<torch::Tensor> &buffers = {});

    int bucketCount() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m;
};

// broadcastFromLead for tensors that are not a GradientSync's parameters.
void broadcastFromLead(const std::vector<torch::Tensor> &tensors);

} // namespace genlab::engine::train::detail
