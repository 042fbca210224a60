#pragma once

#include "engine/base/runcontext.h"
#include "engine/train/options.h"

#include <cstdint>
#include <string>

namespace genlab::engine::gpt {

// The language-model trainer's defaults for the options every trainer shares (steps 2500, batch 12,
// learning rate 0.002 with 100 warm-up steps and a cosine to a tenth, gradient clipping at 1, seed
// 1337, evaluation every 100 steps, a sample every 500, a checkpoint every 500): the one place
// they are written; the Text lab's form and `genlab train lm` start from them.
train::CommonOptions defaultCommon();

// Training a GPT-2-style model on a text file, as a job body: the common options (outDir, steps,
// batchSize, learningRate and its warm-up + cosine schedule, seed, threads, checkpointEvery,
// previewEvery = steps between samples, evalEvery, gradientClip, resume; see train::CommonOptions)
// and the language model's own. Defaults suit a small model on a laptop CPU.
struct TrainOptions : train::CommonOptions
{
    TrainOptions() : train::CommonOptions(defaultCommon()) {}

    std::string dataPath;            // UTF-8 text (invalid bytes are replaced and counted)
    std::string tokenizer = "char";  // "char", "gpt2" (tokenizerFolder), "bpe:N" (learn N tokens on the corpus)
    std::string tokenizerFolder;     // for "gpt2": encoder.json + vocab.bpe or vocab.json + merges.txt

    int layers = 4;
    int heads = 4;
    int embedDim = 128;
    int contextLength = 128;

    double weightDecay = 0.1;        // AdamW, decoupled, on matrices and embeddings only
    double beta1 = 0.9;
    double beta2 = 0.99;
    double validationFraction = 0.1; // the end of the corpus, never trained on

    int evalBatches = 10;            // batches per validation estimate
    int sampleTokens = 200;          // tokens per sample preview
    std::string samplePrompt = "\n";
    double sampleTemperature = 0.8;
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

// Trains through the kit's step loop (train::runSteps), reporting train::Metrics every step
// (scalars loss, learning_rate, grad_norm, tokens_per_s) and at evaluations (train_loss, val_loss,
// val_perplexity; evaluation = true), train::TextPreview samples, train::LogLine lines and
// train::CheckpointWritten. Throws std::runtime_error with a clear message for bad input (naming
// the file), train::Diverged for a non-finite loss or gradient (no checkpoint is written for it),
// Canceled when stopped (after saving the last completed step).
TrainResult trainLanguageModel(const TrainOptions &options, const RunContext &ctx);

} // namespace genlab::engine::gpt
