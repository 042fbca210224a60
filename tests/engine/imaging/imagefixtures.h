#pragma once
// Hand-made image files for the imaging tests. PNGs are assembled here byte by byte (chunk CRCs
// from our own CRC-32, IDAT as an uncompressed "stored" zlib stream), independently of the
// module under test, so a test can build exactly the file a rule is about: a 65535x65535 header,
// a palette, 16-bit samples, a damaged CRC.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace fixtures {

using Bytes = std::vector<std::uint8_t>;

inline std::uint32_t crc32(const std::uint8_t *p, std::size_t n, std::uint32_t crc = 0)
{
    static const auto table = [] {
        std::array<std::uint32_t, 256> t{};
        for (std::uint32_t i = 0; i < 256; ++i) {
            std::uint32_t c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    crc = ~crc;
    for (std::size_t i = 0; i < n; ++i)
        crc = table[(crc ^ p[i]) & 0xff] ^ (crc >> 8);
    return ~crc;
}

inline void putBe32(Bytes &out, std::uint32_t v)
{
    for (int s = 24; s >= 0; s -= 8)
        out.push_back(std::uint8_t(v >> s));
}

inline void appendChunk(Bytes &png, const char *type, const Bytes &data)
{
    putBe32(png, std::uint32_t(data.size()));
    const std::size_t typeAt = png.size();
    png.insert(png.end(), type, type + 4);
    png.insert(png.end(), data.begin(), data.end());
    putBe32(png, crc32(png.data() + typeAt, png.size() - typeAt));
}

// zlib stream made of stored (uncompressed) deflate blocks.
inline Bytes storedZlib(const Bytes &raw)
{
    Bytes z{0x78, 0x01};
    std::size_t pos = 0;
    do {
        const std::size_t n = std::min<std::size_t>(65535, raw.size() - pos);
        const bool last = pos + n == raw.size();
        z.push_back(last ? 1 : 0);
        z.push_back(std::uint8_t(n & 0xff));
        z.push_back(std::uint8_t(n >> 8));
        z.push_back(std::uint8_t(~n & 0xff));
        z.push_back(std::uint8_t((~n >> 8) & 0xff));
        z.insert(z.end(), raw.begin() + std::ptrdiff_t(pos), raw.begin() + std::ptrdiff_t(pos + n));
        pos += n;
    } while (pos < raw.size());
    std::uint32_t a = 1, b = 0;
    for (std::uint8_t v : raw) {
        a = (a + v) % 65521;
        b = (b + a) % 65521;
    }
    putBe32(z, (b << 16) | a);
    return z;
}

inline Bytes ihdr(std::uint32_t width, std::uint32_t height, int bitDepth, int colorType)
{
    Bytes d;
    putBe32(d, width);
    putBe32(d, height);
    d.push_back(std::uint8_t(bitDepth));
    d.push_back(std::uint8_t(colorType));
    d.insert(d.end(), {0, 0, 0});
    return d;
}

struct PngSpec
{
    std::uint32_t width = 1, height = 1;
    int bitDepth = 8;
    int colorType = 2;
    Bytes rows;                                     // filtered scanlines (filter byte 0 + samples), or empty
    std::vector<std::pair<std::string, Bytes>> pre; // chunks between IHDR and IDAT (PLTE, tRNS, eXIf)
    std::vector<std::pair<std::string, Bytes>> post; // chunks between IDAT and IEND (tEXt, ...)
};

inline Bytes makePng(const PngSpec &s)
{
    Bytes png{0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    appendChunk(png, "IHDR", ihdr(s.width, s.height, s.bitDepth, s.colorType));
    for (const auto &[type, data] : s.pre)
        appendChunk(png, type.c_str(), data);
    appendChunk(png, "IDAT", storedZlib(s.rows));
    for (const auto &[type, data] : s.post)
        appendChunk(png, type.c_str(), data);
    appendChunk(png, "IEND", {});
    return png;
}

// Scanlines with filter type 0 from per-row sample bytes.
inline Bytes unfiltered(const std::vector<Bytes> &rows)
{
    Bytes out;
    for (const Bytes &r : rows) {
        out.push_back(0);
        out.insert(out.end(), r.begin(), r.end());
    }
    return out;
}

// A TIFF/EXIF block holding only the orientation tag, in either byte order.
inline Bytes exifTiff(int orientation, bool bigEndian)
{
    Bytes t;
    auto u16 = [&](std::uint16_t v) {
        if (bigEndian) {
            t.push_back(std::uint8_t(v >> 8));
            t.push_back(std::uint8_t(v));
        } else {
            t.push_back(std::uint8_t(v));
            t.push_back(std::uint8_t(v >> 8));
        }
    };
    auto u32 = [&](std::uint32_t v) {
        u16(bigEndian ? std::uint16_t(v >> 16) : std::uint16_t(v));
        u16(bigEndian ? std::uint16_t(v) : std::uint16_t(v >> 16));
    };
    if (bigEndian)
        t.insert(t.end(), {'M', 'M', 0, 42});
    else
        t.insert(t.end(), {'I', 'I', 42, 0});
    u32(8);      // IFD0 offset
    u16(1);      // one entry
    u16(0x0112); // Orientation
    u16(3);      // SHORT
    u32(1);      // count
    u16(std::uint16_t(orientation));
    u16(0); // padding of the 4-byte value field
    u32(0); // no next IFD
    return t;
}

// Inserts an APP1 "Exif" segment right after the JPEG's SOI marker.
inline Bytes withExifOrientation(const Bytes &jpeg, int orientation, bool bigEndian = false)
{
    Bytes payload{'E', 'x', 'i', 'f', 0, 0};
    const Bytes tiff = exifTiff(orientation, bigEndian);
    payload.insert(payload.end(), tiff.begin(), tiff.end());
    Bytes segment{0xff, 0xe1, std::uint8_t((payload.size() + 2) >> 8), std::uint8_t((payload.size() + 2) & 0xff)};
    segment.insert(segment.end(), payload.begin(), payload.end());
    Bytes out(jpeg.begin(), jpeg.begin() + 2);
    out.insert(out.end(), segment.begin(), segment.end());
    out.insert(out.end(), jpeg.begin() + 2, jpeg.end());
    return out;
}

inline std::string writeFile(const QDir &dir, const QString &name, const Bytes &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write fixture %s", qPrintable(path));
    f.write(reinterpret_cast<const char *>(bytes.data()), qint64(bytes.size()));
    return path.toStdString();
}

inline Bytes readFile(const std::string &path)
{
    QFile f(QString::fromStdString(path));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray all = f.readAll();
    return Bytes(all.begin(), all.end());
}

} // namespace fixtures
