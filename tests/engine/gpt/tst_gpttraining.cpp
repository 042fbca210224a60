// Training a small language model: the loss falls, the schedule, previews and checkpoints,
// an exact resume, NaN handling, cancel, and bad corpora.
#include "gpttesthelpers.h"

#include "engine/gpt/gptmodel.h"
#include "engine/gpt/training.h"
#include "engine/text/chartokenizer.h"
#include "engine/train/events.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <stop_token>

using namespace genlab::engine;
using namespace genlab::engine::gpt;

namespace {

std::string corpusText()
{
    std::string text;
    const char *lines[] = {"the cat sat on the mat.\n", "a dog ran in the fog.\n", "the cat ate a rat.\n",
                           "a dog and a cat met.\n"};
    for (int i = 0; i < 60; ++i)
        text += lines[(i * 7) % 4];
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
    o.layers = 1;
    o.heads = 2;
    o.embedDim = 32;
    o.contextLength = 16;
    o.batchSize = 8;
    o.steps = 60;
    o.learningRate = 1e-2;
    o.warmupSteps = 10;
    o.evalEvery = 20;
    o.evalBatches = 4;
    o.previewEvery = 30;
    o.sampleTokens = 20;
    o.samplePrompt = "the ";
    o.checkpointEvery = 30;
    o.seed = 3;
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

QByteArray fileBytes(const std::string &path)
{
    QFile f(QString::fromStdString(path));
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

} // namespace

class TestGptTraining : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lossFallsAndEverythingIsReported()
    {
        QTemporaryDir dir;
        const std::string data = writeFile(dir, "corpus.txt", corpusText());
        const std::string out = dir.filePath(QStringLiteral("lm")).toStdString();
        TrainOptions o = tinyOptions(data, out);

        std::vector<double> losses, rates;
        std::vector<double> valLosses;
        int samples = 0;
        RunContext ctx;
        ctx.onPartial = [&](Partial &&p) {
            if (const auto m = train::Metrics::decode(p)) {
                for (auto &[k, v] : m->scalars) {
                    if (k == "loss")
                        losses.push_back(v);
                    if (k == "learning_rate")
                        rates.push_back(v);
                    if (k == "val_loss")
                        valLosses.push_back(v);
                }
            } else if (const auto sample = train::TextPreview::decode(p)) {
                ++samples;
                QVERIFY(sample->text.rfind("the ", 0) == 0);
            }
        };
        const TrainResult r = trainLanguageModel(o, ctx);
        QCOMPARE(r.steps, 60);
        QCOMPARE(int(losses.size()), 60);
        QCOMPARE(int(valLosses.size()), 3);
        QCOMPARE(samples, 2);
        const int vocab = r.vocabSize;
        QVERIFY(vocab > 10 && vocab < 30);
        // From chance (ln vocab) to well below it.
        QVERIFY2(losses.front() > std::log(double(vocab)) - 0.5, qPrintable(QString::number(losses.front())));
        QVERIFY2(r.validationLoss < 0.6 * std::log(double(vocab)), qPrintable(QString::number(r.validationLoss)));
        QVERIFY(std::abs(r.validationPerplexity - std::exp(r.validationLoss)) < 1e-9);
        QVERIFY(r.tokensPerSecond > 0);
        // Warm-up is linear, the cosine ends at a tenth of the peak.
        QVERIFY(std::abs(rates[0] - 1e-3) < 1e-12);
        QVERIFY(std::abs(rates[9] - 1e-2) < 1e-12);
        QVERIFY(std::abs(rates[59] - 1e-3) < 1e-9);
        QVERIFY(rates[30] < rates[10] && rates[30] > rates[59]);

        // The folder is a model: it opens, with its tokenizer, and generates text.
        GptModel model = GptModel::open(out);
        QCOMPARE(model.config().vocabSize, vocab);
        QCOMPARE(QString::fromStdString(model.tokenizer()->kind()), QStringLiteral("char"));
        SamplingSettings s;
        s.maxTokens = 10;
        QCOMPARE(int(model.generate(model.tokenizer()->encode("the "), s).ids.size()), 10);
    }

    void resumeContinuesExactly()
    {
        QTemporaryDir dir;
        const std::string data = writeFile(dir, "corpus.txt", corpusText());
        TrainOptions straight = tinyOptions(data, dir.filePath(QStringLiteral("straight")).toStdString());
        straight.steps = 24;
        straight.previewEvery = 0;
        straight.checkpointEvery = 0;
        trainLanguageModel(straight, RunContext{});

        TrainOptions first = straight;
        first.outDir = dir.filePath(QStringLiteral("resumed")).toStdString();
        first.steps = 24;
        first.checkpointEvery = 10;
        // Stop after step 14: the run saves step 14 on cancel; the last interval checkpoint was step 10.
        std::stop_source stop;
        RunContext ctx;
        ctx.stop = stop.get_token();
        ctx.onPartial = [&](Partial &&p) {
            if (train::Metrics::decode(p) && p.step == 14)
                stop.request_stop();
        };
        QVERIFY_THROWS_EXCEPTION(Canceled, trainLanguageModel(first, ctx));
        const TrainResult resumed = trainLanguageModel(first, RunContext{});
        QCOMPARE(resumed.startStep, 14);
        QCOMPARE(resumed.steps, 24);

        GptModel a = GptModel::open(straight.outDir);
        GptModel b = GptModel::open(first.outDir);
        const std::vector<int> ids = a.tokenizer()->encode("the cat sat");
        const auto la = a.logits(ids), lb = b.logits(ids);
        double worst = 0;
        for (std::size_t i = 0; i < la.size(); ++i)
            worst = std::max(worst, double(std::abs(la[i] - lb[i])));
        QVERIFY2(worst < 1e-5, qPrintable(QString::number(worst)));

        // Another shape in the same folder is refused with the difference.
        TrainOptions other = first;
        other.embedDim = 64;
        QVERIFY(thrownMessage([&] { trainLanguageModel(other, RunContext{}); }).contains(QStringLiteral("embedDim")));
    }

    void nonFiniteLossStopsWithoutACheckpoint()
    {
        QTemporaryDir dir;
        const std::string text = corpusText();
        const std::string data = writeFile(dir, "corpus.txt", text);
        const std::string out = dir.filePath(QStringLiteral("lm")).toStdString();
        TrainOptions o = tinyOptions(data, out);
        // A valid checkpoint of the right shape whose weights are finite but overflow in the forward pass.
        auto tokenizer = std::make_shared<text::CharTokenizer>(text::CharTokenizer::fromText(text));
        const GptConfig c{tokenizer->vocabSize(), o.contextLength, o.layers, o.heads, o.embedDim};
        GptModel seed = GptModel::createRandom(c, 1);
        seed.setTokenizer(tokenizer);
        seed.save(out, 5);
        auto huge = gpttest::randomHfTensors(c, 1);
        for (auto &t : huge)
            for (float &v : t.values)
                v *= 1e37f;
        gpttest::writeHf(out + "/model.safetensors", huge, false, gpttest::Dtype::F32, c);
        const QByteArray before = fileBytes(out + "/model.safetensors");

        const QString msg = thrownMessage([&] { trainLanguageModel(o, RunContext{}); });
        QVERIFY2(msg.contains(QStringLiteral("step 6")) &&
                     (msg.contains(QStringLiteral("NaN")) || msg.contains(QStringLiteral("infinite"))),
                 qPrintable(msg));
        QVERIFY(msg.contains(QStringLiteral("no checkpoint")));
        QCOMPARE(fileBytes(out + "/model.safetensors"), before);
    }

    void badCorporaGetClearMessages()
    {
        QTemporaryDir dir;
        const std::string out = dir.filePath(QStringLiteral("lm")).toStdString();
        QVERIFY(thrownMessage([&] { trainLanguageModel(tinyOptions("/nonexistent/corpus.txt", out), {}); })
                    .contains(QStringLiteral("/nonexistent/corpus.txt")));
        const std::string binary = writeFile(dir, "binary.txt", std::string("PK\x03\x04\0\0\0\x01", 8) + corpusText());
        QVERIFY(thrownMessage([&] { trainLanguageModel(tinyOptions(binary, out), {}); })
                    .contains(QStringLiteral("binary")));
        const std::string tiny = writeFile(dir, "tiny.txt", "just a few words");
        QVERIFY(thrownMessage([&] { trainLanguageModel(tinyOptions(tiny, out), {}); })
                    .contains(QStringLiteral("too few")));
        TrainOptions badTokenizer = tinyOptions(writeFile(dir, "ok.txt", corpusText()), out);
        badTokenizer.tokenizer = "bpe:abc";
        QVERIFY(thrownMessage([&] { trainLanguageModel(badTokenizer, {}); }).contains(QStringLiteral("bpe:abc")));

        // Latin-1 bytes are replaced and counted, and training goes on.
        std::string latin1 = corpusText();
        latin1 += "caf\xE9 na\xEFve\n";
        TrainOptions o = tinyOptions(writeFile(dir, "latin1.txt", latin1), out);
        o.steps = 2;
        o.previewEvery = 0;
        const TrainResult r = trainLanguageModel(o, {});
        QVERIFY2(QString::fromStdString(r.notice).contains(QStringLiteral("2 invalid UTF-8")), r.notice.c_str());
    }

    void learnsABpeVocabulary()
    {
        QTemporaryDir dir;
        TrainOptions o = tinyOptions(writeFile(dir, "corpus.txt", corpusText() + corpusText()),
                                     dir.filePath(QStringLiteral("lm")).toStdString());
        o.tokenizer = "bpe:280";
        o.steps = 3;
        o.contextLength = 8;
        o.previewEvery = 0;
        const TrainResult r = trainLanguageModel(o, {});
        QVERIFY(r.vocabSize > 256 && r.vocabSize <= 280);
        GptModel model = GptModel::open(o.outDir);
        QCOMPARE(QString::fromStdString(model.tokenizer()->kind()), QStringLiteral("bpe"));
    }
};

QTEST_APPLESS_MAIN(TestGptTraining)
#include "tst_gpttraining.moc"
