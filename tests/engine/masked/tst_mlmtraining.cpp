// Training a tiny BERT masked LM: the loss falls, metrics and probes are reported, the folder opens
// as a BertForMaskedLM, a resumed run continues exactly, bad corpora and folders get messages.
#include "engine/masked/bertmodel.h"
#include "engine/masked/fillmask.h"
#include "engine/masked/mlmtraining.h"
#include "engine/text/wordpiecetokenizer.h"
#include "engine/train/events.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <stop_token>

using namespace genlab::engine;
using namespace genlab::engine::masked;

namespace {

std::string corpusText()
{
    std::string text;
    const char *lines[] = {"the cat sat on the mat.\n", "a dog ran in the fog.\n", "the cat ate a rat.\n",
                           "a dog and a cat met.\n", "to be or not to be.\n"};
    for (int i = 0; i < 80; ++i)
        text += lines[(i * 7) % 5];
    return text;
}

std::string writeFile(const QTemporaryDir &dir, const char *name, const std::string &contents)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(contents.data(), qint64(contents.size()));
    return path.toStdString();
}

TrainOptions tinyOptions(const std::string &data, const std::string &out)
{
    TrainOptions o;
    o.dataPath = data;
    o.outDir = out;
    o.vocabSize = 80;
    o.layers = 1;
    o.heads = 2;
    o.hiddenSize = 32;
    o.warmupSteps = 10;
    o.contextLength = 16;
    o.batchSize = 32;
    o.steps = 60;
    o.learningRate = 5e-3;
    o.masking.rate = 0.25; // more targets per step: a tiny model learns in a few dozen steps
    o.evalEvery = 30;
    o.evalBatches = 4;
    o.previewEvery = 30;
    o.checkpointEvery = 30;
    o.probeText = "the cat sat on the [MASK].";
    o.seed = 3;
    o.threads = 1;
    return o;
}

QString thrownMessage(const std::function<void()> &f)
{
    try {
        f();
    } catch (const std::exception &e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

} // namespace

class TestMlmTraining : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lossFallsAndEverythingIsReported()
    {
        QTemporaryDir dir;
        const std::string data = writeFile(dir, "corpus.txt", corpusText());
        const std::string out = dir.filePath(QStringLiteral("mlm")).toStdString();
        TrainOptions o = tinyOptions(data, out);

        std::vector<double> losses, accuracies, valAccuracies;
        std::vector<MaskedProbe> probes;
        RunContext ctx;
        ctx.onPartial = [&](Partial &&p) {
            if (const auto m = train::Metrics::decode(p)) {
                if (m->has("loss"))
                    losses.push_back(m->value("loss", 0));
                if (m->has("masked_accuracy"))
                    accuracies.push_back(m->value("masked_accuracy", 0));
                if (m->has("val_masked_accuracy")) {
                    valAccuracies.push_back(m->value("val_masked_accuracy", 0));
                    QVERIFY(m->has("val_loss"));
                }
                if (!m->evaluation)
                    QVERIFY(m->has("learning_rate") && m->has("grad_norm"));
            } else if (const auto probe = MaskedProbe::decode(p)) {
                probes.push_back(*probe);
            }
        };
        const TrainResult r = trainMaskedLanguageModel(o, ctx);
        QCOMPARE(r.steps, 60);
        QCOMPARE(int(losses.size()), 60);
        QCOMPARE(int(accuracies.size()), 60);
        QCOMPARE(int(valAccuracies.size()), 2);
        QVERIFY(r.vocabSize > 20 && r.vocabSize <= 80);
        // From chance (ln vocab) to well below it in a few dozen steps (a tiny BERT first learns the
        // words' frequencies; using the context takes a few hundred steps more, too slow for a test).
        QVERIFY2(losses.front() > std::log(double(r.vocabSize)) - 0.7, qPrintable(QString::number(losses.front())));
        QVERIFY2(r.validationLoss < 0.7 * std::log(double(r.vocabSize)), qPrintable(QString::number(r.validationLoss)));
        QVERIFY2(r.validationMaskedAccuracy > 0.1, qPrintable(QString::number(r.validationMaskedAccuracy)));
        QVERIFY(r.tokensPerSecond > 0);

        // Two probes: the probe sentence's mask with five candidates, and a batch row with the rule's actions.
        QCOMPARE(int(probes.size()), 2);
        const MaskedProbe &last = probes.back();
        QCOMPARE(last.step, std::int64_t(60));
        QCOMPARE(int(last.probeMasks.size()), 1);
        QCOMPARE(int(last.probeMasks[0].candidates.size()), 5);
        QCOMPARE(last.probeMasks[0].position, 6); // [CLS] the cat sat on the [MASK]
        QCOMPARE(QString::fromStdString(last.probePieces[6]), QStringLiteral("[MASK]"));
        QCOMPARE(int(last.examplePieces.size()), 16);
        QVERIFY(!last.exampleTargets.empty());
        for (const ProbeTarget &t : last.exampleTargets) {
            QCOMPARE(last.examplePieces[std::size_t(t.position)], t.input);
            if (t.action == MaskAction::Masked)
                QCOMPARE(QString::fromStdString(t.input), QStringLiteral("[MASK]"));
            if (t.action == MaskAction::Kept)
                QCOMPARE(t.input, t.original);
            QCOMPARE(int(t.candidates.size()), 5);
        }
        QCOMPARE(r.probe.size(), last.probeMasks.size());

        // The event survives its carrier.
        const auto again = MaskedProbe::decode(last.encode());
        QVERIFY(again);
        QCOMPARE(again->examplePieces, last.examplePieces);
        QCOMPARE(again->exampleTargets.size(), last.exampleTargets.size());
        QCOMPARE(again->exampleTargets[0].action, last.exampleTargets[0].action);
        QCOMPARE(again->probeMasks[0].candidates[0].probability, last.probeMasks[0].candidates[0].probability);
        QVERIFY(!MaskedProbe::decode(train::TextPreview{1, "x"}.encode()));

        // The folder is a BertForMaskedLM with its vocabulary, and it fills masks.
        const BertModel model = BertModel::open(out);
        QVERIFY(model.hasMlmHead());
        QCOMPARE(model.config().vocabSize, r.vocabSize);
        QCOMPARE(model.config().maxPositions, 16);
        QVERIFY(QFile::exists(QString::fromStdString(out + "/vocab.txt")));
        const FillMaskResult filled = fillMask(model, "the cat sat on the [MASK].");
        QCOMPARE(filled.masks[0].candidates[0].id, last.probeMasks[0].candidates[0].id);
    }

    void resumeContinuesExactly()
    {
        QTemporaryDir dir;
        const std::string data = writeFile(dir, "corpus.txt", corpusText());
        TrainOptions straight = tinyOptions(data, dir.filePath(QStringLiteral("straight")).toStdString());
        straight.steps = 24;
        // The resume (at step 14) falls inside the length warm-up (short rows until step 18), and a
        // share of the later rows is cut short and padded: both must replay exactly.
        straight.warmupLength = 8;
        straight.lengthWarmupSteps = 18;
        straight.shortSequenceRate = 0.5;
        straight.previewEvery = 0;
        straight.checkpointEvery = 0;
        straight.evalEvery = 0;
        trainMaskedLanguageModel(straight, RunContext{});

        TrainOptions first = straight;
        first.outDir = dir.filePath(QStringLiteral("resumed")).toStdString();
        first.checkpointEvery = 10;
        // Stop after step 14: the run saves step 14 on cancel.
        std::stop_source stop;
        RunContext ctx;
        ctx.stop = stop.get_token();
        ctx.onPartial = [&](Partial &&p) {
            if (train::Metrics::decode(p) && p.step == 14)
                stop.request_stop();
        };
        QVERIFY_THROWS_EXCEPTION(Canceled, trainMaskedLanguageModel(first, ctx));
        const TrainResult resumed = trainMaskedLanguageModel(first, RunContext{});
        QCOMPARE(resumed.startStep, 14);
        QCOMPARE(resumed.steps, 24);

        // Bit for bit: the same weights give the same logits.
        const BertModel a = BertModel::open(straight.outDir);
        const BertModel b = BertModel::open(first.outDir);
        const std::vector<int> ids = {a.tokenizer()->clsId(), a.tokenizer()->maskId(), 7, 9, a.tokenizer()->sepId()};
        const auto la = a.forward(ids).logits, lb = b.forward(ids).logits;
        QCOMPARE(la.size(), lb.size());
        double worst = 0;
        for (std::size_t i = 0; i < la.size(); ++i)
            worst = std::max(worst, double(std::abs(la[i] - lb[i])));
        QVERIFY2(worst == 0, qPrintable(QString::number(worst)));

        // Another shape in the same folder is refused with the difference.
        TrainOptions other = first;
        other.hiddenSize = 64;
        QVERIFY(thrownMessage([&] { trainMaskedLanguageModel(other, RunContext{}); }).contains(QStringLiteral("hiddenSize")));
    }

    void badInputGetsClearMessages()
    {
        QTemporaryDir dir;
        const std::string out = dir.filePath(QStringLiteral("mlm")).toStdString();
        QVERIFY(thrownMessage([&] { trainMaskedLanguageModel(tinyOptions("/nonexistent/corpus.txt", out), {}); })
                    .contains(QStringLiteral("/nonexistent/corpus.txt")));
        const std::string binary = writeFile(dir, "binary.txt", std::string("PK\x03\x04\0\0\0\x01", 8) + corpusText());
        QVERIFY(thrownMessage([&] { trainMaskedLanguageModel(tinyOptions(binary, out), {}); }).contains(QStringLiteral("binary")));
        const std::string tiny = writeFile(dir, "tiny.txt", "just a few words");
        QVERIFY(thrownMessage([&] { trainMaskedLanguageModel(tinyOptions(tiny, out), {}); }).contains(QStringLiteral("too few")));
        TrainOptions odd = tinyOptions(writeFile(dir, "ok.txt", corpusText()), out);
        odd.hiddenSize = 30;
        odd.heads = 4;
        QVERIFY(thrownMessage([&] { trainMaskedLanguageModel(odd, {}); }).contains(QStringLiteral("multiple of the heads")));
        odd = tinyOptions(writeFile(dir, "ok.txt", corpusText()), out);
        odd.masking.maskFraction = 0.95;
        QVERIFY(thrownMessage([&] { trainMaskedLanguageModel(odd, {}); }).contains(QStringLiteral("more than 1")));

        // Latin-1 bytes are replaced and counted, and training goes on.
        std::string latin1 = corpusText();
        latin1 += "caf\xE9 na\xEFve\n";
        TrainOptions o = tinyOptions(writeFile(dir, "latin1.txt", latin1), out);
        o.steps = 2;
        o.previewEvery = 0;
        const TrainResult r = trainMaskedLanguageModel(o, {});
        QVERIFY2(QString::fromStdString(r.notice).contains(QStringLiteral("2 invalid UTF-8")), r.notice.c_str());
    }

    void wholeWordMaskingAndAGivenVocabulary()
    {
        QTemporaryDir dir;
        const std::string data = writeFile(dir, "corpus.txt", corpusText());
        // The vocabulary of a first run serves a second one.
        TrainOptions first = tinyOptions(data, dir.filePath(QStringLiteral("first")).toStdString());
        first.steps = 2;
        first.previewEvery = 0;
        trainMaskedLanguageModel(first, {});
        TrainOptions o = tinyOptions(data, dir.filePath(QStringLiteral("second")).toStdString());
        o.vocabPath = first.outDir + "/vocab.txt";
        o.masking.wholeWord = true;
        o.steps = 3;
        o.previewEvery = 3;
        int probes = 0;
        RunContext ctx;
        ctx.onPartial = [&](Partial &&p) {
            if (const auto probe = MaskedProbe::decode(p))
                ++probes;
        };
        const TrainResult r = trainMaskedLanguageModel(o, ctx);
        QCOMPARE(probes, 1);
        QCOMPARE(r.vocabSize, BertModel::open(first.outDir).config().vocabSize);
    }
};

QTEST_APPLESS_MAIN(TestMlmTraining)
#include "tst_mlmtraining.moc"
