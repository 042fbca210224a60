#pragma once
// Instruction tuning's data: (instruction, response) pairs, the prompt a model reads and the
// response it is trained to write after it, and the token sequence whose loss counts only on the
// response ("loss only on the response": weight 0 on the prompt, 1 on the response and its end).
// The built-in set is made procedurally from templates over a fixed list of common words, with a
// held-out split whose word combinations never occur in training; a user's own pairs come from a
// JSONL file.

#include "engine/gpt/finetuning.h"

#include <cstdint>
#include <string>
#include <vector>

namespace genlab::engine::text {
class Tokenizer;
}

namespace genlab::engine::tuning {

struct InstructionPair
{
    std::string instruction; // "Repeat these words: king crown night"
    std::string response;    // "king crown night"
    std::string task;        // "repeat", ... for the built-in set; empty for a user's pairs
};

struct InstructionSplit
{
    std::vector<InstructionPair> train;
    std::vector<InstructionPair> heldOut; // no held-out instruction appears in train
};

// The built-in templates: "repeat", "reverse", "first", "last", "count".
std::vector<std::string> instructionTaskNames();
// The words the built-in pairs are made of (each one token of the shipped model's vocabulary).
const std::vector<std::string> &instructionWords();

// heldOutCount held-out pairs and trainCount training pairs drawn from seed, the tasks taking turns.
// A held-out pair's set of words never occurs in any training pair (of any task), so answering it
// right needs the instruction learnt, not the example remembered. Throws std::invalid_argument for
// counts outside 1..100000 (train) and 1..1000 (held out).
InstructionSplit makeBuiltInInstructions(int trainCount, int heldOutCount, std::uint64_t seed);

// One {"instruction": "...", "response": "..."} object per line (blank lines skipped; "input" is
// appended to the instruction on a new line when present, as Alpaca's files have it). Throws
// std::runtime_error "FILE:LINE: problem" for a line that is not such an object, or "FILE: ..." for
// a file that cannot be read or holds no pairs.
std::vector<InstructionPair> readInstructionsJsonl(const std::string &path);

// A user's pairs split into held out and train, shuffled by seed: heldOutCount pairs (at most half
// of them) held out, and every training pair whose instruction equals a held-out one dropped.
// Throws std::invalid_argument when fewer than two pairs remain for training.
InstructionSplit splitInstructions(std::vector<InstructionPair> pairs, int heldOutCount, std::uint64_t seed);

// The prompt format: "Instruction: <instruction>\nResponse:"; the model's answer is what it writes
// after it up to the end of the line.
std::string instructionPrompt(const std::string &instruction);
// What follows the prompt in training: " <response>\n" (the newline ends the answer).
std::string instructionCompletion(const std::string &response);

// One token of a training sequence as the lab shows it.
struct MaskedToken
{
    int id = 0;
    std::string text;  // the tokenizer's printable form ("·" for a space, "↵" for a newline)
    float weight = 0;  // 0: the prompt (no loss), 1: the response and its end
};

// The training sequence of a pair: prompt and completion tokenized separately and joined, weights 0
// on the prompt and 1 on every completion token (the weight of predicting that token). A sequence
// longer than maxTokens keeps its prompt's tail (the response is never cut); throws
// std::invalid_argument when even the completion does not fit.
gpt::WeightedSequence instructionSequence(const text::Tokenizer &tokenizer, const InstructionPair &pair,
                                          int maxTokens);
std::vector<MaskedToken> maskedTokens(const text::Tokenizer &tokenizer, const InstructionPair &pair, int maxTokens);

// Exact match as the lab counts it: both sides trimmed of spaces, case kept.
bool sameAnswer(const std::string &answer, const std::string &expected);
std::string trimmedAnswer(const std::string &text);

} // namespace genlab::engine::tuning
