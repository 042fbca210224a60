#pragma once

#include "engine/text/detail/utf8.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace genlab::engine::text::detail {

// The character classes GPT-2's split pattern distinguishes:
//   's|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+
// Letter = General_Category L*, Number = N*, Space = White_Space (what \s means in the reference
// regex engines). A byte that does not start a well-formed UTF-8 sequence is a character of its
// own of class Other, so arbitrary bytes split deterministically and losslessly.
enum class CharClass : std::uint8_t { Letter, Number, Space, Other };

CharClass classifyCodePoint(char32_t cp);

struct CharAt
{
    CharClass cls;
    int length; // bytes
    char32_t cp; // U+FFFD for a stray byte
};

inline CharAt charAt(const unsigned char *p, std::size_t n)
{
    static constexpr std::array<CharClass, 128> kAscii = [] {
        std::array<CharClass, 128> a{};
        for (int c = 0; c < 128; ++c) {
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
                a[std::size_t(c)] = CharClass::Letter;
            else if (c >= '0' && c <= '9')
                a[std::size_t(c)] = CharClass::Number;
            else if (c == ' ' || (c >= 0x09 && c <= 0x0D))
                a[std::size_t(c)] = CharClass::Space;
            else
                a[std::size_t(c)] = CharClass::Other;
        }
        return a;
    }();
    if (p[0] < 0x80)
        return {kAscii[p[0]], 1, char32_t(p[0])};
    char32_t cp = 0;
    int len = decodeUtf8(p, n, &cp);
    if (len == 0)
        return {CharClass::Other, 1, 0xFFFD};
    return {classifyCodePoint(cp), len, cp};
}

// Splits text into GPT-2 pre-tokens, in order, calling emit(std::string_view) for each. The
// pieces concatenate to the input exactly. Linear time.
template <class Emit>
void preTokenize(std::string_view text, Emit &&emit)
{
    const auto *p = reinterpret_cast<const unsigned char *>(text.data());
    const std::size_t n = text.size();
    std::size_t i = 0;
    auto runEnd = [&](std::size_t j, CharClass cls) {
        while (j < n) {
            CharAt c = charAt(p + j, n - j);
            if (c.cls != cls)
                break;
            j += std::size_t(c.length);
        }
        return j;
    };
    while (i < n) {
        const unsigned char b = p[i];
        if (b == '\'' && i + 1 < n) {
            const unsigned char b1 = p[i + 1];
            if (b1 == 's' || b1 == 't' || b1 == 'm' || b1 == 'd') {
                emit(text.substr(i, 2));
                i += 2;
                continue;
            }
            if (i + 2 < n) {
                const unsigned char b2 = p[i + 2];
                if ((b1 == 'r' && b2 == 'e') || (b1 == 'v' && b2 == 'e') || (b1 == 'l' && b2 == 'l')) {
                    emit(text.substr(i, 3));
                    i += 3;
                    continue;
                }
            }
        }
        CharAt c = charAt(p + i, n - i);
        std::size_t j = i;
        if (b == ' ' && i + 1 < n) {
            CharAt next = charAt(p + i + 1, n - i - 1);
            if (next.cls != CharClass::Space) {
                // " ?\p{L}+", " ?\p{N}+" or " ?[^\s\p{L}\p{N}]+" with the optional space taken.
                j = runEnd(i + 1 + std::size_t(next.length), next.cls);
                emit(text.substr(i, j - i));
                i = j;
                continue;
            }
        }
        if (c.cls != CharClass::Space) {
            j = runEnd(i + std::size_t(c.length), c.cls);
            emit(text.substr(i, j - i));
            i = j;
            continue;
        }
        // A whitespace run: "\s+(?!\S)" leaves the last whitespace character to prefix the next
        // word unless the run ends the text; a single whitespace before a word is "\s+" alone.
        std::size_t lastStart = i;
        int count = 0;
        while (j < n) {
            CharAt w = charAt(p + j, n - j);
            if (w.cls != CharClass::Space)
                break;
            lastStart = j;
            j += std::size_t(w.length);
            ++count;
        }
        std::size_t end = (j == n || count == 1) ? j : lastStart;
        emit(text.substr(i, end - i));
        i = end;
    }
}

} // namespace genlab::engine::text::detail
