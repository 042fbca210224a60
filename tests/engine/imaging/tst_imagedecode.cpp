// Every image-decoding row of the reliability guide, on crafted or generated files.

#include "engine/imaging/decode.h"
#include "engine/imaging/jpeg.h"
#include "engine/imaging/png.h"

#include "imagefixtures.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cstdlib>
#include <random>

using namespace genlab::engine;
using namespace genlab::engine::imaging;
using fixtures::Bytes;

namespace {

// Runs f, expecting an ImageError; returns its message ("" when nothing or something else was thrown).
template<class F>
QString imageErrorOf(F &&f)
{
    try {
        f();
    } catch (const ImageError &e) {
        return QString::fromUtf8(e.what());
    } catch (const std::exception &e) {
        return QStringLiteral("UNEXPECTED %1").arg(QString::fromUtf8(e.what()));
    }
    return {};
}

std::array<int, 4> px(const Image &im, int x, int y)
{
    std::array<int, 4> v{0, 0, 0, 255};
    for (int c = 0; c < im.channels; ++c)
        v[std::size_t(c)] = im.row(y)[x * im.channels + c];
    return v;
}

bool near(const std::array<int, 4> &a, const std::array<int, 3> &b, int tolerance)
{
    for (int c = 0; c < 3; ++c)
        if (std::abs(a[std::size_t(c)] - b[std::size_t(c)]) > tolerance)
            return false;
    return true;
}

// A 64x32 RGB image of four flat quadrants: red | green over blue | white.
Image quadrants()
{
    Image im(64, 32, 3);
    for (int y = 0; y < 32; ++y)
        for (int x = 0; x < 64; ++x) {
            const int q = (y >= 16 ? 2 : 0) + (x >= 32 ? 1 : 0);
            static constexpr std::uint8_t kColor[4][3] = {{255, 0, 0}, {0, 255, 0}, {0, 0, 255}, {255, 255, 255}};
            std::copy_n(kColor[q], 3, im.row(y) + x * 3);
        }
    return im;
}

// Where displayed pixel (x, y) comes from in the stored W x H image, per the EXIF specification.
std::pair<int, int> storedFor(int o, int x, int y, int W, int H)
{
    switch (o) {
    case 2: return {W - 1 - x, y};
    case 3: return {W - 1 - x, H - 1 - y};
    case 4: return {x, H - 1 - y};
    case 5: return {y, x};
    case 6: return {y, H - 1 - x};
    case 7: return {W - 1 - y, H - 1 - x};
    case 8: return {W - 1 - y, x};
    default: return {x, y};
    }
}

} // namespace

class TestImageDecode : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::string write(const QString &name, const Bytes &bytes) { return fixtures::writeFile(QDir(m_dir.path()), name, bytes); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void rejectsTextFileNamedPng()
    {
        const std::string text = "Hello, this is not an image.\nJust some notes.\n";
        const std::string path = write("notes.png", Bytes(text.begin(), text.end()));
        const QString message = imageErrorOf([&] { decodeImageFile(path); });
        QVERIFY2(message.contains(QString::fromStdString(path)), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("not a PNG or JPEG")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("text file")), qPrintable(message));
        QVERIFY(imageErrorOf([&] { probeImageFile(path); }).contains(QStringLiteral("text file")));
    }

    void namesWhatOtherFilesLookLike_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << "empty";
        QTest::newRow("gif") << QByteArray("GIF89a\x01\x00\x01\x00\x00\x00\x00", 13) << "GIF";
        QTest::newRow("html") << QByteArray("<!DOCTYPE html><html><body>404</body></html>") << "HTML";
        QTest::newRow("webp") << QByteArray("RIFF\x10\x00\x00\x00WEBPVP8 ", 16) << "WebP";
        QTest::newRow("zip") << QByteArray("PK\x03\x04\x14\x00\x00\x00", 8) << "ZIP";
        QTest::newRow("binary") << QByteArray("\x00\x01\x02\x03\xfe\xfd\x00\x00", 8) << "unrecognised";
        QTest::newRow("crlf-mangled png") << QByteArray("\x89PNG\n\x1a\n\x00\x00\x00\x0dIHDR", 16) << "signature was damaged";
        QTest::newRow("png prefix") << QByteArray("\x89PN", 3) << "truncated PNG";
    }

    void namesWhatOtherFilesLookLike()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const Bytes b(bytes.begin(), bytes.end());
        const QString message = imageErrorOf([&] { decodeImageBytes(b, "upload.png"); });
        QVERIFY2(message.startsWith(QStringLiteral("upload.png: ")), qPrintable(message));
        QVERIFY2(message.contains(expected), qPrintable(message));
    }

    void missingFileIsAnImageError()
    {
        const std::string path = (m_dir.path() + QStringLiteral("/nope.png")).toStdString();
        const QString message = imageErrorOf([&] { decodeImageFile(path); });
        QVERIFY2(message.contains(QString::fromStdString(path)), qPrintable(message));
        QVERIFY(!imageErrorOf([&] { probeImageFile(m_dir.path().toStdString()); }).isEmpty()); // a folder
    }

    // A 65535x65535 RGBA PNG is 16 GiB of pixels in a few KB of file: refused from the header.
    void rejectsGiantPngFromItsHeader()
    {
        fixtures::PngSpec spec;
        spec.width = spec.height = 65535;
        spec.colorType = 6;
        spec.rows = Bytes(4096, 0); // the start of the first scanline; the rest is never read
        const Bytes png = fixtures::makePng(spec);
        QVERIFY(png.size() < 8192);
        const std::string path = write("bomb.png", png);

        const DecodeInfo info = probeImageFile(path);
        QCOMPARE(info.width, 65535);
        QCOMPARE(info.height, 65535);
        QCOMPARE(info.format, std::string("PNG"));

        const QString message = imageErrorOf([&] { decodeImageFile(path); });
        QVERIFY2(message.contains(QStringLiteral("65535x65535")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("limit")), qPrintable(message));
        QVERIFY(imageErrorOf([&] { decodeImageBytes(png, "bomb.png"); }).contains(QStringLiteral("65535x65535")));

        // Within the side limit but over the pixel budget.
        spec.width = spec.height = 12000;
        DecodeLimits limits;
        limits.maxPixels = 100'000'000;
        QVERIFY(imageErrorOf([&] { decodeImageBytes(fixtures::makePng(spec), "wide.png", limits); })
                    .contains(QStringLiteral("144000000 pixels")));
    }

    void rejectsZeroSizeAndBadHeaders()
    {
        fixtures::PngSpec spec;
        spec.width = 0;
        spec.height = 5;
        spec.rows = Bytes(5, 0);
        QVERIFY(imageErrorOf([&] { probeImageBytes(fixtures::makePng(spec), "zero.png"); }).contains(QStringLiteral("zero size")));

        spec.width = 1;
        spec.height = 1;
        spec.rows = Bytes{0, 1, 2, 3};
        Bytes png = fixtures::makePng(spec);
        png[29] ^= 0xff; // first byte of the IHDR CRC
        QVERIFY(imageErrorOf([&] { decodeImageBytes(png, "crc.png"); }).contains(QStringLiteral("CRC")));

        spec.bitDepth = 4; // RGB at 4 bits is not a PNG combination
        QVERIFY(imageErrorOf([&] { decodeImageBytes(fixtures::makePng(spec), "depth.png"); })
                    .contains(QStringLiteral("bit depth 4")));

        // A JPEG whose frame header says 0 lines.
        Bytes jpeg = encodeJpeg(Image(8, 8, 1), 90);
        for (std::size_t i = 2; i + 9 < jpeg.size(); ++i)
            if (jpeg[i] == 0xff && jpeg[i + 1] == 0xc0) {
                jpeg[i + 5] = 0;
                jpeg[i + 6] = 0;
                break;
            }
        QVERIFY(imageErrorOf([&] { decodeImageBytes(jpeg, "dnl.jpg"); }).contains(QStringLiteral("zero size")));
    }

    void honoursFileSizeLimit()
    {
        const std::string path = write("small.png", encodePng(Image(16, 16, 3)));
        DecodeLimits limits;
        limits.maxFileBytes = 20;
        const QString message = imageErrorOf([&] { decodeImageFile(path, limits); });
        QVERIFY2(message.contains(QStringLiteral("more than the limit of 20")), qPrintable(message));
        QCOMPARE(decodeImageFile(path).width, 16);
    }

    void decodes16BitPngScaledTo8Bit()
    {
        fixtures::PngSpec gray;
        gray.width = 3;
        gray.height = 1;
        gray.bitDepth = 16;
        gray.colorType = 0;
        gray.rows = fixtures::unfiltered({{0x00, 0x00, 0x80, 0x80, 0xff, 0xff}}); // 0, 128*257, 65535
        const Bytes png = fixtures::makePng(gray);
        const DecodeInfo info = probeImageBytes(png, "g16.png");
        QCOMPARE(info.bitDepth, 16);
        QCOMPARE(info.channels, 1);
        const Image im = decodeImageBytes(png, "g16.png");
        QCOMPARE(im.channels, 1);
        QCOMPARE(int(im.pixels[0]), 0);
        QCOMPARE(int(im.pixels[1]), 128);
        QCOMPARE(int(im.pixels[2]), 255);

        fixtures::PngSpec rgb = gray;
        rgb.width = 1;
        rgb.colorType = 2;
        rgb.rows = fixtures::unfiltered({{0xff, 0xff, 0x40, 0x40, 0x00, 0x00}}); // 65535, 64*257, 0
        const Image c = decodeImageBytes(fixtures::makePng(rgb), "rgb16.png");
        QCOMPARE(c.channels, 3);
        QCOMPARE(int(c.pixels[0]), 255); // R first: the BGR order of the decoder does not leak
        QCOMPARE(int(c.pixels[1]), 64);
        QCOMPARE(int(c.pixels[2]), 0);
    }

    void decodesPalettePng()
    {
        fixtures::PngSpec spec;
        spec.width = 3;
        spec.height = 1;
        spec.colorType = 3;
        spec.pre = {{"PLTE", Bytes{255, 0, 0, 0, 255, 0, 0, 0, 255}}};
        spec.rows = fixtures::unfiltered({{2, 0, 1}});
        Bytes png = fixtures::makePng(spec);
        DecodeInfo info = probeImageBytes(png, "pal.png");
        QVERIFY(info.palette);
        QCOMPARE(info.channels, 3);
        QVERIFY(!info.hasAlpha);
        Image im = decodeImageBytes(png, "pal.png");
        QCOMPARE(im.channels, 3);
        QVERIFY(near(px(im, 0, 0), {0, 0, 255}, 0));
        QVERIFY(near(px(im, 1, 0), {255, 0, 0}, 0));
        QVERIFY(near(px(im, 2, 0), {0, 255, 0}, 0));

        // With tRNS the palette carries alpha: RGBA.
        spec.pre.push_back({"tRNS", Bytes{0, 128}});
        png = fixtures::makePng(spec);
        info = probeImageBytes(png, "pal-alpha.png");
        QVERIFY(info.hasAlpha);
        QCOMPARE(info.channels, 4);
        im = decodeImageBytes(png, "pal-alpha.png");
        QCOMPARE(im.channels, 4);
        QCOMPARE(px(im, 0, 0)[3], 255); // index 2 has no tRNS entry: opaque
        QCOMPARE(px(im, 1, 0)[3], 0);
        QCOMPARE(px(im, 2, 0)[3], 128);

        // Palette image without PLTE.
        spec.pre.clear();
        QVERIFY(imageErrorOf([&] { decodeImageBytes(fixtures::makePng(spec), "nopal.png"); }).contains(QStringLiteral("PLTE")));
    }

    void decodesGrayscaleAndGrayAlpha()
    {
        fixtures::PngSpec bits;
        bits.width = 8;
        bits.height = 1;
        bits.bitDepth = 1;
        bits.colorType = 0;
        bits.rows = fixtures::unfiltered({{0b10100000}});
        const Image g = decodeImageBytes(fixtures::makePng(bits), "1bit.png");
        QCOMPARE(g.channels, 1);
        QCOMPARE(g.width, 8);
        QCOMPARE(int(g.pixels[0]), 255);
        QCOMPARE(int(g.pixels[1]), 0);
        QCOMPARE(int(g.pixels[2]), 255);
        QCOMPARE(int(g.pixels[3]), 0);

        fixtures::PngSpec ga;
        ga.width = 2;
        ga.height = 1;
        ga.colorType = 4;
        ga.rows = fixtures::unfiltered({{200, 255, 50, 0}});
        const Bytes png = fixtures::makePng(ga);
        QCOMPARE(probeImageBytes(png, "ga.png").channels, 4);
        const Image im = decodeImageBytes(png, "ga.png");
        QCOMPARE(im.channels, 4);
        QCOMPARE(px(im, 0, 0), (std::array<int, 4>{200, 200, 200, 255}));
        QCOMPARE(px(im, 1, 0), (std::array<int, 4>{50, 50, 50, 0}));

        // A gray colour key (gray + tRNS) is decoded opaque, as the probe says.
        fixtures::PngSpec key;
        key.width = 2;
        key.colorType = 0;
        key.pre = {{"tRNS", Bytes{0, 50}}};
        key.rows = fixtures::unfiltered({{50, 60}});
        const Bytes keyPng = fixtures::makePng(key);
        QCOMPARE(probeImageBytes(keyPng, "key.png").channels, 1);
        QCOMPARE(decodeImageBytes(keyPng, "key.png").pixels, (std::vector<std::uint8_t>{50, 60}));

        // An RGB colour key becomes alpha.
        fixtures::PngSpec rgbKey;
        rgbKey.width = 2;
        rgbKey.colorType = 2;
        rgbKey.pre = {{"tRNS", Bytes{0, 1, 0, 2, 0, 3}}};
        rgbKey.rows = fixtures::unfiltered({{1, 2, 3, 9, 9, 9}});
        const Bytes rgbKeyPng = fixtures::makePng(rgbKey);
        QCOMPARE(probeImageBytes(rgbKeyPng, "rgbkey.png").channels, 4);
        const Image keyed = decodeImageBytes(rgbKeyPng, "rgbkey.png");
        QCOMPARE(keyed.channels, 4);
        QCOMPARE(px(keyed, 0, 0)[3], 0);
        QCOMPARE(px(keyed, 1, 0), (std::array<int, 4>{9, 9, 9, 255}));

        // Adam7-interlaced 2x2 gray: passes 1, 6 and 7 hold (0,0), (1,0) and row 1.
        fixtures::PngSpec adam7;
        adam7.width = adam7.height = 2;
        adam7.colorType = 0;
        adam7.rows = fixtures::unfiltered({{10}, {20}, {30, 40}});
        Bytes interlaced = fixtures::makePng(adam7);
        interlaced[28] = 1; // IHDR interlace method
        const std::uint32_t crc = fixtures::crc32(interlaced.data() + 12, 17);
        for (int k = 0; k < 4; ++k)
            interlaced[29 + std::size_t(k)] = std::uint8_t(crc >> (24 - 8 * k));
        QCOMPARE(decodeImageBytes(interlaced, "adam7.png").pixels, (std::vector<std::uint8_t>{10, 20, 30, 40}));

        // A gray JPEG stays one channel.
        Image gray(16, 16, 1);
        std::fill(gray.pixels.begin(), gray.pixels.end(), std::uint8_t(100));
        const Bytes jpeg = encodeJpeg(gray, 95);
        QCOMPARE(probeImageBytes(jpeg, "g.jpg").channels, 1);
        const Image back = decodeImageBytes(jpeg, "g.jpg");
        QCOMPARE(back.channels, 1);
        QVERIFY(std::abs(int(back.pixels[0]) - 100) <= 2);
    }

    void keepsAlphaAndCompositesOnConversion()
    {
        Image rgba(2, 1, 4);
        const std::uint8_t values[] = {0, 0, 0, 0, 0, 0, 0, 128};
        std::copy(std::begin(values), std::end(values), rgba.pixels.begin());
        const Bytes png = encodePng(rgba);
        const Image back = decodeImageBytes(png, "rgba.png");
        QCOMPARE(back.channels, 4);
        QCOMPARE(back.pixels, rgba.pixels);
        QVERIFY(probeImageBytes(png, "rgba.png").hasAlpha);

        const Image rgb = convertImage(back, ColorMode::Rgb);
        QCOMPARE(rgb.channels, 3);
        QVERIFY(near(px(rgb, 0, 0), {255, 255, 255}, 0)); // transparent black over white = white
        QVERIFY(near(px(rgb, 1, 0), {127, 127, 127}, 1)); // half black
        const Image gray = convertImage(back, ColorMode::Gray);
        QCOMPARE(gray.channels, 1);
        QCOMPARE(int(gray.pixels[0]), 255);
    }

    void convertsWithBt601Luma()
    {
        Image red(1, 1, 3);
        red.pixels = {255, 0, 0};
        QCOMPARE(int(convertImage(red, ColorMode::Gray).pixels[0]), 76); // 0.299 * 255
        Image g(1, 1, 1);
        g.pixels = {9};
        QCOMPARE(convertImage(g, ColorMode::Rgb).pixels, (std::vector<std::uint8_t>{9, 9, 9}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, convertImage(Image(), ColorMode::Rgb));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, convertImage(Image(2, 2, 2), ColorMode::Rgb));
    }

    void appliesEveryExifOrientation_data()
    {
        QTest::addColumn<int>("orientation");
        QTest::addColumn<bool>("bigEndian");
        for (int o = 1; o <= 8; ++o)
            QTest::addRow("o%d-II", o) << o << false;
        QTest::newRow("o6-MM") << 6 << true;
        QTest::newRow("o8-MM") << 8 << true;
    }

    void appliesEveryExifOrientation()
    {
        QFETCH(int, orientation);
        QFETCH(bool, bigEndian);
        const Image stored = quadrants();
        const Bytes jpeg = fixtures::withExifOrientation(encodeJpeg(stored, 95), orientation, bigEndian);
        const std::string path = write(QStringLiteral("o%1.jpg").arg(orientation), jpeg);

        const DecodeInfo info = probeImageFile(path);
        QCOMPARE(info.format, std::string("JPEG"));
        QCOMPARE(info.exifOrientation, orientation);
        const bool swapped = orientation >= 5;
        QCOMPARE(info.width, swapped ? 32 : 64);
        QCOMPARE(info.height, swapped ? 64 : 32);

        const Image shown = decodeImageFile(path);
        QCOMPARE(shown.width, info.width);
        QCOMPARE(shown.height, info.height);
        QCOMPARE(shown.channels, 3);
        // The centre of each displayed quadrant has the colour of the stored pixel it maps to.
        for (int qy = 0; qy < 2; ++qy)
            for (int qx = 0; qx < 2; ++qx) {
                const int x = shown.width / 4 + qx * shown.width / 2;
                const int y = shown.height / 4 + qy * shown.height / 2;
                const auto [sx, sy] = storedFor(orientation, x, y, 64, 32);
                const auto expected = px(stored, sx, sy);
                QVERIFY2(near(px(shown, x, y), {expected[0], expected[1], expected[2]}, 40),
                         qPrintable(QStringLiteral("orientation %1 at %2,%3").arg(orientation).arg(x).arg(y)));
            }
    }

    void orientation6RotatesClockwise()
    {
        // Spelled out once without the helper: the stored top-left (red) ends up top-right.
        const Bytes jpeg = fixtures::withExifOrientation(encodeJpeg(quadrants(), 95), 6);
        const Image shown = decodeImageBytes(jpeg, "phone.jpg");
        QCOMPARE(shown.width, 32);
        QCOMPARE(shown.height, 64);
        QVERIFY(near(px(shown, 28, 4), {255, 0, 0}, 40));   // top-right: red
        QVERIFY(near(px(shown, 4, 4), {0, 0, 255}, 40));    // top-left: blue (stored bottom-left)
        QVERIFY(near(px(shown, 28, 60), {0, 255, 0}, 40));  // bottom-right: green
        QVERIFY(near(px(shown, 4, 60), {255, 255, 255}, 40));
    }

    void rejectsTruncatedFiles()
    {
        Image im(48, 48, 3);
        std::mt19937 rng(7);
        for (auto &v : im.pixels)
            v = std::uint8_t(rng());
        const Bytes png = encodePng(im);
        const Bytes jpeg = encodeJpeg(im, 90);
        QVERIFY(decodeImageBytes(png, "whole.png").width == 48);
        QVERIFY(decodeImageBytes(jpeg, "whole.jpg").width == 48);
        for (double fraction : {0.1, 0.5, 0.9, 0.99}) {
            const Bytes cutPng(png.begin(), png.begin() + std::ptrdiff_t(png.size() * fraction));
            const QString pngMessage = imageErrorOf([&] { decodeImageBytes(cutPng, "cut.png"); });
            QVERIFY2(pngMessage.contains(QStringLiteral("truncated")), qPrintable(pngMessage));
            const Bytes cutJpeg(jpeg.begin(), jpeg.begin() + std::ptrdiff_t(jpeg.size() * fraction));
            const QString jpegMessage = imageErrorOf([&] { decodeImageBytes(cutJpeg, "cut.jpg"); });
            QVERIFY2(jpegMessage.contains(QStringLiteral("truncated")), qPrintable(jpegMessage));
        }
        // Only the last two bytes (EOI) missing: the decoder would invent the rest silently.
        const Bytes noEoi(jpeg.begin(), jpeg.end() - 2);
        QVERIFY(imageErrorOf([&] { decodeImageBytes(noEoi, "noeoi.jpg"); }).contains(QStringLiteral("end-of-image")));
        // Only IEND missing.
        const Bytes noIend(png.begin(), png.end() - 12);
        QVERIFY(imageErrorOf([&] { decodeImageBytes(noIend, "noiend.png"); }).contains(QStringLiteral("IEND")));
        // Bytes after EOI (some cameras append data) are fine.
        Bytes trailing = jpeg;
        trailing.insert(trailing.end(), {'x', 'y', 'z'});
        QCOMPARE(decodeImageBytes(trailing, "trailing.jpg").width, 48);
    }

    void corruptPixelDataIsAnError()
    {
        // Structurally whole PNG whose IDAT is not a zlib stream.
        fixtures::PngSpec spec;
        spec.width = spec.height = 4;
        spec.colorType = 0;
        spec.rows = fixtures::unfiltered({{1, 2, 3, 4}, {1, 2, 3, 4}, {1, 2, 3, 4}, {1, 2, 3, 4}});
        Bytes png = fixtures::makePng(spec);
        QCOMPARE(decodeImageBytes(png, "ok.png").width, 4);
        // Replace the IDAT payload by garbage and fix its CRC so only the deflate data is wrong.
        const std::size_t idat = 8 + 25; // after signature and IHDR
        const std::uint32_t length = (std::uint32_t(png[idat]) << 24) | (png[idat + 1] << 16) | (png[idat + 2] << 8) | png[idat + 3];
        for (std::uint32_t i = 0; i < length; ++i)
            png[idat + 8 + i] = std::uint8_t(0xa5 ^ i);
        const std::uint32_t crc = fixtures::crc32(png.data() + idat + 4, length + 4);
        for (int k = 0; k < 4; ++k)
            png[idat + 8 + length + std::size_t(k)] = std::uint8_t(crc >> (24 - 8 * k));
        const QString message = imageErrorOf([&] { decodeImageBytes(png, "garbage.png"); });
        QVERIFY2(message.startsWith(QStringLiteral("garbage.png: ")) && message.contains(QStringLiteral("corrupt")),
                 qPrintable(message));
    }

    // Random byte damage must give an image or an ImageError, never a crash or another exception.
    void survivesCorruptionSweep()
    {
        Image im(32, 24, 3);
        std::mt19937 rng(1234);
        for (auto &v : im.pixels)
            v = std::uint8_t(rng() % 64 + 96);
        const std::vector<Bytes> originals = {encodePng(im), encodeJpeg(im, 80),
                                              fixtures::withExifOrientation(encodeJpeg(im, 80), 6)};
        int errors = 0, decoded = 0;
        for (const Bytes &original : originals) {
            for (int trial = 0; trial < 150; ++trial) {
                Bytes b = original;
                const int flips = 1 + int(rng() % 8);
                for (int k = 0; k < flips; ++k)
                    b[rng() % b.size()] = std::uint8_t(rng());
                if (rng() % 4 == 0)
                    b.resize(rng() % b.size());
                try {
                    const Image out = decodeImageBytes(b, "fuzz");
                    QVERIFY(!out.empty());
                    QCOMPARE(out.pixels.size(), std::size_t(out.width) * out.height * out.channels);
                    ++decoded;
                } catch (const ImageError &e) {
                    QVERIFY(QString::fromUtf8(e.what()).startsWith(QStringLiteral("fuzz: ")));
                    ++errors;
                }
            }
        }
        QVERIFY(errors > 0); // the sweep does damage files
        qInfo("corruption sweep: %d decoded, %d refused", decoded, errors);
    }

    void resizesWithAreaAndPremultipliedAlpha()
    {
        Image checker(4, 4, 1);
        for (int y = 0; y < 4; ++y)
            for (int x = 0; x < 4; ++x)
                checker.row(y)[x] = ((x + y) % 2) ? 255 : 0;
        const Image half = resizeImage(checker, 2, 2);
        QCOMPARE(half.width, 2);
        QCOMPARE(half.height, 2);
        for (std::uint8_t v : half.pixels)
            QVERIFY(std::abs(int(v) - 128) <= 1); // area average, not a sampled 0 or 255

        // Opaque red beside fully transparent green: the transparent colour must not bleed.
        Image rgba(2, 1, 4);
        rgba.pixels = {255, 0, 0, 255, 0, 255, 0, 0};
        const Image one = resizeImage(rgba, 1, 1);
        QCOMPARE(one.channels, 4);
        QVERIFY2(one.pixels[0] == 255 && one.pixels[1] == 0, "premultiplied resize keeps the visible colour");
        QVERIFY(std::abs(int(one.pixels[3]) - 128) <= 1);

        const Image big = resizeImage(checker, 9, 7);
        QCOMPARE(big.width, 9);
        QCOMPARE(big.height, 7);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, resizeImage(checker, 0, 3));
    }

    void fitCropsTheCentreThenResizes()
    {
        // 100x50: red | blue | green bands of 25, 50, 25 columns. The centred square is all blue.
        Image wide(100, 50, 3);
        for (int y = 0; y < 50; ++y)
            for (int x = 0; x < 100; ++x) {
                std::uint8_t *p = wide.row(y) + x * 3;
                p[0] = x < 25 ? 255 : 0;
                p[1] = x >= 75 ? 255 : 0;
                p[2] = (x >= 25 && x < 75) ? 255 : 0;
            }
        const Image fitted = fitImage(wide, 28, 28, ColorMode::Rgb);
        QCOMPARE(fitted.width, 28);
        QCOMPARE(fitted.height, 28);
        QCOMPARE(fitted.channels, 3);
        for (int y = 0; y < 28; ++y)
            for (int x = 0; x < 28; ++x)
                QVERIFY(near(px(fitted, x, y), {0, 0, 255}, 2));

        const Image gray = fitImage(wide, 10, 40, ColorMode::Gray); // tall target: crop columns 44..56
        QCOMPARE(gray.width, 10);
        QCOMPARE(gray.height, 40);
        QCOMPARE(gray.channels, 1);
        QVERIFY(std::abs(int(gray.pixels[0]) - 29) <= 2); // blue's luma: 0.114 * 255
    }
};

QTEST_APPLESS_MAIN(TestImageDecode)
#include "tst_imagedecode.moc"
