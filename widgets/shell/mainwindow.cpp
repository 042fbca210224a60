#include "widgets/shell/mainwindow.h"

#include "services/appinfo.h"
#include "services/jobmanager.h"
#include "services/projectservice.h"
#include "services/recipe.h"
#include "widgets/help/firstruntour.h"
#include "widgets/help/helpviewer.h"
#include "widgets/help/shortcutcatalog.h"
#include "widgets/jobs/jobsdock.h"
#include "widgets/shell/labpage.h"
#include "widgets/shell/language.h"
#include "widgets/shell/presentation.h"
#include "widgets/shell/settingsdialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QInputDialog>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace genlab::widgets {

MainWindow::MainWindow(services::JobManager *jobs, services::ProjectService *projects, QWidget *parent)
    : QMainWindow(parent), m_jobs(jobs), m_projects(projects),
      m_builtLanguage(i18n::appliedLanguage())
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    // A laptop's 1366x768 screen is smaller than the size the labs are laid out for: never open
    // larger than the screen's free area.
    QSize size(1400, 880);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size());
    resize(size);

    auto *splitter = new QSplitter(this);
    m_navigation = new QListWidget(splitter);
    m_navigation->setObjectName(QStringLiteral("labNavigation"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(2);
    m_navigation->setMinimumWidth(150);
    m_navigation->setMaximumWidth(240);
    m_stack = new QStackedWidget(splitter);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({160, size.width() - 160}); // the lab names fit; the rest goes to the lab
    setCentralWidget(splitter);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_labs.size())
            return;
        m_stack->setCurrentIndex(row);
        // A lab chosen before the window is shown (the first one added, --lab) is activated by
        // showEvent: a lab nobody sees loads nothing.
        if (isVisible() && !m_activationHeld)
            m_labs[row]->activated();
        // Plots and controls a lab made since the mode was switched on (labs load when first shown).
        if (m_presentation) {
            m_labs[row]->setPresentationMode(true);
            presentation::setExpertControlsHidden(m_labs[row], true);
            presentation::scaleFixedWidths(m_labs[row], true);
        }
        updateHelpAction();
    });

    m_jobsDock = new JobsDock(m_jobs, this);
    addDockWidget(Qt::RightDockWidgetArea, m_jobsDock);

    // Help beside the Jobs dock, both full height; hidden until asked for (F1, the help button).
    m_helpDock = new QDockWidget(this);
    m_helpDock->setObjectName(QStringLiteral("helpDock"));
    m_help = new help::HelpViewer(m_helpDock);
    m_helpDock->setWidget(m_help);
    addDockWidget(Qt::RightDockWidgetArea, m_helpDock);
    splitDockWidget(m_jobsDock, m_helpDock, Qt::Horizontal);
    m_helpDock->hide();
    // A dock the last session left open (restoreLayout) shows the current lab's page, not a blank.
    connect(m_helpDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_help->currentPage().isEmpty())
            QTimer::singleShot(0, this, [this] {
                if (m_help->currentPage().isEmpty())
                    openLabHelp();
            });
    });
    connect(m_help, &help::HelpViewer::pageChanged, this, [this](const QString &, const QString &title) {
        m_helpDock->setWindowTitle(title.isEmpty() ? tr("Help") : tr("Help: %1").arg(title));
    });

    m_deviceLabel = new QLabel(this);
    m_deviceLabel->setObjectName(QStringLiteral("deviceLabel"));
    m_threadsLabel = new QLabel(this);
    m_jobsLabel = new QLabel(this);
    // Room between the three, which otherwise read as one sentence ("No jobs running threads: ...").
    for (QLabel *label : {m_jobsLabel, m_threadsLabel, m_deviceLabel}) {
        label->setContentsMargins(10, 0, 10, 0);
        statusBar()->addPermanentWidget(label);
    }
    connect(m_jobs, &services::JobManager::activeCountChanged, this, &MainWindow::updateJobsStatus);
    updateJobsStatus();

    buildMenus();
    retranslate();
    connect(m_projects, &services::ProjectService::projectChanged, this, &MainWindow::updateTitle);
    connect(m_projects, &services::ProjectService::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_projects, &services::ProjectService::projectChanged, this, &MainWindow::restoreLabStates);
    connect(m_projects, &services::ProjectService::projectChanged, this, &MainWindow::updateSceneActions);
    connect(m_projects, &services::ProjectService::scenesChanged, this, &MainWindow::updateSceneActions);
    updateTitle();

    // Autosave a modified project every minute; project.json itself changes only on Save.
    m_autosaveTimer = new QTimer(this);
    m_autosaveTimer->setInterval(60 * 1000);
    connect(m_autosaveTimer, &QTimer::timeout, this, [this] {
        QString error;
        collectLabStates();
        if (m_projects->hasProject() && m_projects->isModified() && !m_projects->autosave(&error))
            statusBar()->showMessage(tr("Autosave failed: %1").arg(error), 10000);
    });
    m_autosaveTimer->start();
}

MainWindow::~MainWindow() = default;

void MainWindow::offerCrashRecovery()
{
    // Started again by Settings > Restart Now: the project was saved on the way out; reopen it.
    QSettings settings;
    const QString restarted = settings.value(QStringLiteral("session/reopenAfterRestart")).toString();
    if (!restarted.isEmpty()) {
        settings.remove(QStringLiteral("session/reopenAfterRestart"));
        QString error;
        if (!m_projects->open(restarted, &error))
            QMessageBox::warning(this, tr("Open project"), error);
        return;
    }
    const QString last = m_projects->lastOpenProject();
    if (last.isEmpty())
        return;
    QString error;
    if (!m_projects->open(last, &error) || !m_projects->recoveryAvailable())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Recover project"),
        tr("GenLab Studio did not close cleanly while %1 was open. Recover the autosaved state of the "
           "project? (Choosing No keeps the last saved version.)")
            .arg(QDir::toNativeSeparators(last)));
    if (answer == QMessageBox::Yes && !m_projects->recover(&error))
        QMessageBox::warning(this, tr("Recover project"), error);
}

void MainWindow::setComputeStatus(const ComputeStatus &status)
{
    m_computeStatus = status;
    updateComputeLabels();
    if (!status.warning.isEmpty())
        statusBar()->showMessage(status.warning, 10000);
}

void MainWindow::showEngineLoading(const QString &message, bool failed)
{
    if (!m_labs.isEmpty())
        return;
    if (!m_engineNote) {
        m_engineNote = new QLabel(m_stack);
        m_engineNote->setObjectName(QStringLiteral("engineNote"));
        m_engineNote->setAlignment(Qt::AlignCenter);
        m_engineNote->setWordWrap(true);
        m_engineNote->setMargin(24);
        m_stack->addWidget(m_engineNote);
    }
    m_engineNote->setText(message);
    m_engineNote->setStyleSheet(failed ? QStringLiteral("color: #b00020;") : QString());
    m_stack->setCurrentWidget(m_engineNote);
}

void MainWindow::addLab(LabPage *lab)
{
    if (m_engineNote) {
        // Lab pages sit at the index of their lab: the note goes before the first one comes.
        m_stack->removeWidget(m_engineNote);
        delete m_engineNote;
        m_engineNote = nullptr;
    }
    m_labs.append(lab);
    // Each lab scrolls inside its page rather than stretching the window: the widest labs need
    // more than a 1366-pixel laptop screen leaves beside the navigation and the Jobs dock.
    auto *scroll = new QScrollArea(m_stack);
    scroll->setObjectName(QStringLiteral("labScroll_") + lab->labId());
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(lab);
    m_stack->addWidget(scroll);
    auto *item = new QListWidgetItem(lab->icon(), lab->title(), m_navigation);
    item->setToolTip(lab->summary());
    item->setData(Qt::UserRole, lab->labId());
    item->setSizeHint(QSize(0, 36));
    // A lab working in the background (loading its model at start, a training run) says which
    // lab it is, so "Loaded …" on the Latent lab does not read as the Latent lab's model.
    connect(lab, &LabPage::statusMessage, this, [this, lab](const QString &m) {
        statusBar()->showMessage(currentLab() == lab ? m : tr("%1 lab: %2").arg(lab->title(), m), 8000);
    });
    // setLabState() marks the project modified only when the state really differs, so a lab may
    // report changes that restore what the project already holds (a model it finished loading).
    connect(lab, &LabPage::stateChanged, this, [this, lab] {
        if (!m_restoringLabs && m_projects->hasProject())
            m_projects->setLabState(lab->labId(), lab->saveState());
    });
    const int index = int(m_labs.size()) - 1;
    if (index < m_labKeys.size()) {
        m_labKeys[index]->setText(tr("Show the %1 lab").arg(lab->title()));
        m_labKeys[index]->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
    }
    if (m_navigation->currentRow() < 0)
        m_navigation->setCurrentRow(0);
    if (m_presentation) {
        lab->setPresentationMode(true);
        presentation::setExpertControlsHidden(lab, true);
        presentation::scaleFixedWidths(lab, true);
    }
    updateHelpAction();
}

bool MainWindow::selectLab(const QString &labId)
{
    for (int i = 0; i < m_labs.size(); ++i) {
        if (m_labs[i]->labId() == labId) {
            m_navigation->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (LabPage *lab = currentLab(); lab && !m_activationHeld)
        lab->activated();
}

void MainWindow::holdLabActivation(bool hold)
{
    m_activationHeld = hold;
    if (!hold && isVisible())
        if (LabPage *lab = currentLab())
            lab->activated();
}

LabPage *MainWindow::currentLab() const
{
    const int index = m_stack->currentIndex();
    return index >= 0 && index < m_labs.size() ? m_labs[index] : nullptr;
}

void MainWindow::buildMenus()
{
    // Texts come from retranslate(), which runs again when the language changes.
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_newAction = m_fileMenu->addAction(QString(), this, &MainWindow::newProject);
    m_newAction->setShortcut(QKeySequence::New);
    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::openProject);
    m_openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = m_fileMenu->addMenu(QString());
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    m_saveAction = m_fileMenu->addAction(QString(), this, &MainWindow::saveProject);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_fileMenu->addSeparator();
    m_recipeAction = m_fileMenu->addAction(QString(), this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open the recipe of an output"), QString(),
            tr("Outputs with recipes (*.png *.recipe.json *.gif *.mp4 *.txt);;All files (*)"));
        if (!path.isEmpty())
            openRecipe(path);
    });
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    QAction *toggleJobs = m_jobsDock->toggleViewAction();
    toggleJobs->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    m_viewMenu->addAction(toggleJobs);
    m_viewMenu->addAction(m_helpDock->toggleViewAction());
    for (int i = 0; i < 9; ++i) {
        // Its keys and text come with the lab (addLab): a key without a lab is not listed.
        auto *a = new QAction(this);
        m_labKeys.append(a);
        connect(a, &QAction::triggered, this, [this, i] {
            if (i < m_labs.size())
                m_navigation->setCurrentRow(i);
        });
        addAction(a);
    }
    m_viewMenu->addSeparator();
    m_presentationAction = m_viewMenu->addAction(QString());
    m_presentationAction->setObjectName(QStringLiteral("presentationAction"));
    m_presentationAction->setCheckable(true);
    // F5 starts a slide show in presentation programs (and clickers send it); nothing else here uses it.
    m_presentationAction->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_presentationAction, &QAction::triggered, this, [this](bool on) {
        setPresentationMode(on);
        QSettings().setValue(QStringLiteral("view/presentation"), on);
    });

    // Scenes: the actions live on the window (their keys work with the menu closed); the menu
    // lists them as the project has scenes.
    m_scenesMenu = menuBar()->addMenu(QString());
    m_scenesMenu->setObjectName(QStringLiteral("scenesMenu"));
    m_saveSceneAction = new QAction(this);
    m_saveSceneAction->setObjectName(QStringLiteral("saveSceneAction"));
    m_saveSceneAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_saveSceneAction, &QAction::triggered, this, &MainWindow::askSceneName);
    addAction(m_saveSceneAction);
    m_deleteSceneMenu = new QMenu(this);
    m_deleteSceneMenu->setObjectName(QStringLiteral("deleteSceneMenu"));
    for (int i = 0; i < 9; ++i) {
        auto *a = new QAction(this);
        a->setObjectName(QStringLiteral("sceneAction%1").arg(i + 1));
        a->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        connect(a, &QAction::triggered, this, [this, i] { recallScene(i); });
        addAction(a);
        m_sceneKeys.append(a);
    }
    connect(m_scenesMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildScenesMenu);
    rebuildScenesMenu();

    m_toolsMenu = menuBar()->addMenu(QString());
    m_toolsMenu->setObjectName(QStringLiteral("toolsMenu"));
    m_settingsAction = m_toolsMenu->addAction(QString(), this, &MainWindow::showSettings);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    // The platform's key where it has one (macOS, KDE); elsewhere Ctrl+, as GNOME applications use.
    m_settingsAction->setShortcuts(QKeySequence::Preferences);
    if (m_settingsAction->shortcuts().isEmpty())
        m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    // A question mark Qt draws from its own images: the theme's help icons are SVG, which draw as a
    // broken image where Qt's SVG plugin is not installed (it is not a dependency of the studio).
    m_labHelpAction = m_helpMenu->addAction(style()->standardIcon(QStyle::SP_MessageBoxQuestion), QString(), this,
                                            &MainWindow::openLabHelp);
    m_labHelpAction->setObjectName(QStringLiteral("labHelpAction"));
    m_labHelpAction->setShortcut(QKeySequence::HelpContents);
    m_contentsAction = m_helpMenu->addAction(QString(), this, [this] { openHelp(QStringLiteral("index.md")); });
    m_shortcutsAction = m_helpMenu->addAction(QString(), this, &MainWindow::showShortcuts);
    m_shortcutsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    m_tourAction = m_helpMenu->addAction(QString(), this, &MainWindow::startTour);
    m_helpMenu->addSeparator();
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);

    // Every lab's help button: at the right of the menu bar, always in the same place, naming the
    // lab shown (a lab added later gets it without code of its own).
    auto *helpButton = new QToolButton(menuBar());
    helpButton->setObjectName(QStringLiteral("labHelpButton"));
    helpButton->setDefaultAction(m_labHelpAction);
    helpButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    helpButton->setAutoRaise(true);
    menuBar()->setCornerWidget(helpButton, Qt::TopRightCorner);
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New Project…"));
    m_openAction->setText(tr("&Open Project…"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_saveAction->setText(tr("&Save Project"));
    m_recipeAction->setText(tr("Open Re&cipe…"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_presentationAction->setText(tr("&Presentation Mode"));
    m_scenesMenu->setTitle(tr("&Scenes"));
    m_saveSceneAction->setText(tr("&Save Scene…"));
    m_deleteSceneMenu->setTitle(tr("&Delete Scene"));
    updateSceneActions();
    m_toolsMenu->setTitle(tr("&Tools"));
    m_settingsAction->setText(tr("&Settings…"));
    m_helpMenu->setTitle(tr("&Help"));
    m_contentsAction->setText(tr("Help &Contents"));
    m_shortcutsAction->setText(tr("&Keyboard Shortcuts"));
    m_tourAction->setText(tr("Take the &Tour"));
    m_aboutAction->setText(tr("&About GenLab Studio"));
    const QString helpTitle = m_help->currentTitle();
    m_helpDock->setWindowTitle(helpTitle.isEmpty() ? tr("Help") : tr("Help: %1").arg(helpTitle));
    updateHelpAction();

    // A lab's title() and summary() are translated when asked, so the navigation follows too.
    for (int i = 0; i < m_labs.size(); ++i) {
        if (QListWidgetItem *item = m_navigation->item(i)) {
            item->setText(m_labs[i]->title());
            item->setToolTip(m_labs[i]->summary());
        }
        if (i < m_labKeys.size())
            m_labKeys[i]->setText(tr("Show the %1 lab").arg(m_labs[i]->title()));
    }

    updateComputeLabels();
    updateJobsStatus();
}

void MainWindow::updateComputeLabels()
{
    if (m_computeStatus) {
        m_deviceLabel->setText(tr("Device: %1").arg(m_computeStatus->device));
        m_deviceLabel->setToolTip(m_computeStatus->warning.isEmpty()
                                      ? tr("Model work runs on %1").arg(m_computeStatus->deviceId)
                                      : m_computeStatus->warning);
        m_threadsLabel->setText(m_computeStatus->threads);
    } else {
        m_deviceLabel->setText(tr("Device: loading the engine…"));
        m_deviceLabel->setToolTip(QString());
        m_threadsLabel->clear();
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_fileMenu)
        retranslate();
    QMainWindow::changeEvent(event);
}

SettingsDialog *MainWindow::showSettings()
{
    if (auto *open = findChild<SettingsDialog *>()) {
        open->raise();
        open->activateWindow();
        return open;
    }
    auto *dialog = new SettingsDialog(m_builtLanguage, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::restartRequested, this, [this, dialog] {
        // After the click returns; the dialog may be closed by then.
        QTimer::singleShot(0, this, [this, dialog = QPointer<SettingsDialog>(dialog)] {
            if (restartStudio() && dialog)
                dialog->close();
        });
    });
    dialog->show();
    return dialog;
}

bool MainWindow::restartStudio()
{
    const int active = m_jobs->activeCount();
    if (active > 0 &&
        QMessageBox::question(this, tr("Restart GenLab Studio"),
                              tr("%n job(s) still running will be stopped (a training run saves a checkpoint "
                                 "first). Restart now?",
                                 nullptr, active)) != QMessageBox::Yes)
        return false;
    // The same command line, showing the lab shown now.
    QStringList arguments = QCoreApplication::arguments().mid(1);
    for (int i = 0; i < arguments.size();) {
        if (arguments[i] == QLatin1String("--lab") && i + 1 < arguments.size())
            arguments.remove(i, 2);
        else if (arguments[i].startsWith(QLatin1String("--lab=")))
            arguments.remove(i);
        else
            ++i;
    }
    if (const LabPage *lab = currentLab())
        arguments << QStringLiteral("--lab") << lab->labId();
    // The project closes with this process (ProjectService forgets it as "last open" then), so
    // the next start is told which one to reopen.
    QSettings settings;
    if (m_projects->hasProject())
        settings.setValue(QStringLiteral("session/reopenAfterRestart"), m_projects->folder());
    if (!close()) {
        settings.remove(QStringLiteral("session/reopenAfterRestart"));
        return false;
    }
    i18n::scheduleRestart(arguments);
    QCoreApplication::quit();
    return true;
}

void MainWindow::updateHelpAction()
{
    if (!m_labHelpAction)
        return;
    const LabPage *lab = currentLab();
    m_labHelpAction->setText(lab ? tr("Help on the %1 Lab").arg(lab->title()) : tr("Help on This &Lab"));
    m_labHelpAction->setToolTip(tr("Open the help page of the lab shown (%1)")
                                    .arg(QKeySequence(QKeySequence::HelpContents).toString(QKeySequence::NativeText)));
    // The menu bar sizes its corner widget only when one is set (or the bar resizes): a lab's name
    // that arrives after the window is shown would be cut ("Help on …tent Lab").
    if (QWidget *corner = menuBar()->cornerWidget(Qt::TopRightCorner)) {
        corner->adjustSize();
        menuBar()->setCornerWidget(corner, Qt::TopRightCorner);
    }
}

bool MainWindow::openHelp(const QString &page)
{
    m_helpDock->show();
    m_helpDock->raise();
    if (m_helpDock->width() < 400)
        resizeDocks({m_helpDock}, {620}, Qt::Horizontal);
    return m_help->openPage(page);
}

void MainWindow::openLabHelp()
{
    const LabPage *lab = currentLab();
    const QString page = lab ? lab->helpPage() : QString();
    // A lab without a page of its own (Home) opens the contents.
    openHelp(!page.isEmpty() && !help::readHelpPage(page).isEmpty() ? page : QStringLiteral("index.md"));
}

void MainWindow::offerTour()
{
    if (help::FirstRunTour::shouldOffer())
        startTour();
}

help::FirstRunTour *MainWindow::startTour()
{
    if (auto *open = findChild<help::FirstRunTour *>())
        open->close();
    QList<help::FirstRunTour::LabInfo> labs;
    for (const LabPage *lab : std::as_const(m_labs))
        labs.append({lab->labId(), lab->title(), lab->summary(), lab->helpPage()});
    auto *tour = new help::FirstRunTour(
        help::FirstRunTour::stepsFor(labs), [this](const QString &labId) { selectLab(labId); },
        [this](const QString &page) { openHelp(page); }, this);
    tour->setAttribute(Qt::WA_DeleteOnClose);
    // Over the lab's lower right corner, so the lab's controls stay in view on the left.
    const QPoint corner = mapToGlobal(QPoint(width() - tour->width() - 40, height() - tour->height() - 60));
    tour->move(corner);
    tour->show();
    return tour;
}

void MainWindow::updateJobsStatus()
{
    const int active = m_jobs->activeCount();
    m_jobsLabel->setText(active == 0 ? tr("No jobs running") : tr("%n job(s) running", nullptr, active));
}

void MainWindow::updateTitle()
{
    QString title = services::appName();
    if (m_projects->hasProject())
        title = m_projects->name() + (m_projects->isModified() ? QStringLiteral(" *") : QString()) +
                QStringLiteral(" — ") + title;
    setWindowTitle(title);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_projects->recentProjects();
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("(no recent projects)"))->setEnabled(false);
        return;
    }
    for (const QString &folder : recent)
        m_recentMenu->addAction(QDir::toNativeSeparators(folder), this, [this, folder] { openProjectAt(folder); });
}

void MainWindow::newProject()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Choose an empty folder for the new project"));
    if (folder.isEmpty())
        return;
    QString error;
    if (!m_projects->create(folder, &error))
        QMessageBox::warning(this, tr("New project"), error);
}

void MainWindow::openProject()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open project"), QString(),
                                                      tr("GenLab projects (project.json)"));
    if (!path.isEmpty())
        openProjectAt(path);
}

void MainWindow::openProjectAt(const QString &folder)
{
    QString error;
    if (!m_projects->open(folder, &error))
        QMessageBox::warning(this, tr("Open project"), error);
}

void MainWindow::saveProject()
{
    if (!m_projects->hasProject()) {
        newProject();
        return;
    }
    QString error;
    collectLabStates();
    if (!m_projects->save(&error))
        QMessageBox::warning(this, tr("Save project"), error);
    else
        statusBar()->showMessage(tr("Project saved to %1").arg(QDir::toNativeSeparators(m_projects->folder())), 5000);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About GenLab Studio"),
                       tr("<h3>GenLab Studio %1</h3><p>Generate with generative models and see inside them: "
                          "text models, latent spaces, GANs, diffusion and retrieval, on your own machine, offline.</p>"
                          "<p>Model work runs on %2.</p>")
                           .arg(services::appVersion(),
                                (m_computeStatus ? m_computeStatus->device : tr("a device not known yet (the engine is loading)"))
                                    .toHtmlEscaped()));
}

void MainWindow::showShortcuts()
{
    // Read from the actions at run time: what a lab adds appears here without a list to keep.
    if (auto *open = findChild<help::ShortcutsDialog *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new help::ShortcutsDialog(this, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

bool MainWindow::openRecipe(const QString &path)
{
    if (!m_readRecipe) {
        QMessageBox::information(this, tr("Open recipe"),
                                 tr("The labs are still loading; open %1 again in a moment.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    QString error;
    const auto recipe = m_readRecipe(path, &error);
    if (!recipe) {
        QMessageBox::warning(this, tr("Open recipe"), error);
        return false;
    }
    if (!selectLab(recipe->lab)) {
        QMessageBox::warning(this, tr("Open recipe"),
                             tr("%1 was made by the %2 lab, which this version of GenLab Studio does not have.")
                                 .arg(QDir::toNativeSeparators(path), recipe->lab));
        return false;
    }
    currentLab()->activated(); // also while the window is hidden: the recipe's lab is in use
    if (!currentLab()->openRecipe(path)) {
        QMessageBox::warning(this, tr("Open recipe"),
                             tr("The %1 lab could not restore the recipe of %2.")
                                 .arg(currentLab()->title(), QDir::toNativeSeparators(path)));
        return false;
    }
    statusBar()->showMessage(tr("Restored the settings of %1").arg(QDir::toNativeSeparators(path)), 8000);
    return true;
}

void MainWindow::collectLabStates()
{
    if (!m_projects->hasProject())
        return;
    for (LabPage *lab : std::as_const(m_labs))
        m_projects->setLabState(lab->labId(), lab->saveState());
}

void MainWindow::restoreLabStates()
{
    if (!m_projects->hasProject())
        return;
    // What a lab reports while it restores is what the project already holds.
    m_restoringLabs = true;
    for (LabPage *lab : std::as_const(m_labs)) {
        const QJsonObject state = m_projects->labState(lab->labId());
        if (!state.isEmpty())
            lab->restoreState(state);
    }
    m_restoringLabs = false;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().size() == 1 &&
        event->mimeData()->urls().first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = event->mimeData()->urls().first().toLocalFile();
    event->acceptProposedAction();
    // Open after the drop returns, so a message box does not block the drag source.
    QTimer::singleShot(0, this, [this, path] { openRecipe(path); });
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (settings.value(QStringLiteral("view/presentation"), false).toBool())
        setPresentationMode(true);
}

void MainWindow::setPresentationMode(bool on)
{
    m_presentationAction->setChecked(on);
    if (on == m_presentation)
        return;
    m_presentation = on;
    if (on) {
        m_normalFont = QApplication::font();
        m_normalPalette = QApplication::palette();
        presentation::setApplicationFont(this, presentation::scaledFont(m_normalFont), true);
        QApplication::setPalette(presentation::highContrastPalette());
    } else {
        presentation::setApplicationFont(this, m_normalFont, false);
        QApplication::setPalette(m_normalPalette);
    }
    m_navigation->setIconSize(on ? QSize(36, 36) : QSize(24, 24));
    for (int i = 0; i < m_navigation->count(); ++i)
        m_navigation->item(i)->setSizeHint(QSize(0, on ? 56 : 36));
    for (LabPage *lab : std::as_const(m_labs))
        lab->setPresentationMode(on);
    presentation::setExpertControlsHidden(this, on);
    presentation::scaleFixedWidths(this, on);
    // The lab gets the width; Ctrl+J shows the jobs again. Leaving the mode shows the dock as it was.
    if (on) {
        m_jobsDockWasShown = !m_jobsDock->isHidden();
        m_jobsDock->hide();
    } else if (m_jobsDockWasShown) {
        m_jobsDock->show();
    }
}

void MainWindow::updateSceneActions()
{
    if (m_sceneKeys.isEmpty())
        return;
    const QList<services::Scene> scenes = m_projects->hasProject() ? m_projects->scenes() : QList<services::Scene>();
    for (int i = 0; i < m_sceneKeys.size(); ++i)
        m_sceneKeys[i]->setText(i < scenes.size() ? tr("Scene %1: %2").arg(QString::number(i + 1), scenes[i].name)
                                                  : tr("Recall Scene %1").arg(i + 1));
}

void MainWindow::rebuildScenesMenu()
{
    updateSceneActions();
    m_scenesMenu->clear();
    m_scenesMenu->addAction(m_saveSceneAction);
    const QList<services::Scene> scenes = m_projects->hasProject() ? m_projects->scenes() : QList<services::Scene>();
    if (!scenes.isEmpty())
        m_scenesMenu->addSeparator();
    m_deleteSceneMenu->clear();
    for (int i = 0; i < scenes.size(); ++i) {
        if (i < m_sceneKeys.size())
            m_scenesMenu->addAction(m_sceneKeys[i]);
        else // beyond the ninth: in the menu without a key
            m_scenesMenu->addAction(tr("Scene %1: %2").arg(QString::number(i + 1), scenes[i].name), this,
                                    [this, i] { recallScene(i); });
        m_deleteSceneMenu->addAction(tr("Scene %1: %2").arg(QString::number(i + 1), scenes[i].name), this,
                                     [this, i] { deleteScene(i); });
    }
    m_scenesMenu->addSeparator();
    m_scenesMenu->addMenu(m_deleteSceneMenu);
    m_deleteSceneMenu->setEnabled(!scenes.isEmpty());
}

void MainWindow::askSceneName()
{
    if (!m_projects->hasProject()) {
        saveScene(QString()); // says why not
        return;
    }
    const LabPage *lab = currentLab();
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save scene"), tr("Name of the scene:"), QLineEdit::Normal,
                                               lab ? lab->title() : QString(), &ok);
    if (ok)
        saveScene(name);
}

int MainWindow::saveScene(const QString &name)
{
    LabPage *lab = currentLab();
    if (!lab)
        return -1;
    if (!m_projects->hasProject()) {
        QMessageBox::information(this, tr("Save scene"),
                                 tr("Scenes are kept in the project: create or open a project first."));
        return -1;
    }
    const QString trimmed = name.trimmed();
    m_projects->addScene({trimmed.isEmpty() ? lab->title() : trimmed, lab->labId(), lab->saveState()});
    const int index = int(m_projects->scenes().size()) - 1;
    const QString keys = index < m_sceneKeys.size()
                             ? m_sceneKeys[index]->shortcut().toString(QKeySequence::NativeText)
                             : QString::number(index + 1);
    statusBar()->showMessage(tr("Saved scene %1 (%2)").arg(m_projects->scenes().at(index).name, keys), 8000);
    return index;
}

bool MainWindow::recallScene(int index)
{
    const QList<services::Scene> scenes = m_projects->hasProject() ? m_projects->scenes() : QList<services::Scene>();
    if (index < 0 || index >= scenes.size()) {
        statusBar()->showMessage(tr("This project has no scene %1").arg(index + 1), 5000);
        return false;
    }
    const services::Scene &scene = scenes[index];
    if (!selectLab(scene.labId)) {
        statusBar()->showMessage(
            tr("%1 was made by the %2 lab, which this version of GenLab Studio does not have.").arg(scene.name, scene.labId),
            8000);
        return false;
    }
    currentLab()->activated(); // also while the window is hidden (tests): the scene's lab is in use
    currentLab()->restoreState(scene.state);
    statusBar()->showMessage(tr("Scene %1: %2").arg(QString::number(index + 1), scene.name), 5000);
    return true;
}

bool MainWindow::deleteScene(int index)
{
    return m_projects->hasProject() && m_projects->removeScene(index);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    // The layout is kept as it is outside presentation mode (which hid the Jobs dock itself).
    if (m_presentation && m_jobsDockWasShown)
        m_jobsDock->show();
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    collectLabStates();
    if (m_projects->hasProject() && m_projects->isModified()) {
        QString error;
        if (!m_projects->save(&error))
            QMessageBox::warning(this, tr("Save project"), error);
    }
    // Running jobs are canceled; closing must not take more than ~2 s in all.
    m_jobs->shutdown(1500);
    event->accept();
}

} // namespace genlab::widgets
