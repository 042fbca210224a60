#pragma once

#include "engine/base/runcontext.h"
#include "engine/runtime/compute.h"

#include <QCommandLineOption>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <memory>
#include <stop_token>

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

// Resolves a --device value for a command or the studio: says "genlab: ..." on stderr for a bad
// value (false) and for a fallback (a CUDA request on a machine without one).
bool resolveDeviceOption(const QString &value, engine::ResolvedDevice *device);

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

// Every command takes --quiet and --json (main adds them where a command does not declare them):
//  --quiet: no progress and no chatter on stderr (note()); errors and warnings (err()) stay.
//  --json:  stdout holds one JSON document and nothing else. A command that declares "json" in its
//           options prints its own document; for the others main prints
//           {"command", "exit_code", "output": [their lines], ...jsonResult()}; a failure prints
//           {"command", "exit_code", "error"} when nothing is on stdout yet.
QList<QCommandLineOption> outputModeOptions();
bool declaresJson(const Command &command);

QList<Command> &commandRegistry();
const Command *findCommand(const QString &name);

struct CommandRegistrar
{
    explicit CommandRegistrar(Command command);
};

// Prints to stdout / stderr (UTF-8) without Qt's logging decorations. err() is for errors and
// warnings (always shown), note() for chatter (what is happening; silenced by --quiet). Both print
// above a progress bar. Under --json, out() of a command that does not declare --json is collected
// for main's document instead of printed.
void out(const QString &text);
void err(const QString &text);
void note(const QString &text);

// For main's --json document: whether anything went to stdout, the lines out() collected, and the
// fields a command adds (setJsonField) to the document main prints for it.
void setCaptureStdout(bool capture);
bool stdoutWritten();
QStringList capturedStdout();
void setJsonField(const QString &key, const QJsonValue &value);
QJsonObject jsonFields();

// Progress of a headless job on stderr (cli/progressline.h: a bar on a terminal, throttled lines
// elsewhere, nothing under --quiet); a RunContext wired to it. With total > 0 the bar counts unit
// ("270 steps"). The RunContext keeps its printer alive.
engine::RunContext consoleRunContext(const QString &label, std::int64_t total = 0,
                                     const QString &unit = QStringLiteral("steps"));

// Ctrl+C for a long command: while alive, the first Ctrl+C asks the RunContexts made by context()
// and by consoleRunContext() to stop at their next step (the engine then throws engine::Canceled, which main turns into
// "genlab CMD: interrupted" and exit code 130), and prints what happens; a second Ctrl+C quits at
// once. Thread: the command's.
class InterruptibleJob
{
public:
    InterruptibleJob(const QString &label, const QString &onInterrupt);
    ~InterruptibleJob();
    InterruptibleJob(const InterruptibleJob &) = delete;
    InterruptibleJob &operator=(const InterruptibleJob &) = delete;
    // consoleRunContext(label, total, unit): this job's label, its stop token.
    engine::RunContext context(std::int64_t total = 0, const QString &unit = QStringLiteral("steps")) const;
    std::stop_token token() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

// Parses an integer/double option with a range, or throws UsageError naming the option.
qint64 intOption(const QCommandLineParser &p, const QString &name, qint64 fallback, qint64 min, qint64 max);
double doubleOption(const QCommandLineParser &p, const QString &name, double fallback, double min, double max);

} // namespace genlab::cli
