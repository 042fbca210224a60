#pragma once
// A synthetic training text on which a small language model learns in context: blocks of worked
// examples of the few-shot tasks (copy, reverse, next, lookup) in the exact prompt format
// runFewShot reads ("k q z -> k q z", one example a line, a blank line between blocks, each block
// one task), mixed with lines of a random string written two or three times, back to back or with
// a space between (in-context copying,
// the induction heads). Written from a seed, so `genlab incontext-corpus` gives the same text on
// every machine and the shipped lm-incontext model can be rebuilt.
//
// Held out: the corpus draws from its own seed stream (not fewshot's), and no copy or reverse
// input that runFewShot can draw with a seed in 0 .. heldOutSeeds - 1 (its whole pool of shots and
// queries, kFewShotPoolSize examples a seed) is ever written, so those few-shot queries test the
// rule, not a memorised line. The next task has only 23 inputs (the rule is fixed; what the
// shots teach is which task it is) and lookup's tables are random per block (only the prompt has
// the answer), so neither can be memorised.

#include <cstdint>
#include <string>

namespace genlab::engine::tuning {

struct InContextCorpusOptions
{
    std::uint64_t seed = 1;
    int blocks = 30000;          // few-shot blocks plus induction lines (1 .. 1,000,000)
    double inductionShare = 0.5; // of the blocks that are a repeated random string instead (0 .. 1)
    double runShare = 0.25;      // of copy/reverse inputs that are a run of the alphabet ("d e f"), as next's are
    int minLines = 2;            // examples a few-shot block has (1 .. 16, minLines <= maxLines)
    int maxLines = 10;
    int minString = 4; // letters of an induction string (2 .. 60, minString <= maxString)
    int maxString = 30;
    int heldOutSeeds = 10; // fewshot seeds 0 .. heldOutSeeds - 1 whose copy/reverse inputs are left out (0 .. 1000)
};

struct InContextCorpusStats
{
    int blocks[4] = {0, 0, 0, 0}; // few-shot blocks per task, in FewShotTask order
    int examples = 0;             // few-shot lines in all
    int inductionLines = 0;
    int excludedInputs = 0; // distinct copy/reverse inputs left out (held out for the few-shot queries)
    std::size_t bytes = 0;
};

// Throws std::invalid_argument naming a bad option. Thread: any.
std::string makeInContextCorpus(const InContextCorpusOptions &options, InContextCorpusStats *stats = nullptr);

} // namespace genlab::engine::tuning
