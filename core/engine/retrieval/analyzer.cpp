#include "engine/retrieval/analyzer.h"

#include "engine/retrieval/stemmer.h"

#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <stdexcept>
#include <string>

namespace genlab::engine::retrieval {

namespace {

// A word character for the ASCII fast path: [0-9A-Za-z].
constexpr std::array<bool, 128> makeAsciiWordTable()
{
    std::array<bool, 128> table{};
    for (int c = '0'; c <= '9'; ++c) table[c] = true;
    for (int c = 'a'; c <= 'z'; ++c) table[c] = true;
    for (int c = 'A'; c <= 'Z'; ++c) table[c] = true;
    return table;
}
constexpr std::array<bool, 128> kAsciiWord = makeAsciiWordTable();

// Common English function words, enough to stop them dominating a query; kept short on purpose
// (a long list hurts phrase-like questions more than it helps ranking).
constexpr std::array<std::string_view, 40> kStopWords{
    "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "has", "have", "he",
    "her", "his", "i", "if", "in", "into", "is", "it", "its", "no", "not", "of", "on", "or",
    "she", "so", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was"};
constexpr std::array<std::string_view, 7> kMoreStopWords{"we", "were", "what", "which", "will", "with", "you"};

bool isStopWord(std::string_view term)
{
    return std::find(kStopWords.begin(), kStopWords.end(), term) != kStopWords.end()
        || std::find(kMoreStopWords.begin(), kMoreStopWords.end(), term) != kMoreStopWords.end();
}

// A code point that starts or continues a word: letters and digits (u_isalnum). Combining marks
// continue a word so that decomposed text ("e" + U+0301) stays one word, as the composed form is.
bool isWordStart(UChar32 c) { return u_isalnum(c); }
bool isWordContinue(UChar32 c) { return u_isalnum(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0; }

// Full Unicode case folding of one word (ß -> ss, Σ/ς -> σ) through UTF-16, ICU's working form.
std::string foldWord(std::string_view word)
{
    UErrorCode status = U_ZERO_ERROR;
    std::u16string utf16(word.size() + 1, u'\0');
    int32_t length16 = 0;
    u_strFromUTF8(reinterpret_cast<UChar *>(utf16.data()), static_cast<int32_t>(utf16.size()), &length16,
                  word.data(), static_cast<int32_t>(word.size()), &status);
    if (U_FAILURE(status)) return std::string(word); // the word holds only valid sequences; cannot happen
    utf16.resize(static_cast<std::size_t>(length16));

    std::u16string folded(utf16.size() * 3 + 1, u'\0'); // folding can grow a string up to 3x
    status = U_ZERO_ERROR;
    const int32_t foldedLength = u_strFoldCase(reinterpret_cast<UChar *>(folded.data()), static_cast<int32_t>(folded.size()),
                                               reinterpret_cast<const UChar *>(utf16.data()), length16,
                                               U_FOLD_CASE_DEFAULT, &status);
    if (U_FAILURE(status)) return std::string(word);

    std::string out(static_cast<std::size_t>(foldedLength) * 3 + 1, '\0');
    int32_t outLength = 0;
    status = U_ZERO_ERROR;
    u_strToUTF8(out.data(), static_cast<int32_t>(out.size()), &outLength,
                reinterpret_cast<const UChar *>(folded.data()), foldedLength, &status);
    if (U_FAILURE(status)) return std::string(word);
    out.resize(static_cast<std::size_t>(outLength));
    return out;
}

// Walks the text once, calling emit(term, begin, end) for each word after folding and the options.
template<typename Emit>
void forEachTerm(std::string_view text, const AnalyzerOptions &options, Emit &&emit)
{
    const auto *bytes = reinterpret_cast<const std::uint8_t *>(text.data());
    const auto size = static_cast<std::int64_t>(text.size());
    std::string term;

    auto finishWord = [&](std::int64_t begin, std::int64_t end) {
        if (options.stopWords && isStopWord(term)) return;
        if (options.stem) term = porterStem(term);
        if (!term.empty()) emit(term, begin, end);
    };

    std::int64_t i = 0;
    while (i < size) {
        // Skip separators; ASCII bytes are classified by table, the rest through ICU.
        const std::uint8_t byte = bytes[i];
        if (byte < 0x80) {
            if (!kAsciiWord[byte]) { ++i; continue; }
        } else {
            std::int32_t next = static_cast<std::int32_t>(i);
            UChar32 c = 0;
            // Offsets beyond 2 GiB are not expected in one chunk; the caller analyses chunks and
            // queries (chunks are capped at kMaxChunkBytes), so int32 indexing is safe here.
            U8_NEXT(bytes, next, static_cast<std::int32_t>(std::min<std::int64_t>(size, INT32_MAX)), c);
            if (c < 0 || !isWordStart(c)) { i = next; continue; }
        }

        // A word starts at i. Collect it, noting whether it stayed ASCII.
        const std::int64_t begin = i;
        bool ascii = true;
        while (i < size) {
            const std::uint8_t b = bytes[i];
            if (b < 0x80) {
                if (!kAsciiWord[b]) break;
                ++i;
                continue;
            }
            std::int32_t next = static_cast<std::int32_t>(i);
            UChar32 c = 0;
            U8_NEXT(bytes, next, static_cast<std::int32_t>(std::min<std::int64_t>(size, INT32_MAX)), c);
            if (c < 0 || !isWordContinue(c)) break;
            ascii = false;
            i = next;
        }
        const std::string_view word = text.substr(static_cast<std::size_t>(begin), static_cast<std::size_t>(i - begin));
        if (ascii) {
            term.assign(word);
            for (char &ch : term)
                if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch + ('a' - 'A'));
        } else {
            term = foldWord(word);
        }
        finishWord(begin, i);
    }
}

} // namespace

std::vector<Token> analyze(std::string_view utf8, const AnalyzerOptions &options)
{
    if (utf8.size() > static_cast<std::size_t>(INT32_MAX))
        throw std::invalid_argument("analyze: text of " + std::to_string(utf8.size())
                                    + " bytes is too large (at most 2 GiB at once; split it into chunks)");
    std::vector<Token> tokens;
    forEachTerm(utf8, options, [&](std::string &term, std::int64_t begin, std::int64_t end) {
        tokens.push_back(Token{std::move(term), begin, end});
        term.clear();
    });
    return tokens;
}

std::vector<std::string> analyzeTerms(std::string_view utf8, const AnalyzerOptions &options)
{
    if (utf8.size() > static_cast<std::size_t>(INT32_MAX))
        throw std::invalid_argument("analyzeTerms: text of " + std::to_string(utf8.size())
                                    + " bytes is too large (at most 2 GiB at once; split it into chunks)");
    std::vector<std::string> terms;
    forEachTerm(utf8, options, [&](std::string &term, std::int64_t, std::int64_t) {
        terms.push_back(std::move(term));
        term.clear();
    });
    return terms;
}

std::string_view analyzerName(const AnalyzerOptions &options)
{
    if (options.stem && options.stopWords) return "unicode-fold+stem+stop";
    if (options.stem) return "unicode-fold+stem";
    if (options.stopWords) return "unicode-fold+stop";
    return "unicode-fold";
}

AnalyzerOptions analyzerOptionsFromName(std::string_view name)
{
    for (bool stem : {false, true})
        for (bool stop : {false, true}) {
            const AnalyzerOptions options{stem, stop};
            if (analyzerName(options) == name) return options;
        }
    throw std::invalid_argument("unknown analyzer \"" + std::string(name)
                                + "\" (expected unicode-fold, unicode-fold+stem, unicode-fold+stop or unicode-fold+stem+stop)");
}

} // namespace genlab::engine::retrieval
