#include "engine/text/wordpiecetokenizer.h"

#include "engine/text/detail/bertbasictokenizer.h"
#include "engine/text/detail/utf8.h"
#include "engine/text/detail/vocabfiles.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <filesystem>
#include <map>
#include <queue>
#include <set>
#include <tuple>

namespace genlab::engine::text {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kMaxTokenBytes = 1024;
constexpr const char *kRequired[] = {"[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"};

bool isContinuationByte(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

bool isExtraId(std::string_view t)
{
    constexpr std::string_view kPrefix = "<extra_id_";
    if (t.size() < kPrefix.size() + 2 || t.substr(0, kPrefix.size()) != kPrefix || t.back() != '>')
        return false;
    const std::string_view digits = t.substr(kPrefix.size(), t.size() - kPrefix.size() - 1);
    return std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string lowerAscii(std::string s)
{
    for (char &c : s)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

nlohmann::json readJsonObject(const std::string &path)
{
    const std::string content = detail::readFileCapped(path, std::size_t(16) << 20);
    nlohmann::json j = nlohmann::json::parse(content, nullptr, false);
    if (j.is_discarded())
        throw TokenizerError(path, 0, "is not valid JSON");
    if (!j.is_object())
        throw TokenizerError(path, 0, "is not a JSON object");
    return j;
}

std::optional<bool> optionalBool(const nlohmann::json &j, const char *key, const std::string &path)
{
    auto it = j.find(key);
    if (it == j.end() || it->is_null())
        return std::nullopt;
    if (!it->is_boolean())
        throw TokenizerError(path, 0, std::string("\"") + key + "\" is not true or false");
    return it->get<bool>();
}

} // namespace

void WordPieceTokenizer::init(std::vector<std::string> tokens, const WordPieceOptions &options, std::string source)
{
    m_source = std::move(source);
    m_options = options;
    if (options.maxCharsPerWord < 1)
        throw TokenizerError(m_source, 0, "maxCharsPerWord must be at least 1");
    if (tokens.empty())
        throw TokenizerError(m_source, 0,
                             "is empty: a WordPiece vocabulary needs at least [PAD], [UNK], [CLS], [SEP] and [MASK]");
    if (tokens.size() > std::size_t(kMaxVocabSize))
        throw TokenizerError(m_source, 0,
                             "has " + std::to_string(tokens.size()) + " tokens, more than the " +
                                 std::to_string(kMaxVocabSize) + " a vocabulary may have");
    m_ids.reserve(tokens.size());
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const std::string &t = tokens[i];
        const int line = int(i) + 1;
        if (t.empty())
            throw TokenizerError(m_source, line, "empty token");
        if (t.size() > kMaxTokenBytes)
            throw TokenizerError(m_source, line,
                                 "token of " + std::to_string(t.size()) + " bytes, longer than the " +
                                     std::to_string(kMaxTokenBytes) + " a token may have");
        if (!detail::isValidUtf8(t))
            throw TokenizerError(m_source, line, "token " + detail::quoteForMessage(t) + " is not valid UTF-8");
        if (t.find('\n') != std::string::npos || t.find('\r') != std::string::npos)
            throw TokenizerError(m_source, line, "token " + detail::quoteForMessage(t) + " holds a line break");
        auto [it, inserted] = m_ids.emplace(t, int(i));
        if (!inserted)
            throw TokenizerError(m_source, line,
                                 "token " + detail::quoteForMessage(t) + " appears twice (first on line " +
                                     std::to_string(it->second + 1) + ")");
        m_maxTokenBytes = std::max(m_maxTokenBytes, t.size());
        if (t.size() > 2 && t.compare(0, 2, "##") == 0)
            m_continuations.emplace(t.substr(2), int(i));
    }
    int *const slots[] = {&m_pad, &m_unk, &m_cls, &m_sep, &m_mask};
    std::vector<std::string> specials;
    for (int k = 0; k < 5; ++k) {
        auto it = m_ids.find(std::string_view(kRequired[k]));
        if (it == m_ids.end())
            throw TokenizerError(m_source, 0,
                                 std::string("has no ") + kRequired[k] +
                                     " token (a BERT vocabulary needs [PAD], [UNK], [CLS], [SEP] and [MASK])");
        *slots[k] = it->second;
        specials.push_back(kRequired[k]);
        m_specialIds.push_back(it->second);
    }
    for (std::size_t i = 0; i < tokens.size(); ++i)
        if (isExtraId(tokens[i])) {
            specials.push_back(tokens[i]);
            m_specialIds.push_back(int(i));
        }
    m_tokens = std::move(tokens);
    m_basic = std::make_shared<detail::BertBasicTokenizer>(options, std::move(specials));
}

WordPieceTokenizer WordPieceTokenizer::fromVocab(std::vector<std::string> tokens, const WordPieceOptions &options,
                                                 std::string source)
{
    WordPieceTokenizer t;
    t.init(std::move(tokens), options, std::move(source));
    return t;
}

WordPieceTokenizer WordPieceTokenizer::fromVocabFile(const std::string &path, const WordPieceOptions &options)
{
    const std::string content = detail::readFileCapped(path, kMaxVocabFileBytes);
    if (content.empty())
        throw TokenizerError(path, 0, "is empty: a WordPiece vocabulary needs at least [PAD], [UNK], [CLS], [SEP] and [MASK]");
    std::vector<std::string> tokens;
    std::size_t pos = 0;
    while (pos < content.size()) {
        std::size_t end = content.find('\n', pos);
        if (end == std::string::npos)
            end = content.size();
        std::size_t stop = end;
        if (stop > pos && content[stop - 1] == '\r') // CRLF files
            --stop;
        tokens.push_back(content.substr(pos, stop - pos));
        if (tokens.size() > std::size_t(kMaxVocabSize))
            throw TokenizerError(path, int(tokens.size()),
                                 "more than the " + std::to_string(kMaxVocabSize) + " tokens a vocabulary may have");
        pos = end + 1;
    }
    WordPieceTokenizer t;
    t.init(std::move(tokens), options, path);
    return t;
}

std::shared_ptr<const WordPieceTokenizer> WordPieceTokenizer::loadFromFolder(const std::string &dir)
{
    std::error_code ec;
    if (!fs::is_directory(dir, ec))
        throw TokenizerError(dir, 0, "is not a folder");
    const fs::path folder(dir);
    WordPieceOptions options;
    std::optional<bool> lower;
    const fs::path tokenizerConfig = folder / "tokenizer_config.json";
    if (fs::exists(tokenizerConfig, ec)) {
        const nlohmann::json j = readJsonObject(tokenizerConfig.string());
        lower = optionalBool(j, "do_lower_case", tokenizerConfig.string());
        options.stripAccents = optionalBool(j, "strip_accents", tokenizerConfig.string());
        options.tokenizeChineseChars =
            optionalBool(j, "tokenize_chinese_chars", tokenizerConfig.string()).value_or(true);
    }
    std::string name = fs::weakly_canonical(folder, ec).filename().string();
    const fs::path config = folder / "config.json";
    if (!lower && fs::exists(config, ec)) {
        const nlohmann::json j = readJsonObject(config.string());
        lower = optionalBool(j, "do_lower_case", config.string());
        auto it = j.find("_name_or_path");
        if (it != j.end() && it->is_string())
            name = it->get<std::string>() + " " + name;
    }
    if (!lower) {
        // Hugging Face's BERT checkpoints say it in their names: bert-base-uncased, bert-base-cased.
        const std::string n = lowerAscii(name);
        if (n.find("uncased") != std::string::npos)
            lower = true;
        else if (n.find("cased") != std::string::npos)
            lower = false;
    }
    options.lowerCase = lower.value_or(true);
    return std::make_shared<const WordPieceTokenizer>(fromVocabFile((folder / "vocab.txt").string(), options));
}

void WordPieceTokenizer::saveVocab(const std::string &path) const
{
    std::string content;
    for (const std::string &t : m_tokens) {
        content += t;
        content += '\n';
    }
    detail::writeFileAtomically(path, content);
}

void WordPieceTokenizer::wordPieces(const detail::BertWord &word, int wordIndex, std::vector<Piece> &out) const
{
    const std::string_view w = word.text;
    const std::size_t n = w.size();
    const Piece unknown{m_unk, word.begin[0], word.end[n - 1], wordIndex, false};
    if (word.chars > m_options.maxCharsPerWord) {
        out.push_back(unknown);
        return;
    }
    const std::size_t mark = out.size();
    std::size_t start = 0;
    while (start < n) {
        std::size_t end = std::min(n, start + m_maxTokenBytes);
        while (end > start && end < n && isContinuationByte(w[end]))
            --end;
        const IdMap &map = start == 0 ? m_ids : m_continuations;
        int id = -1;
        while (end > start) {
            auto it = map.find(w.substr(start, end - start));
            if (it != map.end()) {
                id = it->second;
                break;
            }
            --end;
            while (end > start && isContinuationByte(w[end]))
                --end;
        }
        if (id < 0) { // one part has no piece: the whole word is unknown, as BERT does it
            out.resize(mark);
            out.push_back(unknown);
            return;
        }
        out.push_back(Piece{id, word.begin[start], word.end[end - 1], wordIndex, start > 0});
        start = end;
    }
}

std::vector<WordPieceTokenizer::Piece> WordPieceTokenizer::encodeWithOffsets(std::string_view text) const
{
    std::vector<Piece> out;
    int wordIndex = 0;
    m_basic->split(text, [&](const detail::BertWord &w) {
        if (w.special >= 0)
            out.push_back(Piece{m_specialIds[std::size_t(w.special)], w.begin[0], w.end[0], wordIndex, false});
        else
            wordPieces(w, wordIndex, out);
        ++wordIndex;
    });
    return out;
}

std::vector<int> WordPieceTokenizer::encode(std::string_view text) const
{
    std::vector<int> ids;
    std::vector<Piece> scratch;
    m_basic->split(text, [&](const detail::BertWord &w) {
        if (w.special >= 0) {
            ids.push_back(m_specialIds[std::size_t(w.special)]);
            return;
        }
        scratch.clear();
        wordPieces(w, 0, scratch);
        for (const Piece &p : scratch)
            ids.push_back(p.id);
    });
    return ids;
}

void WordPieceTokenizer::checkId(int id) const
{
    if (id < 0 || id >= vocabSize())
        throw TokenizerError(m_source, 0,
                             "token id " + std::to_string(id) + " is outside 0.." + std::to_string(vocabSize() - 1));
}

const std::string &WordPieceTokenizer::token(int id) const
{
    checkId(id);
    return m_tokens[std::size_t(id)];
}

std::optional<int> WordPieceTokenizer::idOf(std::string_view token) const
{
    auto it = m_ids.find(token);
    if (it == m_ids.end())
        return std::nullopt;
    return it->second;
}

std::string WordPieceTokenizer::decode(const std::vector<int> &ids) const
{
    std::string out;
    for (int id : ids) {
        checkId(id);
        const std::string &t = m_tokens[std::size_t(id)];
        const bool continuation = t.size() > 2 && t.compare(0, 2, "##") == 0;
        if (!continuation && !out.empty())
            out += ' ';
        out.append(t, continuation ? 2 : 0);
    }
    return out;
}

std::string WordPieceTokenizer::tokenBytes(int id) const
{
    const std::string &t = token(id);
    if (t.size() > 2 && t.compare(0, 2, "##") == 0)
        return t.substr(2);
    return t;
}

std::string WordPieceTokenizer::tokenDisplay(int id) const
{
    return displayTokenBytes(token(id));
}

// A BPE-style learner, the way WordPiece vocabularies are usually built: each word starts as its
// characters ("t", "##h", "##e"), and the pair of adjacent pieces that occurs most often across the
// corpus becomes a new piece ("th", then "the"), until the vocabulary has `size` tokens or no pair
// occurs twice. Ties go to the lower piece ids, which depend only on the corpus: deterministic.
std::vector<std::string> WordPieceTokenizer::learnVocabulary(std::string_view corpus, int size,
                                                             const WordPieceOptions &options,
                                                             const std::vector<std::string> &extraSpecialTokens)
{
    std::vector<std::string> vocab;
    std::unordered_map<std::string, int> inVocab;
    auto add = [&](const std::string &t) {
        if (t.empty() || inVocab.count(t))
            return false;
        inVocab.emplace(t, int(vocab.size()));
        vocab.push_back(t);
        return true;
    };
    std::vector<std::string> specials(std::begin(kRequired), std::end(kRequired));
    for (const std::string &t : specials)
        add(t);
    for (const std::string &t : extraSpecialTokens) {
        if (!detail::isValidUtf8(t) || t.empty() || t.size() > kMaxTokenBytes ||
            t.find_first_of("\r\n") != std::string::npos)
            throw TokenizerError("learnVocabulary", 0,
                                 "special token " + detail::quoteForMessage(t) + " is not a usable token");
        if (add(t))
            specials.push_back(t);
    }

    // Word counts after BERT's basic tokenizer, in a sorted map so the order is the corpus's own.
    std::map<std::string, std::int64_t> counts;
    std::set<char32_t> alphabet;
    detail::BertBasicTokenizer basic(options, specials);
    basic.split(corpus, [&](const detail::BertWord &w) {
        if (w.special >= 0)
            return;
        const auto *p = reinterpret_cast<const unsigned char *>(w.text.data());
        for (std::size_t i = 0; i < w.text.size();) {
            char32_t cp = 0;
            const int len = detail::decodeUtf8(p + i, w.text.size() - i, &cp);
            alphabet.insert(cp);
            i += std::size_t(len > 0 ? len : 1);
        }
        if (w.chars <= options.maxCharsPerWord)
            ++counts[std::string(w.text)];
    });
    std::vector<std::string> chars;
    for (char32_t cp : alphabet) {
        std::string s;
        detail::appendUtf8(s, cp);
        chars.push_back(s);
    }
    for (const std::string &c : chars)
        add(c);
    for (const std::string &c : chars)
        add("##" + c);

    // Pieces: symbol id -> token spelling (with "##" for continuations).
    std::vector<std::string> symbols;
    std::unordered_map<std::string, int> symbolIds;
    auto symbolOf = [&](const std::string &t) {
        auto [it, inserted] = symbolIds.emplace(t, int(symbols.size()));
        if (inserted)
            symbols.push_back(t);
        return it->second;
    };
    struct Word
    {
        std::vector<int> pieces;
        std::int64_t count;
    };
    std::vector<Word> words;
    words.reserve(counts.size());
    for (const auto &[text, count] : counts) {
        Word w{{}, count};
        const auto *p = reinterpret_cast<const unsigned char *>(text.data());
        for (std::size_t i = 0; i < text.size();) {
            char32_t cp = 0;
            const int len = std::max(1, detail::decodeUtf8(p + i, text.size() - i, &cp));
            std::string piece = (i == 0 ? "" : "##") + text.substr(i, std::size_t(len));
            w.pieces.push_back(symbolOf(piece));
            i += std::size_t(len);
        }
        words.push_back(std::move(w));
    }

    auto key = [](int a, int b) { return (std::uint64_t(std::uint32_t(a)) << 32) | std::uint32_t(b); };
    std::unordered_map<std::uint64_t, std::int64_t> pairCounts;
    std::unordered_map<std::uint64_t, std::vector<int>> where;
    // Max-heap on count; among equal counts the smaller key (lower piece ids) first.
    using Entry = std::pair<std::int64_t, std::uint64_t>;
    auto worse = [](const Entry &x, const Entry &y) { return x.first != y.first ? x.first < y.first : x.second > y.second; };
    std::priority_queue<Entry, std::vector<Entry>, decltype(worse)> heap(worse);
    for (int wi = 0; wi < int(words.size()); ++wi) {
        const Word &w = words[std::size_t(wi)];
        for (std::size_t j = 0; j + 1 < w.pieces.size(); ++j) {
            const std::uint64_t k = key(w.pieces[j], w.pieces[j + 1]);
            pairCounts[k] += w.count;
            auto &list = where[k];
            if (list.empty() || list.back() != wi)
                list.push_back(wi);
        }
    }
    for (const auto &[k, c] : pairCounts)
        heap.push({c, k});

    std::vector<int> lastSeen(words.size(), -1);
    int round = 0;
    while (int(vocab.size()) < size && !heap.empty()) {
        const auto [count, k] = heap.top();
        heap.pop();
        auto pc = pairCounts.find(k);
        if (pc == pairCounts.end() || pc->second != count)
            continue; // stale entry
        if (count < 2)
            break;
        ++round;
        const int a = int(k >> 32), b = int(k & 0xFFFFFFFFu);
        const std::string merged = symbols[std::size_t(a)] + symbols[std::size_t(b)].substr(2);
        const int m = symbolOf(merged);
        add(merged);
        std::set<std::uint64_t> touched;
        const std::vector<int> occurrences = std::move(where[k]);
        where.erase(k);
        for (int wi : occurrences) {
            if (lastSeen[std::size_t(wi)] == round)
                continue;
            lastSeen[std::size_t(wi)] = round;
            Word &w = words[std::size_t(wi)];
            std::vector<int> next;
            next.reserve(w.pieces.size());
            bool changed = false;
            for (std::size_t j = 0; j < w.pieces.size(); ++j) {
                if (j + 1 < w.pieces.size() && w.pieces[j] == a && w.pieces[j + 1] == b) {
                    next.push_back(m);
                    ++j;
                    changed = true;
                } else {
                    next.push_back(w.pieces[j]);
                }
            }
            if (!changed)
                continue;
            for (std::size_t j = 0; j + 1 < w.pieces.size(); ++j) {
                const std::uint64_t old = key(w.pieces[j], w.pieces[j + 1]);
                pairCounts[old] -= w.count;
                touched.insert(old);
            }
            for (std::size_t j = 0; j + 1 < next.size(); ++j) {
                const std::uint64_t fresh = key(next[j], next[j + 1]);
                pairCounts[fresh] += w.count;
                touched.insert(fresh);
                auto &list = where[fresh];
                if (list.empty() || list.back() != wi)
                    list.push_back(wi);
            }
            w.pieces = std::move(next);
        }
        for (std::uint64_t t : touched) {
            auto it = pairCounts.find(t);
            if (it->second <= 0)
                pairCounts.erase(it);
            else
                heap.push({it->second, t});
        }
    }
    return vocab;
}

} // namespace genlab::engine::text
