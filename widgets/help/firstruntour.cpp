#include "widgets/help/firstruntour.h"

#include "widgets/help/helpviewer.h"
#include "widgets/shell/language.h"
#include "widgets/help/shortcutcatalog.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

#include <utility>

namespace genlab::widgets::help {

QList<FirstRunTour::Step> FirstRunTour::stepsFor(const QList<LabInfo> &labs)
{
    QList<Step> steps;
    for (const LabInfo &lab : labs) {
        Step step{lab.labId, lab.title, {}, lab.helpPage};
        if (steps.isEmpty()) {
            // The welcome leaves the lab the studio opened with (--lab, the last session) in view.
            step.labId.clear();
            step.title = tr("Welcome to GenLab Studio");
            step.markdown =
                tr("This short tour shows each lab in turn; the lab it speaks of is opened behind it, with "
                   "its "
                   "model already loading or loaded, so you can try things while you read.\n\n"
                   "- **%1** opens the help page of the lab you are in, **%2** lists every key.\n"
                   "- **%3** runs the main action of the page you see (Generate, Sample, Train, …), **%4** "
                   "stops it.\n\n"
                   "Skip the tour whenever you like; Help > Take the Tour brings it back.")
                    .arg(QKeySequence(QKeySequence::HelpContents).toString(QKeySequence::NativeText),
                         QKeySequence(Qt::CTRL | Qt::Key_Slash).toString(QKeySequence::NativeText),
                         runKeys().toString(QKeySequence::NativeText),
                         stopKeys().toString(QKeySequence::NativeText));
            steps.append(step);
            continue;
        }
        // The help pages are English only: a translated studio speaks of the lab in its own
        // language (the lab's summary) and says where the English details are.
        if (i18n::uiIsTranslated()) {
            step.markdown = lab.summary + QStringLiteral("\n\n") +
                            tr("*The lab's help page, in English, says more: what the lab shows, the idea behind it "
                               "and what to try first.*");
            steps.append(step);
            continue;
        }
        // The words come from the lab's help page, so the tour and the page never disagree.
        const QString page = readHelpPage(lab.helpPage);
        const QString pageTitle = markdownTitle(page);
        if (!pageTitle.isEmpty())
            step.title = pageTitle;
        const QString intro = markdownIntro(page);
        const QString tryFirst = markdownSection(page, QStringLiteral("What to try first"));
        step.markdown = intro.isEmpty() ? lab.summary : intro;
        if (!tryFirst.isEmpty())
            step.markdown += QStringLiteral("\n\n**%1**\n\n%2").arg(tr("What to try first"), tryFirst);
        steps.append(step);
    }
    return steps;
}

QString FirstRunTour::closedKey()
{
    return QStringLiteral("help/tourClosed");
}

bool FirstRunTour::shouldOffer(const QSettings &settings, const QString &platformName)
{
    if (settings.value(closedKey(), false).toBool())
        return false;
    if (!qEnvironmentVariableIsEmpty("GENLAB_NO_TOUR"))
        return false;
    // Nobody can close a window nobody sees: headless runs (tests, --screenshot) never get it.
    return platformName != QLatin1String("offscreen") && platformName != QLatin1String("minimal");
}

bool FirstRunTour::shouldOffer()
{
    QSettings settings;
    return shouldOffer(settings, QGuiApplication::platformName());
}

FirstRunTour::FirstRunTour(QList<Step> steps, std::function<void(const QString &)> selectLab,
                           std::function<void(const QString &)> openHelp, QWidget *parent)
    : QDialog(parent), m_steps(std::move(steps)), m_selectLab(std::move(selectLab)),
      m_openHelp(std::move(openHelp))
{
    setObjectName(QStringLiteral("firstRunTour"));
    setWindowTitle(tr("Tour of GenLab Studio"));
    setModal(false);
    auto *layout = new QVBoxLayout(this);
    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("tourProgress"));
    layout->addWidget(m_progress);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("tourHeading"));
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_heading->setFont(big);
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);
    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("tourText"));
    m_text->setOpenLinks(
        false); // the steps' text is the help pages' plain Markdown; links are not followed here
    m_text->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_text, 1);

    auto *row = new QHBoxLayout;
    m_skip = new QPushButton(tr("Skip the tour"), this);
    m_skip->setObjectName(QStringLiteral("tourSkip"));
    m_help = new QPushButton(tr("Open its help page"), this);
    m_help->setObjectName(QStringLiteral("tourHelp"));
    m_back = new QPushButton(tr("Back"), this);
    m_back->setObjectName(QStringLiteral("tourBack"));
    m_next = new QPushButton(this);
    m_next->setObjectName(QStringLiteral("tourNext"));
    m_next->setDefault(true);
    row->addWidget(m_skip);
    row->addWidget(m_help);
    row->addStretch(1);
    row->addWidget(m_back);
    row->addWidget(m_next);
    layout->addLayout(row);

    connect(m_skip, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_back, &QPushButton::clicked, this, [this] { showStep(m_index - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] {
        if (m_index + 1 >= stepCount())
            accept();
        else
            showStep(m_index + 1);
    });
    connect(m_help, &QPushButton::clicked, this, [this] {
        if (m_openHelp && m_index >= 0 && m_index < stepCount())
            m_openHelp(m_steps[m_index].helpPage);
    });
    resize(460, 400);
    if (!m_steps.isEmpty())
        showStep(0);
}

void FirstRunTour::showStep(int index)
{
    if (index < 0 || index >= stepCount())
        return;
    m_index = index;
    const Step &step = m_steps[index];
    m_progress->setText(tr("Step %1 of %2").arg(index + 1).arg(stepCount()));
    m_heading->setText(step.title);
    m_text->document()->setMarkdown(step.markdown,
                                    QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub |
                                                                    QTextDocument::MarkdownNoHTML));
    m_back->setEnabled(index > 0);
    m_help->setEnabled(!step.helpPage.isEmpty());
    m_next->setText(index + 1 >= stepCount() ? tr("Finish") : tr("Next"));
    if (m_selectLab && !step.labId.isEmpty())
        m_selectLab(step.labId);
}

void FirstRunTour::done(int result)
{
    // Closed in any way (Finish, Skip, Escape, the window's close button): never offered again.
    QSettings settings;
    settings.setValue(closedKey(), true);
    QDialog::done(result);
}

} // namespace genlab::widgets::help
