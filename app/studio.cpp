#include "studio.h"

#include "cli/command.h"
#include "services/computeservice.h"
#include "services/diffusion/diffusionservice.h"
#include "services/gan/ganservice.h"
#include "services/jobmanager.h"
#include "services/studiojobs.h"
#include "services/latent/latentservice.h"
#include "services/masked/maskedservice.h"
#include "services/projectservice.h"
#include "services/recipe.h"
#include "services/retrieval/retrievalservice.h"
#include "services/text/textservice.h"
#include "widgets/databrowser/databrowserlab.h"
#include "widgets/diffusionlab/diffusionlab.h"
#include "widgets/ganlab/ganlab.h"
#include "widgets/home/homelab.h"
#include "widgets/latentlab/latentlab.h"
#include "widgets/maskedlab/maskedlab.h"
#include "widgets/retrievallab/retrievallab.h"
#include "widgets/shell/labpage.h"
#include "widgets/shell/mainwindow.h"
#include "widgets/textlab/textlab.h"
#include "widgets/tuninglab/tuninglab.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QTimer>

#include <optional>

namespace genlab::app {

Studio::Studio(const engine::ResolvedDevice &device, const engine::ThreadBudget &budget)
{
    m_ownedJobs = std::make_unique<services::JobManager>(services::studioJobOptions(budget));
    m_ownedProjects = std::make_unique<services::ProjectService>();
    m_ownedWindow = std::make_unique<widgets::MainWindow>(m_ownedJobs.get(), m_ownedProjects.get());
    m_jobs = m_ownedJobs.get();
    m_projects = m_ownedProjects.get();
    m_window = m_ownedWindow.get();
    m_compute = std::make_unique<services::ComputeService>(m_jobs, device, budget);
    addLabs(device);
}

Studio::Studio(const engine::ResolvedDevice &device, services::JobManager *jobs, services::ProjectService *projects,
               widgets::MainWindow *window)
    : m_jobs(jobs), m_projects(projects), m_window(window)
{
    // The binary built the manager before LibTorch was loaded: its workers get their LibTorch and
    // OpenCV thread counts now, before the labs submit their first jobs.
    m_jobs->setThreadInit(services::studioThreadInit());
    m_compute = std::make_unique<services::ComputeService>(m_jobs, device, engine::planThreadBudget());
    addLabs(device);
}

void Studio::addLabs(const engine::ResolvedDevice &device)
{
    m_window->setComputeStatus({m_compute->deviceSummary(), QString::fromStdString(m_compute->device().id),
                                m_compute->threadsSummary(), QString::fromStdString(m_compute->device().warning)});
    m_window->setRecipeReader(&services::readRecipeFile);

    // Labs load their models and opening results when first shown, so the window takes input at
    // once and the lab shown gets the cores. GENLAB_EAGER_LABS=1 loads every lab at start (the
    // comparison `genlab-bench app` measures against).
    const bool eager = qEnvironmentVariableIntValue("GENLAB_EAGER_LABS") == 1;
    std::optional<widgets::LabPage::DeferredLoading> deferred;
    if (!eager)
        deferred.emplace();

    widgets::MainWindow *w = m_window;
    // In a window already shown, the first lab added would be activated at once: only the lab
    // chosen by startInShownWindow (--lab) may load.
    if (w->isVisible())
        w->holdLabActivation(true);
    auto *home = new widgets::HomeLab(m_compute.get());
    w->addLab(home);
    w->addLab(new widgets::DataBrowserLab(new services::DatasetService(m_jobs, services::DatasetService::defaultCacheDir(), w)));
    w->addLab(new widgets::LatentLab(new services::LatentService(m_jobs, device, w)));
    w->addLab(new widgets::textlab::TextLab(new services::TextService(m_jobs, device, w)));
    w->addLab(new widgets::ganlab::GanLab(new services::GanService(m_jobs, device, w)));
    w->addLab(new widgets::diffusionlab::DiffusionLab(new services::DiffusionService(m_jobs, device, w)));
    w->addLab(new widgets::maskedlab::MaskedLab(new services::MaskedService(m_jobs, device, w)));
    w->addLab(new widgets::retrievallab::RetrievalLab(new services::RetrievalService(m_jobs, m_projects, w)));
    w->addLab(new widgets::tuninglab::TuningLab(m_jobs, device, w));
    // Each lab issue adds its page here.
    deferred.reset();
    if (eager)
        for (widgets::LabPage *lab : w->labs())
            lab->activated(); // also the labs that load on first show by themselves

    QList<QPair<QString, QString>> overview;
    for (widgets::LabPage *lab : w->labs())
        overview.append({lab->title(), lab->summary()});
    home->setLabOverview(overview);
}

Studio::~Studio()
{
    // The window goes first (it cancels its labs' jobs), then the job manager stops its workers.
    // A window the binary owns is gone already (see the constructor).
    if (m_ownedWindow) {
        m_ownedWindow.reset();
        m_jobs->shutdown(2000);
    }
}

bool Studio::selectStartLab(const QString &labId)
{
    if (labId.isEmpty() || m_window->selectLab(labId))
        return true;
    QStringList ids;
    for (widgets::LabPage *lab : m_window->labs())
        ids << lab->labId();
    cli::err(QStringLiteral("genlab: unknown lab '%1' (labs: %2)").arg(labId, ids.join(QStringLiteral(", "))));
    return false;
}

int Studio::startInShownWindow(const QString &labId)
{
    if (!selectStartLab(labId))
        return 2;
    m_window->holdLabActivation(false); // the lab shown loads now
    if (qEnvironmentVariableIntValue("GENLAB_REPORT_STARTUP") == 1)
        reportLabReady();
    QTimer::singleShot(0, m_window, [this] {
        m_window->offerCrashRecovery();
        m_window->offerTour(); // never in a headless run (tests, --screenshot): see FirstRunTour::shouldOffer
    });
    return -1;
}

int Studio::start(const QString &screenshotPath, const QString &labId, bool presentation)
{
    if (!selectStartLab(labId))
        return 2;
    if (screenshotPath.isEmpty())
        m_window->restoreLayout(); // also the presentation mode the user left on
    if (presentation)
        m_window->setPresentationMode(true);
    if (presentation && !screenshotPath.isEmpty())
        m_window->resize(1920, 1080);
    m_window->show();
    if (qEnvironmentVariableIntValue("GENLAB_REPORT_STARTUP") == 1)
        reportStartup();
    if (screenshotPath.isEmpty())
        QTimer::singleShot(0, m_window, [this] {
            m_window->offerCrashRecovery();
            m_window->offerTour(); // never in a headless run (tests, --screenshot): see FirstRunTour::shouldOffer
        });
    if (!screenshotPath.isEmpty()) {
        widgets::LabPage *lab = m_window->currentLab();
        auto shoot = [this, screenshotPath] {
            // Let layouts and the last repaint settle before grabbing.
            QTimer::singleShot(400, this, [this, screenshotPath] { takeScreenshot(screenshotPath); });
        };
        if (lab && !lab->isReady()) {
            connect(lab, &widgets::LabPage::ready, this, shoot, Qt::SingleShotConnection);
            // Never hang: shoot what is there after a generous wait.
            QTimer::singleShot(60000, this, [this, screenshotPath, lab] {
                if (!lab->isReady()) {
                    cli::err(QStringLiteral("genlab: the lab was not ready after 60 s; screenshot taken anyway"));
                    takeScreenshot(screenshotPath);
                }
            });
        } else {
            shoot();
        }
    }
    return -1; // run the event loop
}

void Studio::reportStartup()
{
    // For `genlab-bench app`: one line once the shown window's event loop first runs idle (it takes
    // input from then on), one once the lab shown is ready. The bench times them by its own clock.
    QTimer::singleShot(0, this, [] { cli::out(QStringLiteral("startup: window-ready")); });
    reportLabReady();
}

void Studio::reportLabReady()
{
    widgets::LabPage *lab = m_window->currentLab();
    if (!lab)
        return;
    const QString id = lab->labId();
    auto report = [id] { cli::out(QStringLiteral("startup: lab-ready %1").arg(id)); };
    if (lab->isReady())
        QTimer::singleShot(0, this, report);
    else
        connect(lab, &widgets::LabPage::ready, this, report, Qt::SingleShotConnection);
}

void Studio::takeScreenshot(const QString &path)
{
    static bool taken = false;
    if (taken)
        return;
    taken = true;
    const QFileInfo info(path);
    QDir().mkpath(info.absolutePath());
    const bool ok = m_window->grab().save(path, "PNG");
    if (ok)
        cli::out(QStringLiteral("screenshot: %1").arg(QDir::toNativeSeparators(info.absoluteFilePath())));
    else
        cli::err(QStringLiteral("genlab: cannot write the screenshot %1").arg(QDir::toNativeSeparators(path)));
    QApplication::exit(ok ? 0 : 1);
}

} // namespace genlab::app
