#pragma once
// Knowledge distillation, measured: a small student learns a corpus from a larger teacher's softened
// next-token distributions (temperature T), beside the same student (same seed, same batches, same
// steps) learning from the data alone. Both are scored on a held-out tail of the corpus that neither
// saw: perplexity, how often their most likely next token is the teacher's, their size and their
// generation speed, with the teacher's own figures for reference.

#include "engine/base/runcontext.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace genlab::engine::gpt {
class GptModel;
}

namespace genlab::engine::tuning {

struct DistillOptions
{
    std::string dataPath;         // UTF-8 text, tokenized with the teacher's tokenizer
    int studentLayers = 2;
    int studentWidth = 64;        // embedding width; a multiple of studentHeads
    int studentHeads = 4;
    int steps = 200;              // optimizer steps of each student
    int batchSize = 8;            // windows per step
    int windowTokens = 64;        // tokens per window (also the student's context); at most the teacher's
    double temperature = 2.0;     // T of the softened distributions
    double alpha = 0.9;           // weight of the teacher's targets; (1 - alpha) on the data
    double learningRate = 3e-3;   // peak; linear warm-up over the first 5 % of steps, then a cosine to a tenth
    std::uint64_t seed = 1;       // the students' weights and the batch order (both the same)
    double heldOutFraction = 0.1; // the corpus' tail, never trained on
    int evalEvery = 25;           // steps between held-out estimates on the curves (0: at the end only)
    int evalWindows = 16;         // held-out windows of the estimates on the curves
    int finalWindows = 64;        // held-out windows of the final table
    int speedTokens = 64;         // tokens generated (greedy) to measure tokens/s
    std::int64_t maxCorpusBytes = std::int64_t(64) << 20;
};

// Throws std::invalid_argument("distillation: ...") naming a bad option.
void validate(const DistillOptions &options);

// One student's step on the curves (one per student per step), and the held-out estimate when due.
struct DistillProgress
{
    static constexpr std::string_view kKind = "tuning.distill.step";
    bool distilled = true;        // false: the data-only student
    std::int64_t step = 0;
    double loss = 0;              // what it minimised: (1 - alpha) * data + alpha * T^2 * KL
    double dataLoss = 0;          // cross-entropy on the batch's next tokens (nats/token)
    double distillLoss = 0;       // KL(teacher_T || student_T) per token (0 for the data-only student)
    std::optional<double> heldOutLoss; // nats/token on held-out windows, when evaluated at this step

    Partial encode() const;
    static std::optional<DistillProgress> decode(const Partial &partial);
};

struct DistillFigures
{
    std::string name;             // "teacher", "distilled", "data-only"
    int layers = 0;
    int width = 0;
    double heldOutLoss = 0;       // nats/token on the final held-out windows
    double perplexity = 0;        // exp(heldOutLoss)
    double agreement = 0;         // share of held-out positions whose top next token is the teacher's (teacher: 1)
    std::int64_t parameters = 0;
    std::int64_t bytes = 0;       // weights in memory
    double tokensPerSecond = 0;   // greedy generation
};

struct DistillCurvePoint
{
    std::int64_t step = 0;
    double loss = 0;
    double dataLoss = 0;
    double distillLoss = 0;
    double heldOutLoss = -1;      // < 0: not evaluated at this step
};

struct DistillResult
{
    DistillFigures teacher;
    DistillFigures distilled;
    DistillFigures dataOnly;
    std::vector<DistillCurvePoint> distilledCurve;
    std::vector<DistillCurvePoint> dataOnlyCurve;
    double temperature = 0;
    double alpha = 0;
    int steps = 0;
    std::int64_t trainTokens = 0; // tokens of the corpus' training part
    std::int64_t heldOutTokens = 0;
    double seconds = 0;
    std::string teacherSource;
};

// Trains both students and measures all three. The teacher needs a tokenizer and stays unchanged
// (its cache is reset). Throws std::invalid_argument for bad options, std::runtime_error naming the
// file for an unreadable or too short corpus; Canceled through ctx (checked once per step).
// Reports DistillProgress partials and progress. Thread: the caller's (the teacher's worker).
DistillResult runDistillation(gpt::GptModel &teacher, const DistillOptions &options, const RunContext &ctx = {});

} // namespace genlab::engine::tuning
