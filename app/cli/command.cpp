#include "cli/command.h"

#include <QCommandLineParser>
#include <QElapsedTimer>

#include <cstdio>
#include <memory>

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

void out(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void err(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

engine::RunContext consoleRunContext(const QString &label)
{
    engine::RunContext ctx;
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    auto last = std::make_shared<qint64>(-1000);
    ctx.onProgress = [label, timer, last](double fraction, std::string_view stage) {
        const qint64 now = timer->elapsed();
        if (now - *last < 500 && fraction < 1.0)
            return;
        *last = now;
        std::fprintf(stderr, "%s: %3d %% %.*s\n", label.toUtf8().constData(), int(fraction * 100), int(stage.size()),
                     stage.data());
        std::fflush(stderr);
    };
    return ctx;
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

} // namespace genlab::cli
