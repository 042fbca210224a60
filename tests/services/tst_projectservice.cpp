// Projects and recipes: atomic save with a backup, newer formats refused, damaged manifests named,
// crash detection and recovery from the autosave, recipe round trips.
#include "services/projectservice.h"
#include "services/recipe.h"

#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace genlab::services;

class TestProjectService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("GenLabTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_projectservice"));
        QStandardPaths::setTestModeEnabled(true);
    }

    void createSaveOpenKeepsABackup()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("myproject"));
        QString error;
        {
            ProjectService p;
            QVERIFY2(p.create(folder, &error), qPrintable(error));
            QVERIFY(QFileInfo::exists(folder + QStringLiteral("/project.json")));
            QVERIFY(QFileInfo(folder + QStringLiteral("/models")).isDir());
            p.setLabState(QStringLiteral("latent"), QJsonObject{{QStringLiteral("seed"), 42}});
            QVERIFY(p.isModified());
            QVERIFY2(p.save(&error), qPrintable(error));
            QVERIFY(!p.isModified());
            QVERIFY(QFileInfo::exists(folder + QStringLiteral("/project.json.bak")));
            QVERIFY(p.recentProjects().contains(QDir(folder).absolutePath()));
        }
        ProjectService reopened;
        QVERIFY2(reopened.open(folder, &error), qPrintable(error));
        QCOMPARE(reopened.labState(QStringLiteral("latent")).value(QStringLiteral("seed")).toInt(), 42);
        QVERIFY(!reopened.recoveryAvailable());
        QVERIFY(!reopened.create(folder, &error));
        QVERIFY(error.contains(QStringLiteral("already holds a project")));
    }

    void badManifestsAreNamed_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{ nope") << QStringLiteral("not a valid project manifest");
        QTest::newRow("no version") << QByteArray("{\"name\": \"x\"}") << QStringLiteral("no valid format_version");
        QTest::newRow("newer") << QByteArray("{\"format_version\": 99}") << QStringLiteral("made by a newer version");
        QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("not a valid project manifest");
    }
    void badManifestsAreNamed()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("project.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        ProjectService p;
        QString error;
        QVERIFY(!p.open(dir.path(), &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("project.json")), qPrintable(error));
        QVERIFY(!p.hasProject());
    }

    void crashLeavesARecoverableAutosave()
    {
        QTemporaryDir dir;
        QString error;
        {
            ProjectService p;
            QVERIFY(p.create(dir.path(), &error));
            p.setLabState(QStringLiteral("text"), QJsonObject{{QStringLiteral("prompt"), QStringLiteral("saved")}});
            QVERIFY(p.save(&error));
            p.setLabState(QStringLiteral("text"), QJsonObject{{QStringLiteral("prompt"), QStringLiteral("unsaved work")}});
            QVERIFY(p.autosave(&error));
        } // closes cleanly: the lock is released
        // Simulate a crash: a session lock naming a process that no longer runs.
        QProcess dead;
        dead.start(QStringLiteral("true"));
        QVERIFY(dead.waitForFinished());
        const qint64 deadPid = dead.processId() > 0 ? dead.processId() : 999999;
        QFile lock(dir.filePath(QStringLiteral(".genlab-session")));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(QByteArray::number(deadPid > 0 ? deadPid : 999999));
        lock.close();
        QFile::setPermissions(dir.filePath(QStringLiteral("project.autosave.json")),
                              QFile::ReadOwner | QFile::WriteOwner);
        // The autosave must be at least as new as the manifest.
        QFile touch(dir.filePath(QStringLiteral("project.autosave.json")));
        QVERIFY(touch.open(QIODevice::ReadWrite));
        touch.setFileTime(QDateTime::currentDateTime().addSecs(5), QFileDevice::FileModificationTime);
        touch.close();

        ProjectService p;
        QVERIFY(p.open(dir.path(), &error));
        QVERIFY(p.recoveryAvailable());
        QCOMPARE(p.labState(QStringLiteral("text")).value(QStringLiteral("prompt")).toString(), QStringLiteral("saved"));
        QVERIFY(p.recover(&error));
        QCOMPARE(p.labState(QStringLiteral("text")).value(QStringLiteral("prompt")).toString(), QStringLiteral("unsaved work"));
        QVERIFY(p.isModified());
        QVERIFY(p.save(&error));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("project.autosave.json"))));
    }

    void recipeRoundTrip()
    {
        Recipe r;
        r.lab = QStringLiteral("latent");
        r.action = QStringLiteral("interpolate");
        r.model = QStringLiteral("vae-digits-16d");
        r.modelHash = QStringLiteral("abc123");
        r.parameters = QJsonObject{{QStringLiteral("frames"), 16}, {QStringLiteral("method"), QStringLiteral("slerp")}};
        r.seed = 18446744073709551557ull; // survives JSON despite being > 2^53
        r.device = QStringLiteral("cpu");
        QString error;
        auto back = Recipe::fromJson(r.toJson().toUtf8(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->seed, r.seed);
        QCOMPARE(back->parameters, r.parameters);
        QCOMPARE(back->model, r.model);
        QVERIFY(!back->appVersion.isEmpty());
        QVERIFY(!Recipe::fromJson("{\"format_version\": 7, \"lab\": \"x\", \"action\": \"y\"}", &error));
        QVERIFY(error.contains(QStringLiteral("newer version")));
        QVERIFY(!Recipe::fromJson("garbage", &error));
    }
};

QTEST_GUILESS_MAIN(TestProjectService)
#include "tst_projectservice.moc"
