#pragma once

#include "engine/base/runcontext.h"
#include "engine/runtime/compute.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QCommandLineParser;

namespace genlab::cli {

// What every headless command gets: the resolved device and the thread budget of a command
// running alone, and its own parsed options.
struct CommandContext
{
    engine::ResolvedDevice device;
    engine::ThreadBudget budget;
    const QCommandLineParser *parser = nullptr;
    QStringList positional; // after the command name
};

// Thrown by commands for bad values; main prints "genlab <command>: <message>" and exits 2.
struct UsageError
{
    QString message;
};

// One subcommand of the single `genlab` binary (`genlab info`, `genlab demo`, ...).
struct Command
{
    QString name;
    QString summary;             // one line for --help
    QString positionalSyntax;    // e.g. "PROMPT" (empty: none)
    QList<QCommandLineOption> options;
    std::function<int(const CommandContext &)> run; // exit code
};

QList<Command> &commandRegistry();
const Command *findCommand(const QString &name);

struct CommandRegistrar
{
    explicit CommandRegistrar(Command command);
};

// Prints to stdout / stderr (UTF-8) without Qt's logging decorations.
void out(const QString &text);
void err(const QString &text);

// Progress of a headless job on stderr, throttled; a RunContext wired to it.
engine::RunContext consoleRunContext(const QString &label);

// Parses an integer/double option with a range, or throws UsageError naming the option.
qint64 intOption(const QCommandLineParser &p, const QString &name, qint64 fallback, qint64 min, qint64 max);
double doubleOption(const QCommandLineParser &p, const QString &name, double fallback, double min, double max);

} // namespace genlab::cli
