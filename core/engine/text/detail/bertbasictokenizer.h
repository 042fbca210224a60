#pragma once

#include "engine/text/wordpiecetokenizer.h"

#include <array>
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace genlab::engine::text::detail {

// One word of BERT's basic tokenizer: a run of non-space, non-punctuation characters after
// normalisation, a single punctuation character, a single CJK ideograph, or a special token
// written literally in the text.
struct BertWord
{
    std::string_view text; // normalised UTF-8 (the special token's own spelling for a special)
    // Per byte of text: the original byte span of the character it came from.
    const std::size_t *begin = nullptr;
    const std::size_t *end = nullptr;
    int chars = 0;    // code points in text
    int special = -1; // index into the specials given to the constructor, or -1
};

// BERT's text preparation before WordPiece, as Hugging Face's BertNormalizer + BertPreTokenizer do
// it: drop NUL, U+FFFD and control/format/unassigned characters (bytes that are not UTF-8 too),
// turn whitespace into word breaks, space out CJK ideographs, NFD + drop Mn when stripping
// accents, lower-case when uncased, split off every punctuation character (Unicode P* and all ASCII
// punctuation). Special tokens are matched first, case-sensitively, on the original text.
// Thread: any (immutable)
class BertBasicTokenizer
{
public:
    BertBasicTokenizer(const WordPieceOptions &options, std::vector<std::string> specials);

    // Calls onWord for each word in order. The BertWord's pointers are valid during the call only.
    void split(std::string_view text, const std::function<void(const BertWord &)> &onWord) const;

private:
    std::vector<std::string> m_specials;      // as given (indices are reported)
    std::vector<int> m_specialOrder;          // longest first, for leftmost-longest matching
    std::array<bool, 256> m_specialFirst{};   // first bytes of specials
    bool m_lower = true;
    bool m_strip = true;
    bool m_cjk = true;
};

bool isBertPunctuation(char32_t cp);
bool isCjkIdeograph(char32_t cp);

} // namespace genlab::engine::text::detail
