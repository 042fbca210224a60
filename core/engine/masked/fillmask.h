#pragma once
// Fill-mask with a BERT masked LM: the model's top-k candidates at every masked position of a
// text, whole-word masking of chosen words, and iterative filling (the most confident mask first,
// then the others predicted again with it in place).

#include "engine/base/runcontext.h"
#include "engine/masked/mlmmasking.h"
#include "engine/text/wordpiecetokenizer.h"

#include <string>
#include <string_view>
#include <vector>

namespace genlab::engine::masked {

class BertModel;

// The message (FillMaskResult::notice) of a text without anything to predict.
inline constexpr const char *kNoMaskMessage =
    "the text has no [MASK]: write [MASK] where a word should be predicted, or choose words to mask";

struct MaskCandidate
{
    int id = 0;
    std::string token;         // as in vocab.txt ("##ing" keeps its "##")
    bool continuation = false; // a "##" piece
    double probability = 0;    // softmax over the vocabulary without its special tokens
};

// The candidates at one masked position, best first.
struct MaskPrediction
{
    int position = 0; // index in the model's input ids (0 is [CLS], the text's first piece is 1)
    int word = -1;    // the text's word it masks (WordPieceTokenizer::Piece::word); -1: a [MASK] written in the text
    std::vector<MaskCandidate> candidates;
};

// One step of iterative filling.
struct FillStep
{
    int position = 0;                   // the mask filled in this step
    MaskCandidate chosen;               // its top candidate
    std::vector<MaskPrediction> masks;  // the predictions this step chose from: every mask still open
    std::vector<int> ids;               // the input after this step
    std::string text;                   // the text after this step ([MASK] where still open)
};

struct FillMaskOptions
{
    int topK = 5;                 // candidates per mask (1 .. vocabulary size)
    // Pieces of the text to mask besides the [MASK]s written in it: indices into
    // WordPieceTokenizer::encodeWithOffsets(text) (no [CLS]), and whole words by Piece::word.
    std::vector<int> maskPieces;
    std::vector<int> maskWords;
    bool wholeWord = true;        // a piece in maskPieces masks every piece of its word
    bool iterative = false;       // also fill the masks one at a time (FillMaskResult::steps)
};

// What fill-mask found. A text with nothing to predict is not an error: masks is empty and notice
// is kNoMaskMessage (a text typed live passes through that state); callers that need a mask (the
// CLI) turn it into their error.
struct FillMaskResult
{
    std::vector<MaskPrediction> masks;  // in text order
    std::vector<int> ids;               // the model's input: [CLS] pieces [SEP], the masks in place
    std::vector<std::string> pieces;    // ids as vocab.txt spells them, one per id
    std::vector<int> originalIds;       // ids before masking (a [MASK] written in the text stays [MASK])
    std::vector<FillStep> steps;        // iterative filling, when asked
    std::string filledText;             // the text with every mask filled (top candidates, or the last step)
    std::string notice;                 // truncation; kNoMaskMessage; empty when all is well
    bool truncated = false;
};

// Fill-mask on a text, tokenized with the model's tokenizer. Throws std::invalid_argument when the
// model has no MLM head or no tokenizer, or topK / a piece or word index is out of range. A text
// longer than the model reads (maxPositions - 2 pieces) is cut there, with a notice saying how much
// was dropped (masks in the dropped part are lost). Calls ctx.checkpoint() before every forward.
FillMaskResult fillMask(const BertModel &model, std::string_view text, const FillMaskOptions &options = {},
                        const RunContext &ctx = {});

// The same on ids as the caller built them ([CLS] ... [SEP]; every [MASK] is predicted;
// options.maskPieces index ids here, maskWords and wholeWord do not apply).
FillMaskResult fillMaskIds(const BertModel &model, std::vector<int> ids, const FillMaskOptions &options = {},
                           const RunContext &ctx = {});

// The predictions at `positions` of one forward pass over ids (no checks beyond range).
std::vector<MaskPrediction> predictAt(const BertModel &model, const std::vector<int> &ids,
                                      const std::vector<int> &positions, int topK);

// Whole-word masking: the indices of every piece of the words that hold the chosen pieces
// (indices into pieces), ascending.
std::vector<int> wholeWordPieces(const std::vector<text::WordPieceTokenizer::Piece> &pieces,
                                 const std::vector<int> &chosen);

// The ids that are never a fill-mask candidate nor a masking target: [PAD], [UNK], [CLS], [SEP],
// [MASK], and every "[...]" (BERT's [unusedN]) or "<extra_id_N>" token of the vocabulary. Ascending.
std::vector<int> specialTokenIds(const text::WordPieceTokenizer &tokenizer);
// The masking rule's view of a tokenizer.
MaskingVocabulary maskingVocabulary(const text::WordPieceTokenizer &tokenizer);

} // namespace genlab::engine::masked
