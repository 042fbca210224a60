#include "engine/retrieval/ingest.h"

#include "engine/retrieval/htmltext.h"
#include "engine/retrieval/pdftext.h"
#include "engine/retrieval/textdecode.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <map>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace genlab::engine::retrieval {

namespace {

std::string lower(std::string s)
{
    for (char &c : s)
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    return s;
}

std::string megabytes(std::int64_t bytes)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f MB", double(bytes) / (1024.0 * 1024.0));
    return buf;
}

struct FileCloser
{
    void operator()(std::FILE *f) const { std::fclose(f); }
};
using File = std::unique_ptr<std::FILE, FileCloser>;

File openForReading(const std::string &path)
{
    File f(std::fopen(path.c_str(), "rb"));
    if (!f)
        throw IngestError(path, std::string("cannot open it (") + std::strerror(errno) + ")");
    return f;
}

std::string normalisedAbsolute(const fs::path &p)
{
    std::error_code ec;
    fs::path abs = fs::absolute(p, ec);
    if (ec)
        abs = p;
    return abs.lexically_normal().string();
}

bool isHidden(const fs::path &p)
{
    const std::string name = p.filename().string();
    return name.size() > 1 && name[0] == '.' && name != "..";
}

// Text with NUL characters or many control characters is not text, whatever its name says. Looks
// at the decoded start, so UTF-16 (full of NUL bytes) passes.
bool looksBinary(std::string_view head)
{
    const DecodedText d = decodeText(head);
    std::int64_t control = 0, chars = 0;
    for (char ch : d.utf8) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c & 0xC0) == 0x80)
            continue; // continuation byte
        ++chars;
        if (c == 0)
            return true;
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1B) || c == 0x7F)
            ++control;
    }
    return chars > 0 && control * 10 > chars;
}

} // namespace

IngestError::IngestError(const std::string &path, const std::string &reason)
    : std::runtime_error(path + ": " + reason), m_path(path), m_reason(reason)
{
}

std::string formatForPath(const std::string &path)
{
    const std::string ext = lower(fs::path(path).extension().string());
    if (ext == ".txt" || ext == ".text")
        return "text";
    if (ext == ".md" || ext == ".markdown")
        return "markdown";
    if (ext == ".html" || ext == ".htm")
        return "html";
    if (ext == ".pdf")
        return "pdf";
    return {};
}

SourceListing listSources(const std::vector<std::string> &paths)
{
    std::map<std::string, SourceFile> files; // sorted and deduplicated by path
    std::vector<SkippedFile> skipped;

    // Adds a regular file; `named` says the user named it (then problems are reported).
    auto addFile = [&](const std::string &path, bool named) {
        const std::string format = formatForPath(path);
        if (format.empty()) {
            if (named) {
                const std::string ext = fs::path(path).extension().string();
                skipped.push_back({path, (ext.empty() ? std::string("no file extension") : "files of type " + ext + " are not read") +
                                             " (text: .txt .text .md .markdown .html .htm .pdf)"});
            }
            return;
        }
        struct stat st{};
        if (::stat(path.c_str(), &st) != 0) {
            skipped.push_back({path, std::string("cannot read it (") + std::strerror(errno) + ")"});
            return;
        }
        if (::access(path.c_str(), R_OK) != 0) {
            skipped.push_back({path, std::string("cannot read it (") + std::strerror(errno) + ")"});
            return;
        }
        SourceFile f;
        f.path = path;
        f.size = std::int64_t(st.st_size);
        f.mtimeNs = std::int64_t(st.st_mtim.tv_sec) * 1000000000ll + std::int64_t(st.st_mtim.tv_nsec);
        f.format = format;
        files[path] = std::move(f);
    };

    for (const std::string &given : paths) {
        const std::string path = normalisedAbsolute(given);
        std::error_code ec;
        const fs::file_status status = fs::status(path, ec);
        if (ec || !fs::exists(status)) {
            skipped.push_back({path, ec && ec != std::errc::no_such_file_or_directory
                                         ? "cannot read it (" + ec.message() + ")"
                                         : std::string("does not exist")});
            continue;
        }
        if (fs::is_regular_file(status)) {
            addFile(path, true);
            continue;
        }
        if (!fs::is_directory(status)) {
            skipped.push_back({path, "not a regular file or folder"});
            continue;
        }
        fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec);
        if (ec) {
            skipped.push_back({path, "cannot read the folder (" + ec.message() + ")"});
            continue;
        }
        // Hidden entries (.git, .venv, editor and OS droppings such as ._notes.md) are not sources.
        for (const fs::recursive_directory_iterator end; it != end; it.increment(ec)) {
            if (ec)
                break;
            const fs::directory_entry &entry = *it;
            if (isHidden(entry.path())) {
                if (entry.is_directory(ec))
                    it.disable_recursion_pending();
                continue;
            }
            if (entry.is_regular_file(ec))
                addFile(entry.path().lexically_normal().string(), false);
        }
        if (ec)
            skipped.push_back({path, "the folder could not be read completely (" + ec.message() + ")"});
    }

    SourceListing listing;
    listing.files.reserve(files.size());
    for (auto &[_, f] : files)
        listing.files.push_back(std::move(f));
    std::sort(skipped.begin(), skipped.end(), [](const SkippedFile &a, const SkippedFile &b) { return a.path < b.path; });
    listing.skipped = std::move(skipped);
    return listing;
}

Document readDocument(const SourceFile &file, const IngestLimits &limits)
{
    const std::string &path = file.path;
    struct stat st{};
    if (::stat(path.c_str(), &st) != 0)
        throw IngestError(path, std::string("cannot read it (") + std::strerror(errno) + ")");
    if (!S_ISREG(st.st_mode))
        throw IngestError(path, "not a regular file");
    if (std::int64_t(st.st_size) > limits.maxFileBytes)
        throw IngestError(path, "too big (" + megabytes(st.st_size) + "; the limit is " + megabytes(limits.maxFileBytes) + ")");
    const std::string format = file.format.empty() ? formatForPath(path) : file.format;
    if (format == "pdf")
        return readPdfViaHelper(path, limits);

    // Read the whole file; its size may have changed since the stat, so read until EOF, bounded.
    File f = openForReading(path);
    std::string bytes;
    bytes.resize(std::size_t(st.st_size));
    std::size_t got = std::fread(bytes.data(), 1, bytes.size(), f.get());
    bytes.resize(got);
    char extra[65536];
    while (std::size_t n = std::fread(extra, 1, sizeof extra, f.get())) {
        bytes.append(extra, n);
        if (std::int64_t(bytes.size()) > limits.maxFileBytes)
            throw IngestError(path, "too big (it grew past the limit of " + megabytes(limits.maxFileBytes) + " while being read)");
    }
    if (std::ferror(f.get()))
        throw IngestError(path, std::string("read error (") + std::strerror(errno) + ")");

    constexpr std::size_t kSniff = 64 * 1024;
    if (looksBinary(std::string_view(bytes).substr(0, kSniff)))
        throw IngestError(path, "looks binary (NUL or control bytes in its first 64 KiB), not text; skipped");

    DecodedText decoded = decodeText(bytes);
    bytes.clear();
    bytes.shrink_to_fit();

    Document doc;
    doc.path = path;
    doc.format = format.empty() ? "text" : format;
    doc.encoding = std::move(decoded.encoding);
    doc.replacedBytes = decoded.replacedBytes;
    if (doc.format == "html") {
        HtmlText html;
        try {
            html = htmlToText(decoded.utf8);
        } catch (const std::exception &e) {
            throw IngestError(path, e.what());
        }
        // The title is often the best description of a page; keep it as the top heading unless
        // the page starts with it anyway.
        if (!html.title.empty() && html.text.rfind("# " + html.title, 0) != 0)
            doc.text = "# " + html.title + "\n\n" + html.text;
        else
            doc.text = std::move(html.text);
    } else {
        doc.text = std::move(decoded.utf8);
    }
    return doc;
}

std::string fileContentHash(const std::string &path)
{
    File f = openForReading(path);
    std::uint64_t h = 14695981039346656037ull; // FNV-1a 64 offset basis
    std::vector<unsigned char> buffer(1 << 20);
    while (std::size_t n = std::fread(buffer.data(), 1, buffer.size(), f.get())) {
        for (std::size_t i = 0; i < n; ++i) {
            h ^= buffer[i];
            h *= 1099511628211ull; // FNV prime
        }
    }
    if (std::ferror(f.get()))
        throw IngestError(path, std::string("read error (") + std::strerror(errno) + ")");
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
    return hex;
}

} // namespace genlab::engine::retrieval
