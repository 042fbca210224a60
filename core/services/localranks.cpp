#include "services/localranks.h"

#include "engine/train/distributed.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>

#include <sys/prctl.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <memory>
#include <stdexcept>
#include <vector>

namespace genlab::services {

namespace {

namespace train = engine::train;

// A paused rank 0 keeps the others in their next collective; this long they wait.
constexpr int kCollectiveTimeoutSeconds = 3600;
// Ranks that cannot start (a bad argument) exit within a second; this bounds the rendezvous.
constexpr auto kRendezvousTimeout = std::chrono::seconds(60);

// The last lines a rank wrote to stderr, for a message.
QString tail(QProcess &p)
{
    const QStringList lines = QString::fromUtf8(p.readAllStandardError()).trimmed().split(QLatin1Char('\n'));
    return lines.mid(std::max<qsizetype>(0, lines.size() - 3)).join(QLatin1Char(' '));
}

// The ranks started for one job; ended (killed if need be) when it goes.
class RankProcesses
{
public:
    ~RankProcesses()
    {
        for (auto &p : m_ranks) {
            if (p->state() != QProcess::NotRunning) {
                p->kill();
                p->waitForFinished(5000);
            }
        }
    }

    void start(int processes, const QStringList &args, int threads, int port)
    {
        const QString program = genlabExecutable();
        if (program.isEmpty())
            throw std::runtime_error("the genlab program for the other training processes was not found (set GENLAB_BINARY)");
        QStringList full = args;
        full << QStringLiteral("--threads") << QString::number(std::max(1, threads));
        for (int rank = 1; rank < processes; ++rank) {
            auto p = std::make_unique<QProcess>();
            prepareLocalRank(*p, rank, processes, port);
            QProcessEnvironment env = p->processEnvironment();
            env.insert(QStringLiteral("GENLAB_DIST_TIMEOUT"), QString::number(kCollectiveTimeoutSeconds));
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            p->setProcessEnvironment(env);
            p->setStandardOutputFile(QProcess::nullDevice());
            p->start(program, full);
            if (!p->waitForStarted(10000))
                throw std::runtime_error("could not start training process " + std::to_string(rank) + " (" +
                                         program.toStdString() + "): " + p->errorString().toStdString());
            m_ranks.push_back(std::move(p));
        }
    }

    // "rank 2: <its message>" for each rank that ended with an error so far; empty when none did.
    QString failures(int waitMs)
    {
        QStringList out;
        for (std::size_t i = 0; i < m_ranks.size(); ++i) {
            QProcess &p = *m_ranks[i];
            if (p.state() != QProcess::NotRunning)
                p.waitForFinished(waitMs);
            if (p.state() == QProcess::NotRunning && (p.exitStatus() == QProcess::CrashExit || (p.exitCode() != 0 && p.exitCode() != 130)))
                out << QStringLiteral("rank %1: %2").arg(i + 1).arg(tail(p));
        }
        return out.join(QStringLiteral("; "));
    }

    // Waits for every rank to leave (they end after the last step rank 0 agreed to).
    void finish(int waitMs)
    {
        for (auto &p : m_ranks)
            if (p->state() != QProcess::NotRunning)
                p->waitForFinished(waitMs);
    }

private:
    std::vector<std::unique_ptr<QProcess>> m_ranks;
};

} // namespace

void prepareLocalRank(QProcess &p, int rank, int processes, int port)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("WORLD_SIZE"), QString::number(processes));
    env.insert(QStringLiteral("RANK"), QString::number(rank));
    env.insert(QStringLiteral("LOCAL_RANK"), QString::number(rank));
    env.insert(QStringLiteral("MASTER_ADDR"), QStringLiteral("127.0.0.1"));
    env.insert(QStringLiteral("MASTER_PORT"), QString::number(port));
    p.setProcessEnvironment(env);
    p.setChildProcessModifier([] {
        ::setpgid(0, 0);
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
    });
}

QString genlabExecutable()
{
    const QString fromEnv = qEnvironmentVariable("GENLAB_BINARY");
    if (!fromEnv.isEmpty() && QFileInfo(fromEnv).isExecutable())
        return fromEnv;
    if (QCoreApplication::instance()) {
        const QFileInfo self(QCoreApplication::applicationFilePath());
        if (self.fileName() == QLatin1String("genlab"))
            return self.absoluteFilePath();
        const QFileInfo beside(QDir(self.absolutePath()).filePath(QStringLiteral("genlab")));
        if (beside.isExecutable())
            return beside.absoluteFilePath();
    }
    return QStandardPaths::findExecutable(QStringLiteral("genlab"));
}

QVariant runWithLocalRanks(int processes, const QStringList &rankArguments, int threadsPerRank,
                           const std::function<QVariant()> &work)
{
    if (processes <= 1)
        return work();
    if (train::groupSize() > 1)
        throw std::runtime_error("another multi-process training run is going on in the studio; wait for it to end");
    const int port = train::freeLocalPort();
    RankProcesses ranks;
    ranks.start(processes, rankArguments, threadsPerRank, port);
    train::DistributedEnvironment env;
    env.rank = 0;
    env.worldSize = processes;
    env.masterAddress = "127.0.0.1";
    env.masterPort = port;
    try {
        train::joinGroup(env, kRendezvousTimeout, std::chrono::seconds(kCollectiveTimeoutSeconds));
    } catch (const std::exception &e) {
        const QString why = ranks.failures(2000);
        throw std::runtime_error(std::string(e.what()) + (why.isEmpty() ? std::string() : "; " + why.toStdString()));
    }
    try {
        QVariant result = work();
        train::leaveGroup();
        ranks.finish(30000);
        return result;
    } catch (const engine::Canceled &) {
        train::leaveGroup();
        ranks.finish(30000);
        throw;
    } catch (const std::exception &e) {
        train::leaveGroup();
        const QString why = ranks.failures(5000);
        if (why.isEmpty())
            throw;
        throw std::runtime_error(std::string(e.what()) + "; " + why.toStdString());
    }
}

} // namespace genlab::services
