#include "cli/progressline.h"

#include "engine/train/distributed.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QStringList>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>

#include <sys/ioctl.h>
#include <unistd.h>

namespace genlab::cli {

namespace {

std::atomic<bool> g_quietOutput{false};
std::atomic<bool> g_jsonOutput{false};

constexpr qint64 kRedrawIntervalMs = 100;       // a terminal's bar: ~10 Hz at most
constexpr qint64 kPlainLineIntervalMs = 5000;   // a log's lines: one every 5 s at most
constexpr int kBarWidth = 20;

// Guards stderr and the bar on it: printLine (any thread) wipes the bar, prints, redraws.
std::mutex g_consoleMutex;
QByteArray g_shownBar; // what the terminal shows on its last line now; empty: nothing

void writeStderr(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

int terminalColumns()
{
    winsize size{};
    if (ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col >= 20)
        return size.ws_col;
    return 80;
}

QString formatRate(double perSecond)
{
    if (perSecond >= 10)
        return QString::number(perSecond, 'f', 0);
    if (perSecond >= 1)
        return QString::number(perSecond, 'f', 1);
    return QString::number(perSecond, 'f', 2);
}

} // namespace

bool quietOutput()
{
    return g_quietOutput.load();
}

bool jsonOutput()
{
    return g_jsonOutput.load();
}

void setOutputMode(bool quiet, bool json)
{
    g_quietOutput.store(quiet);
    g_jsonOutput.store(json);
}

bool stderrIsTerminal()
{
    static const bool terminal = [] {
        if (!isatty(STDERR_FILENO))
            return false;
        const char *term = std::getenv("TERM");
        return !(term && std::strcmp(term, "dumb") == 0);
    }();
    return terminal;
}

void printLine(const QString &text)
{
    const std::lock_guard lock(g_consoleMutex);
    QByteArray bytes;
    if (!g_shownBar.isEmpty())
        bytes += "\r\033[K";
    bytes += text.toUtf8();
    bytes += '\n';
    bytes += g_shownBar; // redrawn below what was printed
    writeStderr(bytes);
}

namespace {

// Clears the bar's line when one is shown.
void clearShownBar()
{
    const std::lock_guard lock(g_consoleMutex);
    if (g_shownBar.isEmpty())
        return;
    g_shownBar.clear();
    writeStderr("\r\033[K");
}

} // namespace

void wipeProgressBarForStdout()
{
    static const bool sameTerminal = stderrIsTerminal() && isatty(STDOUT_FILENO);
    if (sameTerminal)
        clearShownBar();
}

QString formatDuration(double seconds)
{
    if (!std::isfinite(seconds) || seconds < 0)
        return QStringLiteral("?");
    const qint64 s = qint64(std::llround(seconds));
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3").arg(s / 3600).arg((s / 60) % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

struct ProgressLine::State
{
    QString label;
    std::int64_t total = 0;
    QString unit;
    bool enabled = true;    // off under --quiet and on ranks other than 0
    bool terminal = false;
    bool plainLines = true;
    QElapsedTimer timer;
    // The rate is measured from the first update, not from construction: set-up (loading a
    // model, opening data) and a resumed run's earlier steps are not part of it.
    qint64 firstMs = -1;
    double firstDone = 0;
    double done = 0;
    qint64 lastDrawMs = -kRedrawIntervalMs;
    qint64 lastPlainMs = 0;
    bool finalPlainPrinted = false;
    int plainLinesPrinted = 0;
    double rate = 0; // per second, 0 until known

    // "45% 123/270 steps 3.2 steps/s ETA 0:46"
    QString figures(std::string_view stage) const
    {
        const double fraction = total > 0 ? std::clamp(done / double(total), 0.0, 1.0) : std::clamp(done, 0.0, 1.0);
        QStringList parts{QStringLiteral("%1%").arg(int(fraction * 100))};
        if (total > 0)
            parts << QStringLiteral("%1/%2 %3").arg(qint64(done)).arg(total).arg(unit);
        if (rate > 0) {
            parts << (total > 0 ? QStringLiteral("%1 %2/s").arg(formatRate(rate), unit)
                                : QStringLiteral("%1 %/s").arg(formatRate(rate * 100)));
            const double left = (total > 0 ? double(total) - done : 1.0 - done) / rate;
            if (fraction < 1.0)
                parts << QStringLiteral("ETA %1").arg(formatDuration(left));
        }
        if (!stage.empty())
            parts << QString::fromUtf8(stage.data(), qsizetype(stage.size()));
        return parts.join(QLatin1Char(' '));
    }

    QString bar() const
    {
        const double fraction = total > 0 ? std::clamp(done / double(total), 0.0, 1.0) : std::clamp(done, 0.0, 1.0);
        const int filled = int(fraction * kBarWidth);
        return QLatin1Char('[') + QString(filled, QLatin1Char('#')) + QString(kBarWidth - filled, QLatin1Char('.')) +
               QLatin1Char(']');
    }

    void show(std::string_view stage)
    {
        if (!enabled)
            return;
        const qint64 now = timer.elapsed();
        if (firstMs < 0) {
            firstMs = now;
            firstDone = done;
        } else if (now > firstMs && done > firstDone) {
            rate = (done - firstDone) / (double(now - firstMs) / 1000.0);
        }
        const bool complete = total > 0 ? done >= double(total) : done >= 1.0;
        if (terminal) {
            if (now - lastDrawMs < kRedrawIntervalMs && !complete)
                return;
            lastDrawMs = now;
            QString text = QStringLiteral("%1 %2").arg(bar(), figures(stage));
            const int columns = terminalColumns() - 1; // a full line would wrap and break the redraw
            if (text.size() > columns)
                text.truncate(columns);
            const std::lock_guard lock(g_consoleMutex);
            g_shownBar = text.toUtf8();
            writeStderr("\r\033[K" + g_shownBar);
            return;
        }
        if (!plainLines)
            return;
        // The first report at once (a log says what started), then one every few seconds, and
        // the last.
        if (complete) {
            if (finalPlainPrinted)
                return;
            finalPlainPrinted = true;
        } else if (plainLinesPrinted > 0 && now - lastPlainMs < kPlainLineIntervalMs) {
            return;
        }
        ++plainLinesPrinted;
        lastPlainMs = now;
        printLine(QStringLiteral("%1: %2").arg(label, figures(stage)));
    }

    void wipe()
    {
        if (terminal)
            clearShownBar();
    }
};

ProgressLine::ProgressLine(QString label, std::int64_t total, QString unit) : m_state(std::make_shared<State>())
{
    m_state->label = std::move(label);
    m_state->total = std::max<std::int64_t>(0, total);
    m_state->unit = std::move(unit);
    m_state->enabled = !quietOutput() && engine::train::isLeadRank();
    m_state->terminal = stderrIsTerminal();
    m_state->timer.start();
}

ProgressLine::~ProgressLine()
{
    m_state->wipe();
}

void ProgressLine::setTotal(std::int64_t total)
{
    m_state->total = std::max<std::int64_t>(0, total);
}

void ProgressLine::update(std::int64_t done, std::string_view stage)
{
    m_state->done = double(done);
    m_state->show(stage);
}

void ProgressLine::updateFraction(double fraction, std::string_view stage)
{
    if (!std::isfinite(fraction))
        return;
    fraction = std::clamp(fraction, 0.0, 1.0);
    m_state->done = m_state->total > 0 ? std::round(fraction * double(m_state->total)) : fraction;
    m_state->show(stage);
}

void ProgressLine::setPlainLines(bool on)
{
    m_state->plainLines = on;
}

QString ProgressLine::rateAndEta() const
{
    const State &s = *m_state;
    if (s.rate <= 0)
        return {};
    const QString unit = s.total > 0 ? s.unit : QStringLiteral("%");
    const double rate = s.total > 0 ? s.rate : s.rate * 100;
    QString text = QStringLiteral("%1 %2/s").arg(formatRate(rate), unit);
    const double left = (s.total > 0 ? double(s.total) - s.done : 1.0 - s.done) / s.rate;
    if (left > 0)
        text += QStringLiteral(", ETA %1").arg(formatDuration(left));
    return text;
}

void ProgressLine::finish()
{
    m_state->wipe();
}

} // namespace genlab::cli
