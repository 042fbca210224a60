#pragma once
// In-context copying, which even small language models show: a random token sequence is hard to
// predict the first time and easy when it repeats, because some attention heads look back to the
// token that followed the current token's previous occurrence and copy it ("induction heads").
// This measures both: the loss per position over [random, same random], and each head's induction
// score (its mean attention, over the repeat, to exactly that earlier position).

#include "engine/gpt/gptmodel.h"

#include <cstdint>
#include <string>
#include <vector>

namespace genlab::engine::tuning {

struct HeadScore
{
    int layer = 0;
    int head = 0;
    double inductionScore = 0; // mean attention weight on the induction position, 0..1
    double previousTokenScore = 0; // mean attention on the position just before (the heads induction heads read)
};

struct CopyingResult
{
    int length = 0;                    // tokens of the random sequence (it is shown twice)
    std::vector<int> ids;              // the 2 * length tokens
    std::vector<double> lossPerPosition; // nats, for predicting ids[i + 1] from ids[..i], i = 0 .. 2 * length - 2
    double firstLoss = 0;              // mean over the first occurrence (positions 1 .. length - 1 predicted)
    double repeatLoss = 0;             // mean over the repeat (positions length + 1 .. 2 * length - 1 predicted)
    double uniformLoss = 0;            // ln(vocabulary): a model that knows nothing
    std::vector<HeadScore> heads;      // every layer and head, highest induction score first
    gpt::AttentionMaps attention;      // every layer and head over ids (an induction head's stripe: key = query - length + 1)
    std::vector<std::string> pieces;   // each id's text (its bytes; "<id>" without a tokenizer)
};

// length in 4 .. context / 2; tokens drawn uniformly (seeded) from every id but the last (GPT-2's
// end of text, also the last id of the studio's own tokenizers' specials); with a char tokenizer
// from its visible characters (not its id 0, the unknown character no text gives, nor line breaks:
// a random string on one line). Throws std::invalid_argument naming a bad length. Thread: the caller's (the model's worker).
CopyingResult measureCopying(gpt::GptModel &model, int length, std::uint64_t seed);

} // namespace genlab::engine::tuning
