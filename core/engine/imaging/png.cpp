#include "engine/imaging/png.h"

#include "engine/imaging/decode.h"
#include "engine/imaging/detail/atomicfile.h"
#include "engine/imaging/detail/cvimage.h"
#include "engine/imaging/detail/formats.h"

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <zlib.h>

#include <algorithm>
#include <cstring>
#include <stdexcept>

namespace genlab::engine::imaging {

namespace {

constexpr std::size_t kCompressAbove = 1024;
// A text chunk larger than this (stored or inflated) is refused: recipes are kilobytes.
constexpr std::uint64_t kMaxTextBytes = 64u << 20;

void putBe32(std::vector<std::uint8_t> &out, std::uint32_t v)
{
    out.push_back(std::uint8_t(v >> 24));
    out.push_back(std::uint8_t(v >> 16));
    out.push_back(std::uint8_t(v >> 8));
    out.push_back(std::uint8_t(v));
}

void checkKey(const std::string &key)
{
    const auto bad = [&](const char *why) {
        throw std::invalid_argument("PNG text key \"" + key + "\": " + why);
    };
    if (key.empty() || key.size() > 79)
        bad("must be 1 to 79 characters");
    if (key.front() == ' ' || key.back() == ' ' || key.find("  ") != std::string::npos)
        bad("no leading, trailing or double spaces");
    for (unsigned char c : key)
        if (!((c >= 32 && c <= 126) || c >= 161))
            bad("only printable Latin-1 characters");
}

bool validUtf8(const std::string &s)
{
    std::size_t i = 0;
    const auto *p = reinterpret_cast<const unsigned char *>(s.data());
    while (i < s.size()) {
        const unsigned char c = p[i];
        if (c == 0)
            return false;
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra;
        std::uint32_t cp;
        if ((c & 0xe0) == 0xc0) {
            extra = 1;
            cp = c & 0x1f;
        } else if ((c & 0xf0) == 0xe0) {
            extra = 2;
            cp = c & 0x0f;
        } else if ((c & 0xf8) == 0xf0) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + std::size_t(extra) >= s.size())
            return false;
        for (int k = 1; k <= extra; ++k) {
            if ((p[i + k] & 0xc0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i + k] & 0x3f);
        }
        static constexpr std::uint32_t kMin[] = {0, 0x80, 0x800, 0x10000};
        if (cp < kMin[extra] || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return false;
        i += std::size_t(extra) + 1;
    }
    return true;
}

std::string latin1ToUtf8(const std::string &s)
{
    std::string out;
    out.reserve(s.size());
    for (unsigned char c : s) {
        if (c < 0x80) {
            out.push_back(char(c));
        } else {
            out.push_back(char(0xc0 | (c >> 6)));
            out.push_back(char(0x80 | (c & 0x3f)));
        }
    }
    return out;
}

std::vector<std::uint8_t> deflateBytes(const std::string &text)
{
    uLongf size = compressBound(uLong(text.size()));
    std::vector<std::uint8_t> out(size);
    if (compress2(out.data(), &size, reinterpret_cast<const Bytef *>(text.data()), uLong(text.size()), 9) != Z_OK)
        throw ImageError("PNG text: compression failed");
    out.resize(size);
    return out;
}

// Inflates a zlib stream, refusing to grow past kMaxTextBytes (a small chunk can claim gigabytes).
std::string inflateBytes(const std::uint8_t *data, std::size_t size, const std::string &what)
{
    z_stream zs{};
    if (inflateInit(&zs) != Z_OK)
        throw ImageError(what + ": cannot start decompression");
    std::string out;
    zs.next_in = const_cast<Bytef *>(data);
    zs.avail_in = uInt(size);
    char buf[16384];
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        zs.next_out = reinterpret_cast<Bytef *>(buf);
        zs.avail_out = sizeof buf;
        rc = inflate(&zs, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) {
            inflateEnd(&zs);
            throw ImageError(what + ": the compressed text is damaged");
        }
        out.append(buf, sizeof buf - zs.avail_out);
        if (out.size() > kMaxTextBytes) {
            inflateEnd(&zs);
            throw ImageError(what + ": the text decompresses to more than " + std::to_string(kMaxTextBytes) + " bytes");
        }
        if (rc == Z_OK && zs.avail_in == 0 && zs.avail_out != 0) {
            inflateEnd(&zs);
            throw ImageError(what + ": the compressed text is truncated");
        }
    }
    inflateEnd(&zs);
    return out;
}

std::vector<std::uint8_t> makeITxt(const std::string &key, const std::string &value)
{
    const bool compress = value.size() > kCompressAbove;
    std::vector<std::uint8_t> data(key.begin(), key.end());
    data.push_back(0);
    data.push_back(compress ? 1 : 0); // compression flag
    data.push_back(0);                // method: zlib
    data.push_back(0);                // empty language tag
    data.push_back(0);                // empty translated keyword
    if (compress) {
        const std::vector<std::uint8_t> z = deflateBytes(value);
        data.insert(data.end(), z.begin(), z.end());
    } else {
        data.insert(data.end(), value.begin(), value.end());
    }
    std::vector<std::uint8_t> chunk;
    chunk.reserve(data.size() + 12);
    putBe32(chunk, std::uint32_t(data.size()));
    const std::size_t typeAt = chunk.size();
    chunk.insert(chunk.end(), {'i', 'T', 'X', 't'});
    chunk.insert(chunk.end(), data.begin(), data.end());
    const uLong crc = crc32(crc32(0, nullptr, 0), chunk.data() + typeAt, uInt(chunk.size() - typeAt));
    putBe32(chunk, std::uint32_t(crc));
    return chunk;
}

// One text chunk's payload -> (key, UTF-8 value).
std::pair<std::string, std::string> parseTextChunk(const std::string &type, const std::vector<std::uint8_t> &d,
                                                   const std::string &what)
{
    const auto *begin = reinterpret_cast<const char *>(d.data());
    const void *nul = std::memchr(begin, 0, d.size());
    if (!nul)
        throw ImageError(what + ": damaged (no keyword terminator)");
    const std::size_t keyEnd = std::size_t(static_cast<const char *>(nul) - begin);
    std::string key = latin1ToUtf8(std::string(begin, keyEnd));
    std::size_t pos = keyEnd + 1;
    if (type == "tEXt")
        return {key, latin1ToUtf8(std::string(begin + pos, d.size() - pos))};
    if (type == "zTXt") {
        if (pos >= d.size() || d[pos] != 0)
            throw ImageError(what + ": unknown compression method");
        ++pos;
        return {key, latin1ToUtf8(inflateBytes(d.data() + pos, d.size() - pos, what))};
    }
    // iTXt: flag, method, language\0, translated keyword\0, text.
    if (pos + 2 > d.size())
        throw ImageError(what + ": damaged (header cut short)");
    const bool compressed = d[pos] != 0;
    const int method = d[pos + 1];
    pos += 2;
    for (int field = 0; field < 2; ++field) {
        const void *end = std::memchr(begin + pos, 0, d.size() - pos);
        if (!end)
            throw ImageError(what + ": damaged (language or translated keyword not terminated)");
        pos = std::size_t(static_cast<const char *>(end) - begin) + 1;
    }
    if (compressed) {
        if (method != 0)
            throw ImageError(what + ": unknown compression method");
        return {key, inflateBytes(d.data() + pos, d.size() - pos, what)};
    }
    return {key, std::string(begin + pos, d.size() - pos)};
}

} // namespace

std::vector<std::uint8_t> encodePng(const Image &image, const TextChunks &textChunks)
{
    if (image.empty() || (image.channels != 1 && image.channels != 3 && image.channels != 4) ||
        image.pixels.size() != std::size_t(image.width) * image.height * image.channels)
        throw std::invalid_argument("encodePng: expected a non-empty 8-bit image with 1, 3 or 4 channels");
    for (const auto &[key, value] : textChunks) {
        checkKey(key);
        if (!validUtf8(value))
            throw std::invalid_argument("PNG text \"" + key + "\": the value is not valid UTF-8 (or contains NUL)");
    }
    std::vector<std::uint8_t> png = detail::cvGuard("encodePng", "PNG encoding", [&] {
        cv::Mat bgr;
        const cv::Mat src = detail::asMat(image);
        if (image.channels == 3)
            cv::cvtColor(src, bgr, cv::COLOR_RGB2BGR);
        else if (image.channels == 4)
            cv::cvtColor(src, bgr, cv::COLOR_RGBA2BGRA);
        else
            bgr = src;
        std::vector<std::uint8_t> buf;
        if (!cv::imencode(".png", bgr, buf, {cv::IMWRITE_PNG_COMPRESSION, 3}) || buf.size() < 8 + 12 + 25 + 12)
            throw ImageError("encodePng: the PNG encoder failed");
        return buf;
    });
    if (textChunks.empty())
        return png;

    // IEND is the encoder's last chunk; the text goes right before it.
    std::uint64_t iendAt = 0;
    const detail::MemorySource src(png.data(), png.size());
    detail::forEachPngChunk(src, "encodePng", [&](const detail::PngChunk &c) {
        if (c.typeName() == "IEND")
            iendAt = c.dataOffset - 8;
        return true;
    });
    if (iendAt == 0)
        throw ImageError("encodePng: the encoder's output has no IEND chunk");
    std::vector<std::uint8_t> text;
    for (const auto &[key, value] : textChunks) {
        const std::vector<std::uint8_t> chunk = makeITxt(key, value);
        text.insert(text.end(), chunk.begin(), chunk.end());
    }
    png.insert(png.begin() + std::ptrdiff_t(iendAt), text.begin(), text.end());
    return png;
}

void writePng(const std::string &path, const Image &image, const TextChunks &textChunks)
{
    detail::writeFileAtomic(path, encodePng(image, textChunks));
}

TextChunks readPngText(const std::string &path)
{
    const detail::FileSource src(path);
    std::uint8_t sig[8];
    static constexpr std::uint8_t kSignature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    if (!src.read(0, sig, 8) || std::memcmp(sig, kSignature, 8) != 0) {
        std::uint8_t head[512];
        const std::size_t n = std::size_t(std::min<std::uint64_t>(src.size(), sizeof head));
        src.read(0, head, n);
        throw ImageError(path + ": not a PNG file: " + detail::describeBytes(head, n));
    }
    TextChunks out;
    detail::forEachPngChunk(src, path, [&](const detail::PngChunk &c) {
        const std::string type = c.typeName();
        if (type != "tEXt" && type != "zTXt" && type != "iTXt")
            return true;
        const std::string what = path + ": " + type + " chunk at offset " + std::to_string(c.dataOffset - 8);
        if (c.length > kMaxTextBytes)
            throw ImageError(what + " is " + std::to_string(c.length) + " bytes, more than the limit of " +
                             std::to_string(kMaxTextBytes));
        if (!detail::pngChunkCrcOk(src, c))
            throw ImageError(what + " fails its CRC check (the file is damaged)");
        std::vector<std::uint8_t> data(c.length);
        if (!src.read(c.dataOffset, data.data(), data.size()))
            throw ImageError(what + ": cannot read it");
        out.push_back(parseTextChunk(type, data, what));
        return true;
    });
    return out;
}

} // namespace genlab::engine::imaging
