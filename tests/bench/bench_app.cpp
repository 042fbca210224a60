// app.*: how fast the desktop studio starts. The real genlab binary is started offscreen on the
// Latent lab, with labs loading when first shown (the product) and, interleaved in the same run,
// with GENLAB_EAGER_LABS=1 (every lab loads its model at start, as the studio did before): the time
// to a window that takes input and to the lab shown being ready, medians of several starts each.
// process_floor_ms is `genlab --version` (the binary with Qt, before any engine), engine_floor_ms
// `genlab --help` (the same plus loading libgenlab_core with LibTorch): what a window shown before
// the engine loads saves.
#include "benchmark.h"

#include <QByteArray>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

#include <algorithm>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

constexpr int kAppStarts = 5;            // per mode, interleaved
constexpr int kAppStartTimeoutMs = 180000;
const char *const kAppBenchLab = "latent"; // a lab with a model: what "ready" costs is a load

struct AppStartTimes
{
    double windowMs = 0;
    double labReadyMs = 0;
    double longestPauseMs = -1; // the event loop's longest pause while the engine loaded (lazy only)
};

QString appBinaryPath()
{
    return QDir(QStringLiteral(GENLAB_BINARY_DIR)).filePath(QStringLiteral("app/genlab"));
}

// One start: times (by this clock, from QProcess::start) the lines GENLAB_REPORT_STARTUP=1 prints.
AppStartTimes timeOneAppStart(bool eager, const QString &home)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("GENLAB_REPORT_STARTUP"), QStringLiteral("1"));
    if (eager)
        env.insert(QStringLiteral("GENLAB_EAGER_LABS"), QStringLiteral("1"));
    else
        env.remove(QStringLiteral("GENLAB_EAGER_LABS"));
    // A settings folder of its own: no remembered layout, project or crash recovery of the user's.
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir(home).filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), QDir(home).filePath(QStringLiteral("data")));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);

    AppStartTimes times;
    QByteArray pending;
    QElapsedTimer clock;
    clock.start();
    process.start(appBinaryPath(), {QStringLiteral("--lab"), QString::fromLatin1(kAppBenchLab)});
    if (!process.waitForStarted(30000))
        throw std::runtime_error("cannot start " + appBinaryPath().toStdString());
    while (times.labReadyMs == 0 && clock.elapsed() < kAppStartTimeoutMs) {
        if (!process.waitForReadyRead(1000)) {
            if (process.state() == QProcess::NotRunning)
                break;
            continue;
        }
        const double now = double(clock.nsecsElapsed()) / 1e6;
        pending += process.readAllStandardOutput();
        int end;
        while ((end = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(end).trimmed();
            pending.remove(0, end + 1);
            if (line == "startup: window-ready" && times.windowMs == 0)
                times.windowMs = now;
            else if (line.startsWith("startup: longest-pause-ms "))
                times.longestPauseMs = line.mid(26).toDouble();
            else if (line.startsWith("startup: lab-ready"))
                times.labReadyMs = now;
        }
    }
    const QByteArray errors = process.readAllStandardError();
    process.kill();
    process.waitForFinished(10000);
    if (times.windowMs == 0 || times.labReadyMs == 0)
        throw std::runtime_error(std::string(eager ? "eager" : "lazy") + " start did not report " +
                                 (times.windowMs == 0 ? "its window" : "its lab ready") + " within " +
                                 std::to_string(kAppStartTimeoutMs / 1000) + " s: " + errors.right(400).toStdString());
    return times;
}

// `genlab --version`: the binary's libraries (Qt, the window's) and their static initialisers,
// which every start pays before main(); `genlab --help` adds the engine library (LibTorch
// registers its operators), which the studio loads while its window already takes input.
double timeAppFloor(const char *flag)
{
    QProcess process;
    QElapsedTimer clock;
    clock.start();
    process.start(appBinaryPath(), {QString::fromLatin1(flag)});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        throw std::runtime_error(std::string("genlab ") + flag + " failed");
    return double(clock.nsecsElapsed()) / 1e6;
}

double appMedian(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

void benchAppStart(genlab::bench::Reporter &reporter)
{
    if (!QFileInfo(appBinaryPath()).isExecutable())
        throw std::runtime_error(appBinaryPath().toStdString() + " is missing (build the genlab target)");
    QTemporaryDir home;
    if (!home.isValid())
        throw std::runtime_error("cannot create a temporary folder");
    std::vector<double> lazyWindow, lazyLab, eagerWindow, eagerLab, floor, engineFloor, pauses;
    timeOneAppStart(false, home.path()); // warms the page cache (libraries, models) for both modes
    for (int i = 0; i < kAppStarts; ++i) {
        floor.push_back(timeAppFloor("--version"));
        engineFloor.push_back(timeAppFloor("--help"));
        // Alternating which mode goes first keeps drifts of the machine out of the ratio.
        for (const bool eager : {i % 2 == 1, i % 2 == 0}) {
            const AppStartTimes t = timeOneAppStart(eager, home.path());
            (eager ? eagerWindow : lazyWindow).push_back(t.windowMs);
            (eager ? eagerLab : lazyLab).push_back(t.labReadyMs);
            if (!eager && t.longestPauseMs >= 0)
                pauses.push_back(t.longestPauseMs);
        }
    }
    std::map<std::string, std::string> extra{{"lab", kAppBenchLab},
                                                    {"starts", std::to_string(kAppStarts)},
                                                    {"statistic", "median"},
                                                    {"process_floor_ms", std::to_string(int(appMedian(floor)))},
                                                    {"engine_floor_ms", std::to_string(int(appMedian(engineFloor)))}};
    // The window takes input while the engine loads: the event loop's longest pause meanwhile.
    if (!pauses.empty())
        extra["longest_pause_while_loading_ms"] = std::to_string(int(appMedian(pauses)));
    auto result = [&](const char *name, const std::vector<double> &lazy, const std::vector<double> &eager) {
        genlab::bench::Result r;
        r.name = name;
        r.value = appMedian(lazy);
        r.unit = "ms";
        r.peer = "eager (GENLAB_EAGER_LABS=1: every lab loads at start)";
        r.peerValue = appMedian(eager);
        r.ratio = r.value / *r.peerValue;
        r.extra = extra;
        reporter.report(r);
    };
    result("app.startup_ms", lazyWindow, eagerWindow);
    result("app.first_lab_ready_ms", lazyLab, eagerLab);
}

} // namespace

GENLAB_BENCHMARK("app", benchAppStart);
