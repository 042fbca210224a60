#pragma once
// PDF text: poppler-cpp in this process (only for the `genlab pdf-text` helper command, since a
// hostile PDF can crash or exhaust a parser), and the studio's side that runs that helper in a
// child process with memory, CPU and time limits. Functions are thread-safe; the child process is
// waited for by the calling thread.

#include "engine/retrieval/ingest.h"
#include "engine/retrieval/types.h"

#include <cstdint>
#include <string>
#include <vector>

namespace genlab::engine::retrieval {

// The text of every page (UTF-8, LF line ends, trailing whitespace trimmed), read by poppler-cpp
// in reading order. Throws std::runtime_error naming the file when it is missing, not a PDF,
// damaged beyond reading, or password-protected.
std::vector<std::string> pdfPagesInProcess(const std::string &path);

// The pages joined into one text (separated by "\n\f\n"; a form feed is whitespace to the
// chunkers); *pageStarts (when given) gets each page's byte offset. Throws as pdfPagesInProcess.
std::string pdfTextInProcess(const std::string &path, std::vector<std::int64_t> *pageStarts);

// Joins page texts as pdfTextInProcess does.
std::string joinPdfPages(const std::vector<std::string> &pages, std::vector<std::int64_t> *pageStarts);

// What the helper prints with --json: {"pages": ["...", ...]} (invalid UTF-8 replaced).
std::string pdfPagesToJson(const std::vector<std::string> &pages);
// Reads it back; throws std::runtime_error when it is not that shape.
std::vector<std::string> pdfPagesFromJson(const std::string &json);

// Runs `limits.helperExecutable pdf-text --json PATH` in a child process (its own process group,
// RLIMIT_AS = pdfMemoryBytes, RLIMIT_CPU from pdfTimeoutMs, no core dumps), kills the group after
// pdfTimeoutMs, and reads the pages from its stdout. Throws IngestError naming the file for: no
// helper configured, a helper that cannot start, a timeout, a crash (the signal), a non-zero exit
// (with the last line the helper wrote to stderr), output that is not the expected JSON.
Document readPdfViaHelper(const std::string &path, const IngestLimits &limits);

} // namespace genlab::engine::retrieval
