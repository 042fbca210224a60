#pragma once

#include "engine/base/runcontext.h"

#include <cstdint>
#include <string>

namespace genlab::engine::gpt {

// Training a GPT-2-style model on a text file, as a job body. Defaults suit a small character
// model on a laptop CPU; the CLI maps `genlab train lm` flags onto these fields.
struct TrainOptions
{
    std::string dataPath;            // UTF-8 text (invalid bytes are replaced and counted)
    std::string tokenizer = "char";  // "char", "gpt2" (tokenizerFolder), "bpe:N" (learn N tokens on the corpus)
    std::string tokenizerFolder;     // for "gpt2": encoder.json + vocab.bpe or vocab.json + merges.txt
    std::string outDir;              // the model folder written (and resumed from)

    int layers = 4;
    int heads = 4;
    int embedDim = 128;
    int contextLength = 128;

    int steps = 2500;                // total optimizer steps, counting those before a resume
    int batchSize = 12;              // sequences of contextLength tokens per step
    double learningRate = 2e-3;      // peak, after warm-up
    double minLearningRate = -1;     // end of the cosine; < 0: learningRate / 10
    int warmupSteps = 100;           // linear from 0
    double weightDecay = 0.1;        // AdamW, decoupled, on matrices and embeddings only
    double beta1 = 0.9;
    double beta2 = 0.99;
    double gradientClip = 1.0;       // global L2 norm; <= 0: off
    double validationFraction = 0.1; // the end of the corpus, never trained on

    int evalInterval = 250;          // steps between validation estimates (and at the end)
    int evalBatches = 10;
    int sampleInterval = 500;        // steps between sample previews; 0: none
    int sampleTokens = 200;
    std::string samplePrompt = "\n";
    double sampleTemperature = 0.8;
    int checkpointInterval = 500;    // steps between checkpoints (and at the end); 0: only at the end
    bool checkpointOnCancel = true;  // a canceled run saves where it stopped before Canceled propagates

    bool resume = true;              // continue from outDir when it holds a checkpoint of the same shape
    std::uint64_t seed = 1337;       // initial weights, batches, samples
    int threads = 0;                 // > 0: intra-op threads for the calling thread
    std::int64_t maxCorpusBytes = std::int64_t(512) << 20;
};

struct TrainResult
{
    int startStep = 0;        // > 0 when resumed
    int steps = 0;            // the last step done
    double trainLoss = 0;     // last estimate (mean over evalBatches)
    double validationLoss = 0;
    double validationPerplexity = 0;
    double tokensPerSecond = 0; // training tokens per second over this run
    double seconds = 0;
    std::int64_t parameterCount = 0;
    int vocabSize = 0;
    std::string sample;       // the last preview
    std::string outDir;
    std::string notice;       // e.g. invalid UTF-8 replaced, resumed from step N
};

// Trains, streaming Partials: "metrics" every step (scalars loss, learning_rate, grad_norm,
// tokens_per_s; plus train_loss, val_loss, val_perplexity at evaluations), "samples" previews,
// "log" lines. Calls ctx.checkpoint() once per step and ctx.progress(). Throws std::runtime_error
// with a clear message for bad input (naming the file) and for a non-finite loss (the step and
// the loss; no checkpoint is written for it), Canceled when stopped.
TrainResult trainLanguageModel(const TrainOptions &options, const RunContext &ctx);

} // namespace genlab::engine::gpt
