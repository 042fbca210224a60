#pragma once
// Instruction tuning (supervised fine-tuning), measured: a language model answers held-out
// instructions greedily, is fine-tuned on (instruction, response) pairs with the loss only on the
// response tokens, and answers the same held-out instructions again; exact-match accuracy before
// and after, each answer before and after, and the loss curves (training loss per step, held-out
// response loss at intervals) streamed while it runs.

#include "engine/base/partial.h"
#include "engine/base/runcontext.h"
#include "engine/tuning/instructions.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace genlab::engine::gpt {
class GptModel;
}

namespace genlab::engine::tuning {

struct SftOptions
{
    int steps = 600;            // optimizer steps (1..100000)
    int batch = 16;             // pairs per step (1..512)
    double learningRate = 3e-3; // peak; linear warm-up over the first 5 % of the steps, cosine down to 10 %
    double weightDecay = 0.0;
    std::uint64_t seed = 1;     // the built-in pairs, the held-out split and the batches
    int trainPairs = 2000;      // built-in set: training pairs made (ignored for user pairs)
    int heldOut = 40;           // held-out instructions answered before and after (1..1000)
    int maxAnswerTokens = 16;   // greedy tokens per answer (1..64)
    int evalEvery = 25;         // held-out loss every this many steps (0: only before and after)
    // The user's pairs (readInstructionsJsonl); empty: the built-in set. dataName names them in results.
    std::vector<InstructionPair> pairs;
    std::string dataName;
};

// One step of the curve, streamed through RunContext::partial.
struct SftCurvePoint
{
    static constexpr std::string_view kKind = "tuning.sft.step";
    std::int64_t step = 0;             // 0: before the first step (held-out loss only)
    double trainLoss = -1;             // response loss of the step's batch, nats/token; < 0: none
    double heldOutLoss = -1;           // response loss on the held-out pairs; < 0: not measured at this step
    double learningRate = 0;

    Partial encode() const;
    static std::optional<SftCurvePoint> decode(const Partial &partial);
};

// The held-out answers of one phase ("before" or "after"), streamed once that phase is measured.
struct SftAnswersEvent
{
    static constexpr std::string_view kKind = "tuning.sft.answers";
    std::string phase; // "before" or "after"
    std::vector<std::string> answers; // in held-out order
    double accuracy = 0;

    Partial encode() const;
    static std::optional<SftAnswersEvent> decode(const Partial &partial);
};

// The first training pair with its loss mask, streamed before anything else.
struct SftExampleEvent
{
    static constexpr std::string_view kKind = "tuning.sft.example";
    std::string instruction;
    std::string response;
    std::vector<MaskedToken> tokens;

    Partial encode() const;
    static std::optional<SftExampleEvent> decode(const Partial &partial);
};

struct SftAnswer
{
    std::string instruction;
    std::string expected;
    std::string task;
    std::string before; // the base model's answer (its line, trimmed)
    std::string after;  // the tuned model's
    bool beforeCorrect = false;
    bool afterCorrect = false;
};

struct SftResult
{
    std::string model;   // the model's source
    std::string data;    // "built-in" or the JSONL's name
    int trainPairs = 0;
    int heldOutPairs = 0;
    int steps = 0;
    double beforeAccuracy = 0; // exact match on the held-out instructions
    double afterAccuracy = 0;
    double heldOutLossBefore = 0; // response loss, nats/token
    double heldOutLossAfter = 0;
    std::vector<SftAnswer> answers;
    std::vector<double> trainLoss; // per step
    std::vector<std::pair<int, double>> heldOutLoss; // (step, loss), step 0 = before
    std::vector<MaskedToken> example; // the first training pair with its loss mask
    std::string exampleInstruction;
    std::string exampleResponse;
    double seconds = 0;          // the whole run
    double trainSeconds = 0;     // the steps alone
};

// Checks options (std::invalid_argument naming the bad one) without running.
void validateSftOptions(const SftOptions &options);

// The split runSft uses for these options (the built-in set or the user's pairs).
InstructionSplit sftSplit(const SftOptions &options);

// Fine-tunes model in place (keep it to save the tuned weights). Greedy answers up to the end of the
// line, before and after. ctx: checkpoint() per step and per answer, progress, SftCurvePoint per step
// SftAnswersEvent per phase, SftExampleEvent first. Throws std::invalid_argument for bad options or a model without a
// tokenizer or one that cannot train; Canceled when stopped. Thread: the model's worker.
SftResult runSft(gpt::GptModel &model, const SftOptions &options, const RunContext &ctx = {});

} // namespace genlab::engine::tuning
