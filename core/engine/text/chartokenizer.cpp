#include "engine/text/chartokenizer.h"

#include "engine/text/detail/utf8.h"
#include "engine/text/detail/vocabfiles.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>

namespace genlab::engine::text {

namespace {
constexpr const char *kFormatName = "genlab-char-tokenizer";
const char *kReplacement = "\xEF\xBF\xBD"; // U+FFFD
} // namespace

CharTokenizer::CharTokenizer(std::vector<char32_t> chars) : m_chars(std::move(chars))
{
    std::fill(std::begin(m_ascii), std::end(m_ascii), kUnknownId);
    for (std::size_t i = 0; i < m_chars.size(); ++i) {
        const int id = int(i) + 1;
        if (m_chars[i] < 128)
            m_ascii[m_chars[i]] = id;
        else
            m_ids.emplace(m_chars[i], id);
    }
}

CharTokenizer CharTokenizer::fromText(std::string_view corpus)
{
    bool seen[128] = {};
    std::set<char32_t> others;
    const auto *p = reinterpret_cast<const unsigned char *>(corpus.data());
    std::size_t i = 0;
    while (i < corpus.size()) {
        if (p[i] < 0x80) {
            seen[p[i]] = true;
            ++i;
            continue;
        }
        char32_t cp = 0;
        int len = detail::decodeUtf8(p + i, corpus.size() - i, &cp);
        if (len == 0) {
            ++i;
            continue;
        }
        others.insert(cp);
        i += std::size_t(len);
    }
    std::vector<char32_t> chars;
    for (int c = 0; c < 128; ++c)
        if (seen[c])
            chars.push_back(char32_t(c));
    chars.insert(chars.end(), others.begin(), others.end());
    return CharTokenizer(std::move(chars));
}

CharTokenizer CharTokenizer::fromJson(std::string_view json, const std::string &source)
{
    nlohmann::json doc;
    try {
        doc = nlohmann::json::parse(json.begin(), json.end());
    } catch (const std::exception &e) {
        throw TokenizerError(source, 0, std::string("not valid JSON: ") + e.what());
    }
    if (!doc.is_object())
        throw TokenizerError(source, 0, "expected a JSON object");
    auto format = doc.find("format");
    if (format == doc.end() || !format->is_string() || format->get<std::string>() != kFormatName)
        throw TokenizerError(source, 0, std::string("\"format\" must be \"") + kFormatName + "\"");
    auto version = doc.find("version");
    if (version == doc.end() || !version->is_number_integer())
        throw TokenizerError(source, 0, "\"version\" is missing or not an integer");
    if (version->get<std::int64_t>() > kFormatVersion)
        throw TokenizerError(source, 0,
                             "made by a newer version (format version " + std::to_string(version->get<std::int64_t>()) +
                                 ", this build reads up to " + std::to_string(kFormatVersion) + ")");
    if (version->get<std::int64_t>() < 1)
        throw TokenizerError(source, 0, "\"version\" must be at least 1");
    auto unknown = doc.find("unknown_id");
    if (unknown == doc.end() || !unknown->is_number_integer() || unknown->get<std::int64_t>() != kUnknownId)
        throw TokenizerError(source, 0, "\"unknown_id\" must be 0");
    auto list = doc.find("chars");
    if (list == doc.end() || !list->is_array())
        throw TokenizerError(source, 0, "\"chars\" is missing or not an array");
    std::vector<char32_t> chars;
    std::set<char32_t> seen;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const auto &item = (*list)[i];
        const std::string where = "chars[" + std::to_string(i) + "]";
        if (!item.is_string())
            throw TokenizerError(source, 0, where + " is not a string");
        const std::string s = item.get<std::string>();
        char32_t cp = 0;
        const auto *p = reinterpret_cast<const unsigned char *>(s.data());
        if (s.empty() || detail::decodeUtf8(p, s.size(), &cp) != int(s.size()))
            throw TokenizerError(source, 0, where + " = " + detail::quoteForMessage(s) + " is not one character");
        if (!seen.insert(cp).second)
            throw TokenizerError(source, 0, where + " = " + detail::quoteForMessage(s) + " appears twice");
        chars.push_back(cp);
    }
    return CharTokenizer(std::move(chars));
}

std::string CharTokenizer::toJson() const
{
    nlohmann::ordered_json doc;
    doc["format"] = kFormatName;
    doc["version"] = kFormatVersion;
    doc["unknown_id"] = kUnknownId;
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (char32_t cp : m_chars) {
        std::string s;
        detail::appendUtf8(s, cp);
        list.push_back(s);
    }
    doc["chars"] = std::move(list);
    return doc.dump();
}

std::vector<int> CharTokenizer::encode(std::string_view text) const
{
    std::vector<int> out;
    out.reserve(text.size());
    const auto *p = reinterpret_cast<const unsigned char *>(text.data());
    std::size_t i = 0;
    while (i < text.size()) {
        if (p[i] < 0x80) {
            out.push_back(m_ascii[p[i]]);
            ++i;
            continue;
        }
        char32_t cp = 0;
        int len = detail::decodeUtf8(p + i, text.size() - i, &cp);
        if (len == 0) {
            out.push_back(kUnknownId);
            ++i;
            continue;
        }
        auto it = m_ids.find(cp);
        out.push_back(it == m_ids.end() ? kUnknownId : it->second);
        i += std::size_t(len);
    }
    return out;
}

void CharTokenizer::checkId(int id) const
{
    if (id < 0 || id >= vocabSize())
        throw TokenizerError("char tokenizer", 0,
                             "token id " + std::to_string(id) + " is out of range (vocabulary of " +
                                 std::to_string(vocabSize()) + ")");
}

std::string CharTokenizer::tokenBytes(int id) const
{
    checkId(id);
    if (id == kUnknownId)
        return kReplacement;
    std::string s;
    detail::appendUtf8(s, m_chars[std::size_t(id - 1)]);
    return s;
}

std::string CharTokenizer::decode(const std::vector<int> &ids) const
{
    std::string out;
    out.reserve(ids.size());
    for (int id : ids) {
        checkId(id);
        if (id == kUnknownId)
            out += kReplacement;
        else
            detail::appendUtf8(out, m_chars[std::size_t(id - 1)]);
    }
    return out;
}

std::string CharTokenizer::tokenDisplay(int id) const
{
    if (id == kUnknownId) {
        checkId(id);
        return "<unk>";
    }
    return displayTokenBytes(tokenBytes(id));
}

} // namespace genlab::engine::text
