#pragma once

#include "engine/text/tokenizer.h"

#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace genlab::engine::text {

namespace detail {
class MergeTable;
}

// Byte-level BPE exactly as GPT-2 (OpenAI's encoder, Hugging Face, tiktoken) does it: GPT-2's
// pre-tokenisation pattern, the bytes -> printable symbols table, merges by rank.
//
// encode() treats its input as plain text: "<|endoftext|>" in the text is spelled out with ordinary
// tokens, never turned into the special token (append endOfText() yourself). It accepts any bytes:
// a byte that is not part of well-formed UTF-8 is a character of its own, so
// decode(encode(bytes)) == bytes always. Inputs above kMaxEncodeBytes are refused.
//
// Thread: any (immutable after loading; the word cache is taken with try_lock, and an encode that
// finds it busy uses a private one)
class BpeTokenizer : public Tokenizer
{
public:
    static constexpr std::size_t kMaxEncodeBytes = std::size_t(1) << 30; // 1 GiB per call
    static constexpr std::size_t kMaxVocabFileBytes = std::size_t(256) << 20;

    // A folder with OpenAI's encoder.json + vocab.bpe or Hugging Face's vocab.json + merges.txt.
    static std::unique_ptr<BpeTokenizer> loadFromFolder(const std::string &dir);
    static std::unique_ptr<BpeTokenizer> load(const std::string &vocabPath, const std::string &mergesPath);
    // From tables in memory (a trainer's result): token spellings by id in the byte-symbol
    // alphabet ("Ġthe"), merges in rank order. Checked like files; errors name `source`.
    static std::unique_ptr<BpeTokenizer> fromTables(std::vector<std::string> tokens,
                                                    const std::vector<std::pair<std::string, std::string>> &merges,
                                                    const std::string &source = "in-memory vocabulary");

    ~BpeTokenizer() override;

    std::vector<int> encode(std::string_view text) const override;
    std::string decode(const std::vector<int> &ids) const override;
    std::string tokenBytes(int id) const override;
    std::string tokenDisplay(int id) const override;
    int vocabSize() const override { return int(m_tokens.size()); }
    std::optional<int> endOfText() const override { return m_endOfText; }
    std::string kind() const override { return "bpe"; }

    // The vocabulary file's spelling of a token ("Ġthe") and back.
    const std::string &tokenSpelling(int id) const;
    std::optional<int> tokenId(std::string_view spelling) const;
    // Merges in rank order, as token ids.
    int mergeCount() const { return int(m_merges.size()); }
    std::pair<int, int> merge(int rank) const;
    // Where it came from, for messages and the UI.
    const std::string &source() const { return m_source; }

    // Hugging Face layout: vocab.json + merges.txt (with a "#version: 0.2" header), each written
    // atomically. The folder is created if needed. Reloads with loadFromFolder.
    void saveToFolder(const std::string &dir) const;

private:
    BpeTokenizer();
    struct CacheHash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
    };
    using Cache = std::unordered_map<std::string, std::vector<int>, CacheHash, std::equal_to<>>;
    void init(std::vector<std::string> tokens, const std::vector<std::pair<std::string, std::string>> &merges,
              const std::vector<int> &mergeLines, const std::string &vocabSource, const std::string &mergesSource);
    void encodePiece(std::string_view piece, Cache &cache, std::vector<int> &out,
                     std::vector<int> &scratch) const;
    void checkId(int id) const;

    std::string m_source;
    std::vector<std::string> m_tokens; // spelling by id
    std::vector<std::string> m_bytes;  // raw bytes by id
    std::unordered_map<std::string, int> m_ids;
    std::vector<std::pair<int, int>> m_merges;
    std::unique_ptr<detail::MergeTable> m_mergeTable;
    int m_byteIds[256] = {};
    std::optional<int> m_endOfText;

    mutable std::mutex m_cacheMutex;
    mutable Cache m_cache;
};

} // namespace genlab::engine::text
