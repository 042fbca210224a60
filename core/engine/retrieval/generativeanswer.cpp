#include "engine/retrieval/generativeanswer.h"
#include "engine/retrieval/detail/textspan.h"

#include "engine/gpt/gptmodel.h"
#include "engine/retrieval/analyzer.h"
#include "engine/text/tokenizer.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <set>
#include <stdexcept>

namespace genlab::engine::retrieval {

namespace {

constexpr std::size_t kMinSupportTerms = 2;

using detail::TextSpan;

using detail::isAsciiSpace;

// Sentence spans of a text, trimmed: ends are . ! ? followed by white space (a closing citation
// "[2]" after the mark stays with its sentence) and line breaks. Spans without a letter or digit
// are left out.
std::vector<TextSpan> splitSentences(const std::string &t)
{
    std::vector<TextSpan> out;
    std::size_t start = 0;
    auto emit = [&](std::size_t end) {
        std::size_t b = start;
        std::size_t e = end;
        while (b < e && isAsciiSpace(t[b]))
            ++b;
        while (e > b && isAsciiSpace(t[e - 1]))
            --e;
        bool word = false;
        for (std::size_t i = b; i < e && !word; ++i)
            word = (unsigned char)t[i] >= 0x80 || std::isalnum((unsigned char)t[i]);
        if (word)
            out.push_back({b, e});
        start = end;
    };
    for (std::size_t i = 0; i < t.size(); ++i) {
        const char c = t[i];
        if (c == '\n') {
            emit(i + 1);
            continue;
        }
        if (c != '.' && c != '!' && c != '?')
            continue;
        std::size_t j = i + 1;
        // Keep citations written after the mark ("... collapse. [2]") with the sentence.
        for (;;) {
            std::size_t k = j;
            while (k < t.size() && t[k] == ' ')
                ++k;
            if (k < t.size() && t[k] == '[') {
                std::size_t m = k + 1;
                while (m < t.size() && std::isdigit((unsigned char)t[m]))
                    ++m;
                if (m > k + 1 && m < t.size() && t[m] == ']') {
                    j = m + 1;
                    continue;
                }
            }
            break;
        }
        if (j >= t.size() || isAsciiSpace(t[j])) {
            emit(j);
            i = j - 1;
        }
    }
    emit(t.size());
    return out;
}

// The "[n]" in a sentence, in order, each once.
std::vector<int> citationsIn(const std::string &s)
{
    std::vector<int> out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '[')
            continue;
        std::size_t j = i + 1;
        int n = 0;
        while (j < s.size() && std::isdigit((unsigned char)s[j]) && j - i <= 4)
            n = n * 10 + (s[j++] - '0');
        if (j > i + 1 && j < s.size() && s[j] == ']' && std::find(out.begin(), out.end(), n) == out.end())
            out.push_back(n);
    }
    return out;
}

// The longest prefix of at most n bytes that ends on a UTF-8 character boundary.
std::string utf8Prefix(const std::string &s, std::size_t n)
{
    if (n >= s.size())
        return s;
    while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
        --n;
    return s.substr(0, n);
}

std::string trimmed(const std::string &s)
{
    std::size_t b = 0;
    std::size_t e = s.size();
    while (b < e && isAsciiSpace(s[b]))
        ++b;
    while (e > b && isAsciiSpace(s[e - 1]))
        --e;
    return s.substr(b, e - b);
}

} // namespace

std::string describePassageLocation(const std::string &fileName, std::int32_t page, std::int32_t line, const std::string &heading)
{
    std::string s = fileName;
    if (page > 0)
        s += ", page " + std::to_string(page);
    s += ", line " + std::to_string(line);
    if (!heading.empty())
        s += ", \xE2\x80\x9C" + heading + "\xE2\x80\x9D";
    return s;
}

std::string assembleAnswerPrompt(const std::string &question, const std::vector<PromptPassage> &passages)
{
    std::string prompt = "Answer the question using only the passages below. Cite each passage you use as [n].\n\n";
    int n = 0;
    for (const PromptPassage &p : passages)
        prompt += "[" + std::to_string(++n) + "] (" + p.location + ")\n" + trimmed(p.text) + "\n\n";
    prompt += "Question: " + trimmed(question) + "\nAnswer:";
    return prompt;
}

PromptPassage promptPassage(const RetrievalIndex &index, ChunkId chunk)
{
    const Chunk c = index.chunk(chunk);
    const IndexedDocument doc = index.document(c.document);
    return {describePassageLocation(std::filesystem::path(doc.path).filename().string(), c.page, c.line, c.heading), c.text};
}

std::vector<GeneratedSentence> supportSentences(const RetrievalIndex &index, const std::vector<ChunkId> &passages, const std::string &text,
                                                double threshold)
{
    std::vector<GeneratedSentence> out;
    if (passages.empty())
        return out;
    // ---- support: the passage span that shares the most idf-weighted words with each sentence ----
    const AnalyzerOptions analyzer = index.analyzer();
    struct PassageSpan
    {
        int passage = 0;
        TextSpan span;
        std::set<std::string> terms;
    };
    std::vector<PassageSpan> spans;
    std::vector<Chunk> chunks;
    for (std::size_t p = 0; p < passages.size(); ++p) {
        chunks.push_back(index.chunk(passages[p]));
        const std::string &t = chunks.back().text;
        for (const TextSpan &s : splitSentences(t)) {
            PassageSpan ps{int(p) + 1, s, {}};
            for (std::string &term : analyzeTerms(std::string_view(t).substr(s.begin, s.end - s.begin), analyzer))
                ps.terms.insert(std::move(term));
            spans.push_back(std::move(ps));
        }
    }
    const int passageCount = int(passages.size());
    for (const TextSpan &s : splitSentences(text)) {
        GeneratedSentence g;
        g.text = text.substr(s.begin, s.end - s.begin);
        g.begin = std::int64_t(s.begin);
        g.end = std::int64_t(s.end);
        for (int n : citationsIn(g.text))
            if (n >= 1 && n <= passageCount)
                g.modelCitations.push_back(n);
        // idf of the sentence's words in this corpus (the same whatever chunk the breakdown is for).
        std::map<std::string, double> idf;
        double total = 0;
        // The "[n]" are not words of the sentence.
        std::string words = g.text;
        for (std::size_t i = 0; i < words.size(); ++i)
            if (words[i] == '[') {
                std::size_t j = i + 1;
                while (j < words.size() && std::isdigit((unsigned char)words[j]))
                    ++j;
                if (j > i + 1 && j < words.size() && words[j] == ']')
                    words.replace(i, j + 1 - i, std::string(j + 1 - i, ' '));
            }
        for (const TermContribution &t : index.bm25Terms(words, passages.front()))
            if (idf.emplace(t.term, t.idf).second)
                total += t.idf;
        const PassageSpan *best = nullptr;
        double bestScore = 0;
        std::vector<std::string> bestTerms;
        if (total > 0) {
            for (const PassageSpan &ps : spans) {
                double w = 0;
                std::vector<std::string> matched;
                for (const auto &[term, weight] : idf)
                    if (ps.terms.count(term)) {
                        w += weight;
                        matched.push_back(term);
                    }
                // Ties keep the better-ranked passage and the earlier span.
                if (w / total > bestScore) {
                    bestScore = w / total;
                    best = &ps;
                    bestTerms = std::move(matched);
                }
            }
        }
        g.overlap = bestScore;
        g.matchedTerms = std::move(bestTerms);
        if (best) {
            const Chunk &c = chunks[std::size_t(best->passage - 1)];
            g.support.passage = best->passage;
            g.support.chunk = passages[std::size_t(best->passage - 1)];
            g.support.source = index.document(c.document).path;
            g.support.begin = c.begin + std::int64_t(best->span.begin);
            g.support.end = c.begin + std::int64_t(best->span.end);
            g.support.line = c.line + std::int32_t(std::count(c.text.begin(), c.text.begin() + std::ptrdiff_t(best->span.begin), '\n'));
            g.support.page = c.page;
            g.support.heading = c.heading;
        }
        // One shared word ("And,") proves nothing, however rare it is.
        g.supported = best && bestScore >= threshold && g.matchedTerms.size() >= kMinSupportTerms;
        g.citations = g.modelCitations;
        if (g.citations.empty() && g.supported) {
            g.citations.push_back(best->passage);
            g.citationAdded = true;
        }
        out.push_back(std::move(g));
    }
    return out;
}

namespace {

// The attention of each sentence's tokens to each passage's tokens in one forward pass over the
// prompt and the answer. Token positions of a passage: the token counts of the prompt's prefix up to
// its start and its end (BPE merges rarely cross the blank lines around a passage).
void addAttentionSupport(GenerativeAnswer &answer, const gpt::GenerationResult &result, gpt::GptModel &model,
                         const text::Tokenizer &tokenizer)
{
    std::vector<int> ids = result.promptIds;
    const int promptLength = int(ids.size());
    ids.insert(ids.end(), result.ids.begin(), result.ids.end());
    if (int(ids.size()) > model.config().contextLength || int(tokenizer.encode(answer.prompt).size()) != promptLength) {
        answer.notices.push_back("attention support skipped: the prompt and the answer do not fit the model's context together");
        return;
    }
    std::vector<std::pair<int, int>> ranges; // token [begin, end) of each passage
    std::size_t from = 0;
    for (std::size_t p = 0; p < answer.passages.size(); ++p) {
        const std::size_t begin = answer.prompt.find("[" + std::to_string(p + 1) + "] (", from);
        std::size_t end = begin == std::string::npos ? std::string::npos : answer.prompt.find("\n\n", begin);
        if (end == std::string::npos)
            end = answer.prompt.size();
        ranges.emplace_back(int(tokenizer.encode(answer.prompt.substr(0, begin == std::string::npos ? end : begin)).size()),
                            int(tokenizer.encode(answer.prompt.substr(0, end)).size()));
        from = end;
    }
    // Byte start of each generated token in the answer's text.
    std::vector<std::size_t> starts;
    std::vector<int> prefix;
    for (int id : result.ids) {
        starts.push_back(tokenizer.decode(prefix).size());
        prefix.push_back(id);
    }
    const gpt::AttentionMaps maps = model.attention(ids);
    for (GeneratedSentence &s : answer.sentences) {
        std::vector<double> share(ranges.size(), 0.0);
        int queries = 0;
        for (std::size_t t = 0; t < starts.size(); ++t) {
            if (starts[t] < std::size_t(s.begin) || starts[t] >= std::size_t(s.end))
                continue;
            const int q = promptLength + int(t);
            ++queries;
            for (std::size_t p = 0; p < ranges.size(); ++p)
                for (int layer = 0; layer < maps.layers; ++layer)
                    for (int head = 0; head < maps.heads; ++head)
                        for (int k = ranges[p].first; k < ranges[p].second && k <= q; ++k)
                            share[p] += maps.at(layer, head, q, k);
        }
        if (queries == 0)
            continue;
        for (double &v : share)
            v /= double(queries) * maps.layers * maps.heads;
        s.attentionShare = share;
        s.attentionPassage = int(std::max_element(share.begin(), share.end()) - share.begin()) + 1;
    }
}

} // namespace

namespace {

// Assembles the prompt from the hits and fits it into answer.maxPromptTokens: the worst passages
// are dropped first, then the last one kept is cut.
void fitPrompt(GenerativeAnswer &answer, const RetrievalIndex &index, const std::string &question, const std::vector<SearchHit> &hits,
               const text::Tokenizer &tokenizer)
{
    // ---- fit the prompt: drop the worst passages, then cut the last one kept ----
    std::vector<PromptPassage> passages;
    for (const SearchHit &h : hits) {
        passages.push_back(promptPassage(index, h.chunk));
        answer.passages.push_back(h.chunk);
    }
    auto tokensOf = [&](const std::vector<PromptPassage> &ps) { return int(tokenizer.encode(assembleAnswerPrompt(question, ps)).size()); };
    int tokens = tokensOf(passages);
    while (tokens > answer.maxPromptTokens && passages.size() > 1) {
        passages.pop_back();
        answer.passages.pop_back();
        ++answer.droppedPassages;
        tokens = tokensOf(passages);
    }
    bool fixedPartsTooLong = false;
    if (tokens > answer.maxPromptTokens) {
        std::vector<PromptPassage> bare = passages;
        bare.back().text.clear();
        fixedPartsTooLong = tokensOf(bare) > answer.maxPromptTokens;
    }
    // When even the instruction, the location and the question overflow (a tiny context), cutting
    // the passage to nothing would leave the model no text at all: it is kept whole instead and the
    // model reads the prompt's tail (the end of the passage and the question).
    if (tokens > answer.maxPromptTokens && !fixedPartsTooLong) {
        // Shrink in proportion to the excess; each round cuts at least one byte, so it ends.
        std::string &text = passages.back().text;
        const std::string original = text;
        std::size_t keep = original.size();
        while (tokens > answer.maxPromptTokens && keep > 0) {
            const double ratio = double(answer.maxPromptTokens) / double(tokens);
            keep = std::min(keep - 1, std::size_t(double(keep) * ratio * 0.97));
            text = utf8Prefix(original, keep);
            text = text.empty() ? std::string() : text + "\xE2\x80\xA6";
            tokens = tokensOf(passages);
        }
        answer.passageCut = true;
    }
    answer.prompt = assembleAnswerPrompt(question, passages);
    answer.promptTokens = tokens;
    if (answer.droppedPassages > 0)
        answer.notices.push_back(std::to_string(answer.droppedPassages) + " of " + std::to_string(hits.size()) +
                                 " passages were left out to fit the prompt into " + std::to_string(answer.maxPromptTokens) + " tokens");
    if (answer.passageCut)
        answer.notices.push_back("passage [" + std::to_string(passages.size()) + "] was cut to fit the prompt into " +
                                 std::to_string(answer.maxPromptTokens) + " tokens");
    if (fixedPartsTooLong)
        answer.notices.push_back("the instruction and the question alone take more than the prompt budget of " +
                                 std::to_string(answer.maxPromptTokens) + " tokens; the model reads the last tokens of the prompt");
}

} // namespace

GenerativeAnswer answerGeneratively(const RetrievalIndex &index, const std::string &question, const std::vector<SearchHit> &hits,
                                    gpt::GptModel &model, const GenerativeOptions &options, const RunContext &ctx)
{
    if (model.isNull())
        throw std::runtime_error("generative answer: no model is loaded");
    const auto tokenizer = model.tokenizer();
    if (!tokenizer)
        throw std::runtime_error("generative answer: the model " + model.source() + " has no tokenizer, so it cannot read a prompt");
    if (hits.empty())
        throw std::runtime_error("generative answer: no passages were retrieved for the question");

    GenerativeAnswer answer;
    answer.question = question;
    answer.seed = options.sampling.seed;
    const int context = model.config().contextLength;
    answer.maxPromptTokens = options.maxPromptTokens > 0 ? options.maxPromptTokens
                                                         : std::max(context / 2, context - std::max(0, options.sampling.maxTokens));

    if (!options.promptOverride.empty()) {
        // The user's words win over the fitting: what they wrote is what the model reads.
        answer.prompt = options.promptOverride;
        answer.promptEdited = true;
        for (const SearchHit &h : hits)
            answer.passages.push_back(h.chunk);
        answer.promptTokens = int(tokenizer->encode(answer.prompt).size());
        answer.notices.push_back("the prompt was edited: the model read it as written");
        if (answer.promptTokens > answer.maxPromptTokens)
            answer.notices.push_back("the edited prompt has " + std::to_string(answer.promptTokens) + " tokens, more than the budget of " +
                                     std::to_string(answer.maxPromptTokens) + "; the model reads the last tokens of it");
    } else {
        fitPrompt(answer, index, question, hits, *tokenizer);
    }

    // ---- generate (the cache is reset so that nothing from an earlier call leaks in) ----    model.resetCache();
    const gpt::GenerationResult result = model.generate(tokenizer->encode(answer.prompt), options.sampling, ctx);
    answer.text = result.text;
    answer.stopReason = result.stopReason;
    if (!result.notice.empty())
        answer.notices.push_back(result.notice);

    answer.sentences = supportSentences(index, answer.passages, answer.text, options.supportThreshold);
    if (options.attentionSupport && !answer.sentences.empty())
        addAttentionSupport(answer, result, model, *tokenizer);
    if (answer.sentences.empty())
        answer.notices.push_back("the model wrote no sentence (" + answer.stopReason + ")");
    return answer;
}

} // namespace genlab::engine::retrieval
