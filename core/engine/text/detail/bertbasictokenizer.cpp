#include "engine/text/detail/bertbasictokenizer.h"

#include "engine/text/detail/utf8.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>

namespace genlab::engine::text::detail {

namespace {

// What the ASCII characters are to BERT, looked up once per byte on the common path.
enum class AsciiClass : unsigned char { Drop, Space, Punct, Other };

constexpr std::array<AsciiClass, 128> makeAsciiTable()
{
    std::array<AsciiClass, 128> t{};
    for (int c = 0; c < 128; ++c) {
        if (c == '\t' || c == '\n' || c == '\r' || c == ' ')
            t[std::size_t(c)] = AsciiClass::Space;
        else if (c < 0x20 || c == 0x7F)
            t[std::size_t(c)] = AsciiClass::Drop;
        else if ((c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126))
            t[std::size_t(c)] = AsciiClass::Punct;
        else
            t[std::size_t(c)] = AsciiClass::Other;
    }
    return t;
}
constexpr std::array<AsciiClass, 128> kAscii = makeAsciiTable();

// Hugging Face drops every "other" character (Cc, Cf, Co, Cn; surrogates cannot occur after strict
// decoding) except tab, newline and carriage return, which count as whitespace.
bool isDropped(char32_t cp)
{
    if (cp == 0 || cp == 0xFFFD)
        return true;
    if (cp == U'\t' || cp == U'\n' || cp == U'\r')
        return false;
    return (U_GET_GC_MASK(UChar32(cp)) & U_GC_C_MASK) != 0;
}

bool isSpace(char32_t cp)
{
    return cp == U'\t' || cp == U'\n' || cp == U'\r' || cp == U' ' || u_isUWhiteSpace(UChar32(cp));
}

const icu::Normalizer2 *nfd()
{
    static const icu::Normalizer2 *instance = [] {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Normalizer2 *n = icu::Normalizer2::getNFDInstance(status);
        return U_SUCCESS(status) ? n : nullptr;
    }();
    return instance;
}

// Rust's char::to_lowercase (what Hugging Face uses) is the full mapping, one character at a time;
// U+0130 is the only character whose unconditional full mapping is longer than ICU's simple one.
void appendLower(std::u32string &out, char32_t cp)
{
    if (cp == 0x130) {
        out += U'i';
        out += char32_t(0x307);
        return;
    }
    out += char32_t(u_tolower(UChar32(cp)));
}

} // namespace

bool isBertPunctuation(char32_t cp)
{
    if (cp < 128)
        return kAscii[cp] == AsciiClass::Punct;
    return (U_GET_GC_MASK(UChar32(cp)) & U_GC_P_MASK) != 0;
}

bool isCjkIdeograph(char32_t cp)
{
    return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x20000 && cp <= 0x2A6DF) ||
           (cp >= 0x2A700 && cp <= 0x2B73F) || (cp >= 0x2B740 && cp <= 0x2B81F) || (cp >= 0x2B820 && cp <= 0x2CEAF) ||
           (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x2F800 && cp <= 0x2FA1F);
}

BertBasicTokenizer::BertBasicTokenizer(const WordPieceOptions &options, std::vector<std::string> specials)
    : m_specials(std::move(specials)), m_lower(options.lowerCase),
      m_strip(options.stripAccents.value_or(options.lowerCase)), m_cjk(options.tokenizeChineseChars)
{
    for (int i = 0; i < int(m_specials.size()); ++i) {
        if (m_specials[std::size_t(i)].empty())
            continue;
        m_specialOrder.push_back(i);
        m_specialFirst[static_cast<unsigned char>(m_specials[std::size_t(i)][0])] = true;
    }
    std::stable_sort(m_specialOrder.begin(), m_specialOrder.end(),
                     [&](int a, int b) { return m_specials[std::size_t(a)].size() > m_specials[std::size_t(b)].size(); });
}

void BertBasicTokenizer::split(std::string_view text, const std::function<void(const BertWord &)> &onWord) const
{
    std::string word;
    std::vector<std::size_t> begins, ends;
    int chars = 0;
    auto flush = [&](int special = -1) {
        if (word.empty())
            return;
        BertWord w;
        w.text = word;
        w.begin = begins.data();
        w.end = ends.data();
        w.chars = chars;
        w.special = special;
        onWord(w);
        word.clear();
        begins.clear();
        ends.clear();
        chars = 0;
    };
    auto append = [&](char32_t cp, std::size_t b, std::size_t e) {
        const std::size_t before = word.size();
        appendUtf8(word, cp);
        begins.insert(begins.end(), word.size() - before, b);
        ends.insert(ends.end(), word.size() - before, e);
        ++chars;
    };
    auto single = [&](char32_t cp, std::size_t b, std::size_t e) {
        flush();
        append(cp, b, e);
        flush();
    };

    const auto *p = reinterpret_cast<const unsigned char *>(text.data());
    const std::size_t n = text.size();
    std::u32string decomposed;
    std::u32string normalised;
    icu::UnicodeString mapping;
    std::size_t i = 0;
    while (i < n) {
        const unsigned char b0 = p[i];
        if (m_specialFirst[b0]) {
            bool matched = false;
            for (int idx : m_specialOrder) {
                const std::string &s = m_specials[std::size_t(idx)];
                if (text.substr(i, s.size()) == s) {
                    flush();
                    word = s;
                    begins.assign(s.size(), i);
                    ends.assign(s.size(), i + s.size());
                    chars = 0;
                    for (unsigned char c : s)
                        chars += (c & 0xC0) != 0x80;
                    flush(idx);
                    i += s.size();
                    matched = true;
                    break;
                }
            }
            if (matched)
                continue;
        }
        if (b0 < 0x80) {
            switch (kAscii[b0]) {
            case AsciiClass::Drop:
                break;
            case AsciiClass::Space:
                flush();
                break;
            case AsciiClass::Punct:
                single(char32_t(b0), i, i + 1);
                break;
            case AsciiClass::Other:
                word += char((m_lower && b0 >= 'A' && b0 <= 'Z') ? b0 + 32 : b0);
                begins.push_back(i);
                ends.push_back(i + 1);
                ++chars;
                break;
            }
            ++i;
            continue;
        }
        char32_t cp = 0;
        const int len = decodeUtf8(p + i, n - i, &cp);
        if (len == 0) { // not UTF-8: dropped like a control character
            ++i;
            continue;
        }
        const std::size_t b = i, e = i + std::size_t(len);
        i = e;
        if (isDropped(cp))
            continue;
        if (isSpace(cp)) {
            flush();
            continue;
        }
        const bool cjk = m_cjk && isCjkIdeograph(cp);
        if (cjk)
            flush();

        decomposed.clear();
        const icu::Normalizer2 *norm = m_strip ? nfd() : nullptr;
        if (norm && norm->getDecomposition(UChar32(cp), mapping)) {
            for (int32_t k = 0; k < mapping.length();) {
                const UChar32 c = mapping.char32At(k);
                k += U16_LENGTH(c);
                if ((U_GET_GC_MASK(c) & U_GC_MN_MASK) == 0)
                    decomposed += char32_t(c);
            }
        } else if (!m_strip || (U_GET_GC_MASK(UChar32(cp)) & U_GC_MN_MASK) == 0) {
            decomposed += cp;
        }
        normalised.clear();
        if (m_lower)
            for (char32_t c : decomposed)
                appendLower(normalised, c);
        else
            normalised = decomposed;

        for (char32_t c : normalised) {
            if (isSpace(c))
                flush();
            else if (isBertPunctuation(c))
                single(c, b, e);
            else
                append(c, b, e);
        }
        if (cjk)
            flush();
    }
    flush();
}

} // namespace genlab::engine::text::detail
