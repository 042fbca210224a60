#pragma once

#include "engine/base/runcontext.h"
#include "engine/masked/t5config.h"
#include "engine/train/options.h"

#include <cstdint>
#include <string>

namespace genlab::engine::masked {

// The T5 trainer's defaults for the options every trainer shares (steps 3000, batch 16, learning
// rate 0.02 (each tensor's step scaled by its RMS, T5TrainOptions::scaleStepsByRms) with 150 warm-up steps and a cosine to a tenth, gradient clipping at 1, seed 1337,
// evaluation every 100 steps, a preview every 250, a checkpoint every 500): the one place they
// are written; the lab's form and `genlab train t5` start from them.
train::CommonOptions t5DefaultCommon();

// Training the T5-style encoder-decoder on span corruption of a UTF-8 text file, as a job body.
// The corpus is tokenized once; each example is a random window of chunkTokens tokens of the
// training part, corrupted afresh every step (seeded by the run's seed, the step and the row, so
// a resumed run sees what an uninterrupted one would).
struct T5TrainOptions : train::CommonOptions
{
    T5TrainOptions() : train::CommonOptions(t5DefaultCommon()) {}

    std::string dataPath;            // UTF-8 text (invalid bytes are replaced and counted)
    int vocabSize = 3000;            // WordPiece tokens learned on the corpus (sentinels and specials included)
    bool lowerCase = false;          // the tokenizer's basic step (BERT's "uncased")

    int dModel = 128;
    int dKv = 32;
    int dFf = 256;
    int encoderLayers = 3;
    int decoderLayers = 3;
    int heads = 4;
    T5FeedForward feedForward = T5FeedForward::GatedGelu;
    int sentinels = 32;

    int chunkTokens = 64;            // original tokens per example, before corruption
    // Length warm-up: the first lengthWarmupSteps steps use windows of warmupChunkTokens (as many
    // more rows as keep the batch's tokens); see masked::TrainOptions::lengthWarmupSteps. Off by
    // default; the shipped model used 2,500 of 8,000 steps at 24 tokens (README), with which the
    // decoder started reading the encoder sooner (with plain AdamW it had not helped). The
    // validation loss (64-token windows) is meaningless while it lasts: the sentinels past the
    // first two are not trained yet.
    int lengthWarmupSteps = 0;
    int warmupChunkTokens = 24;
    double noiseDensity = 0.15;      // span corruption rate
    double meanSpanLength = 3.0;

    double weightDecay = 0.01;       // AdamW, decoupled, on matrices only
    // Each tensor's step scaled by its RMS (at least 1e-3), as Adafactor's relative step and
    // nanoT5's AdamWScale do: T5 has no 1/sqrt(d) in its attention and initialises the queries
    // 64 times smaller than the embedding, so plain AdamW moves the queries 64 times faster
    // (relatively) and the decoder learns to ignore the encoder (see the README's t5-shakespeare).
    bool scaleStepsByRms = true;
    double beta1 = 0.9;
    double beta2 = 0.99;
    double validationFraction = 0.1; // the end of the corpus, never trained on
    int evalBatches = 8;             // batches per validation estimate

    // The preview: this sentence corrupted with previewSeed and the model's fill of its spans.
    std::string probeText = "But soft, what light through yonder window breaks? It is the east, and Juliet is the sun.";
    std::uint64_t previewSeed = 5;
    std::int64_t maxCorpusBytes = std::int64_t(512) << 20;
};

struct T5TrainResult
{
    int startStep = 0;              // > 0 when resumed
    int steps = 0;                  // the last step done
    double trainLoss = 0;           // last estimate
    double validationLoss = 0;
    double validationAccuracy = 0;  // target tokens predicted exactly (teacher forced)
    double seconds = 0;
    double examplesPerSecond = 0;
    std::int64_t parameterCount = 0;
    int vocabSize = 0;
    std::string preview;            // the last preview
    std::string outDir;
    std::string notice;             // invalid UTF-8 replaced, resumed from step N
};

// Trains through the kit's step loop (train::runSteps), reporting train::Metrics every step
// (loss, token_accuracy, learning_rate, grad_norm, examples_per_s) and at evaluations (train_loss,
// val_loss, val_accuracy; evaluation = true), train::TextPreview (the probe's corrupted input and
// the filled spans), train::LogLine and train::CheckpointWritten. Checkpoints are T5Model folders
// (architecture "t5-studio") with the optimizer state. Throws std::runtime_error naming the file
// for bad input, train::Diverged for a non-finite loss or gradient, Canceled when stopped.
T5TrainResult trainT5(const T5TrainOptions &options, const RunContext &ctx);

} // namespace genlab::engine::masked
