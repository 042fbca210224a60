#pragma once
// Splitting a Document's text into Chunks (the unit the retrievers index and score). Pure
// functions, thread-safe.

#include "engine/retrieval/types.h"

#include <cstdint>
#include <string>
#include <vector>

namespace genlab::engine::retrieval {

struct ChunkingSpec
{
    enum class Kind { Characters, Tokens, Sentences, Headings, File };
    Kind kind = Kind::Characters;
    int size = 800;      // characters, words or sentences per chunk (unused by Headings and File)
    int overlap = 100;   // characters or words shared with the previous chunk (Characters, Tokens)

    // "chars:N:OVERLAP", "tokens:N:OVERLAP", "sentences:N", "headings", "file" (":OVERLAP" may be
    // left out: 0). Throws std::invalid_argument saying what is wrong and what is accepted.
    static ChunkingSpec parse(const std::string &text);
    // The form parse() reads back.
    std::string toString() const;
    bool operator==(const ChunkingSpec &) const = default;
};

// Every chunk kind splits further at this size (bytes), so a 100 MB single-line file still yields
// chunks of bounded size.
constexpr std::int64_t kMaxChunkBytes = 16 * 1024;

// Characters: `size` Unicode characters (a UTF-8 sequence is never split), ending at whitespace or
// a sentence end near the limit when there is one, `overlap` characters shared. Tokens: `size`
// words (runs of letters/digits, Unicode-aware) with `overlap` words shared. Sentences: `size`
// sentences (ends: . ! ? followed by whitespace, and blank lines). Headings: one chunk per Markdown
// heading section (lines starting with #). File: the whole text. Every chunk's text is trimmed of
// surrounding whitespace (begin/end match it), empty chunks are dropped, and line, page (from
// pageStarts) and heading (the nearest Markdown heading at or above begin) are filled in.
std::vector<Chunk> chunkDocument(const Document &doc, std::int32_t documentIndex, const ChunkingSpec &spec);

} // namespace genlab::engine::retrieval
