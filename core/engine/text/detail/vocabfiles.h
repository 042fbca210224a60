#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace genlab::engine::text::detail {

// Reads a whole untrusted file; throws TokenizerError naming it when it is missing, not a regular
// file, unreadable or larger than maxBytes.
std::string readFileCapped(const std::string &path, std::size_t maxBytes);

// Parses a GPT-2 vocabulary (encoder.json / vocab.json): a JSON object of token -> id with ids
// 0..N-1, each once. Duplicate keys are caught while parsing (a DOM would keep only the last).
// Returns the token spellings by id. Throws TokenizerError naming `source`.
std::vector<std::string> parseVocabJson(const std::string &content, const std::string &source);

struct MergeLine
{
    std::string left;
    std::string right;
    int line = 0; // 1-based line in the source, for messages
};

// Parses a merges file (vocab.bpe / merges.txt): "left right" per line, a "#version" first line and
// blank lines allowed, CRLF accepted.
std::vector<MergeLine> parseMerges(const std::string &content, const std::string &source);

// A JSON string literal for messages, shortened when absurdly long.
std::string quoteForMessage(const std::string &s);

// Writes a file atomically: a temporary beside it, fsync, rename over the target.
void writeFileAtomically(const std::string &path, const std::string &content);

} // namespace genlab::engine::text::detail
