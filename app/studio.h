#pragma once

#include "engine/runtime/compute.h"

#include <QObject>
#include <QString>

#include <memory>

namespace genlab::services {
class ComputeService;
class JobManager;
class ProjectService;
} // namespace genlab::services

namespace genlab::widgets {
class MainWindow;
}

namespace genlab::app {

// The composition root: builds every object of the desktop studio, wires them, nothing else.
// Labs load when first shown; GENLAB_EAGER_LABS=1 (for benchmarks only) loads every lab at start.
// Thread: GUI only.
class Studio : public QObject
{
    Q_OBJECT
public:
    Studio(const engine::ResolvedDevice &device, const engine::ThreadBudget &budget);
    ~Studio() override;

    widgets::MainWindow *window() const { return m_window.get(); }
    services::JobManager *jobs() const { return m_jobs.get(); }
    services::ProjectService *projects() const { return m_projects.get(); }

    // Shows the window; with a screenshot path, waits until the lab is ready, writes the PNG and
    // quits the application with 0 (or 1/2 on failure). presentation: start in presentation mode
    // (a screenshot is then 1920x1080, a projector's size); without it a screenshot never is in it.
    int start(const QString &screenshotPath, const QString &labId, bool presentation = false);

private:
    void takeScreenshot(const QString &path);
    // GENLAB_REPORT_STARTUP=1: prints "startup: window-ready" and "startup: lab-ready <id>".
    void reportStartup();

    std::unique_ptr<services::JobManager> m_jobs;
    std::unique_ptr<services::ComputeService> m_compute;
    std::unique_ptr<services::ProjectService> m_projects;
    std::unique_ptr<widgets::MainWindow> m_window;
};

} // namespace genlab::app
