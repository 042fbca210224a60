#pragma once
// What the command-line tests share: running the genlab binary as a user does and reading what it
// said (exit code, stdout, stderr), and the hash they compare output files by.

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace genlab::testing {

struct GenlabRun
{
    int code = -1; // the exit code; -2 when genlab crashed, -1 when it did not start or timed out
    QString out;
    QString err; // begins with "could not start ..." or "timed out after N ms" when it did not finish

    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

// The display the child process sees.
enum class Display {
    Offscreen, // QT_QPA_PLATFORM=offscreen: the labs' commands, whatever the machine has
    None,      // DISPLAY and WAYLAND_DISPLAY removed: a headless machine, as help, info and the demo meet it
};

inline QString genlabBinary()
{
    return QStringLiteral(GENLAB_BINARY_DIR "/app/genlab");
}

// Runs genlab with args and waits for it (killing it after timeoutMs).
inline GenlabRun runGenlab(const QStringList &args, int timeoutMs = 300000, Display display = Display::Offscreen)
{
    QProcess p;
    p.setProgram(genlabBinary());
    p.setArguments(args);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (display == Display::Offscreen) {
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    } else {
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    }
    p.setProcessEnvironment(env);
    p.start();
    GenlabRun r;
    if (!p.waitForStarted()) {
        r.err = QStringLiteral("could not start %1: %2").arg(genlabBinary(), p.errorString());
        return r;
    }
    QString note;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        note = QStringLiteral("timed out after %1 ms\n").arg(timeoutMs);
    } else {
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    }
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = note + QString::fromUtf8(p.readAllStandardError());
    return r;
}

// For failure messages: "exit N", then stdout and stderr.
inline QString describe(const GenlabRun &r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.code).arg(r.out, r.err);
}

// SHA-256 of a file's bytes; empty when it cannot be read.
inline QByteArray fileSha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// A checkpoint folder's config.json; empty when it cannot be read or is not a JSON object.
inline QJsonObject checkpointConfig(const QString &dir)
{
    QFile f(dir + QStringLiteral("/config.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace genlab::testing
