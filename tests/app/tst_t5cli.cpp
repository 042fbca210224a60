// The T5 commands as a user runs them: `genlab train t5` on a small text (a model folder that
// opens), `genlab corrupt` with its JSON (input, target, ids, spans, expected and drawn spans, the
// model's fill) and its text form, a text with its own sentinels, the shipped model by default,
// and bad input with its exit codes.
#include "clirun.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

namespace {

using Run = genlab::testing::GenlabRun;

Run runGenlab(const QStringList &args, int timeoutMs = 120000)
{
    return genlab::testing::runGenlab(args, timeoutMs, genlab::testing::Display::None);
}

QString writeCorpus(const QTemporaryDir &dir)
{
    QByteArray text;
    const char *lines[] = {"the cat sat on the mat and the dog sat on the log.\n", "a king and a queen sat on a throne.\n",
                           "the fool sang a song to the king.\n", "the dog ran to the cat and the cat ran away.\n"};
    for (int i = 0; i < 80; ++i)
        text += lines[(i * 7) % 4];
    const QString path = dir.filePath(QStringLiteral("corpus.txt"));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(text);
    return path;
}

} // namespace

class TestT5Cli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_model;

private Q_SLOTS:
    void initTestCase()
    {
        // A tiny model trained here, so the test does not depend on the shipped weights.
        m_model = m_dir.filePath(QStringLiteral("t5"));
        const Run r = runGenlab({QStringLiteral("train"), QStringLiteral("t5"), QStringLiteral("--data"), writeCorpus(m_dir),
                                 QStringLiteral("--out"), m_model, QStringLiteral("--steps"), QStringLiteral("30"),
                                 QStringLiteral("--batch"), QStringLiteral("8"), QStringLiteral("--vocab"), QStringLiteral("120"),
                                 QStringLiteral("--d-model"), QStringLiteral("32"), QStringLiteral("--heads"), QStringLiteral("4"),
                                 QStringLiteral("--d-ff"), QStringLiteral("64"), QStringLiteral("--layers"), QStringLiteral("1"),
                                 QStringLiteral("--sentinels"), QStringLiteral("8"), QStringLiteral("--chunk"), QStringLiteral("16"),
                                 QStringLiteral("--threads"), QStringLiteral("1"), QStringLiteral("--eval-every"), QStringLiteral("15"),
                                 QStringLiteral("--preview-every"), QStringLiteral("15")});
        QVERIFY2(r.code == 0, qPrintable(genlab::testing::describe(r)));
        QVERIFY2(r.out.contains(QStringLiteral("parameters:")), qPrintable(r.out));
        const QJsonObject config = genlab::testing::checkpointConfig(m_model);
        QCOMPARE(config.value(QStringLiteral("architecture")).toString(), QStringLiteral("t5-studio"));
        QCOMPARE(config.value(QStringLiteral("step")).toInt(), 30);
        QCOMPARE(config.value(QStringLiteral("num_sentinels")).toInt(), 8);
        QVERIFY(QFileInfo::exists(m_model + QStringLiteral("/vocab.txt")));
    }

    void corruptJson()
    {
        const Run r = runGenlab({QStringLiteral("corrupt"), QStringLiteral("--model"), m_model, QStringLiteral("--json"),
                                 QStringLiteral("--rate"), QStringLiteral("0.3"), QStringLiteral("--mean-span"), QStringLiteral("2"),
                                 QStringLiteral("--seed"), QStringLiteral("4"),
                                 QStringLiteral("the fool sang a song to the king and the queen sat on a throne")});
        QVERIFY2(r.code == 0, qPrintable(genlab::testing::describe(r)));
        const QJsonObject o = r.json();
        const int tokens = o.value(QStringLiteral("tokens")).toInt();
        const int drawn = o.value(QStringLiteral("drawn_spans")).toInt();
        const int noise = o.value(QStringLiteral("noise_tokens")).toInt();
        QVERIFY(tokens >= 14);
        QVERIFY(drawn >= 1);
        QCOMPARE(o.value(QStringLiteral("expected_spans")).toDouble(), tokens * 0.3 / 2);
        const QJsonArray spans = o.value(QStringLiteral("spans")).toArray();
        QCOMPARE(spans.size(), drawn);
        for (int k = 0; k < drawn; ++k) {
            const QJsonObject s = spans[k].toObject();
            QCOMPARE(s.value(QStringLiteral("sentinel")).toString(), QStringLiteral("<extra_id_%1>").arg(k));
            QVERIFY(s.value(QStringLiteral("end")).toInt() > s.value(QStringLiteral("begin")).toInt());
            QVERIFY(!s.value(QStringLiteral("text")).toString().isEmpty());
        }
        // Exact lengths, both ending with the end token.
        const QJsonArray input = o.value(QStringLiteral("input_ids")).toArray();
        const QJsonArray target = o.value(QStringLiteral("target_ids")).toArray();
        QCOMPARE(input.size(), tokens - noise + drawn + 1);
        QCOMPARE(target.size(), noise + drawn + 2);
        const int end = o.value(QStringLiteral("end_id")).toInt();
        QCOMPARE(input.last().toInt(), end);
        QCOMPARE(target.last().toInt(), end);
        QVERIFY(o.value(QStringLiteral("input")).toString().contains(QStringLiteral("<extra_id_0>")));
        QVERIFY(o.value(QStringLiteral("target")).toString().startsWith(QStringLiteral("<extra_id_0>")));
        QVERIFY(o.value(QStringLiteral("target")).toString().contains(QStringLiteral("<extra_id_%1>").arg(drawn)));
        // The model's fill: one entry per sentinel with the span it replaced.
        const QJsonObject fill = o.value(QStringLiteral("fill")).toObject();
        QCOMPARE(fill.value(QStringLiteral("spans")).toArray().size(), drawn);
        QVERIFY(fill.contains(QStringLiteral("filled")) && fill.contains(QStringLiteral("output")));
        QCOMPARE(fill.value(QStringLiteral("spans")).toArray()[0].toObject().value(QStringLiteral("original")).toString(),
                 spans[0].toObject().value(QStringLiteral("text")).toString());

        // The same seed, the same corruption; --no-fill leaves the model out.
        const Run again = runGenlab({QStringLiteral("corrupt"), QStringLiteral("--model"), m_model, QStringLiteral("--json"),
                                     QStringLiteral("--rate"), QStringLiteral("0.3"), QStringLiteral("--mean-span"), QStringLiteral("2"),
                                     QStringLiteral("--seed"), QStringLiteral("4"), QStringLiteral("--no-fill"),
                                     QStringLiteral("the fool sang a song to the king and the queen sat on a throne")});
        QCOMPARE(again.code, 0);
        QCOMPARE(again.json().value(QStringLiteral("input_ids")).toArray(), input);
        QVERIFY(!again.json().contains(QStringLiteral("fill")));
    }

    void corruptText()
    {
        const Run r = runGenlab({QStringLiteral("corrupt"), QStringLiteral("--model"), m_model, QStringLiteral("--seed"),
                                 QStringLiteral("1"), QStringLiteral("the cat sat on the mat and the dog sat on the log")});
        QVERIFY2(r.code == 0, qPrintable(genlab::testing::describe(r)));
        for (const char *line : {"input:   ", "target:  <extra_id_0>", "spans:   ", "expected", "output:  ", "filled:  "})
            QVERIFY2(r.out.contains(QLatin1String(line)), qPrintable(r.out));
        // A text with its own sentinels is filled as written.
        const Run given = runGenlab({QStringLiteral("corrupt"), QStringLiteral("--model"), m_model, QStringLiteral("--json"),
                                     QStringLiteral("the cat <extra_id_0> the mat")});
        QCOMPARE(given.code, 0);
        QVERIFY(given.json().value(QStringLiteral("sentinels_given")).toBool());
        QCOMPARE(given.json().value(QStringLiteral("fill")).toObject().value(QStringLiteral("spans")).toArray().size(), 1);
    }

    void shippedModelByDefault()
    {
        if (!QFileInfo::exists(QStringLiteral(GENLAB_SOURCE_DIR "/resources/models/t5-shakespeare/model.safetensors")))
            QSKIP("resources/models/t5-shakespeare is not in this checkout");
        const Run r = runGenlab({QStringLiteral("corrupt"), QStringLiteral("--json"), QStringLiteral("--seed"), QStringLiteral("5"),
                                 QStringLiteral("But soft, what light through yonder window breaks?")});
        QVERIFY2(r.code == 0, qPrintable(genlab::testing::describe(r)));
        QVERIFY(r.json().value(QStringLiteral("model")).toString().endsWith(QStringLiteral("t5-shakespeare")));
        QVERIFY(r.json().value(QStringLiteral("drawn_spans")).toInt() >= 1);
    }

    void badInput()
    {
        QCOMPARE(runGenlab({QStringLiteral("corrupt"), QStringLiteral("--model"), m_model}).code, 2); // no TEXT
        QCOMPARE(runGenlab({QStringLiteral("corrupt"), QStringLiteral("--model"), m_model, QStringLiteral("--rate"),
                            QStringLiteral("2"), QStringLiteral("text")}).code, 2);
        // Another lab's model folder is refused by its architecture.
        QDir().mkpath(m_dir.filePath(QStringLiteral("gpt")));
        QFile f(m_dir.filePath(QStringLiteral("gpt/config.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"architecture": "gpt2", "format_version": 1, "step": 3})");
        f.close();
        const Run gpt = runGenlab({QStringLiteral("corrupt"), QStringLiteral("--model"), m_dir.filePath(QStringLiteral("gpt")),
                                   QStringLiteral("some text")});
        QCOMPARE(gpt.code, 1);
        QVERIFY2(gpt.err.contains(QStringLiteral("gpt2")) && gpt.err.contains(QStringLiteral("config.json")), qPrintable(gpt.err));
        // Training without --data.
        QCOMPARE(runGenlab({QStringLiteral("train"), QStringLiteral("t5"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x"))}).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestT5Cli)
#include "tst_t5cli.moc"
