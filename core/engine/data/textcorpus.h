#pragma once
// Text corpora for the language-model labs: one file or a folder of .txt/.md files, decoded to
// UTF-8 whatever the encoding, with binary files refused and huge files streamed under a cap.

#include "engine/base/runcontext.h"

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace genlab::engine::data {

// A corpus that cannot be read: the message names the file or folder and the problem.
class CorpusError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

struct CorpusOptions
{
    std::int64_t maxBytes = std::int64_t(512) << 20; // cap on the decoded text; the rest is not read (see warnings)
    std::int64_t maxFiles = 100000;                  // a folder with more matching files is refused
    std::vector<std::string> extensions = {".txt", ".md"}; // folder only, compared case-insensitively
    bool normalizeNewlines = true;                   // CRLF and lone CR become LF
    std::int64_t chunkBytes = std::int64_t(1) << 20; // read size: progress and cancel once per chunk
};

struct TextCorpus
{
    std::string text;     // UTF-8; files of a folder are joined with a newline between them
    std::string encoding; // "UTF-8", "UTF-16LE (BOM)", "UTF-16BE (BOM)", "Latin-1", or "mixed (...)" for a folder
    std::int64_t replacedSequences = 0; // invalid sequences replaced with U+FFFD, over all files
    std::vector<std::string> files;     // read, in order (sorted by path within a folder)
    std::vector<std::string> fileEncodings; // parallel to files
    std::vector<std::pair<std::string, std::string>> skipped; // file -> why it was not read
    std::vector<std::string> warnings;  // e.g. the size cap was reached
    bool truncated = false;             // the size cap cut the corpus short
};

// Reads one file (any extension) or every matching file under a folder (recursive, hidden files
// and folders skipped). Encoding: a BOM decides (UTF-8, UTF-16LE/BE); without one, valid UTF-8 is
// UTF-8 and otherwise Latin-1 (0x80-0x9F as Windows-1252, as browsers read "Latin-1"), judged on
// the first MiB. A file with NUL bytes or mostly control characters in its first 8 KiB is binary.
// Throws CorpusError for a missing path, a single binary or unreadable file, a folder without
// readable files, or too many files; Canceled when ctx asks to stop. In a folder, bad files are
// skipped and listed in `skipped`.
TextCorpus loadTextCorpus(const std::string &fileOrFolder, const CorpusOptions &options = {},
                          const RunContext &ctx = {});

// Decodes bytes held in memory with the same rules (tests, pasted text). Throws CorpusError naming
// nameForMessages when the bytes look binary.
struct DecodedText
{
    std::string text;
    std::string encoding;
    std::int64_t replacedSequences = 0;
};
DecodedText decodeTextBytes(std::string_view bytes, const std::string &nameForMessages, bool normalizeNewlines = true);

} // namespace genlab::engine::data
