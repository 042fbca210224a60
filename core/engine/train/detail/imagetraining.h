// Private to the engine: what the image trainers (the GAN's, the diffusion model's) share on top of
// the training kit: real batches from a data set positioned for resume, the global gradient norm
// with clipping, the learning rate of an Adam optimizer, and the allocator setting that keeps
// tensor buffers in the heap. Never include from a public header.
#pragma once

#include "engine/base/runcontext.h"
#include "engine/data/batchstream.h"
#include "engine/data/dataset.h"

#include <torch/torch.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace genlab::engine::train::detail {

// What a model takes and where its batches come from.
//   dataset        an id for data::openImageDataset ("digits", "folder:<path>", ...), opened at
//                  imageSize x imageSize x channels with seed (procedural data sets)
//   conditional    every image needs a label in 0..numClasses-1, and the data set numClasses classes
//   modelNoun      how the messages name the model ("GAN": "a class-conditional GAN needs them")
//   batchSize      images per batch (at most the images trained on); an epoch drops its last partial one
//   seed           the shuffle of each epoch
//   batchesBefore  batches an earlier run took (resume: the stream starts where it stopped)
//   trainOn        optional: the indices of the data set trained on (e.g. every image but a held-out
//                  split); empty: every image
struct RealBatchOptions
{
    std::string dataset;
    int imageSize = 28;
    int channels = 1;
    bool conditional = false;
    int numClasses = 0;
    std::string modelNoun = "model";
    int batchSize = 64;
    std::uint64_t seed = 1;
    std::int64_t batchesBefore = 0;
    std::function<bool(std::int64_t index)> trainOn;
};

// Real batches from the data layer's prefetching BatchStream, positioned so that a resumed run
// takes exactly the batches an uninterrupted one would. Throws data::DatasetError for a data set
// that is empty, of another size or, for a conditional model, without fitting labels.
// Thread: the training worker (the stream prefetches on its own thread).
class RealBatches
{
public:
    RealBatches(const RealBatchOptions &options, const RunContext &ctx);
    ~RealBatches();

    // The data set itself (fixed real images for previews, evaluations, feature maps).
    const data::ImageDataset &dataset() const { return *m_dataset; }
    // The images trained on (every image, or those trainOn kept).
    std::int64_t trainingImages() const { return m_trainingImages; }

    // images [N, C, H, W] in [-1, 1] and labels [N] (int64; zeros when unconditional), on the CPU.
    // In a data-parallel group, N is this rank's slice of the global batch (dataparallel.h's
    // BatchShard): each rank reads only its own images.
    std::pair<torch::Tensor, torch::Tensor> next();
    // Images per step over every rank (the options' batch size, at most the images trained on).
    std::int64_t globalBatch() const { return m_globalBatch; }

private:
    RealBatchOptions m_options;
    std::int64_t m_trainingImages = 0;
    std::int64_t m_globalBatch = 0;
    std::unique_ptr<data::ImageDataset> m_dataset;
    std::unique_ptr<data::BatchStream> m_stream; // after m_dataset: destroyed first
};

// Global L2 norm of the gradients of params (those that have one); when clip > 0 and the norm is
// above it, every gradient is scaled to bring it to clip. Throws Diverged(name, step) when the
// norm is not finite.
double gradientNorm(const std::vector<torch::Tensor> &params, double clip, const char *name, std::int64_t step);

// Sets every parameter group's learning rate.
void setLearningRate(torch::optim::Adam &optimizer, double lr);

// Keeps the activation buffers of a training step or a batched forward pass in the heap instead
// of mapping and unmapping them at every step (glibc; a no-op elsewhere). Process-wide, once; the
// image trainers call it, and the diffusion model when it is made (its sampler runs the UNet
// hundreds of times).
void keepTensorBuffersInTheHeap();

} // namespace genlab::engine::train::detail
