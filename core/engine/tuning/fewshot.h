#pragma once
// In-context learning, measured: a task shown to a language model through k worked examples in its
// prompt, and the share of held-out queries it then answers exactly, as k grows. The tasks are made
// procedurally from a seed, so a class sees the same prompts on every machine.

#include "engine/base/partial.h"
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

enum class FewShotTask {
    Copy,    // "k q z" -> "k q z"
    Reverse, // "k q z" -> "z q k"
    Next,    // "d e f" -> "g": the next letter of a run of the alphabet
    Lookup,  // "crown" -> "blue": a random table of word pairs; the query's pair is among the shots
};

std::string taskName(FewShotTask task); // "copy", "reverse", "next", "lookup"
bool parseTask(const std::string &name, FewShotTask *out);
std::vector<std::string> taskNames();

struct FewShotExample
{
    std::string input;
    std::string output;
};

// count examples of task drawn from seed (distinct inputs where the task has enough of them).
std::vector<FewShotExample> makeExamples(FewShotTask task, int count, std::uint64_t seed);

// The examples runFewShot draws its shots and held-out queries from for a seed: makeExamples(task,
// kFewShotPoolSize, seed).
inline constexpr int kFewShotPoolSize = 400;

// The lookup task's words: the table's keys and the values a key may get.
std::vector<std::string> lookupKeys();
std::vector<std::string> lookupValues();

// The user's own task: one "input -> output" example a line (split at the first " -> "; blank
// lines and lines starting with '#' are skipped; both sides trimmed, neither empty, no line
// breaks). source names the text in messages (a file, "your examples"). Throws
// std::invalid_argument naming the line and the problem, or when fewer than 2 examples are left.
std::vector<FewShotExample> parseExamples(const std::string &text, const std::string &source = "your examples");

// The prompt: one "input -> output" line per shot, then "query ->" (the model's continuation up to
// the end of its line is its answer).
std::string formatPrompt(const std::vector<FewShotExample> &shots, const std::string &query);

struct FewShotOptions
{
    FewShotTask task = FewShotTask::Copy;
    // Non-empty: the user's own task instead of `task` (named "examples"). Each query is one of
    // these, its shots k others: an example is held out from its own prompt, never shown as a shot
    // of itself. Queries per k are then at most examples.size(), each example asked at most once,
    // and every k must be at most examples.size() - 1.
    std::vector<FewShotExample> examples;
    std::vector<int> shots = {0, 1, 2, 4, 8}; // the k measured, each in 0..32
    int queries = 30;                           // held-out queries per k (1..500)
    std::uint64_t seed = 1;                     // the examples, the queries and which shots each query sees
    int maxAnswerTokens = 12;                   // greedy tokens generated per answer
};

struct FewShotAnswer
{
    std::string query;
    std::string expected;
    std::string answer; // the model's line, trimmed
    bool correct = false;
    std::string prompt; // the whole prompt the model read for this query
};

struct FewShotPoint
{
    int shots = 0;
    int correct = 0;
    int total = 0;
    double accuracy = 0;
    std::vector<FewShotAnswer> answers;
    std::string firstPrompt; // the first query's whole prompt, to show what the model read
};

// Streamed once per finished point (RunContext::partial), so a curve fills as the run goes.
struct FewShotPointEvent
{
    static constexpr std::string_view kKind = "tuning.fewshot.point";
    int series = 0; // which model of a side-by-side run (0: the first); set by whoever runs several
    int index = 0;  // of the point in options.shots
    FewShotPoint point;

    Partial encode() const;
    static std::optional<FewShotPointEvent> decode(const Partial &partial);
};

struct FewShotResult
{
    std::string task;
    std::string model; // the model's source
    std::vector<FewShotPoint> points;
};

// Throws std::invalid_argument naming a bad option; Canceled through ctx (checked per query).
// Reports progress per query and a FewShotPointEvent (series) per point. Thread: the caller's (the
// model's worker).
FewShotResult runFewShot(gpt::GptModel &model, const FewShotOptions &options, const RunContext &ctx = {},
                         int series = 0);

} // namespace genlab::engine::tuning
