// GPT-2 byte-level BPE against the reference ids (tiktoken / Hugging Face via OpenCV's vectors and
// llama.cpp's), plus round trips on arbitrary text and bytes and the long-word guarantee.
#include "engine/text/bpetokenizer.h"
#include "engine/text/detail/bpemerge.h"
#include "engine/text/detail/pretokenizer.h"

#include "shareddata.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <random>
#include <sys/mman.h>
#include <thread>

using namespace genlab::engine::text;

namespace {

std::string readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QByteArray b = f.readAll();
    return std::string(b.constData(), std::size_t(b.size()));
}

QString ids(const std::vector<int> &v)
{
    QStringList parts;
    for (int id : v)
        parts << QString::number(id);
    return parts.join(QLatin1Char(' '));
}

std::vector<std::string> split(std::string_view text)
{
    std::vector<std::string> pieces;
    genlab::engine::text::detail::preTokenize(text, [&](std::string_view p) { pieces.emplace_back(p); });
    return pieces;
}

void appendCodePoint(std::string &s, char32_t cp)
{
    genlab::engine::text::detail::appendUtf8(s, cp);
}

// Random text from scripts and characters that exercise every class of the split pattern.
std::string randomUnicode(std::mt19937 &rng, int chars)
{
    static const std::vector<std::pair<char32_t, char32_t>> ranges = {
        {0x20, 0x7E},     {0x20, 0x20},     {0x09, 0x0D},     {0xA0, 0xFF},     {0x0300, 0x036F},
        {0x0400, 0x04FF}, {0x0900, 0x097F}, {0x0E00, 0x0E7F}, {0x3000, 0x3000}, {0x4E00, 0x4FFF},
        {0x2000, 0x200D}, {0x1F300, 0x1F64F}, {0x0085, 0x0085}, {0x1780, 0x17FF}, {0xFF10, 0xFF19},
        {'\'', '\''},     {0, 0x1F},        {0x2028, 0x2029}, {0x10000, 0x10FFFF}};
    std::uniform_int_distribution<std::size_t> pick(0, ranges.size() - 1);
    std::string s;
    for (int i = 0; i < chars; ++i) {
        auto [lo, hi] = ranges[pick(rng)];
        char32_t cp = std::uniform_int_distribution<std::uint32_t>(lo, hi)(rng);
        if (cp >= 0xD800 && cp <= 0xDFFF)
            cp = 'x';
        appendCodePoint(s, cp);
        if (cp == '\'' && rng() % 2)
            s += "sltdmrve"[rng() % 8];
    }
    return s;
}

} // namespace

class TestBpeTokenizer : public QObject
{
    Q_OBJECT

    std::unique_ptr<BpeTokenizer> m_gpt2;

    const BpeTokenizer &gpt2()
    {
        if (!m_gpt2)
            m_gpt2 = BpeTokenizer::loadFromFolder(genlab::testing::sharedDataPath("gpt2").toStdString());
        return *m_gpt2;
    }

private Q_SLOTS:
    void loadsGpt2Vocabulary()
    {
        GENLAB_REQUIRE_SHARED("gpt2/encoder.json");
        const BpeTokenizer &t = gpt2();
        QCOMPARE(t.vocabSize(), 50257);
        QCOMPARE(t.mergeCount(), 50000);
        QCOMPARE(t.endOfText().value_or(-1), 50256);
        QCOMPARE(QString::fromStdString(t.kind()), QStringLiteral("bpe"));
        QCOMPARE(QString::fromStdString(t.tokenSpelling(262)), QStringLiteral("Ġthe"));
        QCOMPARE(t.tokenBytes(262), std::string(" the"));
        QCOMPARE(QString::fromStdString(t.tokenDisplay(262)), QStringLiteral("·the"));
        QCOMPARE(t.tokenId("Ġthe").value_or(-1), 262);
        QCOMPARE(t.encode(" the"), std::vector<int>{262});
        QCOMPARE(t.encode("Hello world"), (std::vector<int>{15496, 995}));
        auto [l, r] = t.merge(0);
        QCOMPARE(QString::fromStdString(t.tokenSpelling(l) + " " + t.tokenSpelling(r)), QStringLiteral("Ġ t"));
    }

    void matchesTiktokenAndHuggingFaceIds()
    {
        GENLAB_REQUIRE_SHARED("gpt2/gpt2_hf_tik_testdata.json");
        QFile f(genlab::testing::sharedDataPath("gpt2/gpt2_hf_tik_testdata.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray samples = QJsonDocument::fromJson(f.readAll()).object().value("samples").toArray();
        QCOMPARE(samples.size(), 13);
        for (const QJsonValue &v : samples) {
            const QJsonObject s = v.toObject();
            const std::string text = s.value("text").toString().toStdString();
            std::vector<int> expected;
            for (const QJsonValue &id : s.value("ids").toArray())
                expected.push_back(id.toInt());
            const std::vector<int> got = gpt2().encode(text);
            QVERIFY2(got == expected, qPrintable(s.value("name").toString() + ": got " + ids(got) + "\n expected " +
                                                 ids(expected)));
            QCOMPARE(gpt2().decode(got), text);
        }
    }

    void matchesLlamaCppVectors()
    {
        GENLAB_REQUIRE_SHARED("llama.cpp/ggml-vocab-gpt-2.gguf.inp");
        const std::string inp = readAll(genlab::testing::sharedDataPath("llama.cpp/ggml-vocab-gpt-2.gguf.inp"));
        const std::string out = readAll(genlab::testing::sharedDataPath("llama.cpp/ggml-vocab-gpt-2.gguf.out"));
        const std::string sep = "\n__ggml_vocab_test__\n";
        std::vector<std::string> texts;
        for (std::size_t pos = 0; pos < inp.size();) {
            std::size_t end = inp.find(sep, pos);
            QVERIFY(end != std::string::npos);
            texts.push_back(inp.substr(pos, end - pos));
            pos = end + sep.size();
        }
        QStringList lines = QString::fromStdString(out).split(QLatin1Char('\n'));
        if (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        QCOMPARE(int(texts.size()), 46);
        QCOMPARE(lines.size(), 46);
        for (std::size_t i = 0; i < texts.size(); ++i) {
            std::vector<int> expected;
            for (const QString &n : lines[int(i)].split(QLatin1Char(' '), Qt::SkipEmptyParts))
                expected.push_back(n.toInt());
            const std::vector<int> got = gpt2().encode(texts[i]);
            QVERIFY2(got == expected, qPrintable(QStringLiteral("string %1 %2: got %3\n expected %4")
                                                     .arg(i)
                                                     .arg(QString::fromStdString(texts[i]).left(40), ids(got),
                                                          ids(expected))));
            QCOMPARE(gpt2().decode(got), texts[i]);
        }
    }

    void loadsHuggingFaceLayoutAndExplicitPaths()
    {
        GENLAB_REQUIRE_SHARED("gpt2/encoder.json");
        QTemporaryDir dir;
        QVERIFY(QFile::link(genlab::testing::sharedDataPath("gpt2/encoder.json"), dir.filePath("vocab.json")));
        QVERIFY(QFile::link(genlab::testing::sharedDataPath("gpt2/vocab.bpe"), dir.filePath("merges.txt")));
        auto hf = BpeTokenizer::loadFromFolder(dir.path().toStdString());
        auto explicitPaths = BpeTokenizer::load(genlab::testing::sharedDataPath("gpt2/encoder.json").toStdString(),
                                                genlab::testing::sharedDataPath("gpt2/vocab.bpe").toStdString());
        const std::string text = "Hugging Face's layout, same ids: 12345 ... 日本語";
        QCOMPARE(hf->encode(text), gpt2().encode(text));
        QCOMPARE(explicitPaths->encode(text), gpt2().encode(text));
    }

    void savesGpt2AndLoadsItBack()
    {
        GENLAB_REQUIRE_SHARED("gpt2/encoder.json");
        QTemporaryDir dir;
        gpt2().saveToFolder(dir.path().toStdString()); // 50k entries: must not be quadratic
        auto reloaded = BpeTokenizer::loadFromFolder(dir.path().toStdString());
        QCOMPARE(reloaded->vocabSize(), gpt2().vocabSize());
        const std::string text = "Saved and loaded: \"quotes\", back\\slashes, tabs\t, 日本語 and émigré 12345";
        QCOMPARE(reloaded->encode(text), gpt2().encode(text));
        QCOMPARE(reloaded->decode(reloaded->encode(text)), text);
    }

    void splitsLikeTheReferencePattern()
    {
        using V = std::vector<std::string>;
        QCOMPARE(split("Hello world"), (V{"Hello", " world"}));
        QCOMPARE(split("I'm can't they're we've you'll he'd it's"),
                 (V{"I", "'m", " can", "'t", " they", "'re", " we", "'ve", " you", "'ll", " he", "'d", " it", "'s"}));
        QCOMPARE(split("'S 'Re"), (V{"'", "S", " '", "Re"})); // contractions are case-sensitive
        QCOMPARE(split("''s"), (V{"''", "s"}));
        QCOMPARE(split("a  b"), (V{"a", " ", " b"}));
        QCOMPARE(split("a\n\n b"), (V{"a", "\n\n", " b"}));
        QCOMPARE(split("a\nb"), (V{"a", "\n", "b"}));
        QCOMPARE(split("end   "), (V{"end", "   "}));
        QCOMPARE(split(" 123abc!?"), (V{" 123", "abc", "!?"}));
        QCOMPARE(split("x \t y"), (V{"x", " \t", " y"}));
        QCOMPARE(split("\xE3\x80\x80word"), (V{"\xE3\x80\x80", "word"})); // U+3000 is White_Space
        QCOMPARE(split("a\xC2\xA0\xC2\xA0" "b"), (V{"a", "\xC2\xA0", "\xC2\xA0", "b"}));
        QCOMPARE(split("\xC2\xBD"), (V{"\xC2\xBD"}));    // ½ is a number (No)
        QCOMPARE(split(" \xC2\xBD"), (V{" \xC2\xBD"}));
        QCOMPARE(split("\x1C" "a"), (V{"\x1C", "a"}));  // U+001C is not White_Space
        QCOMPARE(split("a\xFF\xFE" "b"), (V{"a", "\xFF\xFE", "b"})); // stray bytes: class Other
        QCOMPARE(split(std::string("a\0b", 3)), (V{"a", std::string("\0", 1), "b"}));
        QCOMPARE(split(""), V{});
    }

    void roundTripsUnicodeText()
    {
        GENLAB_REQUIRE_SHARED("gpt2/encoder.json");
        std::mt19937 rng(1234);
        for (int i = 0; i < 300; ++i) {
            const std::string text = randomUnicode(rng, 1 + int(rng() % 200));
            const std::vector<int> got = gpt2().encode(text);
            for (int id : got)
                QVERIFY(id >= 0 && id < 50256);
            QCOMPARE(gpt2().decode(got), text);
            std::string joined;
            for (const std::string &p : split(text))
                joined += p;
            QCOMPARE(joined, text);
        }
    }

    void roundTripsRandomBytes()
    {
        GENLAB_REQUIRE_SHARED("gpt2/encoder.json");
        std::mt19937 rng(99);
        for (int i = 0; i < 500; ++i) {
            std::string bytes(std::size_t(rng() % 300), '\0');
            for (char &c : bytes)
                c = char(rng() % 256);
            QCOMPARE(gpt2().decode(gpt2().encode(bytes)), bytes);
        }
    }

    void handlesNulAndInvalidUtf8()
    {
        GENLAB_REQUIRE_SHARED("gpt2/encoder.json");
        const BpeTokenizer &t = gpt2();
        const std::string nul("a\0\0b", 4);
        const std::vector<int> ids = t.encode(nul);
        QCOMPARE(t.decode(ids), nul);
        QCOMPARE(t.tokenBytes(ids[1]), std::string("\0", 1));
        for (std::string bad : {std::string("\xFF"), std::string("\xC0\xAF"), std::string("\xED\xA0\x80"),
                                std::string("\xE6\x97"), std::string("caf\xE9 au lait"),
                                std::string("\xF4\x90\x80\x80"), std::string("\x80\x80\x80")})
            QCOMPARE(t.decode(t.encode(bad)), bad);
        // A lone continuation byte is a token of its own, exactly like the byte-level fallback.
        QCOMPARE(t.encode("\xFF"), std::vector<int>{t.tokenId("ÿ").value()});
        // Special tokens in the text are plain text.
        const std::vector<int> eot = t.encode("<|endoftext|>");
        QVERIFY(eot.size() > 1);
        QVERIFY(std::find(eot.begin(), eot.end(), 50256) == eot.end());
        QCOMPARE(t.decode({50256}), std::string("<|endoftext|>"));
    }

    void heapAndScanMergesAgree()
    {
        GENLAB_REQUIRE_SHARED("gpt2/encoder.json");
        namespace d = genlab::engine::text::detail;
        const BpeTokenizer &t = gpt2();
        d::MergeTable table(std::size_t(t.mergeCount()));
        for (int rank = 0; rank < t.mergeCount(); ++rank) {
            auto [l, r] = t.merge(rank);
            table.insert(l, r, rank, t.tokenId(t.tokenSpelling(l) + t.tokenSpelling(r)).value());
        }
        std::mt19937 rng(7);
        const std::string alphabet = "aeinorstlhdu ";
        for (int i = 0; i < 200; ++i) {
            std::vector<int> symbols(1 + rng() % 400);
            for (int &s : symbols) {
                const char c = alphabet[rng() % alphabet.size()];
                s = t.tokenId(c == ' ' ? std::string("Ġ") : std::string(1, c)).value();
            }
            std::vector<int> byScan, byHeap, byBuckets;
            d::bpeMergeByScan(symbols.data(), symbols.size(), table, byScan);
            d::bpeMergeByHeap(symbols.data(), symbols.size(), table, byHeap);
            d::bpeMergeByBuckets(symbols.data(), symbols.size(), table, byBuckets);
            QCOMPARE(byHeap, byScan);
            QCOMPARE(byBuckets, byScan);
        }
    }

    void overlappingMergesAreLeftmostFirst()
    {
        namespace d = genlab::engine::text::detail;
        // Symbols 0 = "a"; merges: rank 0 a+a -> 1, rank 1 aa+aa -> 2, rank 2 aa+a -> 3.
        d::MergeTable table;
        table.insert(0, 0, 0, 1);
        table.insert(1, 1, 1, 2);
        table.insert(1, 0, 2, 3);
        for (std::size_t n = 1; n < 120; ++n) {
            std::vector<int> symbols(n, 0), byScan, byHeap, byBuckets;
            d::bpeMergeByScan(symbols.data(), n, table, byScan);
            d::bpeMergeByHeap(symbols.data(), n, table, byHeap);
            d::bpeMergeByBuckets(symbols.data(), n, table, byBuckets);
            QCOMPARE(byHeap, byScan);
            QCOMPARE(byBuckets, byScan);
        }
        std::vector<int> five(5, 0), out;
        d::bpeMergeByHeap(five.data(), five.size(), table, out);
        QCOMPARE(out, (std::vector<int>{2, 0})); // aa aa a -> aaaa a
    }

    void strategiesAgreeOnArbitraryMergeTables()
    {
        // Random tables whose ranks need not follow creation order, so a new pair can outrank the
        // one just merged: the bucket queue must step back for it.
        namespace d = genlab::engine::text::detail;
        std::mt19937 rng(11);
        for (int round = 0; round < 40; ++round) {
            d::MergeTable table;
            int tokens = 4;
            std::vector<int> ranks(40);
            for (std::size_t i = 0; i < ranks.size(); ++i)
                ranks[i] = int(i);
            std::shuffle(ranks.begin(), ranks.end(), rng);
            for (int rank : ranks) {
                const int l = int(rng() % std::uint32_t(tokens)), r = int(rng() % std::uint32_t(tokens));
                if (!table.find(l, r))
                    table.insert(l, r, rank, tokens++);
            }
            for (int w = 0; w < 30; ++w) {
                std::vector<int> symbols(1 + rng() % 300), byScan, byHeap, byBuckets;
                for (int &s : symbols)
                    s = int(rng() % 4);
                d::bpeMergeByScan(symbols.data(), symbols.size(), table, byScan);
                d::bpeMergeByHeap(symbols.data(), symbols.size(), table, byHeap);
                d::bpeMergeByBuckets(symbols.data(), symbols.size(), table, byBuckets);
                QCOMPARE(byHeap, byScan);
                QCOMPARE(byBuckets, byScan);
            }
        }
    }

    void longWordIsNotQuadratic()
    {
        GENLAB_REQUIRE_SHARED("gpt2/encoder.json");
        const BpeTokenizer &t = gpt2();
        std::mt19937 rng(5);
        auto word = [&](std::size_t n) {
            std::string s(n, 'a');
            for (char &c : s)
                c = char('a' + rng() % 26);
            return s;
        };
        double perByte[2] = {};
        const std::size_t sizes[2] = {200 * 1024, 2 * 1024 * 1024};
        for (int i = 0; i < 2; ++i) {
            const std::string w = word(sizes[i]);
            QCOMPARE(split(w).size(), std::size_t(1));
            QElapsedTimer timer;
            timer.start();
            const std::vector<int> got = t.encode(w);
            perByte[i] = double(timer.nsecsElapsed()) / double(w.size());
            QVERIFY(got.size() < w.size() * 3 / 4); // random letters still merge into pairs and more
            QCOMPARE(t.decode(got), w);
        }
        // Informative only (no timed assertion): near-linear means a similar cost per byte.
        qInfo("one word without spaces: %.0f ns/byte at 200 KB, %.0f ns/byte at 2 MB", perByte[0], perByte[1]);
    }

    void refusesInputsOverTheCap()
    {
        GENLAB_REQUIRE_SHARED("gpt2/encoder.json");
        // Untouched anonymous pages cost nothing: a real buffer one byte over the cap.
        const std::size_t size = BpeTokenizer::kMaxEncodeBytes + 1;
        void *p = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
        if (p == MAP_FAILED)
            QSKIP("cannot reserve address space for the test");
        try {
            gpt2().encode(std::string_view(static_cast<const char *>(p), size));
            ::munmap(p, size);
            QFAIL("encoded an input over the cap");
        } catch (const TokenizerError &e) {
            ::munmap(p, size);
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("split it")), e.what());
        }
    }

    void cacheDoesNotChangeResults()
    {
        GENLAB_REQUIRE_SHARED("gpt2/encoder.json");
        auto fresh = BpeTokenizer::loadFromFolder(genlab::testing::sharedDataPath("gpt2").toStdString());
        std::mt19937 rng(3);
        std::string text;
        for (int i = 0; i < 50; ++i)
            text += randomUnicode(rng, 40) + " the cat sat on the mat. ";
        const std::vector<int> first = fresh->encode(text);
        QCOMPARE(fresh->encode(text), first);
        std::vector<int> a, b;
        std::thread ta([&] {
            for (int i = 0; i < 20; ++i)
                a = fresh->encode(text);
        });
        std::thread tb([&] {
            for (int i = 0; i < 20; ++i)
                b = fresh->encode(text);
        });
        ta.join();
        tb.join();
        QCOMPARE(a, first);
        QCOMPARE(b, first);
    }

    void displaysTokensAndRejectsBadIds()
    {
        GENLAB_REQUIRE_SHARED("gpt2/encoder.json");
        const BpeTokenizer &t = gpt2();
        QCOMPARE(QString::fromStdString(t.tokenDisplay(t.tokenId("Ċ").value())), QStringLiteral("↵"));
        QCOMPARE(QString::fromStdString(t.tokenDisplay(t.tokenId("ĉ").value())), QStringLiteral("→"));
        QCOMPARE(QString::fromStdString(t.tokenDisplay(t.tokenId("Ā").value())), QStringLiteral("<0x00>"));
        QCOMPARE(QString::fromStdString(t.tokenDisplay(t.tokenId("æ").value())), QStringLiteral("<0xE6>"));
        QVERIFY_THROWS_EXCEPTION(TokenizerError, t.decode({-1}));
        QVERIFY_THROWS_EXCEPTION(TokenizerError, t.decode({50257}));
        QVERIFY_THROWS_EXCEPTION(TokenizerError, t.tokenBytes(1 << 30));
        QVERIFY(t.encode("").empty());
    }
};

QTEST_APPLESS_MAIN(TestBpeTokenizer)
#include "tst_bpetokenizer.moc"
