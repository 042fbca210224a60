#pragma once

#include <QFont>
#include <QMainWindow>
#include <QPalette>
#include <QPointer>

#include <functional>
#include <optional>

class QAction;
class QDockWidget;
class QLabel;
class QListWidget;
class QStackedWidget;
class QMenu;
class QTimer;

namespace genlab::services {
class JobManager;
class ProjectService;
struct Recipe;
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
// It needs Qt only: the genlab binary shows it before the engine (LibTorch) is loaded, then the
// composition root (app/studio.h) adds the labs, the device and the recipe reader.
// Thread: GUI only.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(services::JobManager *jobs, services::ProjectService *projects, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Where model work runs, for the status bar and About (ComputeService's summaries). Until it is
    // set the status bar says the engine is loading.
    struct ComputeStatus
    {
        QString device;   // "CPU (2 cores)"
        QString deviceId; // "cpu", "cuda:0"
        QString threads;  // "threads: 1 interactive, 1 training"
        QString warning;  // a device request that could not be honoured; "" when none
    };
    void setComputeStatus(const ComputeStatus &status);
    // Reads an output's recipe (services::readRecipeFile, which needs the engine's image readers).
    using RecipeReader = std::function<std::optional<services::Recipe>(const QString &path, QString *error)>;
    void setRecipeReader(RecipeReader reader) { m_readRecipe = std::move(reader); }
    // While the engine loads, the lab area says so (the window takes input: menus, help, settings).
    // The first addLab() removes the note; failed: the engine could not load (`message` says why).
    void showEngineLoading(const QString &message, bool failed = false);

    void addLab(LabPage *lab);
    // While held, showing a lab does not activate it: the composition root adds every lab and picks
    // the one to show (--lab) in a window that is already visible, and only that lab loads. Letting
    // go activates the lab shown (when the window is visible).
    void holdLabActivation(bool hold);
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

    // View > Presentation Mode (F5): the application font scaled (presentation::kFontScale), a
    // high-contrast palette, the expert controls hidden and every lab told
    // (LabPage::setPresentationMode) so its plots thicken. Off gives back the font and palette the
    // application had. The menu's choice is remembered (QSettings view/presentation, read by
    // restoreLayout()); calling this directly (--presentation) remembers nothing.
    void setPresentationMode(bool on);
    bool presentationMode() const { return m_presentation; }
    QAction *presentationAction() const { return m_presentationAction; }

    // Scenes (the Scenes menu): the current lab's saveState() kept by name in the open project;
    // recalling one (Alt+1 … Alt+9 for the first nine) shows its lab and restores that state.
    // saveScene: the scene's index, or -1 when no project is open (the user is told). An empty
    // name is replaced by the lab's title.
    int saveScene(const QString &name);
    bool recallScene(int index);
    bool deleteScene(int index);
    QList<QAction *> sceneActions() const { return m_sceneKeys; }

    void restoreLayout(); // window geometry, dock layout and presentation mode from the last session
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
    void updateComputeLabels(); // the device and thread labels of the status bar
    void updateTitle();
    void rebuildRecentMenu();
    void rebuildScenesMenu();
    void updateSceneActions();
    void askSceneName(); // Scenes > Save Scene…
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
    services::ProjectService *m_projects;
    std::optional<ComputeStatus> m_computeStatus;
    RecipeReader m_readRecipe;
    QLabel *m_engineNote = nullptr; // the lab area's note while the engine loads
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    JobsDock *m_jobsDock;
    QLabel *m_deviceLabel, *m_threadsLabel, *m_jobsLabel;
    QMenu *m_recentMenu = nullptr;
    QTimer *m_autosaveTimer = nullptr;
    QList<LabPage *> m_labs;
    QList<QAction *> m_labKeys; // Ctrl+1 … Ctrl+9
    QList<QAction *> m_sceneKeys; // Alt+1 … Alt+9
    QMenu *m_scenesMenu = nullptr, *m_deleteSceneMenu = nullptr;
    QAction *m_saveSceneAction = nullptr, *m_presentationAction = nullptr;
    bool m_presentation = false;
    bool m_jobsDockWasShown = true;
    QFont m_normalFont;       // the application's font and palette before presentation mode
    QPalette m_normalPalette;
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
    bool m_activationHeld = false;
};

} // namespace genlab::widgets
