#include "engine/retrieval/extractive.h"
#include "engine/retrieval/detail/textspan.h"

#include "engine/retrieval/analyzer.h"

#include <algorithm>
#include <map>
#include <set>

namespace genlab::engine::retrieval {

namespace {

// A sentence longer than this is a run of text without sentence ends (a table, a code block, a
// long line): it is shown cut, at a UTF-8 boundary.
constexpr std::size_t kMaxSentenceBytes = 600;
constexpr double kRankBonus = 0.05;
// A question in the text that matches the user's is not an answer, but the sentence after it
// usually is: that sentence inherits this factor times the square of the question's share.
constexpr double kQuestionCarry = 0.9;

using detail::TextSpan;

using detail::isAsciiSpace;

// The first non-blank character of the line starting at i, and whether the line is a Markdown
// heading or starts a list item / quote / table row (each of which begins a new sentence).
bool lineStartsBlock(const std::string &t, std::size_t i, bool *heading)
{
    while (i < t.size() && (t[i] == ' ' || t[i] == '\t'))
        ++i;
    if (i >= t.size())
        return false;
    *heading = t[i] == '#';
    const char c = t[i];
    if (c == '#' || c == '>' || c == '|')
        return true;
    if ((c == '-' || c == '*' || c == '+') && i + 1 < t.size() && t[i + 1] == ' ')
        return true;
    std::size_t j = i;
    while (j < t.size() && t[j] >= '0' && t[j] <= '9')
        ++j;
    return j > i && j + 1 < t.size() && (t[j] == '.' || t[j] == ')') && t[j + 1] == ' ';
}

// Sentence spans of a passage; heading lines are dropped.
std::vector<TextSpan> sentencesOf(const std::string &t)
{
    std::vector<TextSpan> out;
    std::size_t start = 0;
    bool startIsHeading = false;
    lineStartsBlock(t, 0, &startIsHeading);
    auto emit = [&](std::size_t end) {
        std::size_t b = start;
        std::size_t e = end;
        while (b < e && isAsciiSpace(t[b]))
            ++b;
        while (e > b && isAsciiSpace(t[e - 1]))
            --e;
        if (e > b && !startIsHeading)
            out.push_back(TextSpan{b, e});
    };
    for (std::size_t i = 0; i < t.size(); ++i) {
        const char c = t[i];
        if (c == '.' || c == '!' || c == '?') {
            std::size_t j = i + 1;
            while (j < t.size() && (t[j] == '"' || t[j] == '\'' || t[j] == ')' || t[j] == ']' || t[j] == '*' || t[j] == '_'))
                ++j;
            if (j >= t.size() || isAsciiSpace(t[j])) {
                emit(j);
                start = j;
                startIsHeading = false;
                i = j - 1;
            }
        } else if (c == '\n') {
            bool heading = false;
            const bool paragraph = i + 1 < t.size() && (t[i + 1] == '\n' || (t[i + 1] == '\r' && i + 2 < t.size() && t[i + 2] == '\n'));
            if (paragraph || startIsHeading || lineStartsBlock(t, i + 1, &heading)) {
                emit(i);
                start = i + 1;
                startIsHeading = false;
                lineStartsBlock(t, start, &startIsHeading);
            }
        }
    }
    emit(t.size());
    return out;
}

// The sentence as shown: whitespace runs collapsed, Markdown links reduced to their text and
// strong-emphasis markers dropped (the citation's byte range still covers the source as written).
std::string collapsed(const std::string &t, TextSpan s)
{
    std::string out;
    bool space = false;
    for (std::size_t i = s.begin; i < s.end; ++i) {
        if (isAsciiSpace(t[i])) {
            space = true;
            continue;
        }
        if (space && !out.empty())
            out += ' ';
        space = false;
        if (t[i] == '*' && i + 1 < s.end && t[i + 1] == '*') {
            ++i;
            continue;
        }
        if (t[i] == ']' && i + 1 < s.end && t[i + 1] == '(') {
            const std::size_t close = t.find(')', i + 2);
            if (close != std::string::npos && close < s.end && t.find_first_of(" \n", i + 2) > close) {
                i = close;
                continue;
            }
        }
        if (t[i] == '[' && t.find("](", i) != std::string::npos && t.find("](", i) < s.end && t.find('\n', i) > t.find("](", i))
            continue;
        out += t[i];
    }
    if (out.size() > kMaxSentenceBytes) {
        std::size_t cut = kMaxSentenceBytes;
        while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80)
            --cut;
        out.resize(cut);
        out += "\u2026";
    }
    return out;
}

} // namespace

ExtractiveAnswer answerExtractively(const RetrievalIndex &index, const std::string &question, const std::vector<SearchHit> &hits,
                                    int maxSentences)
{
    ExtractiveAnswer answer;
    answer.question = question;
    const AnalyzerOptions analyzer = index.analyzer();
    if (analyzeTerms(question, analyzer).empty()) {
        answer.notice = "the question has no words to match";
        return answer;
    }
    if (hits.empty()) {
        answer.notice = "no passages were retrieved for the question";
        return answer;
    }

    // idf is a property of the corpus, the same in every passage's breakdown.
    std::map<std::string, double> idf;
    double totalIdf = 0;
    for (const TermContribution &t : index.bm25Terms(question, hits.front().chunk)) {
        if (idf.emplace(t.term, t.idf).second)
            totalIdf += t.idf;
    }
    if (totalIdf <= 0) {
        answer.notice = "the question's words carry no weight in this index";
        return answer;
    }

    std::vector<AnswerSentence> candidates;
    std::set<std::string> seen;
    const int n = int(hits.size());
    for (int p = 0; p < n; ++p) {
        const Chunk c = index.chunk(hits[std::size_t(p)].chunk);
        const IndexedDocument doc = index.document(c.document);
        const double bonus = n == 1 ? kRankBonus : kRankBonus * double(n - 1 - p) / double(n - 1);
        double carried = 0; // from a matching question just before
        for (const TextSpan &s : sentencesOf(c.text)) {
            const double carry = carried;
            carried = 0;
            const std::vector<Token> tokens = analyze(std::string_view(c.text).substr(s.begin, s.end - s.begin), analyzer);
            std::set<std::string> matched;
            for (const Token &tok : tokens)
                if (idf.count(tok.term))
                    matched.insert(tok.term);
            double weight = 0;
            for (const std::string &term : matched)
                weight += idf[term];
            const double share = weight / totalIdf;
            if (c.text[s.end - 1] == '?') {
                // Squared: a question that shares only a word or two with the user's says little.
                carried = kQuestionCarry * share * share;
                continue;
            }
            if (tokens.size() < 3 || (matched.empty() && carry == 0))
                continue;
            const std::string text = collapsed(c.text, s);
            if (!seen.insert(text).second)
                continue;
            AnswerSentence a;
            a.text = text;
            a.score = std::max(share, carry) + bonus;
            a.matchedTerms.assign(matched.begin(), matched.end());
            a.citation.passage = p + 1;
            a.citation.chunk = hits[std::size_t(p)].chunk;
            a.citation.source = doc.path;
            a.citation.begin = c.begin + std::int64_t(s.begin);
            a.citation.end = c.begin + std::int64_t(s.end);
            a.citation.line = c.line + std::int32_t(std::count(c.text.begin(), c.text.begin() + std::ptrdiff_t(s.begin), '\n'));
            a.citation.page = c.page;
            a.citation.heading = c.heading;
            candidates.push_back(std::move(a));
        }
    }
    if (candidates.empty()) {
        answer.notice = "no sentence of the retrieved passages shares a word with the question";
        return answer;
    }
    // Best first; equal scores keep passage and reading order.
    std::stable_sort(candidates.begin(), candidates.end(), [](const AnswerSentence &a, const AnswerSentence &b) { return a.score > b.score; });
    if (maxSentences > 0 && int(candidates.size()) > maxSentences)
        candidates.resize(std::size_t(maxSentences));
    answer.sentences = std::move(candidates);
    for (const AnswerSentence &a : answer.sentences) {
        if (!answer.text.empty())
            answer.text += ' ';
        answer.text += a.text + " [" + std::to_string(a.citation.passage) + "]";
    }
    return answer;
}

} // namespace genlab::engine::retrieval
