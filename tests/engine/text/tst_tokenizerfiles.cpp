// Every tokenizer-file row of the reliability guide, each with a file crafted in a temp folder:
// the load must fail with a TokenizerError that names the file (and the line, for merges) and
// the problem, never crash, and legal variations must load.
#include "engine/text/bpetokenizer.h"
#include "engine/text/detail/bytelevel.h"

#include "shareddata.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>
#include <random>

using namespace genlab::engine::text;

namespace {

std::string jsonString(const std::string &s)
{
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + "\"";
}

// The 256 byte symbols in GPT-2 id order, then extra tokens.
std::vector<std::string> byteTokens()
{
    std::vector<std::string> tokens;
    for (unsigned char b : genlab::engine::text::detail::bytesInGpt2Order())
        tokens.push_back(genlab::engine::text::detail::byteSymbolUtf8(b));
    return tokens;
}

// {"tok": id, ...} from (token, id) pairs, written by hand so that broken files can be made.
std::string vocabJson(const std::vector<std::pair<std::string, long long>> &entries)
{
    std::string out = "{\n";
    for (std::size_t i = 0; i < entries.size(); ++i)
        out += "  " + jsonString(entries[i].first) + ": " + std::to_string(entries[i].second) +
               (i + 1 < entries.size() ? ",\n" : "\n");
    return out + "}\n";
}

std::vector<std::pair<std::string, long long>> validEntries()
{
    std::vector<std::pair<std::string, long long>> entries;
    long long id = 0;
    for (const std::string &t : byteTokens())
        entries.emplace_back(t, id++);
    for (const char *t : {"ab", "Ġa", "Ġab", "<|endoftext|>"})
        entries.emplace_back(t, id++);
    return entries;
}

const char *kValidMerges = "#version: 0.2\nĠ a\na b\nĠa b\n";

} // namespace

class TestTokenizerFiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_case = 0;

    std::string write(const std::string &name, const std::string &content)
    {
        const QString path = m_dir.filePath(QStringLiteral("%1-%2").arg(++m_case).arg(QString::fromStdString(name)));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(content.data(), qint64(content.size()));
        return path.toStdString();
    }

    // Loading must throw a TokenizerError whose message names `file` and contains every needle.
    void expectError(const std::function<void()> &load, const std::string &file,
                     std::initializer_list<const char *> needles)
    {
        try {
            load();
        } catch (const TokenizerError &e) {
            const QString what = QString::fromUtf8(e.what());
            QVERIFY2(what.contains(QString::fromStdString(file)), qPrintable("no file name in: " + what));
            for (const char *n : needles)
                QVERIFY2(what.contains(QString::fromUtf8(n)), qPrintable("no '" + QString::fromUtf8(n) + "' in: " + what));
            return;
        } catch (const std::exception &e) {
            QFAIL(qPrintable(QStringLiteral("wrong exception type: %1").arg(QString::fromUtf8(e.what()))));
        }
        QFAIL("loaded a broken file");
    }

    void expectVocabRejected(const std::string &vocab, std::initializer_list<const char *> needles)
    {
        const std::string v = write("vocab.json", vocab);
        const std::string m = write("merges.txt", kValidMerges);
        expectError([&] { BpeTokenizer::load(v, m); }, v, needles);
    }

    void expectMergesRejected(const std::string &merges, std::initializer_list<const char *> needles)
    {
        const std::string v = write("vocab.json", vocabJson(validEntries()));
        const std::string m = write("merges.txt", merges);
        expectError([&] { BpeTokenizer::load(v, m); }, m, needles);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void loadsAValidCraftedVocabulary()
    {
        auto t = BpeTokenizer::load(write("vocab.json", vocabJson(validEntries())), write("merges.txt", kValidMerges));
        QCOMPARE(t->vocabSize(), 260);
        QCOMPARE(t->mergeCount(), 3);
        QCOMPARE(t->endOfText().value_or(-1), 259);
        const std::vector<int> ids = t->encode(" ab ab");
        QCOMPARE(ids, (std::vector<int>{258, 258}));
        QCOMPARE(t->decode(ids), std::string(" ab ab"));
    }

    void versionHeaderBlankLinesAndCrlfAreLegal()
    {
        const std::string v = write("vocab.json", vocabJson(validEntries()));
        for (const char *merges : {"#version: 0.2\n\nĠ a\n\na b\nĠa b", "\nĠ a\r\na b\r\n\r\nĠa b\r\n",
                                   "Ġ a\na b\nĠa b\n\n\n"}) {
            auto t = BpeTokenizer::load(v, write("merges.txt", merges));
            QCOMPARE(t->mergeCount(), 3);
            QCOMPARE(t->encode(" ab"), std::vector<int>{258});
        }
        // No merges at all is a (byte-only) tokenizer.
        auto bytesOnly = BpeTokenizer::load(v, write("merges.txt", "#version: 0.2\n"));
        QCOMPARE(bytesOnly->encode(" ab").size(), std::size_t(3));
    }

    void vocabularyMustBeAnObjectOfStringToInt()
    {
        expectVocabRejected("[1, 2, 3]", {"expected a JSON object", "array"});
        expectVocabRejected("\"just a string\"", {"expected a JSON object", "string"});
        expectVocabRejected("42", {"expected a JSON object"});
        expectVocabRejected("{\"a\": \"x\"}", {"\"a\"", "a string, expected an integer"});
        expectVocabRejected("{\"a\": 1.5}", {"\"a\"", "non-integer"});
        expectVocabRejected("{\"a\": null}", {"\"a\"", "null"});
        expectVocabRejected("{\"a\": {\"b\": 1}}", {"\"a\"", "object"});
        expectVocabRejected("{\"a\": [1]}", {"\"a\"", "array"});
        expectVocabRejected("{\"a\": true}", {"\"a\"", "boolean"});
        expectVocabRejected("", {"empty"});
        expectVocabRejected("{}", {"empty"});
    }

    void vocabularyThatIsNotJsonNamesTheLine()
    {
        std::string broken = vocabJson(validEntries());
        broken.resize(broken.size() / 2); // truncated mid-file
        expectVocabRejected(broken, {"not valid JSON", "line "});
        expectVocabRejected("{\n\"a\": 0,\n\"b\" 1\n}", {"not valid JSON", "line 3"});
        expectVocabRejected("{\"\xFF\": 0}", {"not valid JSON"});
    }

    void duplicateKeysAreCaughtWhileParsing()
    {
        auto entries = validEntries();
        entries.emplace_back("ab", 260);
        expectVocabRejected(vocabJson(entries), {"\"ab\"", "appears twice"});
    }

    void duplicateNegativeAndOutOfRangeIds()
    {
        auto dup = validEntries();
        dup.back().second = 3;
        expectVocabRejected(vocabJson(dup), {"id 3 is used twice", "<|endoftext|>"});

        auto negative = validEntries();
        negative.back().second = -1;
        expectVocabRejected(vocabJson(negative), {"negative id -1"});

        auto tooLarge = validEntries();
        tooLarge.back().second = 260;
        expectVocabRejected(vocabJson(tooLarge), {"id 260", "out of range", "0..259"});

        auto huge = validEntries();
        huge.back().second = 99999999999LL;
        expectVocabRejected(vocabJson(huge), {"out of range"});

        auto gap = validEntries(); // ids 0..258 and 300: a gap
        gap.back().second = 300;
        expectVocabRejected(vocabJson(gap), {"id 300", "without gaps"});
    }

    void byteAlphabetMustBeComplete()
    {
        auto entries = validEntries();
        // Drop the newline byte's symbol 'Ċ' and renumber.
        std::vector<std::pair<std::string, long long>> missing;
        for (const auto &[t, id] : entries)
            if (t != "Ċ")
                missing.emplace_back(t, (long long)missing.size());
        expectVocabRejected(vocabJson(missing), {"byte-level alphabet is incomplete", "0x0A", "Ċ"});
    }

    void mergeLinesNeedExactlyOneSpace()
    {
        expectMergesRejected("#version: 0.2\na b\nab\n", {"line 3", "exactly one space", "\"ab\""});
        expectMergesRejected("a b\nĠ a b\n", {"line 2", "exactly one space"});
        expectMergesRejected("a  b\n", {"line 1", "exactly one space"});
        expectMergesRejected("a b\n a\n", {"line 2", "non-empty"});
        expectMergesRejected("a b\na \n", {"line 2", "non-empty"});
        expectMergesRejected("a b\n#version: 0.2\n", {"line 2"}); // a header only on the first line
        expectMergesRejected("a b\n\xFF \xFE\n", {"line 2", "UTF-8"});
    }

    void mergeTokensMustBeInTheVocabulary()
    {
        expectMergesRejected("#version: 0.2\na b\nzz a\n", {"line 3", "\"zz\"", "not in the vocabulary"});
        expectMergesRejected("a b\na zz\n", {"line 2", "\"zz\""});
        expectMergesRejected("a b\na c\n", {"line 2", "merged token", "\"ac\""});
    }

    void missingFilesAndFolders()
    {
        const std::string v = write("vocab.json", vocabJson(validEntries()));
        const std::string m = write("merges.txt", kValidMerges);
        const std::string nowhere = m_dir.filePath("does-not-exist.json").toStdString();
        expectError([&] { BpeTokenizer::load(nowhere, m); }, nowhere, {"file not found"});
        expectError([&] { BpeTokenizer::load(v, nowhere); }, nowhere, {"file not found"});
        expectError([&] { BpeTokenizer::load(m_dir.path().toStdString(), m); }, m_dir.path().toStdString(),
                    {"folder"});
        const std::string noFolder = m_dir.filePath("no-such-folder").toStdString();
        expectError([&] { BpeTokenizer::loadFromFolder(noFolder); }, noFolder, {"folder not found"});

        QTemporaryDir empty;
        expectError([&] { BpeTokenizer::loadFromFolder(empty.path().toStdString()); }, empty.path().toStdString(),
                    {"neither"});
        QTemporaryDir half;
        QFile::copy(QString::fromStdString(v), half.filePath("vocab.json"));
        expectError([&] { BpeTokenizer::loadFromFolder(half.path().toStdString()); }, half.path().toStdString(),
                    {"no merges.txt"});
    }

    void folderLayoutsLoad()
    {
        for (auto [vocabName, mergesName] : {std::pair{"encoder.json", "vocab.bpe"}, std::pair{"vocab.json", "merges.txt"}}) {
            QTemporaryDir dir;
            QFile::copy(QString::fromStdString(write("v", vocabJson(validEntries()))), dir.filePath(vocabName));
            QFile::copy(QString::fromStdString(write("m", kValidMerges)), dir.filePath(mergesName));
            auto t = BpeTokenizer::loadFromFolder(dir.path().toStdString());
            QCOMPARE(t->vocabSize(), 260);
        }
    }

    void bertVocabularyGetsAClearMessage()
    {
        const std::string crafted = write("vocab.txt", "[PAD]\n[unused0]\n[UNK]\n[CLS]\n[SEP]\n[MASK]\nthe\n##s\n");
        const std::string m = write("merges.txt", kValidMerges);
        expectError([&] { BpeTokenizer::load(crafted, m); }, crafted, {"BERT WordPiece", "encoder.json"});

        QTemporaryDir bertFolder;
        QFile::copy(QString::fromStdString(crafted), bertFolder.filePath("vocab.txt"));
        expectError([&] { BpeTokenizer::loadFromFolder(bertFolder.path().toStdString()); },
                    bertFolder.path().toStdString(), {"BERT WordPiece"});

        if (genlab::testing::sharedDataExists("bert-base-uncased/vocab.txt")) {
            const std::string real = genlab::testing::sharedDataPath("bert-base-uncased/vocab.txt").toStdString();
            expectError([&] { BpeTokenizer::load(real, m); }, real, {"BERT WordPiece"});
        }
    }

    void oversizedFilesAreRefusedBeforeReading()
    {
        const QString path = m_dir.filePath("huge-vocab.json");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(qint64(BpeTokenizer::kMaxVocabFileBytes) + 1)); // sparse: no disk used
        f.close();
        const std::string m = write("merges.txt", kValidMerges);
        expectError([&] { BpeTokenizer::load(path.toStdString(), m); }, path.toStdString(), {"more than the"});
    }

    void garbageNeverCrashes()
    {
        // Random mutations of a valid pair of files: each either loads or throws TokenizerError.
        const std::string vocab = vocabJson(validEntries());
        const std::string merges = kValidMerges;
        std::mt19937 rng(2024);
        int rejected = 0;
        for (int i = 0; i < 300; ++i) {
            std::string v = vocab, m = merges;
            std::string &target = (i % 2) ? v : m;
            for (int k = 0, n = 1 + int(rng() % 4); k < n; ++k)
                target[rng() % target.size()] = char(rng() % 256);
            try {
                auto t = BpeTokenizer::load(write("v.json", v), write("m.txt", m));
                QCOMPARE(t->decode(t->encode(" ab abc")), std::string(" ab abc"));
            } catch (const TokenizerError &) {
                ++rejected;
            }
        }
        QVERIFY(rejected > 0);
    }
};

QTEST_APPLESS_MAIN(TestTokenizerFiles)
#include "tst_tokenizerfiles.moc"
