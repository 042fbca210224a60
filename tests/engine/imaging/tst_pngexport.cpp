// PNG export with embedded text (the recipe), atomic writes, and reading the text back.

#include "engine/imaging/decode.h"
#include "engine/imaging/png.h"

#include "imagefixtures.h"

#include <QTemporaryDir>
#include <QtTest>

#include <random>

using namespace genlab::engine;
using namespace genlab::engine::imaging;
using fixtures::Bytes;

namespace {

Image noise(int w, int h, int channels, unsigned seed)
{
    Image im(w, h, channels);
    std::mt19937 rng(seed);
    for (auto &v : im.pixels)
        v = std::uint8_t(rng());
    return im;
}

QStringList leftovers(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral(".tmp-"));
}

} // namespace

class TestPngExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void recipeRoundTripsAndPixelsStillDecode()
    {
        const Image image = noise(37, 21, 3, 1);
        // JSON with escapes and raw UTF-8 (u-umlaut, sharp s, CJK): iTXt must carry it unchanged.
        const std::string recipe = "{\"model\":\"vae-mnist\",\"seed\":42,\"prompt\":\"caf\\u00e9\","
                                   "\"note\":\"Gr\xc3\xbc\xc3\x9f" "e \xe6\x97\xa5\xe6\x9c\xac\"}";
        const TextChunks text = {{kRecipeKey, recipe}, {"Software", "GenLab Studio"}};
        const std::string path = (m_dir.path() + QStringLiteral("/sample.png")).toStdString();
        writePng(path, image, text);

        const TextChunks back = readPngText(path);
        QCOMPARE(back.size(), std::size_t(2));
        QCOMPARE(back[0].first, std::string("genlab:recipe"));
        QCOMPARE(back[0].second, recipe);
        QCOMPARE(back[1], text[1]);

        const Image decoded = decodeImageFile(path); // the decoder (libpng via OpenCV) accepts the chunks
        QCOMPARE(decoded.width, 37);
        QCOMPARE(decoded.channels, 3);
        QCOMPARE(decoded.pixels, image.pixels);

        // The text sits before IEND, after the image data, as iTXt.
        const Bytes file = fixtures::readFile(path);
        const std::string raw(file.begin(), file.end());
        const auto itxt = raw.find("iTXt");
        QVERIFY(itxt != std::string::npos);
        QVERIFY(itxt > raw.find("IDAT"));
        QCOMPARE(raw.substr(raw.size() - 8, 4), std::string("IEND"));
    }

    void longValuesAreCompressedAndRoundTrip()
    {
        std::string big;
        for (int i = 0; i < 2000; ++i)
            big += "{\"step\":" + std::to_string(i) + "},";
        const Bytes png = encodePng(noise(8, 8, 4, 2), {{kRecipeKey, big}});
        QVERIFY(png.size() < big.size() / 2); // zlib-compressed iTXt
        const std::string path = fixtures::writeFile(QDir(m_dir.path()), QStringLiteral("big.png"), png);
        const TextChunks back = readPngText(path);
        QCOMPARE(back.size(), std::size_t(1));
        QCOMPARE(back[0].second, big);
        QCOMPARE(decodeImageFile(path).channels, 4);
    }

    void readsTextAndZtxtWrittenElsewhere()
    {
        fixtures::PngSpec spec;
        spec.colorType = 0;
        spec.rows = Bytes{0, 7};
        const std::string latin1 = std::string("Title\0Caf\xe9", 10);
        spec.pre = {{"tEXt", Bytes(latin1.begin(), latin1.end())}};
        const std::string path = fixtures::writeFile(QDir(m_dir.path()), QStringLiteral("text.png"), fixtures::makePng(spec));
        const TextChunks back = readPngText(path);
        QCOMPARE(back.size(), std::size_t(1));
        QCOMPARE(back[0].first, std::string("Title"));
        QCOMPARE(back[0].second, std::string("Caf\xc3\xa9")); // Latin-1 -> UTF-8
        QVERIFY(readPngText(fixtures::writeFile(QDir(m_dir.path()), QStringLiteral("plain.png"), encodePng(Image(2, 2, 1)))).empty());
    }

    void damagedTextChunksAreReported()
    {
        Bytes png = encodePng(Image(4, 4, 1), {{kRecipeKey, "{\"seed\":1}"}});
        const std::string raw(png.begin(), png.end());
        const auto at = raw.find("iTXt");
        png[at + 6] ^= 0x20; // inside the keyword; the CRC no longer matches
        const std::string path = fixtures::writeFile(QDir(m_dir.path()), QStringLiteral("damaged.png"), png);
        try {
            readPngText(path);
            QFAIL("a damaged text chunk was read");
        } catch (const ImageError &e) {
            const QString message = QString::fromUtf8(e.what());
            QVERIFY2(message.contains(QString::fromStdString(path)) && message.contains(QStringLiteral("CRC")), qPrintable(message));
        }

        // A zTXt whose compressed text is not a zlib stream.
        fixtures::PngSpec spec;
        spec.colorType = 0;
        spec.rows = Bytes{0, 7};
        Bytes ztxt{'k', 0, 0};
        const Bytes notZlib{0x12, 0x34, 0x56};
        ztxt.insert(ztxt.end(), notZlib.begin(), notZlib.end());
        spec.post = {{"zTXt", ztxt}};
        const std::string bad = fixtures::writeFile(QDir(m_dir.path()), QStringLiteral("badz.png"), fixtures::makePng(spec));
        QVERIFY_THROWS_EXCEPTION(ImageError, readPngText(bad));

        const std::string text = fixtures::writeFile(QDir(m_dir.path()), QStringLiteral("notes.png"), Bytes{'h', 'i', '\n'});
        try {
            readPngText(text);
            QFAIL("a text file was read as PNG");
        } catch (const ImageError &e) {
            QVERIFY(QString::fromUtf8(e.what()).contains(QStringLiteral("text file")));
        }
    }

    void rejectsInvalidKeysAndValues()
    {
        const Image im(2, 2, 3);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, encodePng(im, {{"", "x"}}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, encodePng(im, {{" lead", "x"}}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, encodePng(im, {{std::string(80, 'k'), "x"}}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, encodePng(im, {{"k", std::string("a\0b", 3)}}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, encodePng(im, {{"k", "\xff\xfe"}}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, encodePng(Image(), {}));
    }

    void writesAtomically()
    {
        const QString dir = m_dir.path() + QStringLiteral("/atomic");
        QVERIFY(QDir().mkpath(dir));
        const std::string path = (dir + QStringLiteral("/out.png")).toStdString();
        writePng(path, noise(10, 10, 1, 3));
        writePng(path, noise(12, 10, 1, 4)); // replaces the file
        QCOMPARE(decodeImageFile(path).width, 12);
        QVERIFY(leftovers(dir).isEmpty());
        QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden).size(), 1);

        // A folder that does not exist: an error naming the target, nothing created.
        const std::string nowhere = (dir + QStringLiteral("/missing/out.png")).toStdString();
        try {
            writePng(nowhere, noise(2, 2, 3, 5));
            QFAIL("wrote into a missing folder");
        } catch (const ImageError &e) {
            QVERIFY(QString::fromUtf8(e.what()).contains(QString::fromStdString(nowhere)));
        }
    }
};

QTEST_APPLESS_MAIN(TestPngExport)
#include "tst_pngexport.moc"
