#pragma once
// Decoding a file's bytes to UTF-8 whatever its encoding (UTF-8, UTF-16 with or without a BOM,
// otherwise Latin-1/Windows-1252). Pure functions, thread-safe.

#include <cstdint>
#include <string>
#include <string_view>

namespace genlab::engine::retrieval {

struct DecodedText
{
    std::string utf8;               // valid UTF-8, LF line ends (CRLF and lone CR become LF), no BOM
    std::string encoding;           // "utf-8", "utf-16le", "utf-16be" or "latin-1"
    std::int64_t replacedBytes = 0; // input bytes that became U+FFFD (invalid sequences, lone surrogates)
};

// BOMs decide (UTF-8, UTF-16LE, UTF-16BE); without one, UTF-16 is recognised by its NUL pattern
// (every other byte NUL in ASCII text), valid UTF-8 stays as is, and anything else is read as
// Windows-1252 (Latin-1 with the 0x80-0x9F printable marks). UTF-8 that is mostly valid with a few
// broken sequences stays UTF-8 with those bytes replaced, rather than mojibake for the whole file.
DecodedText decodeText(std::string_view bytes);

// Appends code point cp as UTF-8 (cp must be a scalar value).
void appendUtf8(std::string &out, char32_t cp);

// The length of the valid UTF-8 sequence at s[i], or 0 when it is not one.
int validUtf8Length(std::string_view s, std::size_t i);

} // namespace genlab::engine::retrieval
