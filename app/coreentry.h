#pragma once
// The two doors into libgenlab_core (the engine, the labs and the commands, with LibTorch), which
// the genlab binary (main.cpp, Qt only) opens with dlopen: the window first, the engine after.
// Declared extern "C" so the binary finds them by name (dlsym); both sides are built together.

#include <QString>

class QObject;

namespace genlab::services {
class JobManager;
class ProjectService;
} // namespace genlab::services
namespace genlab::widgets {
class MainWindow;
}

namespace genlab::app {

// What the binary built before the engine loaded, and what the command line asked of the studio.
struct ShellHandoff
{
    widgets::MainWindow *window = nullptr; // the binary's; the labs join it
    services::JobManager *jobs = nullptr;
    services::ProjectService *projects = nullptr;
    QString device;         // --device
    QString screenshotPath; // --screenshot
    QString labId;          // --lab
    bool presentation = false;
    bool windowShown = false; // true: the window is up and took input while the engine loaded
};

} // namespace genlab::app

extern "C" {
// The whole command line of a headless command, --help, or the demo of a machine without a display.
int genlab_core_main(int argc, char **argv);
// Adds the labs to the binary's window (app/studio.h) and starts them. Returns -1 to run the event
// loop, or an exit code (a bad --device or --lab, after saying so). *studio: what the binary deletes
// once its window is gone and its job manager shut down.
int genlab_core_attach(const genlab::app::ShellHandoff *handoff, QObject **studio);
}
