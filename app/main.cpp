// genlab: the studio (no arguments), or one of its headless commands (`genlab info`, `genlab demo`,
// ...). One binary: the same code paths run in the window and on a server.
#include "cli/command.h"
#include "engine/runtime/blascore.h"
#include "services/appinfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#ifdef GENLAB_WITH_WIDGETS
#include "studio.h"
#include "widgets/shell/language.h"

#include <QApplication>
#include <QProcess>
#endif

#include <algorithm>
#include <exception>

namespace {

using genlab::cli::err;
using genlab::cli::out;

const QStringList kValueOptions{QStringLiteral("--device"), QStringLiteral("--screenshot"), QStringLiteral("--lab")};

// The first positional argument, skipping the values of the global options.
QString findCommandName(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QString a = QString::fromLocal8Bit(argv[i]);
        if (kValueOptions.contains(a)) {
            ++i;
            continue;
        }
        if (a.startsWith(QLatin1Char('-')))
            continue;
        return a;
    }
    return {};
}

QCommandLineOption deviceOption()
{
    return QCommandLineOption(QStringLiteral("device"),
                              QStringLiteral("Where model work runs: auto (CUDA when available), cpu, cuda or cuda:N"),
                              QStringLiteral("DEVICE"), QStringLiteral("auto"));
}

QString commandList()
{
    QString s = QStringLiteral("\nCommands:\n");
    QList<genlab::cli::Command> commands = genlab::cli::commandRegistry();
    std::sort(commands.begin(), commands.end(), [](const auto &a, const auto &b) { return a.name < b.name; });
    for (const auto &c : commands)
        s += QStringLiteral("  %1%2\n").arg(c.name.leftJustified(13), c.summary);
    s += QStringLiteral("\nRun 'genlab COMMAND --help' for a command's options.");
    return s;
}

void setupApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("GenLab"));
    QCoreApplication::setApplicationName(QStringLiteral("genlab"));
    QCoreApplication::setApplicationVersion(genlab::services::appVersion());
}

// A headless command speaks the environment's language (LANG), as terminal tools do; the studio
// follows its Settings (installStudioTranslations).
void installTranslations(QCoreApplication &app)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("genlab"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
}

#ifdef GENLAB_WITH_WIDGETS
// The language chosen in Settings > Language ("ui/language"), the system's by default.
void installStudioTranslations()
{
    genlab::widgets::i18n::applyLanguage(genlab::widgets::i18n::storedLanguage());
}
#endif

// Resolves --device; prints the fallback warning. Returns false (after printing) on a bad value.
bool resolveDevice(const QCommandLineParser &parser, genlab::engine::ResolvedDevice *device)
{
    std::string error;
    auto spec = genlab::engine::DeviceSpec::parse(parser.value(QStringLiteral("device")).toStdString(), &error);
    if (!spec) {
        err(QStringLiteral("genlab: %1").arg(QString::fromStdString(error)));
        return false;
    }
    *device = genlab::engine::resolveDevice(*spec);
    if (!device->warning.empty())
        err(QStringLiteral("genlab: %1").arg(QString::fromStdString(device->warning)));
    return true;
}

int runCommand(int argc, char **argv, const QString &name)
{
    QCoreApplication app(argc, argv);
    setupApplication();
    installTranslations(app);
    const genlab::cli::Command *command = genlab::cli::findCommand(name);
    if (!command) {
        err(QStringLiteral("genlab: unknown command '%1'%2").arg(name, commandList()));
        return 2;
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary);
    parser.addHelpOption();
    parser.addOption(deviceOption());
    parser.addOptions(command->options);
    parser.addPositionalArgument(command->name, QStringLiteral("The command"));
    if (!command->positionalSyntax.isEmpty())
        parser.addPositionalArgument(command->positionalSyntax, QString());
    if (!parser.parse(app.arguments())) {
        err(QStringLiteral("genlab %1: %2\nRun 'genlab %1 --help' for its options.").arg(name, parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText());
        return 0;
    }
    genlab::cli::CommandContext ctx;
    if (!resolveDevice(parser, &ctx.device))
        return 2;
    ctx.budget = genlab::engine::planThreadBudget();
    ctx.parser = &parser;
    ctx.positional = parser.positionalArguments().mid(1);
    if (command->positionalSyntax.isEmpty() && !ctx.positional.isEmpty()) {
        err(QStringLiteral("genlab %1: unexpected argument '%2'").arg(name, ctx.positional.first()));
        return 2;
    }
    // A headless command runs alone: it may use every core.
    genlab::engine::configureWorkerThread(ctx.budget.cli);
    try {
        return command->run(ctx);
    } catch (const genlab::cli::UsageError &e) {
        err(QStringLiteral("genlab %1: %2").arg(name, e.message));
        return 2;
    } catch (const std::exception &e) {
        err(QStringLiteral("genlab %1: %2").arg(name, QString::fromUtf8(e.what())));
        return 1;
    }
}

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

bool hasArg(int argc, char **argv, const char *flag)
{
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], flag) == 0)
            return true;
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    const QString commandName = findCommandName(argc, argv);
    // Before anything else, for the studio and the commands whose time goes into matrix
    // products: start again with OpenBLAS's fast kernels. Starting again costs a second load of
    // LibTorch (~0.6 s), more than quick commands (inspect, tokenize, a short generate) take.
    static const QStringList kBlasHeavy{QStringLiteral("train"), QStringLiteral("demo"), QStringLiteral("info")};
    if (commandName.isEmpty() || kBlasHeavy.contains(commandName))
        genlab::engine::relaunchWithBetterBlasCore(argv);
    if (!commandName.isEmpty())
        return runCommand(argc, argv, commandName);

#ifdef GENLAB_WITH_WIDGETS
    // Options are checked before anything else, so a typo gives a message, not a window or a demo.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("GenLab Studio: generate with generative models and see inside them.") + commandList());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(deviceOption());
    parser.addOption(QCommandLineOption(QStringLiteral("screenshot"),
                                        QStringLiteral("Render the window once the lab is ready, write a PNG and exit"),
                                        QStringLiteral("PATH")));
    parser.addOption(QCommandLineOption(QStringLiteral("lab"), QStringLiteral("Open this lab (home, …)"),
                                        QStringLiteral("NAME")));
    if (!parser.parse(arguments)) {
        err(QStringLiteral("genlab: %1\nRun 'genlab --help' for usage.").arg(parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText());
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out(QStringLiteral("genlab %1").arg(genlab::services::appVersion()));
        return 0;
    }
    if (!hasDisplay()) {
        if (parser.isSet(QStringLiteral("screenshot"))) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        } else {
            err(QStringLiteral("genlab: no display found (DISPLAY and WAYLAND_DISPLAY are unset): running the "
                               "headless demo into ./demo-output instead"));
            char demo[] = "demo", outFlag[] = "--out", outDir[] = "demo-output";
            char *demoArgv[] = {argv[0], demo, outFlag, outDir, nullptr};
            return runCommand(4, demoArgv, QStringLiteral("demo"));
        }
    }
    QApplication app(argc, argv);
    setupApplication();
    installStudioTranslations();
    genlab::engine::ResolvedDevice device;
    if (!resolveDevice(parser, &device))
        return 2;
    int result = 0;
    {
        genlab::app::Studio studio(device, genlab::engine::planThreadBudget());
        const int early = studio.start(parser.value(QStringLiteral("screenshot")), parser.value(QStringLiteral("lab")));
        if (early >= 0)
            return early;
        result = app.exec();
    }
    // Settings > Restart Now: the window closed through its normal path and the studio is gone
    // (project saved, its session lock released), so the new process finds the project free.
    if (const auto restart = genlab::widgets::i18n::scheduledRestart()) {
        if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), *restart))
            err(QStringLiteral("genlab: could not start again (%1); start GenLab Studio by hand")
                    .arg(QDir::toNativeSeparators(QCoreApplication::applicationFilePath())));
    }
    return result;
#else
    QCoreApplication app(argc, argv);
    setupApplication();
    if (hasArg(argc, argv, "--version") || hasArg(argc, argv, "-v")) {
        out(QStringLiteral("genlab %1").arg(genlab::services::appVersion()));
        return 0;
    }
    out(QStringLiteral("GenLab Studio %1 (built without the desktop studio: headless commands only)%2")
            .arg(genlab::services::appVersion(), commandList()));
    return hasArg(argc, argv, "--help") || hasArg(argc, argv, "-h") ? 0 : 2;
#endif
}
