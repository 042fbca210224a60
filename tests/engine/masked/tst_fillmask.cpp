// Fill-mask on random small BERTs: candidates ordered and normalised without the special tokens,
// masks in text order at the right input positions, whole-word masking, iterative filling, and the
// messages for a text without a mask, a text that is too long and a model that cannot fill.
#include "engine/masked/bertmodel.h"
#include "engine/masked/fillmask.h"
#include "engine/text/wordpiecetokenizer.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <set>
#include <stdexcept>

using namespace genlab::engine;
using namespace genlab::engine::masked;
using text::WordPieceTokenizer;

namespace {

std::shared_ptr<const WordPieceTokenizer> tinyTokenizer()
{
    std::vector<std::string> tokens{"[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "[unused0]", "the", "cat", "sat",
                                    "on", "mat", "play", "##ing", "##s", "dog", "a", ",", ".", "is", "king"};
    for (char c = 'a'; c <= 'z'; ++c) {
        tokens.push_back(std::string(1, c));
        tokens.push_back("##" + std::string(1, c));
    }
    // Drop the duplicates the letters made ("a").
    std::vector<std::string> unique;
    for (auto &t : tokens)
        if (std::find(unique.begin(), unique.end(), t) == unique.end())
            unique.push_back(t);
    return std::make_shared<const WordPieceTokenizer>(WordPieceTokenizer::fromVocab(unique, {}, "tiny vocab"));
}

BertModel tinyModel(int maxPositions = 32, bool head = true)
{
    auto tok = tinyTokenizer();
    BertConfig c;
    c.vocabSize = tok->vocabSize();
    c.maxPositions = maxPositions;
    c.layers = 2;
    c.heads = 2;
    c.hiddenSize = 16;
    c.intermediateSize = 32;
    BertModel m = BertModel::createRandom(c, 5, head);
    m.setTokenizer(tok);
    return m;
}

QString messageOf(const std::function<void()> &f)
{
    try {
        f();
    } catch (const std::exception &e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

} // namespace

class TestFillMask : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void candidatesAreOrderedAndNormalised()
    {
        const BertModel model = tinyModel();
        const auto &tok = *model.tokenizer();
        FillMaskOptions o;
        o.topK = 7;
        const FillMaskResult r = fillMask(model, "the [MASK] sat on the [MASK] .", o);
        QVERIFY(r.notice.empty());
        QCOMPARE(int(r.masks.size()), 2);
        // Positions count [CLS] as 0: "the" is 1, the first mask 2, "sat on the" 3-5, the second 6.
        QCOMPARE(r.masks[0].position, 2);
        QCOMPARE(r.masks[1].position, 6);
        QCOMPARE(r.masks[0].word, -1);
        QCOMPARE(r.ids.front(), tok.clsId());
        QCOMPARE(r.ids.back(), tok.sepId());
        QCOMPARE(r.ids[2], tok.maskId());
        QCOMPARE(r.pieces.size(), r.ids.size());
        QCOMPARE(QString::fromStdString(r.pieces[2]), QStringLiteral("[MASK]"));

        // The probabilities are the softmax of the logits over the non-special tokens.
        const BertOutput out = model.forward(r.ids);
        const auto specials = specialTokenIds(tok);
        QCOMPARE(specials, (std::vector<int>{0, 1, 2, 3, 4, 5}));
        for (const MaskPrediction &m : r.masks) {
            QCOMPARE(int(m.candidates.size()), 7);
            const float *row = out.logits.data() + std::size_t(m.position) * std::size_t(out.vocabSize);
            double sum = 0;
            for (int v = 0; v < out.vocabSize; ++v)
                if (std::find(specials.begin(), specials.end(), v) == specials.end())
                    sum += std::exp(double(row[v]));
            for (std::size_t i = 0; i < m.candidates.size(); ++i) {
                const MaskCandidate &c = m.candidates[i];
                QVERIFY(std::find(specials.begin(), specials.end(), c.id) == specials.end());
                QVERIFY(i == 0 || m.candidates[i - 1].probability >= c.probability);
                QVERIFY(std::abs(c.probability - std::exp(double(row[c.id])) / sum) < 1e-6);
                QCOMPARE(c.token, tok.token(c.id));
                QCOMPARE(c.continuation, c.token.rfind("##", 0) == 0);
            }
        }
        QVERIFY(QString::fromStdString(r.filledText).startsWith(QStringLiteral("the ")));
        QVERIFY(!QString::fromStdString(r.filledText).contains(QStringLiteral("[MASK]")));
    }

    void wholeWordMasking()
    {
        const BertModel model = tinyModel();
        const auto &tok = *model.tokenizer();
        const auto pieces = tok.encodeWithOffsets("the cat is playing");
        QCOMPARE(int(pieces.size()), 5); // the cat is play ##ing
        QCOMPARE(wholeWordPieces(pieces, {4}), (std::vector<int>{3, 4}));

        FillMaskOptions o;
        o.maskPieces = {4};
        FillMaskResult r = fillMask(model, "the cat is playing", o);
        QCOMPARE(int(r.masks.size()), 2);
        QCOMPARE(r.masks[0].position, 4);
        QCOMPARE(r.masks[1].position, 5);
        QCOMPARE(r.masks[0].word, pieces[3].word);
        QCOMPARE(r.originalIds[5], *tok.idOf("##ing"));

        o.wholeWord = false;
        r = fillMask(model, "the cat is playing", o);
        QCOMPARE(int(r.masks.size()), 1);
        QCOMPARE(r.masks[0].position, 5);

        o.maskPieces.clear();
        o.maskWords = {1};
        r = fillMask(model, "the cat is playing", o);
        QCOMPARE(int(r.masks.size()), 1);
        QCOMPARE(r.masks[0].position, 2);
        QCOMPARE(r.masks[0].word, 1);
        QVERIFY(messageOf([&] {
                    FillMaskOptions bad;
                    bad.maskWords = {9};
                    fillMask(model, "the cat", bad);
                }).contains(QStringLiteral("word 9")));
    }

    void iterativeFillingKeepsEveryStep()
    {
        const BertModel model = tinyModel();
        FillMaskOptions o;
        o.iterative = true;
        o.topK = 3;
        const FillMaskResult r = fillMask(model, "[MASK] cat [MASK] on the [MASK] .", o);
        QCOMPARE(int(r.masks.size()), 3);
        QCOMPARE(int(r.steps.size()), 3);
        // The first step chooses among the first predictions: the most confident mask, its top candidate.
        const FillStep &first = r.steps.front();
        QCOMPARE(int(first.masks.size()), 3);
        double best = 0;
        for (const auto &m : r.masks)
            best = std::max(best, m.candidates.front().probability);
        QCOMPARE(first.chosen.probability, best);
        QCOMPARE(first.ids[std::size_t(first.position)], first.chosen.id);
        for (std::size_t i = 0; i < r.steps.size(); ++i) {
            QCOMPARE(int(r.steps[i].masks.size()), 3 - int(i));
            const int open = int(QString::fromStdString(r.steps[i].text).count(QStringLiteral("[MASK]")));
            QCOMPARE(open, 2 - int(i));
        }
        // Every mask filled once.
        std::set<int> filled;
        for (const auto &s : r.steps)
            filled.insert(s.position);
        QCOMPARE(int(filled.size()), 3);
        QCOMPARE(r.filledText, r.steps.back().text);
        QVERIFY(QString::fromStdString(r.filledText).contains(QStringLiteral(" cat ")));
    }

    void noMaskAndTruncationAreSaid()
    {
        const BertModel model = tinyModel(12);
        FillMaskResult r = fillMask(model, "the cat sat on the mat .");
        QVERIFY(r.masks.empty());
        QCOMPARE(QString::fromStdString(r.notice), QString::fromLatin1(kNoMaskMessage));

        // 12 positions: 10 pieces fit; the mask at piece 11 is dropped with the rest.
        r = fillMask(model, "[MASK] cat sat on the mat the cat sat on [MASK] mat the cat");
        QVERIFY(r.truncated);
        QCOMPARE(int(r.ids.size()), 12);
        QCOMPARE(int(r.masks.size()), 1);
        const QString notice = QString::fromStdString(r.notice);
        QVERIFY2(notice.contains(QStringLiteral("14 pieces")) && notice.contains(QStringLiteral("last 4 were dropped")) &&
                     notice.contains(QStringLiteral("1 mask")),
                 qPrintable(notice));
        QVERIFY(!QString::fromStdString(r.filledText).contains(QStringLiteral("[MASK]")));

        // Ids as the caller built them.
        const auto &tok = *model.tokenizer();
        r = fillMaskIds(model, {tok.clsId(), 6, tok.maskId(), 8, tok.sepId()});
        QCOMPARE(int(r.masks.size()), 1);
        QCOMPARE(r.masks[0].position, 2);
        r = fillMaskIds(model, {tok.clsId(), 6, 7, tok.sepId()});
        QCOMPARE(QString::fromStdString(r.notice), QString::fromLatin1(kNoMaskMessage));
    }

    void modelsThatCannotFillAreRefused()
    {
        const BertModel encoder = tinyModel(32, false);
        QVERIFY(messageOf([&] { fillMask(encoder, "the [MASK]"); }).contains(QStringLiteral("no masked-LM head")));
        BertModel bare = tinyModel();
        bare.setTokenizer(nullptr);
        QVERIFY(messageOf([&] { fillMask(bare, "the [MASK]"); }).contains(QStringLiteral("no tokenizer")));
        const BertModel model = tinyModel();
        FillMaskOptions o;
        o.topK = 0;
        QVERIFY(messageOf([&] { fillMask(model, "the [MASK]", o); }).contains(QStringLiteral("top-k")));
        o.topK = 3;
        o.maskPieces = {7};
        QVERIFY(messageOf([&] { fillMask(model, "the [MASK]", o); }).contains(QStringLiteral("piece 7")));
    }
};

QTEST_APPLESS_MAIN(TestFillMask)
#include "tst_fillmask.moc"
