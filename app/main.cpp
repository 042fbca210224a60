// genlab: the studio (no arguments), or one of its headless commands (`genlab info`, `genlab demo`,
// ...). This binary needs Qt only: the studio's window comes up first and takes input while
// libgenlab_core (the engine, the labs and the commands, with LibTorch, ~0.6 s to load) loads on a
// thread; the labs then join the window (coreentry.h). A command loads the library at once.
#include "corelibrary.h"
#include "engine/base/blascore.h"
#include "startup.h"

#include <cstdio>

#ifdef GENLAB_WITH_WIDGETS
#include "engine/base/threadbudget.h"
#include "services/jobmanager.h"
#include "services/projectservice.h"
#include "services/studiolanes.h"
#include "widgets/shell/language.h"
#include "widgets/shell/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <optional>
#include <thread>
#endif

namespace {

using genlab::app::CoreLibrary;

void say(std::FILE *stream, const QString &line)
{
    std::fputs((line + QLatin1Char('\n')).toLocal8Bit().constData(), stream);
    std::fflush(stream);
}

// Everything but the studio's window: the engine library's own main.
int runCore(int argc, char **argv)
{
    CoreLibrary core;
    QString error;
    if (!core.load(&error)) {
        say(stderr, QStringLiteral("genlab: %1").arg(error));
        return 1;
    }
    return core.main(argc, argv);
}

#ifdef GENLAB_WITH_WIDGETS
// The event loop's longest pause between start() and stop(): the window takes input while the
// engine loads on its thread ("startup: longest-pause-ms N" under GENLAB_REPORT_STARTUP).
// Thread: GUI only.
class PauseMeter
{
public:
    PauseMeter()
    {
        m_tick.setInterval(5);
        QObject::connect(&m_tick, &QTimer::timeout, [this] { m_longest = std::max(m_longest, m_clock.restart()); });
    }
    void start()
    {
        m_clock.start();
        m_tick.start();
    }
    bool isRunning() const { return m_tick.isActive(); }
    qint64 stop()
    {
        m_tick.stop();
        return std::max(m_longest, m_clock.elapsed());
    }

private:
    QTimer m_tick;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

// The studio: its window (Qt only) and, loaded on a thread while the window takes input, the labs.
// GENLAB_EAGER_LABS=1 (`genlab-bench app`'s comparison) and --screenshot load the engine first.
int runStudio(QApplication &app, const QCommandLineParser &parser)
{
    namespace services = genlab::services;
    const bool eager = qEnvironmentVariableIntValue("GENLAB_EAGER_LABS") == 1;
    const QString screenshot = parser.value(QStringLiteral("screenshot"));
    services::JobManager jobs(services::studioLaneOptions(genlab::engine::planThreadBudget()));
    services::ProjectService projects;
    auto window = std::make_unique<genlab::widgets::MainWindow>(&jobs, &projects);
    genlab::app::ShellHandoff handoff;
    handoff.window = window.get();
    handoff.jobs = &jobs;
    handoff.projects = &projects;
    handoff.device = parser.value(QStringLiteral("device"));
    handoff.screenshotPath = screenshot;
    handoff.labId = parser.value(QStringLiteral("lab"));
    handoff.presentation = parser.isSet(QStringLiteral("presentation"));

    // GENLAB_REPORT_STARTUP=1 (`genlab-bench app`, tst_mainwindow): "startup: window-ready" once the
    // shown window's event loop first runs idle, "startup: engine-loaded" once libgenlab_core is in;
    // the studio adds "startup: lab-ready <id>".
    const bool report = qEnvironmentVariableIntValue("GENLAB_REPORT_STARTUP") == 1;
    auto engineLoaded = [report] {
        if (report)
            say(stdout, QStringLiteral("startup: engine-loaded"));
    };
    CoreLibrary core;
    QObject *studio = nullptr;
    std::optional<std::thread> loader;
    PauseMeter pauses;
    int code = -1;
    if (eager || !screenshot.isEmpty()) {
        QString error;
        if (core.load(&error)) {
            engineLoaded();
            code = core.attach(&handoff, &studio);
        } else {
            say(stderr, QStringLiteral("genlab: %1").arg(error));
            code = 1;
        }
    } else {
        window->restoreLayout(); // also the presentation mode the user left on
        if (handoff.presentation)
            window->setPresentationMode(true);
        window->showEngineLoading(QCoreApplication::translate("genlab::app", "Loading the labs…"));
        window->show();
        handoff.windowShown = true;
        if (report)
            QTimer::singleShot(0, &app, [] { say(stdout, QStringLiteral("startup: window-ready")); });
        // Once the window is up: LibTorch's load holds the dynamic loader's lock, which the first
        // paint may need (plugins).
        QTimer::singleShot(0, &app, [&] {
            if (report)
                pauses.start();
            loader.emplace([&] {
                auto error = std::make_shared<QString>();
                const bool ok = core.load(error.get());
                QMetaObject::invokeMethod(&app, [&, ok, error] {
                    loader->join();
                    loader.reset();
                    if (pauses.isRunning())
                        say(stdout, QStringLiteral("startup: longest-pause-ms %1").arg(pauses.stop()));
                    if (!ok) {
                        say(stderr, QStringLiteral("genlab: %1").arg(*error));
                        window->showEngineLoading(
                            QCoreApplication::translate("genlab::app", "GenLab Studio could not load its labs: %1").arg(*error),
                            /*failed=*/true);
                        return;
                    }
                    engineLoaded();
                    const int early = core.attach(&handoff, &studio);
                    if (early >= 0)
                        QCoreApplication::exit(early);
                }, Qt::QueuedConnection);
            });
        });
    }
    if (code < 0)
        code = app.exec();
    if (loader) // closed while the engine was loading
        loader->join();
    // The window goes first (it cancels its labs' jobs), then the job manager stops its workers,
    // then what the engine built for the labs.
    window.reset();
    jobs.shutdown(2000);
    delete studio;
    return code;
}
#endif

} // namespace

int main(int argc, char **argv)
{
    const QString commandName = genlab::app::findCommandName(argc, argv);
    // Before anything else, for the studio and the commands whose time goes into matrix products:
    // start again with OpenBLAS's fast kernels (the environment variable is read when the library
    // loads). Costs a second start of this small binary, before LibTorch is loaded.
    static const QStringList kBlasHeavy{QStringLiteral("train"), QStringLiteral("demo"), QStringLiteral("info")};
    if (commandName.isEmpty() || kBlasHeavy.contains(commandName))
        genlab::engine::relaunchWithBetterBlasCore(argv);
    if (!commandName.isEmpty())
        return runCore(argc, argv);

#ifdef GENLAB_WITH_WIDGETS
    using genlab::app::hasArg;
    // The engine library prints the help (it lists the commands) and says what is wrong with options.
    if (hasArg(argc, argv, "--help") || hasArg(argc, argv, "-h") || hasArg(argc, argv, "--help-all"))
        return runCore(argc, argv);
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    genlab::app::addStudioOptions(parser);
    if (!parser.parse(arguments))
        return runCore(argc, argv);
    if (parser.isSet(QStringLiteral("version"))) {
        say(stdout, QStringLiteral("genlab %1").arg(genlab::services::appVersion()));
        return 0;
    }
    if (!genlab::app::hasDisplay()) {
        if (!parser.isSet(QStringLiteral("screenshot")))
            return runCore(argc, argv); // the headless demo instead
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    genlab::app::setupApplication();
    // The language chosen in Settings > Language ("ui/language"), the system's by default.
    genlab::widgets::i18n::applyLanguage(genlab::widgets::i18n::storedLanguage());
    const int result = runStudio(app, parser);
    // Settings > Restart Now: the window closed through its normal path and the studio is gone
    // (project saved, its session lock released), so the new process finds the project free.
    if (const auto restart = genlab::widgets::i18n::scheduledRestart()) {
        if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), *restart))
            say(stderr, QStringLiteral("genlab: could not start again (%1); start GenLab Studio by hand")
                            .arg(QDir::toNativeSeparators(QCoreApplication::applicationFilePath())));
    }
    return result;
#else
    return runCore(argc, argv);
#endif
}
