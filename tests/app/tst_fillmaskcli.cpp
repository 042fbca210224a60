// The Masked lab's BERT commands as a user runs them: `genlab fill-mask --json` prints exactly
// {"masks": [{"position", "candidates": [{"token", "id", "probability"}]}]} (the engine's
// predictions, masks in text order, candidates best first), readable output otherwise, messages and
// exit codes for a text without a mask and a bad model folder, a tiny `genlab train mlm` whose
// folder fill-mask reads, and the shipped model's demo step.
#include "clirun.h"

#include "engine/masked/bertmodel.h"
#include "engine/masked/fillmask.h"
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

namespace {

bool shippedModelExists()
{
    return QFileInfo::exists(QStringLiteral(GENLAB_SOURCE_DIR "/resources/models/mlm-shakespeare/model.safetensors"));
}

QString corpus()
{
    QString s;
    const char *lines[] = {"the cat sat on the mat.\n", "a dog ran in the fog.\n", "to be or not to be.\n"};
    for (int i = 0; i < 40; ++i)
        s += QString::fromLatin1(lines[i % 3]);
    return s;
}

} // namespace

class TestFillMaskCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_model;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_model = m_tmp.filePath(QStringLiteral("bert"));
        std::vector<std::string> vocab{"[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "the", "cat", "sat", "dog", "ran", ".", "##s"};
        for (char c = 'b'; c <= 'z'; ++c)
            vocab.emplace_back(1, c);
        vocab.emplace_back("a");
        const masked::BertConfig config{int(vocab.size()), 32, 2, 4, 32, 64, 2};
        masked::BertModel model = masked::BertModel::createRandom(config, 21, true);
        model.setTokenizer(std::make_shared<text::WordPieceTokenizer>(text::WordPieceTokenizer::fromVocab(vocab, {}, "test vocabulary")));
        model.save(m_model.toStdString());
    }

    void jsonHasExactlyTheDocumentedShape()
    {
        const GenlabRun r = runGenlab({QStringLiteral("fill-mask"), QStringLiteral("--model"), m_model, QStringLiteral("--json"),
                                       QStringLiteral("--top-k"), QStringLiteral("3"), QStringLiteral("the [MASK] sat . the dog [MASK]")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.startsWith(QStringLiteral("{\"masks\": [{\"position\": 2, \"candidates\": [{\"token\": ")), qPrintable(r.out));
        const QJsonObject o = r.json();
        QCOMPARE(o.keys(), QStringList{QStringLiteral("masks")});
        const QJsonArray masks = o.value(QStringLiteral("masks")).toArray();
        QCOMPARE(masks.size(), 2);

        // The engine's own predictions, in text order at the input's positions (0 is [CLS]).
        const masked::BertModel model = masked::BertModel::open(m_model.toStdString());
        masked::FillMaskOptions options;
        options.topK = 3;
        const auto expected = masked::fillMask(model, "the [MASK] sat . the dog [MASK]", options);
        QCOMPARE(masks[0].toObject().value(QStringLiteral("position")).toInt(), 2);
        QCOMPARE(masks[1].toObject().value(QStringLiteral("position")).toInt(), 7);
        for (int i = 0; i < masks.size(); ++i) {
            const QJsonObject m = masks[i].toObject();
            QCOMPARE(m.keys(), (QStringList{QStringLiteral("candidates"), QStringLiteral("position")}));
            const QJsonArray candidates = m.value(QStringLiteral("candidates")).toArray();
            QCOMPARE(candidates.size(), 3);
            double previous = 1;
            for (int k = 0; k < candidates.size(); ++k) {
                const QJsonObject c = candidates[k].toObject();
                QCOMPARE(c.keys(), (QStringList{QStringLiteral("id"), QStringLiteral("probability"), QStringLiteral("token")}));
                const auto &e = expected.masks[std::size_t(i)].candidates[std::size_t(k)];
                QCOMPARE(c.value(QStringLiteral("id")).toInt(), e.id);
                QCOMPARE(c.value(QStringLiteral("token")).toString(), QString::fromStdString(e.token));
                const double p = c.value(QStringLiteral("probability")).toDouble();
                QVERIFY(std::abs(p - e.probability) < 1e-8);
                QVERIFY(p <= previous);
                previous = p;
            }
        }
    }

    void readableWithoutJson()
    {
        const GenlabRun r = runGenlab({QStringLiteral("fill-mask"), QStringLiteral("--model"), m_model, QStringLiteral("--iterative"),
                                       QStringLiteral("[MASK] cat [MASK] .")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY(r.out.contains(QStringLiteral("input:  [CLS] [MASK] cat [MASK] . [SEP]")));
        QVERIFY(r.out.contains(QStringLiteral("[MASK] at 1:")) && r.out.contains(QStringLiteral("[MASK] at 3:")));
        QVERIFY(r.out.contains(QStringLiteral("step 2:")));
        QVERIFY(r.out.contains(QStringLiteral("filled: ")));
    }

    void badInputGetsMessages()
    {
        // No mask: a usage error saying how to write one.
        GenlabRun r = runGenlab({QStringLiteral("fill-mask"), QStringLiteral("--model"), m_model, QStringLiteral("the cat sat")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("has no [MASK]")), qPrintable(r.err));

        // No text at all.
        r = runGenlab({QStringLiteral("fill-mask"), QStringLiteral("--model"), m_model});
        QCOMPARE(r.code, 2);

        // A path that is not a folder, and a folder whose config is broken: the file is named.
        r = runGenlab({QStringLiteral("fill-mask"), QStringLiteral("--model"), m_tmp.filePath(QStringLiteral("missing")),
                       QStringLiteral("the [MASK]")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("--model")));
        const QString broken = m_tmp.filePath(QStringLiteral("broken"));
        QVERIFY(QDir().mkpath(broken));
        QFile config(broken + QStringLiteral("/config.json"));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("{\"model_type\": \"bert\", \"vocab_size\": ");
        config.close();
        r = runGenlab({QStringLiteral("fill-mask"), QStringLiteral("--model"), broken, QStringLiteral("the [MASK]")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("config.json")), qPrintable(r.err));

        r = runGenlab({QStringLiteral("fill-mask"), QStringLiteral("--model"), m_model, QStringLiteral("--top-k"),
                       QStringLiteral("0"), QStringLiteral("the [MASK]")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("top-k")));
    }

    void trainsATinyMaskedLm()
    {
        const QString data = m_tmp.filePath(QStringLiteral("corpus.txt"));
        QFile f(data);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(corpus().toUtf8());
        f.close();
        const QString out = m_tmp.filePath(QStringLiteral("mlm"));
        const QString exported = m_tmp.filePath(QStringLiteral("mlm-export"));
        const GenlabRun r = runGenlab({QStringLiteral("train"), QStringLiteral("mlm"), QStringLiteral("--data"), data,
                                       QStringLiteral("--out"), out, QStringLiteral("--export"), exported,
                                       QStringLiteral("--steps"), QStringLiteral("4"), QStringLiteral("--batch"), QStringLiteral("4"),
                                       QStringLiteral("--layers"), QStringLiteral("1"), QStringLiteral("--heads"), QStringLiteral("2"),
                                       QStringLiteral("--hidden"), QStringLiteral("16"), QStringLiteral("--context"), QStringLiteral("12"),
                                       QStringLiteral("--vocab"), QStringLiteral("64"), QStringLiteral("--whole-word"),
                                       QStringLiteral("--probe"), QStringLiteral("the cat sat on the [MASK]."),
                                       QStringLiteral("--threads"), QStringLiteral("1")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY(r.out.contains(QStringLiteral("parameters:")));
        QVERIFY(r.out.contains(QStringLiteral("probe [MASK] at 6:")));
        for (const char *file : {"config.json", "model.safetensors", "vocab.txt", "optimizer.safetensors"})
            QVERIFY2(QFile::exists(out + QLatin1Char('/') + QLatin1String(file)), file);
        QVERIFY(QFile::exists(exported + QStringLiteral("/model.safetensors")));
        QVERIFY(!QFile::exists(exported + QStringLiteral("/optimizer.safetensors")));
        QCOMPARE(checkpointConfig(out).value(QStringLiteral("step")).toInt(), 4);

        // Its folder (and the weights-only copy) fill masks.
        for (const QString &folder : {out, exported}) {
            const GenlabRun fill = runGenlab({QStringLiteral("fill-mask"), QStringLiteral("--model"), folder, QStringLiteral("--json"),
                                              QStringLiteral("the cat sat on the [MASK].")});
            QVERIFY2(fill.code == 0, qPrintable(describe(fill)));
            QCOMPARE(fill.json().value(QStringLiteral("masks")).toArray().size(), 1);
        }

        // An option of another trainer is refused, and so is a vocabulary given twice.
        const GenlabRun wrong = runGenlab({QStringLiteral("train"), QStringLiteral("mlm"), QStringLiteral("--data"), data,
                                           QStringLiteral("--out"), out, QStringLiteral("--vocab"), QStringLiteral("64"),
                                           QStringLiteral("--vocab-file"), out + QStringLiteral("/vocab.txt")});
        QCOMPARE(wrong.code, 2);
        QVERIFY(wrong.err.contains(QStringLiteral("--vocab-file")));
    }

    void shippedModelAndDemo()
    {
        if (!shippedModelExists())
            QSKIP("the shipped model resources/models/mlm-shakespeare is missing");
        GenlabRun r = runGenlab({QStringLiteral("fill-mask"), QStringLiteral("--json"), QStringLiteral("To be, or not to [MASK].")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(r.json().value(QStringLiteral("masks")).toArray().size(), 1);

        QTemporaryDir demo;
        r = runGenlab({QStringLiteral("demo"), QStringLiteral("--only"), QStringLiteral("masked.fill-mask"), QStringLiteral("--out"),
                       demo.path()});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QFile f(demo.filePath(QStringLiteral("masked-fill-mask.json")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray results = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 3);
        QCOMPARE(results[0].toObject().value(QStringLiteral("masks")).toArray().size(), 1);
        QVERIFY(QFile::exists(demo.filePath(QStringLiteral("masked-fill-mask.txt"))));
    }
};

QTEST_GUILESS_MAIN(TestFillMaskCli)
#include "tst_fillmaskcli.moc"
