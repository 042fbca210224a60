#pragma once
// Private: the header parsers. PNG IHDR and JPEG SOFn are read here, by us, so that sizes are
// known (and refused) before a decoder allocates anything; the same walkers tell a truncated file
// from a whole one and name what a file that is neither PNG nor JPEG looks like.

#include "engine/imaging/decode.h"

#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace genlab::engine::imaging::detail {

// Random access to the bytes of a file or a buffer; the parsers never assume it is all in memory.
// Thread: one owner.
class ByteSource
{
public:
    virtual ~ByteSource() = default;
    virtual std::uint64_t size() const = 0;
    // Exactly n bytes at offset into dst; false when they are not all there.
    virtual bool read(std::uint64_t offset, void *dst, std::size_t n) const = 0;
};

class MemorySource final : public ByteSource
{
public:
    MemorySource(const std::uint8_t *data, std::size_t size) : m_data(data), m_size(size) {}
    std::uint64_t size() const override { return m_size; }
    bool read(std::uint64_t offset, void *dst, std::size_t n) const override;

private:
    const std::uint8_t *m_data;
    std::size_t m_size;
};

// Thread: one owner.
class FileSource final : public ByteSource
{
public:
    explicit FileSource(const std::string &path); // throws ImageError
    ~FileSource() override;
    FileSource(const FileSource &) = delete;
    FileSource &operator=(const FileSource &) = delete;
    std::uint64_t size() const override { return m_size; }
    bool read(std::uint64_t offset, void *dst, std::size_t n) const override;

private:
    int m_fd = -1;
    std::uint64_t m_size = 0;
};

enum class Format { Png, Jpeg };

struct Header
{
    Format format = Format::Png;
    DecodeInfo info;              // width/height after orientation
    int storedWidth = 0;          // as in the file
    int storedHeight = 0;
    std::uint64_t scanOffset = 0; // JPEG: offset of the first SOS marker
    bool losslessJpeg = false;    // SOF3/7/11/15, which the system libjpeg cannot decode
};

// Parses and checks the header; throws ImageError naming `name` (and, for non-images, what the
// bytes look like).
Header parseHeader(const ByteSource &src, const std::string &name);

// Throws ImageError when the file ends early: a PNG chunk running past the end or no IEND; a JPEG
// without an EOI after its first scan.
void checkComplete(const ByteSource &src, const Header &header, const std::string &name);

struct PngChunk
{
    std::array<char, 5> type{}; // NUL-terminated
    std::uint32_t length = 0;
    std::uint64_t dataOffset = 0;
    std::string typeName() const { return type.data(); }
};

// Walks the chunks after the signature, in order, up to and including IEND. The visitor returns
// false to stop early. Throws ImageError for a chunk that runs past the end of the data.
void forEachPngChunk(const ByteSource &src, const std::string &name,
                     const std::function<bool(const PngChunk &)> &visit);

// CRC-32 of a chunk's type and data, checked against the stored one.
bool pngChunkCrcOk(const ByteSource &src, const PngChunk &chunk);

// "a GIF image", "a text file", "empty", ...: what the first bytes suggest.
std::string describeBytes(const std::uint8_t *head, std::size_t n);

// EXIF orientation (1..8) from a TIFF structure ("II*\0..." or "MM\0*..."); 1 when absent or invalid.
int exifOrientationFromTiff(const std::uint8_t *tiff, std::size_t n);

} // namespace genlab::engine::imaging::detail
