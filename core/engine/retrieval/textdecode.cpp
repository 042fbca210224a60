#include "engine/retrieval/textdecode.h"

namespace genlab::engine::retrieval {

namespace {

constexpr char32_t kReplacement = 0xFFFD;

// Windows-1252's 0x80-0x9F; 0 where the code page leaves a hole (those become U+FFFD).
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

// Appends with CRLF and lone CR turned into LF; `pendingCr` carries a CR across calls.
struct LineEndWriter
{
    std::string &out;
    bool pendingCr = false;

    void put(char32_t cp)
    {
        if (pendingCr) {
            pendingCr = false;
            out.push_back('\n');
            if (cp == '\n')
                return;
        }
        if (cp == '\r') {
            pendingCr = true;
            return;
        }
        appendUtf8(out, cp);
    }
    void finish()
    {
        if (pendingCr)
            out.push_back('\n');
        pendingCr = false;
    }
};

// Valid UTF-8 copied in runs (the common case must stay fast for 100 MB files), broken bytes
// replaced one by one.
DecodedText decodeUtf8(std::string_view s)
{
    DecodedText d;
    d.encoding = "utf-8";
    d.utf8.reserve(s.size());
    std::size_t i = 0;
    while (i < s.size()) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            if (c == '\r') {
                d.utf8.push_back('\n');
                i += (i + 1 < s.size() && s[i + 1] == '\n') ? 2 : 1;
                continue;
            }
            // Copy the ASCII run up to the next CR or non-ASCII byte at once.
            std::size_t j = i + 1;
            while (j < s.size() && static_cast<unsigned char>(s[j]) < 0x80 && s[j] != '\r')
                ++j;
            d.utf8.append(s.data() + i, j - i);
            i = j;
            continue;
        }
        const int n = validUtf8Length(s, i);
        if (n > 0) {
            d.utf8.append(s.data() + i, std::size_t(n));
            i += std::size_t(n);
        } else {
            appendUtf8(d.utf8, kReplacement);
            ++d.replacedBytes;
            ++i;
        }
    }
    return d;
}

DecodedText decodeUtf16(std::string_view s, bool bigEndian)
{
    DecodedText d;
    d.encoding = bigEndian ? "utf-16be" : "utf-16le";
    d.utf8.reserve(s.size());
    LineEndWriter w{d.utf8};
    auto unit = [&](std::size_t i) -> char16_t {
        const auto a = static_cast<unsigned char>(s[i]), b = static_cast<unsigned char>(s[i + 1]);
        return bigEndian ? char16_t((a << 8) | b) : char16_t((b << 8) | a);
    };
    std::size_t i = 0;
    while (i + 1 < s.size()) {
        const char16_t u = unit(i);
        if (u >= 0xD800 && u <= 0xDBFF) {
            if (i + 3 < s.size()) {
                const char16_t low = unit(i + 2);
                if (low >= 0xDC00 && low <= 0xDFFF) {
                    w.put(0x10000 + ((char32_t(u) - 0xD800) << 10) + (char32_t(low) - 0xDC00));
                    i += 4;
                    continue;
                }
            }
            w.put(kReplacement);
            d.replacedBytes += 2;
            i += 2;
        } else if (u >= 0xDC00 && u <= 0xDFFF) {
            w.put(kReplacement);
            d.replacedBytes += 2;
            i += 2;
        } else {
            w.put(u);
            i += 2;
        }
    }
    w.finish();
    if (i < s.size()) { // an odd trailing byte
        appendUtf8(d.utf8, kReplacement);
        d.replacedBytes += 1;
    }
    return d;
}

DecodedText decodeLatin1(std::string_view s)
{
    DecodedText d;
    d.encoding = "latin-1";
    d.utf8.reserve(s.size() + s.size() / 4);
    LineEndWriter w{d.utf8};
    for (char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if (c >= 0x80 && c < 0xA0) {
            const char16_t mapped = kCp1252High[c - 0x80];
            if (mapped == 0) {
                w.put(kReplacement);
                ++d.replacedBytes;
            } else {
                w.put(mapped);
            }
        } else {
            w.put(c);
        }
    }
    w.finish();
    return d;
}

// UTF-16 without a BOM: in text that is mostly ASCII, one byte of each pair is NUL. Looks at the
// first 64 KiB only; returns 0 (not UTF-16), 1 (little endian) or 2 (big endian).
int guessUtf16(std::string_view s)
{
    const std::size_t n = std::min<std::size_t>(s.size(), 64 * 1024) & ~std::size_t(1);
    if (n < 4)
        return 0;
    std::size_t evenNul = 0, oddNul = 0;
    for (std::size_t i = 0; i < n; i += 2) {
        evenNul += s[i] == 0;
        oddNul += s[i + 1] == 0;
    }
    const std::size_t pairs = n / 2;
    // Most odd bytes NUL and almost no even ones: ASCII in little endian (and the mirror image).
    if (oddNul * 10 >= pairs * 6 && evenNul * 10 <= pairs)
        return 1;
    if (evenNul * 10 >= pairs * 6 && oddNul * 10 <= pairs)
        return 2;
    return 0;
}

} // namespace

void appendUtf8(std::string &out, char32_t cp)
{
    if (cp < 0x80) {
        out.push_back(char(cp));
    } else if (cp < 0x800) {
        out.push_back(char(0xC0 | (cp >> 6)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(char(0xE0 | (cp >> 12)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(char(0xF0 | (cp >> 18)));
        out.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    }
}

int validUtf8Length(std::string_view s, std::size_t i)
{
    const auto at = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char c = at(i);
    if (c < 0x80)
        return 1;
    int n = 0;
    unsigned char lo = 0x80, hi = 0xBF; // the allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
        n = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        if (c == 0xE0)
            lo = 0xA0; // overlong
        if (c == 0xED)
            hi = 0x9F; // surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        if (c == 0xF0)
            lo = 0x90; // overlong
        if (c == 0xF4)
            hi = 0x8F; // above U+10FFFF
    } else {
        return 0;
    }
    if (i + std::size_t(n) > s.size())
        return 0;
    if (at(i + 1) < lo || at(i + 1) > hi)
        return 0;
    for (int k = 2; k < n; ++k)
        if ((at(i + std::size_t(k)) & 0xC0) != 0x80)
            return 0;
    return n;
}

DecodedText decodeText(std::string_view bytes)
{
    if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF")
        return decodeUtf8(bytes.substr(3));
    if (bytes.size() >= 2 && bytes.substr(0, 2) == "\xFF\xFE")
        return decodeUtf16(bytes.substr(2), false);
    if (bytes.size() >= 2 && bytes.substr(0, 2) == "\xFE\xFF")
        return decodeUtf16(bytes.substr(2), true);
    if (const int guess = guessUtf16(bytes))
        return decodeUtf16(bytes, guess == 2);

    // Valid UTF-8 (or nearly: a few broken bytes among many good multi-byte sequences) stays UTF-8;
    // otherwise the high bytes are single-byte characters.
    std::int64_t good = 0, bad = 0;
    for (std::size_t i = 0; i < bytes.size();) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        const int n = validUtf8Length(bytes, i);
        if (n > 0) {
            ++good;
            i += std::size_t(n);
        } else {
            ++bad;
            ++i;
        }
    }
    if (bad == 0 || good > 4 * bad)
        return decodeUtf8(bytes);
    return decodeLatin1(bytes);
}

} // namespace genlab::engine::retrieval
