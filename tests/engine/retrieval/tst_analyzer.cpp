// The lexical analyzer: ASCII fast path, full Unicode case folding (German ß, Greek sigma, accents),
// CJK and non-ASCII digits, byte offsets that point back at the words, invalid UTF-8, and the
// optional stemmer and stop words.
#include "engine/retrieval/analyzer.h"
#include "engine/retrieval/stemmer.h"

#include <QtTest>

#include <string>
#include <vector>

using namespace genlab::engine::retrieval;

namespace {

std::vector<std::string> terms(std::string_view text, const AnalyzerOptions &options = {})
{
    std::vector<std::string> out;
    for (const Token &t : analyze(text, options)) out.push_back(t.term);
    return out;
}

QString joined(const std::vector<std::string> &list)
{
    QStringList out;
    for (const std::string &s : list) out << QString::fromStdString(s);
    return out.join(QLatin1Char('|'));
}

} // namespace

class TestAnalyzer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void asciiLowerCasesAndSplits()
    {
        QCOMPARE(joined(terms("Hello, World! GPT-2 isn't 42x_y")), QStringLiteral("hello|world|gpt|2|isn|t|42x|y"));
        QVERIFY(terms("").empty());
        QVERIFY(terms("  ,.;!? \n\t").empty());
    }

    void offsetsPointAtTheWords()
    {
        const std::string text = "  Straße, ΣΟΦΊΑ and café!";
        const std::vector<Token> tokens = analyze(text);
        QCOMPARE(tokens.size(), std::size_t(4));
        QCOMPARE(text.substr(tokens[0].begin, tokens[0].end - tokens[0].begin), std::string("Straße"));
        QCOMPARE(text.substr(tokens[1].begin, tokens[1].end - tokens[1].begin), std::string("ΣΟΦΊΑ"));
        QCOMPARE(text.substr(tokens[2].begin, tokens[2].end - tokens[2].begin), std::string("and"));
        QCOMPARE(text.substr(tokens[3].begin, tokens[3].end - tokens[3].begin), std::string("café"));
        QCOMPARE(tokens[0].begin, std::int64_t(2));
        QCOMPARE(tokens[3].end, std::int64_t(text.size() - 1));
    }

    void foldsCaseFully()
    {
        QCOMPARE(joined(terms("Straße STRASSE")), QStringLiteral("strasse|strasse"));
        // Capital sigma and final sigma both fold to σ; accents are kept (folding is not stripping).
        QCOMPARE(joined(terms("ΣΟΦΊΑ σοφίας")), QStringLiteral("σοφία|σοφίασ"));
        QCOMPARE(joined(terms("Café ÉCOLE naïve")), QStringLiteral("café|école|naïve"));
        // A decomposed accent (e + U+0301) stays inside its word.
        QCOMPARE(joined(terms("Cafe\xCC\x81 bar")), QString::fromUtf8("cafe\xCC\x81|bar"));
    }

    void cjkAndDigits()
    {
        // Ideographs are letters: a run of them is one term; full-width and Arabic-Indic digits are digits.
        QCOMPARE(joined(terms("東京タワー 2024年")), QStringLiteral("東京タワー|2024年"));
        QCOMPARE(joined(terms("１２３ ٤٥ abc")), QStringLiteral("１２３|٤٥|abc"));
        QCOMPARE(joined(terms("中文，日本語。")), QStringLiteral("中文|日本語"));
    }

    void invalidUtf8SeparatesWords()
    {
        const std::string text = std::string("abc\xff" "def \xc3") + "x";
        const std::vector<Token> tokens = analyze(text);
        QCOMPARE(joined(terms(text)), QStringLiteral("abc|def|x"));
        QCOMPARE(tokens[1].begin, std::int64_t(4));
        QCOMPARE(tokens[2].begin, std::int64_t(9));
    }

    void optionsStemAndStopWords()
    {
        AnalyzerOptions stop;
        stop.stopWords = true;
        QCOMPARE(joined(terms("The cat and THE hat", stop)), QStringLiteral("cat|hat"));
        AnalyzerOptions stem;
        stem.stem = true;
        QCOMPARE(joined(terms("Connections relational running ponies caresses", stem)),
                 QStringLiteral("connect|relat|run|poni|caress"));
        QCOMPARE(analyzerName({}), std::string_view("unicode-fold"));
        QCOMPARE(analyzerName(AnalyzerOptions{true, true}), std::string_view("unicode-fold+stem+stop"));
        QVERIFY(analyzerOptionsFromName("unicode-fold+stem") == (AnalyzerOptions{true, false}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, analyzerOptionsFromName("snowball"));
    }

    void porterStemmerExamples()
    {
        // Examples from Porter's paper, step by step.
        const std::vector<std::pair<std::string, std::string>> cases{
            {"caresses", "caress"}, {"ponies", "poni"}, {"ties", "ti"}, {"caress", "caress"}, {"cats", "cat"},
            {"feed", "feed"}, {"agreed", "agre"}, {"plastered", "plaster"}, {"bled", "bled"}, {"motoring", "motor"},
            {"sing", "sing"}, {"conflated", "conflat"}, {"troubled", "troubl"}, {"sized", "size"}, {"hopping", "hop"},
            {"falling", "fall"}, {"filing", "file"}, {"happy", "happi"}, {"sky", "sky"},
            {"relational", "relat"}, {"conditional", "condit"}, {"rational", "ration"}, {"digitizer", "digit"},
            {"generalization", "gener"}, {"hopefulness", "hope"}, {"electrical", "electr"}, {"adjustable", "adjust"},
            {"irritant", "irrit"}, {"adoption", "adopt"}, {"probate", "probat"}, {"rate", "rate"},
            {"controlling", "control"}, {"roll", "roll"}, {"generative", "gener"}, {"retrieval", "retriev"},
            {"ab", "ab"}, {"naïve", "naïve"}, {"x2", "x2"}};
        for (const auto &[word, stem] : cases)
            QVERIFY2(porterStem(word) == stem, qPrintable(QStringLiteral("%1 -> %2, expected %3")
                                                              .arg(QString::fromStdString(word), QString::fromStdString(porterStem(word)),
                                                                   QString::fromStdString(stem))));
    }

    void analyzeTermsMatchesAnalyze()
    {
        const std::string text = "Ein Beispiel: Größe 3 × GRÖSSE, déjà-vu.";
        std::vector<std::string> fromTokens = terms(text);
        QCOMPARE(analyzeTerms(text), fromTokens);
        QCOMPARE(joined(fromTokens), QStringLiteral("ein|beispiel|grösse|3|grösse|déjà|vu"));
    }
};

QTEST_APPLESS_MAIN(TestAnalyzer)
#include "tst_analyzer.moc"
