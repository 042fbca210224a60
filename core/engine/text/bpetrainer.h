#pragma once

#include "engine/base/runcontext.h"
#include "engine/text/bpetokenizer.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace genlab::engine::text {

struct BpeTrainerOptions
{
    // Tokens in the result: the 256 byte tokens, the learned ones and the special tokens. Training
    // stops earlier when no pair is left that occurs at least minPairCount times.
    int vocabSize = 1000;
    // Pairs rarer than this are not merged (1 merges anything that still occurs).
    std::int64_t minPairCount = 2;
    // Appended after the learned tokens, as GPT-2 does with "<|endoftext|>" (its last id).
    std::vector<std::string> specialTokens{"<|endoftext|>"};
    // Pre-tokens longer than this many bytes (say a megabyte without spaces) are cut into pieces of
    // this size so one word cannot make each merge cost its whole length.
    std::size_t maxWordBytes = 1024;
};

// Called once per merge as it is learned: its rank (0 first), the two tokens spelled as in
// merges.txt (byte symbols, 'Ġ' for a space), and how often the pair occurred in the corpus.
using BpeMergeCallback =
    std::function<void(int rank, const std::string &left, const std::string &right, std::int64_t count)>;

struct BpeTrainingResult
{
    std::unique_ptr<BpeTokenizer> tokenizer; // save with tokenizer->saveToFolder(dir)
    int mergeCount = 0;
    std::int64_t wordCount = 0;     // pre-tokens in the corpus
    std::int64_t distinctWords = 0;
    bool reachedVocabSize = false;  // false: stopped because no pair was frequent enough
};

// Learns a GPT-2 style byte-level BPE vocabulary: the corpus is split with GPT-2's pre-tokeniser,
// then the most frequent adjacent pair is merged, again and again. Ties go to the pair whose left,
// then right token sorts first bytewise, so a corpus always gives the same vocabulary. Pair counts
// are updated incrementally, only in the words that hold the merged pair.
// Thread: any (train() keeps all its state local)
class BpeTrainer
{
public:
    explicit BpeTrainer(BpeTrainerOptions options = {});

    // Calls ctx.checkpoint() per merge (throws Canceled) and ctx.progress() as it goes. Throws
    // TokenizerError for options it cannot honour (a vocabulary smaller than 256 + specials).
    BpeTrainingResult train(std::string_view corpus, const RunContext &ctx,
                            const BpeMergeCallback &onMerge = {}) const;

private:
    BpeTrainerOptions m_options;
};

} // namespace genlab::engine::text
