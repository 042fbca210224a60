#pragma once

#include "engine/text/tokenizer.h"

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace genlab::engine::text {

namespace detail {
struct BertWord;
class BertBasicTokenizer;
}

// How BERT's basic tokenizer prepares text before WordPiece (Hugging Face's BertTokenizer
// options under the same meaning).
struct WordPieceOptions
{
    bool lowerCase = true;
    // Decompose (NFD) and drop combining marks. Unset: the same as lowerCase, as BERT does.
    std::optional<bool> stripAccents;
    // Put spaces around CJK ideographs so each becomes a word of its own.
    bool tokenizeChineseChars = true;
    // Longer words (in code points) become a single [UNK].
    int maxCharsPerWord = 100;
};

// BERT's WordPiece tokenizer, id for id as Hugging Face's BertTokenizer (uncased and cased):
// clean-up (NUL, U+FFFD and control characters dropped, whitespace made a space), CJK ideographs
// spaced, lower-casing and accent stripping when uncased, whitespace and punctuation splitting,
// then greedy longest-match-first over the vocabulary with "##" continuation pieces.
//
// encode() returns the ids WITHOUT [CLS]/[SEP] (add clsId()/sepId() yourself). Special tokens
// written literally in the text ("[MASK]", "[CLS]", "[SEP]", "[PAD]", "[UNK]" and any
// "<extra_id_N>" the vocabulary holds) are kept whole as their ids, as Hugging Face does.
// Bytes that are not UTF-8 are dropped like control characters.
//
// decode() joins "##" continuations onto the piece before and puts one space between words
// (also before punctuation: "hello , world"); special tokens are spelled as in the vocabulary.
//
// Thread: any (immutable once built)
class WordPieceTokenizer : public Tokenizer
{
public:
    static constexpr std::size_t kMaxVocabFileBytes = std::size_t(64) << 20;
    static constexpr int kMaxVocabSize = 4'000'000;

    // vocab.txt: one token per line, the line number minus one is its id. Throws TokenizerError
    // naming the file (and line) for invalid UTF-8, a duplicate token, a missing special token,
    // an empty or oversized file.
    static WordPieceTokenizer fromVocabFile(const std::string &path, const WordPieceOptions &options = {});
    // Tokens by id, checked like a file; errors name `source` (with line = id + 1).
    static WordPieceTokenizer fromVocab(std::vector<std::string> tokens, const WordPieceOptions &options,
                                        std::string source);
    // A BERT folder: vocab.txt; lower-casing from tokenizer_config.json "do_lower_case" when
    // present, else from config.json (or the folder's name containing "uncased" / "cased");
    // default true.
    static std::shared_ptr<const WordPieceTokenizer> loadFromFolder(const std::string &dir);
    // Writes vocab.txt (one token per line) atomically.
    void saveVocab(const std::string &path) const;

    std::vector<int> encode(std::string_view text) const override;

    struct Piece
    {
        int id;
        // Byte offsets of the piece in the ORIGINAL text (the whole word's span for [UNK]).
        std::size_t begin;
        std::size_t end;
        // Index of the whitespace/punctuation-split word it belongs to (whole-word masking).
        int word;
        // A "##" piece.
        bool continuation;
    };
    std::vector<Piece> encodeWithOffsets(std::string_view text) const;

    std::string decode(const std::vector<int> &ids) const override;
    // The token's text without a leading "##".
    std::string tokenBytes(int id) const override;
    // The token as in vocab.txt ("##ing" keeps its "##"), made printable.
    std::string tokenDisplay(int id) const override;
    int vocabSize() const override { return int(m_tokens.size()); }
    std::string kind() const override { return "wordpiece"; }

    int clsId() const { return m_cls; }
    int sepId() const { return m_sep; }
    int padId() const { return m_pad; }
    int maskId() const { return m_mask; }
    int unkId() const { return m_unk; }
    std::optional<int> idOf(std::string_view token) const;
    // Throws TokenizerError for an id outside [0, vocabSize()).
    const std::string &token(int id) const;
    // Every token by id, as vocab.txt lists them.
    const std::vector<std::string> &tokens() const { return m_tokens; }
    bool lowerCase() const { return m_options.lowerCase; }
    bool stripAccents() const { return m_options.stripAccents.value_or(m_options.lowerCase); }
    const WordPieceOptions &options() const { return m_options; }
    // Where it came from, for messages and the UI.
    const std::string &source() const { return m_source; }

    // A vocabulary for small models trained here: [PAD]=0, [UNK], [CLS], [SEP], [MASK], then
    // extraSpecialTokens, then every character of the corpus (after the basic tokenizer) and its
    // "##" form, then the most frequent whole words and pieces up to `size` tokens in all
    // (fewer when no pair of pieces occurs twice any more; more when the specials and the alphabet
    // alone exceed `size`). Pieces are learned BPE-style (the most frequent adjacent pair merged,
    // ties to the older pieces) on the text as `options` prepares it: encode with the same options.
    // Deterministic.
    static std::vector<std::string> learnVocabulary(std::string_view corpus, int size,
                                                    const WordPieceOptions &options = {},
                                                    const std::vector<std::string> &extraSpecialTokens = {});

private:
    WordPieceTokenizer() = default;
    struct Hash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
    };
    using IdMap = std::unordered_map<std::string, int, Hash, std::equal_to<>>;

    void checkId(int id) const;
    void init(std::vector<std::string> tokens, const WordPieceOptions &options, std::string source);
    // Greedy longest-match-first over one basic-tokenizer word; appends its pieces.
    void wordPieces(const detail::BertWord &word, int wordIndex, std::vector<Piece> &out) const;

    std::string m_source;
    WordPieceOptions m_options;
    std::vector<std::string> m_tokens;
    IdMap m_ids;
    IdMap m_continuations; // "##x" stored as "x" -> id
    std::shared_ptr<const detail::BertBasicTokenizer> m_basic;
    std::vector<int> m_specialIds; // by the basic tokenizer's special index
    int m_cls = -1;
    int m_sep = -1;
    int m_pad = -1;
    int m_mask = -1;
    int m_unk = -1;
    std::size_t m_maxTokenBytes = 0;
};

} // namespace genlab::engine::text
