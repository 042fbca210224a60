#include "engine/imaging/detail/formats.h"

#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace genlab::engine::imaging::detail {

namespace {

constexpr std::uint8_t kPngSignature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
// A PNG chunk or JPEG segment we read whole (EXIF) is never larger than this.
constexpr std::uint32_t kMaxMetadataBytes = 1u << 20;

std::uint32_t be32(const std::uint8_t *p)
{
    return (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) | p[3];
}

std::uint16_t be16(const std::uint8_t *p)
{
    return std::uint16_t((p[0] << 8) | p[1]);
}

std::string hex(std::uint64_t v)
{
    char buf[24];
    std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(v));
    return buf;
}

ImageError error(const std::string &name, const std::string &problem)
{
    return ImageError(name + ": " + problem);
}

bool swapsAxes(int orientation)
{
    return orientation >= 5 && orientation <= 8;
}

// --- PNG -----------------------------------------------------------------------------------

bool validPngDepth(int colorType, int depth)
{
    switch (colorType) {
    case 0: return depth == 1 || depth == 2 || depth == 4 || depth == 8 || depth == 16;
    case 3: return depth == 1 || depth == 2 || depth == 4 || depth == 8;
    case 2:
    case 4:
    case 6: return depth == 8 || depth == 16;
    default: return false;
    }
}

Header parsePng(const ByteSource &src, const std::string &name)
{
    // Signature (8) + IHDR length/type (8) + IHDR data (13) + CRC (4).
    std::uint8_t head[33];
    if (!src.read(0, head, sizeof head))
        throw error(name, "truncated PNG: the file ends inside the IHDR header (" +
                              std::to_string(src.size()) + " bytes)");
    if (be32(head + 8) != 13 || std::memcmp(head + 12, "IHDR", 4) != 0)
        throw error(name, "corrupt PNG: the first chunk is not a 13-byte IHDR");
    if (std::uint32_t(crc32(crc32(0, nullptr, 0), head + 12, 17)) != be32(head + 29))
        throw error(name, "corrupt PNG: the IHDR header fails its CRC check");

    const std::uint32_t width = be32(head + 16);
    const std::uint32_t height = be32(head + 20);
    const int depth = head[24];
    const int colorType = head[25];
    if (width == 0 || height == 0)
        throw error(name, "invalid PNG: zero size (" + std::to_string(width) + "x" + std::to_string(height) + ")");
    if (width > 0x7fffffffu || height > 0x7fffffffu)
        throw error(name, "invalid PNG: size " + std::to_string(width) + "x" + std::to_string(height) +
                              " exceeds the format's limit of 2^31-1");
    if (!validPngDepth(colorType, depth))
        throw error(name, "invalid PNG: colour type " + std::to_string(colorType) + " with bit depth " +
                              std::to_string(depth));
    if (head[26] != 0 || head[27] != 0 || head[28] > 1)
        throw error(name, "invalid PNG: unknown compression, filter or interlace method");

    Header h;
    h.format = Format::Png;
    h.storedWidth = int(width);
    h.storedHeight = int(height);
    h.info.format = "PNG";
    h.info.bitDepth = depth;
    h.info.palette = colorType == 3;

    bool trns = false, plte = false, idat = false;
    int orientation = 1;
    forEachPngChunk(src, name, [&](const PngChunk &c) {
        const std::string type = c.typeName();
        if (type == "IDAT") {
            idat = true;
            return false;
        }
        if (type == "tRNS")
            trns = true;
        else if (type == "PLTE")
            plte = true;
        else if (type == "eXIf" && c.length <= kMaxMetadataBytes) {
            std::vector<std::uint8_t> exif(c.length);
            if (src.read(c.dataOffset, exif.data(), exif.size()))
                orientation = exifOrientationFromTiff(exif.data(), exif.size());
        }
        return true;
    });
    if (!idat)
        throw error(name, "truncated PNG: no image data (IDAT) before the end of the file");
    if (colorType == 3 && !plte)
        throw error(name, "corrupt PNG: a palette image without a PLTE chunk");

    // What OpenCV's decoder gives, which is what we return: alpha for GA/RGBA, and for palette
    // and RGB images with a tRNS chunk; a gray colour key (gray + tRNS) is decoded opaque.
    switch (colorType) {
    case 0: h.info.channels = 1; break;
    case 2:
    case 3: h.info.channels = trns ? 4 : 3; break;
    default: h.info.channels = 4; break;
    }
    h.info.hasAlpha = h.info.channels == 4;
    h.info.exifOrientation = orientation;
    return h;
}

// --- JPEG ----------------------------------------------------------------------------------

bool isSofMarker(int m)
{
    // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC).
    return m >= 0xc0 && m <= 0xcf && m != 0xc4 && m != 0xc8 && m != 0xcc;
}

Header parseJpeg(const ByteSource &src, const std::string &name)
{
    const std::uint64_t size = src.size();
    std::uint64_t pos = 2; // after SOI
    bool haveSof = false;
    int orientation = 1;
    bool haveExif = false;
    Header h;
    h.format = Format::Jpeg;
    h.info.format = "JPEG";
    for (;;) {
        std::uint8_t b = 0;
        if (!src.read(pos, &b, 1))
            throw error(name, "truncated JPEG: the file ends before the image data (at offset " +
                                  std::to_string(pos) + ")");
        if (b != 0xff)
            throw error(name, "corrupt JPEG: expected a marker at offset " + std::to_string(pos) + ", found " + hex(b));
        // Any number of 0xFF fill bytes may precede a marker code.
        int marker = 0xff;
        while (marker == 0xff) {
            ++pos;
            std::uint8_t m = 0;
            if (!src.read(pos, &m, 1))
                throw error(name, "truncated JPEG: the file ends inside a marker (offset " + std::to_string(pos) + ")");
            marker = m;
        }
        ++pos;
        if (marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7))
            continue; // standalone
        if (marker == 0xd9)
            throw error(name, "corrupt JPEG: the image ends (EOI) before any frame header");
        if (marker == 0xd8 || marker == 0x00)
            throw error(name, "corrupt JPEG: unexpected marker " + hex(0xff00 | marker) + " at offset " +
                                  std::to_string(pos - 2));
        std::uint8_t lenBytes[2];
        if (!src.read(pos, lenBytes, 2))
            throw error(name, "truncated JPEG: the file ends inside a segment header");
        const std::uint16_t length = be16(lenBytes);
        if (length < 2)
            throw error(name, "corrupt JPEG: segment " + hex(0xff00 | marker) + " at offset " +
                                  std::to_string(pos - 2) + " has an invalid length");
        const std::uint64_t payload = pos + 2;
        const std::uint64_t payloadSize = length - 2u;
        if (payload + payloadSize > size)
            throw error(name, "truncated JPEG: segment " + hex(0xff00 | marker) + " at offset " +
                                  std::to_string(pos - 2) + " runs past the end of the file");

        if (marker == 0xda) { // SOS: the entropy-coded data starts; everything we need is known
            if (!haveSof)
                throw error(name, "corrupt JPEG: image data (SOS) before any frame header (SOF)");
            h.scanOffset = pos - 2;
            break;
        }
        if (isSofMarker(marker)) {
            if (haveSof)
                throw error(name, "corrupt JPEG: more than one frame header (SOF)");
            std::uint8_t sof[6];
            if (payloadSize < 6 || !src.read(payload, sof, 6))
                throw error(name, "corrupt JPEG: frame header (SOF) too short");
            const int precision = sof[0];
            const int height = be16(sof + 1);
            const int width = be16(sof + 3);
            const int components = sof[5];
            if (width == 0 || height == 0)
                throw error(name, "invalid JPEG: zero size (" + std::to_string(width) + "x" + std::to_string(height) +
                                      ")" + (height == 0 ? "; a height given later by a DNL marker is not supported" : ""));
            if (components != 1 && components != 3 && components != 4)
                throw error(name, "unsupported JPEG: " + std::to_string(components) + " colour components");
            h.storedWidth = width;
            h.storedHeight = height;
            h.info.bitDepth = precision;
            h.info.channels = components == 1 ? 1 : 3; // CMYK/YCCK is converted to RGB
            h.losslessJpeg = marker == 0xc3 || marker == 0xc7 || marker == 0xcb || marker == 0xcf;
            haveSof = true;
        } else if (marker == 0xe1 && !haveExif && payloadSize >= 14 && payloadSize <= kMaxMetadataBytes) {
            std::vector<std::uint8_t> app1(payloadSize);
            if (src.read(payload, app1.data(), app1.size()) && std::memcmp(app1.data(), "Exif\0\0", 6) == 0) {
                haveExif = true;
                orientation = exifOrientationFromTiff(app1.data() + 6, app1.size() - 6);
            }
        }
        pos = payload + payloadSize;
    }
    h.info.hasAlpha = false;
    h.info.palette = false;
    h.info.exifOrientation = orientation;
    return h;
}

bool startsWith(const std::uint8_t *p, std::size_t n, const char *magic, std::size_t m)
{
    return n >= m && std::memcmp(p, magic, m) == 0;
}

bool looksLikeUtf8Text(const std::uint8_t *p, std::size_t n)
{
    if (n == 0)
        return false;
    std::size_t i = 0;
    if (n >= 3 && p[0] == 0xef && p[1] == 0xbb && p[2] == 0xbf)
        i = 3;
    while (i < n) {
        const std::uint8_t c = p[i];
        if (c < 0x80) {
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
                return false;
            ++i;
            continue;
        }
        int extra = (c & 0xe0) == 0xc0 ? 1 : (c & 0xf0) == 0xe0 ? 2 : (c & 0xf8) == 0xf0 ? 3 : -1;
        if (extra < 0 || c == 0xc0 || c == 0xc1)
            return false;
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n)
                return true; // a sequence cut by the sample window
            if ((p[i + k] & 0xc0) != 0x80)
                return false;
        }
        i += std::size_t(extra) + 1;
    }
    return true;
}

std::string lowerAscii(const std::uint8_t *p, std::size_t n)
{
    std::string s(reinterpret_cast<const char *>(p), n);
    for (char &c : s)
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    return s;
}

} // namespace

// --- sources -------------------------------------------------------------------------------

bool MemorySource::read(std::uint64_t offset, void *dst, std::size_t n) const
{
    if (offset > m_size || n > m_size - offset)
        return false;
    if (n > 0)
        std::memcpy(dst, m_data + offset, n);
    return true;
}

FileSource::FileSource(const std::string &path)
{
    m_fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (m_fd < 0)
        throw ImageError(path + ": cannot open: " + std::strerror(errno));
    struct stat st{};
    if (::fstat(m_fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(m_fd);
        m_fd = -1;
        throw ImageError(path + ": not a regular file");
    }
    m_size = std::uint64_t(st.st_size);
}

FileSource::~FileSource()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool FileSource::read(std::uint64_t offset, void *dst, std::size_t n) const
{
    if (offset > m_size || n > m_size - offset)
        return false;
    auto *p = static_cast<char *>(dst);
    while (n > 0) {
        const ssize_t got = ::pread(m_fd, p, n, off_t(offset));
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            return false;
        p += got;
        n -= std::size_t(got);
        offset += std::uint64_t(got);
    }
    return true;
}

// --- parsing -------------------------------------------------------------------------------

Header parseHeader(const ByteSource &src, const std::string &name)
{
    std::uint8_t head[512];
    const std::size_t n = std::size_t(std::min<std::uint64_t>(src.size(), sizeof head));
    if (!src.read(0, head, n))
        throw error(name, "cannot read the file");
    Header h;
    if (n >= 8 && std::memcmp(head, kPngSignature, 8) == 0)
        h = parsePng(src, name);
    else if (n >= 3 && head[0] == 0xff && head[1] == 0xd8 && head[2] == 0xff)
        h = parseJpeg(src, name);
    else if (n > 0 && n < 8 && std::memcmp(head, kPngSignature, n) == 0)
        throw error(name, "truncated PNG: only " + std::to_string(n) + " bytes");
    else
        throw error(name, "not a PNG or JPEG image: " + describeBytes(head, n));

    h.info.width = swapsAxes(h.info.exifOrientation) ? h.storedHeight : h.storedWidth;
    h.info.height = swapsAxes(h.info.exifOrientation) ? h.storedWidth : h.storedHeight;
    return h;
}

void checkComplete(const ByteSource &src, const Header &header, const std::string &name)
{
    if (header.format == Format::Png) {
        bool iend = false;
        forEachPngChunk(src, name, [&](const PngChunk &c) {
            iend = c.typeName() == "IEND";
            return !iend;
        });
        if (!iend)
            throw error(name, "truncated PNG: the file ends without an IEND chunk");
        return;
    }
    // Inside entropy-coded data 0xFF is always followed by 0x00 or a restart code, so an FF D9
    // after the first scan can only be the end-of-image marker. Bytes after it are tolerated.
    const std::uint64_t size = src.size();
    const std::uint64_t begin = header.scanOffset;
    std::vector<std::uint8_t> buf(64 * 1024);
    std::uint64_t end = size;
    std::uint8_t next = 0; // first byte of the block after the current one
    bool haveNext = false;
    while (end > begin) {
        const std::uint64_t start = std::max<std::uint64_t>(begin, end >= buf.size() ? end - buf.size() : 0);
        const std::size_t n = std::size_t(end - start);
        if (!src.read(start, buf.data(), n))
            throw error(name, "cannot read the file");
        for (std::size_t i = n; i-- > 0;) {
            const bool followedByD9 = i + 1 < n ? buf[i + 1] == 0xd9 : (haveNext && next == 0xd9);
            if (buf[i] == 0xff && followedByD9)
                return;
        }
        next = buf[0];
        haveNext = true;
        end = start;
    }
    throw error(name, "truncated JPEG: the file ends without an end-of-image marker (" + std::to_string(size) +
                          " bytes)");
}

void forEachPngChunk(const ByteSource &src, const std::string &name,
                     const std::function<bool(const PngChunk &)> &visit)
{
    const std::uint64_t size = src.size();
    std::uint64_t pos = 8;
    while (pos < size) {
        std::uint8_t hdr[8];
        if (!src.read(pos, hdr, 8))
            throw error(name, "truncated PNG: the file ends inside a chunk header at offset " + std::to_string(pos));
        PngChunk c;
        c.length = be32(hdr);
        for (int i = 0; i < 4; ++i) {
            const char t = char(hdr[4 + i]);
            if (!((t >= 'A' && t <= 'Z') || (t >= 'a' && t <= 'z')))
                throw error(name, "corrupt PNG: invalid chunk type at offset " + std::to_string(pos));
            c.type[std::size_t(i)] = t;
        }
        if (c.length > 0x7fffffffu)
            throw error(name, "corrupt PNG: chunk " + c.typeName() + " at offset " + std::to_string(pos) +
                                  " claims " + std::to_string(c.length) + " bytes");
        c.dataOffset = pos + 8;
        const std::uint64_t next = c.dataOffset + c.length + 4; // + CRC
        if (next > size)
            throw error(name, "truncated PNG: chunk " + c.typeName() + " at offset " + std::to_string(pos) + " needs " +
                                  std::to_string(c.length + 12) + " bytes but the file ends at " + std::to_string(size));
        if (!visit(c) || c.typeName() == "IEND")
            return;
        pos = next;
    }
}

bool pngChunkCrcOk(const ByteSource &src, const PngChunk &chunk)
{
    uLong crc = crc32(0, nullptr, 0);
    crc = crc32(crc, reinterpret_cast<const Bytef *>(chunk.type.data()), 4);
    std::vector<std::uint8_t> buf(std::min<std::uint32_t>(chunk.length, 64 * 1024));
    std::uint64_t done = 0;
    while (done < chunk.length) {
        const std::size_t n = std::size_t(std::min<std::uint64_t>(buf.size(), chunk.length - done));
        if (!src.read(chunk.dataOffset + done, buf.data(), n))
            return false;
        crc = crc32(crc, buf.data(), uInt(n));
        done += n;
    }
    std::uint8_t stored[4];
    if (!src.read(chunk.dataOffset + chunk.length, stored, 4))
        return false;
    return std::uint32_t(crc) == be32(stored);
}

std::string describeBytes(const std::uint8_t *p, std::size_t n)
{
    if (n == 0)
        return "the file is empty";
    if (startsWith(p, n, "GIF87a", 6) || startsWith(p, n, "GIF89a", 6))
        return "it looks like a GIF image";
    if (startsWith(p, n, "RIFF", 4) && n >= 12 && std::memcmp(p + 8, "WEBP", 4) == 0)
        return "it looks like a WebP image";
    if (startsWith(p, n, "II*\0", 4) || startsWith(p, n, "MM\0*", 4))
        return "it looks like a TIFF image";
    if (n >= 12 && std::memcmp(p + 4, "ftyp", 4) == 0) {
        const std::string brand(reinterpret_cast<const char *>(p + 8), 4);
        if (brand == "avif" || brand == "avis")
            return "it looks like an AVIF image";
        if (brand == "heic" || brand == "heix" || brand == "mif1" || brand == "msf1")
            return "it looks like a HEIF/HEIC image";
        return "it looks like an MP4/QuickTime video";
    }
    if (startsWith(p, n, "BM", 2) && n >= 18 && (p[14] == 12 || p[14] == 40 || p[14] == 56 || p[14] == 108 || p[14] == 124))
        return "it looks like a BMP image";
    if (startsWith(p, n, "\xff\x4f\xff\x51", 4) || startsWith(p, n, "\0\0\0\x0cjP  ", 8))
        return "it looks like a JPEG 2000 image";
    if (startsWith(p, n, "8BPS", 4))
        return "it looks like a Photoshop (PSD) file";
    if (startsWith(p, n, "qoif", 4))
        return "it looks like a QOI image";
    if (startsWith(p, n, "\x76\x2f\x31\x01", 4))
        return "it looks like an OpenEXR image";
    if (startsWith(p, n, "\0\0\1\0", 4))
        return "it looks like an ICO icon";
    if (startsWith(p, n, "%PDF", 4))
        return "it looks like a PDF document";
    if (startsWith(p, n, "PK\3\4", 4))
        return "it looks like a ZIP archive";
    if (startsWith(p, n, "\x1f\x8b", 2))
        return "it looks like gzip-compressed data";
    if (startsWith(p, n, "\xff\xd8", 2))
        return "it looks like a damaged JPEG (no marker after SOI)";
    if (n >= 4 && p[0] == 0x89 && p[1] == 'P' && p[2] == 'N' && p[3] == 'G')
        return "it looks like a PNG whose signature was damaged (a text-mode transfer converting line endings?)";
    if (n >= 10 && p[8] == '{' && p[9] == '"')
        return "it looks like a safetensors file";
    if (looksLikeUtf8Text(p, n)) {
        const std::string lower = lowerAscii(p, std::min<std::size_t>(n, 512));
        if (lower.find("<svg") != std::string::npos)
            return "it looks like an SVG (vector) image, which is not supported";
        if (lower.find("<html") != std::string::npos || lower.find("<!doctype html") != std::string::npos)
            return "it looks like an HTML page (a download that saved an error page?)";
        if (n >= 2 && p[0] == 'P' && p[1] >= '1' && p[1] <= '7')
            return "it looks like a PNM/PGM/PPM image";
        return "it looks like a text file";
    }
    std::string bytes;
    for (std::size_t i = 0; i < std::min<std::size_t>(n, 8); ++i) {
        char b[4];
        std::snprintf(b, sizeof b, "%02x", p[i]);
        bytes += (i ? " " : "") + std::string(b);
    }
    return "unrecognised data (first bytes: " + bytes + ")";
}

int exifOrientationFromTiff(const std::uint8_t *t, std::size_t n)
{
    if (n < 8)
        return 1;
    bool little;
    if (t[0] == 'I' && t[1] == 'I' && t[2] == 42 && t[3] == 0)
        little = true;
    else if (t[0] == 'M' && t[1] == 'M' && t[2] == 0 && t[3] == 42)
        little = false;
    else
        return 1;
    auto u16 = [&](std::size_t at) -> std::uint32_t {
        return little ? std::uint32_t(t[at] | (t[at + 1] << 8)) : std::uint32_t((t[at] << 8) | t[at + 1]);
    };
    auto u32 = [&](std::size_t at) -> std::uint32_t {
        return little ? std::uint32_t(t[at]) | (std::uint32_t(t[at + 1]) << 8) | (std::uint32_t(t[at + 2]) << 16) |
                            (std::uint32_t(t[at + 3]) << 24)
                      : be32(t + at);
    };
    const std::uint32_t ifd = u32(4);
    if (ifd < 8 || ifd > n - 2)
        return 1;
    const std::uint32_t count = u16(ifd);
    for (std::uint32_t i = 0; i < count; ++i) {
        const std::size_t entry = std::size_t(ifd) + 2 + std::size_t(i) * 12;
        if (entry + 12 > n)
            return 1;
        if (u16(entry) != 0x0112)
            continue;
        const std::uint32_t type = u16(entry + 2);
        std::uint32_t value = 0;
        if (type == 3) // SHORT, stored left-justified in the value field
            value = u16(entry + 8);
        else if (type == 4) // LONG: some writers use it
            value = u32(entry + 8);
        else
            return 1;
        return value >= 1 && value <= 8 ? int(value) : 1;
    }
    return 1;
}

} // namespace genlab::engine::imaging::detail
