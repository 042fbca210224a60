// libgenlab_core's entry for everything but the studio's window: the headless commands (`genlab
// info`, `genlab demo`, ...), --help with the command list, and the demo a machine without a display
// runs instead of the studio. The genlab binary (main.cpp) loads this library and calls
// genlab_core_main; one library, so the same code paths run in the window and on a server.
#include "cli/command.h"
#include "cli/progressline.h"
#include "coreentry.h"
#include "services/appinfo.h"
#include "startup.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QTranslator>

#include <algorithm>
#include <exception>

namespace {

using genlab::app::deviceOption;
using genlab::app::setupApplication;
using genlab::cli::err;
using genlab::cli::out;

// The parser's help, its usage line naming "genlab" rather than the path the binary was started by
// ("Usage: /usr/bin/genlab train [options]").
QString helpText(const QCommandLineParser &parser)
{
    QString help = parser.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    if (!program.isEmpty() && help.startsWith(QLatin1String("Usage: ") + program + QLatin1Char(' ')))
        help.replace(7, program.size(), QStringLiteral("genlab"));
    return help;
}

QString commandList()
{
    QString s = QStringLiteral("\nCommands:\n");
    QList<genlab::cli::Command> commands = genlab::cli::commandRegistry();
    std::sort(commands.begin(), commands.end(), [](const auto &a, const auto &b) { return a.name < b.name; });
    qsizetype width = 0;
    for (const auto &c : commands)
        width = std::max(width, c.name.size());
    for (const auto &c : commands)
        s += QStringLiteral("  %1  %2\n").arg(c.name.leftJustified(width), c.summary);
    s += QStringLiteral("\nRun 'genlab COMMAND --help' for a command's options.");
    return s;
}

// A headless command speaks the environment's language (LANG), as terminal tools do; the studio
// follows its Settings (installStudioTranslations).
void installTranslations(QCoreApplication &app)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("genlab"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
}

// --json promises one JSON document on stdout, also when the command fails: the error goes to
// stderr as always, and, when the command printed nothing on stdout yet, a document saying so.
void errorDocument(const QString &name, bool json, int code, const QString &message)
{
    if (json && !genlab::cli::stdoutWritten()) {
        QJsonObject doc{{QStringLiteral("command"), name}, {QStringLiteral("exit_code"), code}, {QStringLiteral("error"), message}};
        // What the command said before it failed (its lines, a training run's state) stays.
        const QJsonObject fields = genlab::cli::jsonFields();
        for (auto it = fields.begin(); it != fields.end(); ++it)
            doc.insert(it.key(), it.value());
        if (const QStringList lines = genlab::cli::capturedStdout(); !lines.isEmpty())
            doc.insert(QStringLiteral("output"), QJsonArray::fromStringList(lines));
        out(QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented)).trimmed());
    }
}

int failed(const QString &name, bool json, int code, const QString &message)
{
    err(message);
    errorDocument(name, json, code, message);
    return code;
}

int runCommand(int argc, char **argv, const QString &name)
{
    QCoreApplication app(argc, argv);
    setupApplication();
    installTranslations(app);
    const genlab::cli::Command *command = genlab::cli::findCommand(name);
    // Known before parsing, so that a typo in the options under --json still gives a document.
    const bool jsonAsked = app.arguments().contains(QStringLiteral("--json"));
    if (!command)
        return failed(name, jsonAsked, 2, QStringLiteral("genlab: unknown command '%1'%2").arg(name, commandList()));
    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary);
    parser.addHelpOption();
    parser.addOption(deviceOption());
    parser.addOptions(command->options);
    // --quiet and --json for every command; a command's own --json (its document) comes first.
    const bool ownJson = genlab::cli::declaresJson(*command);
    for (const QCommandLineOption &o : genlab::cli::outputModeOptions()) {
        bool declared = false;
        for (const QCommandLineOption &c : command->options)
            declared = declared || c.names().contains(o.names().constFirst());
        if (!declared)
            parser.addOption(o);
    }
    parser.addPositionalArgument(command->name, QStringLiteral("The command"));
    if (!command->positionalSyntax.isEmpty())
        parser.addPositionalArgument(command->positionalSyntax, QString());
    if (!parser.parse(app.arguments()))
        return failed(name, jsonAsked, 2,
                      QStringLiteral("genlab %1: %2\nRun 'genlab %1 --help' for its options.").arg(name, parser.errorText()));
    if (parser.isSet(QStringLiteral("help"))) {
        out(helpText(parser));
        return 0;
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    genlab::cli::setOutputMode(parser.isSet(QStringLiteral("quiet")), json);
    genlab::cli::CommandContext ctx;
    if (!genlab::cli::resolveDeviceOption(parser.value(QStringLiteral("device")), &ctx.device)) {
        errorDocument(name, json, 2, QStringLiteral("genlab %1: bad --device '%2'").arg(name, parser.value(QStringLiteral("device"))));
        return 2;
    }
    ctx.budget = genlab::engine::planThreadBudget();
    ctx.parser = &parser;
    ctx.positional = parser.positionalArguments().mid(1);
    if (command->positionalSyntax.isEmpty() && !ctx.positional.isEmpty())
        return failed(name, json, 2, QStringLiteral("genlab %1: unexpected argument '%2'").arg(name, ctx.positional.first()));
    // A headless command runs alone: it may use every core.
    genlab::engine::configureWorkerThread(ctx.budget.cli);
    // A command without a document of its own: its lines become main's document.
    genlab::cli::setCaptureStdout(json && !ownJson);
    int code = 0;
    try {
        code = command->run(ctx);
    } catch (const genlab::cli::UsageError &e) {
        genlab::cli::setCaptureStdout(false);
        return failed(name, json, 2, QStringLiteral("genlab %1: %2").arg(name, e.message));
    } catch (const genlab::engine::Canceled &) {
        // Ctrl+C in a long command (cli::InterruptibleJob): it stopped at a step boundary.
        genlab::cli::setCaptureStdout(false);
        return failed(name, json, 130, QStringLiteral("genlab %1: interrupted").arg(name));
    } catch (const std::exception &e) {
        genlab::cli::setCaptureStdout(false);
        return failed(name, json, 1, QStringLiteral("genlab %1: %2").arg(name, QString::fromUtf8(e.what())));
    }
    if (json && !ownJson) {
        genlab::cli::setCaptureStdout(false);
        QJsonObject doc = genlab::cli::jsonFields();
        doc.insert(QStringLiteral("command"), name);
        doc.insert(QStringLiteral("exit_code"), code);
        const QStringList lines = genlab::cli::capturedStdout();
        doc.insert(QStringLiteral("output"), QJsonArray::fromStringList(lines));
        // The "name:   value" lines most commands print, as fields (the first of a name wins).
        static const QRegularExpression field(QStringLiteral("^([A-Za-z][A-Za-z0-9 _-]{0,30}):\\s+(\\S.*)$"));
        QJsonObject fields;
        for (const QString &l : lines)
            if (const auto m = field.match(l); m.hasMatch() && !fields.contains(m.captured(1)))
                fields.insert(m.captured(1), m.captured(2).trimmed());
        if (!fields.isEmpty())
            doc.insert(QStringLiteral("fields"), fields);
        out(QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented)).trimmed());
    }
    return code;
}

} // namespace

extern "C" int genlab_core_main(int argc, char **argv)
{
    using namespace genlab::app;
    const QString commandName = findCommandName(argc, argv);
    if (!commandName.isEmpty())
        return runCommand(argc, argv, commandName);

    // No command: --help (which lists the commands), --version, a typo in the options, or a
    // machine without a display (the headless demo instead of the studio).
    {
        QCoreApplication app(argc, argv); // --help names the binary ("Usage: genlab [options]")
        setupApplication();
        QCommandLineParser parser;
        parser.setApplicationDescription(
            QStringLiteral("GenLab Studio: generate with generative models and see inside them.") + commandList());
        parser.addHelpOption();
        parser.addVersionOption();
        addStudioOptions(parser);
        if (!parser.parse(app.arguments())) {
            err(QStringLiteral("genlab: %1\nRun 'genlab --help' for usage.").arg(parser.errorText()));
            return 2;
        }
        if (parser.isSet(QStringLiteral("help"))) {
            out(helpText(parser));
            return 0;
        }
        if (parser.isSet(QStringLiteral("version"))) {
            out(QStringLiteral("genlab %1").arg(genlab::services::appVersion()));
            return 0;
        }
#ifdef GENLAB_WITH_WIDGETS
        if (hasDisplay() || parser.isSet(QStringLiteral("screenshot"))) {
            err(QStringLiteral("genlab: the studio's window starts from the genlab binary, not from its engine library"));
            return 2;
        }
#else
        if (hasDisplay() || parser.isSet(QStringLiteral("screenshot"))) {
            out(QStringLiteral("GenLab Studio %1 (built without the desktop studio: headless commands only)%2")
                    .arg(genlab::services::appVersion(), commandList()));
            return 2;
        }
#endif
    }
    err(QStringLiteral("genlab: no display found (DISPLAY and WAYLAND_DISPLAY are unset): running the "
                       "headless demo into ./demo-output instead"));
    char demo[] = "demo", outFlag[] = "--out", outDir[] = "demo-output";
    char *demoArgv[] = {argv[0], demo, outFlag, outDir, nullptr};
    return runCommand(4, demoArgv, QStringLiteral("demo"));
}
