// `genlab tune distill` as a user runs it: a short run on a small corpus prints the teacher's, the
// distilled student's and the data-only student's figures (perplexity, agreement, parameters, bytes,
// tokens/s) in JSON, with both students' curves; bad options exit 2 with a message naming them.
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

const QString kDistillCliCorpus = QStringLiteral("/work/shared/data/tinyshakespeare/input.txt");

Run runDistillCli(const QStringList &args, int timeoutMs = 240000)
{
    return genlab::testing::runGenlab(QStringList{QStringLiteral("tune"), QStringLiteral("distill")} + args, timeoutMs,
                                      genlab::testing::Display::None);
}

QJsonObject distillJson(const Run &r)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &e);
    if (e.error != QJsonParseError::NoError)
        qWarning("not JSON (%s): %s", qPrintable(e.errorString()), qPrintable(r.out.left(400)));
    return doc.object();
}

bool distillShippedModelExists()
{
    return QFileInfo::exists(QStringLiteral(GENLAB_SOURCE_DIR "/resources/models/lm-shakespeare-bpe/model.safetensors"));
}

// The first 30 kB of tiny Shakespeare: enough for a short run, quick to tokenize.
QString distillSmallCorpus(const QTemporaryDir &dir)
{
    QFile in(kDistillCliCorpus);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    const QString path = dir.filePath(QStringLiteral("small.txt"));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    out.write(in.read(30000));
    return path;
}

} // namespace

class TestTuneDistillCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonHasTheThreeModelsFigures()
    {
        if (!distillShippedModelExists())
            QSKIP("the shipped model resources/models/lm-shakespeare-bpe is missing");
        QTemporaryDir dir;
        const QString corpus = distillSmallCorpus(dir);
        if (corpus.isEmpty())
            QSKIP("the shared corpus /work/shared/data/tinyshakespeare/input.txt is missing");
        const Run r = runDistillCli({QStringLiteral("--data"), corpus, QStringLiteral("--steps"), QStringLiteral("12"),
                                     QStringLiteral("--student-layers"), QStringLiteral("1"), QStringLiteral("--student-width"),
                                     QStringLiteral("32"), QStringLiteral("--temperature"), QStringLiteral("2"),
                                     QStringLiteral("--alpha"), QStringLiteral("0.8"), QStringLiteral("--seed"), QStringLiteral("3"),
                                     QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = distillJson(r);
        for (const QString &model : {QStringLiteral("teacher"), QStringLiteral("distilled"), QStringLiteral("data_only")}) {
            QVERIFY2(o.value(model).isObject(), qPrintable(model));
            const QJsonObject f = o.value(model).toObject();
            for (const QString &key : {QStringLiteral("perplexity"), QStringLiteral("agreement"), QStringLiteral("parameters"),
                                       QStringLiteral("bytes"), QStringLiteral("tokens_per_s")})
                QVERIFY2(f.value(key).isDouble(), qPrintable(model + QLatin1Char('.') + key));
            QVERIFY(f.value(QStringLiteral("perplexity")).toDouble() > 1);
            const double agreement = f.value(QStringLiteral("agreement")).toDouble();
            QVERIFY(agreement >= 0 && agreement <= 1);
            QVERIFY(f.value(QStringLiteral("tokens_per_s")).toDouble() > 0);
        }
        const QJsonObject teacher = o.value(QStringLiteral("teacher")).toObject();
        const QJsonObject distilled = o.value(QStringLiteral("distilled")).toObject();
        const QJsonObject dataOnly = o.value(QStringLiteral("data_only")).toObject();
        QCOMPARE(teacher.value(QStringLiteral("agreement")).toDouble(), 1.0);
        QCOMPARE(distilled.value(QStringLiteral("width")).toInt(), 32);
        QCOMPARE(distilled.value(QStringLiteral("layers")).toInt(), 1);
        QCOMPARE(distilled.value(QStringLiteral("parameters")).toDouble(), dataOnly.value(QStringLiteral("parameters")).toDouble());
        QVERIFY(distilled.value(QStringLiteral("bytes")).toDouble() < teacher.value(QStringLiteral("bytes")).toDouble());
        QCOMPARE(o.value(QStringLiteral("temperature")).toDouble(), 2.0);
        QCOMPARE(o.value(QStringLiteral("alpha")).toDouble(), 0.8);
        const QJsonObject curves = o.value(QStringLiteral("curves")).toObject();
        QCOMPARE(curves.value(QStringLiteral("distilled")).toArray().size(), 12);
        QCOMPARE(curves.value(QStringLiteral("data_only")).toArray().size(), 12);
    }

    void badOptionsExitTwo()
    {
        const QList<QStringList> bad = {
            {QStringLiteral("--alpha"), QStringLiteral("2")},
            {QStringLiteral("--temperature"), QStringLiteral("0")},
            {QStringLiteral("--steps"), QStringLiteral("0")},
            {QStringLiteral("--student-width"), QStringLiteral("30")},
            {QStringLiteral("--student-layers"), QStringLiteral("many")},
            {QStringLiteral("--data"), QStringLiteral("/nonexistent/corpus.txt")},
            {QStringLiteral("--teacher"), QStringLiteral("/nonexistent/model")},
        };
        for (const QStringList &args : bad) {
            const Run r = runDistillCli(args + QStringList{QStringLiteral("--json")}, 60000);
            QVERIFY2(r.code == 2, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": exit ") + QString::number(r.code) +
                                              QStringLiteral(" ") + r.err + r.out));
            const QString message = r.err + r.out;
            QVERIFY2(message.contains(args.first()) || message.contains(args.at(1)), qPrintable(message));
        }
    }
};

QTEST_GUILESS_MAIN(TestTuneDistillCli)
#include "tst_tunedistillcli.moc"
