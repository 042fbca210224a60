// `genlab tune sft` as a user runs it: a short run's JSON carries before.accuracy and
// after.accuracy (with the answers they count), the user's JSONL is read, and a bad --data file
// fails with a non-zero exit code and a message naming the file and its line.
#include "clirun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

namespace {

using Run = genlab::testing::GenlabRun;

Run runSftCli(const QStringList &args, int timeoutMs = 120000)
{
    return genlab::testing::runGenlab(QStringList{QStringLiteral("tune"), QStringLiteral("sft")} + args, timeoutMs,
                                      genlab::testing::Display::None);
}

QJsonObject sftJson(const Run &r)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &e);
    if (e.error != QJsonParseError::NoError)
        qWarning("not JSON (%s): %s", qPrintable(e.errorString()), qPrintable(r.out.left(400)));
    return doc.object();
}

bool sftShippedModelExists()
{
    return QFileInfo::exists(QStringLiteral(GENLAB_SOURCE_DIR "/resources/models/lm-shakespeare-bpe/model.safetensors"));
}

void writeSftFile(const QString &path, const QByteArray &text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

} // namespace

class TestTuneSftCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonHasBeforeAndAfterAccuracy()
    {
        if (!sftShippedModelExists())
            QSKIP("the shipped model resources/models/lm-shakespeare-bpe is missing");
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("tuned"));
        const Run r = runSftCli({QStringLiteral("--steps"), QStringLiteral("8"), QStringLiteral("--batch"), QStringLiteral("4"),
                                 QStringLiteral("--held-out"), QStringLiteral("6"), QStringLiteral("--out"), out,
                                 QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = sftJson(r);
        const QJsonValue before = o.value(QStringLiteral("before")).toObject().value(QStringLiteral("accuracy"));
        const QJsonValue after = o.value(QStringLiteral("after")).toObject().value(QStringLiteral("accuracy"));
        QVERIFY2(before.isDouble() && after.isDouble(), qPrintable(r.out.left(400)));
        QVERIFY(before.toDouble() >= 0 && before.toDouble() <= 1);
        QVERIFY(after.toDouble() >= 0 && after.toDouble() <= 1);
        const QJsonArray examples = o.value(QStringLiteral("examples")).toArray();
        QCOMPARE(examples.size(), 6);
        int right = 0;
        for (const auto &e : examples)
            right += e.toObject().value(QStringLiteral("after_correct")).toBool() ? 1 : 0;
        QCOMPARE(after.toDouble(), right / 6.0);
        QCOMPARE(o.value(QStringLiteral("curve")).toObject().value(QStringLiteral("train_loss")).toArray().size(), 8);
        QCOMPARE(o.value(QStringLiteral("steps")).toInt(), 8);
        // The example's mask: the prompt weighs 0, the response 1, and the response is last.
        const QJsonArray tokens = o.value(QStringLiteral("example")).toObject().value(QStringLiteral("tokens")).toArray();
        QVERIFY(tokens.size() > 3);
        QCOMPARE(tokens.first().toObject().value(QStringLiteral("weight")).toDouble(), 0.0);
        QCOMPARE(tokens.last().toObject().value(QStringLiteral("weight")).toDouble(), 1.0);
        // The tuned model was saved as a model folder.
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/config.json")));
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/model.safetensors")));
    }

    void readsTheUsersJsonl()
    {
        if (!sftShippedModelExists())
            QSKIP("the shipped model resources/models/lm-shakespeare-bpe is missing");
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("pairs.jsonl"));
        QByteArray text;
        for (int i = 0; i < 12; ++i)
            text += QStringLiteral("{\"instruction\": \"Say %1\", \"response\": \"%1\"}\n").arg(i).toUtf8();
        writeSftFile(data, text);
        const Run r = runSftCli({QStringLiteral("--data"), data, QStringLiteral("--steps"), QStringLiteral("3"),
                                 QStringLiteral("--held-out"), QStringLiteral("4"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = sftJson(r);
        QCOMPARE(o.value(QStringLiteral("data")).toString(), QStringLiteral("pairs.jsonl"));
        QCOMPARE(o.value(QStringLiteral("held_out")).toInt(), 4);
        QCOMPARE(o.value(QStringLiteral("train_pairs")).toInt(), 8);
        QVERIFY(o.value(QStringLiteral("after")).toObject().value(QStringLiteral("accuracy")).isDouble());
    }

    void badDataNamesTheFile()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("broken.jsonl"));
        writeSftFile(data, "{\"instruction\": \"a\", \"response\": \"b\"}\n{\"instruction\": \"c\"\n");
        const Run r = runSftCli({QStringLiteral("--data"), data, QStringLiteral("--json")});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(QStringLiteral("broken.jsonl:2:")) || r.out.contains(QStringLiteral("broken.jsonl:2:")),
                 qPrintable(r.err + r.out));

        const QString missing = dir.filePath(QStringLiteral("nowhere.jsonl"));
        const Run m = runSftCli({QStringLiteral("--data"), missing});
        QVERIFY(m.code != 0);
        QVERIFY2(m.err.contains(QStringLiteral("nowhere.jsonl")), qPrintable(m.err));

        const Run s = runSftCli({QStringLiteral("--steps"), QStringLiteral("0")});
        QVERIFY(s.code != 0);
        QVERIFY2(s.err.contains(QStringLiteral("--steps")), qPrintable(s.err));
    }
};

QTEST_GUILESS_MAIN(TestTuneSftCli)
#include "tst_tunesftcli.moc"
