#pragma once
// Finding source files (text, Markdown, HTML, PDF) and reading each into a Document: bytes decoded
// to UTF-8, HTML through gumbo, PDF in a helper child process so a hostile PDF cannot take the
// studio down. All functions are thread-safe (no shared state); call them from a worker thread.

#include "engine/retrieval/types.h"

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace genlab::engine::retrieval {

struct IngestLimits
{
    std::int64_t maxFileBytes = 512ll << 20;    // larger files are refused ("too big")
    int pdfTimeoutMs = 20000;                   // the PDF helper is killed after this
    // RLIMIT_AS (address space) of the PDF helper. The helper is the whole genlab binary, whose
    // LibTorch, OpenBLAS and Qt mappings alone take about 1 GiB of address space at start.
    std::int64_t pdfMemoryBytes = 4ll << 30;
    // The genlab binary that parses PDFs in a child process (`genlab pdf-text --json FILE`);
    // empty: PDFs are refused with a reason.
    std::string helperExecutable;
};

struct SourceFile
{
    std::string path;           // absolute, normalised
    std::int64_t size = 0;
    std::int64_t mtimeNs = 0;   // last modification, ns since the epoch
    std::string format;         // "text", "markdown", "html" or "pdf"
};

struct SkippedFile
{
    std::string path;
    std::string reason;
};

struct SourceListing
{
    std::vector<SourceFile> files;      // sorted by path, no duplicates
    std::vector<SkippedFile> skipped;   // named paths that were missing, unreadable or of another type
};

// Files and folders (recursive; hidden folders such as .git are not entered). Extensions, any
// case: .txt .text (text), .md .markdown (markdown), .html .htm (html), .pdf (pdf). Files of other
// types inside a folder are ignored silently; a missing or unreadable path, or a file of another
// type named directly, goes to skipped with the reason.
SourceListing listSources(const std::vector<std::string> &paths);

// The format for a path's extension ("text", "markdown", "html", "pdf"), empty when not a source.
std::string formatForPath(const std::string &path);

// A file that could not be read into a Document; the message names the file and the reason.
class IngestError : public std::runtime_error
{
public:
    IngestError(const std::string &path, const std::string &reason);
    const std::string &path() const { return m_path; }
    const std::string &reason() const { return m_reason; }

private:
    std::string m_path;
    std::string m_reason;
};

// Reads and decodes one file. Throws IngestError for a binary file (NUL bytes or mostly control
// bytes in the first 64 KiB, whatever its name: "looks binary"), a file over maxFileBytes, an
// unreadable file, and any PDF failure (no helper, crash, timeout, parse error).
Document readDocument(const SourceFile &file, const IngestLimits &limits);

// 64-bit FNV-1a of the file's bytes as 16 lowercase hex digits, read in blocks. Throws
// IngestError when the file cannot be read.
std::string fileContentHash(const std::string &path);

} // namespace genlab::engine::retrieval
