#include "engine/retrieval/chunking.h"
#include "engine/retrieval/detail/textspan.h"

#include "engine/retrieval/textdecode.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <deque>
#include <optional>
#include <stdexcept>
#include <string_view>

namespace genlab::engine::retrieval {

namespace {

using Kind = ChunkingSpec::Kind;

constexpr int kMaxSize = 1000000;
constexpr std::size_t kMaxHeadingBytes = 200;

using detail::isAsciiSpace;

bool isContinuation(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// The code point at s[i] and its length; an invalid byte reads as U+FFFD of length 1.
char32_t codePointAt(std::string_view s, std::size_t i, int *length)
{
    const int n = validUtf8Length(s, i);
    const auto b = [&](std::size_t k) { return char32_t(static_cast<unsigned char>(s[i + k])); };
    *length = n > 0 ? n : 1;
    switch (n) {
    case 1: return b(0);
    case 2: return ((b(0) & 0x1F) << 6) | (b(1) & 0x3F);
    case 3: return ((b(0) & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F);
    case 4: return ((b(0) & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F);
    default: return 0xFFFD;
    }
}

// Letters, digits and combining marks (so words in scripts with vowel signs stay whole).
bool isWordChar(char32_t c)
{
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    return u_isalnum(UChar32(c)) || (U_GET_GC_MASK(UChar32(c)) & U_GC_M_MASK) != 0;
}

// Where lines, headings and pages start, for filling in Chunk::line/heading/page by binary search.
class DocumentMap
{
public:
    explicit DocumentMap(const Document &doc) : m_doc(doc)
    {
        const std::string &s = doc.text;
        m_lineStarts.push_back(0);
        bool fenced = false;
        std::size_t pos = 0;
        while (pos <= s.size()) {
            const void *nl = pos < s.size() ? std::memchr(s.data() + pos, '\n', s.size() - pos) : nullptr;
            const std::size_t lineEnd = nl ? std::size_t(static_cast<const char *>(nl) - s.data()) : s.size();
            const std::string_view line(s.data() + pos, lineEnd - pos);
            if (line.rfind("```", 0) == 0 || line.rfind("~~~", 0) == 0)
                fenced = !fenced; // '#' lines in code blocks are comments, not headings
            else if (!fenced)
                if (auto heading = headingText(line))
                    m_headings.push_back({std::int64_t(pos), std::move(*heading)});
            if (!nl)
                break;
            pos = lineEnd + 1;
            m_lineStarts.push_back(std::int64_t(pos));
        }
    }

    // A Markdown ATX heading: up to 3 spaces, 1-6 '#', then a space or the end of the line.
    static std::optional<std::string> headingText(std::string_view line)
    {
        std::size_t i = 0;
        while (i < line.size() && i < 3 && line[i] == ' ')
            ++i;
        std::size_t hashes = 0;
        while (i + hashes < line.size() && line[i + hashes] == '#')
            ++hashes;
        if (hashes == 0 || hashes > 6)
            return std::nullopt;
        i += hashes;
        if (i < line.size() && line[i] != ' ' && line[i] != '\t')
            return std::nullopt;
        std::string_view t = line.substr(i);
        while (!t.empty() && isAsciiSpace(t.front()))
            t.remove_prefix(1);
        while (!t.empty() && isAsciiSpace(t.back()))
            t.remove_suffix(1);
        // A closing run of '#' is decoration.
        std::size_t close = t.size();
        while (close > 0 && t[close - 1] == '#')
            --close;
        if (close < t.size() && (close == 0 || isAsciiSpace(t[close - 1])))
            t = t.substr(0, close);
        while (!t.empty() && isAsciiSpace(t.back()))
            t.remove_suffix(1);
        if (t.size() > kMaxHeadingBytes) {
            std::size_t cut = kMaxHeadingBytes;
            while (cut > 0 && isContinuation(t[cut]))
                --cut;
            t = t.substr(0, cut);
        }
        return std::string(t);
    }

    std::vector<std::int64_t> headingOffsets() const
    {
        std::vector<std::int64_t> v;
        v.reserve(m_headings.size());
        for (const auto &h : m_headings)
            v.push_back(h.offset);
        return v;
    }

    // Trims, fills in line/page/heading, and appends unless empty.
    void emit(std::vector<Chunk> &out, std::int32_t document, std::int64_t begin, std::int64_t end) const
    {
        const std::string &s = m_doc.text;
        while (begin < end && isAsciiSpace(s[std::size_t(begin)]))
            ++begin;
        while (end > begin && isAsciiSpace(s[std::size_t(end - 1)]))
            --end;
        if (begin >= end)
            return;
        Chunk c;
        c.document = document;
        c.begin = begin;
        c.end = end;
        c.line = std::int32_t(std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), begin) - m_lineStarts.begin());
        if (!m_doc.pageStarts.empty()) {
            const auto it = std::upper_bound(m_doc.pageStarts.begin(), m_doc.pageStarts.end(), begin);
            c.page = std::int32_t(std::max<std::ptrdiff_t>(1, it - m_doc.pageStarts.begin()));
        }
        const auto h = std::upper_bound(m_headings.begin(), m_headings.end(), begin,
                                        [](std::int64_t b, const Heading &x) { return b < x.offset; });
        if (h != m_headings.begin())
            c.heading = std::prev(h)->text;
        c.text = s.substr(std::size_t(begin), std::size_t(end - begin));
        out.push_back(std::move(c));
    }

    // emit(), with ranges over kMaxChunkBytes cut at a line end or space in their last quarter
    // (a UTF-8 sequence is never cut).
    void emitCapped(std::vector<Chunk> &out, std::int32_t document, std::int64_t begin, std::int64_t end) const
    {
        const std::string &s = m_doc.text;
        while (end - begin > kMaxChunkBytes) {
            std::int64_t cut = begin + kMaxChunkBytes;
            while (cut > begin && isContinuation(s[std::size_t(cut)]))
                --cut;
            const std::int64_t floor = begin + kMaxChunkBytes * 3 / 4;
            std::int64_t best = -1;
            for (std::int64_t p = cut; p > floor && best < 0; --p)
                if (s[std::size_t(p - 1)] == '\n')
                    best = p;
            for (std::int64_t p = cut; p > floor && best < 0; --p)
                if (isAsciiSpace(s[std::size_t(p - 1)]))
                    best = p;
            if (best > begin)
                cut = best;
            if (cut <= begin) // cannot happen with valid lengths; never loop forever
                cut = begin + kMaxChunkBytes;
            emit(out, document, begin, cut);
            begin = cut;
        }
        emit(out, document, begin, end);
    }

private:
    struct Heading
    {
        std::int64_t offset;
        std::string text;
    };
    const Document &m_doc;
    std::vector<std::int64_t> m_lineStarts;
    std::vector<Heading> m_headings;
};

void chunkCharacters(const Document &doc, const DocumentMap &map, std::int32_t index, int size, int overlap,
                     std::vector<Chunk> &out)
{
    const std::string &s = doc.text;
    const std::int64_t n = std::int64_t(s.size());
    const auto next = [&](std::int64_t p) {
        ++p;
        while (p < n && isContinuation(s[std::size_t(p)]))
            ++p;
        return p;
    };
    const auto prev = [&](std::int64_t p) {
        --p;
        while (p > 0 && isContinuation(s[std::size_t(p)]))
            --p;
        return p;
    };
    const int softChars = std::max(1, size - size / 5); // a break is looked for in the last fifth
    std::int64_t start = 0;
    while (start < n && isAsciiSpace(s[std::size_t(start)]))
        ++start;
    while (start < n) {
        std::int64_t e = start, soft = start;
        for (int k = 0; k < size && e < n; ++k) {
            e = next(e);
            if (k + 1 == softChars)
                soft = e;
        }
        if (e >= n) {
            map.emitCapped(out, index, start, n);
            return;
        }
        // Prefer a sentence end (". " "! " "? " or a blank line), then any whitespace, then e.
        std::int64_t cut = -1;
        for (std::int64_t p = e; p > soft && p > start + 1 && cut < 0; --p) {
            const char a = s[std::size_t(p - 1)], b = s[std::size_t(p)];
            if (((a == '.' || a == '!' || a == '?') && isAsciiSpace(b)) || (a == '\n' && b == '\n'))
                cut = p;
        }
        for (std::int64_t p = e; p > soft && p > start && cut < 0; --p)
            if (isAsciiSpace(s[std::size_t(p)]))
                cut = p;
        if (cut < 0)
            cut = e;
        map.emitCapped(out, index, start, cut);

        std::int64_t following = cut;
        if (overlap > 0) {
            std::int64_t q = cut;
            for (int k = 0; k < overlap && q > start; ++k)
                q = prev(q);
            if (q > start) {
                // Start the overlap at a word's beginning rather than inside a word.
                std::int64_t w = q;
                if (q > 0 && !isAsciiSpace(s[std::size_t(q - 1)]))
                    while (w < cut && !isAsciiSpace(s[std::size_t(w)]))
                        ++w;
                following = w < cut ? w : q;
            }
        }
        start = following;
        while (start < n && isAsciiSpace(s[std::size_t(start)]))
            ++start;
    }
}

void chunkTokens(const Document &doc, const DocumentMap &map, std::int32_t index, int size, int overlap,
                 std::vector<Chunk> &out)
{
    const std::string_view s = doc.text;
    const std::size_t n = s.size();
    std::size_t pos = 0;
    // The next word [begin, end), or false at the end.
    auto nextWord = [&](std::int64_t *wb, std::int64_t *we) {
        int len = 0;
        while (pos < n && !isWordChar(codePointAt(s, pos, &len)))
            pos += std::size_t(len);
        if (pos >= n)
            return false;
        *wb = std::int64_t(pos);
        while (pos < n && isWordChar(codePointAt(s, pos, &len)))
            pos += std::size_t(len);
        *we = std::int64_t(pos);
        return true;
    };
    // Punctuation attached to the first and last word ("(word", "end.") belongs to the chunk.
    auto extendBack = [&](std::int64_t b) {
        while (b > 0) {
            std::int64_t p = b - 1;
            while (p > 0 && isContinuation(s[std::size_t(p)]))
                --p;
            int len = 0;
            const char32_t c = codePointAt(s, std::size_t(p), &len);
            if (c < 0x80 ? isAsciiSpace(char(c)) : u_isspace(UChar32(c)))
                break;
            if (isWordChar(c))
                break;
            b = p;
        }
        return b;
    };
    auto extendForward = [&](std::int64_t e) {
        while (std::size_t(e) < n) {
            int len = 0;
            const char32_t c = codePointAt(s, std::size_t(e), &len);
            if ((c < 0x80 ? isAsciiSpace(char(c)) : u_isspace(UChar32(c))) || isWordChar(c))
                break;
            e += len;
        }
        return e;
    };

    std::deque<std::pair<std::int64_t, std::int64_t>> window;
    int fresh = 0; // words in the window not yet in any chunk
    const int step = size - overlap;
    for (;;) {
        std::int64_t wb = 0, we = 0;
        while (int(window.size()) < size && nextWord(&wb, &we)) {
            window.emplace_back(wb, we);
            ++fresh;
        }
        if (fresh == 0)
            return;
        map.emitCapped(out, index, extendBack(window.front().first), extendForward(window.back().second));
        if (int(window.size()) < size)
            return; // the text ended
        for (int k = 0; k < step; ++k)
            window.pop_front();
        fresh = 0;
    }
}

void chunkSentences(const Document &doc, const DocumentMap &map, std::int32_t index, int size, std::vector<Chunk> &out)
{
    const std::string &s = doc.text;
    const std::int64_t n = std::int64_t(s.size());
    std::int64_t start = 0;
    int sentences = 0;
    bool content = false; // the current sentence has something other than whitespace
    auto endSentence = [&](std::int64_t at) {
        if (!content)
            return;
        content = false;
        if (++sentences >= size) {
            map.emitCapped(out, index, start, at);
            start = at;
            sentences = 0;
        }
    };
    auto closing = [](char c) { return c == '"' || c == '\'' || c == ')' || c == ']' || c == '.' || c == '!' || c == '?'; };
    // Line by line: a blank line ends a sentence.
    for (std::int64_t ls = 0; ls < n;) {
        const char *nl = static_cast<const char *>(std::memchr(s.data() + ls, '\n', std::size_t(n - ls)));
        const std::int64_t le = nl ? std::int64_t(nl - s.data()) : n;
        const std::string_view line(s.data() + ls, std::size_t(le - ls));
        if (DocumentMap::headingText(line)) {
            // A heading starts a new chunk and goes with the sentences under it.
            endSentence(ls);
            if (sentences > 0) {
                map.emitCapped(out, index, start, ls);
                start = ls;
                sentences = 0;
            }
            content = false;
        } else {
            bool blank = true;
            for (std::int64_t p = ls; p < le; ++p) {
                const char c = s[std::size_t(p)];
                if (isAsciiSpace(c))
                    continue;
                blank = false;
                content = true;
                if (c == '.' || c == '!' || c == '?') {
                    // Closing quotes and brackets stay with their sentence.
                    std::int64_t q = p + 1;
                    while (q < le && closing(s[std::size_t(q)]))
                        ++q;
                    if (q >= le || isAsciiSpace(s[std::size_t(q)]))
                        endSentence(q);
                    p = q - 1;
                }
            }
            if (blank)
                endSentence(ls);
        }
        ls = le + 1;
    }
    if (start < n)
        map.emitCapped(out, index, start, n);
}

void chunkHeadings(const Document &doc, const DocumentMap &map, std::int32_t index, std::vector<Chunk> &out)
{
    std::int64_t start = 0;
    for (std::int64_t h : map.headingOffsets()) {
        if (h > start)
            map.emitCapped(out, index, start, h);
        start = h;
    }
    map.emitCapped(out, index, start, std::int64_t(doc.text.size()));
}

int parseNumber(std::string_view field, const std::string &whole, const char *what)
{
    int value = 0;
    const auto [end, ec] = std::from_chars(field.data(), field.data() + field.size(), value);
    if (field.empty() || ec != std::errc() || end != field.data() + field.size())
        throw std::invalid_argument("chunking '" + whole + "': the " + what + " '" + std::string(field) +
                                    "' is not a whole number");
    return value;
}

std::vector<std::string_view> splitColons(std::string_view s)
{
    std::vector<std::string_view> parts;
    std::size_t from = 0;
    for (;;) {
        const std::size_t c = s.find(':', from);
        parts.push_back(s.substr(from, c == std::string_view::npos ? std::string_view::npos : c - from));
        if (c == std::string_view::npos)
            return parts;
        from = c + 1;
    }
}

} // namespace

ChunkingSpec ChunkingSpec::parse(const std::string &text)
{
    static const char *kForms = "use chars:N:OVERLAP, tokens:N:OVERLAP, sentences:N, headings or file";
    std::string t;
    for (char c : text)
        if (!isAsciiSpace(c))
            t.push_back(c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c);
    const auto parts = splitColons(t);
    const std::string_view kind = parts[0];
    ChunkingSpec spec;
    spec.overlap = 0;
    if (kind == "headings" || kind == "file") {
        if (parts.size() > 1)
            throw std::invalid_argument("chunking '" + text + "': " + std::string(kind) + " takes no numbers (" + kForms + ")");
        spec.kind = kind == "file" ? Kind::File : Kind::Headings;
        spec.size = 0;
        return spec;
    }
    if (kind == "chars" || kind == "characters" || kind == "tokens" || kind == "words") {
        spec.kind = kind == "chars" || kind == "characters" ? Kind::Characters : Kind::Tokens;
        if (parts.size() < 2 || parts.size() > 3)
            throw std::invalid_argument("chunking '" + text + "': " + std::string(kind) + " needs a size and may have an overlap (" +
                                        kForms + ")");
        spec.size = parseNumber(parts[1], text, "size");
        spec.overlap = parts.size() == 3 ? parseNumber(parts[2], text, "overlap") : 0;
    } else if (kind == "sentences") {
        spec.kind = Kind::Sentences;
        if (parts.size() != 2)
            throw std::invalid_argument("chunking '" + text + "': sentences needs one number, the sentences per chunk (" +
                                        kForms + ")");
        spec.size = parseNumber(parts[1], text, "size");
    } else {
        throw std::invalid_argument("unknown chunking '" + text + "' (" + kForms + ")");
    }
    if (spec.size < 1 || spec.size > kMaxSize)
        throw std::invalid_argument("chunking '" + text + "': the size must be between 1 and " + std::to_string(kMaxSize));
    if (spec.overlap < 0 || spec.overlap >= spec.size)
        throw std::invalid_argument("chunking '" + text + "': the overlap (" + std::to_string(spec.overlap) +
                                    ") must be smaller than the size (" + std::to_string(spec.size) + ")");
    return spec;
}

std::string ChunkingSpec::toString() const
{
    switch (kind) {
    case Kind::Characters: return "chars:" + std::to_string(size) + ":" + std::to_string(overlap);
    case Kind::Tokens: return "tokens:" + std::to_string(size) + ":" + std::to_string(overlap);
    case Kind::Sentences: return "sentences:" + std::to_string(size);
    case Kind::Headings: return "headings";
    case Kind::File: return "file";
    }
    return "file";
}

std::vector<Chunk> chunkDocument(const Document &doc, std::int32_t documentIndex, const ChunkingSpec &spec)
{
    std::vector<Chunk> out;
    if (doc.text.empty())
        return out;
    const DocumentMap map(doc);
    // A spec built by hand rather than parsed gets sane numbers all the same.
    const int size = std::clamp(spec.size, 1, kMaxSize);
    const int overlap = std::clamp(spec.overlap, 0, size - 1);
    switch (spec.kind) {
    case Kind::Characters: chunkCharacters(doc, map, documentIndex, size, overlap, out); break;
    case Kind::Tokens: chunkTokens(doc, map, documentIndex, size, overlap, out); break;
    case Kind::Sentences: chunkSentences(doc, map, documentIndex, size, out); break;
    case Kind::Headings: chunkHeadings(doc, map, documentIndex, out); break;
    case Kind::File: map.emitCapped(out, documentIndex, 0, std::int64_t(doc.text.size())); break;
    }
    return out;
}

} // namespace genlab::engine::retrieval
