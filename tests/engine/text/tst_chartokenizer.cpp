// Character-level tokenizer: ids from a corpus, unknown characters, JSON round trip and the
// malformed JSON it must refuse.
#include "engine/text/chartokenizer.h"

#include <QtTest>

using namespace genlab::engine::text;

class TestCharTokenizer : public QObject
{
    Q_OBJECT

    static void expectRejected(const std::string &json, const char *needle)
    {
        try {
            CharTokenizer::fromJson(json, "model.json");
        } catch (const TokenizerError &e) {
            const QString what = QString::fromUtf8(e.what());
            QVERIFY2(what.contains(QStringLiteral("model.json")) && what.contains(QString::fromUtf8(needle)),
                     qPrintable(what));
            return;
        }
        QFAIL(qPrintable(QStringLiteral("accepted: %1").arg(QString::fromStdString(json))));
    }

private Q_SLOTS:
    void buildsIdsFromTheCorpus()
    {
        const CharTokenizer t = CharTokenizer::fromText("hello wörld 日本\n");
        // 0 is unknown, then code points ascending: \n ' ' d e h l o r w ö 日 本
        QCOMPARE(t.vocabSize(), 13);
        QCOMPARE(QString::fromStdString(t.kind()), QStringLiteral("char"));
        QVERIFY(!t.endOfText());
        QCOMPARE(t.encode("\n"), std::vector<int>{1});
        QCOMPARE(t.encode("hello"), (std::vector<int>{5, 4, 6, 6, 7}));
        QCOMPARE(t.encode("ö日本"), (std::vector<int>{10, 11, 12}));
        QCOMPARE(t.decode(t.encode("hello wörld 日本\n")), std::string("hello wörld 日本\n"));
        QCOMPARE(t.tokenBytes(11), std::string("日"));
        QCOMPARE(QString::fromStdString(t.tokenDisplay(2)), QStringLiteral("·"));
        QCOMPARE(QString::fromStdString(t.tokenDisplay(1)), QStringLiteral("↵"));
        QCOMPARE(QString::fromStdString(t.tokenDisplay(0)), QStringLiteral("<unk>"));
    }

    void unknownCharactersMapToTheReservedId()
    {
        const CharTokenizer t = CharTokenizer::fromText("abc");
        QCOMPARE(t.encode("abz"), (std::vector<int>{1, 2, CharTokenizer::kUnknownId}));
        QCOMPARE(t.encode("\xFF" "a"), (std::vector<int>{CharTokenizer::kUnknownId, 1})); // stray byte
        QCOMPARE(t.decode({1, 0, 3}), std::string("a\xEF\xBF\xBD" "c"));
        QVERIFY_THROWS_EXCEPTION(TokenizerError, t.decode({4}));
        QVERIFY_THROWS_EXCEPTION(TokenizerError, t.decode({-1}));
        // Invalid bytes in the corpus are not characters.
        QCOMPARE(CharTokenizer::fromText("a\xC3(b").vocabSize(), 4);
    }

    void jsonRoundTrip()
    {
        static const char kText[] = "To be, or not to be: \"that\" is \\ the question.\n\t\0ü🦙";
        const std::string corpus(kText, sizeof kText - 1);
        QVERIFY(corpus.find('\0') != std::string::npos);
        const CharTokenizer t = CharTokenizer::fromText(corpus);
        const CharTokenizer back = CharTokenizer::fromJson(t.toJson());
        QCOMPARE(back.chars(), t.chars());
        QCOMPARE(back.encode(corpus), t.encode(corpus));
        QCOMPARE(back.decode(back.encode(corpus)), corpus);
    }

    void refusesMalformedJson()
    {
        expectRejected("not json", "not valid JSON");
        expectRejected("[]", "object");
        expectRejected(R"({"version": 1, "unknown_id": 0, "chars": []})", "format");
        expectRejected(R"({"format": "genlab-char-tokenizer", "unknown_id": 0, "chars": []})", "version");
        expectRejected(R"({"format": "genlab-char-tokenizer", "version": 2, "unknown_id": 0, "chars": []})",
                       "made by a newer version");
        expectRejected(R"({"format": "genlab-char-tokenizer", "version": 1, "unknown_id": 3, "chars": []})",
                       "unknown_id");
        expectRejected(R"({"format": "genlab-char-tokenizer", "version": 1, "unknown_id": 0})", "chars");
        expectRejected(R"({"format": "genlab-char-tokenizer", "version": 1, "unknown_id": 0, "chars": ["a", 5]})",
                       "chars[1] is not a string");
        expectRejected(R"({"format": "genlab-char-tokenizer", "version": 1, "unknown_id": 0, "chars": ["ab"]})",
                       "not one character");
        expectRejected(R"({"format": "genlab-char-tokenizer", "version": 1, "unknown_id": 0, "chars": [""]})",
                       "not one character");
        expectRejected(R"({"format": "genlab-char-tokenizer", "version": 1, "unknown_id": 0, "chars": ["a", "a"]})",
                       "appears twice");
    }
};

QTEST_APPLESS_MAIN(TestCharTokenizer)
#include "tst_chartokenizer.moc"
