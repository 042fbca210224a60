// The four translations are complete and switch at run time: every translations/genlab_XX.ts
// (de, fr, es, zh_CN) exists and has no unfinished, vanished or obsolete message, no empty
// translation and the same placeholders (%1..%9, %L1, %n) as its source; each embedded
// :/i18n/genlab_XX.qm translates a known string; choosing a language in Settings stores it in
// "ui/language", installs the translator and changes the main window's menus, the Settings dialog
// and the help viewer's notice without a restart, and QLocale formats numbers for it. With
// GENLAB_SCREENSHOT_DIR set it writes settings-language.png (the dialog in German).
#include "services/computeservice.h"
#include "services/jobmanager.h"
#include "services/projectservice.h"
#include "services/studiojobs.h"
#include "widgets/help/firstruntour.h"
#include "widgets/help/helpviewer.h"
#include "widgets/jobs/jobsdock.h"
#include "widgets/shell/labpage.h"
#include "widgets/shell/language.h"
#include "widgets/shell/mainwindow.h"
#include "widgets/shell/settingsdialog.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

#include <algorithm>
#include <memory>

using namespace genlab;
namespace i18n = widgets::i18n;

namespace {

const QString kMainWindowContext = QStringLiteral("genlab::widgets::MainWindow");

QString tsPath(const QString &code)
{
    return QStringLiteral(GENLAB_SOURCE_DIR "/translations/genlab_%1.ts").arg(code);
}

// The distinct placeholders of a text: "%1", "%2", "%n" (%L1 counts as %1: the same argument,
// formatted for the locale). With `ignoreN`, %n is left out: a plural form may spell the number
// out ("ein Job läuft").
QSet<QString> placeholdersOf(const QString &text, bool ignoreN)
{
    static const QRegularExpression pattern(QStringLiteral("%L?([1-9]|n)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QString which = it.next().captured(1);
        if (!(ignoreN && which == QLatin1String("n")))
            found.insert(QLatin1Char('%') + which);
    }
    return found;
}

QString sortedList(const QSet<QString> &set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return list.join(QLatin1Char(' '));
}

// Every problem of a .ts file, one line each: "genlab_fr.ts:123: <context> "<source>": problem".
QStringList problemsOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {QStringLiteral("%1: missing (%2)").arg(path, file.errorString())};
    const QString name = QFileInfo(path).fileName();
    QStringList problems;
    QXmlStreamReader xml(&file);
    QString context, source, translationType;
    QStringList forms; // the translation, or each numerus form
    bool numerus = false;
    qint64 messageLine = 0;
    int messages = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto tag = xml.name();
            if (tag == QLatin1String("context")) {
                context.clear();
            } else if (tag == QLatin1String("name") && context.isEmpty()) {
                context = xml.readElementText();
            } else if (tag == QLatin1String("message")) {
                ++messages;
                source.clear();
                forms.clear();
                translationType.clear();
                numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                messageLine = xml.lineNumber();
            } else if (tag == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (tag == QLatin1String("translation")) {
                translationType = xml.attributes().value(QLatin1String("type")).toString();
                if (!numerus)
                    forms << xml.readElementText();
            } else if (tag == QLatin1String("numerusform")) {
                forms << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            const QString where = QStringLiteral("%1:%2: %3 \"%4\"")
                                      .arg(name)
                                      .arg(messageLine)
                                      .arg(context, source.left(60).replace(QLatin1Char('\n'), QLatin1Char(' ')));
            if (!translationType.isEmpty()) {
                problems << QStringLiteral("%1: %2").arg(where, translationType);
                continue;
            }
            if (forms.isEmpty() || std::any_of(forms.begin(), forms.end(),
                                               [](const QString &f) { return f.trimmed().isEmpty(); })) {
                problems << QStringLiteral("%1: empty translation").arg(where);
                continue;
            }
            const QSet<QString> expected = placeholdersOf(source, numerus);
            for (const QString &form : std::as_const(forms)) {
                const QSet<QString> got = placeholdersOf(form, numerus);
                if (got != expected) {
                    problems << QStringLiteral("%1: placeholders %2 in the source, %3 in \"%4\"")
                                    .arg(where, sortedList(expected), sortedList(got), form.left(60));
                    break;
                }
            }
        }
    }
    if (xml.hasError())
        problems << QStringLiteral("%1:%2: not a valid .ts file (%3)")
                        .arg(name)
                        .arg(xml.lineNumber())
                        .arg(xml.errorString());
    else if (messages == 0)
        problems << QStringLiteral("%1: holds no messages").arg(name);
    return problems;
}

int messageCount(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    return int(file.readAll().count("<message"));
}

// A lab with one setting: the restart passes the lab shown on and keeps its state.
class QuietLab : public widgets::LabPage
{
public:
    QString labId() const override { return QStringLiteral("quiet"); }
    QString title() const override { return QStringLiteral("Quiet"); }
    QString summary() const override { return QStringLiteral("nothing"); }
    QJsonObject saveState() const override { return m_state; }
    void restoreState(const QJsonObject &state) override { m_state = state; }
    void change(const QJsonObject &state)
    {
        m_state = state;
        Q_EMIT stateChanged();
    }

private:
    QJsonObject m_state;
};

QString menuTitle(widgets::MainWindow *window, const QString &objectName)
{
    auto *menu = window->menuBar()->findChild<QMenu *>(objectName);
    return menu ? menu->title() : QString();
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("GenLabTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_translations"));
        QSettings().clear();
    }

    void cleanupTestCase()
    {
        i18n::applyLanguage(QStringLiteral("en"));
        QSettings().clear();
    }

    void languages_data()
    {
        QTest::addColumn<QString>("code");
        for (const QString &code : i18n::translatedLanguages())
            QTest::newRow(qPrintable(code)) << code;
    }

    // The Settings dialog offers each translation, named in itself, after "System language" and
    // English.
    void settingsOfferEveryLanguage()
    {
        QStringList codes;
        for (const auto &option : i18n::languageOptions())
            codes << option.code;
        QCOMPARE(codes, QStringList({QString(), QStringLiteral("en")}) + i18n::translatedLanguages());
    }

    void tsFileIsComplete_data() { languages_data(); }
    void tsFileIsComplete()
    {
        QFETCH(QString, code);
        const QStringList problems = problemsOf(tsPath(code));
        if (!problems.isEmpty()) {
            const int shown = qMin(25, int(problems.size()));
            QFAIL(qPrintable(QStringLiteral("%1 problem(s) in genlab_%2.ts (the first %3):\n  %4")
                                 .arg(problems.size())
                                 .arg(code)
                                 .arg(shown)
                                 .arg(problems.mid(0, shown).join(QStringLiteral("\n  ")))));
        }
    }

    // The file holds exactly the messages of today's sources: the README's lupdate command, run on
    // a copy, adds nothing (a new tr() string) and drops nothing (a string that is gone).
    void tsFileMatchesTheSources_data() { languages_data(); }
    void tsFileMatchesTheSources()
    {
        QFETCH(QString, code);
        const QString lupdate = QStringLiteral("/usr/lib/qt6/bin/lupdate");
        if (!QFile::exists(lupdate))
            QSKIP("lupdate is not installed (qt6-l10n-tools)");
        if (!QFile::exists(tsPath(code)))
            QFAIL(qPrintable(QStringLiteral("%1 is missing").arg(tsPath(code))));
        // One lupdate run updates copies of all four files (it reads the sources once).
        if (!m_updated) {
            m_updated = std::make_unique<QTemporaryDir>();
            QStringList arguments{QStringLiteral("-silent"), QStringLiteral("-I"), QStringLiteral("."),
                                  QStringLiteral("-I"), QStringLiteral("core"), QStringLiteral("-locations"),
                                  QStringLiteral("relative"), QStringLiteral("-no-obsolete"), QStringLiteral("widgets"),
                                  QStringLiteral("core/services"), QStringLiteral("app"),
                                  QStringLiteral("core/engine/gan/detail/toypresets.cpp"), QStringLiteral("-ts")};
            for (const QString &each : i18n::translatedLanguages()) {
                const QString copy = m_updated->filePath(QStringLiteral("genlab_%1.ts").arg(each));
                if (QFile::copy(tsPath(each), copy))
                    arguments << copy;
            }
            QProcess process;
            process.setWorkingDirectory(QStringLiteral(GENLAB_SOURCE_DIR));
            process.start(lupdate, arguments);
            QVERIFY(process.waitForFinished(60000));
            QCOMPARE(process.exitCode(), 0);
        }
        const QString copy = m_updated->filePath(QStringLiteral("genlab_%1.ts").arg(code));
        const QStringList problems = problemsOf(copy);
        const int before = messageCount(tsPath(code)), after = messageCount(copy);
        if (!problems.isEmpty() || before != after)
            QFAIL(qPrintable(QStringLiteral("genlab_%1.ts is behind the sources: lupdate (README, Adding a lab) "
                                            "finds %2 message(s) where it has %3; new or changed:\n  %4")
                                 .arg(code)
                                 .arg(after)
                                 .arg(before)
                                 .arg(problems.mid(0, 25).join(QStringLiteral("\n  ")))));
    }

    // The checker itself: each kind of problem is found, a good file passes.
    void checkerFindsEachProblem()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("genlab_xx.ts"));
        auto write = [&](const QByteArray &messages) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS>\n<TS version=\"2.1\" language=\"xx\">\n"
                    "<context>\n<name>Ctx</name>\n" +
                    messages + "</context>\n</TS>\n");
        };
        write("<message><source>%1 of %2</source><translation>%2 von %L1</translation></message>\n"
              "<message numerus=\"yes\"><source>%n job(s)</source><translation><numerusform>ein Job</numerusform>"
              "<numerusform>%n Jobs</numerusform></translation></message>\n");
        QCOMPARE(problemsOf(path), QStringList());
        write("<message><source>Open</source><translation type=\"unfinished\"></translation></message>\n");
        QVERIFY(problemsOf(path).value(0).endsWith(QLatin1String("unfinished")));
        write("<message><source>Old</source><translation type=\"vanished\">Alt</translation></message>\n");
        QVERIFY(problemsOf(path).value(0).endsWith(QLatin1String("vanished")));
        write("<message><source>Old</source><translation type=\"obsolete\">Alt</translation></message>\n");
        QVERIFY(problemsOf(path).value(0).endsWith(QLatin1String("obsolete")));
        write("<message><source>Open</source><translation></translation></message>\n");
        QVERIFY(problemsOf(path).value(0).endsWith(QLatin1String("empty translation")));
        write("<message><source>%1 of %2</source><translation>%1 von</translation></message>\n");
        QVERIFY(problemsOf(path).value(0).contains(QLatin1String("placeholders %1 %2 in the source, %1 in")));
        write("<message><source>%1 tokens</source><translation>%1 Token %3</translation></message>\n");
        QVERIFY(!problemsOf(path).isEmpty());
        write("<message numerus=\"yes\"><source>%n of %1</source><translation><numerusform>%n</numerusform>"
              "</translation></message>\n");
        QVERIFY(!problemsOf(path).isEmpty());
        QVERIFY(problemsOf(dir.filePath(QStringLiteral("genlab_missing.ts"))).value(0).contains(QLatin1String("missing")));
    }

    void qmFileIsEmbedded_data() { languages_data(); }
    void qmFileIsEmbedded()
    {
        QFETCH(QString, code);
        QTranslator translator;
        QVERIFY2(translator.load(QStringLiteral(":/i18n/genlab_%1.qm").arg(code)),
                 qPrintable(QStringLiteral(":/i18n/genlab_%1.qm is not embedded (is translations/genlab_%1.ts "
                                           "there, and was CMake run again?)")
                                .arg(code)));
        const QString file = translator.translate(kMainWindowContext.toUtf8().constData(), "&File");
        QVERIFY2(!file.isEmpty() && file != QLatin1String("&File"), qPrintable(file));
        QVERIFY(!translator.translate(kMainWindowContext.toUtf8().constData(), "%n job(s) running", nullptr, 3)
                     .isEmpty());
    }

    void storedLanguageIgnoresUnknownValues()
    {
        QSettings().setValue(QLatin1String(i18n::kLanguageKey), QStringLiteral("tlh"));
        QCOMPARE(i18n::storedLanguage(), QString());
        i18n::storeLanguage(QStringLiteral("fr"));
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("fr"));
        QCOMPARE(i18n::storedLanguage(), QStringLiteral("fr"));
        i18n::storeLanguage(QString());
        QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
    }

    void localeFollowsTheLanguage()
    {
        i18n::applyLanguage(QStringLiteral("de"));
        QCOMPARE(QLocale().language(), QLocale::German);
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1.234,5"));
        i18n::applyLanguage(QStringLiteral("fr"));
        QCOMPARE(QLocale().language(), QLocale::French);
        i18n::applyLanguage(QStringLiteral("zh_CN"));
        QCOMPARE(QLocale().language(), QLocale::Chinese);
        i18n::applyLanguage(QStringLiteral("en"));
        QCOMPARE(QLocale().language(), QLocale::English);
        QCOMPARE(i18n::appliedLanguage(), QString());
    }

    // Settings > Language: the choice is stored, the translator installed, and the menus, the
    // dialog and the help notice change at once; the restart is offered for the labs.
    void switchingChangesTheWindowLive()
    {
        i18n::storeLanguage(QStringLiteral("en"));
        i18n::applyLanguage(QStringLiteral("en"));
        const engine::ThreadBudget budget = engine::planThreadBudget();
        const engine::ResolvedDevice cpu = engine::resolveDevice(*engine::DeviceSpec::parse("cpu", nullptr));
        services::JobManager jobs(services::studioJobOptions(budget));
        services::ComputeService compute(&jobs, cpu, budget);
        services::ProjectService projects;
        auto window = std::make_unique<widgets::MainWindow>(&jobs, &projects);
        window->setComputeStatus({compute.deviceSummary(), QStringLiteral("cpu"), compute.threadsSummary(), QString()});
        window->show();
        QCOMPARE(menuTitle(window.get(), QStringLiteral("fileMenu")), QStringLiteral("&File"));
        const QKeySequence platformKey(QKeySequence::Preferences);
        QCOMPARE(window->settingsAction()->shortcut(),
                 platformKey.isEmpty() ? QKeySequence(Qt::CTRL | Qt::Key_Comma) : platformKey);
        auto *notice = window->helpViewer()->languageNotice();
        QVERIFY(notice->isHidden());

        widgets::SettingsDialog *dialog = window->showSettings();
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->restartOffered());
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Settings"));
        QComboBox *box = dialog->languageBox();
        QCOMPARE(box->currentData().toString(), QStringLiteral("en"));

        for (const QString &code : i18n::translatedLanguages()) {
            if (!QFile::exists(QStringLiteral(":/i18n/genlab_%1.qm").arg(code)))
                continue; // reported by qmFileIsEmbedded
            box->setCurrentIndex(box->findData(code));
            QCOMPARE(i18n::storedLanguage(), code);
            QCOMPARE(i18n::appliedLanguage(), code);
            QCoreApplication::processEvents(); // LanguageChange is posted
            const QString expected = QCoreApplication::translate("genlab::widgets::MainWindow", "&File");
            QVERIFY(expected != QLatin1String("&File"));
            QCOMPARE(menuTitle(window.get(), QStringLiteral("fileMenu")), expected);
            QCOMPARE(menuTitle(window.get(), QStringLiteral("helpMenu")),
                     QCoreApplication::translate("genlab::widgets::MainWindow", "&Help"));
            QCOMPARE(dialog->windowTitle(), QCoreApplication::translate("genlab::widgets::SettingsDialog", "Settings"));
            QCOMPARE(window->jobsDock()->windowTitle(), QCoreApplication::translate("genlab::widgets::JobsDock", "Jobs"));
            QVERIFY(dialog->restartOffered());
            QVERIFY(!notice->isHidden());
            QCOMPARE(notice->text(),
                     QCoreApplication::translate("genlab::widgets::help::HelpViewer", "The help pages are in English."));
            // With GENLAB_SCREENSHOT_DIR set: the dialog after choosing German (settings-language.png).
            const QString shots = qEnvironmentVariable("GENLAB_SCREENSHOT_DIR");
            if (code == QLatin1String("de") && !shots.isEmpty()) {
                QCoreApplication::processEvents();
                QVERIFY(dialog->grab().save(QDir(shots).filePath(QStringLiteral("settings-language.png"))));
            }
        }

        box->setCurrentIndex(box->findData(QStringLiteral("en")));
        QCoreApplication::processEvents();
        QCOMPARE(i18n::appliedLanguage(), QString());
        QCOMPARE(menuTitle(window.get(), QStringLiteral("fileMenu")), QStringLiteral("&File"));
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Settings"));
        QVERIFY(!dialog->restartOffered());
        QVERIFY(notice->isHidden());
        dialog->close();
        window.reset();
        jobs.shutdown(1000);
    }

    // The help pages are English: a translated tour speaks of each lab with its translated summary
    // and points to the English page; an English one quotes the page.
    void tourSaysTheHelpIsEnglish()
    {
        const QList<widgets::help::FirstRunTour::LabInfo> labs{
            {QStringLiteral("home"), QStringLiteral("Home"), QStringLiteral("start"), QStringLiteral("index.md")},
            {QStringLiteral("text"), QStringLiteral("Text"), QStringLiteral("Texte"), QStringLiteral("lab-text.md")}};
        i18n::applyLanguage(QStringLiteral("de"));
        auto steps = widgets::help::FirstRunTour::stepsFor(labs);
        QCOMPARE(steps.size(), 2);
        QVERIFY(steps[1].markdown.startsWith(QLatin1String("Texte\n\n")));
        QVERIFY2(steps[1].markdown.contains(QCoreApplication::translate(
                     "genlab::widgets::help::FirstRunTour",
                     "*The lab's help page, in English, says more: what the lab shows, the idea behind it and "
                     "what to try first.*")),
                 qPrintable(steps[1].markdown));
        QVERIFY(!steps[1].markdown.contains(QLatin1String("in English, says more")));
        i18n::applyLanguage(QStringLiteral("en"));
        steps = widgets::help::FirstRunTour::stepsFor(labs);
        QVERIFY(!steps[1].markdown.contains(QLatin1String("in English, says more")));
    }

    // Settings > Restart Now: the window closes through its normal path (the modified project is
    // saved), main() is handed the same command line showing the same lab, and the next window
    // reopens the project. Last: it quits the (not running) event loop.
    void restartKeepsTheProject()
    {
        QTemporaryDir dir;
        const engine::ThreadBudget budget = engine::planThreadBudget();
        services::JobManager jobs(services::studioJobOptions(budget));
        QString folder;
        {
            services::ProjectService projects;
            QString error;
            QVERIFY2(projects.create(dir.filePath(QStringLiteral("p")), &error), qPrintable(error));
            folder = projects.folder();
            widgets::MainWindow window(&jobs, &projects);
            auto *lab = new QuietLab;
            window.addLab(lab);
            window.show();
            lab->change(QJsonObject{{QStringLiteral("kept"), 1}});
            QVERIFY(projects.isModified());
            QVERIFY(window.restartStudio());
            QVERIFY(!window.isVisible());
            QVERIFY(!projects.isModified()); // saved on the way out
            const auto arguments = i18n::scheduledRestart();
            QVERIFY(arguments.has_value());
            QCOMPARE(arguments->mid(arguments->size() - 2), QStringList({QStringLiteral("--lab"), QStringLiteral("quiet")}));
        }
        services::ProjectService projects;
        widgets::MainWindow window(&jobs, &projects);
        window.offerCrashRecovery();
        QCOMPARE(projects.folder(), folder);
        QCOMPARE(projects.labState(QStringLiteral("quiet")).value(QStringLiteral("kept")).toInt(), 1);
        QVERIFY(!QSettings().contains(QStringLiteral("session/reopenAfterRestart")));
        jobs.shutdown(1000);
    }

private:
    std::unique_ptr<QTemporaryDir> m_updated; // the .ts files as lupdate brings them up to date
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
