#pragma once

#include "engine/text/tokenizer.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace genlab::engine::text {

// Character-level tokenizer over the Unicode code points of a corpus, for small char models.
// Id 0 is reserved for characters the corpus did not have (and for stray bytes that are not
// UTF-8); ids 1..N are the corpus's code points in ascending order, so the same corpus always
// gives the same ids. decode() spells the unknown id as U+FFFD.
// Thread: any (immutable)
class CharTokenizer : public Tokenizer
{
public:
    static constexpr int kUnknownId = 0;
    static constexpr int kFormatVersion = 1;

    // Every distinct code point of the corpus (invalid UTF-8 bytes are skipped).
    static CharTokenizer fromText(std::string_view corpus);
    // The JSON that toJson() writes: {"format": "genlab-char-tokenizer", "version": 1,
    // "unknown_id": 0, "chars": ["\n", " ", ...]} (chars[i] has id i + 1). Throws TokenizerError
    // naming `source` for anything else, including a version newer than this build knows.
    static CharTokenizer fromJson(std::string_view json, const std::string &source = "char tokenizer JSON");
    std::string toJson() const;

    std::vector<int> encode(std::string_view text) const override;
    std::string decode(const std::vector<int> &ids) const override;
    std::string tokenBytes(int id) const override;
    std::string tokenDisplay(int id) const override;
    int vocabSize() const override { return int(m_chars.size()) + 1; }
    std::string kind() const override { return "char"; }

    // The code points by id - 1.
    const std::vector<char32_t> &chars() const { return m_chars; }

private:
    explicit CharTokenizer(std::vector<char32_t> chars);
    void checkId(int id) const;

    std::vector<char32_t> m_chars;
    int m_ascii[128];
    std::unordered_map<char32_t, int> m_ids;
};

} // namespace genlab::engine::text
