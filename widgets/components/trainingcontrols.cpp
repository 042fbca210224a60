#include "widgets/components/trainingcontrols.h"

#include "services/job.h"

#include <QHBoxLayout>
#include <QStyle>
#include <QToolButton>

namespace genlab::widgets {

using services::Job;
using services::JobState;

TrainingControls::TrainingControls(Look look, QWidget *parent) : QWidget(parent), m_look(look)
{
    setObjectName(QStringLiteral("trainingControls"));
    m_row = new QHBoxLayout(this);
    m_row->setContentsMargins(0, 0, 0, 0);
    auto make = [this](const QString &name, const QString &text, const QString &tip, QStyle::StandardPixmap icon) {
        auto *b = new QToolButton(this);
        b->setObjectName(name);
        b->setText(text);
        b->setToolTip(tip);
        b->setIcon(style()->standardIcon(icon));
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        // In a panel they stand for push buttons and share the row; in the dock they stay compact.
        if (m_look == Look::Panel)
            b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        else
            b->setAutoRaise(false);
        m_row->addWidget(b);
        return b;
    };
    m_pause = make(QStringLiteral("pauseButton"), tr("Pause"), tr("Pause training; resume it, or run one step at a time"),
                   QStyle::SP_MediaPause);
    m_step = make(QStringLiteral("stepButton"), tr("Step"), tr("While paused: run exactly one more step"),
                  QStyle::SP_MediaSkipForward);
    m_stop = look == Look::Dock ? make(QStringLiteral("cancelButton"), tr("Cancel"),
                                       tr("Stop the selected job (a queued job is removed; training saves its last step)"),
                                       QStyle::SP_MediaStop)
                                : make(QStringLiteral("stopButton"), tr("Stop"),
                                       tr("Stop training; the weights of the last step are saved as a checkpoint"),
                                       QStyle::SP_MediaStop);
    if (look == Look::Dock) {
        // The dock has always read Cancel, Pause, Step from the left.
        m_row->removeWidget(m_stop);
        m_row->insertWidget(0, m_stop);
        m_row->addStretch();
    }

    connect(m_pause, &QToolButton::clicked, this, [this] {
        if (!m_job)
            return;
        if (m_job->state() == JobState::Paused)
            m_job->resume();
        else
            m_job->pause();
        refresh();
    });
    connect(m_step, &QToolButton::clicked, this, [this] {
        if (m_job)
            m_job->step();
    });
    connect(m_stop, &QToolButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
        refresh();
    });
    refresh();
}

void TrainingControls::setJob(Job *job)
{
    if (m_job == job) {
        refresh();
        return;
    }
    if (m_job)
        disconnect(m_job, nullptr, this, nullptr);
    m_job = job;
    if (job) {
        connect(job, &Job::stateChanged, this, &TrainingControls::refresh);
        connect(job, &Job::finished, this, &TrainingControls::refresh);
    }
    refresh();
}

Job *TrainingControls::job() const
{
    return m_job;
}

void TrainingControls::addLeading(QWidget *widget)
{
    if (m_look == Look::Panel)
        widget->setSizePolicy(QSizePolicy::Expanding, widget->sizePolicy().verticalPolicy());
    m_row->insertWidget(0, widget);
}

void TrainingControls::refresh()
{
    const bool live = m_job && !m_job->isFinished();
    const bool paused = live && m_job->state() == JobState::Paused;
    m_stop->setEnabled(live);
    m_pause->setEnabled(live && m_job->isPausable());
    m_pause->setText(paused ? tr("Resume") : tr("Pause"));
    m_pause->setIcon(style()->standardIcon(paused ? QStyle::SP_MediaPlay : QStyle::SP_MediaPause));
    m_step->setEnabled(paused);
    Q_EMIT refreshed();
}

} // namespace genlab::widgets
