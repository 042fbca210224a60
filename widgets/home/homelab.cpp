#include "widgets/home/homelab.h"

#include "services/appinfo.h"
#include "services/computeservice.h"
#include "services/job.h"

#include <QFontDatabase>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace genlab::widgets {

HomeLab::HomeLab(services::ComputeService *compute, QWidget *parent) : LabPage(parent), m_compute(compute)
{
    setObjectName(QStringLiteral("homeLab"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 18);

    auto *heading = new QLabel(tr("<h1>GenLab Studio</h1>"
                                  "<p style='font-size:13pt'>Generate with generative models and see inside them. "
                                  "Every lab works offline, on the CPU or a GPU, with models that ship with the "
                                  "studio or that you train or bring yourself.</p>"),
                               this);
    heading->setWordWrap(true);
    heading->setTextFormat(Qt::RichText);
    layout->addWidget(heading);

    auto *labsBox = new QGroupBox(tr("Labs"), this);
    auto *labsLayout = new QVBoxLayout(labsBox);
    m_labs = new QLabel(labsBox);
    m_labs->setWordWrap(true);
    m_labs->setTextFormat(Qt::RichText);
    labsLayout->addWidget(m_labs);
    layout->addWidget(labsBox);

    auto *computeBox = new QGroupBox(tr("Compute"), this);
    auto *computeLayout = new QVBoxLayout(computeBox);
    m_computeText = new QPlainTextEdit(computeBox);
    m_computeText->setObjectName(QStringLiteral("computeText"));
    m_computeText->setReadOnly(true);
    m_computeText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_computeText->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_computeText->setFixedHeight(m_computeText->fontMetrics().lineSpacing() * 12 + 12);
    m_computeText->setPlainText(tr("device:      %1\n%2\nmeasuring matmul throughput…")
                                    .arg(m_compute->deviceSummary(), m_compute->threadsSummary()));
    computeLayout->addWidget(m_computeText);
    auto *row = new QHBoxLayout;
    m_measureButton = new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload), tr("Measure again"), computeBox);
    m_progress = new QProgressBar(computeBox);
    m_progress->setRange(0, 100);
    m_progress->setTextVisible(true);
    row->addWidget(m_measureButton);
    row->addWidget(m_progress, 1);
    computeLayout->addLayout(row);
    layout->addWidget(computeBox);
    layout->addStretch(1);
    connect(m_measureButton, &QPushButton::clicked, this, &HomeLab::measure);
    if (!loadsWhenShown())
        measure();
}

void HomeLab::activated()
{
    // The throughput is measured the first time the page is shown (a studio started on another
    // lab leaves the cores to that lab's model).
    if (!m_job && !m_ready)
        measure();
}

QString HomeLab::title() const
{
    return tr("Home");
}

QString HomeLab::summary() const
{
    return tr("The labs, and the device and thread budget model work runs with");
}

QIcon HomeLab::icon() const
{
    return style()->standardIcon(QStyle::SP_DirHomeIcon);
}

void HomeLab::setLabOverview(const QList<QPair<QString, QString>> &labs)
{
    QString html = QStringLiteral("<table cellspacing=4>");
    for (const auto &[title, summary] : labs)
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(title.toHtmlEscaped(), summary.toHtmlEscaped());
    html += QStringLiteral("</table>");
    m_labs->setText(html);
}

void HomeLab::measure()
{
    if (m_job && !m_job->isFinished())
        return;
    m_measureButton->setEnabled(false);
    m_progress->setValue(0);
    m_job = m_compute->measureThroughput();
    connect(m_job, &services::Job::progressChanged, this, [this](double f, const QString &stage) {
        m_progress->setValue(int(f * 100));
        m_progress->setFormat(QStringLiteral("%p % — ") + stage);
    });
    connect(m_job, &services::Job::finished, this, [this](services::JobState state, const QString &message) {
        m_measureButton->setEnabled(true);
        m_progress->setValue(100);
        if (state == services::JobState::Succeeded) {
            const QVariantMap m = m_job->resultAs<QVariantMap>();
            m_computeText->setPlainText(m.value(QStringLiteral("lines")).toStringList().join(QLatin1Char('\n')));
            m_progress->setFormat(tr("measured"));
        } else {
            m_computeText->appendPlainText(tr("measurement %1: %2").arg(services::jobStateName(state), message));
            m_progress->setFormat(services::jobStateName(state));
        }
        if (!m_ready) {
            m_ready = true;
            Q_EMIT ready();
        }
    });
}

} // namespace genlab::widgets
