#include "engine/text/bpetokenizer.h"

#include "engine/text/detail/bpemerge.h"
#include "engine/text/detail/bytelevel.h"
#include "engine/text/detail/pretokenizer.h"
#include "engine/text/detail/vocabfiles.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>

namespace genlab::engine::text {

namespace fs = std::filesystem;

namespace {
// Pre-tokens up to this size are cached; longer ones are rare and would bloat the cache.
constexpr std::size_t kMaxCachedPieceBytes = 64;
// The cache is dropped wholesale when it grows past this many words (a few MB).
constexpr std::size_t kMaxCacheEntries = 100000;
} // namespace

BpeTokenizer::BpeTokenizer() = default;
BpeTokenizer::~BpeTokenizer() = default;

std::unique_ptr<BpeTokenizer> BpeTokenizer::loadFromFolder(const std::string &dir)
{
    std::error_code ec;
    if (!fs::exists(dir, ec))
        throw TokenizerError(dir, 0, "folder not found");
    if (!fs::is_directory(dir, ec))
        throw TokenizerError(dir, 0, "is not a folder (give the folder holding encoder.json + vocab.bpe "
                                     "or vocab.json + merges.txt)");
    auto has = [&](const char *name) { return fs::exists(fs::path(dir) / name, ec); };
    auto path = [&](const char *name) { return (fs::path(dir) / name).string(); };
    if (has("encoder.json") && has("vocab.bpe"))
        return load(path("encoder.json"), path("vocab.bpe"));
    if (has("vocab.json") && has("merges.txt"))
        return load(path("vocab.json"), path("merges.txt"));
    if (has("encoder.json"))
        throw TokenizerError(dir, 0, "has encoder.json but no vocab.bpe (the merge list)");
    if (has("vocab.json"))
        throw TokenizerError(dir, 0, "has vocab.json but no merges.txt (the merge list)");
    if (has("vocab.txt"))
        throw TokenizerError(dir, 0,
                             "holds a vocab.txt, which is a BERT WordPiece vocabulary; a GPT-2 byte-level BPE "
                             "needs encoder.json + vocab.bpe or vocab.json + merges.txt");
    if (has("tokenizer.json"))
        throw TokenizerError(dir, 0,
                             "holds only tokenizer.json, which is not supported; provide vocab.json + merges.txt");
    throw TokenizerError(dir, 0, "holds neither encoder.json + vocab.bpe nor vocab.json + merges.txt");
}

std::unique_ptr<BpeTokenizer> BpeTokenizer::load(const std::string &vocabPath, const std::string &mergesPath)
{
    std::vector<std::string> tokens =
        detail::parseVocabJson(detail::readFileCapped(vocabPath, kMaxVocabFileBytes), vocabPath);
    std::vector<detail::MergeLine> lines =
        detail::parseMerges(detail::readFileCapped(mergesPath, kMaxVocabFileBytes), mergesPath);
    std::vector<std::pair<std::string, std::string>> merges;
    std::vector<int> lineNumbers;
    merges.reserve(lines.size());
    lineNumbers.reserve(lines.size());
    for (auto &l : lines) {
        merges.emplace_back(std::move(l.left), std::move(l.right));
        lineNumbers.push_back(l.line);
    }
    std::unique_ptr<BpeTokenizer> t(new BpeTokenizer);
    t->init(std::move(tokens), merges, lineNumbers, vocabPath, mergesPath);
    t->m_source = vocabPath + " + " + mergesPath;
    return t;
}

std::unique_ptr<BpeTokenizer> BpeTokenizer::fromTables(std::vector<std::string> tokens,
                                                       const std::vector<std::pair<std::string, std::string>> &merges,
                                                       const std::string &source)
{
    std::vector<int> lineNumbers(merges.size());
    for (std::size_t i = 0; i < merges.size(); ++i)
        lineNumbers[i] = int(i) + 1;
    std::unordered_map<std::string, int> seen;
    for (std::size_t i = 0; i < tokens.size(); ++i)
        if (!seen.emplace(tokens[i], int(i)).second)
            throw TokenizerError(source, 0,
                                 "token " + detail::quoteForMessage(tokens[i]) + " appears twice (ids " +
                                     std::to_string(seen[tokens[i]]) + " and " + std::to_string(i) + ")");
    std::unique_ptr<BpeTokenizer> t(new BpeTokenizer);
    t->init(std::move(tokens), merges, lineNumbers, source, source + " (merges)");
    t->m_source = source;
    return t;
}

void BpeTokenizer::init(std::vector<std::string> tokens,
                        const std::vector<std::pair<std::string, std::string>> &merges,
                        const std::vector<int> &mergeLines, const std::string &vocabSource,
                        const std::string &mergesSource)
{
    if (tokens.empty())
        throw TokenizerError(vocabSource, 0, "the vocabulary is empty");
    m_tokens = std::move(tokens);
    m_bytes.resize(m_tokens.size());
    m_ids.reserve(m_tokens.size());
    for (std::size_t id = 0; id < m_tokens.size(); ++id) {
        if (!detail::symbolsToBytes(m_tokens[id], &m_bytes[id]))
            throw TokenizerError(vocabSource, 0,
                                 "token " + std::to_string(id) + " is not valid UTF-8");
        m_ids.emplace(m_tokens[id], int(id));
    }
    int missing = 0;
    std::string firstMissing;
    for (int b = 0; b < 256; ++b) {
        auto it = m_ids.find(detail::byteSymbolUtf8(static_cast<unsigned char>(b)));
        if (it == m_ids.end()) {
            if (missing++ == 0) {
                char hex[8];
                std::snprintf(hex, sizeof hex, "0x%02X", b);
                firstMissing = std::string(hex) + " (" +
                               detail::quoteForMessage(detail::byteSymbolUtf8(static_cast<unsigned char>(b))) + ")";
            }
            continue;
        }
        m_byteIds[b] = it->second;
    }
    if (missing > 0)
        throw TokenizerError(vocabSource, 0,
                             "the byte-level alphabet is incomplete: no token for byte " + firstMissing +
                                 (missing > 1 ? " and " + std::to_string(missing - 1) + " other bytes" : "") +
                                 "; a GPT-2 byte-level vocabulary has one token for each of the 256 bytes");
    m_mergeTable = std::make_unique<detail::MergeTable>(merges.size());
    m_merges.reserve(merges.size());
    for (std::size_t rank = 0; rank < merges.size(); ++rank) {
        const auto &[left, right] = merges[rank];
        const int line = rank < mergeLines.size() ? mergeLines[rank] : 0;
        auto l = m_ids.find(left);
        auto r = m_ids.find(right);
        auto m = m_ids.find(left + right);
        if (l == m_ids.end() || r == m_ids.end())
            throw TokenizerError(mergesSource, line,
                                 "merge token " + detail::quoteForMessage(l == m_ids.end() ? left : right) +
                                     " is not in the vocabulary");
        if (m == m_ids.end())
            throw TokenizerError(mergesSource, line,
                                 "the merged token " + detail::quoteForMessage(left + right) +
                                     " is not in the vocabulary");
        m_mergeTable->insert(l->second, r->second, int(rank), m->second);
        m_merges.emplace_back(l->second, r->second);
    }
    if (auto it = m_ids.find("<|endoftext|>"); it != m_ids.end())
        m_endOfText = it->second;
}

void BpeTokenizer::encodePiece(std::string_view piece, Cache &cache, std::vector<int> &out,
                               std::vector<int> &scratch) const
{
    if (piece.size() == 1) {
        out.push_back(m_byteIds[static_cast<unsigned char>(piece[0])]);
        return;
    }
    const bool cacheable = piece.size() <= kMaxCachedPieceBytes;
    if (cacheable) {
        auto it = cache.find(piece);
        if (it != cache.end()) {
            out.insert(out.end(), it->second.begin(), it->second.end());
            return;
        }
    }
    scratch.clear();
    for (char c : piece)
        scratch.push_back(m_byteIds[static_cast<unsigned char>(c)]);
    const std::size_t start = out.size();
    detail::bpeMerge(scratch.data(), scratch.size(), *m_mergeTable, out);
    if (cacheable) {
        if (cache.size() >= kMaxCacheEntries)
            cache.clear();
        cache.emplace(std::string(piece), std::vector<int>(out.begin() + std::ptrdiff_t(start), out.end()));
    }
}

std::vector<int> BpeTokenizer::encode(std::string_view text) const
{
    if (text.size() > kMaxEncodeBytes)
        throw TokenizerError("BPE encode", 0,
                             "the input is " + std::to_string(text.size()) + " bytes, more than the " +
                                 std::to_string(kMaxEncodeBytes >> 20) + " MB one call may encode; split it");
    std::vector<int> out;
    out.reserve(text.size() / 3 + 16);
    std::vector<int> scratch;
    std::unique_lock lock(m_cacheMutex, std::try_to_lock);
    Cache local;
    Cache &cache = lock.owns_lock() ? m_cache : local;
    detail::preTokenize(text, [&](std::string_view piece) { encodePiece(piece, cache, out, scratch); });
    return out;
}

void BpeTokenizer::checkId(int id) const
{
    if (id < 0 || std::size_t(id) >= m_tokens.size())
        throw TokenizerError("BPE tokenizer", 0,
                             "token id " + std::to_string(id) + " is out of range (vocabulary of " +
                                 std::to_string(m_tokens.size()) + ")");
}

std::string BpeTokenizer::decode(const std::vector<int> &ids) const
{
    std::string out;
    for (int id : ids) {
        checkId(id);
        out += m_bytes[std::size_t(id)];
    }
    return out;
}

std::string BpeTokenizer::tokenBytes(int id) const
{
    checkId(id);
    return m_bytes[std::size_t(id)];
}

std::string BpeTokenizer::tokenDisplay(int id) const
{
    checkId(id);
    return displayTokenBytes(m_bytes[std::size_t(id)]);
}

const std::string &BpeTokenizer::tokenSpelling(int id) const
{
    checkId(id);
    return m_tokens[std::size_t(id)];
}

std::optional<int> BpeTokenizer::tokenId(std::string_view spelling) const
{
    auto it = m_ids.find(std::string(spelling));
    if (it == m_ids.end())
        return std::nullopt;
    return it->second;
}

std::pair<int, int> BpeTokenizer::merge(int rank) const
{
    if (rank < 0 || std::size_t(rank) >= m_merges.size())
        throw TokenizerError("BPE tokenizer", 0, "merge rank " + std::to_string(rank) + " is out of range");
    return m_merges[std::size_t(rank)];
}

void BpeTokenizer::saveToFolder(const std::string &dir) const
{
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec)
        throw TokenizerError(dir, 0, "cannot create the folder: " + ec.message());
    // Written by hand, in id order: ordered_json looks keys up linearly, which made a 50k
    // vocabulary take seconds. Each key is escaped by the JSON library.
    std::string vocab = "{";
    vocab.reserve(m_tokens.size() * 16);
    for (std::size_t id = 0; id < m_tokens.size(); ++id) {
        if (id)
            vocab += ',';
        vocab += nlohmann::json(m_tokens[id]).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        vocab += ':';
        vocab += std::to_string(id);
    }
    vocab += '}';
    std::string merges = "#version: 0.2\n";
    for (const auto &[l, r] : m_merges)
        merges += m_tokens[std::size_t(l)] + " " + m_tokens[std::size_t(r)] + "\n";
    detail::writeFileAtomically((fs::path(dir) / "vocab.json").string(), vocab + "\n");
    detail::writeFileAtomically((fs::path(dir) / "merges.txt").string(), merges);
}

} // namespace genlab::engine::text
