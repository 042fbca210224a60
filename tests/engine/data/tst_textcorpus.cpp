#include "engine/data/textcorpus.h"

#include <QtTest>

#include <filesystem>
#include <fstream>

using namespace genlab::engine;
using namespace genlab::engine::data;
namespace fs = std::filesystem;

namespace {

void writeBytes(const fs::path &path, const std::string &bytes)
{
    fs::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary);
    out.write(bytes.data(), std::streamsize(bytes.size()));
}

// UTF-8 -> UTF-16 code units (test-side encoder, independent of the decoder under test).
std::u16string toUtf16(const std::string &utf8)
{
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size())).toStdU16String();
}

std::string utf16Bytes(const std::u16string &units, bool littleEndian, bool bom = true)
{
    std::string out;
    auto put = [&](char16_t u) {
        const char lo = char(u & 0xFF), hi = char(u >> 8);
        out += littleEndian ? std::string{lo, hi} : std::string{hi, lo};
    };
    if (bom)
        put(0xFEFF);
    for (char16_t u : units)
        put(u);
    return out;
}

// Multibyte text: 2-, 3- and 4-byte UTF-8 sequences.
const std::string kSample = "Gr\xC3\xBC\xC3\x9F" "e, caf\xC3\xA9 \xE2\x82\xAC 5 \xF0\x9F\x98\x80 \xE6\x97\xA5\xE6\x9C\xAC\n";

TextCorpus loadFile(const QTemporaryDir &tmp, const std::string &name, const std::string &bytes,
                    const CorpusOptions &o = {})
{
    const fs::path p = fs::path(tmp.path().toStdString()) / name;
    writeBytes(p, bytes);
    return loadTextCorpus(p.string(), o);
}

int countReplacement(const std::string &s)
{
    int n = 0;
    for (std::size_t pos = s.find("\xEF\xBF\xBD"); pos != std::string::npos; pos = s.find("\xEF\xBF\xBD", pos + 3))
        ++n;
    return n;
}

} // namespace

class TestTextCorpus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void utf8WithAndWithoutBom()
    {
        QTemporaryDir tmp;
        const TextCorpus plain = loadFile(tmp, "plain.txt", kSample);
        QCOMPARE(plain.text, kSample);
        QCOMPARE(plain.encoding, std::string("UTF-8"));
        QCOMPARE(plain.replacedSequences, std::int64_t(0));
        QCOMPARE(plain.files.size(), std::size_t(1));

        const TextCorpus bom = loadFile(tmp, "bom.txt", "\xEF\xBB\xBF" + kSample);
        QCOMPARE(bom.text, kSample); // the BOM is not text
        QCOMPARE(bom.encoding, std::string("UTF-8"));
    }

    void utf16WithBom()
    {
        QTemporaryDir tmp;
        const std::u16string units = toUtf16(kSample);
        QVERIFY(units.size() < kSample.size()); // the sample really has multibyte characters
        const TextCorpus le = loadFile(tmp, "le.txt", utf16Bytes(units, true));
        QCOMPARE(le.text, kSample);
        QCOMPARE(le.encoding, std::string("UTF-16LE (BOM)"));
        QCOMPARE(le.replacedSequences, std::int64_t(0));
        const TextCorpus be = loadFile(tmp, "be.txt", utf16Bytes(units, false));
        QCOMPARE(be.text, kSample);
        QCOMPARE(be.encoding, std::string("UTF-16BE (BOM)"));

        // A lone surrogate and a dangling odd byte are replaced and counted.
        std::u16string broken = u"ab";
        broken += char16_t(0xD800);
        broken += u"cd";
        const TextCorpus damaged = loadFile(tmp, "damaged.txt", utf16Bytes(broken, true) + "x");
        QCOMPARE(damaged.text, std::string("ab\xEF\xBF\xBD" "cd\xEF\xBF\xBD"));
        QCOMPARE(damaged.replacedSequences, std::int64_t(2));
    }

    void latin1WhenNotUtf8()
    {
        QTemporaryDir tmp;
        // "café naïve" in Latin-1, with Windows-1252 curly quotes.
        const TextCorpus t = loadFile(tmp, "latin1.txt", "caf\xE9 na\xEFve \x93quoted\x94\n");
        QCOMPARE(t.encoding, std::string("Latin-1"));
        QCOMPARE(t.text, std::string("caf\xC3\xA9 na\xC3\xAFve \xE2\x80\x9Cquoted\xE2\x80\x9D\n"));
        QCOMPARE(t.replacedSequences, std::int64_t(0));
    }

    void invalidUtf8SequencesAreReplacedAndCounted()
    {
        QTemporaryDir tmp;
        // Mostly good UTF-8 with three bad spots: a stray 0xFF, a cut 2-byte sequence, an overlong NUL.
        const std::string bytes = kSample + "bad \xFF here, cut \xC3 there, overlong \xC0\x80 end\n" + kSample;
        const TextCorpus t = loadFile(tmp, "damaged.txt", bytes);
        QCOMPARE(t.encoding, std::string("UTF-8"));
        QVERIFY(t.replacedSequences >= 3);
        QCOMPARE(countReplacement(t.text), int(t.replacedSequences));
        QVERIFY(t.text.starts_with(kSample));
        QVERIFY(t.text.ends_with(kSample));

        const DecodedText d = decodeTextBytes("ok \xE2\x82 \xE2\x82\xAC \xE2\x82\xAC", "memory");
        QCOMPARE(d.encoding, std::string("UTF-8"));
        QCOMPARE(d.replacedSequences, std::int64_t(1));
    }

    void binaryFilesAreRejectedWithTheirName()
    {
        QTemporaryDir tmp;
        std::string nul = "PK\x03\x04";
        nul += std::string("\0\0\x14\0", 4) + "data";
        try {
            (void)loadFile(tmp, "archive.txt", nul);
            QFAIL("a file with NUL bytes must be refused");
        } catch (const CorpusError &e) {
            const std::string msg = e.what();
            QVERIFY2(msg.find("archive.txt") != std::string::npos && msg.find("binary") != std::string::npos,
                     msg.c_str());
        }
        std::string controls;
        for (int i = 0; i < 200; ++i)
            controls += char(1 + i % 7) + std::string("ab");
        QVERIFY_THROWS_EXCEPTION(CorpusError, loadFile(tmp, "controls.txt", controls));
        QVERIFY_THROWS_EXCEPTION(CorpusError, loadFile(tmp, "utf32.txt", std::string("\xFF\xFE\0\0a\0\0\0", 8)));
        QVERIFY_THROWS_EXCEPTION(CorpusError, loadTextCorpus((fs::path(tmp.path().toStdString()) / "nothing").string()));
        // Tabs, newlines and form feeds are text.
        QCOMPARE(loadFile(tmp, "tabs.txt", "a\tb\fc\r\nd").text, std::string("a\tb\fc\nd"));
    }

    void newlinesAreNormalisedUnlessAsked()
    {
        QTemporaryDir tmp;
        QCOMPARE(loadFile(tmp, "crlf.txt", "a\r\nb\rc\n\r\nd").text, std::string("a\nb\nc\n\nd"));
        CorpusOptions keep;
        keep.normalizeNewlines = false;
        QCOMPARE(loadFile(tmp, "crlf2.txt", "a\r\nb", keep).text, std::string("a\r\nb"));
    }

    void folderReadsTextFilesInSortedOrder()
    {
        QTemporaryDir tmp;
        const fs::path root(tmp.path().toStdString());
        writeBytes(root / "b.txt", "second");
        writeBytes(root / "a.md", "first\n");
        writeBytes(root / "sub" / "c.TXT", "caf\xE9");                     // Latin-1
        writeBytes(root / "sub" / "d.txt", std::string("\x01\x02\0\0", 4)); // binary
        writeBytes(root / "image.png", "not text at all");                 // other extension: ignored
        writeBytes(root / ".git" / "x.txt", "hidden");                      // hidden folder: ignored
        int progress = 0;
        RunContext ctx;
        ctx.onProgress = [&](double, std::string_view) { ++progress; };
        const TextCorpus t = loadTextCorpus(root.string(), {}, ctx);
        QVERIFY(progress > 0);
        QCOMPARE(t.text, std::string("first\nsecond\ncaf\xC3\xA9"));
        QCOMPARE(t.files.size(), std::size_t(3));
        QVERIFY(t.files[0].ends_with("a.md") && t.files[1].ends_with("b.txt") && t.files[2].ends_with("c.TXT"));
        QVERIFY(t.fileEncodings[2] == "Latin-1" && t.fileEncodings[0] == "UTF-8");
        QCOMPARE(t.encoding, std::string("mixed (Latin-1, UTF-8)"));
        QCOMPARE(t.skipped.size(), std::size_t(1));
        QVERIFY(t.skipped[0].first.ends_with("d.txt"));
        QVERIFY(t.skipped[0].second.find("binary") != std::string::npos);

        const fs::path empty = root / "emptyfolder";
        fs::create_directories(empty);
        QVERIFY_THROWS_EXCEPTION(CorpusError, loadTextCorpus(empty.string()));
        const fs::path onlyBad = root / "onlybad";
        writeBytes(onlyBad / "x.txt", std::string("\0\0\0", 3));
        try {
            (void)loadTextCorpus(onlyBad.string());
            QFAIL("no readable file must be an error");
        } catch (const CorpusError &e) {
            QVERIFY2(std::string(e.what()).find("1 skipped") != std::string::npos, e.what());
        }
        CorpusOptions few;
        few.maxFiles = 2;
        QVERIFY_THROWS_EXCEPTION(CorpusError, loadTextCorpus(root.string(), few));
    }

    void hugeFilesStreamAcrossChunksAndStopAtTheCap()
    {
        QTemporaryDir tmp;
        // Over the 1 MiB detection window, read in 4 KiB chunks: every multibyte character and
        // surrogate pair that straddles a chunk boundary must survive.
        std::string big;
        while (big.size() < (std::size_t(3) << 19))
            big += kSample;
        CorpusOptions o;
        o.chunkBytes = 4096;
        int progress = 0;
        RunContext ctx;
        ctx.onProgress = [&](double, std::string_view) { ++progress; };
        const fs::path p8 = fs::path(tmp.path().toStdString()) / "big8.txt";
        writeBytes(p8, big);
        const TextCorpus t8 = loadTextCorpus(p8.string(), o, ctx);
        QVERIFY(t8.text == big);
        QCOMPARE(t8.replacedSequences, std::int64_t(0));
        QVERIFY(progress > 50);

        const fs::path p16 = fs::path(tmp.path().toStdString()) / "big16.txt";
        writeBytes(p16, utf16Bytes(toUtf16(big), true));
        const TextCorpus t16 = loadTextCorpus(p16.string(), o);
        QVERIFY(t16.text == big);
        QCOMPARE(t16.replacedSequences, std::int64_t(0));

        CorpusOptions capped = o;
        capped.maxBytes = 100000;
        const TextCorpus t = loadTextCorpus(p8.string(), capped);
        QVERIFY(t.truncated);
        QVERIFY(t.text.size() <= 100000 && t.text.size() > 99990);
        QVERIFY(big.starts_with(t.text)); // cut on a character boundary
        QCOMPARE(t.warnings.size(), std::size_t(1));
        QVERIFY2(t.warnings[0].find("big8.txt") != std::string::npos && t.warnings[0].find("cap") != std::string::npos,
                 t.warnings[0].c_str());

        // In a folder, files after the cap are listed as not read.
        const fs::path folder = fs::path(tmp.path().toStdString()) / "folder";
        writeBytes(folder / "1.txt", std::string(300, 'a'));
        writeBytes(folder / "2.txt", std::string(300, 'b'));
        writeBytes(folder / "3.txt", std::string(300, 'c'));
        CorpusOptions small;
        small.maxBytes = 450;
        const TextCorpus f = loadTextCorpus(folder.string(), small);
        QVERIFY(f.truncated);
        QCOMPARE(f.text.size(), std::size_t(450));
        QCOMPARE(f.skipped.size(), std::size_t(1));
        QVERIFY(f.skipped[0].first.ends_with("3.txt"));
        QVERIFY(f.skipped[0].second.find("cap") != std::string::npos);
    }

    void cancelStopsReading()
    {
        QTemporaryDir tmp;
        const fs::path p = fs::path(tmp.path().toStdString()) / "a.txt";
        writeBytes(p, "text");
        std::stop_source stop;
        stop.request_stop();
        RunContext ctx;
        ctx.stop = stop.get_token();
        QVERIFY_THROWS_EXCEPTION(Canceled, loadTextCorpus(p.string(), {}, ctx));
    }
};

QTEST_APPLESS_MAIN(TestTextCorpus)
#include "tst_textcorpus.moc"
