// The studio's window as a user sees it: navigation, status bar with the device, the Jobs dock
// driving a real job (pause, step, cancel), closing with work running, --screenshot, and
// presentation mode (fonts, palette, plot pens, expert controls; all given back; --presentation).
#include "services/job.h"
#include "services/jobmanager.h"
#include "studio.h"
#include "widgets/components/qcustomplot_include.h"
#include "widgets/jobs/jobsdock.h"
#include "widgets/shell/labpage.h"
#include "widgets/shell/mainwindow.h"
#include "widgets/shell/presentation.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include <atomic>
#include <thread>

using namespace genlab;

namespace {

std::unique_ptr<app::Studio> makeStudio()
{
    engine::ResolvedDevice cpu = engine::resolveDevice(*engine::DeviceSpec::parse("cpu", nullptr));
    return std::make_unique<app::Studio>(cpu, engine::planThreadBudget());
}

QToolButton *dockButton(widgets::JobsDock *dock, const QString &text)
{
    for (auto *b : dock->findChildren<QToolButton *>())
        if (b->text() == text)
            return b;
    return nullptr;
}

bool idleJobs(app::Studio &studio)
{
    return QTest::qWaitFor([&] { return studio.jobs()->activeCount() == 0; }, 60000);
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("GenLabTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    }

    void showsNavigationStatusAndJobsDock()
    {
        auto studio = makeStudio();
        studio->start({}, QStringLiteral("home"));
        widgets::MainWindow *w = studio->window();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        auto *nav = w->findChild<QListWidget *>(QStringLiteral("labNavigation"));
        QVERIFY(nav);
        QVERIFY(nav->count() >= 1);
        QCOMPARE(nav->item(0)->text(), QStringLiteral("Home"));
        auto *device = w->findChild<QLabel *>(QStringLiteral("deviceLabel"));
        QVERIFY(device);
        QVERIFY2(device->text().contains(QStringLiteral("CPU")), qPrintable(device->text()));
        QVERIFY(w->jobsDock()->isVisible());
        QVERIFY(QTest::qWaitFor([&] { return w->currentLab()->isReady(); }, 60000));
    }

    // The window fits a 1366 x 768 laptop screen with the navigation and the Jobs dock, whichever
    // lab is shown: a lab wider than what is left scrolls inside its page.
    void everyLabFitsALaptopScreen()
    {
        auto studio = makeStudio();
        studio->start({}, QStringLiteral("home"));
        widgets::MainWindow *w = studio->window();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        QStringList tooWide;
        for (widgets::LabPage *lab : w->labs()) {
            QVERIFY(w->selectLab(lab->labId()));
            QCoreApplication::processEvents();
            const QSize hint = w->minimumSizeHint().expandedTo(w->minimumSize());
            qInfo("%s: the window needs at least %d x %d; the lab %d x %d", qPrintable(lab->labId()), hint.width(), hint.height(),
                  lab->minimumSizeHint().width(), lab->minimumSizeHint().height());
            if (hint.width() > 1366 || hint.height() > 740)
                tooWide << QStringLiteral("%1 (%2 x %3)").arg(lab->labId()).arg(hint.width()).arg(hint.height());
        }
        QVERIFY(idleJobs(*studio));
        QVERIFY2(tooWide.isEmpty(), qPrintable(tooWide.join(QStringLiteral(", "))));
    }

    // A studio started on one lab loads that lab's model only; another lab loads when first shown.
    void labsLoadWhenFirstShown()
    {
        auto studio = makeStudio();
        QSet<QString> labsWithJobs; // the labs that have submitted any job so far
        for (services::Job *job : studio->jobs()->jobs())
            labsWithJobs.insert(job->lab());
        connect(studio->jobs(), &services::JobManager::jobAdded, this,
                [&labsWithJobs](services::Job *job) { labsWithJobs.insert(job->lab()); });
        QVERIFY2(labsWithJobs.isEmpty(), qPrintable(QStringList(labsWithJobs.values()).join(u',')));

        QCOMPARE(studio->start({}, QStringLiteral("latent")), -1);
        widgets::MainWindow *w = studio->window();
        auto labNamed = [w](const QString &id) -> widgets::LabPage * {
            for (widgets::LabPage *lab : w->labs())
                if (lab->labId() == id)
                    return lab;
            return nullptr;
        };
        widgets::LabPage *latent = labNamed(QStringLiteral("latent"));
        widgets::LabPage *text = labNamed(QStringLiteral("text"));
        QVERIFY(latent && text);
        QVERIFY(QTest::qWaitFor([&] { return latent->isReady(); }, 60000));
        QVERIFY(labsWithJobs.contains(QStringLiteral("latent")));
        const QStringList unseen{QStringLiteral("text"), QStringLiteral("gan"), QStringLiteral("diffusion"),
                                 QStringLiteral("masked"), QStringLiteral("retrieval"), QStringLiteral("data")};
        for (const QString &id : unseen) {
            QVERIFY2(!labsWithJobs.contains(id), qPrintable(id));
            QVERIFY2(!labNamed(id)->isReady(), qPrintable(id));
        }

        // Shown, the Text lab loads its model and writes its opening text; the others still wait.
        QVERIFY(w->selectLab(QStringLiteral("text")));
        QVERIFY(labsWithJobs.contains(QStringLiteral("text")));
        QVERIFY(QTest::qWaitFor([&] { return text->isReady(); }, 60000));
        QVERIFY(!labsWithJobs.contains(QStringLiteral("gan")));
        QVERIFY(QTest::qWaitFor([&] { return studio->jobs()->activeCount() == 0; }, 60000));
    }

    void jobsDockPausesStepsAndCancels()
    {
        auto studio = makeStudio();
        studio->start({}, {});
        widgets::MainWindow *w = studio->window();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        std::atomic<int> steps{0};
        services::JobRequest r;
        r.title = QStringLiteral("Train something");
        r.lane = services::Lane::Training;
        r.pausable = true;
        r.work = [&](const engine::RunContext &ctx) -> QVariant {
            for (;;) {
                ctx.checkpoint();
                ++steps;
                ctx.progress(0.5, "step");
                std::this_thread::sleep_for(std::chrono::milliseconds(2));
            }
        };
        services::Job *job = studio->jobs()->submit(r);
        QVERIFY(QTest::qWaitFor([&] { return steps.load() > 2; }, 5000));
        auto *view = w->jobsDock()->findChild<QListView *>(QStringLiteral("jobsView"));
        QVERIFY(view);
        QVERIFY(view->model()->rowCount() >= 1);
        QVERIFY(view->model()->match(view->model()->index(0, 0), Qt::DisplayRole, QStringLiteral("Train something")).size() == 1);

        QToolButton *pause = dockButton(w->jobsDock(), QStringLiteral("Pause"));
        QVERIFY(pause && pause->isEnabled());
        QTest::mouseClick(pause, Qt::LeftButton);
        QCOMPARE(job->state(), services::JobState::Paused);
        QCOMPARE(pause->text(), QStringLiteral("Resume"));
        QTest::qWait(50);
        const int frozen = steps.load();
        QToolButton *step = dockButton(w->jobsDock(), QStringLiteral("Step"));
        QVERIFY(step && step->isEnabled());
        QTest::mouseClick(step, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return steps.load() == frozen + 1; }, 2000));

        QToolButton *cancel = dockButton(w->jobsDock(), QStringLiteral("Cancel"));
        QVERIFY(cancel && cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return job->isFinished(); }, 2000));
        QCOMPARE(job->state(), services::JobState::Canceled);
        QVERIFY(QTest::qWaitFor([&] { return !cancel->isEnabled(); }, 1000));
    }

    void backgroundLabMessagesNameTheLab()
    {
        auto studio = makeStudio();
        studio->start({}, {});
        widgets::MainWindow *w = studio->window();
        widgets::LabPage *text = nullptr;
        for (widgets::LabPage *lab : w->labs())
            if (lab->labId() == QLatin1String("text"))
                text = lab;
        QVERIFY(text);
        QVERIFY(w->selectLab(QStringLiteral("home")));
        Q_EMIT text->statusMessage(QStringLiteral("Loaded a model"));
        QCOMPARE(w->statusBar()->currentMessage(), text->title() + QStringLiteral(" lab: Loaded a model"));
        QVERIFY(w->selectLab(QStringLiteral("text")));
        Q_EMIT text->statusMessage(QStringLiteral("Loaded a model"));
        QCOMPARE(w->statusBar()->currentMessage(), QStringLiteral("Loaded a model"));
    }

    void closingWithRunningJobsIsQuick()
    {
        auto studio = makeStudio();
        studio->start({}, {});
        QVERIFY(QTest::qWaitForWindowExposed(studio->window()));
        std::atomic<bool> started{false};
        services::JobRequest r;
        r.title = QStringLiteral("Long training");
        r.lane = services::Lane::Training;
        r.work = [&](const engine::RunContext &ctx) -> QVariant {
            started = true;
            for (;;) {
                ctx.checkpoint();
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            }
        };
        QPointer<services::Job> job = studio->jobs()->submit(r);
        QVERIFY(QTest::qWaitFor([&] { return started.load(); }, 5000));
        QElapsedTimer timer;
        timer.start();
        QVERIFY(studio->window()->close());
        QVERIFY(timer.elapsed() < 2000);
        QVERIFY(job);
        QCOMPARE(job->state(), services::JobState::Canceled);
    }

    void screenshotWritesAPng()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shot.png"));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(GENLAB_BIN), {QStringLiteral("--screenshot"), path, QStringLiteral("--lab"), QStringLiteral("home")});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        QImage image(path);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800 && image.height() >= 500);

        QProcess bad;
        bad.setProcessEnvironment(env);
        bad.start(QStringLiteral(GENLAB_BIN), {QStringLiteral("--screenshot"), path, QStringLiteral("--lab"), QStringLiteral("nope")});
        QVERIFY(bad.waitForFinished(60000));
        QCOMPARE(bad.exitCode(), 2);
        QVERIFY(QString::fromUtf8(bad.readAllStandardError()).contains(QStringLiteral("unknown lab 'nope'")));
    }

    void presentationModeScalesAndGivesBack()
    {
        auto studio = makeStudio();
        studio->start({}, QStringLiteral("text"));
        widgets::MainWindow *w = studio->window();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        QVERIFY(!w->presentationMode());
        const QFont normalFont = QApplication::font();
        const QPalette normalPalette = QApplication::palette();

        // A graph of our own on one of the lab's plots, so the pens are known.
        auto *plot = w->currentLab()->findChild<QCustomPlot *>();
        QVERIFY(plot);
        QCPGraph *graph = plot->addGraph();
        graph->setPen(QPen(Qt::red, 1.5));
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 5));
        const QFont tickFont = plot->xAxis->tickLabelFont();
        // A note whose own font names a size does not follow the application font by itself.
        auto *note = new QLabel(QStringLiteral("a small note"), w->currentLab());
        QFont small = note->font();
        small.setPointSizeF(7.0);
        note->setFont(small);
        auto *tinted = new QLabel(QStringLiteral("a tinted hint"), w->currentLab());
        tinted->setStyleSheet(QStringLiteral("QLabel { color: #555; }"));
        tinted->ensurePolished();
        const qreal tintedSize = tinted->font().pointSizeF();
        // Expert controls: one in a grid (its label names it as buddy), one in every training form.
        QWidget *minP = w->currentLab()->findChild<QWidget *>(QStringLiteral("minPBox"));
        QWidget *topK = w->currentLab()->findChild<QWidget *>(QStringLiteral("topKBox"));
        QWidget *checkpoints = w->currentLab()->findChild<QWidget *>(QStringLiteral("trainCheckpointEvery"));
        QVERIFY(minP && topK && checkpoints);
        QVERIFY(widgets::presentation::isExpert(minP) && !widgets::presentation::isExpert(topK));
        QWidget *checkpointLabel = nullptr;
        for (auto *form : checkpoints->parentWidget()->findChildren<QFormLayout *>())
            if (QWidget *label = form->labelForField(checkpoints))
                checkpointLabel = label;
        QVERIFY(checkpointLabel);
        QVERIFY(!minP->isHidden() && !checkpoints->isHidden() && !checkpointLabel->isHidden());
        QVERIFY(w->jobsDock()->isVisible());

        QAction *toggle = w->presentationAction();
        QCOMPARE(toggle->shortcut(), QKeySequence(Qt::Key_F5));
        toggle->trigger();
        QVERIFY(w->presentationMode());
        QVERIFY(QSettings().value(QStringLiteral("view/presentation")).toBool());
        QVERIFY(QApplication::font().pointSizeF() > normalFont.pointSizeF() * 1.5);
        QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(Qt::white));
        QCOMPARE(QApplication::palette().color(QPalette::WindowText), QColor(Qt::black));
        QVERIFY(graph->pen().widthF() >= 3.0);
        QCOMPARE(graph->pen().color(), QColor(Qt::red));
        QVERIFY(graph->scatterStyle().size() > 5);
        QVERIFY(plot->xAxis->tickLabelFont().pointSizeF() > tickFont.pointSizeF() * 1.5);
        QCOMPARE(note->font().pointSizeF(), 7.0 * widgets::presentation::kFontScale);
        QVERIFY(tinted->font().pointSizeF() > tintedSize * 1.5);
        QVERIFY(minP->isHidden() && checkpoints->isHidden() && checkpointLabel->isHidden());
        QVERIFY(!topK->isHidden());
        QVERIFY(!w->jobsDock()->isVisible());
        // A graph a lab adds while the mode is on is styled when the plot draws.
        QCPGraph *later = plot->addGraph();
        later->setPen(QPen(Qt::blue, 1.0));
        plot->replot(QCustomPlot::rpImmediateRefresh);
        QVERIFY(later->pen().widthF() >= 3.0);
        // Switching labs keeps the mode (a lab shown later is styled too).
        QVERIFY(w->selectLab(QStringLiteral("home")));
        QVERIFY(w->selectLab(QStringLiteral("text")));
        QVERIFY(graph->pen().widthF() >= 3.0);

        toggle->trigger();
        QVERIFY(!w->presentationMode());
        QVERIFY(!QSettings().value(QStringLiteral("view/presentation")).toBool());
        QCOMPARE(QApplication::font(), normalFont);
        QCOMPARE(QApplication::palette().color(QPalette::Window), normalPalette.color(QPalette::Window));
        QCOMPARE(QApplication::palette().color(QPalette::Highlight), normalPalette.color(QPalette::Highlight));
        QCOMPARE(graph->pen(), QPen(Qt::red, 1.5));
        QCOMPARE(later->pen(), QPen(Qt::blue, 1.0));
        QCOMPARE(graph->scatterStyle().size(), 5.0);
        QCOMPARE(plot->xAxis->tickLabelFont(), tickFont);
        QCOMPARE(note->font().pointSizeF(), 7.0);
        QCOMPARE(tinted->font().pointSizeF(), tintedSize);
        QVERIFY(!tinted->testAttribute(Qt::WA_SetFont));
        QVERIFY(!minP->isHidden() && !checkpoints->isHidden() && !checkpointLabel->isHidden());
        QVERIFY(w->jobsDock()->isVisible());
        QVERIFY(idleJobs(*studio));
    }

    // The genlab binary needs Qt only: its window takes input before LibTorch loads (the engine
    // library loads on a thread, then the labs join the window); GENLAB_EAGER_LABS=1 loads it first.
    void windowComesUpBeforeTheEngine()
    {
        QProcess ldd;
        ldd.start(QStringLiteral("ldd"), {QStringLiteral(GENLAB_BIN)});
        QVERIFY(ldd.waitForFinished(30000));
        const QString libraries = QString::fromUtf8(ldd.readAllStandardOutput());
        QVERIFY2(libraries.contains(QStringLiteral("libgenlab_shell.so")) && libraries.contains(QStringLiteral("libQt6Widgets")),
                 qPrintable(libraries));
        for (const char *engineOnly : {"libtorch", "libc10", "libopencv", "libgenlab_core"})
            QVERIFY2(!libraries.contains(QLatin1String(engineOnly)), qPrintable(libraries));

        QTemporaryDir home;
        auto startupLines = [&](bool eager, const QString &lab, int *exitCode) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            env.insert(QStringLiteral("GENLAB_REPORT_STARTUP"), QStringLiteral("1"));
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
            env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
            if (eager)
                env.insert(QStringLiteral("GENLAB_EAGER_LABS"), QStringLiteral("1"));
            else
                env.remove(QStringLiteral("GENLAB_EAGER_LABS"));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(GENLAB_BIN), {QStringLiteral("--lab"), lab});
            QStringList lines;
            QElapsedTimer clock;
            clock.start();
            while (clock.elapsed() < 120000 && p.state() != QProcess::NotRunning &&
                   !lines.contains(QStringLiteral("startup: lab-ready ") + lab)) {
                p.waitForReadyRead(500);
                while (p.canReadLine())
                    lines << QString::fromUtf8(p.readLine()).trimmed();
            }
            if (p.state() == QProcess::NotRunning)
                *exitCode = p.exitCode();
            lines << QString::fromUtf8(p.readAllStandardError()).trimmed();
            p.kill();
            p.waitForFinished(10000);
            return lines;
        };
        int code = -1;
        const QStringList lazy = startupLines(false, QStringLiteral("home"), &code);
        const qsizetype window = lazy.indexOf(QStringLiteral("startup: window-ready"));
        const qsizetype engine = lazy.indexOf(QStringLiteral("startup: engine-loaded"));
        const qsizetype ready = lazy.indexOf(QStringLiteral("startup: lab-ready home"));
        QVERIFY2(window >= 0 && engine > window && ready > engine, qPrintable(lazy.join(QLatin1Char('\n'))));

        const QStringList eager = startupLines(true, QStringLiteral("home"), &code);
        QVERIFY2(eager.indexOf(QStringLiteral("startup: engine-loaded")) >= 0 &&
                     eager.indexOf(QStringLiteral("startup: engine-loaded")) < eager.indexOf(QStringLiteral("startup: window-ready")),
                 qPrintable(eager.join(QLatin1Char('\n'))));

        // A lab that does not exist, found once the labs are in: said, and the studio exits 2.
        code = -1;
        const QStringList bad = startupLines(false, QStringLiteral("nope"), &code);
        QCOMPARE(code, 2);
        QVERIFY2(bad.last().contains(QStringLiteral("unknown lab 'nope'")), qPrintable(bad.join(QLatin1Char('\n'))));
    }

    // `genlab --help` names every lab --lab takes (app/startup.h lists them for the binary, which
    // knows no lab before the engine loads).
    void labOptionNamesEveryLab()
    {
        QProcess p;
        p.start(QStringLiteral(GENLAB_BIN), {QStringLiteral("--help")});
        QVERIFY(p.waitForFinished(60000));
        const QString help = QString::fromUtf8(p.readAllStandardOutput());
        const qsizetype at = help.indexOf(QStringLiteral("--lab"));
        QVERIFY2(at >= 0, qPrintable(help));
        const QString lab = help.mid(at, help.indexOf(QStringLiteral("\n  -"), at + 1) - at).simplified();
        auto studio = makeStudio();
        for (widgets::LabPage *page : studio->window()->labs())
            QVERIFY2(lab.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(page->labId()))),
                     qPrintable(page->labId() + QStringLiteral(" is not in: ") + lab));
    }

    void presentationScreenshotIsProjectorSized()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("presentation.png"));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(GENLAB_BIN), {QStringLiteral("--presentation"), QStringLiteral("--screenshot"), path,
                                             QStringLiteral("--lab"), QStringLiteral("home")});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        const QImage image(path);
        QCOMPARE(image.size(), QSize(1920, 1080));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
