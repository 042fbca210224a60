// Private to the gpt module. Never include from a public header.
#pragma once

#include <cstddef>

namespace genlab::engine::gpt::detail {

// The well-formed UTF-8 sequence starting at p[0] (n bytes available): its length (1-4); 0 when the
// bytes can never be well-formed there (stray continuation, overlong form, surrogate, > U+10FFFF);
// -1 when they are a valid beginning cut short by the end of the buffer.
inline int utf8Sequence(const unsigned char *p, std::size_t n)
{
    const unsigned char b = p[0];
    if (b < 0x80)
        return 1;
    int len = (b >= 0xC2 && b <= 0xDF) ? 2 : (b >= 0xE0 && b <= 0xEF) ? 3 : (b >= 0xF0 && b <= 0xF4) ? 4 : 0;
    if (len == 0)
        return 0;
    for (int k = 1; k < len; ++k) {
        if (std::size_t(k) >= n)
            return -1;
        const unsigned char c = p[k];
        if ((c & 0xC0) != 0x80)
            return 0;
        if (k == 1 && ((b == 0xE0 && c < 0xA0) || (b == 0xED && c >= 0xA0) || (b == 0xF0 && c < 0x90) ||
                       (b == 0xF4 && c >= 0x90)))
            return 0;
    }
    return len;
}

} // namespace genlab::engine::gpt::detail
