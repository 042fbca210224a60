#pragma once
// What the genlab binary (app/main.cpp, Qt only) and its engine library (app/coremain.cpp) both
// know about starting: the studio's command-line options and the application's identity.

#include "services/appinfo.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

namespace genlab::app {

// The global options that take a value (command names are found by skipping them).
inline const QStringList &valueOptions()
{
    static const QStringList names{QStringLiteral("--device"), QStringLiteral("--screenshot"), QStringLiteral("--lab")};
    return names;
}

// The first positional argument, skipping the values of the global options: a command's name, or
// empty for the studio.
inline QString findCommandName(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QString a = QString::fromLocal8Bit(argv[i]);
        if (valueOptions().contains(a)) {
            ++i;
            continue;
        }
        if (a.startsWith(QLatin1Char('-')))
            continue;
        return a;
    }
    return {};
}

inline bool hasArg(int argc, char **argv, const char *flag)
{
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], flag) == 0)
            return true;
    return false;
}

inline QCommandLineOption deviceOption()
{
    return QCommandLineOption(QStringLiteral("device"),
                              QStringLiteral("Where model work runs: auto (CUDA when available), cpu, cuda or cuda:N"),
                              QStringLiteral("DEVICE"), QStringLiteral("auto"));
}

// The studio's options (besides --help and --version).
inline void addStudioOptions(QCommandLineParser &parser)
{
    parser.addOption(deviceOption());
    parser.addOption(QCommandLineOption(QStringLiteral("screenshot"),
                                        QStringLiteral("Render the window once the lab is ready, write a PNG and exit"),
                                        QStringLiteral("PATH")));
    parser.addOption(QCommandLineOption(QStringLiteral("lab"),
                                        QStringLiteral("Open this lab: home, data, latent, text, gan, diffusion, "
                                                       "masked, retrieval or tuning"),
                                        QStringLiteral("NAME")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("presentation"),
        QStringLiteral("Start in presentation mode (large fonts, thick plot lines, high contrast, no expert controls; "
                       "F5 in the studio); with --screenshot the window is 1920x1080")));
}

inline void setupApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("GenLab"));
    QCoreApplication::setApplicationName(QStringLiteral("genlab"));
    QCoreApplication::setApplicationVersion(genlab::services::appVersion());
}

inline bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

} // namespace genlab::app
