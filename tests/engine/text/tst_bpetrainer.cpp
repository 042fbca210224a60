// BPE training: the merges are the most frequent pairs (checked against a trainer that recounts
// everything from scratch), the result round-trips and reloads, and cancel/progress work.
#include "engine/text/bpetrainer.h"
#include "engine/text/detail/bytelevel.h"
#include "engine/text/detail/pretokenizer.h"

#include "shareddata.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <map>
#include <random>

using namespace genlab::engine;
using namespace genlab::engine::text;

namespace {

struct Merge
{
    std::string left, right; // spellings
    std::int64_t count = 0;
    bool operator==(const Merge &o) const { return left == o.left && right == o.right && count == o.count; }
};

// The obvious quadratic trainer: recount every pair after every merge.
std::vector<Merge> trainFromScratch(std::string_view corpus, int merges, std::int64_t minCount)
{
    std::map<std::string, std::int64_t> wordCounts;
    genlab::engine::text::detail::preTokenize(corpus, [&](std::string_view p) { ++wordCounts[std::string(p)]; });
    std::vector<std::pair<std::vector<std::string>, std::int64_t>> words;
    for (const auto &[w, c] : wordCounts) {
        std::vector<std::string> symbols;
        for (char ch : w)
            symbols.emplace_back(1, ch);
        words.emplace_back(symbols, c);
    }
    std::vector<Merge> out;
    for (int m = 0; m < merges; ++m) {
        std::map<std::pair<std::string, std::string>, std::int64_t> pairs;
        for (const auto &[s, c] : words)
            for (std::size_t k = 0; k + 1 < s.size(); ++k)
                pairs[{s[k], s[k + 1]}] += c;
        const std::pair<std::string, std::string> *best = nullptr;
        std::int64_t bestCount = 0;
        for (const auto &[p, c] : pairs)
            if (c > bestCount) { // the map's order makes the first of equals the bytewise smallest
                best = &p;
                bestCount = c;
            }
        if (!best || bestCount < minCount)
            break;
        const auto [l, r] = *best;
        out.push_back({genlab::engine::text::detail::bytesToSymbols(l),
                       genlab::engine::text::detail::bytesToSymbols(r), bestCount});
        for (auto &[s, c] : words) {
            std::vector<std::string> next;
            for (std::size_t k = 0; k < s.size(); ++k) {
                if (k + 1 < s.size() && s[k] == l && s[k + 1] == r) {
                    next.push_back(l + r);
                    ++k;
                } else {
                    next.push_back(s[k]);
                }
            }
            s = std::move(next);
        }
    }
    return out;
}

std::string shakespeare(std::size_t maxBytes)
{
    QFile f(genlab::testing::sharedDataPath("tinyshakespeare/input.txt"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QByteArray b = f.read(qint64(maxBytes));
    return std::string(b.constData(), std::size_t(b.size()));
}

const char *kSmallCorpus = "low low low low low lower lower newest newest newest newest newest newest "
                           "widest widest widest don't you'll 12 123 1234 ¡olé! olé olé";

} // namespace

class TestBpeTrainer : public QObject
{
    Q_OBJECT

    static std::vector<Merge> train(std::string_view corpus, BpeTrainerOptions options, BpeTrainingResult *result = nullptr)
    {
        std::vector<Merge> merges;
        BpeTrainer trainer(options);
        BpeTrainingResult r = trainer.train(corpus, RunContext{}, [&](int rank, const std::string &l, const std::string &rr, std::int64_t c) {
            if (rank != int(merges.size()))
                qFatal("ranks out of order");
            merges.push_back({l, rr, c});
        });
        if (result)
            *result = std::move(r);
        return merges;
    }

private Q_SLOTS:
    void firstMergesAreTheMostFrequentPairs()
    {
        BpeTrainerOptions options;
        options.vocabSize = 256 + 4 + 1;
        const auto merges = train(kSmallCorpus, options);
        QCOMPARE(merges.size(), std::size_t(4));
        // By hand: e,s and s,t occur 6 times in " newest" and 3 in " widest": 9, the most. Then
        // w,e has lost its " newest" cases, and l,o and o,w lead with 7 ("low", " low" x4,
        // " lower" x2); ties go to the bytewise smaller pair.
        QCOMPARE(merges[0], (Merge{"e", "s", 9}));
        QCOMPARE(merges[1], (Merge{"es", "t", 9}));
        QCOMPARE(merges[2], (Merge{"l", "o", 7}));
        QCOMPARE(merges[3], (Merge{"lo", "w", 7}));
    }

    void matchesARecountFromScratch()
    {
        BpeTrainerOptions options;
        options.minPairCount = 1;
        options.specialTokens = {};
        options.vocabSize = 256 + 60;
        QCOMPARE(train(kSmallCorpus, options), trainFromScratch(kSmallCorpus, 60, 1));

        GENLAB_REQUIRE_SHARED("tinyshakespeare/input.txt");
        const std::string corpus = shakespeare(60000);
        options.minPairCount = 2;
        options.vocabSize = 256 + 150;
        const auto fast = train(corpus, options);
        const auto slow = trainFromScratch(corpus, 150, 2);
        QCOMPARE(fast.size(), std::size_t(150));
        QCOMPARE(fast, slow);
    }

    void trainedTokenizerRoundTripsAndReloads()
    {
        GENLAB_REQUIRE_SHARED("tinyshakespeare/input.txt");
        const std::string corpus = shakespeare(200000);
        BpeTrainerOptions options;
        options.vocabSize = 700;
        BpeTrainingResult result;
        train(corpus, options, &result);
        QVERIFY(result.tokenizer);
        QVERIFY(result.reachedVocabSize);
        const BpeTokenizer &t = *result.tokenizer;
        QCOMPARE(t.vocabSize(), 700);
        QCOMPARE(t.endOfText().value_or(-1), 699);
        QCOMPARE(t.tokenBytes(699), std::string("<|endoftext|>"));
        QVERIFY(result.wordCount > result.distinctWords && result.distinctWords > 1000);

        const std::vector<int> ids = t.encode(corpus);
        QVERIFY2(ids.size() < corpus.size() / 2, "learned tokens should compress the training text");
        QCOMPARE(t.decode(ids), corpus);
        std::mt19937 rng(8);
        for (int i = 0; i < 100; ++i) {
            std::string bytes(std::size_t(rng() % 200), '\0');
            for (char &c : bytes)
                c = char(rng() % 256);
            QCOMPARE(t.decode(t.encode(bytes)), bytes);
        }

        QTemporaryDir dir;
        t.saveToFolder(dir.filePath("tok").toStdString());
        QVERIFY(QFile::exists(dir.filePath("tok/vocab.json")));
        QVERIFY(QFile::exists(dir.filePath("tok/merges.txt")));
        auto reloaded = BpeTokenizer::loadFromFolder(dir.filePath("tok").toStdString());
        QCOMPARE(reloaded->vocabSize(), t.vocabSize());
        QCOMPARE(reloaded->mergeCount(), t.mergeCount());
        const std::string sample = corpus.substr(5000, 20000) + " Ünïcödé 日本 \xFF\xFE";
        QCOMPARE(reloaded->encode(sample), t.encode(sample));
        for (int id = 0; id < t.vocabSize(); ++id)
            QCOMPARE(reloaded->tokenSpelling(id), t.tokenSpelling(id));
    }

    void isDeterministic()
    {
        BpeTrainerOptions options;
        options.vocabSize = 256 + 30;
        options.minPairCount = 1;
        QCOMPARE(train(kSmallCorpus, options), train(kSmallCorpus, options));
    }

    void stopsWhenNoPairIsFrequentEnough()
    {
        BpeTrainerOptions options;
        options.vocabSize = 5000;
        BpeTrainingResult result;
        const auto merges = train("abab cdcd", options, &result);
        QVERIFY(!result.reachedVocabSize);
        QCOMPARE(result.mergeCount, int(merges.size()));
        QVERIFY(result.tokenizer->vocabSize() < 300);
        for (const Merge &m : merges)
            QVERIFY(m.count >= 2);
        QCOMPARE(result.tokenizer->decode(result.tokenizer->encode("abab cdcd")), std::string("abab cdcd"));
    }

    void rejectsImpossibleOptions()
    {
        BpeTrainerOptions small;
        small.vocabSize = 256;
        QVERIFY_THROWS_EXCEPTION(TokenizerError, BpeTrainer(small).train("abc", RunContext{}));
        BpeTrainerOptions byteSpecial;
        byteSpecial.specialTokens = {"a"};
        QVERIFY_THROWS_EXCEPTION(TokenizerError, BpeTrainer(byteSpecial).train("abc", RunContext{}));
        BpeTrainerOptions twice;
        twice.specialTokens = {"<pad>", "<pad>"};
        QVERIFY_THROWS_EXCEPTION(TokenizerError, BpeTrainer(twice).train("abc", RunContext{}));
    }

    void cancelsAndReportsProgress()
    {
        std::stop_source stop;
        RunContext ctx;
        ctx.stop = stop.get_token();
        std::vector<double> fractions;
        ctx.onProgress = [&](double f, std::string_view) { fractions.push_back(f); };
        BpeTrainerOptions options;
        options.vocabSize = 256 + 40;
        options.minPairCount = 1;
        int seen = 0;
        QVERIFY_THROWS_EXCEPTION(Canceled, BpeTrainer(options).train(kSmallCorpus, ctx, [&](int, const std::string &, const std::string &, std::int64_t) {
            if (++seen == 5)
                stop.request_stop();
        }));
        QCOMPARE(seen, 5); // acknowledged at the next merge

        fractions.clear();
        RunContext quiet;
        quiet.onProgress = [&](double f, std::string_view) { fractions.push_back(f); };
        BpeTrainer(options).train(kSmallCorpus, quiet);
        QVERIFY(fractions.size() > 10);
        QVERIFY(std::is_sorted(fractions.begin(), fractions.end()));
        QCOMPARE(fractions.back(), 1.0);
    }

    void longWordsAreCutAndStillRoundTrip()
    {
        std::mt19937 rng(4);
        std::string word(300000, 'a');
        for (char &c : word)
            c = "abcab"[rng() % 5];
        BpeTrainerOptions options;
        options.vocabSize = 256 + 50;
        BpeTrainingResult result;
        train(word, options, &result);
        QVERIFY(result.reachedVocabSize);
        QCOMPARE(result.tokenizer->decode(result.tokenizer->encode(word)), word);
    }

    void trainsOnArbitraryBytes()
    {
        std::mt19937 rng(12);
        std::string corpus(50000, '\0');
        for (char &c : corpus)
            c = char(rng() % 8 == 0 ? rng() % 256 : "ab \xC3\xA9\0"[rng() % 6]);
        BpeTrainerOptions options;
        options.vocabSize = 256 + 40 + 1;
        BpeTrainingResult result;
        train(corpus, options, &result);
        QVERIFY(result.mergeCount > 0);
        QCOMPARE(result.tokenizer->decode(result.tokenizer->encode(corpus)), corpus);
        QTemporaryDir dir;
        result.tokenizer->saveToFolder(dir.path().toStdString());
        auto reloaded = BpeTokenizer::loadFromFolder(dir.path().toStdString());
        QCOMPARE(reloaded->encode(corpus), result.tokenizer->encode(corpus));
    }

    void learnsAThousandMergesOnTinyShakespeare()
    {
        GENLAB_REQUIRE_SHARED("tinyshakespeare/input.txt");
        const std::string corpus = shakespeare(std::size_t(1) << 30);
        QCOMPARE(corpus.size(), std::size_t(1115394));
        BpeTrainerOptions options;
        options.vocabSize = 256 + 1000 + 1;
        QElapsedTimer timer;
        timer.start();
        BpeTrainingResult result;
        const auto merges = train(corpus, options, &result);
        qInfo("1000 merges on tinyshakespeare (1.1 MB) in %lld ms", timer.elapsed());
        QCOMPARE(result.mergeCount, 1000);
        QCOMPARE(merges.front(), (Merge{"Ġ", "t", merges.front().count}));
        // A pair holding the new token occurs at most as often as the pair just merged, and other
        // counts only fall: the counts never rise.
        for (std::size_t i = 1; i < merges.size(); ++i)
            QVERIFY(merges[i].count <= merges[i - 1].count);
    }
};

QTEST_APPLESS_MAIN(TestBpeTrainer)
#include "tst_bpetrainer.moc"
