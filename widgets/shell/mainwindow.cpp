#include "widgets/shell/mainwindow.h"

#include "services/appinfo.h"
#include "services/computeservice.h"
#include "services/jobmanager.h"
#include "services/projectservice.h"
#include "services/recipe.h"
#include "widgets/help/firstruntour.h"
#include "widgets/help/helpviewer.h"
#include "widgets/help/shortcutcatalog.h"
#include "widgets/jobs/jobsdock.h"
#include "widgets/shell/labpage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace genlab::widgets {

MainWindow::MainWindow(services::JobManager *jobs, services::ComputeService *compute,
                       services::ProjectService *projects, QWidget *parent)
    : QMainWindow(parent), m_jobs(jobs), m_compute(compute), m_projects(projects)
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    resize(1400, 880);

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
    setCentralWidget(splitter);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_labs.size())
            return;
        m_stack->setCurrentWidget(m_labs[row]);
        m_labs[row]->activated();
        updateHelpAction();
    });

    m_jobsDock = new JobsDock(m_jobs, this);
    addDockWidget(Qt::RightDockWidgetArea, m_jobsDock);

    // Help beside the Jobs dock, both full height; hidden until asked for (F1, the help button).
    m_helpDock = new QDockWidget(tr("Help"), this);
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
    m_deviceLabel->setText(tr("Device: %1").arg(m_compute->deviceSummary()));
    m_deviceLabel->setToolTip(m_compute->device().warning.empty()
                                  ? tr("Model work runs on %1").arg(QString::fromStdString(m_compute->device().id))
                                  : QString::fromStdString(m_compute->device().warning));
    m_threadsLabel = new QLabel(m_compute->threadsSummary(), this);
    m_jobsLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_jobsLabel);
    statusBar()->addPermanentWidget(m_threadsLabel);
    statusBar()->addPermanentWidget(m_deviceLabel);
    connect(m_jobs, &services::JobManager::activeCountChanged, this, &MainWindow::updateJobsStatus);
    updateJobsStatus();
    if (!m_compute->device().warning.empty())
        statusBar()->showMessage(QString::fromStdString(m_compute->device().warning), 10000);

    buildMenus();
    connect(m_projects, &services::ProjectService::projectChanged, this, &MainWindow::updateTitle);
    connect(m_projects, &services::ProjectService::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_projects, &services::ProjectService::projectChanged, this, &MainWindow::restoreLabStates);
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

void MainWindow::addLab(LabPage *lab)
{
    m_labs.append(lab);
    m_stack->addWidget(lab);
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

LabPage *MainWindow::currentLab() const
{
    return qobject_cast<LabPage *>(m_stack->currentWidget());
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New Project…"), this, &MainWindow::newProject);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = file->addAction(tr("&Open Project…"), this, &MainWindow::openProject);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    QAction *saveAction = file->addAction(tr("&Save Project"), this, &MainWindow::saveProject);
    saveAction->setShortcut(QKeySequence::Save);
    file->addSeparator();
    file->addAction(tr("Open Re&cipe…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open the recipe of an output"), QString(),
            tr("Outputs with recipes (*.png *.recipe.json *.gif *.mp4 *.txt);;All files (*)"));
        if (!path.isEmpty())
            openRecipe(path);
    });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *toggleJobs = m_jobsDock->toggleViewAction();
    toggleJobs->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    view->addAction(toggleJobs);
    view->addAction(m_helpDock->toggleViewAction());
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

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    m_labHelpAction = helpMenu->addAction(QIcon::fromTheme(QStringLiteral("help-contents"),
                                                           style()->standardIcon(QStyle::SP_DialogHelpButton)),
                                          tr("Help on This &Lab"),
                                          this, &MainWindow::openLabHelp);
    m_labHelpAction->setObjectName(QStringLiteral("labHelpAction"));
    m_labHelpAction->setShortcut(QKeySequence::HelpContents);
    helpMenu->addAction(tr("Help &Contents"), this, [this] { openHelp(QStringLiteral("index.md")); });
    QAction *shortcuts = helpMenu->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    helpMenu->addAction(tr("Take the &Tour"), this, &MainWindow::startTour);
    helpMenu->addSeparator();
    helpMenu->addAction(tr("&About GenLab Studio"), this, &MainWindow::showAbout);

    // Every lab's help button: at the right of the menu bar, always in the same place, naming the
    // lab shown (a lab added later gets it without code of its own).
    auto *helpButton = new QToolButton(menuBar());
    helpButton->setObjectName(QStringLiteral("labHelpButton"));
    helpButton->setDefaultAction(m_labHelpAction);
    helpButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    helpButton->setAutoRaise(true);
    menuBar()->setCornerWidget(helpButton, Qt::TopRightCorner);
}

void MainWindow::updateHelpAction()
{
    if (!m_labHelpAction)
        return;
    const LabPage *lab = currentLab();
    m_labHelpAction->setText(lab ? tr("Help on the %1 Lab").arg(lab->title()) : tr("Help on This &Lab"));
    m_labHelpAction->setToolTip(tr("Open the help page of the lab shown (%1)")
                                    .arg(QKeySequence(QKeySequence::HelpContents).toString(QKeySequence::NativeText)));
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
                           .arg(services::appVersion(), m_compute->deviceSummary().toHtmlEscaped()));
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
    QString error;
    const auto recipe = services::readRecipeFile(path, &error);
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
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
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
