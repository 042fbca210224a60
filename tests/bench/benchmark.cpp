#include "benchmark.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTimer>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace genlab::bench {

namespace {

std::string jsonEscape(const std::string &s)
{
    std::string out;
    for (char c : s) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += c;
            }
        }
    }
    return out;
}

std::string number(double v)
{
    if (!std::isfinite(v))
        return "null";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.6g", v);
    return buf;
}

} // namespace

void Reporter::report(Result r)
{
    std::string line = "{\"name\": \"" + jsonEscape(r.name) + "\", \"value\": " + number(r.value) +
                       ", \"unit\": \"" + jsonEscape(r.unit) + "\"";
    if (r.peer)
        line += ", \"peer\": \"" + jsonEscape(*r.peer) + "\"";
    if (r.peerValue)
        line += ", \"peer_value\": " + number(*r.peerValue);
    if (r.ratio)
        line += ", \"ratio\": " + number(*r.ratio);
    for (const auto &[k, v] : r.extra)
        line += ", \"" + jsonEscape(k) + "\": \"" + jsonEscape(v) + "\"";
    if (!r.note.empty())
        line += ", \"note\": \"" + jsonEscape(r.note) + "\"";
    line += "}";
    std::printf("%s\n", line.c_str());
    std::fflush(stdout);
    m_results.push_back(std::move(r));
}

std::vector<Benchmark> &registry()
{
    static std::vector<Benchmark> benchmarks;
    return benchmarks;
}

Registrar::Registrar(std::string name, std::function<void(Reporter &)> run)
{
    registry().push_back({std::move(name), std::move(run)});
}

std::optional<std::string> runPythonPeer(const std::string &script, const std::vector<std::string> &args,
                                         std::string *why, int timeoutMs)
{
    const QString python = QStringLiteral("/usr/bin/python3");
    QProcess proc;
    QStringList list{QStringLiteral("-c"), QString::fromStdString(script)};
    for (const auto &a : args)
        list << QString::fromStdString(a);
    proc.start(python, list);
    if (!proc.waitForStarted(10000)) {
        *why = "Debian's /usr/bin/python3 could not be started";
        return std::nullopt;
    }
    if (!proc.waitForFinished(timeoutMs)) {
        proc.kill();
        *why = "the Python peer did not finish in time";
        return std::nullopt;
    }
    QString err = QString::fromUtf8(proc.readAllStandardError());
    if (proc.exitCode() != 0) {
        *why = err.contains(QStringLiteral("No module named 'torch'"))
                   ? std::string("python3-torch is not installed (apt-get install python3-torch)")
                   : "the Python peer failed: " + err.right(400).toStdString();
        return std::nullopt;
    }
    return QString::fromUtf8(proc.readAllStandardOutput()).toStdString();
}

double percentile(std::vector<double> &samples, double p)
{
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    double rank = p / 100.0 * double(samples.size() - 1);
    auto lo = std::size_t(std::floor(rank));
    auto hi = std::min(samples.size() - 1, lo + 1);
    double frac = rank - double(lo);
    return samples[lo] * (1 - frac) + samples[hi] * frac;
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

std::vector<double> measureEventLoopLateness(int durationMs, const std::function<bool()> &tick, int intervalMs)
{
    std::vector<double> lateness;
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(intervalMs);
    QEventLoop loop;
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        lateness.push_back(std::max(0.0, double(now - last) / 1e6 - intervalMs));
        last = now;
        const bool stop = tick && tick();
        if (stop || clock.elapsed() > durationMs)
            loop.quit();
    });
    probe.start();
    loop.exec();
    return lateness;
}

} // namespace genlab::bench
