// The command line's output as users expect it: one JSON document on stdout under --json,
// progress lines in a log, a bar with its ETA on a terminal (a pseudo-terminal here), silence
// under --quiet, and Ctrl+C stopping a long command cleanly. tst_clioptions checks that every
// command takes --quiet and --json.
#include "clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <cstdlib>
#include <pty.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

using Run = genlab::testing::GenlabRun;
using genlab::testing::runGenlab;

// A tiny language model's training: a second on one thread.
QStringList tinyTraining(const QString &dir, int steps)
{
    const QString corpus = QDir(dir).filePath(QStringLiteral("corpus.txt"));
    if (!QFileInfo::exists(corpus)) {
        QFile f(corpus);
        if (f.open(QIODevice::WriteOnly))
            f.write(QByteArray("First Citizen:\nBefore we proceed any further, hear me speak.\n\nAll:\nSpeak, speak.\n").repeated(30));
    }
    return {QStringLiteral("train"), QStringLiteral("lm"), QStringLiteral("--data"), corpus, QStringLiteral("--layers"),
            QStringLiteral("1"), QStringLiteral("--heads"), QStringLiteral("2"), QStringLiteral("--embed"), QStringLiteral("16"),
            QStringLiteral("--context"), QStringLiteral("16"), QStringLiteral("--batch"), QStringLiteral("2"),
            QStringLiteral("--eval-every"), QStringLiteral("0"), QStringLiteral("--preview-every"), QStringLiteral("0"),
            QStringLiteral("--threads"), QStringLiteral("1"), QStringLiteral("--steps"), QString::number(steps)};
}

struct PtyRun
{
    int code = -1;     // exit code; 128 + signal when killed by one; -1 when it did not finish
    QByteArray output; // stdout and stderr as the terminal received them
    bool interrupted = false;
};

// Runs genlab on a pseudo-terminal (stdout and stderr both), as from an interactive shell. When
// interruptOn appears in the output, sends one SIGINT (Ctrl+C) to genlab.
PtyRun runOnTerminal(const QStringList &args, const QByteArray &interruptOn = {}, int timeoutMs = 60000)
{
    PtyRun r;
    QList<QByteArray> argBytes{QFile::encodeName(genlab::testing::genlabBinary())};
    for (const QString &a : args)
        argBytes << a.toLocal8Bit();
    std::vector<char *> argv;
    for (QByteArray &a : argBytes)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    winsize size{};
    size.ws_col = 120;
    size.ws_row = 30;
    int master = -1;
    const pid_t pid = forkpty(&master, nullptr, nullptr, &size);
    if (pid < 0)
        return r;
    if (pid == 0) {
        setenv("TERM", "xterm", 1);
        setenv("OMP_NUM_THREADS", "1", 1);
        unsetenv("DISPLAY");
        unsetenv("WAYLAND_DISPLAY");
        execv(argv[0], argv.data());
        _exit(127);
    }
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        pollfd p{master, POLLIN, 0};
        if (poll(&p, 1, 100) > 0) {
            char buffer[4096];
            const ssize_t n = read(master, buffer, sizeof buffer);
            if (n <= 0)
                break; // EIO: the child closed its side
            r.output.append(buffer, n);
            if (!interruptOn.isEmpty() && !r.interrupted && r.output.contains(interruptOn)) {
                kill(pid, SIGINT);
                r.interrupted = true;
            }
        }
        if (timer.elapsed() > timeoutMs) {
            kill(pid, SIGKILL);
            break;
        }
    }
    close(master);
    int status = 0;
    if (waitpid(pid, &status, 0) == pid)
        r.code = WIFEXITED(status) ? WEXITSTATUS(status) : WIFSIGNALED(status) ? 128 + WTERMSIG(status) : -1;
    return r;
}

} // namespace

class TestCliOutput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qputenv("OMP_NUM_THREADS", "1"); }

    // A command without a document of its own (info, inspect, train) gets main's: its lines, its
    // "name: value" lines as fields, and what it adds (a training run's state).
    void jsonDocumentsOfCommandsWithoutTheirOwn()
    {
        const Run info = runGenlab({QStringLiteral("info"), QStringLiteral("--no-measure"), QStringLiteral("--json")}, 60000,
                                   genlab::testing::Display::None);
        QVERIFY2(info.code == 0, qPrintable(info.err));
        const QJsonObject i = QJsonDocument::fromJson(info.out.toUtf8()).object();
        QCOMPARE(i.value(QStringLiteral("command")).toString(), QStringLiteral("info"));
        QVERIFY2(i.value(QStringLiteral("fields")).toObject().contains(QStringLiteral("device")), qPrintable(info.out));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Run inspect = runGenlab({QStringLiteral("inspect"), QStringLiteral("--json"), QStringLiteral(GENLAB_SOURCE_DIR "/README.md")}, 60000);
        QVERIFY2(inspect.code == 0, qPrintable(inspect.err));
        QVERIFY2(QJsonDocument::fromJson(inspect.out.toUtf8()).object().value(QStringLiteral("output")).toArray().size() > 0,
                 qPrintable(inspect.out));

        const Run train = runGenlab(tinyTraining(dir.path(), 5) + QStringList{QStringLiteral("--out"), dir.filePath(QStringLiteral("run")),
                                                                               QStringLiteral("--json")});
        QVERIFY2(train.code == 0, qPrintable(train.err));
        const QJsonObject t = QJsonDocument::fromJson(train.out.toUtf8()).object();
        const QJsonObject state = t.value(QStringLiteral("training")).toObject();
        QVERIFY2(state.value(QStringLiteral("last_step")).toInt() == 5, qPrintable(train.out));
        QCOMPARE(state.value(QStringLiteral("checkpoint_step")).toInt(), 5);
        QCOMPARE(state.value(QStringLiteral("interrupted")).toBool(), false);
        QVERIFY(state.value(QStringLiteral("metrics")).toObject().contains(QStringLiteral("loss")));
        // Progress still goes to stderr (the metric lines), never to stdout.
        QVERIFY2(train.err.contains(QLatin1String("step 5/5")), qPrintable(train.err));
    }

    // In a log (not a terminal): plain lines, the trainers' metric lines with their rate, the
    // printer's "label: 100% N/N steps"; no terminal control characters.
    void progressLinesWhenNotATerminal()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Run train = runGenlab(tinyTraining(dir.path(), 40) + QStringList{QStringLiteral("--out"), dir.filePath(QStringLiteral("run"))});
        QVERIFY2(train.code == 0, qPrintable(train.err));
        QVERIFY2(train.err.contains(QLatin1String("step 1/40")) && train.err.contains(QLatin1String("step 40/40")), qPrintable(train.err));
        QVERIFY2(train.err.contains(QLatin1String("checkpoint: step 40")), qPrintable(train.err));
        QVERIFY2(!train.err.contains(QLatin1Char('\r')) && !train.err.contains(QLatin1Char('\033')), qPrintable(train.err));

        const QString gif = dir.filePath(QStringLiteral("steps.gif"));
        const Run sample = runGenlab({QStringLiteral("sample"), QStringLiteral("--model"), QStringLiteral("diffusion-digits"),
                                      QStringLiteral("--save-steps"), gif, QStringLiteral("--count"), QStringLiteral("1"),
                                      QStringLiteral("--steps"), QStringLiteral("8")});
        QVERIFY2(sample.code == 0, qPrintable(sample.err));
        QVERIFY2(sample.err.contains(QLatin1String("sample: 100% 8/8 steps")), qPrintable(sample.err));
        QVERIFY2(!sample.err.contains(QLatin1Char('\r')), qPrintable(sample.err));
    }

    // --quiet: nothing on stderr from a run that goes well; the result still on stdout.
    void quietPrintsNoProgress()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Run train = runGenlab(tinyTraining(dir.path(), 20) + QStringList{QStringLiteral("--out"), dir.filePath(QStringLiteral("run")),
                                                                                QStringLiteral("--quiet")});
        QVERIFY2(train.code == 0, qPrintable(train.err));
        QVERIFY2(train.err.trimmed().isEmpty(), qPrintable(train.err));
        QVERIFY2(train.out.contains(QLatin1String("steps:")), qPrintable(train.out));

        const Run sample = runGenlab({QStringLiteral("sample"), QStringLiteral("--model"), QStringLiteral("diffusion-digits"),
                                      QStringLiteral("--save-steps"), dir.filePath(QStringLiteral("s.gif")), QStringLiteral("--count"),
                                      QStringLiteral("1"), QStringLiteral("--steps"), QStringLiteral("4"), QStringLiteral("--quiet")});
        QVERIFY2(sample.code == 0, qPrintable(sample.err));
        QVERIFY2(sample.err.trimmed().isEmpty(), qPrintable(sample.err));
        QVERIFY2(sample.out.contains(QLatin1String("wrote")), qPrintable(sample.out));
    }

    // On a terminal: one line redrawn in place, "[###...] NN% n/N steps R steps/s ETA m:ss".
    void terminalShowsABarWithEta()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const PtyRun r = runOnTerminal(tinyTraining(dir.path(), 400) + QStringList{QStringLiteral("--out"), dir.filePath(QStringLiteral("run"))});
        QVERIFY2(r.code == 0, r.output.constData());
        static const QRegularExpression bar(QStringLiteral("\\[[#.]{20}\\] \\d+% \\d+/400 steps [0-9.]+ steps/s ETA \\d+:\\d\\d"));
        QVERIFY2(bar.match(QString::fromUtf8(r.output)).hasMatch(), r.output.constData());
        QVERIFY(r.output.contains("\r\033[K")); // redrawn in place
        QVERIFY(r.output.contains("checkpoint: step 400"));
    }

    // Ctrl+C during `sample --save-steps` stops at the next denoising step: exit 130, a message,
    // no half-written file.
    void ctrlCStopsSamplingCleanly()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString gif = dir.filePath(QStringLiteral("steps.gif"));
        const PtyRun r = runOnTerminal({QStringLiteral("sample"), QStringLiteral("--model"), QStringLiteral("diffusion-digits"),
                                        QStringLiteral("--save-steps"), gif, QStringLiteral("--count"), QStringLiteral("1"),
                                        QStringLiteral("--steps"), QStringLiteral("400")},
                                       "denoising");
        QVERIFY2(r.interrupted, r.output.constData());
        QVERIFY2(r.code == 130, qPrintable(QStringLiteral("exit %1: %2").arg(r.code).arg(QString::fromUtf8(r.output))));
        QVERIFY2(r.output.contains("genlab sample: interrupted"), r.output.constData());
        QVERIFY(!QFileInfo::exists(gif));
    }

    // Ctrl+C during `evaluate` (here while it samples the model): exit 130 and a message; under
    // --json the document says so.
    void ctrlCStopsEvaluatingCleanly()
    {
        const PtyRun r = runOnTerminal({QStringLiteral("evaluate"), QStringLiteral("--model"), QStringLiteral("diffusion-digits"),
                                        QStringLiteral("--count"), QStringLiteral("200"), QStringLiteral("--json")},
                                       "denoising");
        QVERIFY2(r.interrupted, r.output.constData());
        QVERIFY2(r.code == 130, qPrintable(QStringLiteral("exit %1: %2").arg(r.code).arg(QString::fromUtf8(r.output))));
        QVERIFY2(r.output.contains("genlab evaluate: interrupted"), r.output.constData());
        QVERIFY2(r.output.contains("\"exit_code\": 130"), r.output.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliOutput)
#include "tst_clioutput.moc"
