#include "cli/command.h"

#include "cli/interruptwatch.h"
#include "cli/progressline.h"

#include <QCommandLineParser>
#include <QJsonValue>

#include <atomic>
#include <cstdio>
#include <memory>
#include <mutex>

namespace genlab::cli {

QList<Command> &commandRegistry()
{
    static QList<Command> commands;
    return commands;
}

const Command *findCommand(const QString &name)
{
    for (const Command &c : commandRegistry())
        if (c.name == name)
            return &c;
    return nullptr;
}

CommandRegistrar::CommandRegistrar(Command command)
{
    commandRegistry().append(std::move(command));
}

namespace {

// What main's --json document needs from out() and the command. Guarded: a job's thread may print.
std::mutex g_stdoutMutex;
bool g_captureStdout = false;
bool g_stdoutWritten = false;
QStringList g_captured;
QJsonObject g_jsonFields;

// The stop token of the InterruptibleJob alive now (one at a time, the command's thread makes it):
// every consoleRunContext made while it lives stops on Ctrl+C.
std::mutex g_jobMutex;
std::stop_token g_jobStop;

} // namespace

QList<QCommandLineOption> outputModeOptions()
{
    return {QCommandLineOption(QStringLiteral("quiet"),
                               QStringLiteral("No progress and no chatter on stderr (errors and warnings still go there)")),
            QCommandLineOption(QStringLiteral("json"), QStringLiteral("Print one JSON document on stdout and nothing else there"))};
}

bool declaresJson(const Command &command)
{
    for (const QCommandLineOption &o : command.options)
        if (o.names().contains(QStringLiteral("json")))
            return true;
    return false;
}

void out(const QString &text)
{
    {
        const std::lock_guard lock(g_stdoutMutex);
        if (g_captureStdout) {
            g_captured << text.split(QLatin1Char('\n'));
            return;
        }
        g_stdoutWritten = true;
    }
    wipeProgressBarForStdout();
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void err(const QString &text)
{
    printLine(text);
}

void note(const QString &text)
{
    if (!quietOutput())
        printLine(text);
}

void setCaptureStdout(bool capture)
{
    const std::lock_guard lock(g_stdoutMutex);
    g_captureStdout = capture;
}

bool stdoutWritten()
{
    const std::lock_guard lock(g_stdoutMutex);
    return g_stdoutWritten;
}

QStringList capturedStdout()
{
    const std::lock_guard lock(g_stdoutMutex);
    return g_captured;
}

void setJsonField(const QString &key, const QJsonValue &value)
{
    const std::lock_guard lock(g_stdoutMutex);
    g_jsonFields.insert(key, value);
}

QJsonObject jsonFields()
{
    const std::lock_guard lock(g_stdoutMutex);
    return g_jsonFields;
}

engine::RunContext consoleRunContext(const QString &label, std::int64_t total, const QString &unit)
{
    engine::RunContext ctx;
    auto line = std::make_shared<ProgressLine>(label, total, unit);
    ctx.onProgress = [line](double fraction, std::string_view stage) { line->updateFraction(fraction, stage); };
    const std::lock_guard lock(g_jobMutex);
    ctx.stop = g_jobStop;
    return ctx;
}

struct InterruptibleJob::Impl
{
    QString label;
    std::stop_source stop;
    std::unique_ptr<InterruptWatch> watch;
};

InterruptibleJob::InterruptibleJob(const QString &label, const QString &onInterrupt) : m_impl(std::make_unique<Impl>())
{
    m_impl->label = label;
    m_impl->watch = std::make_unique<InterruptWatch>(m_impl->stop, [onInterrupt] { err(onInterrupt); });
    const std::lock_guard lock(g_jobMutex);
    g_jobStop = m_impl->stop.get_token();
}

InterruptibleJob::~InterruptibleJob()
{
    const std::lock_guard lock(g_jobMutex);
    g_jobStop = {};
}

engine::RunContext InterruptibleJob::context(std::int64_t total, const QString &unit) const
{
    return consoleRunContext(m_impl->label, total, unit);
}

std::stop_token InterruptibleJob::token() const
{
    return m_impl->stop.get_token();
}

qint64 intOption(const QCommandLineParser &p, const QString &name, qint64 fallback, qint64 min, qint64 max)
{
    if (!p.isSet(name))
        return fallback;
    bool ok = false;
    const qint64 v = p.value(name).toLongLong(&ok);
    if (!ok || v < min || v > max)
        throw UsageError{QStringLiteral("--%1 must be an integer from %2 to %3 (got '%4')")
                             .arg(name)
                             .arg(min)
                             .arg(max)
                             .arg(p.value(name))};
    return v;
}

double doubleOption(const QCommandLineParser &p, const QString &name, double fallback, double min, double max)
{
    if (!p.isSet(name))
        return fallback;
    bool ok = false;
    const double v = p.value(name).toDouble(&ok);
    if (!ok || !(v >= min && v <= max))
        throw UsageError{
            QStringLiteral("--%1 must be a number from %2 to %3 (got '%4')").arg(name).arg(min).arg(max).arg(p.value(name))};
    return v;
}

bool resolveDeviceOption(const QString &value, engine::ResolvedDevice *device)
{
    std::string error;
    const auto spec = engine::DeviceSpec::parse(value.toStdString(), &error);
    if (!spec) {
        err(QStringLiteral("genlab: %1").arg(QString::fromStdString(error)));
        return false;
    }
    *device = engine::resolveDevice(*spec);
    if (!device->warning.empty())
        err(QStringLiteral("genlab: %1").arg(QString::fromStdString(device->warning)));
    return true;
}

} // namespace genlab::cli
