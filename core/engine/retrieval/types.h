#pragma once
// Plain data shared by the retrieval engine's pieces (ingest, chunking, retrievers, the index).

#include <cstdint>
#include <string>
#include <vector>

namespace genlab::engine::retrieval {

// One source file decoded to UTF-8 text.
struct Document
{
    std::string path;                       // absolute path as read
    std::string format;                     // "text", "markdown", "html" or "pdf"
    std::string text;                       // UTF-8; for HTML and PDF the extracted text
    std::string encoding;                   // "utf-8", "utf-16le", "utf-16be" or "latin-1"
    std::int64_t replacedBytes = 0;         // input bytes that could not be decoded (became U+FFFD)
    std::vector<std::int64_t> pageStarts;   // PDF: byte offset in text where each page starts
};

// A passage of a document: the unit that is indexed, scored and shown.
struct Chunk
{
    std::int32_t document = -1;             // index into the index's document list
    std::int64_t begin = 0;                 // byte range [begin, end) in Document::text
    std::int64_t end = 0;
    std::int32_t line = 1;                  // 1-based line of begin in Document::text
    std::int32_t page = 0;                  // PDF page (1-based), 0 for other formats
    std::string heading;                    // nearest heading above it (Markdown, HTML), may be empty
    std::string text;                       // the chunk's text (== Document::text.substr(begin, end - begin))
};

using ChunkId = std::int64_t;               // position in the index's chunk list

struct ScoredChunk
{
    ChunkId chunk = -1;
    double score = 0;
};

} // namespace genlab::engine::retrieval
