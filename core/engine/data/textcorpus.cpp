#include "engine/data/textcorpus.h"

#include "engine/base/asciistring.h"

#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <system_error>

namespace fs = std::filesystem;

namespace genlab::engine::data {

namespace {

constexpr std::size_t kDetectBytes = std::size_t(1) << 20; // the encoding is judged on this much
constexpr std::size_t kBinaryProbeBytes = 8192;
constexpr double kMaxControlRatio = 0.10;

enum class Encoding { Utf8, Utf16LE, Utf16BE, Latin1 };

std::string encodingName(Encoding e)
{
    switch (e) {
    case Encoding::Utf8: return "UTF-8";
    case Encoding::Utf16LE: return "UTF-16LE (BOM)";
    case Encoding::Utf16BE: return "UTF-16BE (BOM)";
    case Encoding::Latin1: break;
    }
    return "Latin-1";
}

// A file that is not usable text; the reason does not repeat the file name.
struct FileProblem
{
    std::string reason;
};

struct Detection
{
    Encoding encoding = Encoding::Utf8;
    std::size_t bomBytes = 0;
};

bool startsWith(std::string_view s, std::initializer_list<unsigned char> prefix)
{
    if (s.size() < prefix.size())
        return false;
    std::size_t i = 0;
    for (unsigned char b : prefix)
        if (static_cast<unsigned char>(s[i++]) != b)
            return false;
    return true;
}

void rejectBinary(std::string_view head)
{
    const std::string_view probe = head.substr(0, std::min(head.size(), kBinaryProbeBytes));
    std::size_t controls = 0;
    for (char ch : probe) {
        const auto b = static_cast<unsigned char>(ch);
        if (b == 0)
            throw FileProblem{"looks binary (NUL bytes in the first 8 KiB), not text; UTF-16 needs a byte-order mark"};
        const bool allowed = b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v' || b == 0x1B;
        if ((b < 0x20 && !allowed) || b == 0x7F)
            ++controls;
    }
    if (!probe.empty() && double(controls) / double(probe.size()) > kMaxControlRatio)
        throw FileProblem{"looks binary (" + std::to_string(controls) + " control characters in the first " +
                          std::to_string(probe.size()) + " bytes), not text"};
}

// headIsAll: the head is the whole file, so a sequence cut at its end is really invalid.
Detection detect(std::string_view head, bool headIsAll)
{
    if (startsWith(head, {0xEF, 0xBB, 0xBF})) {
        rejectBinary(head.substr(3));
        return {Encoding::Utf8, 3};
    }
    if (startsWith(head, {0xFF, 0xFE, 0x00, 0x00}) || startsWith(head, {0x00, 0x00, 0xFE, 0xFF}))
        throw FileProblem{"is UTF-32, which is not supported; save it as UTF-8"};
    if (startsWith(head, {0xFF, 0xFE}))
        return {Encoding::Utf16LE, 2};
    if (startsWith(head, {0xFE, 0xFF}))
        return {Encoding::Utf16BE, 2};
    rejectBinary(head);

    // Valid UTF-8 is UTF-8. Text with a few broken sequences among many good ones is UTF-8 with
    // damage; otherwise the high bytes are Latin-1 letters.
    auto length = static_cast<std::int32_t>(head.size());
    if (!headIsAll) {
        // Do not count a sequence cut off by the end of the head as invalid.
        for (std::int32_t k = 1; k <= 3 && k <= length; ++k) {
            const auto b = static_cast<unsigned char>(head[std::size_t(length - k)]);
            if ((b & 0xC0) == 0x80)
                continue;
            if (b >= 0xC0) {
                const int need = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
                if (need > k)
                    length -= k;
            }
            break;
        }
    }
    const auto *s = reinterpret_cast<const std::uint8_t *>(head.data());
    std::int64_t valid = 0, invalid = 0;
    for (std::int32_t i = 0; i < length;) {
        if (s[i] < 0x80) {
            ++i;
            continue;
        }
        UChar32 c;
        U8_NEXT(s, i, length, c);
        if (c < 0)
            ++invalid;
        else
            ++valid;
    }
    if (invalid == 0 || valid > invalid)
        return {Encoding::Utf8, 0};
    return {Encoding::Latin1, 0};
}

constexpr std::array<char16_t, 32> kWindows1252 = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

// Decodes a byte stream chunk by chunk into UTF-8, holding back a sequence split across chunks.
// Thread: one thread at a time
class StreamDecoder
{
public:
    StreamDecoder(Encoding encoding, bool normalizeNewlines, std::string &out, std::int64_t cap)
        : m_encoding(encoding), m_normalize(normalizeNewlines), m_out(out), m_cap(cap)
    {
    }

    // Returns false once the cap is reached (nothing more is appended).
    bool feed(std::string_view bytes, bool final)
    {
        if (m_capped)
            return false;
        std::string_view input = bytes;
        std::string joined;
        if (!m_carry.empty()) {
            joined = m_carry;
            joined.append(bytes);
            input = joined;
            m_carry.clear();
        }
        switch (m_encoding) {
        case Encoding::Utf8: decodeUtf8(input, final); break;
        case Encoding::Utf16LE:
        case Encoding::Utf16BE: decodeUtf16(input, final); break;
        case Encoding::Latin1: decodeLatin1(input); break;
        }
        return !m_capped;
    }

    std::int64_t replaced() const { return m_replaced; }
    bool capped() const { return m_capped; }
    // Input bytes decoded so far (for the size-cap message).
    std::int64_t consumed() const { return m_consumed; }

private:
    bool emit(UChar32 c)
    {
        if (m_normalize) {
            if (c == '\r') {
                m_lastCR = true;
                c = '\n';
            } else if (c == '\n' && m_lastCR) {
                m_lastCR = false;
                return true;
            } else {
                m_lastCR = false;
            }
        }
        char buf[4];
        std::int32_t n = 0;
        U8_APPEND_UNSAFE(buf, n, c);
        if (std::int64_t(m_out.size()) + n > m_cap) {
            m_capped = true;
            return false;
        }
        m_out.append(buf, std::size_t(n));
        return true;
    }

    void decodeUtf8(std::string_view input, bool final)
    {
        auto length = static_cast<std::int32_t>(input.size());
        if (!final) {
            for (std::int32_t k = 1; k <= 3 && k <= length; ++k) {
                const auto b = static_cast<unsigned char>(input[std::size_t(length - k)]);
                if ((b & 0xC0) == 0x80)
                    continue;
                if (b >= 0xC0) {
                    const int need = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
                    if (need > k)
                        length -= k;
                }
                break;
            }
            m_carry.assign(input.substr(std::size_t(length)));
        }
        const auto *s = reinterpret_cast<const std::uint8_t *>(input.data());
        for (std::int32_t i = 0; i < length;) {
            const std::int32_t start = i;
            UChar32 c;
            U8_NEXT(s, i, length, c);
            if (c < 0) {
                ++m_replaced;
                c = 0xFFFD;
            }
            if (!emit(c))
                return;
            m_consumed += i - start;
        }
    }

    void decodeUtf16(std::string_view input, bool final)
    {
        const bool le = m_encoding == Encoding::Utf16LE;
        const auto *s = reinterpret_cast<const std::uint8_t *>(input.data());
        std::size_t units = input.size() / 2;
        auto unit = [&](std::size_t k) -> char16_t {
            return le ? char16_t(s[2 * k] | (s[2 * k + 1] << 8)) : char16_t((s[2 * k] << 8) | s[2 * k + 1]);
        };
        if (!final) {
            // Keep an odd byte and a high surrogate whose partner is in the next chunk.
            std::size_t keepFrom = units * 2;
            if (units > 0 && U16_IS_LEAD(unit(units - 1))) {
                --units;
                keepFrom -= 2;
            }
            m_carry.assign(input.substr(keepFrom));
        }
        for (std::size_t k = 0; k < units; ++k) {
            char16_t u = unit(k);
            UChar32 c = u;
            std::int64_t used = 2;
            if (U16_IS_LEAD(u) && k + 1 < units && U16_IS_TRAIL(unit(k + 1))) {
                c = U16_GET_SUPPLEMENTARY(u, unit(k + 1));
                ++k;
                used = 4;
            } else if (U16_IS_SURROGATE(u)) {
                ++m_replaced;
                c = 0xFFFD;
            }
            if (!emit(c))
                return;
            m_consumed += used;
        }
        if (final && input.size() % 2 != 0) {
            ++m_replaced; // a lone trailing byte
            if (emit(0xFFFD))
                m_consumed += 1;
        }
    }

    void decodeLatin1(std::string_view input)
    {
        for (char ch : input) {
            const auto b = static_cast<unsigned char>(ch);
            const UChar32 c = b >= 0x80 && b < 0xA0 ? UChar32(kWindows1252[b - 0x80]) : UChar32(b);
            if (!emit(c))
                return;
            ++m_consumed;
        }
    }

    Encoding m_encoding;
    bool m_normalize;
    std::string &m_out;
    std::int64_t m_cap;
    std::string m_carry;
    std::int64_t m_replaced = 0;
    std::int64_t m_consumed = 0;
    bool m_lastCR = false;
    bool m_capped = false;
};

std::string mib(std::int64_t bytes)
{
    const double m = double(bytes) / double(1 << 20);
    char buf[32];
    std::snprintf(buf, sizeof buf, m >= 10 ? "%.0f MiB" : "%.1f MiB", m);
    return buf;
}

bool hiddenName(const fs::path &p)
{
    const std::string name = p.filename().string();
    return !name.empty() && name[0] == '.';
}

std::vector<fs::path> listTextFiles(const fs::path &root, const CorpusOptions &options, const RunContext &ctx)
{
    std::set<std::string> extensions;
    for (const auto &e : options.extensions)
        extensions.insert(asciiLower(e));
    std::vector<fs::path> files;
    std::error_code ec;
    fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec);
    if (ec)
        throw CorpusError(root.string() + ": cannot list the folder: " + ec.message());
    std::int64_t visited = 0;
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (ec)
            throw CorpusError(root.string() + ": cannot list the folder: " + ec.message());
        if ((++visited & 255) == 0)
            ctx.checkpoint();
        const fs::directory_entry &entry = *it;
        if (hiddenName(entry.path())) {
            if (entry.is_directory(ec))
                it.disable_recursion_pending();
            continue;
        }
        if (!entry.is_regular_file(ec))
            continue;
        if (!extensions.contains(asciiLower(entry.path().extension().string())))
            continue;
        files.push_back(entry.path());
        if (std::int64_t(files.size()) > options.maxFiles)
            throw CorpusError(root.string() + ": more than " + std::to_string(options.maxFiles) +
                              " text files; choose a smaller folder (the limit keeps a stray pick of a whole "
                              "disk from reading for hours)");
    }
    std::sort(files.begin(), files.end(),
              [](const fs::path &a, const fs::path &b) { return a.generic_string() < b.generic_string(); });
    return files;
}

struct ReadState
{
    std::int64_t totalBytes = 1;
    std::int64_t doneBytes = 0;
};

// Reads one file and appends its text to corpus.text; throws FileProblem (nothing appended).
void readOne(const fs::path &path, const CorpusOptions &options, const RunContext &ctx, TextCorpus &corpus,
             ReadState &state, std::string &encodingOut)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw FileProblem{std::string("cannot be opened: ") + std::strerror(errno)};
    std::error_code ec;
    const auto fileSize = std::int64_t(fs::file_size(path, ec));
    const std::size_t chunk = std::size_t(std::max<std::int64_t>(4096, options.chunkBytes));

    auto readSome = [&](std::string &buf, std::size_t n) {
        buf.resize(n);
        in.read(buf.data(), std::streamsize(n));
        buf.resize(std::size_t(in.gcount()));
        if (in.bad())
            throw FileProblem{"read error"};
    };

    std::string buf;
    readSome(buf, std::max(kDetectBytes, chunk));
    bool eof = in.eof() || in.peek() == std::char_traits<char>::eof();
    const Detection det = detect(buf, eof);
    encodingOut = encodingName(det.encoding);

    const std::size_t sizeBefore = corpus.text.size();
    StreamDecoder decoder(det.encoding, options.normalizeNewlines, corpus.text, options.maxBytes);
    std::int64_t fileDone = std::int64_t(buf.size());
    const std::string stage = "Reading " + path.filename().string();
    try {
        bool more = decoder.feed(std::string_view(buf).substr(det.bomBytes), eof);
        while (more && !eof) {
            ctx.checkpoint();
            ctx.progress(double(state.doneBytes + fileDone) / double(state.totalBytes), stage);
            readSome(buf, chunk);
            eof = in.eof() || in.peek() == std::char_traits<char>::eof();
            fileDone += std::int64_t(buf.size());
            more = decoder.feed(buf, eof);
        }
    } catch (const FileProblem &) {
        corpus.text.resize(sizeBefore);
        throw;
    }
    corpus.replacedSequences += decoder.replaced();
    state.doneBytes += fileSize;
    if (decoder.capped()) {
        corpus.truncated = true;
        corpus.warnings.push_back(path.string() + ": the corpus reached its size cap of " + mib(options.maxBytes) +
                                  "; the text after byte " + std::to_string(decoder.consumed() + std::int64_t(det.bomBytes)) +
                                  " of " + std::to_string(fileSize) + " was not read");
    }
}

} // namespace

DecodedText decodeTextBytes(std::string_view bytes, const std::string &nameForMessages, bool normalizeNewlines)
{
    try {
        const Detection det = detect(bytes.substr(0, std::min(bytes.size(), kDetectBytes)), bytes.size() <= kDetectBytes);
        DecodedText out;
        out.encoding = encodingName(det.encoding);
        StreamDecoder decoder(det.encoding, normalizeNewlines, out.text, INT64_MAX);
        decoder.feed(bytes.substr(det.bomBytes), true);
        out.replacedSequences = decoder.replaced();
        return out;
    } catch (const FileProblem &p) {
        throw CorpusError(nameForMessages + ": " + p.reason);
    }
}

TextCorpus loadTextCorpus(const std::string &fileOrFolder, const CorpusOptions &options, const RunContext &ctx)
{
    if (options.maxBytes <= 0)
        throw std::invalid_argument("loadTextCorpus: maxBytes must be positive");
    const fs::path root(fileOrFolder);
    std::error_code ec;
    const fs::file_status st = fs::status(root, ec);
    if (ec || !fs::exists(st))
        throw CorpusError(fileOrFolder + ": no such file or folder");
    const bool single = fs::is_regular_file(st);
    if (!single && !fs::is_directory(st))
        throw CorpusError(fileOrFolder + ": not a regular file or folder");

    ctx.progress(0.0, "Listing files");
    const std::vector<fs::path> files = single ? std::vector<fs::path>{root} : listTextFiles(root, options, ctx);
    if (files.empty()) {
        std::string exts;
        for (const auto &e : options.extensions)
            exts += (exts.empty() ? "" : "/") + e;
        throw CorpusError(fileOrFolder + ": no " + exts + " files in this folder");
    }

    ReadState state;
    state.totalBytes = 0;
    for (const auto &f : files)
        state.totalBytes += std::int64_t(fs::file_size(f, ec));
    state.totalBytes = std::max<std::int64_t>(1, state.totalBytes);

    TextCorpus corpus;
    std::map<std::string, int> encodings;
    for (std::size_t k = 0; k < files.size(); ++k) {
        ctx.checkpoint();
        const std::string name = files[k].string();
        if (corpus.truncated) {
            corpus.skipped.emplace_back(name, "not read: the corpus size cap of " + mib(options.maxBytes) +
                                                  " was reached");
            continue;
        }
        const std::size_t sizeBefore = corpus.text.size();
        if (!corpus.text.empty() && corpus.text.back() != '\n')
            corpus.text.push_back('\n');
        try {
            std::string encoding;
            readOne(files[k], options, ctx, corpus, state, encoding);
            corpus.files.push_back(name);
            corpus.fileEncodings.push_back(encoding);
            ++encodings[encoding];
        } catch (const FileProblem &p) {
            corpus.text.resize(sizeBefore);
            if (single)
                throw CorpusError(name + ": " + p.reason);
            corpus.skipped.emplace_back(name, p.reason);
            state.doneBytes += std::int64_t(fs::file_size(files[k], ec));
        }
        ctx.progress(double(state.doneBytes) / double(state.totalBytes), "Reading");
    }
    if (corpus.files.empty())
        throw CorpusError(fileOrFolder + ": no readable text files (" + std::to_string(corpus.skipped.size()) +
                          " skipped; the first: " + corpus.skipped.front().first + ": " +
                          corpus.skipped.front().second + ")");
    if (encodings.size() == 1) {
        corpus.encoding = encodings.begin()->first;
    } else {
        std::string list;
        for (const auto &[e, n] : encodings)
            list += (list.empty() ? "" : ", ") + e;
        corpus.encoding = "mixed (" + list + ")";
    }
    ctx.progress(1.0, "Done");
    return corpus;
}

} // namespace genlab::engine::data
