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
    // The whole studio, window, job manager and projects included (tests, benchmarks).
    Studio(const engine::ResolvedDevice &device, const engine::ThreadBudget &budget);
    // The labs, added to the window the genlab binary built before the engine loaded (maybe already
    // shown); the window, jobs and projects stay the caller's, who deletes the window first, shuts
    // the jobs down, then deletes this.
    Studio(const engine::ResolvedDevice &device, services::JobManager *jobs, services::ProjectService *projects,
           widgets::MainWindow *window);
    ~Studio() override;

    widgets::MainWindow *window() const { return m_window; }
    services::JobManager *jobs() const { return m_jobs; }
    services::ProjectService *projects() const { return m_projects; }

    // Shows the window; with a screenshot path, waits until the lab is ready, writes the PNG and
    // quits the application with 0 (or 1/2 on failure). presentation: start in presentation mode
    // (a screenshot is then 1920x1080, a projector's size); without it a screenshot never is in it.
    int start(const QString &screenshotPath, const QString &labId, bool presentation = false);
    // The window is already up (the binary showed it while the engine loaded): shows labId, offers
    // crash recovery and the tour; GENLAB_REPORT_STARTUP=1 reports the lab ready. -1 (run the event
    // loop) or 2 for an unknown lab.
    int startInShownWindow(const QString &labId);

private:
    void addLabs(const engine::ResolvedDevice &device);
    bool selectStartLab(const QString &labId); // false (after saying so) for an unknown lab
    void takeScreenshot(const QString &path);
    // GENLAB_REPORT_STARTUP=1: prints "startup: window-ready" and "startup: lab-ready <id>".
    void reportStartup();
    void reportLabReady();

    std::unique_ptr<services::JobManager> m_ownedJobs;
    std::unique_ptr<services::ProjectService> m_ownedProjects;
    std::unique_ptr<widgets::MainWindow> m_ownedWindow;
    services::JobManager *m_jobs = nullptr;
    services::ProjectService *m_projects = nullptr;
    widgets::MainWindow *m_window = nullptr;
    std::unique_ptr<services::ComputeService> m_compute;
};

} // namespace genlab::app
