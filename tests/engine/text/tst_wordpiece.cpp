// BERT's WordPiece against Hugging Face's ids (llama.cpp's bert-bge vectors over
// bert-base-uncased's vocab.txt), plus cased mode, offsets, literal special tokens, malformed
// vocabularies and a vocabulary learned from Tiny Shakespeare.
#include "engine/text/wordpiecetokenizer.h"

#include "shareddata.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cctype>

using namespace genlab::engine::text;
using namespace std::string_literals;

namespace {

std::string readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QByteArray b = f.readAll();
    return std::string(b.constData(), std::size_t(b.size()));
}

void writeFile(const QString &path, const std::string &content)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(content.data(), qint64(content.size()));
}

QString ids(const std::vector<int> &v)
{
    QStringList parts;
    for (int id : v)
        parts << QString::number(id);
    return parts.join(QLatin1Char(' '));
}

const WordPieceTokenizer &bert()
{
    static const WordPieceTokenizer t =
        WordPieceTokenizer::fromVocabFile(genlab::testing::sharedDataPath("bert-base-uncased/vocab.txt").toStdString());
    return t;
}

// The error a call throws, or "" when it throws nothing.
template<typename F>
QString errorOf(F &&f)
{
    try {
        f();
    } catch (const TokenizerError &e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

const std::vector<std::string> kSpecials{"[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"};

std::vector<std::string> withSpecials(std::vector<std::string> tokens)
{
    tokens.insert(tokens.begin(), kSpecials.begin(), kSpecials.end());
    return tokens;
}

// What BERT's basic tokenizer makes of plain ASCII text: lower-cased words with every punctuation
// character a word of its own, joined by single spaces (what decode() gives back).
std::string basicWordsAscii(std::string_view line)
{
    std::string out;
    bool inWord = false;
    for (char c : line) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isspace(u)) {
            inWord = false;
        } else if (std::ispunct(u)) {
            if (!out.empty())
                out += ' ';
            out += c;
            inWord = false;
        } else {
            if (!inWord && !out.empty())
                out += ' ';
            out += char(std::tolower(u));
            inWord = true;
        }
    }
    return out;
}

} // namespace

class TestWordPiece : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesHuggingFaceIds()
    {
        GENLAB_REQUIRE_SHARED("bert-base-uncased/vocab.txt");
        GENLAB_REQUIRE_SHARED("llama.cpp/ggml-vocab-bert-bge.gguf.inp");
        const std::string inp = readAll(genlab::testing::sharedDataPath("llama.cpp/ggml-vocab-bert-bge.gguf.inp"));
        const std::string out = readAll(genlab::testing::sharedDataPath("llama.cpp/ggml-vocab-bert-bge.gguf.out"));
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
            const std::vector<int> got = bert().encode(texts[i]);
            QVERIFY2(got == expected, qPrintable(QStringLiteral("string %1 %2: got %3\n expected %4")
                                                     .arg(i)
                                                     .arg(QString::fromStdString(texts[i]).left(40), ids(got),
                                                          ids(expected))));
            // The offsets path gives the same ids.
            std::vector<int> viaOffsets;
            for (const auto &p : bert().encodeWithOffsets(texts[i]))
                viaOffsets.push_back(p.id);
            QVERIFY(viaOffsets == expected);
        }
    }

    void knowsTheSpecialTokens()
    {
        GENLAB_REQUIRE_SHARED("bert-base-uncased/vocab.txt");
        const WordPieceTokenizer &t = bert();
        QCOMPARE(t.vocabSize(), 30522);
        QCOMPARE(QString::fromStdString(t.kind()), QStringLiteral("wordpiece"));
        QCOMPARE(t.padId(), 0);
        QCOMPARE(t.unkId(), 100);
        QCOMPARE(t.clsId(), 101);
        QCOMPARE(t.sepId(), 102);
        QCOMPARE(t.maskId(), 103);
        QCOMPARE(t.idOf("the").value(), 1996);
        QVERIFY(!t.idOf("no-such-token").has_value());
        QCOMPARE(QString::fromStdString(t.token(1996)), QStringLiteral("the"));
        QVERIFY(t.lowerCase());
        QVERIFY(t.stripAccents());
    }

    void keepsLiteralSpecialTokensWhole()
    {
        GENLAB_REQUIRE_SHARED("bert-base-uncased/vocab.txt");
        const WordPieceTokenizer &t = bert();
        QCOMPARE(t.encode("the [MASK] sat on the mat."), (std::vector<int>{1996, 103, 2938, 2006, 1996, 13523, 1012}));
        // Anywhere, even inside a word; case-sensitive, so "[mask]" is three ordinary words.
        QCOMPARE(t.encode("foo[MASK]bar [mask] [CLS][SEP][PAD][UNK]"),
                 (std::vector<int>{29379, 103, 3347, 1031, 7308, 1033, 101, 102, 0, 100}));

        // <extra_id_N> tokens the vocabulary holds are special too (T5's sentinels).
        const WordPieceTokenizer own = WordPieceTokenizer::fromVocab(
            withSpecials({"<extra_id_0>", "<extra_id_12>", "<", ">", "a", "##b", "extra", "_", "id"}), {}, "test");
        QCOMPARE(own.encode("a<extra_id_0>ab <extra_id_12>"), (std::vector<int>{9, 5, 9, 10, 6}));
        QCOMPARE(own.encode("<extra_id_1>"), (std::vector<int>{7, 11, 12, 13, 12, 1, 8}));
    }

    void reportsOffsetsAndWords()
    {
        GENLAB_REQUIRE_SHARED("bert-base-uncased/vocab.txt");
        const WordPieceTokenizer &t = bert();
        const std::string text = "Hello, [MASK] \xC3\x84pfel unaffable! this is \xF0\x9F\xA6\x99.cpp";
        const auto pieces = t.encodeWithOffsets(text);
        struct Want
        {
            const char *token;
            const char *original;
            int word;
            bool continuation;
        };
        const std::vector<Want> want{
            {"hello", "Hello", 0, false}, {",", ",", 1, false},        {"[MASK]", "[MASK]", 2, false},
            {"ap", "\xC3\x84p", 3, false}, {"##fe", "fe", 3, true},    {"##l", "l", 3, true},
            {"una", "una", 4, false},      {"##ffa", "ffa", 4, true},  {"##ble", "ble", 4, true},
            {"!", "!", 5, false},          {"this", "this", 6, false}, {"is", "is", 7, false},
            // An unknown word is one [UNK] over the whole word.
            {"[UNK]", "\xF0\x9F\xA6\x99", 8, false}, {".", ".", 9, false}, {"cp", "cp", 10, false},
            {"##p", "p", 10, true},
        };
        QCOMPARE(pieces.size(), want.size());
        for (std::size_t i = 0; i < want.size(); ++i) {
            QCOMPARE(QString::fromStdString(t.token(pieces[i].id)), QString::fromUtf8(want[i].token));
            QCOMPARE(QString::fromStdString(text.substr(pieces[i].begin, pieces[i].end - pieces[i].begin)),
                     QString::fromUtf8(want[i].original));
            QCOMPARE(pieces[i].word, want[i].word);
            QCOMPARE(pieces[i].continuation, want[i].continuation);
        }
    }

    void cleansControlsSpacesAndCjk()
    {
        GENLAB_REQUIRE_SHARED("bert-base-uncased/vocab.txt");
        const WordPieceTokenizer &t = bert();
        // NUL, U+FFFD, a stray byte and a zero-width space (Cf) vanish; no-break space splits.
        const std::string messy = "a\0b\tc\xFF" "d\xC2\xA0" "e\xE2\x80\x8B" "f\xEF\xBF\xBDve"s;
        QCOMPARE(t.encode(messy), t.encode("ab cd efve"));
        // Each CJK ideograph is a word of its own (spaced like punctuation).
        const auto cjk = t.encodeWithOffsets("\xE6\x88\x91\xE6\x83\xB3");
        QCOMPARE(cjk.size(), std::size_t(2));
        QCOMPARE(cjk[0].word, 0);
        QCOMPARE(cjk[1].word, 1);
        QVERIFY(t.encode("").empty());
        QVERIFY(t.encode(" \n\t ").empty());
    }

    void casedAndUncasedModes()
    {
        const std::vector<std::string> tokens =
            withSpecials({"Hello", "hello", "\xC3\x84pfel", "apfel", "\xC3\xA4pfel", "H", "##ello", "##s", "!"});
        WordPieceOptions cased;
        cased.lowerCase = false;
        const WordPieceTokenizer c = WordPieceTokenizer::fromVocab(tokens, cased, "cased test");
        QVERIFY(!c.lowerCase());
        QVERIFY(!c.stripAccents());
        QCOMPARE(c.encode("Hello hello \xC3\x84pfel Hellos!"), (std::vector<int>{5, 6, 7, 5, 12, 13}));
        // "HELLO": no "HELLO", no "##ELLO": the whole word is unknown.
        QCOMPARE(c.encode("HELLO"), (std::vector<int>{1}));

        const WordPieceTokenizer u = WordPieceTokenizer::fromVocab(tokens, {}, "uncased test");
        QCOMPARE(u.encode("Hello hello \xC3\x84pfel HELLOs!"), (std::vector<int>{6, 6, 8, 6, 12, 13}));

        // Lower-cased but accents kept (strip_accents=False in Hugging Face).
        WordPieceOptions keepAccents;
        keepAccents.stripAccents = false;
        const WordPieceTokenizer k = WordPieceTokenizer::fromVocab(tokens, keepAccents, "accents test");
        QCOMPARE(k.encode("\xC3\x84pfel"), (std::vector<int>{9}));
    }

    void longWordsBecomeUnknown()
    {
        GENLAB_REQUIRE_SHARED("bert-base-uncased/vocab.txt");
        QCOMPARE(bert().encode(std::string(100, 'a')).size() > 1, true);
        QCOMPARE(bert().encode(std::string(101, 'a')), (std::vector<int>{100}));
        WordPieceOptions shortWords;
        shortWords.maxCharsPerWord = 3;
        const WordPieceTokenizer t =
            WordPieceTokenizer::fromVocab(withSpecials({"abc", "ab", "##cd"}), shortWords, "short words");
        QCOMPARE(t.encode("abc abcd"), (std::vector<int>{5, 1}));
        const auto pieces = t.encodeWithOffsets("x abcd");
        QCOMPARE(pieces.size(), std::size_t(2));
        QCOMPARE(pieces[1].begin, std::size_t(2));
        QCOMPARE(pieces[1].end, std::size_t(6));
    }

    void decodesJoiningContinuations()
    {
        GENLAB_REQUIRE_SHARED("bert-base-uncased/vocab.txt");
        const WordPieceTokenizer &t = bert();
        QCOMPARE(QString::fromStdString(t.decode(t.encode("Hello, [MASK] \xC3\x84pfel unaffable!"))),
                 QStringLiteral("hello , [MASK] apfel unaffable !"));
        QCOMPARE(QString::fromStdString(t.tokenBytes(t.idOf("##ble").value())), QStringLiteral("ble"));
        QCOMPARE(QString::fromStdString(t.tokenDisplay(t.idOf("##ble").value())), QStringLiteral("##ble"));
        QVERIFY_THROWS_EXCEPTION(TokenizerError, t.decode({-1}));
        QVERIFY_THROWS_EXCEPTION(TokenizerError, t.decode({30522}));
        QVERIFY_THROWS_EXCEPTION(TokenizerError, t.token(30522));
    }

    void rejectsMalformedVocabularies()
    {
        QTemporaryDir dir;
        const std::string head = "[PAD]\n[UNK]\n[CLS]\n[SEP]\n[MASK]\n";
        auto check = [&](const char *name, const std::string &content, const QString &needle) {
            const QString path = dir.filePath(QString::fromLatin1(name));
            writeFile(path, content);
            const QString err = errorOf([&] { WordPieceTokenizer::fromVocabFile(path.toStdString()); });
            QVERIFY2(err.contains(path) && err.contains(needle),
                     qPrintable(QStringLiteral("%1: %2").arg(QString::fromLatin1(name), err)));
        };
        check("utf8.txt", head + "ok\nbad\xC3(\n", QStringLiteral("line 7: token \"bad"));
        check("utf8.txt", head + "ok\nbad\xC3(\n", QStringLiteral("not valid UTF-8"));
        check("dup.txt", head + "the\nof\nthe\n", QStringLiteral("line 8: token \"the\" appears twice (first on line 6)"));
        check("nomask.txt", "[PAD]\n[UNK]\n[CLS]\n[SEP]\nthe\n", QStringLiteral("has no [MASK] token"));
        check("nounk.txt", "[PAD]\n[CLS]\n[SEP]\n[MASK]\n", QStringLiteral("has no [UNK] token"));
        check("empty.txt", "", QStringLiteral("is empty"));
        check("blank.txt", head + "a\n\nb\n", QStringLiteral("line 7: empty token"));
        check("long.txt", head + std::string(5000, 'x') + "\n", QStringLiteral("line 6: token of 5000 bytes"));

        // Larger than a vocabulary may be: refused from its size, without reading it.
        const QString huge = dir.filePath(QStringLiteral("huge.txt"));
        {
            QFile f(huge);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(qint64(WordPieceTokenizer::kMaxVocabFileBytes) + 1));
        }
        const QString hugeErr = errorOf([&] { WordPieceTokenizer::fromVocabFile(huge.toStdString()); });
        QVERIFY2(hugeErr.contains(huge) && hugeErr.contains(QStringLiteral("bytes")), qPrintable(hugeErr));

        const QString missing = dir.filePath(QStringLiteral("missing.txt"));
        QVERIFY(errorOf([&] { WordPieceTokenizer::fromVocabFile(missing.toStdString()); }).contains(missing));

        // In memory: the source and the line (id + 1) are named the same way.
        const QString mem = errorOf([] { WordPieceTokenizer::fromVocab(withSpecials({"x", "x"}), {}, "my vocab"); });
        QVERIFY2(mem.startsWith(QStringLiteral("my vocab, line 7:")), qPrintable(mem));
        WordPieceOptions bad;
        bad.maxCharsPerWord = 0;
        QVERIFY(!errorOf([&] { WordPieceTokenizer::fromVocab(withSpecials({}), bad, "opts"); }).isEmpty());

        // CRLF files load.
        QTemporaryDir crlf;
        writeFile(crlf.filePath(QStringLiteral("vocab.txt")), "[PAD]\r\n[UNK]\r\n[CLS]\r\n[SEP]\r\n[MASK]\r\nhi\r\n");
        QCOMPARE(WordPieceTokenizer::fromVocabFile(crlf.filePath(QStringLiteral("vocab.txt")).toStdString()).encode("hi"),
                 (std::vector<int>{5}));
    }

    void loadsFoldersAndSaves()
    {
        const WordPieceTokenizer t = WordPieceTokenizer::fromVocab(withSpecials({"Hi", "hi"}), {}, "mem");
        QTemporaryDir root;
        auto folder = [&](const QString &name) {
            QDir(root.path()).mkpath(name);
            const QString dir = root.filePath(name);
            t.saveVocab(QDir(dir).filePath(QStringLiteral("vocab.txt")).toStdString());
            return dir;
        };
        QCOMPARE(WordPieceTokenizer::loadFromFolder(folder(QStringLiteral("plain")).toStdString())->encode("Hi"),
                 (std::vector<int>{6}));
        QVERIFY(!WordPieceTokenizer::loadFromFolder(folder(QStringLiteral("bert-base-cased")).toStdString())->lowerCase());
        QVERIFY(WordPieceTokenizer::loadFromFolder(folder(QStringLiteral("bert-base-uncased")).toStdString())->lowerCase());

        const QString withConfig = folder(QStringLiteral("cfg"));
        writeFile(QDir(withConfig).filePath(QStringLiteral("tokenizer_config.json")), "{\"do_lower_case\": false}");
        const auto cased = WordPieceTokenizer::loadFromFolder(withConfig.toStdString());
        QVERIFY(!cased->lowerCase());
        QCOMPARE(cased->encode("Hi"), (std::vector<int>{5}));

        const QString modelConfig = folder(QStringLiteral("model"));
        writeFile(QDir(modelConfig).filePath(QStringLiteral("config.json")),
                  "{\"model_type\": \"bert\", \"_name_or_path\": \"bert-base-cased\"}");
        QVERIFY(!WordPieceTokenizer::loadFromFolder(modelConfig.toStdString())->lowerCase());

        const QString broken = folder(QStringLiteral("broken"));
        const QString brokenJson = QDir(broken).filePath(QStringLiteral("tokenizer_config.json"));
        writeFile(brokenJson, "{\"do_lower_case\": ");
        QVERIFY(errorOf([&] { WordPieceTokenizer::loadFromFolder(broken.toStdString()); }).contains(brokenJson));
        const QString noVocab = root.filePath(QStringLiteral("none"));
        QDir(root.path()).mkpath(QStringLiteral("none"));
        QVERIFY(errorOf([&] { WordPieceTokenizer::loadFromFolder(noVocab.toStdString()); }).contains(QStringLiteral("vocab.txt")));
    }

    void learnsAVocabularyFromShakespeare()
    {
        GENLAB_REQUIRE_SHARED("tinyshakespeare/input.txt");
        const std::string corpus = readAll(genlab::testing::sharedDataPath("tinyshakespeare/input.txt"));
        const std::vector<std::string> extra{"<extra_id_0>", "<extra_id_1>"};
        const std::vector<std::string> vocab = WordPieceTokenizer::learnVocabulary(corpus, 4000, {}, extra);
        QCOMPARE(int(vocab.size()), 4000);
        const std::vector<std::string> head(vocab.begin(), vocab.begin() + 7);
        QCOMPARE(head, (std::vector<std::string>{"[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "<extra_id_0>",
                                                 "<extra_id_1>"}));
        QVERIFY(std::find(vocab.begin(), vocab.end(), "the") != vocab.end());
        QVERIFY(std::find(vocab.begin(), vocab.end(), "##z") != vocab.end());
        // Deterministic.
        QVERIFY(WordPieceTokenizer::learnVocabulary(corpus.substr(0, 200000), 1500) ==
                WordPieceTokenizer::learnVocabulary(corpus.substr(0, 200000), 1500));

        const WordPieceTokenizer t = WordPieceTokenizer::fromVocab(vocab, {}, "learned");
        QCOMPARE(t.encode("<extra_id_1>"), (std::vector<int>{6}));
        std::size_t pieces = 0, words = 0;
        std::size_t pos = 0;
        while (pos < corpus.size()) {
            std::size_t end = corpus.find('\n', pos);
            if (end == std::string::npos)
                end = corpus.size();
            const std::string_view line(corpus.data() + pos, end - pos);
            pos = end + 1;
            const std::vector<int> got = t.encode(line);
            QVERIFY2(std::find(got.begin(), got.end(), t.unkId()) == got.end(), qPrintable(QString::fromUtf8(line)));
            const std::string expected = basicWordsAscii(line);
            QVERIFY2(t.decode(got) == expected, qPrintable(QString::fromUtf8(line)));
            pieces += got.size();
            words += expected.empty() ? 0 : std::size_t(std::count(expected.begin(), expected.end(), ' ') + 1);
        }
        // A useful vocabulary: most words are a single piece.
        QVERIFY2(double(pieces) < 1.15 * double(words), qPrintable(QStringLiteral("%1 pieces for %2 words").arg(pieces).arg(words)));
        QVERIFY(WordPieceTokenizer::learnVocabulary("", 100).size() == 5);
    }
};

QTEST_APPLESS_MAIN(TestWordPiece)
#include "tst_wordpiece.moc"
