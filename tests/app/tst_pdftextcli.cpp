// `genlab pdf-text [--json] FILE` as the Retrieval lab's helper process runs it: the pages of a
// small PDF the test writes, JSON with one string per page, and a damaged file refused
// with a message naming it and a non-zero exit.
#include "clirun.h"
#include "tinypdf.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace genlab::testing;

namespace {

QString write(const QTemporaryDir &dir, const QString &name, const std::string &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes.data(), qint64(bytes.size()));
    return path;
}

} // namespace

class TestPdfTextCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void printsPagesAsJson()
    {
        QTemporaryDir dir;
        const QString pdf = write(dir, QStringLiteral("two.pdf"), tinyPdf({"First page text", "Second page text"}));
        // The JSON form is what the studio reads; each run starts the whole binary (seconds on a
        // loaded machine), so the plain form is left to the engine test of the same join.
        const GenlabRun json = runGenlab({QStringLiteral("pdf-text"), QStringLiteral("--json"), pdf}, 60000, Display::None);
        QVERIFY2(json.code == 0, qPrintable(describe(json)));
        const QJsonArray pages = json.json().value(QStringLiteral("pages")).toArray();
        QCOMPARE(pages.size(), 2);
        QCOMPARE(pages[0].toString(), QStringLiteral("First page text"));
        QCOMPARE(pages[1].toString(), QStringLiteral("Second page text"));
    }

    void refusesADamagedFile()
    {
        QTemporaryDir dir;
        // One damaged file covers the failure path.
        const QString broken = write(dir, QStringLiteral("broken.pdf"), "%PDF-1.4\nnot really\n");
        const GenlabRun r = runGenlab({QStringLiteral("pdf-text"), QStringLiteral("--json"), broken}, 60000, Display::None);
        QVERIFY2(r.code == 1, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(broken), qPrintable(describe(r)));
        // Under --json stdout holds one document also on failure: the error, and nothing else.
        QVERIFY2(r.json().value(QStringLiteral("exit_code")).toInt() == 1, qPrintable(describe(r)));
        QVERIFY2(r.json().value(QStringLiteral("error")).toString().contains(broken), qPrintable(describe(r)));
        QVERIFY(!r.json().contains(QStringLiteral("pages")));
    }
};

QTEST_GUILESS_MAIN(TestPdfTextCli)
#include "tst_pdftextcli.moc"
