#include "cli/dataparallel.h"

#include "cli/progressline.h"

#include "engine/train/distributed.h"
#include "services/localranks.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <memory>
#include <stdexcept>
#include <vector>

namespace genlab::cli {

namespace {

namespace train = engine::train;

constexpr int kMaxProcesses = 64;
// After one rank fails, the others normally fail at their next collective within a second; this
// is how long they get before they are ended.
constexpr qint64 kGraceAfterFailureMs = 15000;

std::atomic<int> g_parentInterrupts{0};

extern "C" void onParentInterrupt(int)
{
    g_parentInterrupts.fetch_add(1);
}

void say(const QString &text)
{
    err(text);
}

// Under --json rank 0 writes its document into a pipe: its fields and lines become this process's
// one document (main prints it), so that stdout still holds one document only.
void adoptRankZeroDocument(const QByteArray &bytes)
{
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (!doc.isObject()) {
        if (!bytes.trimmed().isEmpty())
            out(QString::fromUtf8(bytes).trimmed());
        return;
    }
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() == QLatin1String("output")) {
            for (const QJsonValue &v : it.value().toArray())
                out(v.toString());
        } else if (it.key() != QLatin1String("command") && it.key() != QLatin1String("exit_code") &&
                   it.key() != QLatin1String("fields")) {
            setJsonField(it.key(), it.value());
        }
    }
}

// This command's arguments without --nproc (the workers are the ranks themselves).
QStringList workerArguments(const CommandContext &ctx, int nproc)
{
    QStringList args = QCoreApplication::arguments().mid(1);
    QStringList out;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--nproc")) {
            ++i; // its value
            continue;
        }
        if (a.startsWith(QLatin1String("--nproc=")))
            continue;
        out << a;
    }
    // N processes on this machine share its cores: each gets its part unless the user chose.
    if (!ctx.parser->isSet(QStringLiteral("threads")))
        out << QStringLiteral("--threads") << QString::number(std::max(1, ctx.budget.cli / nproc));
    return out;
}

int launchLocal(const CommandContext &ctx, int nproc)
{
    const int port = train::freeLocalPort();
    const QStringList args = workerArguments(ctx, nproc);
    note(QStringLiteral("genlab train: %1 processes on this machine (rendezvous 127.0.0.1:%2); rank 0 reports")
            .arg(nproc)
            .arg(port));

    // Ctrl+C reaches this process only (the workers have their own process group) and is passed
    // on once per press: the first makes every rank stop after the same step and rank 0 save, a
    // second ends them without saving, as for one process.
    g_parentInterrupts.store(0);
    const auto previous = std::signal(SIGINT, onParentInterrupt);
    std::vector<std::unique_ptr<QProcess>> workers;
    for (int rank = 0; rank < nproc; ++rank) {
        auto p = std::make_unique<QProcess>();
        services::prepareLocalRank(*p, rank, nproc, port);
        const bool forwardOut = rank == 0 && !jsonOutput();
        p->setProcessChannelMode(forwardOut ? QProcess::ForwardedChannels : QProcess::ForwardedErrorChannel);
        if (rank != 0)
            p->setStandardOutputFile(QProcess::nullDevice());
        p->start(QCoreApplication::applicationFilePath(), args);
        if (!p->waitForStarted(10000)) {
            for (auto &w : workers)
                w->kill();
            std::signal(SIGINT, previous);
            throw std::runtime_error("could not start training process " + std::to_string(rank) + ": " +
                                     p->errorString().toStdString());
        }
        workers.push_back(std::move(p));
    }

    std::vector<int> codes(std::size_t(nproc), -1);
    int forwarded = 0;
    int firstFailure = -1;
    QElapsedTimer sinceFailure;
    for (;;) {
        bool running = false;
        for (int rank = 0; rank < nproc; ++rank) {
            QProcess &w = *workers[std::size_t(rank)];
            if (codes[std::size_t(rank)] >= 0)
                continue;
            if (w.state() != QProcess::NotRunning && !w.waitForFinished(50)) {
                running = true;
                continue;
            }
            const int code = w.exitStatus() == QProcess::CrashExit ? 134 : w.exitCode();
            codes[std::size_t(rank)] = code;
            if (code != 0 && code != 130 && firstFailure < 0) {
                firstFailure = rank;
                sinceFailure.start();
                if (w.exitStatus() == QProcess::CrashExit)
                    say(QStringLiteral("genlab train: rank %1 crashed; stopping the others").arg(rank));
            }
        }
        if (!running)
            break;
        const int presses = g_parentInterrupts.load();
        for (; forwarded < presses; ++forwarded)
            for (auto &w : workers)
                if (w->state() != QProcess::NotRunning)
                    ::kill(pid_t(w->processId()), SIGINT);
        if (firstFailure >= 0 && sinceFailure.elapsed() > kGraceAfterFailureMs)
            for (auto &w : workers)
                if (w->state() != QProcess::NotRunning)
                    w->kill();
    }
    std::signal(SIGINT, previous);
    if (jsonOutput())
        adoptRankZeroDocument(workers.front()->readAllStandardOutput());
    if (firstFailure >= 0)
        return codes[0] != 0 && codes[0] != 130 ? codes[0] : codes[std::size_t(firstFailure)];
    for (int code : codes)
        if (code != 0)
            return code;
    return 0;
}

} // namespace

QCommandLineOption nprocOption()
{
    return QCommandLineOption(
        QStringList{QStringLiteral("nproc")},
        QStringLiteral("Train data-parallel in N processes on this machine (1: this process); --batch is the global "
                       "batch, split over them. Under a launcher (torchrun, Slurm) leave it out: RANK, WORLD_SIZE, "
                       "MASTER_ADDR and MASTER_PORT are read from the environment."),
        QStringLiteral("N"));
}

int runDataParallel(const CommandContext &ctx, const std::function<int(const CommandContext &)> &run)
{
    std::optional<train::DistributedEnvironment> env;
    try {
        env = train::distributedFromEnvironment();
    } catch (const std::invalid_argument &e) {
        throw UsageError{QString::fromUtf8(e.what())};
    }
    const bool nprocSet = ctx.parser->isSet(QStringLiteral("nproc"));
    const int nproc = nprocSet ? int(intOption(*ctx.parser, QStringLiteral("nproc"), 1, 1, kMaxProcesses)) : 1;
    if (!env || env->worldSize == 1) {
        if (nproc > 1)
            return launchLocal(ctx, nproc);
        return run(ctx);
    }
    if (nprocSet && nproc != env->worldSize)
        throw UsageError{QStringLiteral("--nproc %1 disagrees with WORLD_SIZE=%2 from the launcher; leave --nproc out")
                             .arg(nproc)
                             .arg(env->worldSize)};
    const int rank = env->rank;
    if (rank != 0) {
        // One set of results: rank 0's. The others' errors still go to stderr.
        const int null = ::open("/dev/null", O_WRONLY);
        if (null >= 0) {
            std::fflush(stdout);
            ::dup2(null, STDOUT_FILENO);
            ::close(null);
        }
    }
    // How long a collective may wait (a rank 0 paused in the studio keeps the others waiting):
    // GENLAB_DIST_TIMEOUT seconds, 5 minutes by default.
    std::chrono::milliseconds collectives = std::chrono::minutes(5);
    if (const QByteArray t = qgetenv("GENLAB_DIST_TIMEOUT"); !t.isEmpty()) {
        bool ok = false;
        const qint64 seconds = t.toLongLong(&ok);
        if (!ok || seconds < 1 || seconds > 7 * 24 * 3600)
            throw UsageError{QStringLiteral("GENLAB_DIST_TIMEOUT=%1 is not a number of seconds in 1..604800")
                                 .arg(QString::fromLatin1(t))};
        collectives = std::chrono::seconds(seconds);
    }
    train::joinGroup(*env, std::chrono::minutes(5), collectives);
    try {
        const int code = run(ctx);
        train::leaveGroup();
        return code;
    } catch (const std::exception &e) {
        train::leaveGroup();
        if (rank == 0)
            throw;
        throw std::runtime_error("rank " + std::to_string(rank) + ": " + e.what());
    }
}

} // namespace genlab::cli
