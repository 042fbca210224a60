// Help inside the studio, through the real studio (every lab as the user gets it): F1 on each lab
// opens that lab's page in the help dock, links between pages navigate (back and forward too),
// nothing outside the help folder is loaded and raw HTML in a page stays text, Help > Keyboard
// Shortcuts lists the labs' keys (read from their actions), no two shortcuts that can be active
// together share keys, and the first-run tour stays away once closed and in headless runs. With
// GENLAB_SCREENSHOT_DIR set it writes help.png (the Text lab's page over the lab), help-tour.png and
// help-shortcuts.png.
#include "services/helppaths.h"
#include "studio.h"
#include "widgets/help/firstruntour.h"
#include "widgets/help/helpviewer.h"
#include "widgets/help/shortcutcatalog.h"
#include "widgets/jobs/jobsdock.h"
#include "widgets/shell/labpage.h"
#include "widgets/shell/mainwindow.h"

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>

using namespace genlab;
using widgets::help::FirstRunTour;
using widgets::help::HelpViewer;

namespace {

std::unique_ptr<app::Studio> makeStudio()
{
    engine::ResolvedDevice cpu = engine::resolveDevice(*engine::DeviceSpec::parse("cpu", nullptr));
    return std::make_unique<app::Studio>(cpu, engine::planThreadBudget());
}

void writeFile(const QString &path, const QByteArray &text)
{
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
    f.write(text);
}

// Clicks the first link to `href` in the viewer's page, as a person would.
bool clickLink(HelpViewer *viewer, const QString &href)
{
    QTextBrowser *browser = viewer->browser();
    for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isAnchor() || fragment.charFormat().anchorHref() != href)
                continue;
            QTextCursor cursor(browser->document());
            cursor.setPosition(fragment.position() + qMin(2, fragment.length() - 1));
            browser->setTextCursor(cursor);
            browser->ensureCursorVisible();
            const QPoint at = browser->cursorRect(cursor).center();
            QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, at);
            return true;
        }
    }
    return false;
}

} // namespace

class TestHelp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("GenLabTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_help"));
        QSettings().clear();
        if (services::helpFolder().isEmpty())
            QSKIP("the help pages (resources/help) are not found");
        m_studio = makeStudio();
        QCOMPARE(m_studio->start({}, QStringLiteral("home")), -1);
        m_window = m_studio->window();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
    }

    void cleanupTestCase() { m_studio.reset(); }

    void helpFolderFollowsTheModelsSearchOrder()
    {
        QTemporaryDir dir;
        const QByteArray saved = qgetenv("GENLAB_HELP_DIR");
        // A folder without index.md is not a set of help pages: the next candidate is used.
        qputenv("GENLAB_HELP_DIR", dir.path().toLocal8Bit());
        QCOMPARE(services::helpSearchPaths().first(), dir.path());
        QVERIFY(services::helpFolder() != QDir(dir.path()).canonicalPath());
        QVERIFY(!services::helpFolder().isEmpty());
        writeFile(dir.filePath(QStringLiteral("index.md")), "# Mine\n");
        QCOMPARE(services::helpFolder(), QDir(dir.path()).canonicalPath());
        QVERIFY(services::helpPagePath(QStringLiteral("../index.md")).isEmpty());
        QVERIFY(services::helpPagePath(QStringLiteral("missing.md")).isEmpty());
        qputenv("GENLAB_HELP_DIR", saved);
        if (saved.isEmpty())
            qunsetenv("GENLAB_HELP_DIR");
        // Installed: share/genlab/help beside bin/, before the source tree.
        const QStringList paths = services::helpSearchPaths();
        QCOMPARE(paths.size(), 2);
        QCOMPARE(
            paths[0],
            QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/genlab/help")));
        QCOMPARE(paths[1], QStringLiteral(GENLAB_SOURCE_DIR "/resources/help"));
    }

    void f1OpensEachLabsPage()
    {
        HelpViewer *viewer = m_window->helpViewer();
        QVERIFY(!m_window->helpDock()->isVisible());
        QVERIFY(m_window->findChild<QWidget *>(QStringLiteral("labHelpButton"))->isVisible());
        auto *helpButton = m_window->findChild<QWidget *>(QStringLiteral("labHelpButton"));
        for (widgets::LabPage *lab : m_window->labs()) {
            QVERIFY(m_window->selectLab(lab->labId()));
            // The button names the lab in full ("Help on the Diffusion Lab"), never cut.
            QVERIFY2(helpButton->width() >= helpButton->sizeHint().width(),
                     qPrintable(QStringLiteral("%1: %2 < %3").arg(lab->labId()).arg(helpButton->width()).arg(helpButton->sizeHint().width())));
            m_window->activateWindow();
            QTest::keyClick(m_window, Qt::Key_F1);
            QVERIFY2(m_window->helpDock()->isVisible(), qPrintable(lab->labId()));
            if (lab->labId() == QLatin1String("home")) {
                QCOMPARE(viewer->currentPage(), QStringLiteral("index.md"));
                QCOMPARE(viewer->currentTitle(), QStringLiteral("GenLab Studio help"));
            } else {
                QCOMPARE(viewer->currentPage(), QStringLiteral("lab-%1.md").arg(lab->labId()));
                QCOMPARE(viewer->currentTitle(), QStringLiteral("The %1 lab").arg(lab->title()));
            }
            QVERIFY(m_window->helpDock()->windowTitle().contains(viewer->currentTitle()));
            QVERIFY(!viewer->browser()->toPlainText().isEmpty());
            // The help button at the menu bar's right names the lab and does the same.
            QVERIFY(m_window->labHelpAction()->text().contains(lab->title()));
        }
    }

    void helpDockLeftOpenShowsTheLabsPage()
    {
        // As when the last session's layout (restoreLayout) shows the dock: never a blank page.
        auto studio = makeStudio();
        QVERIFY(studio->window()->selectLab(QStringLiteral("gan")));
        studio->window()->show();
        studio->window()->helpDock()->show();
        QTRY_COMPARE(studio->window()->helpViewer()->currentPage(), QStringLiteral("lab-gan.md"));
    }

    void linksBetweenPagesNavigate()
    {
        HelpViewer *viewer = m_window->helpViewer();
        QVERIFY(m_window->openHelp(QStringLiteral("index.md")));
        QVERIFY(clickLink(viewer, QStringLiteral("lab-text.md")));
        QTRY_COMPARE(viewer->currentPage(), QStringLiteral("lab-text.md"));
        QCOMPARE(viewer->currentTitle(), QStringLiteral("The Text lab"));
        QVERIFY(clickLink(viewer, QStringLiteral("sampling-and-temperature.md")) ||
                viewer->openPage(QStringLiteral("sampling-and-temperature.md")));
        QTRY_COMPARE(viewer->currentPage(), QStringLiteral("sampling-and-temperature.md"));
        auto *back = viewer->findChild<QToolButton *>(QStringLiteral("helpBack"));
        auto *forward = viewer->findChild<QToolButton *>(QStringLiteral("helpForward"));
        QVERIFY(back->isEnabled());
        QTest::mouseClick(back, Qt::LeftButton);
        QCOMPARE(viewer->currentPage(), QStringLiteral("lab-text.md"));
        QTest::mouseClick(back, Qt::LeftButton);
        QCOMPARE(viewer->currentPage(), QStringLiteral("index.md"));
        QVERIFY(forward->isEnabled());
        QTest::mouseClick(forward, Qt::LeftButton);
        QCOMPARE(viewer->currentPage(), QStringLiteral("lab-text.md"));
        // The page list is index.md's, in its order, and opens pages too.
        QListWidget *list = viewer->pageList();
        QVERIFY(list->count() >= 9);
        QCOMPARE(list->item(0)->data(Qt::UserRole).toString(), QStringLiteral("index.md"));
        QCOMPARE(list->currentItem()->data(Qt::UserRole).toString(), QStringLiteral("lab-text.md"));
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->data(Qt::UserRole).toString() == QLatin1String("rag.md")) {
                QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                                  list->visualItemRect(list->item(i)).center());
                break;
            }
        }
        QCOMPARE(viewer->currentPage(), QStringLiteral("rag.md"));
        QVERIFY(viewer->openPage(QStringLiteral("lab-gan.md")));
        QCOMPARE(list->currentItem()->data(Qt::UserRole).toString(), QStringLiteral("lab-gan.md"));
        QVERIFY(viewer->openPage(QStringLiteral("rag.md")));
        // A missing page is named, and the page shown stays.
        QVERIFY(!viewer->openPage(QStringLiteral("no-such-page.md")));
        QCOMPARE(viewer->currentPage(), QStringLiteral("rag.md"));
    }

    void pagesAreRenderedSafely()
    {
        QTemporaryDir dir, outside;
        writeFile(outside.filePath(QStringLiteral("secret.md")), "# Secret\n");
        writeFile(dir.filePath(QStringLiteral("index.md")),
                  "# Index\n\nRaw <b>bold</b> stays text. ![remote](https://example.com/x.png)\n\n"
                  "[web](https://example.com) [other](other.md) [escape](" +
                      QUrl::fromLocalFile(outside.filePath(QStringLiteral("secret.md"))).toEncoded() +
                      ")\n\n```\nint main() { return 0; }\n```\n");
        writeFile(dir.filePath(QStringLiteral("other.md")), "# Other\n\nBack to [the index](index.md).\n");
        const QByteArray saved = qgetenv("GENLAB_HELP_DIR");
        qputenv("GENLAB_HELP_DIR", dir.path().toLocal8Bit());
        HelpViewer viewer;
        viewer.resize(700, 500);
        viewer.show();
        QVERIFY(viewer.openPage(QStringLiteral("index.md")));
        QVERIFY(viewer.browser()->toPlainText().contains(QStringLiteral("<b>bold</b>")));
        // Nothing remote and nothing outside the folder is ever loaded.
        QVERIFY(!viewer.browser()
                     ->loadResource(QTextDocument::ImageResource,
                                    QUrl(QStringLiteral("https://example.com/x.png")))
                     .isValid());
        QVERIFY(!viewer.browser()
                     ->loadResource(QTextDocument::MarkdownResource,
                                    QUrl::fromLocalFile(outside.filePath(QStringLiteral("secret.md"))))
                     .isValid());
        QVERIFY(clickLink(&viewer,
                          QUrl::fromLocalFile(outside.filePath(QStringLiteral("secret.md"))).toString()));
        QCOMPARE(viewer.currentPage(), QStringLiteral("index.md"));
        QVERIFY(viewer.findChild<QLabel *>(QStringLiteral("helpProblem"))->isVisible());
        // The code block is in a fixed-pitch font on a shaded band.
        bool sawCode = false;
        for (QTextBlock b = viewer.browser()->document()->begin(); b.isValid(); b = b.next()) {
            if (b.text().contains(QStringLiteral("int main"))) {
                sawCode = true;
                QVERIFY(b.blockFormat().background().style() != Qt::NoBrush);
                QVERIFY(QFontInfo(b.charFormat().font()).fixedPitch() || b.charFormat().fontFixedPitch() ||
                        b.begin().fragment().charFormat().fontFixedPitch());
            }
        }
        QVERIFY(sawCode);
        // A web link is only offered: the question is answered No, nothing is opened, the page stays.
        QSignalSpy external(&viewer, &HelpViewer::externalLinkRequested);
        bool asked = false;
        QTimer::singleShot(50, this, [&asked] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                asked = box->text().contains(QStringLiteral("https://example.com"));
                box->button(QMessageBox::No)->click();
            }
        });
        QVERIFY(clickLink(&viewer, QStringLiteral("https://example.com")));
        QVERIFY(asked);
        QCOMPARE(external.count(), 0);
        QCOMPARE(viewer.currentPage(), QStringLiteral("index.md"));
        QVERIFY(clickLink(&viewer, QStringLiteral("other.md")));
        QCOMPARE(viewer.currentTitle(), QStringLiteral("Other"));
        qputenv("GENLAB_HELP_DIR", saved);
        if (saved.isEmpty())
            qunsetenv("GENLAB_HELP_DIR");
    }

    void shortcutListHasTheLabActions()
    {
        const auto entries = widgets::help::collectShortcuts(m_window);
        auto has = [&](const QKeySequence &keys, const QString &where, const QString &text) {
            for (const auto &e : entries)
                if (e.keys == keys && e.where == where && e.text == text)
                    return true;
            return false;
        };
        const QKeySequence run = widgets::help::runKeys(), stop = widgets::help::stopKeys();
        QVERIFY(has(QKeySequence::HelpContents, QStringLiteral("Everywhere"),
                    m_window->labHelpAction()->text().remove(QLatin1Char('&'))));
        QVERIFY(has(QKeySequence(Qt::CTRL | Qt::Key_3), QStringLiteral("Everywhere"),
                    QStringLiteral("Show the %1 lab").arg(m_window->labs()[2]->title())));
        QVERIFY(has(run, QStringLiteral("Text › Generate"), QStringLiteral("Generate")));
        QVERIFY(has(stop, QStringLiteral("Text › Generate"), QStringLiteral("Stop")));
        for (const QString &train : {QStringLiteral("Text › Train"), QStringLiteral("Latent › Train"),
                                     QStringLiteral("GAN › Train images"),
                                     QStringLiteral("Diffusion › Train"), QStringLiteral("Masked › Train")}) {
            QVERIFY2(has(run, train, QStringLiteral("Train")), qPrintable(train));
            QVERIFY2(has(stop, train, QStringLiteral("Stop training")) ||
                         has(stop, train, QStringLiteral("Stop")),
                     qPrintable(train));
            QVERIFY2(has(widgets::help::pauseKeys(), train, QStringLiteral("Pause or resume training")), qPrintable(train));
            QVERIFY2(has(widgets::help::stepKeys(), train, QStringLiteral("One training step (while paused)")), qPrintable(train));
        }
        QVERIFY(has(run, QStringLiteral("Diffusion › Sample"), QStringLiteral("Sample")));
        QVERIFY(has(run, QStringLiteral("GAN › 2-D game"), QStringLiteral("Play or pause")));
        QVERIFY(has(run, QStringLiteral("Retrieval › Search"), QStringLiteral("Search")));
        QVERIFY(has(run, QStringLiteral("Retrieval › Answer"), QStringLiteral("Answer")));
        QVERIFY(has(run, QStringLiteral("Text › Tokenizers"), QStringLiteral("Learn")));
        QVERIFY(has(run, QStringLiteral("GAN › Explore"), QStringLiteral("New seed")));
        QVERIFY(has(run, QStringLiteral("Latent › Explore › Interpolation"), QStringLiteral("Play or stop")));
        QVERIFY(has(run, QStringLiteral("Data › 2-D toy distributions"), QStringLiteral("New sample")));
        QVERIFY(has(run, QStringLiteral("Latent › Explore › Samples of the prior"), QStringLiteral("New seed")));
        QVERIFY(has(QKeySequence(Qt::CTRL | Qt::Key_R), QStringLiteral("Latent › Explore"), QStringLiteral("Random point")));
        for (const QString &page : {QStringLiteral("Tuning › In-context learning"), QStringLiteral("Tuning › Instruction tuning"),
                                    QStringLiteral("Tuning › Preferences (RLHF)"), QStringLiteral("Tuning › Distillation"),
                                    QStringLiteral("Tuning › Scale"), QStringLiteral("Tuning › Discriminative vs generative")}) {
            QVERIFY2(has(run, page, QStringLiteral("Run")), qPrintable(page));
            QVERIFY2(page.endsWith(QStringLiteral("generative")) || has(stop, page, QStringLiteral("Stop")), qPrintable(page));
        }
        for (const auto &e : entries)
            QVERIFY2(!e.text.isEmpty(), qPrintable(e.keys.toString() + QStringLiteral(" in ") + e.where));

        // Help > Keyboard Shortcuts shows the same list.
        m_window->showShortcuts();
        auto *dialog = m_window->findChild<widgets::help::ShortcutsDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->table()->topLevelItemCount(), entries.size());
        QCOMPARE(dialog->table()->topLevelItem(0)->text(2), QStringLiteral("Everywhere"));
        dialog->close();
    }

    void noTwoActiveShortcutsShareKeys()
    {
        const auto entries = widgets::help::collectShortcuts(m_window);
        QStringList clashes;
        for (const auto &[a, b] : widgets::help::conflictingShortcuts(entries))
            clashes << QStringLiteral("%1: \"%2\" (%3) and \"%4\" (%5)")
                           .arg(entries[a].keys.toString(), entries[a].text, entries[a].where,
                                entries[b].text, entries[b].where);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));

        // The check can fail: the same key twice on one page clashes, on two tabs it does not.
        QTabWidget tabs;
        auto *one = new QWidget, *two = new QWidget;
        tabs.addTab(one, QStringLiteral("One"));
        tabs.addTab(two, QStringLiteral("Two"));
        auto *b1 = new QPushButton(QStringLiteral("A"), one), *b2 = new QPushButton(QStringLiteral("B"), one);
        auto *b3 = new QPushButton(QStringLiteral("C"), two);
        widgets::help::bindLabKey(one, b1, widgets::help::runKeys());
        widgets::help::bindLabKey(two, b3, widgets::help::runKeys());
        QVERIFY(widgets::help::conflictingShortcuts(widgets::help::collectShortcuts(&tabs)).isEmpty());
        widgets::help::bindLabKey(one, b2, widgets::help::runKeys());
        QCOMPARE(widgets::help::conflictingShortcuts(widgets::help::collectShortcuts(&tabs)).size(), 1);
    }

    void labKeyClicksTheButtonOfTheShownPage()
    {
        QTabWidget tabs;
        auto *one = new QWidget, *two = new QWidget;
        tabs.addTab(one, QStringLiteral("One"));
        tabs.addTab(two, QStringLiteral("Two"));
        auto *b1 = new QPushButton(QStringLiteral("A"), one), *b2 = new QPushButton(QStringLiteral("B"), two);
        int clicked1 = 0, clicked2 = 0;
        connect(b1, &QPushButton::clicked, this, [&] { ++clicked1; });
        connect(b2, &QPushButton::clicked, this, [&] { ++clicked2; });
        widgets::help::bindLabKey(one, b1, widgets::help::runKeys());
        widgets::help::bindLabKey(two, b2, widgets::help::runKeys());
        tabs.show();
        tabs.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&tabs));
        QTest::keyClick(&tabs, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(clicked1, 1);
        tabs.setCurrentIndex(1);
        QTest::keyClick(&tabs, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(clicked2, 1);
        QCOMPARE(clicked1, 1);
        b2->setEnabled(false);
        QTest::keyClick(&tabs, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(clicked2, 1);
        QVERIFY(b1->toolTip().contains(widgets::help::runKeys().toString(QKeySequence::NativeText)));
    }

    void tourStaysAwayOnceClosed()
    {
        // The studio started above never offered it: the tests run on the offscreen platform.
        QVERIFY(!m_window->findChild<FirstRunTour *>());
        QSettings settings;
        settings.remove(FirstRunTour::closedKey());
        QVERIFY(FirstRunTour::shouldOffer(settings, QStringLiteral("xcb")));
        QVERIFY(!FirstRunTour::shouldOffer(settings, QStringLiteral("offscreen")));
        settings.setValue(FirstRunTour::closedKey(), true);
        QVERIFY(!FirstRunTour::shouldOffer(settings, QStringLiteral("xcb")));
        settings.remove(FirstRunTour::closedKey());
        m_window->offerTour();
        QVERIFY(!m_window->findChild<FirstRunTour *>());

        // Taken from the Help menu: a step per lab, the lab switched underneath.
        QVERIFY(m_window->selectLab(QStringLiteral("retrieval")));
        FirstRunTour *tour = m_window->startTour();
        QCOMPARE(tour->stepCount(), m_window->labs().size());
        QCOMPARE(m_window->currentLab()->labId(),
                 QStringLiteral("retrieval")); // the welcome keeps the lab shown
        auto *next = tour->findChild<QPushButton *>(QStringLiteral("tourNext"));
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(m_window->currentLab()->labId(), m_window->labs()[1]->labId());
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(m_window->currentLab()->labId(), m_window->labs()[2]->labId());
        QVERIFY(tour->findChild<QTextBrowser *>(QStringLiteral("tourText"))
                    ->toPlainText()
                    .contains(QStringLiteral("What to try first")));
        QTest::mouseClick(tour->findChild<QPushButton *>(QStringLiteral("tourSkip")), Qt::LeftButton);
        QTRY_VERIFY(!m_window->findChild<FirstRunTour *>());
        QVERIFY(QSettings().value(FirstRunTour::closedKey()).toBool());
        QVERIFY(!FirstRunTour::shouldOffer(QSettings(), QStringLiteral("xcb")));
    }

    void screenshot()
    {
        const QString dir = qEnvironmentVariable("GENLAB_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("GENLAB_SCREENSHOT_DIR is not set");
        QVERIFY(m_window->selectLab(QStringLiteral("text")));
        QVERIFY(QTest::qWaitFor([&] { return m_window->currentLab()->isReady(); }, 60000));
        m_window->jobsDock()->hide();
        m_window->resize(1400, 880);
        QVERIFY(m_window->openHelp(QStringLiteral("lab-text.md")));
        QTest::qWait(300);
        QVERIFY(m_window->grab().save(QDir(dir).filePath(QStringLiteral("help.png"))));
        // The tour's step for the Text lab and Help > Keyboard Shortcuts, each on its own.
        FirstRunTour *tour = m_window->startTour();
        for (int i = 1; i < tour->stepCount(); ++i) {
            tour->showStep(i);
            if (m_window->currentLab()->labId() == QLatin1String("text"))
                break;
        }
        QTest::qWait(100);
        QVERIFY(tour->grab().save(QDir(dir).filePath(QStringLiteral("help-tour.png"))));
        tour->close();
        m_window->showShortcuts();
        auto *shortcuts = m_window->findChild<widgets::help::ShortcutsDialog *>();
        QTest::qWait(100);
        QVERIFY(shortcuts->grab().save(QDir(dir).filePath(QStringLiteral("help-shortcuts.png"))));
        shortcuts->close();
    }

private:
    std::unique_ptr<app::Studio> m_studio;
    widgets::MainWindow *m_window = nullptr;
};

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
