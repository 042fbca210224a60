// The engine's GPT-2 against an independent Python/PyTorch implementation reading the same
// Hugging Face layout file: logits to 1e-4 and greedy tokens.
#include "gpttesthelpers.h"

#include "engine/gpt/gptmodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace genlab::engine;
using namespace genlab::engine::gpt;

class TestGpt2Reference : public QObject
{
    Q_OBJECT
private:
    const GptConfig m_config{61, 24, 2, 4, 32};
    const std::vector<int> m_prompt{3, 17, 42, 0, 60, 5, 9, 33, 21};

    static std::string readAll(const std::string &path)
    {
        QFile f(QString::fromStdString(path));
        f.open(QIODevice::ReadOnly);
        return f.readAll().toStdString();
    }

    static std::vector<gpttest::HfTensor> roundedToBf16(std::vector<gpttest::HfTensor> tensors)
    {
        for (auto &t : tensors)
            for (float &v : t.values) {
                std::uint32_t bits = std::uint32_t(gpttest::toBf16(v)) << 16;
                std::memcpy(&v, &bits, 4);
            }
        return tensors;
    }

private Q_SLOTS:
    void logitsAndGreedyMatchPython()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const GptConfig &c = m_config;
        const std::string weights = dir.filePath(QStringLiteral("model.safetensors")).toStdString();
        const std::string config = dir.filePath(QStringLiteral("config.json")).toStdString();
        gpttest::writeHf(weights, gpttest::randomHfTensors(c, 7), false, gpttest::Dtype::F32, c);
        gpttest::writeHfConfig(config, c);

        const int greedyCount = 10;
        QStringList ids;
        for (int id : m_prompt)
            ids << QString::number(id);
        QString error;
        const QByteArray out = gpttest::runPython(
            {QStringLiteral(GENLAB_SOURCE_DIR "/tests/python/gpt2_reference.py"), QStringLiteral("--weights"),
             QString::fromStdString(weights), QStringLiteral("--config"), QString::fromStdString(config),
             QStringLiteral("--ids"), ids.join(QLatin1Char(',')), QStringLiteral("--greedy"),
             QString::number(greedyCount)},
            &error);
        if (out.isEmpty() && error.contains(QStringLiteral("No module named 'torch'")))
            QSKIP("Debian's /usr/bin/python3 cannot import torch (apt-get install python3-torch)");
        if (out.isEmpty() && error.contains(QStringLiteral("failed to start")))
            QSKIP("Debian's /usr/bin/python3 is not installed");
        QVERIFY2(!out.isEmpty(), qPrintable(error));
        const QJsonObject ref = QJsonDocument::fromJson(out).object();
        const QJsonArray refLogits = ref.value(QStringLiteral("logits")).toArray();
        QCOMPARE(refLogits.size(), int(m_prompt.size()));

        GptModel model = GptModel::openSafetensors(weights, GptConfig::fromJson(readAll(config)));
        const std::vector<float> ours = model.logits(m_prompt);
        QCOMPARE(ours.size(), m_prompt.size() * std::size_t(c.vocabSize));
        double maxDiff = 0, maxAbs = 0;
        for (int t = 0; t < refLogits.size(); ++t) {
            const QJsonArray row = refLogits[t].toArray();
            QCOMPARE(row.size(), c.vocabSize);
            for (int v = 0; v < c.vocabSize; ++v) {
                const double r = row[v].toDouble();
                maxDiff = std::max(maxDiff, std::abs(r - double(ours[std::size_t(t) * c.vocabSize + v])));
                maxAbs = std::max(maxAbs, std::abs(r));
            }
        }
        qInfo("max |logit difference| %.3g (logits up to %.3g)", maxDiff, maxAbs);
        QVERIFY2(maxAbs > 0.5, "logits too small for the comparison to mean anything");
        QVERIFY2(maxDiff < 1e-4, qPrintable(QStringLiteral("max difference %1").arg(maxDiff)));

        // The KV-cache path, greedy, against the reference's full recomputation per token.
        SamplingSettings greedy;
        greedy.greedy = true;
        greedy.maxTokens = greedyCount;
        const GenerationResult gen = model.generate(m_prompt, greedy);
        const QJsonArray refGreedy = ref.value(QStringLiteral("greedy")).toArray();
        QCOMPARE(int(gen.ids.size()), refGreedy.size());
        for (int i = 0; i < refGreedy.size(); ++i)
            QCOMPARE(gen.ids[std::size_t(i)], refGreedy[i].toInt());
    }

    // The F32 path is checked against Python above; the prefixed BF16 file must give exactly what
    // the same values (rounded to BF16) give as F32 without the prefix.
    void transformerPrefixAndBf16LoadTheSameWeights()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const GptConfig &c = m_config;
        const auto tensors = gpttest::randomHfTensors(c, 11);
        const std::string bf16 = dir.filePath(QStringLiteral("bf16.safetensors")).toStdString();
        const std::string f32 = dir.filePath(QStringLiteral("f32.safetensors")).toStdString();
        gpttest::writeHf(bf16, tensors, true, gpttest::Dtype::BF16, c);
        gpttest::writeHf(f32, roundedToBf16(tensors), false, gpttest::Dtype::F32, c);
        const auto a = GptModel::openSafetensors(bf16, c).logits(m_prompt);
        const auto b = GptModel::openSafetensors(f32, c).logits(m_prompt);
        QCOMPARE(a.size(), b.size());
        for (std::size_t i = 0; i < a.size(); ++i)
            QCOMPARE(a[i], b[i]);
        // And the rounding mattered, so the BF16 file was really decoded as BF16.
        const auto exact = [&] {
            const std::string p = dir.filePath(QStringLiteral("exact.safetensors")).toStdString();
            gpttest::writeHf(p, tensors, false, gpttest::Dtype::F32, c);
            return GptModel::openSafetensors(p, c).logits(m_prompt);
        }();
        QVERIFY(exact != a);
    }
};

QTEST_APPLESS_MAIN(TestGpt2Reference)
#include "tst_gpt2_reference.moc"
