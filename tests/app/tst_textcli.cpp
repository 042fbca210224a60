// The Text lab's commands as a user runs them: `genlab generate` (per-token probabilities in JSON,
// the same text for the same seed, bf16/int8 weights), `genlab perplexity` (its JSON, its messages), `genlab tokenize` against GPT-2's and BERT's reference ids, `genlab train
// lm` on a small text (continue, start over, old option names), the text part of `genlab demo`,
// and bad input with its exit codes.
#include "clirun.h"
#include "gpt2folder.h"
#include "shareddata.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

namespace {

using Run = genlab::testing::GenlabRun;

// Headless (no display at all), as a server runs the text commands.
Run runGenlab(const QStringList &args, int timeoutMs = 240000)
{
    return genlab::testing::runGenlab(args, timeoutMs, genlab::testing::Display::None);
}

QJsonObject json(const Run &r)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &e);
    if (e.error != QJsonParseError::NoError)
        qWarning("not JSON (%s): %s", qPrintable(e.errorString()), qPrintable(r.out.left(400)));
    return doc.object();
}

bool shippedModelExists()
{
    return QFileInfo::exists(QStringLiteral(GENLAB_SOURCE_DIR "/resources/models/lm-shakespeare-bpe/model.safetensors"));
}

QStringList idsOf(const QJsonArray &tokens)
{
    QStringList ids;
    for (const auto &t : tokens)
        ids << QString::number(t.toObject().value(QStringLiteral("id")).toInt());
    return ids;
}

} // namespace

class TestTextCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void generateJsonGivesPerTokenProbabilities()
    {
        if (!shippedModelExists())
            QSKIP("the shipped model resources/models/lm-shakespeare-bpe is missing");
        const QStringList args{QStringLiteral("generate"), QStringLiteral("--json"), QStringLiteral("--seed"), QStringLiteral("5"),
                               QStringLiteral("--max-tokens"), QStringLiteral("12"), QStringLiteral("--top-k"), QStringLiteral("20"),
                               QStringLiteral("ROMEO:\n")};
        const Run a = runGenlab(args);
        QVERIFY2(a.code == 0, qPrintable(a.err));
        const QJsonObject o = json(a);
        const QJsonArray tokens = o.value(QStringLiteral("tokens")).toArray();
        QCOMPARE(tokens.size(), 12);
        QString concatenated;
        for (const auto &v : tokens) {
            const QJsonObject t = v.toObject();
            const double p = t.value(QStringLiteral("probability")).toDouble();
            const double raw = t.value(QStringLiteral("raw_probability")).toDouble();
            QVERIFY2(p > 0 && p <= 1, qPrintable(QString::number(p)));
            QVERIFY(raw > 0 && raw <= 1);
            QVERIFY(t.value(QStringLiteral("draw")).isDouble()); // sampled, not greedy
            concatenated += t.value(QStringLiteral("text")).toString();
        }
        QCOMPARE(concatenated, o.value(QStringLiteral("text")).toString());
        QCOMPARE(o.value(QStringLiteral("prompt")).toString(), QStringLiteral("ROMEO:\n"));
        QCOMPARE(o.value(QStringLiteral("seed")).toString(), QStringLiteral("5"));
        QCOMPARE(o.value(QStringLiteral("settings")).toObject().value(QStringLiteral("top_k")).toInt(), 20);

        // The same seed gives the same tokens; another seed other tokens.
        const Run b = runGenlab(args);
        QCOMPARE(idsOf(json(b).value(QStringLiteral("tokens")).toArray()), idsOf(tokens));
        QStringList other = args;
        other[3] = QStringLiteral("6");
        QVERIFY(idsOf(json(runGenlab(other)).value(QStringLiteral("tokens")).toArray()) != idsOf(tokens));
    }

    void generatePlainTextAndGreedy()
    {
        if (!shippedModelExists())
            QSKIP("the shipped model resources/models/lm-shakespeare-bpe is missing");
        const Run r = runGenlab({QStringLiteral("generate"), QStringLiteral("--temperature"), QStringLiteral("0"),
                              QStringLiteral("--max-tokens"), QStringLiteral("8"), QStringLiteral("KING:")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.startsWith(QStringLiteral("KING:")));
        QVERIFY(r.out.size() > 6);
        QVERIFY(r.err.contains(QStringLiteral("tokens/s")));
        const QJsonObject o = json(runGenlab({QStringLiteral("generate"), QStringLiteral("--json"), QStringLiteral("--greedy"),
                                           QStringLiteral("--max-tokens"), QStringLiteral("8"), QStringLiteral("KING:")}));
        const QJsonArray tokens = o.value(QStringLiteral("tokens")).toArray();
        QCOMPARE(tokens.size(), 8);
        for (const auto &t : tokens)
            QCOMPARE(t.toObject().value(QStringLiteral("rank")).toInt(), 0); // greedy picks the favourite
    }

    void tokenizeMatchesGpt2ReferenceIds()
    {
        GENLAB_REQUIRE_SHARED("gpt2/gpt2_hf_tik_testdata.json");
        QFile f(genlab::testing::sharedDataPath(QStringLiteral("gpt2/gpt2_hf_tik_testdata.json")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray samples = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("samples")).toArray();
        QVERIFY(samples.size() >= 10);
        int checked = 0;
        for (const auto &v : samples) {
            const QJsonObject s = v.toObject();
            const QString text = s.value(QStringLiteral("text")).toString();
            if (text.isEmpty() || text.startsWith(QLatin1Char('-')) || text.contains(QChar(0)))
                continue;
            const Run r = runGenlab({QStringLiteral("tokenize"), QStringLiteral("--json"), QStringLiteral("--tokenizer"),
                                  genlab::testing::sharedDataPath(QStringLiteral("gpt2")), text});
            QVERIFY2(r.code == 0, qPrintable(r.err));
            const QJsonObject o = json(r);
            QCOMPARE(o.keys(), (QStringList{QStringLiteral("ids"), QStringLiteral("pieces")}));
            QCOMPARE(o.value(QStringLiteral("ids")).toArray(), s.value(QStringLiteral("ids")).toArray());
            QCOMPARE(o.value(QStringLiteral("pieces")).toArray().size(), s.value(QStringLiteral("ids")).toArray().size());
            ++checked;
            if (checked >= 4) // each run starts a process: a few samples show the path works
                break;
        }
        QVERIFY(checked >= 4);
        const Run hello = runGenlab({QStringLiteral("tokenize"), QStringLiteral("--json"), QStringLiteral("--tokenizer"),
                                  genlab::testing::sharedDataPath(QStringLiteral("gpt2")), QStringLiteral("Hello world")});
        QCOMPARE(json(hello).value(QStringLiteral("pieces")).toArray(),
                 (QJsonArray{QStringLiteral("Hello"), QStringLiteral(" world")}));
    }

    void tokenizeWithBertWordPiece()
    {
        GENLAB_REQUIRE_SHARED("bert-base-uncased/vocab.txt");
        const QString folder = genlab::testing::sharedDataPath(QStringLiteral("bert-base-uncased"));
        const QString text = QStringLiteral("Hello, y'all! [MASK] unaffable");
        // Hugging Face's ids without [CLS]/[SEP]; a literal [MASK] stays whole.
        const QJsonArray expected{7592, 1010, 1061, 1005, 2035, 999, 103, 14477, 20961, 3468};
        // The vocab.txt itself...
        const Run r = runGenlab({QStringLiteral("tokenize"), QStringLiteral("--json"), QStringLiteral("--tokenizer"),
                                 QDir(folder).filePath(QStringLiteral("vocab.txt")), text});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(json(r).value(QStringLiteral("ids")).toArray(), expected);
        QCOMPARE(json(r).value(QStringLiteral("pieces")).toArray().at(8).toString(), QStringLiteral("ffa"));
        // ...or its folder, listed one token a line ("##" pieces as the vocabulary spells them).
        const Run plain = runGenlab({QStringLiteral("tokenize"), QStringLiteral("--tokenizer"), folder, text});
        QVERIFY2(plain.code == 0, qPrintable(plain.err));
        QVERIFY2(plain.out.contains(QStringLiteral("wordpiece tokenizer with 30522 tokens")), qPrintable(plain.out));
        QStringList listed;
        for (const QString &line : plain.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(1))
            listed << line.simplified();
        QCOMPARE(listed, (QStringList{QStringLiteral("7592 hello"), QStringLiteral("1010 ,"), QStringLiteral("1061 y"),
                                      QStringLiteral("1005 '"), QStringLiteral("2035 all"), QStringLiteral("999 !"),
                                      QStringLiteral("103 [MASK]"), QStringLiteral("14477 una"),
                                      QStringLiteral("20961 ##ffa"), QStringLiteral("3468 ##ble")}));

        // A BERT model folder without its vocabulary: the missing file is named.
        QTemporaryDir dir;
        QFile config(dir.filePath(QStringLiteral("config.json")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(R"({"model_type": "bert", "vocab_size": 30522})");
        config.close();
        const Run missing = runGenlab({QStringLiteral("tokenize"), QStringLiteral("--tokenizer"), dir.path(), text});
        QCOMPARE(missing.code, 1);
        QVERIFY2(missing.err.contains(dir.filePath(QStringLiteral("vocab.txt"))), qPrintable(missing.err));
    }

    void perplexityJsonAndWeightFormats()
    {
        if (!shippedModelExists())
            QSKIP("the shipped model resources/models/lm-shakespeare-bpe is missing");
        QTemporaryDir dir;
        const QString text = dir.filePath(QStringLiteral("text.txt"));
        {
            QFile f(text);
            QVERIFY(f.open(QIODevice::WriteOnly));
            for (int i = 0; i < 20; ++i)
                f.write("ROMEO:\nBut soft, what light through yonder window breaks?\nIt is the east, and Juliet is the sun.\n\n");
        }
        QJsonObject fp32;
        for (const QString weights : {QStringLiteral("fp32"), QStringLiteral("int8")}) {
            const Run r = runGenlab({QStringLiteral("perplexity"), QStringLiteral("--data"), text, QStringLiteral("--weights"), weights,
                                     QStringLiteral("--max-tokens"), QStringLiteral("300"), QStringLiteral("--json")});
            QVERIFY2(r.code == 0, qPrintable(r.err));
            const QJsonObject o = json(r);
            for (const char *key : {"model", "data", "device", "weights", "weight_bytes", "context", "stride", "windows",
                                    "tokens", "mean_nll", "perplexity", "seconds"})
                QVERIFY2(o.contains(QLatin1String(key)), key);
            QCOMPARE(o.value(QStringLiteral("weights")).toString(), weights);
            QCOMPARE(o.value(QStringLiteral("tokens")).toInt(), 299); // the first token is only context
            QCOMPARE(o.value(QStringLiteral("data")).toString(), QFileInfo(text).absoluteFilePath());
            const double ppl = o.value(QStringLiteral("perplexity")).toDouble();
            QVERIFY2(ppl > 1 && std::isfinite(ppl), qPrintable(QString::number(ppl)));
            QVERIFY(std::fabs(std::log(ppl) - o.value(QStringLiteral("mean_nll")).toDouble()) < 1e-9);
            if (weights == QStringLiteral("fp32")) {
                fp32 = o;
            } else {
                QVERIFY(o.value(QStringLiteral("weight_bytes")).toDouble() < 0.5 * fp32.value(QStringLiteral("weight_bytes")).toDouble());
                QVERIFY(std::fabs(ppl / fp32.value(QStringLiteral("perplexity")).toDouble() - 1) < 0.03);
            }
        }
        // The plain line names the figure and the format.
        const Run plain = runGenlab({QStringLiteral("perplexity"), QStringLiteral("--data"), text, QStringLiteral("--max-tokens"),
                                     QStringLiteral("100"), QStringLiteral("--weights"), QStringLiteral("bf16")});
        QVERIFY2(plain.code == 0, qPrintable(plain.err));
        QVERIFY2(plain.out.contains(QStringLiteral("perplexity ")) && plain.out.contains(QStringLiteral("bf16 weights")),
                 qPrintable(plain.out));
        // A text of one token has nothing to score.
        const QString tiny = dir.filePath(QStringLiteral("tiny.txt"));
        {
            QFile f(tiny);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("a");
        }
        const Run one = runGenlab({QStringLiteral("perplexity"), QStringLiteral("--data"), tiny});
        QCOMPARE(one.code, 1);
        QVERIFY2(one.err.contains(tiny) && one.err.contains(QStringLiteral("at least 2")), qPrintable(one.err));
    }

    void generateWithCompactWeights()
    {
        if (!shippedModelExists())
            QSKIP("the shipped model resources/models/lm-shakespeare-bpe is missing");
        QStringList first;
        for (const QString weights : {QStringLiteral("fp32"), QStringLiteral("bf16"), QStringLiteral("int8")}) {
            const Run r = runGenlab({QStringLiteral("generate"), QStringLiteral("--json"), QStringLiteral("--greedy"), QStringLiteral("--max-tokens"),
                                     QStringLiteral("1"), QStringLiteral("--weights"), weights, QStringLiteral("ROMEO:\n")});
            QVERIFY2(r.code == 0, qPrintable(r.err));
            const QJsonObject o = json(r);
            QCOMPARE(o.value(QStringLiteral("weights")).toString(), weights);
            first << idsOf(o.value(QStringLiteral("tokens")).toArray());
        }
        QCOMPARE(first.size(), 3);
        QCOMPARE(first[1], first[0]); // the most likely next token does not move
        QCOMPARE(first[2], first[0]);
    }

    // A Hugging Face GPT-2 folder (the real tokenizer, small random weights) loads in every
    // weight format: it generates, scores a text, and each format holds fewer bytes.
    void gpt2FolderLoadsInEveryFormat()
    {
        GENLAB_REQUIRE_SHARED(QStringLiteral("gpt2/encoder.json"));
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("gpt2"));
        const QString made = genlab::testing::writeGpt2Folder(folder);
        QVERIFY2(made.isEmpty(), qPrintable(made));
        const QString text = dir.filePath(QStringLiteral("text.txt"));
        {
            QFile f(text);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Hello world. The quick brown fox jumps over the lazy dog, and the students watch it decode.\n");
        }
        double fp32Bytes = 0, fp32Perplexity = 0;
        for (const QString weights : {QStringLiteral("fp32"), QStringLiteral("bf16"), QStringLiteral("int8")}) {
            const Run g = runGenlab({QStringLiteral("generate"), QStringLiteral("--model"), folder, QStringLiteral("--weights"), weights,
                                     QStringLiteral("--greedy"), QStringLiteral("--max-tokens"), QStringLiteral("4"),
                                     QStringLiteral("--json"), QStringLiteral("Hello world")});
            QVERIFY2(g.code == 0, qPrintable(weights + QStringLiteral(": ") + g.err));
            const QJsonObject go = json(g);
            QCOMPARE(go.value(QStringLiteral("weights")).toString(), weights);
            QCOMPARE(go.value(QStringLiteral("tokens")).toArray().size(), 4);
            for (const auto &t : go.value(QStringLiteral("tokens")).toArray()) {
                const int id = t.toObject().value(QStringLiteral("id")).toInt(-1);
                QVERIFY2(id >= 0 && id < 50257, qPrintable(QString::number(id))); // GPT-2's vocabulary
            }

            const Run p = runGenlab({QStringLiteral("perplexity"), QStringLiteral("--model"), folder, QStringLiteral("--data"), text,
                                     QStringLiteral("--weights"), weights, QStringLiteral("--json")});
            QVERIFY2(p.code == 0, qPrintable(weights + QStringLiteral(": ") + p.err));
            const QJsonObject po = json(p);
            QCOMPARE(po.value(QStringLiteral("weights")).toString(), weights);
            QCOMPARE(po.value(QStringLiteral("tokens")).toInt(), 20); // GPT-2's BPE: 21 tokens, the first only context
            const double bytes = po.value(QStringLiteral("weight_bytes")).toDouble();
            const double ppl = po.value(QStringLiteral("perplexity")).toDouble();
            QVERIFY2(std::isfinite(ppl) && ppl > 1, qPrintable(QString::number(ppl)));
            if (weights == QStringLiteral("fp32")) {
                fp32Bytes = bytes;
                fp32Perplexity = ppl;
                continue;
            }
            const double share = weights == QStringLiteral("bf16") ? 0.55 : 0.35;
            QVERIFY2(bytes < share * fp32Bytes, qPrintable(QStringLiteral("%1: %2 of %3 bytes").arg(weights).arg(bytes).arg(fp32Bytes)));
            QVERIFY2(std::fabs(ppl / fp32Perplexity - 1) < 0.01, qPrintable(QStringLiteral("%1 vs %2").arg(ppl).arg(fp32Perplexity)));
        }
    }

    void badInputGivesExitCodesAndMessages_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("expected");
        const QString gen = QStringLiteral("generate"), tok = QStringLiteral("tokenize"), train = QStringLiteral("train");
        QTest::newRow("no prompt") << QStringList{gen} << 2 << QStringLiteral("a PROMPT is required");
        QTest::newRow("bad temperature") << QStringList{gen, QStringLiteral("--temperature"), QStringLiteral("hot"), QStringLiteral("x")}
                                         << 2 << QStringLiteral("--temperature must be a number");
        QTest::newRow("top-p out of range") << QStringList{gen, QStringLiteral("--top-p"), QStringLiteral("1.5"), QStringLiteral("x")}
                                            << 2 << QStringLiteral("--top-p");
        QTest::newRow("negative top-k") << QStringList{gen, QStringLiteral("--top-k"), QStringLiteral("-3"), QStringLiteral("x")}
                                        << 2 << QStringLiteral("--top-k");
        QTest::newRow("model not a folder") << QStringList{gen, QStringLiteral("--model"), QStringLiteral("/no/such/model"), QStringLiteral("x")}
                                            << 2 << QStringLiteral("--model must be a model folder");
        QTest::newRow("model folder without a model") << QStringList{gen, QStringLiteral("--model"), QStringLiteral(GENLAB_SOURCE_DIR "/resources/icons"), QStringLiteral("x")}
                                                      << 1 << QStringLiteral("icons");
        const QString ppl = QStringLiteral("perplexity");
        QTest::newRow("perplexity without data") << QStringList{ppl} << 2 << QStringLiteral("--data FILE is required");
        QTest::newRow("perplexity missing data") << QStringList{ppl, QStringLiteral("--data"), QStringLiteral("/no/such.txt")}
                                                 << 2 << QStringLiteral("/no/such.txt: no such file");
        QTest::newRow("perplexity data is a folder") << QStringList{ppl, QStringLiteral("--data"), QStringLiteral(GENLAB_SOURCE_DIR "/resources")}
                                                     << 2 << QStringLiteral("resources: not a file");
        QTest::newRow("perplexity bad weights") << QStringList{ppl, QStringLiteral("--data"), QStringLiteral(GENLAB_SOURCE_DIR "/README.md"),
                                                               QStringLiteral("--weights"), QStringLiteral("int4")}
                                                << 2 << QStringLiteral("--weights must be fp32, bf16 or int8 (got 'int4')");
        QTest::newRow("generate bad weights") << QStringList{gen, QStringLiteral("--weights"), QStringLiteral("fp64"), QStringLiteral("x")}
                                              << 2 << QStringLiteral("--weights must be fp32, bf16 or int8");
        QTest::newRow("tokenize without --tokenizer") << QStringList{tok, QStringLiteral("x")} << 2 << QStringLiteral("--tokenizer PATH is required");
        QTest::newRow("tokenizer folder without files") << QStringList{tok, QStringLiteral("--tokenizer"), QStringLiteral(GENLAB_SOURCE_DIR "/resources/icons"), QStringLiteral("x")}
                                                        << 1 << QStringLiteral("no tokenizer here");
        QTest::newRow("tokenize without text") << QStringList{tok, QStringLiteral("--tokenizer"), QStringLiteral(GENLAB_SOURCE_DIR "/resources/icons")}
                                               << 2 << QStringLiteral("TEXT is required");
        QTest::newRow("train what") << QStringList{train, QStringLiteral("teleporter")} << 2 << QStringLiteral("unknown kind 'teleporter' (kinds:");
        QTest::newRow("train another kind's option") << QStringList{train, QStringLiteral("lm"), QStringLiteral("--latent"), QStringLiteral("4")}
                                                     << 2 << QStringLiteral("--latent is not an option of 'train lm'");
        QTest::newRow("train without data") << QStringList{train, QStringLiteral("lm"), QStringLiteral("--out"), QStringLiteral("/tmp/x")}
                                            << 2 << QStringLiteral("--data FILE is required");
        QTest::newRow("train missing data") << QStringList{train, QStringLiteral("lm"), QStringLiteral("--data"), QStringLiteral("/no/such.txt"),
                                                           QStringLiteral("--out"), QStringLiteral("/tmp/x")}
                                            << 2 << QStringLiteral("no such file");
        QTest::newRow("train heads") << QStringList{train, QStringLiteral("lm"), QStringLiteral("--data"), QStringLiteral(GENLAB_SOURCE_DIR "/README.md"),
                                                    QStringLiteral("--out"), QStringLiteral("/tmp/x"), QStringLiteral("--embed"), QStringLiteral("30"),
                                                    QStringLiteral("--heads"), QStringLiteral("4")}
                                     << 2 << QStringLiteral("multiple of --heads");
        QTest::newRow("train bad tokenizer") << QStringList{train, QStringLiteral("lm"), QStringLiteral("--data"), QStringLiteral(GENLAB_SOURCE_DIR "/README.md"),
                                                            QStringLiteral("--out"), QStringLiteral("/tmp/x"), QStringLiteral("--tokenizer"), QStringLiteral("bpe:9")}
                                             << 2 << QStringLiteral("bpe:N");
    }
    void badInputGivesExitCodesAndMessages()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, expected);
        const Run r = runGenlab(args);
        QVERIFY2(r.code == code, qPrintable(QStringLiteral("exit %1, stderr: %2").arg(r.code).arg(r.err)));
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    }

    void trainsATinyModelThatGenerates()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString corpus = dir.filePath(QStringLiteral("corpus.txt"));
        QFile f(corpus);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("First Citizen:\nBefore we proceed any further, hear me speak.\n\nAll:\nSpeak, speak.\n").repeated(30));
        f.close();
        const QString out = dir.filePath(QStringLiteral("run")), exported = dir.filePath(QStringLiteral("shipped"));
        // --eval-interval and --sample-interval are the old names of --eval-every and --preview-every.
        const QStringList tiny{QStringLiteral("train"), QStringLiteral("lm"), QStringLiteral("--data"), corpus,
                               QStringLiteral("--layers"), QStringLiteral("1"), QStringLiteral("--heads"), QStringLiteral("2"),
                               QStringLiteral("--embed"), QStringLiteral("16"), QStringLiteral("--context"), QStringLiteral("16"),
                               QStringLiteral("--batch"), QStringLiteral("2"), QStringLiteral("--eval-interval"), QStringLiteral("2"),
                               QStringLiteral("--sample-interval"), QStringLiteral("0")};
        const Run r = runGenlab(tiny + QStringList{QStringLiteral("--out"), out, QStringLiteral("--export"), exported,
                                                   QStringLiteral("--steps"), QStringLiteral("4")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("validation")));
        QVERIFY2(r.err.contains(QStringLiteral("step 2/4 eval")), qPrintable(r.err)); // every evaluation has its line
        QVERIFY2(r.err.contains(QStringLiteral("checkpoint: step 4 in ")), qPrintable(r.err));
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/optimizer.safetensors")));
        QVERIFY(QFileInfo::exists(exported + QStringLiteral("/model.safetensors")));
        QVERIFY(!QFileInfo::exists(exported + QStringLiteral("/optimizer.safetensors")));
        // The same --out again continues the run; --no-resume starts over.
        const Run again = runGenlab(tiny + QStringList{QStringLiteral("--out"), out, QStringLiteral("--steps"), QStringLiteral("6")});
        QVERIFY2(again.code == 0, qPrintable(again.err));
        QVERIFY2(again.out.contains(QStringLiteral("steps:       6 (from 4)")), qPrintable(again.out));
        const Run over = runGenlab(tiny + QStringList{QStringLiteral("--out"), out, QStringLiteral("--steps"), QStringLiteral("2"),
                                                      QStringLiteral("--no-resume")});
        QVERIFY2(over.code == 0, qPrintable(over.err));
        QVERIFY2(over.out.contains(QStringLiteral("steps:       2 (from 0)")), qPrintable(over.out));
        // --resume with nothing to resume fails and names the folder.
        const QString none = dir.filePath(QStringLiteral("no run here"));
        const Run missing = runGenlab(tiny + QStringList{QStringLiteral("--out"), none, QStringLiteral("--steps"), QStringLiteral("2"),
                                                         QStringLiteral("--resume")});
        QVERIFY2(missing.code != 0, qPrintable(missing.err));
        QVERIFY2(missing.err.contains(QStringLiteral("no run here")), qPrintable(missing.err));
        const Run g = runGenlab({QStringLiteral("generate"), QStringLiteral("--model"), exported, QStringLiteral("--json"),
                              QStringLiteral("--max-tokens"), QStringLiteral("5"), QStringLiteral("All:")});
        QVERIFY2(g.code == 0, qPrintable(g.err));
        QCOMPARE(json(g).value(QStringLiteral("tokens")).toArray().size(), 5);
    }

    void demoWritesATextWithItsRecipe()
    {
        if (!shippedModelExists())
            QSKIP("the shipped model resources/models/lm-shakespeare-bpe is missing");
        QTemporaryDir dir;
        const Run r = runGenlab({QStringLiteral("demo"), QStringLiteral("--out"), dir.path(), QStringLiteral("--only"), QStringLiteral("text")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile text(dir.filePath(QStringLiteral("text-generation.txt")));
        QVERIFY(text.open(QIODevice::ReadOnly));
        QVERIFY(text.readAll().startsWith("ROMEO:\n"));
        QFile recipe(dir.filePath(QStringLiteral("text-generation.txt.recipe.json")));
        QVERIFY(recipe.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(recipe.readAll()).object();
        QCOMPARE(o.value(QStringLiteral("lab")).toString(), QStringLiteral("text"));
        QCOMPARE(o.value(QStringLiteral("seed")).toString(), QStringLiteral("7"));
        QCOMPARE(o.value(QStringLiteral("model_sha256")).toString().size(), 64);
    }
};

QTEST_GUILESS_MAIN(TestTextCli)
#include "tst_textcli.moc"
