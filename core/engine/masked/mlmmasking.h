#pragma once
// BERT's masking rule (Devlin et al. 2018, section 3.1): of the positions a sequence may mask, a
// fraction (15 %) is chosen; of those, 80 % become [MASK], 10 % a random token, 10 % stay as they
// were. The loss is taken at the chosen positions only. Pure C++, so the lab can show the rule on a
// live batch and tests can count its statistics without a model.

#include <cstdint>
#include <string>
#include <vector>

namespace genlab::engine::masked {

// What the rule did at one chosen position.
enum class MaskAction {
    Masked, // replaced by [MASK]
    Random, // replaced by a random (non-special) token
    Kept,   // left as it was, but still a target
};

// "masked", "random", "kept".
const char *maskActionName(MaskAction action);

struct MaskingOptions
{
    double rate = 0.15;           // fraction of the candidate positions (or pieces of whole words) chosen
    double maskFraction = 0.8;    // of the chosen: become [MASK]
    double randomFraction = 0.1;  // of the chosen: become a random token; the rest (0.1) stay
    bool wholeWord = false;       // choose whole words (every piece of a word together)

    // Throws std::invalid_argument naming the field (rates outside [0, 1], mask + random > 1).
    void validate() const;
};

// What the rule needs to know of the vocabulary.
struct MaskingVocabulary
{
    int maskId = -1;
    int vocabSize = 0;
    // Never chosen as a target and never drawn as the random replacement ([CLS], [SEP], [PAD],
    // [MASK], [UNK], ...).
    std::vector<int> specialIds;
};

struct MaskTarget
{
    int position = 0;  // index in the sequence
    int original = 0;  // the id there before masking (the label)
    int replacement = 0; // the id there after masking
    MaskAction action = MaskAction::Masked;
};

struct MaskedSequence
{
    std::vector<int> ids;             // the sequence after masking
    std::vector<MaskTarget> targets;  // the chosen positions, ascending
};

// Applies the rule to ids, deterministically for (ids, options, seed) on every platform (a
// std::mt19937_64 stream mapped to integers and doubles by hand, not by the standard library's
// distributions, whose algorithms differ between implementations).
//
// The candidates are the positions whose id is not special. The number chosen is
// round(rate * candidates), at least one when there is a candidate and rate > 0; they are drawn
// without replacement. With wholeWord, `words` (one entry per position: the word's index, as
// WordPieceTokenizer::Piece::word; < 0 for positions outside any word) groups the candidates: whole
// words are drawn in random order and taken while the number of chosen pieces stays within the
// count (as Google's whole-word masking does), at least one word. Each chosen position then gets
// its own draw: [MASK] with maskFraction, a uniformly random non-special token with randomFraction
// (it may happen to be the original), else it stays.
//
// Throws std::invalid_argument for bad options, a vocabulary without a [MASK] id or non-special
// tokens, or `words` of the wrong length when wholeWord is set.
MaskedSequence applyMasking(const std::vector<int> &ids, const MaskingVocabulary &vocabulary,
                            const MaskingOptions &options, std::uint64_t seed,
                            const std::vector<int> &words = {});

// Counts over many masked sequences (for the lab's "the rule, measured" line and the tests).
struct MaskingCounts
{
    std::int64_t candidates = 0;
    std::int64_t chosen = 0;
    std::int64_t masked = 0;
    std::int64_t random = 0;
    std::int64_t kept = 0;

    void add(const MaskedSequence &sequence, std::int64_t candidatePositions);
    double chosenRate() const { return candidates ? double(chosen) / double(candidates) : 0; }
    double maskedShare() const { return chosen ? double(masked) / double(chosen) : 0; }
    double randomShare() const { return chosen ? double(random) / double(chosen) : 0; }
    double keptShare() const { return chosen ? double(kept) / double(chosen) : 0; }
};

} // namespace genlab::engine::masked
