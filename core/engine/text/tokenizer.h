#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace genlab::engine::text {

// Text <-> token ids. Implementations are immutable once built, so one instance can serve
// several threads.
// Thread: any
class Tokenizer
{
public:
    virtual ~Tokenizer();

    virtual std::vector<int> encode(std::string_view text) const = 0;
    // Throws TokenizerError for an id outside [0, vocabSize()).
    virtual std::string decode(const std::vector<int> &ids) const = 0;
    // The raw bytes a token stands for; may be part of a UTF-8 sequence.
    virtual std::string tokenBytes(int id) const = 0;
    // A printable, valid UTF-8 form for tables and overlays: space as "·", newline as "↵",
    // tab as "→", other control characters and stray bytes as "<0xNN>".
    virtual std::string tokenDisplay(int id) const = 0;
    virtual int vocabSize() const = 0;
    // The end-of-text token when the vocabulary has one ("<|endoftext|>" for GPT-2).
    virtual std::optional<int> endOfText() const;
    // "bpe" or "char": lets callers serialise and label a tokenizer without RTTI.
    virtual std::string kind() const = 0;
};

// Bad tokenizer files or data. what() names the file (or the source), the line where one is
// relevant, and the problem.
class TokenizerError : public std::runtime_error
{
public:
    explicit TokenizerError(const std::string &message);
    // line <= 0: no line. Formats "<source>, line N: <problem>".
    TokenizerError(const std::string &source, int line, const std::string &problem);

    const std::string &source() const { return m_source; }
    int line() const { return m_line; }

private:
    std::string m_source;
    int m_line = 0;
};

// Printable form of raw token bytes, shared by the tokenizers (see Tokenizer::tokenDisplay).
std::string displayTokenBytes(std::string_view bytes);

} // namespace genlab::engine::text
