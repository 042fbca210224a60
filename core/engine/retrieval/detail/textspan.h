// Small text helpers the sentence splitters of the extractive and generated answers and the
// chunker share (byte spans of UTF-8 text; ASCII white space).
#pragma once

#include <cstddef>

namespace genlab::engine::retrieval::detail {

// [begin, end) in bytes of one text.
struct TextSpan
{
    std::size_t begin = 0;
    std::size_t end = 0;
};

inline bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

} // namespace genlab::engine::retrieval::detail
