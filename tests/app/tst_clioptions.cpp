// Every command of the registry (as `genlab --help` lists it) takes --quiet and --json alike, and
// under --json answers with one JSON document on stdout even when it fails.
#include "clirun.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

namespace {

using Run = genlab::testing::GenlabRun;
using genlab::testing::runGenlab;

// The commands `genlab --help` lists (the registry, whatever registered).
QStringList registeredCommands()
{
    const Run r = runGenlab({QStringLiteral("--help")}, 60000, genlab::testing::Display::None);
    QStringList names;
    bool inList = false;
    for (const QString &line : r.out.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("Commands:"))) {
            inList = true;
            continue;
        }
        if (!inList)
            continue;
        static const QRegularExpression entry(QStringLiteral("^  ([a-z][a-z0-9-]*)\\s"));
        const auto m = entry.match(line);
        if (!m.hasMatch())
            break;
        names << m.captured(1);
    }
    return names;
}

} // namespace

class TestCliOptions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Every command takes --quiet and --json (the parser knows both: only the typo is reported),
    // and under --json stdout holds one JSON document even when the command fails, the message
    // going to stderr. One run per command: each start loads LibTorch.
    void everyCommandTakesQuietAndJson()
    {
        const QStringList commands = registeredCommands();
        QVERIFY2(commands.size() >= 10, qPrintable(commands.join(QLatin1Char(' '))));
        for (const char *expected : {"train", "index", "sample", "evaluate", "info", "inspect"})
            QVERIFY2(commands.contains(QLatin1String(expected)), expected);
        for (const QString &command : commands) {
            const Run typo = runGenlab({command, QStringLiteral("--quiet"), QStringLiteral("--json"), QStringLiteral("--no-such-option")},
                                       60000);
            QVERIFY2(typo.code == 2, qPrintable(QStringLiteral("%1: exit %2 %3").arg(command).arg(typo.code).arg(typo.err)));
            QVERIFY2(typo.err.contains(QLatin1String("no-such-option")), qPrintable(command + QStringLiteral(": ") + typo.err));
            QVERIFY2(!typo.err.contains(QLatin1String("quiet")) && !typo.err.contains(QLatin1String("'json")),
                     qPrintable(command + QStringLiteral(": ") + typo.err));
            const QJsonDocument doc = QJsonDocument::fromJson(typo.out.toUtf8());
            QVERIFY2(doc.isObject(), qPrintable(command + QStringLiteral(": stdout is not one JSON object: ") + typo.out));
            QCOMPARE(doc.object().value(QStringLiteral("command")).toString(), command);
            QCOMPARE(doc.object().value(QStringLiteral("exit_code")).toInt(), 2);
        }
        // Failing after the options were read (a bad --device): the same document. (The manual
        // pages, written from each command's --help, list --json: tst_package checks that.)
        const Run bad = runGenlab({QStringLiteral("inspect"), QStringLiteral("--quiet"), QStringLiteral("--json"),
                                   QStringLiteral("--device"), QStringLiteral("teleporter")},
                                  60000);
        QVERIFY2(bad.code == 2, qPrintable(QStringLiteral("exit %1 %2").arg(bad.code).arg(bad.err)));
        QVERIFY2(bad.err.contains(QLatin1String("teleporter")), qPrintable(bad.err));
        QCOMPARE(QJsonDocument::fromJson(bad.out.toUtf8()).object().value(QStringLiteral("exit_code")).toInt(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCliOptions)
#include "tst_clioptions.moc"
