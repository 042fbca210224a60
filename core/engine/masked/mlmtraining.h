#pragma once
// Training a small BERT masked language model on a text file through the training kit
// (engine/train): a WordPiece vocabulary learned on the text, windows of the corpus between [CLS]
// and [SEP], BERT's masking rule (mlmmasking.h) and the cross-entropy at the masked positions only.

#include "engine/base/partial.h"
#include "engine/base/runcontext.h"
#include "engine/masked/fillmask.h"
#include "engine/masked/mlmmasking.h"
#include "engine/train/options.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace genlab::engine::masked {

// The masked-LM trainer's defaults for the options every trainer shares (steps 3000, batch 32,
// learning rate 0.001 with 200 warm-up steps and a cosine to a tenth, gradient clipping at 1, seed
// 1337, evaluation every 100 steps, a probe every 250, a checkpoint every 500): the one place they
// are written; the Masked lab's form and `genlab train mlm` start from them.
train::CommonOptions defaultCommon();

// The probe sentence of the previews unless another is given.
inline constexpr const char *kDefaultProbe = "To be, or not to [MASK], that is the question.";

struct TrainOptions : train::CommonOptions
{
    TrainOptions() : train::CommonOptions(defaultCommon()) {}

    std::string dataPath;        // UTF-8 text (invalid bytes are replaced and counted)
    // A vocab.txt or a BERT folder whose vocabulary (and casing) to use; empty: learn vocabSize
    // WordPiece tokens on the training text.
    std::string vocabPath;
    int vocabSize = 3000;
    bool lowerCase = true;       // for a learned vocabulary

    int layers = 4;
    int heads = 4;
    int hiddenSize = 128;        // a multiple of heads
    int intermediateSize = 0;    // 0: 4 x hiddenSize
    int contextLength = 64;      // tokens per sequence with [CLS] and [SEP] (= max_position_embeddings)

    MaskingOptions masking;      // 15 %, 80/10/10; wholeWord chooses whole words
    // Share of the sequences cut to a random shorter length (padded, with an attention mask): the
    // fill-mask view sends one short sentence, [SEP] early; a model that only ever saw full windows
    // answers it poorly.
    double shortSequenceRate = 0.3;
    // Length warm-up: the first lengthWarmupSteps steps train on rows of warmupLength tokens (with
    // [CLS] and [SEP]; as many more rows as keep the batch's tokens). Over full windows a small
    // BERT sits on the unigram plateau for thousands of steps (measured on Tiny Shakespeare: still
    // predicting "," after "the" at step 2,000, context 64); over 24 tokens it leaves it near step
    // 1,000, and the longer rows that follow keep what it learned.
    int lengthWarmupSteps = 1500;
    int warmupLength = 24;

    double weightDecay = 0.01;   // AdamW, decoupled, on matrices and embeddings only
    double beta1 = 0.9;
    double beta2 = 0.98;
    double validationFraction = 0.1; // the end of the corpus, never trained on
    int evalBatches = 8;             // batches per evaluation estimate

    std::string probeText = kDefaultProbe; // the preview's sentence; needs at least one [MASK]
    int probeTopK = 5;
    std::int64_t maxCorpusBytes = std::int64_t(512) << 20;
};

// One position of the preview's example row: what the rule did there and what the model says.
struct ProbeTarget
{
    int position = 0;           // in the row (0 is [CLS])
    std::string original;       // the token the loss asks for
    std::string input;          // what the model saw there ([MASK], a random token, or the original)
    MaskAction action = MaskAction::Masked;
    std::vector<MaskCandidate> candidates; // the model's top-k, best first
};

// The trainer's preview (every previewEvery steps and at the end): the model's top-k at each mask
// of the probe sentence, and one row of this step's batch with the masking rule applied (which
// positions were chosen, and whether each became [MASK], a random token or stayed).
struct MaskedProbe
{
    static constexpr std::string_view kKind = "masked.probe";
    std::int64_t step = 0;
    std::string probeText;
    std::vector<std::string> probePieces;  // [CLS] ... [SEP] as vocab.txt spells them
    std::vector<MaskPrediction> probeMasks; // in text order
    std::string probeFilled;               // the probe with every mask filled by its top candidate
    std::vector<std::string> examplePieces;  // the batch row after masking, [CLS] ... [SEP]
    std::vector<ProbeTarget> exampleTargets; // its chosen positions, ascending

    Partial encode() const;
    static std::optional<MaskedProbe> decode(const Partial &partial);
};

struct TrainResult
{
    int startStep = 0;          // > 0 when resumed
    int steps = 0;              // the last step done
    double trainLoss = 0;       // last evaluation (mean over evalBatches)
    double trainMaskedAccuracy = 0;
    double validationLoss = 0;
    double validationMaskedAccuracy = 0;
    double tokensPerSecond = 0; // training tokens (all positions, not only the masked) per second
    double seconds = 0;
    std::int64_t parameterCount = 0;
    int vocabSize = 0;
    std::vector<MaskPrediction> probe; // the last preview's predictions at the probe's masks
    std::string probeFilled;
    std::string outDir;
    std::string notice;         // invalid UTF-8 replaced, resumed from step N, ...
};

// Trains through train::runSteps, reporting train::Metrics every step (loss, masked_accuracy,
// learning_rate, grad_norm, tokens_per_s) and at evaluations (train_loss, train_masked_accuracy,
// val_loss, val_masked_accuracy; evaluation = true), MaskedProbe previews, train::LogLine and
// train::CheckpointWritten. The checkpoint folder is a Hugging Face BertForMaskedLM folder
// (config.json, model.safetensors, vocab.txt) plus optimizer.safetensors; BertModel::open reads it
// and a run on the same folder resumes it exactly. Throws std::runtime_error naming the file for bad
// input, std::invalid_argument for bad options, train::Diverged for a non-finite loss or gradient,
// Canceled when stopped (after saving the last completed step).
TrainResult trainMaskedLanguageModel(const TrainOptions &options, const RunContext &ctx);

} // namespace genlab::engine::masked
