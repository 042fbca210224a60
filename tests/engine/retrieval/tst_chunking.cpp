// Chunking: every kind (characters with overlap and UTF-8 boundaries, tokens with overlap, sentences,
// Markdown heading sections, whole file), what every chunk carries (trimmed text matching its byte
// range, line, page, heading), the 16 KiB cap on a 2 MB single-line file for every kind, and the
// spec's parse errors.
#include "engine/retrieval/chunking.h"

#include <QtTest>

#include <algorithm>
#include <stdexcept>

using namespace genlab::engine::retrieval;

namespace {

Document doc(std::string text)
{
    Document d;
    d.path = "/tmp/doc.md";
    d.format = "markdown";
    d.encoding = "utf-8";
    d.text = std::move(text);
    return d;
}

std::vector<Chunk> chunks(const Document &d, const std::string &spec)
{
    return chunkDocument(d, 3, ChunkingSpec::parse(spec));
}

std::int64_t codePoints(const std::string &s)
{
    return std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; });
}

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

// What holds for every chunk of every kind.
void checkInvariants(const Document &d, const std::vector<Chunk> &cs)
{
    std::int64_t lastBegin = -1;
    for (const Chunk &c : cs) {
        QCOMPARE(c.document, 3);
        QVERIFY(c.begin >= 0 && c.begin < c.end && c.end <= std::int64_t(d.text.size()));
        QVERIFY(c.end - c.begin <= kMaxChunkBytes);
        QCOMPARE(c.text, d.text.substr(std::size_t(c.begin), std::size_t(c.end - c.begin)));
        QVERIFY2(!isSpace(c.text.front()) && !isSpace(c.text.back()), c.text.c_str());
        // Never inside a UTF-8 sequence.
        QVERIFY((static_cast<unsigned char>(d.text[std::size_t(c.begin)]) & 0xC0) != 0x80);
        QVERIFY(std::size_t(c.end) == d.text.size() || (static_cast<unsigned char>(d.text[std::size_t(c.end)]) & 0xC0) != 0x80);
        QCOMPARE(c.line, 1 + std::int32_t(std::count(d.text.begin(), d.text.begin() + c.begin, '\n')));
        QVERIFY(c.begin > lastBegin);
        lastBegin = c.begin;
    }
}

// Every non-space byte is in some chunk.
void checkCoverage(const Document &d, const std::vector<Chunk> &cs)
{
    std::vector<bool> covered(d.text.size(), false);
    for (const Chunk &c : cs)
        std::fill(covered.begin() + c.begin, covered.begin() + c.end, true);
    for (std::size_t i = 0; i < d.text.size(); ++i)
        if (!isSpace(d.text[i]) && !covered[i])
            QFAIL(qPrintable(QStringLiteral("byte %1 ('%2') is in no chunk").arg(i).arg(QChar(d.text[i]))));
}

std::string words(int from, int to)
{
    std::string s;
    for (int i = from; i <= to; ++i)
        s += (s.empty() ? "" : " ") + ("w" + std::to_string(i));
    return s;
}

} // namespace

class TestChunking : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesAndPrints()
    {
        const std::pair<const char *, const char *> cases[] = {
            {"chars:800:100", "chars:800:100"}, {" CHARS:50 ", "chars:50:0"},   {"tokens:200:40", "tokens:200:40"},
            {"sentences:3", "sentences:3"},     {"headings", "headings"},       {"file", "file"},
        };
        for (const auto &[text, printed] : cases) {
            const ChunkingSpec s = ChunkingSpec::parse(text);
            QCOMPARE(s.toString(), std::string(printed));
            QCOMPARE(ChunkingSpec::parse(s.toString()), s);
        }
        QCOMPARE(ChunkingSpec::parse("tokens:10:2").kind, ChunkingSpec::Kind::Tokens);
        QCOMPARE(ChunkingSpec::parse("headings").kind, ChunkingSpec::Kind::Headings);
    }

    void refusesBadSpecs_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown") << "paragraphs:3" << "unknown chunking";
        QTest::newRow("empty") << "" << "unknown chunking";
        QTest::newRow("no size") << "chars" << "needs a size";
        QTest::newRow("not a number") << "chars:abc" << "not a whole number";
        QTest::newRow("negative") << "tokens:-5" << "between 1 and";
        QTest::newRow("zero") << "sentences:0" << "between 1 and";
        QTest::newRow("overlap too big") << "chars:100:100" << "must be smaller than the size";
        QTest::newRow("too many parts") << "tokens:1:2:3" << "needs a size";
        QTest::newRow("numbers on headings") << "headings:3" << "takes no numbers";
        QTest::newRow("sentences overlap") << "sentences:3:1" << "one number";
        QTest::newRow("huge") << "chars:99999999999" << "not a whole number";
    }
    void refusesBadSpecs()
    {
        QFETCH(QString, spec);
        QFETCH(QString, says);
        try {
            ChunkingSpec::parse(spec.toStdString());
            QFAIL("accepted");
        } catch (const std::invalid_argument &e) {
            const QString message = QString::fromUtf8(e.what());
            QVERIFY2(message.contains(says), qPrintable(message));
        }
    }

    void charactersWithOverlap()
    {
        const Document d = doc("The quick brown fox jumps over the lazy dog. It was not amused at all. "
                               "Then the dog slept in the afternoon sun until evening came.");
        const auto cs = chunks(d, "chars:30:8");
        checkInvariants(d, cs);
        checkCoverage(d, cs);
        QVERIFY(cs.size() >= 5);
        for (std::size_t i = 0; i < cs.size(); ++i) {
            QVERIFY2(codePoints(cs[i].text) <= 30, cs[i].text.c_str());
            if (i + 1 < cs.size()) {
                QVERIFY2(cs[i + 1].begin < cs[i].end, "consecutive chunks overlap");
                // Ends at a word boundary (whitespace follows), not mid-word.
                QVERIFY2(isSpace(d.text[std::size_t(cs[i].end)]), cs[i].text.c_str());
                // The overlap starts at a word.
                QVERIFY(isSpace(d.text[std::size_t(cs[i + 1].begin - 1)]));
            }
        }
        // A sentence end within the last fifth is preferred to a later space.
        const Document sentence = doc("Alpha beta gamma delta eps. Ze ta theta iota kappa.");
        QCOMPARE(chunks(sentence, "chars:30:0")[0].text, std::string("Alpha beta gamma delta eps."));
        // Without overlap the chunks tile the text.
        const auto tiled = chunks(d, "chars:30:0");
        checkInvariants(d, tiled);
        checkCoverage(d, tiled);
        for (std::size_t i = 0; i + 1 < tiled.size(); ++i)
            QVERIFY(tiled[i + 1].begin >= tiled[i].end);
    }

    void charactersNeverSplitUtf8()
    {
        std::string text;
        for (int i = 0; i < 40; ++i)
            text += "\xC3\xA9\xE6\x97\xA5\xF0\x9F\x98\x80"; // é 日 😀, no spaces at all
        const Document d = doc(text);
        const auto cs = chunks(d, "chars:7:2");
        checkInvariants(d, cs);
        checkCoverage(d, cs);
        for (const Chunk &c : cs)
            QVERIFY(codePoints(c.text) <= 7);
        QCOMPARE(codePoints(cs[0].text), std::int64_t(7));
        QCOMPARE(cs[1].begin, cs[0].end - std::int64_t(std::string("\xF0\x9F\x98\x80\xC3\xA9").size()));
    }

    void tokensWithOverlap()
    {
        const Document d = doc(words(1, 12) + ".");
        const auto cs = chunks(d, "tokens:5:2");
        checkInvariants(d, cs);
        checkCoverage(d, cs);
        QCOMPARE(cs.size(), std::size_t(4));
        QCOMPARE(cs[0].text, words(1, 5));
        QCOMPARE(cs[1].text, words(4, 8));
        QCOMPARE(cs[2].text, words(7, 11));
        QCOMPARE(cs[3].text, words(10, 12) + "."); // the trailing punctuation goes with its word
        // Exactly filled: no empty or repeated last chunk.
        QCOMPARE(chunks(doc(words(1, 8)), "tokens:5:2").size(), std::size_t(2));
        QCOMPARE(chunks(doc(words(1, 5)), "tokens:5:0").size(), std::size_t(1));
    }

    void tokensAreUnicodeWords()
    {
        // Letters of any script, digits; punctuation and symbols separate words.
        const Document d = doc("na\xC3\xAFve caf\xC3\xA9, \xD0\xBC\xD0\xB8\xD1\x80 \xE2\x80\x94 42 ("
                               "\xE0\xA4\xB9\xE0\xA4\xBF\xE0\xA4\x82\xE0\xA4\xA6\xE0\xA5\x80) end");
        const auto cs = chunks(d, "tokens:2:0");
        checkInvariants(d, cs);
        QCOMPARE(cs.size(), std::size_t(3));
        QCOMPARE(cs[0].text, std::string("na\xC3\xAFve caf\xC3\xA9,"));
        QCOMPARE(cs[1].text, std::string("\xD0\xBC\xD0\xB8\xD1\x80 \xE2\x80\x94 42"));
        // Hindi vowel signs are combining marks: the word stays whole, its bracket comes along.
        QCOMPARE(cs[2].text, std::string("(\xE0\xA4\xB9\xE0\xA4\xBF\xE0\xA4\x82\xE0\xA4\xA6\xE0\xA5\x80) end"));
    }

    void sentences()
    {
        const Document d = doc("One. Two! Three? \"Four.\" Five\n\nno end here\n\n# Head\nSix. Seven (7.5 per cent). Eight.");
        const auto cs = chunks(d, "sentences:2");
        checkInvariants(d, cs);
        checkCoverage(d, cs);
        QCOMPARE(cs.size(), std::size_t(5));
        QCOMPARE(cs[0].text, std::string("One. Two!"));
        QCOMPARE(cs[1].text, std::string("Three? \"Four.\""));
        QCOMPARE(cs[2].text, std::string("Five\n\nno end here")); // a blank line ends a sentence
        QCOMPARE(cs[3].text, std::string("# Head\nSix. Seven (7.5 per cent)."));
        QCOMPARE(cs[3].heading, std::string("Head"));
        QCOMPARE(cs[3].line, 5);
        QCOMPARE(cs[4].text, std::string("Eight."));
        QCOMPARE(cs[4].heading, std::string("Head"));
    }

    void headingSections()
    {
        const Document d = doc("Intro line.\n\n# Alpha #\ntext a\n\n## Beta\ntext b\n```\n# not a heading\n```\n"
                               "#hashtag is not one either\n   ### Gamma\n\n####### seven is too many\n");
        const auto cs = chunks(d, "headings");
        checkInvariants(d, cs);
        checkCoverage(d, cs);
        QCOMPARE(cs.size(), std::size_t(4));
        QCOMPARE(cs[0].text, std::string("Intro line."));
        QCOMPARE(cs[0].heading, std::string());
        QCOMPARE(cs[1].text, std::string("# Alpha #\ntext a"));
        QCOMPARE(cs[1].heading, std::string("Alpha"));
        QCOMPARE(cs[1].line, 3);
        QCOMPARE(cs[2].heading, std::string("Beta"));
        QVERIFY(cs[2].text.find("# not a heading") != std::string::npos);
        QVERIFY(cs[2].text.find("#hashtag") != std::string::npos);
        QCOMPARE(cs[3].heading, std::string("Gamma"));
        QCOMPARE(cs[3].line, 12);
        QCOMPARE(cs[3].text, std::string("### Gamma\n\n####### seven is too many"));
        // The other kinds record the nearest heading too.
        for (const Chunk &c : chunks(d, "tokens:3:0"))
            if (c.text.find("text b") != std::string::npos)
                QCOMPARE(c.heading, std::string("Beta"));
    }

    void wholeFileTrimmed()
    {
        const Document d = doc("\n\n  Line one\nLine two  \n\n");
        const auto cs = chunks(d, "file");
        checkInvariants(d, cs);
        QCOMPARE(cs.size(), std::size_t(1));
        QCOMPARE(cs[0].text, std::string("Line one\nLine two"));
        QCOMPARE(cs[0].begin, std::int64_t(4));
        QCOMPARE(cs[0].line, 3);
        QVERIFY(chunks(doc("  \n\t "), "file").empty());
        QVERIFY(chunks(doc(""), "chars:10:2").empty());
        QVERIFY(chunks(doc("...!!! ---"), "tokens:10:2").empty()); // no words: nothing to index
    }

    void pages()
    {
        Document d = doc("page one text\n\f\npage two text\n\f\npage three");
        d.pageStarts = {0, 16, 32};
        const auto cs = chunks(d, "tokens:3:0");
        checkInvariants(d, cs);
        QCOMPARE(cs.size(), std::size_t(3));
        QCOMPARE(cs[0].page, 1);
        QCOMPARE(cs[1].page, 2);
        QCOMPARE(cs[2].page, 3);
        QCOMPARE(chunks(doc("no pages"), "file")[0].page, 0);
    }

    void capsAHugeSingleLine()
    {
        // 2 MB on one line: words separated by spaces, then a run with no space at all made of
        // multi-byte characters. Every kind stays under the cap, splits only between characters,
        // and misses nothing.
        std::string text;
        text.reserve(2200000);
        for (int i = 0; text.size() < 1000000; ++i)
            text += "word" + std::to_string(i % 1000) + (i % 50 == 49 ? ". " : " ");
        while (text.size() < 2000000)
            text += "\xC3\xA9\xE6\x97\xA5";
        const Document d = doc(text);
        for (const char *spec : {"file", "headings", "sentences:5", "chars:1000000:0", "tokens:100000:10", "chars:800:100"}) {
            const auto cs = chunks(d, spec);
            QVERIFY2(cs.size() >= std::size_t(2000000 / kMaxChunkBytes), spec);
            for (const Chunk &c : cs) {
                QVERIFY2(c.end - c.begin <= kMaxChunkBytes, spec);
                QVERIFY((static_cast<unsigned char>(d.text[std::size_t(c.begin)]) & 0xC0) != 0x80);
                QVERIFY(std::size_t(c.end) == d.text.size() || (static_cast<unsigned char>(d.text[std::size_t(c.end)]) & 0xC0) != 0x80);
                QCOMPARE(c.line, 1);
            }
            if (std::string(spec) != "chars:800:100" && std::string(spec) != "tokens:100000:10") {
                // Without overlap the pieces tile the text exactly (single spaces between them).
                std::int64_t covered = 0;
                for (const Chunk &c : cs)
                    covered += c.end - c.begin;
                QVERIFY2(covered >= std::int64_t(text.size()) - std::int64_t(cs.size()) - 1, spec);
            }
            // Word-separated parts end at a space rather than inside a word.
            QVERIFY2(cs[0].text.back() != ' ' && text[std::size_t(cs[0].end)] == ' ', spec);
        }
    }
};

QTEST_APPLESS_MAIN(TestChunking)
#include "tst_chunking.moc"
