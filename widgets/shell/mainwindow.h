#pragma once

#include <QMainWindow>
#include <QPointer>

class QAction;
class QDockWidget;
class QLabel;
class QListWidget;
class QStackedWidget;
class QMenu;
class QTimer;

namespace genlab::services {
class ComputeService;
class JobManager;
class ProjectService;
} // namespace genlab::services

namespace genlab::widgets {

class JobsDock;
class LabPage;
class SettingsDialog;
namespace help {
class FirstRunTour;
class HelpViewer;
} // namespace help

// The studio's window: lab navigation on the left, the current lab, the Jobs dock, File/Help
// menus and a status bar with the device, the thread budget and running jobs.
// Thread: GUI only.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(services::JobManager *jobs, services::ComputeService *compute, services::ProjectService *projects,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    void addLab(LabPage *lab);
    bool selectLab(const QString &labId);
    LabPage *currentLab() const;
    QList<LabPage *> labs() const { return m_labs; }
    JobsDock *jobsDock() const { return m_jobsDock; }

    // The help dock (created hidden) and the page it shows; F1 and the help button at the menu
    // bar's right open the current lab's LabPage::helpPage() there.
    help::HelpViewer *helpViewer() const { return m_help; }
    QDockWidget *helpDock() const { return m_helpDock; }
    QAction *labHelpAction() const { return m_labHelpAction; }
    // Shows the help dock with `page` ("lab-text.md"); false when the page is missing (the dock
    // then says so).
    bool openHelp(const QString &page);
    void openLabHelp(); // the current lab's page (index.md for a lab without one)
    // The first-run tour, unless it was closed before or the run is headless (see
    // FirstRunTour::shouldOffer). The composition root calls it once the window is shown.
    void offerTour();
    help::FirstRunTour *startTour(); // Help > Take the Tour
    void showShortcuts();            // Help > Keyboard Shortcuts (non-modal)
    // Tools > Settings… (non-modal, one at a time): the language, see SettingsDialog.
    SettingsDialog *showSettings();
    QAction *settingsAction() const { return m_settingsAction; }
    // Settings > Restart Now: closes the window through closeEvent (lab states collected, a
    // modified project saved, layout stored), remembers the open project and the lab shown, and
    // has main() start the studio again once this one is gone. False when the user keeps working
    // (jobs running and the restart declined).
    bool restartStudio();

    void restoreLayout(); // window geometry and dock layout from the last session
    // Reopens the project that was open when the studio last ran, if it did not close cleanly,
    // and offers to recover its autosaved state.
    void offerCrashRecovery();

    // Opens an output's recipe in the lab that made it; false (after telling the user) if not.
    bool openRecipe(const QString &path);

    // Each lab's saveState() into the open project (marks it modified where a state changed).
    // Save, autosave and closing call it first.
    void collectLabStates();
    // Each lab's restoreState() from the open project; runs whenever a project is opened,
    // recovered or created.
    void restoreLabStates();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override; // activates the lab shown
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildMenus();
    void updateJobsStatus();
    void updateTitle();
    void rebuildRecentMenu();
    void newProject();
    void openProject();
    void openProjectAt(const QString &folder);
    void saveProject();
    void showAbout();
    void updateHelpAction();
    // Every text of the menus, the actions, the navigation and the status bar, again: on
    // QEvent::LanguageChange (a language chosen in Settings) they change without a restart.
    void retranslate();

    services::JobManager *m_jobs;
    services::ComputeService *m_compute;
    services::ProjectService *m_projects;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    JobsDock *m_jobsDock;
    QLabel *m_deviceLabel, *m_threadsLabel, *m_jobsLabel;
    QMenu *m_recentMenu = nullptr;
    QTimer *m_autosaveTimer = nullptr;
    QList<LabPage *> m_labs;
    QList<QAction *> m_labKeys; // Ctrl+1 … Ctrl+9
    QDockWidget *m_helpDock = nullptr;
    help::HelpViewer *m_help = nullptr;
    QAction *m_labHelpAction = nullptr;
    QAction *m_settingsAction = nullptr;
    // Menus and actions whose text retranslate() sets (kept only for that).
    QMenu *m_fileMenu = nullptr, *m_viewMenu = nullptr, *m_toolsMenu = nullptr, *m_helpMenu = nullptr;
    QAction *m_newAction = nullptr, *m_openAction = nullptr, *m_saveAction = nullptr, *m_recipeAction = nullptr,
            *m_quitAction = nullptr, *m_contentsAction = nullptr, *m_shortcutsAction = nullptr,
            *m_tourAction = nullptr, *m_aboutAction = nullptr;
    QString m_builtLanguage; // the translation the labs were built in
    bool m_restoringLabs = false;
};

} // namespace genlab::widgets
