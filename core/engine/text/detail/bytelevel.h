#pragma once

#include <array>
#include <string>
#include <string_view>

namespace genlab::engine::text::detail {

// GPT-2's reversible byte -> printable code point table: bytes that are visible Latin-1
// characters stand for themselves, the other 68 are shifted to U+0100 and up (space -> 'Ġ').
// Vocabulary and merge files spell tokens in this alphabet.
char32_t byteToSymbol(unsigned char b);
// -1 when cp is not one of the 256 symbols.
int symbolToByte(char32_t cp);
// The UTF-8 spelling of one byte's symbol.
const std::string &byteSymbolUtf8(unsigned char b);
// Bytes in GPT-2's id order (the order of encoder.json's first 256 entries).
const std::array<unsigned char, 256> &bytesInGpt2Order();

// Raw bytes -> symbol spelling ("Ġthe" for " the").
std::string bytesToSymbols(std::string_view bytes);
// Symbol spelling -> raw bytes. Code points outside the alphabet (added special tokens written in
// plain text) stand for their own UTF-8 bytes. Returns false when the input is not valid UTF-8.
bool symbolsToBytes(std::string_view symbols, std::string *bytes);

} // namespace genlab::engine::text::detail
