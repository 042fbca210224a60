// The engine against Hugging Face transformers itself: tests/fixtures/hf-gpt2-tiny/ holds a tiny
// random GPT2LMHeadModel saved with save_pretrained and its logits/greedy tokens, written by
// tests/python/make_hf_gpt2_fixture.py where transformers is installed. Skips while it is absent.
#include "engine/gpt/gptmodel.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <cmath>

using namespace genlab::engine::gpt;

class TestHfGpt2Fixture : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesTransformers()
    {
        const QString dir = qEnvironmentVariable("GENLAB_HF_GPT2_FIXTURE",
                                                 QStringLiteral(GENLAB_SOURCE_DIR "/tests/fixtures/hf-gpt2-tiny"));
        QFile expectedFile(dir + QStringLiteral("/expected.json"));
        if (!expectedFile.exists())
            QSKIP("tests/fixtures/hf-gpt2-tiny is absent: run tests/python/make_hf_gpt2_fixture.py where "
                  "transformers is installed and commit its output");
        QVERIFY(expectedFile.open(QIODevice::ReadOnly));
        const QJsonObject expected = QJsonDocument::fromJson(expectedFile.readAll()).object();
        QFile configFile(dir + QStringLiteral("/config.json"));
        QVERIFY(configFile.open(QIODevice::ReadOnly));
        const GptConfig config = GptConfig::fromJson(configFile.readAll().toStdString());
        GptModel model = GptModel::openSafetensors((dir + QStringLiteral("/model.safetensors")).toStdString(), config);

        std::vector<int> prompt;
        for (const auto &v : expected.value(QStringLiteral("prompt")).toArray())
            prompt.push_back(v.toInt());
        const auto ours = model.logits(prompt);
        const QJsonArray rows = expected.value(QStringLiteral("logits")).toArray();
        QCOMPARE(rows.size(), int(prompt.size()));
        double worst = 0;
        for (int t = 0; t < rows.size(); ++t) {
            const QJsonArray row = rows[t].toArray();
            QCOMPARE(row.size(), config.vocabSize);
            for (int v = 0; v < row.size(); ++v)
                worst = std::max(worst, std::abs(row[v].toDouble() - double(ours[std::size_t(t) * config.vocabSize + v])));
        }
        qInfo("max |logit difference| vs transformers %s: %.3g",
              qPrintable(expected.value(QStringLiteral("transformers")).toString()), worst);
        QVERIFY2(worst < 1e-4, qPrintable(QString::number(worst)));

        SamplingSettings greedy;
        greedy.greedy = true;
        const QJsonArray refGreedy = expected.value(QStringLiteral("greedy")).toArray();
        greedy.maxTokens = refGreedy.size();
        const auto r = model.generate(prompt, greedy);
        QCOMPARE(int(r.ids.size()), refGreedy.size());
        for (int i = 0; i < refGreedy.size(); ++i)
            QCOMPARE(r.ids[std::size_t(i)], refGreedy[i].toInt());
    }
};

QTEST_APPLESS_MAIN(TestHfGpt2Fixture)
#include "tst_hf_gpt2_fixture.moc"
