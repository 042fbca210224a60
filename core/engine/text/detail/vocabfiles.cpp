#include "engine/text/detail/vocabfiles.h"

#include "engine/text/detail/utf8.h"
#include "engine/text/tokenizer.h"

#include <nlohmann/json.hpp>

#include <cerrno>
#include <climits>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <unistd.h>
#include <unordered_map>

namespace genlab::engine::text::detail {

namespace fs = std::filesystem;

std::string quoteForMessage(const std::string &s)
{
    constexpr std::size_t kMax = 60;
    std::string shown = s.size() > kMax ? s.substr(0, kMax) : s;
    // Cutting may split a UTF-8 sequence: the dump replaces what is not valid UTF-8.
    std::string quoted;
    try {
        quoted = nlohmann::json(shown).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    } catch (...) {
        quoted = "\"?\"";
    }
    if (s.size() > kMax)
        quoted += "... (" + std::to_string(s.size()) + " bytes)";
    return quoted;
}

std::string readFileCapped(const std::string &path, std::size_t maxBytes)
{
    std::error_code ec;
    fs::file_status st = fs::status(path, ec);
    if (ec || !fs::exists(st))
        throw TokenizerError(path, 0, "file not found");
    if (fs::is_directory(st))
        throw TokenizerError(path, 0, "is a folder, expected a file");
    if (!fs::is_regular_file(st))
        throw TokenizerError(path, 0, "is not a regular file");
    const std::uintmax_t size = fs::file_size(path, ec);
    if (ec)
        throw TokenizerError(path, 0, "cannot read its size: " + ec.message());
    if (size > maxBytes)
        throw TokenizerError(path, 0,
                             "is " + std::to_string(size) + " bytes, more than the " +
                                 std::to_string(maxBytes >> 20) + " MB a tokenizer file may have");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw TokenizerError(path, 0, std::string("cannot open: ") + std::strerror(errno));
    std::string content(static_cast<std::size_t>(size), '\0');
    in.read(content.data(), std::streamsize(size));
    if (in.gcount() != std::streamsize(size))
        throw TokenizerError(path, 0, "could not read the whole file");
    return content;
}

namespace {

int lineOfOffset(const std::string &content, std::size_t offset)
{
    offset = std::min(offset, content.size());
    int line = 1;
    for (std::size_t i = 0; i < offset; ++i)
        if (content[i] == '\n')
            ++line;
    return line;
}

// Collects token -> id pairs in document order and stops at the first rule broken.
class VocabSax : public nlohmann::json_sax<nlohmann::json>
{
public:
    std::vector<std::pair<std::string, std::int64_t>> entries;
    std::unordered_map<std::string, std::int64_t> seen;
    std::string error;
    int errorLine = 0;
    std::size_t errorOffset = std::string::npos;

    bool null() override { return badValue("null"); }
    bool boolean(bool) override { return badValue("a boolean"); }
    bool number_integer(number_integer_t v) override { return id(v); }
    bool number_unsigned(number_unsigned_t v) override
    {
        return id(v > number_unsigned_t(INT64_MAX) ? INT64_MAX : std::int64_t(v));
    }
    bool number_float(number_float_t, const string_t &) override { return badValue("a non-integer number"); }
    bool string(string_t &) override { return badValue("a string"); }
    bool binary(binary_t &) override { return badValue("binary data"); }
    bool start_object(std::size_t) override
    {
        if (m_depth == 0) {
            m_depth = 1;
            return true;
        }
        return badValue("an object");
    }
    bool key(string_t &k) override
    {
        m_key = k;
        return true;
    }
    bool end_object() override
    {
        --m_depth;
        return true;
    }
    bool start_array(std::size_t) override { return badValue("an array"); }
    bool end_array() override { return true; }
    bool parse_error(std::size_t position, const std::string &, const nlohmann::detail::exception &ex) override
    {
        error = "not valid JSON: " + std::string(ex.what());
        errorOffset = position;
        return false;
    }

private:
    bool badValue(const char *what)
    {
        if (m_depth == 0)
            error = std::string("expected a JSON object of token -> id, found ") + what;
        else
            error = "the id of token " + quoteForMessage(m_key) + " is " + what + ", expected an integer";
        return false;
    }
    bool id(std::int64_t v)
    {
        if (m_depth == 0) {
            error = "expected a JSON object of token -> id, found a number";
            return false;
        }
        if (v < 0) {
            error = "token " + quoteForMessage(m_key) + " has a negative id " + std::to_string(v);
            return false;
        }
        auto [it, inserted] = seen.emplace(m_key, v);
        if (!inserted) {
            error = "token " + quoteForMessage(m_key) + " appears twice (ids " + std::to_string(it->second) +
                    " and " + std::to_string(v) + ")";
            return false;
        }
        entries.emplace_back(m_key, v);
        return true;
    }

    int m_depth = 0;
    std::string m_key;
};

bool looksLikeWordPieceVocab(const std::string &content)
{
    // BERT's vocab.txt: one token per line, starting with [PAD] and [unusedN] or holding
    // [UNK]/[CLS]/[SEP] lines and "##" continuation pieces.
    for (const char *marker : {"[PAD]\n", "[UNK]\n", "[CLS]\n", "[SEP]\n", "[MASK]\n", "\n##"})
        if (content.find(marker) != std::string::npos)
            return true;
    return false;
}

} // namespace

std::vector<std::string> parseVocabJson(const std::string &content, const std::string &source)
{
    std::size_t first = content.find_first_not_of(" \t\r\n");
    std::size_t bomSkip = content.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
    if (bomSkip)
        first = content.find_first_not_of(" \t\r\n", bomSkip);
    if (first == std::string::npos)
        throw TokenizerError(source, 0, "is empty, expected a JSON object of token -> id");
    if (content[first] != '{') {
        if (looksLikeWordPieceVocab(content))
            throw TokenizerError(source, 0,
                                 "looks like a BERT WordPiece vocab.txt (one token per line), not a GPT-2 "
                                 "byte-level BPE vocabulary; expected a JSON object of token -> id such as "
                                 "encoder.json or vocab.json");
    }
    VocabSax sax;
    bool ok = false;
    try {
        ok = nlohmann::json::sax_parse(content, &sax);
    } catch (const std::exception &e) {
        throw TokenizerError(source, 0, std::string("not valid JSON: ") + e.what());
    }
    if (!ok) {
        int line = sax.errorOffset != std::string::npos ? lineOfOffset(content, sax.errorOffset) : 0;
        throw TokenizerError(source, line, sax.error.empty() ? "not valid JSON" : sax.error);
    }
    const std::size_t count = sax.entries.size();
    if (count == 0)
        throw TokenizerError(source, 0, "the vocabulary is empty");
    if (count > std::size_t(INT32_MAX / 2))
        throw TokenizerError(source, 0, "has too many tokens");
    std::vector<std::string> tokens(count);
    std::vector<bool> used(count, false);
    for (auto &[token, id] : sax.entries) {
        if (id >= std::int64_t(count))
            throw TokenizerError(source, 0,
                                 "token " + quoteForMessage(token) + " has id " + std::to_string(id) +
                                     ", out of range: " + std::to_string(count) +
                                     " tokens must use ids 0.." + std::to_string(count - 1) + " without gaps");
        if (used[std::size_t(id)])
            throw TokenizerError(source, 0,
                                 "id " + std::to_string(id) + " is used twice, by " +
                                     quoteForMessage(tokens[std::size_t(id)]) + " and " + quoteForMessage(token));
        used[std::size_t(id)] = true;
        tokens[std::size_t(id)] = std::move(token);
    }
    return tokens;
}

std::vector<MergeLine> parseMerges(const std::string &content, const std::string &source)
{
    std::vector<MergeLine> merges;
    std::size_t pos = content.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
    int lineNo = 0;
    while (pos < content.size()) {
        std::size_t end = content.find('\n', pos);
        if (end == std::string::npos)
            end = content.size();
        std::string_view line(content.data() + pos, end - pos);
        pos = end + 1;
        ++lineNo;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (line.find_first_not_of(" \t") == std::string_view::npos)
            continue; // blank
        if (lineNo == 1 && line.substr(0, 8) == "#version")
            continue;
        if (!isValidUtf8(line))
            throw TokenizerError(source, lineNo, "is not valid UTF-8");
        const std::size_t space = line.find(' ');
        if (space == std::string_view::npos || line.find(' ', space + 1) != std::string_view::npos)
            throw TokenizerError(source, lineNo,
                                 "a merge must be two tokens separated by exactly one space, found " +
                                     quoteForMessage(std::string(line)));
        if (space == 0 || space + 1 == line.size())
            throw TokenizerError(source, lineNo,
                                 "a merge must be two non-empty tokens, found " + quoteForMessage(std::string(line)));
        merges.push_back({std::string(line.substr(0, space)), std::string(line.substr(space + 1)), lineNo});
    }
    return merges;
}

void writeFileAtomically(const std::string &path, const std::string &content)
{
    const std::string temp = path + ".part";
    int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        throw TokenizerError(path, 0, std::string("cannot write: ") + std::strerror(errno));
    std::size_t done = 0;
    while (done < content.size()) {
        ssize_t n = ::write(fd, content.data() + done, content.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            int err = errno;
            ::close(fd);
            ::unlink(temp.c_str());
            throw TokenizerError(path, 0, std::string("cannot write: ") + std::strerror(err));
        }
        done += std::size_t(n);
    }
    const bool synced = ::fsync(fd) == 0;
    int err = errno;
    const bool closed = ::close(fd) == 0;
    if (!closed)
        err = errno;
    if (!synced || !closed) {
        ::unlink(temp.c_str());
        throw TokenizerError(path, 0, std::string("cannot write: ") + std::strerror(err));
    }
    if (::rename(temp.c_str(), path.c_str()) != 0) {
        const int renameErr = errno;
        ::unlink(temp.c_str());
        throw TokenizerError(path, 0, std::string("cannot replace: ") + std::strerror(renameErr));
    }
}

} // namespace genlab::engine::text::detail
