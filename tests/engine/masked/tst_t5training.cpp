// Training the T5-style model on span corruption: the loss falls and token accuracy rises, every
// scalar and the preview are reported, the folder opens as a model, a stopped run resumes bit for
// bit, another shape or another lab's checkpoint in the folder is refused by name.
#include "engine/io/checkpoint.h"
#include "engine/io/safetensors.h"
#include "engine/masked/t5model.h"
#include "engine/masked/t5training.h"
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
    const char *lines[] = {"the cat sat on the mat and the dog sat on the log.\n", "a king and a queen sat on a throne.\n",
                           "the fool sang a song to the king.\n", "the dog ran to the cat and the cat ran away.\n"};
    for (int i = 0; i < 80; ++i)
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

T5TrainOptions tinyOptions(const std::string &data, const std::string &out)
{
    T5TrainOptions o;
    o.dataPath = data;
    o.outDir = out;
    o.vocabSize = 120;
    o.dModel = 32;
    o.dKv = 8;
    o.heads = 4;
    o.dFf = 64;
    o.encoderLayers = 1;
    o.decoderLayers = 1;
    o.sentinels = 8;
    o.chunkTokens = 16;
    o.noiseDensity = 0.2;
    o.meanSpanLength = 2;
    o.batchSize = 8;
    o.steps = 80;
    o.learningRate = 1e-2;
    o.warmupSteps = 10;
    o.evalEvery = 40;
    o.evalBatches = 3;
    o.previewEvery = 40;
    o.checkpointEvery = 40;
    o.probeText = "the cat sat on the mat and the dog sat on the log.";
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

} // namespace

class TestT5Training : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lossFallsAndEverythingIsReported()
    {
        QTemporaryDir dir;
        const std::string data = writeFile(dir, "corpus.txt", corpusText());
        const std::string out = dir.filePath(QStringLiteral("t5")).toStdString();
        const T5TrainOptions o = tinyOptions(data, out);
        std::vector<double> losses, accuracies, rates, norms, valLosses;
        std::vector<std::string> previews;
        RunContext ctx;
        ctx.onPartial = [&](Partial &&p) {
            if (const auto m = train::Metrics::decode(p)) {
                if (m->evaluation) {
                    valLosses.push_back(m->value("val_loss", NAN));
                    QVERIFY(m->has("val_accuracy") && m->has("train_loss"));
                    return;
                }
                losses.push_back(m->value("loss", NAN));
                accuracies.push_back(m->value("token_accuracy", NAN));
                rates.push_back(m->value("learning_rate", NAN));
                norms.push_back(m->value("grad_norm", NAN));
            } else if (const auto t = train::TextPreview::decode(p)) {
                previews.push_back(t->text);
            }
        };
        const T5TrainResult r = trainT5(o, ctx);
        QCOMPARE(r.steps, 80);
        QCOMPARE(int(losses.size()), 80);
        QCOMPARE(int(valLosses.size()), 2);
        QCOMPARE(int(previews.size()), 2);
        for (double n : norms)
            QVERIFY(std::isfinite(n) && n > 0);
        QVERIFY(std::abs(rates[9] - 1e-2) < 1e-12);
        auto mean = [](const std::vector<double> &v, std::size_t from, std::size_t to) {
            double s = 0;
            for (std::size_t i = from; i < to; ++i)
                s += v[i];
            return s / double(to - from);
        };
        // From about chance to well below it; the accuracy climbs.
        QVERIFY2(losses.front() > 0.6 * std::log(double(r.vocabSize)), qPrintable(QString::number(losses.front())));
        QVERIFY2(mean(losses, 70, 80) < 0.6 * mean(losses, 0, 5), qPrintable(QStringLiteral("%1 -> %2").arg(mean(losses, 0, 5)).arg(mean(losses, 70, 80))));
        QVERIFY(mean(accuracies, 70, 80) > mean(accuracies, 0, 5) + 0.15);
        QVERIFY(r.validationLoss < valLosses.front() + 1e-9);
        // The preview shows the probe's corrupted input and one line per span.
        QVERIFY2(previews.back().find("input:  ") == 0 && previews.back().find("<extra_id_0> \"") != std::string::npos &&
                     previews.back().find("filled: ") != std::string::npos,
                 previews.back().c_str());

        // The folder is a model with its vocabulary and fills spans.
        T5Model model = T5Model::open(out);
        QCOMPARE(model.config().vocabSize, r.vocabSize);
        QVERIFY(model.tokenizer()->idOf("<extra_id_7>").has_value());
        const T5FillResult fill = model.fillSpans(std::string_view("the cat sat <extra_id_0> the mat ."), T5FillOptions{});
        QCOMPARE(int(fill.spans.size()), 1);
    }

    // T5 has no 1/sqrt(d) in its attention: its queries start 1/sqrt(dModel dKv) small, the embedding
    // at 1. Plain AdamW moves every weight by ~lr a step, the queries (relatively) dModel times faster
    // than the embedding; the shipped model trained so learned to ignore the encoder. Each tensor's
    // first step is lr times its own RMS (Adam's first step is +-lr per weight with a gradient).
    void stepsAreRelativeToEachTensorsRms()
    {
        QTemporaryDir dir;
        const std::string data = writeFile(dir, "corpus.txt", corpusText());
        T5TrainOptions o = tinyOptions(data, dir.filePath(QStringLiteral("one")).toStdString());
        o.steps = 1;
        o.schedule = train::Schedule::Constant;
        o.weightDecay = 0;
        o.evalEvery = 0;
        o.previewEvery = 0;
        o.checkpointEvery = 0;
        QVERIFY(o.scaleStepsByRms); // the default
        trainT5(o, RunContext{});
        const T5Model trained = T5Model::open(o.outDir);
        const std::string initialDir = dir.filePath(QStringLiteral("initial")).toStdString();
        T5Model initial = T5Model::createRandom(trained.config(), o.seed);
        initial.setTokenizer(trained.tokenizer());
        initial.save(initialDir);

        const auto before = io::SafetensorsReader::open(initialDir + "/model.safetensors");
        const auto after = io::SafetensorsReader::open(o.outDir + "/model.safetensors");
        for (const char *name : {"encoder.block.0.layer.0.SelfAttention.q.weight", "encoder.block.0.layer.0.SelfAttention.k.weight",
                                 "decoder.block.0.layer.1.EncDecAttention.q.weight", "decoder.block.0.layer.2.DenseReluDense.wo.weight"}) {
            const auto *a = before.find(name);
            const auto *b = after.find(name);
            QVERIFY2(a && b, name);
            const std::vector<float> x = before.readFloat32(*a), y = after.readFloat32(*b);
            QCOMPARE(x.size(), y.size());
            double squares = 0, largest = 0;
            for (std::size_t i = 0; i < x.size(); ++i) {
                squares += double(x[i]) * x[i];
                largest = std::max(largest, double(std::abs(y[i] - x[i])));
            }
            const double rms = std::sqrt(squares / double(x.size()));
            // lr 1e-2: the largest change is 1e-2 of the RMS (plain AdamW: 1e-2, 6 to 16 times that here).
            QVERIFY2(std::abs(largest / (o.learningRate * rms) - 1) < 1e-3,
                     qPrintable(QStringLiteral("%1: largest change %2, RMS %3").arg(QString::fromLatin1(name)).arg(largest).arg(rms)));
        }
    }

    void resumeContinuesExactly()
    {
        QTemporaryDir dir;
        const std::string data = writeFile(dir, "corpus.txt", corpusText());
        T5TrainOptions straight = tinyOptions(data, dir.filePath(QStringLiteral("straight")).toStdString());
        straight.steps = 24;
        straight.previewEvery = 0;
        straight.checkpointEvery = 0;
        trainT5(straight, RunContext{});

        T5TrainOptions first = straight;
        first.outDir = dir.filePath(QStringLiteral("resumed")).toStdString();
        first.checkpointEvery = 10;
        std::stop_source stop;
        RunContext ctx;
        ctx.stop = stop.get_token();
        ctx.onPartial = [&](Partial &&p) {
            if (train::Metrics::decode(p) && p.step == 14)
                stop.request_stop();
        };
        QVERIFY_THROWS_EXCEPTION(Canceled, trainT5(first, ctx));
        const T5TrainResult resumed = trainT5(first, RunContext{});
        QCOMPARE(resumed.startStep, 14);
        QCOMPARE(resumed.steps, 24);

        T5Model a = T5Model::open(straight.outDir);
        T5Model b = T5Model::open(first.outDir);
        const std::vector<int> input = a.tokenizer()->encode("the cat <extra_id_0> the mat");
        const std::vector<int> target = a.tokenizer()->encode("<extra_id_0> sat on <extra_id_1>");
        const auto la = a.logits(input, target), lb = b.logits(input, target);
        double worst = 0;
        for (std::size_t i = 0; i < la.size(); ++i)
            worst = std::max(worst, double(std::abs(la[i] - lb[i])));
        QVERIFY2(worst < 1e-5, qPrintable(QString::number(worst)));

        // Another shape in the same folder is refused with the difference.
        T5TrainOptions other = first;
        other.steps = 30;
        other.dModel = 64;
        QVERIFY(thrownMessage([&] { trainT5(other, RunContext{}); }).contains(QStringLiteral("dModel")));
    }

    void anotherLabsCheckpointAndBadCorporaAreRefused()
    {
        QTemporaryDir dir;
        const std::string data = writeFile(dir, "corpus.txt", corpusText());
        // A GPT checkpoint where the T5 would write.
        const float one = 1;
        io::CheckpointData gptCheckpoint;
        gptCheckpoint.configJson = R"({"architecture": "gpt2", "step": 10})";
        gptCheckpoint.weights = {{"wte.weight", io::DType::F32, {1}, &one, sizeof(float)}};
        io::saveCheckpoint(dir.filePath(QStringLiteral("gpt")).toStdString(), gptCheckpoint);
        const QString gpt = thrownMessage([&] { trainT5(tinyOptions(data, dir.filePath(QStringLiteral("gpt")).toStdString()), RunContext{}); });
        QVERIFY2(gpt.contains(QStringLiteral("gpt2")), qPrintable(gpt));

        const std::string tiny = writeFile(dir, "tiny.txt", "just a few words here");
        const QString few = thrownMessage([&] { trainT5(tinyOptions(tiny, dir.filePath(QStringLiteral("a")).toStdString()), RunContext{}); });
        QVERIFY2(few.contains(QStringLiteral("tiny.txt")) && few.contains(QStringLiteral("too few")), qPrintable(few));
        const std::string binary = writeFile(dir, "binary.txt", std::string("abc\0def", 7));
        QVERIFY(thrownMessage([&] { trainT5(tinyOptions(binary, dir.filePath(QStringLiteral("b")).toStdString()), RunContext{}); })
                    .contains(QStringLiteral("binary")));
        QVERIFY(thrownMessage([&] { trainT5(tinyOptions(dir.filePath(QStringLiteral("none.txt")).toStdString(), dir.filePath(QStringLiteral("c")).toStdString()), RunContext{}); })
                    .contains(QStringLiteral("no such file")));
        T5TrainOptions tooManySpans = tinyOptions(data, dir.filePath(QStringLiteral("d")).toStdString());
        tooManySpans.chunkTokens = 200;
        QVERIFY(thrownMessage([&] { trainT5(tooManySpans, RunContext{}); }).contains(QStringLiteral("sentinels")));
    }
};

QTEST_APPLESS_MAIN(TestT5Training)
#include "tst_t5training.moc"
