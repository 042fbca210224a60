#include "engine/text/bpetrainer.h"

#include "engine/text/detail/bytelevel.h"
#include "engine/text/detail/pretokenizer.h"
#include "engine/text/detail/utf8.h"
#include "engine/text/detail/vocabfiles.h"

#include <algorithm>
#include <queue>
#include <unordered_map>
#include <unordered_set>

namespace genlab::engine::text {

namespace {

constexpr const char *kSource = "BPE trainer";
// Cancel and progress granularity while counting words.
constexpr std::size_t kCountChunkBytes = std::size_t(1) << 20;
constexpr double kCountingShare = 0.2;

std::uint64_t pairKey(int left, int right)
{
    return (std::uint64_t(std::uint32_t(left)) << 32) | std::uint32_t(right);
}
int keyLeft(std::uint64_t key)
{
    return int(key >> 32);
}
int keyRight(std::uint64_t key)
{
    return int(key & 0xFFFFFFFFu);
}

struct Word
{
    std::vector<int> symbols;
    std::int64_t count = 0;
    std::uint32_t visited = 0; // the merge that last rewrote it
};

struct Candidate
{
    std::int64_t count;
    std::uint64_t key;
};

} // namespace

BpeTrainer::BpeTrainer(BpeTrainerOptions options) : m_options(std::move(options)) {}

BpeTrainingResult BpeTrainer::train(std::string_view corpus, const RunContext &ctx,
                                    const BpeMergeCallback &onMerge) const
{
    const BpeTrainerOptions &opt = m_options;
    std::unordered_set<std::string> specials;
    for (const std::string &s : opt.specialTokens) {
        if (s.empty() || !detail::isValidUtf8(s))
            throw TokenizerError(kSource, 0, "special token " + detail::quoteForMessage(s) +
                                                 " must be non-empty UTF-8");
        if (!specials.insert(s).second)
            throw TokenizerError(kSource, 0, "special token " + detail::quoteForMessage(s) + " is listed twice");
        for (int b = 0; b < 256; ++b)
            if (s == detail::byteSymbolUtf8(static_cast<unsigned char>(b)))
                throw TokenizerError(kSource, 0, "special token " + detail::quoteForMessage(s) +
                                                     " is the spelling of a byte token");
    }
    const std::int64_t target = std::int64_t(opt.vocabSize) - 256 - std::int64_t(specials.size());
    if (target < 0)
        throw TokenizerError(kSource, 0,
                             "a vocabulary of " + std::to_string(opt.vocabSize) + " tokens is too small: it needs " +
                                 std::to_string(256 + specials.size()) + " for the bytes and special tokens");
    const std::size_t maxWord = std::max<std::size_t>(opt.maxWordBytes, 2);

    // 1. Word frequencies. Pieces point into the corpus, which outlives this function.
    BpeTrainingResult result;
    std::unordered_map<std::string_view, std::int64_t> wordCounts;
    std::size_t nextReport = kCountChunkBytes;
    ctx.progress(0.0, "counting words");
    detail::preTokenize(corpus, [&](std::string_view piece) {
        const auto offset = std::size_t(piece.data() - corpus.data());
        if (offset >= nextReport) {
            ctx.checkpoint();
            ctx.progress(kCountingShare * double(offset) / double(corpus.size()), "counting words");
            nextReport = offset + kCountChunkBytes;
        }
        ++result.wordCount;
        for (std::size_t at = 0; at < piece.size(); at += maxWord)
            ++wordCounts[piece.substr(at, maxWord)];
    });
    result.distinctWords = std::int64_t(wordCounts.size());

    // 2. Tokens: the bytes in GPT-2's id order, then what the merges make.
    std::vector<std::string> spelling;
    std::vector<std::string> bytes;
    std::unordered_map<std::string, int> idOfBytes;
    int byteId[256];
    for (unsigned char b : detail::bytesInGpt2Order()) {
        byteId[b] = int(spelling.size());
        spelling.push_back(detail::byteSymbolUtf8(b));
        bytes.emplace_back(1, char(b));
        idOfBytes.emplace(bytes.back(), byteId[b]);
    }

    std::vector<Word> words;
    words.reserve(wordCounts.size());
    for (const auto &[piece, count] : wordCounts) {
        if (piece.size() < 2)
            continue; // no pairs
        Word w;
        w.count = count;
        w.symbols.reserve(piece.size());
        for (char c : piece)
            w.symbols.push_back(byteId[static_cast<unsigned char>(c)]);
        words.push_back(std::move(w));
    }
    wordCounts = {};

    // 3. Pair counts and where each pair occurs (word lists may hold stale or repeated entries;
    // they are checked when used).
    std::unordered_map<std::uint64_t, std::int64_t> pairCount;
    std::unordered_map<std::uint64_t, std::vector<int>> pairWords;
    auto noteWord = [&](std::uint64_t key, int w) {
        std::vector<int> &list = pairWords[key];
        if (list.empty() || list.back() != w)
            list.push_back(w);
    };
    for (std::size_t w = 0; w < words.size(); ++w) {
        const auto &s = words[w].symbols;
        for (std::size_t k = 0; k + 1 < s.size(); ++k) {
            const std::uint64_t key = pairKey(s[k], s[k + 1]);
            pairCount[key] += words[w].count;
            noteWord(key, int(w));
        }
    }

    // Most frequent first; ties to the pair whose left, then right token sorts first bytewise.
    auto lowerPriority = [&bytes](const Candidate &a, const Candidate &b) {
        if (a.count != b.count)
            return a.count < b.count;
        const std::string &al = bytes[std::size_t(keyLeft(a.key))];
        const std::string &bl = bytes[std::size_t(keyLeft(b.key))];
        if (int c = al.compare(bl); c != 0)
            return c > 0;
        return bytes[std::size_t(keyRight(a.key))].compare(bytes[std::size_t(keyRight(b.key))]) > 0;
    };
    std::priority_queue<Candidate, std::vector<Candidate>, decltype(lowerPriority)> queue(lowerPriority);
    for (const auto &[key, count] : pairCount)
        queue.push({count, key});

    // 4. Merge. Only pairs holding the new token can gain counts, and they are pushed afresh, so
    // every live pair always has a queue entry at least as high as its count: an entry that
    // matches its pair's current count is the true maximum.
    std::vector<std::pair<std::string, std::string>> merges;
    std::unordered_set<std::uint64_t> banned;
    std::int64_t learned = 0;
    std::uint32_t stamp = 0;
    std::vector<int> rewritten;
    std::vector<std::uint64_t> gained;
    while (learned < target) {
        ctx.checkpoint();
        Candidate best{0, 0};
        bool found = false;
        while (!queue.empty()) {
            Candidate top = queue.top();
            queue.pop();
            auto it = pairCount.find(top.key);
            const std::int64_t current = it == pairCount.end() ? 0 : it->second;
            if (current != top.count) {
                if (current > 0)
                    queue.push({current, top.key});
                continue;
            }
            if (current <= 0 || banned.count(top.key))
                continue;
            best = top;
            found = true;
            break;
        }
        if (!found || best.count < opt.minPairCount)
            break;

        const int left = keyLeft(best.key);
        const int right = keyRight(best.key);
        std::string mergedSpelling = spelling[std::size_t(left)] + spelling[std::size_t(right)];
        if (specials.count(mergedSpelling)) {
            banned.insert(best.key); // it would shadow a special token
            continue;
        }
        std::string mergedBytes = bytes[std::size_t(left)] + bytes[std::size_t(right)];
        int merged;
        if (auto it = idOfBytes.find(mergedBytes); it != idOfBytes.end()) {
            merged = it->second; // the same bytes reached through another split
        } else {
            merged = int(spelling.size());
            spelling.push_back(std::move(mergedSpelling));
            bytes.push_back(mergedBytes);
            idOfBytes.emplace(std::move(mergedBytes), merged);
            ++learned;
        }
        const int rank = int(merges.size());
        merges.emplace_back(spelling[std::size_t(left)], spelling[std::size_t(right)]);
        if (onMerge)
            onMerge(rank, merges.back().first, merges.back().second, best.count);

        ++stamp;
        gained.clear();
        std::vector<int> holders = std::move(pairWords[best.key]);
        pairWords.erase(best.key);
        for (int w : holders) {
            Word &word = words[std::size_t(w)];
            if (word.visited == stamp)
                continue;
            word.visited = stamp;
            std::vector<int> &s = word.symbols;
            bool has = false;
            for (std::size_t k = 0; k + 1 < s.size() && !has; ++k)
                has = s[k] == left && s[k + 1] == right;
            if (!has)
                continue;
            for (std::size_t k = 0; k + 1 < s.size(); ++k)
                pairCount[pairKey(s[k], s[k + 1])] -= word.count;
            rewritten.clear();
            for (std::size_t k = 0; k < s.size(); ++k) {
                if (k + 1 < s.size() && s[k] == left && s[k + 1] == right) {
                    rewritten.push_back(merged);
                    ++k;
                } else {
                    rewritten.push_back(s[k]);
                }
            }
            s.swap(rewritten);
            for (std::size_t k = 0; k + 1 < s.size(); ++k) {
                const std::uint64_t key = pairKey(s[k], s[k + 1]);
                pairCount[key] += word.count;
                if (s[k] == merged || s[k + 1] == merged) {
                    noteWord(key, w);
                    gained.push_back(key);
                }
            }
        }
        std::sort(gained.begin(), gained.end());
        gained.erase(std::unique(gained.begin(), gained.end()), gained.end());
        for (std::uint64_t key : gained)
            queue.push({pairCount[key], key});
        pairCount.erase(best.key);
        ctx.progress(kCountingShare + (1.0 - kCountingShare) * double(learned) / double(std::max<std::int64_t>(target, 1)),
                     "merging");
    }
    result.reachedVocabSize = learned >= target;
    result.mergeCount = int(merges.size());

    for (const std::string &s : opt.specialTokens)
        spelling.push_back(s);
    result.tokenizer = BpeTokenizer::fromTables(std::move(spelling), merges, "trained vocabulary");
    ctx.progress(1.0, "done");
    return result;
}

} // namespace genlab::engine::text
