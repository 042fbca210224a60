#pragma once
// The lexical analyzer shared by BM25 indexing and querying: UTF-8 text to lower-cased terms with
// their byte offsets. Pure functions, thread-safe.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace genlab::engine::retrieval {

struct AnalyzerOptions
{
    bool stem = false;       // English Porter-style suffix stripping (stemmer.h)
    bool stopWords = false;  // drop a short list of English function words
    bool operator==(const AnalyzerOptions &) const = default;
};

struct Token
{
    std::string term;        // folded (and, with options, stemmed) term
    std::int64_t begin = 0;  // byte range [begin, end) of the word in the analysed text
    std::int64_t end = 0;
};

// Splits into runs of Unicode letters and digits (u_isalnum on code points; apostrophes,
// punctuation and spaces separate), folds case fully (ICU: "Straße" -> "strasse", "ΣΟΦΙΑ" ->
// "σοφια"), then applies the options. Invalid UTF-8 bytes separate words. Pure-ASCII words take a
// fast path without ICU.
std::vector<Token> analyze(std::string_view utf8, const AnalyzerOptions &options = {});

// Only the terms, in order (what indexing needs).
std::vector<std::string> analyzeTerms(std::string_view utf8, const AnalyzerOptions &options = {});

// A stable name for manifests: "unicode-fold", "unicode-fold+stem", "unicode-fold+stop",
// "unicode-fold+stem+stop".
std::string_view analyzerName(const AnalyzerOptions &options);

// The inverse of analyzerName; throws std::invalid_argument naming the accepted forms.
AnalyzerOptions analyzerOptionsFromName(std::string_view name);

} // namespace genlab::engine::retrieval
