// The Masked lab's `genlab embed --model PATH [--json] TEXT...` as a user runs it, against a small
// BERT folder the test writes through the engine: exactly {"dimension", "vectors"} with --json,
// the engine's own vectors (normalised), a readable summary otherwise, and exit codes for bad input.
#include "clirun.h"

#include "engine/masked/bertmodel.h"
#include "engine/text/wordpiecetokenizer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace genlab::testing;
namespace masked = genlab::engine::masked;
namespace text = genlab::engine::text;

class TestEmbedCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_model;
    const masked::BertConfig m_config{48, 32, 2, 4, 32, 64, 2};

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_model = m_tmp.filePath(QStringLiteral("bert"));
        std::vector<std::string> vocab{"[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "the", "cat", "sat", "dog", "ran", "."};
        for (char c = 'a'; c <= 'z'; ++c)
            vocab.emplace_back(1, c);
        masked::BertModel model = masked::BertModel::createRandom(m_config, 21, false);
        model.setTokenizer(std::make_shared<text::WordPieceTokenizer>(
            text::WordPieceTokenizer::fromVocab(vocab, {}, "test vocabulary")));
        model.save(m_model.toStdString());
    }

    void jsonIsTheEnginesVectors()
    {
        const QStringList texts{QStringLiteral("the cat sat."), QStringLiteral("a dog ran"), QStringLiteral("cat")};
        const GenlabRun r = runGenlab(QStringList{QStringLiteral("embed"), QStringLiteral("--model"), m_model,
                                                  QStringLiteral("--json")} +
                                      texts);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = r.json();
        QCOMPARE(o.keys(), (QStringList{QStringLiteral("dimension"), QStringLiteral("vectors")}));
        QCOMPARE(o.value(QStringLiteral("dimension")).toInt(), m_config.hiddenSize);
        const QJsonArray vectors = o.value(QStringLiteral("vectors")).toArray();
        QCOMPARE(vectors.size(), texts.size());

        const masked::BertModel model = masked::BertModel::open(m_model.toStdString());
        std::vector<std::string> plain;
        for (const QString &t : texts)
            plain.push_back(t.toStdString());
        const auto expected = model.embed(plain);
        for (int i = 0; i < vectors.size(); ++i) {
            const QJsonArray v = vectors[i].toArray();
            QCOMPARE(v.size(), m_config.hiddenSize);
            double norm = 0, diff = 0;
            for (int k = 0; k < v.size(); ++k) {
                norm += v[k].toDouble() * v[k].toDouble();
                diff = std::max(diff, std::abs(v[k].toDouble() - double(expected[std::size_t(i)][std::size_t(k)])));
            }
            QVERIFY(std::abs(std::sqrt(norm) - 1) < 1e-5);
            QVERIFY2(diff < 1e-6, qPrintable(QString::number(diff)));
        }
    }

    void readableWithoutJson()
    {
        const GenlabRun r = runGenlab({QStringLiteral("embed"), QStringLiteral("--model"), m_model,
                                       QStringLiteral("the cat"), QStringLiteral("the dog")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("2 vectors of dimension 32 (mean pooling, normalised)")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("[1] the cat")));
        QVERIFY(r.out.contains(QStringLiteral("norm 1.0000")));
        QVERIFY(r.out.contains(QStringLiteral("cosine similarity")));
    }

    void badInputIsNamed()
    {
        GenlabRun r = runGenlab({QStringLiteral("embed"), QStringLiteral("the cat")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("--model")));

        r = runGenlab({QStringLiteral("embed"), QStringLiteral("--model"), m_model});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("TEXT")));

        // A folder whose config.json is another architecture's.
        const QString gpt2 = m_tmp.filePath(QStringLiteral("gpt2"));
        QDir().mkpath(gpt2);
        QFile f(gpt2 + QStringLiteral("/config.json"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"model_type": "gpt2", "vocab_size": 50257, "n_layer": 12})");
        f.close();
        r = runGenlab({QStringLiteral("embed"), QStringLiteral("--model"), gpt2, QStringLiteral("x")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("config.json")) && r.err.contains(QStringLiteral("gpt2")), qPrintable(r.err));
    }
};

QTEST_APPLESS_MAIN(TestEmbedCli)
#include "tst_embedcli.moc"
