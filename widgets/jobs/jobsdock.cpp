#include "widgets/jobs/jobsdock.h"

#include "services/job.h"
#include "services/joblistmodel.h"
#include "services/jobmanager.h"
#include "widgets/jobs/jobdelegate.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace genlab::widgets {

using services::Job;
using services::JobState;

JobsDock::JobsDock(services::JobManager *manager, QWidget *parent)
    : QDockWidget(tr("Jobs"), parent), m_manager(manager), m_model(new services::JobListModel(manager, this))
{
    setObjectName(QStringLiteral("jobsDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);

    auto *buttons = new QHBoxLayout;
    auto makeButton = [&](const QString &text, const QString &tip, QStyle::StandardPixmap icon) {
        auto *b = new QToolButton(body);
        b->setText(text);
        b->setToolTip(tip);
        b->setIcon(style()->standardIcon(icon));
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        buttons->addWidget(b);
        return b;
    };
    m_cancel = makeButton(tr("Cancel"), tr("Stop the selected job (a queued job is removed)"), QStyle::SP_MediaStop);
    m_pause = makeButton(tr("Pause"), tr("Pause or resume the selected training job"), QStyle::SP_MediaPause);
    m_step = makeButton(tr("Step"), tr("Run one more step of the paused job"), QStyle::SP_MediaSkipForward);
    buttons->addStretch();
    layout->addLayout(buttons);

    m_view = new QListView(body);
    m_view->setObjectName(QStringLiteral("jobsView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new JobDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setUniformItemSizes(true);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setMinimumWidth(300);
    layout->addWidget(m_view, 1);

    m_empty = new QLabel(tr("No jobs yet. Training, generation and exports appear here with their progress."), body);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setStyleSheet(QStringLiteral("color: palette(mid);"));
    layout->addWidget(m_empty);
    setWidget(body);

    connect(m_cancel, &QToolButton::clicked, this, [this] {
        if (Job *job = selectedJob())
            job->cancel();
    });
    connect(m_pause, &QToolButton::clicked, this, [this] {
        if (Job *job = selectedJob())
            job->state() == JobState::Paused ? job->resume() : job->pause();
        updateButtons();
    });
    connect(m_step, &QToolButton::clicked, this, [this] {
        if (Job *job = selectedJob())
            job->step();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &JobsDock::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &JobsDock::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int) {
        // Follow the newest job so its controls are one click away, except away from a running
        // training job: a lab's quick generate or load must not take the user's pause button.
        const Job *current = selectedJob();
        const Job *added = m_model->jobAt(first);
        const bool keep = current && !current->isFinished() && current->isPausable() && added && !added->isPausable();
        if (!keep)
            m_view->setCurrentIndex(m_model->index(first));
        updateButtons();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &JobsDock::updateButtons);
    updateButtons();
}

Job *JobsDock::selectedJob() const
{
    return m_model->jobAt(m_view->currentIndex().row());
}

void JobsDock::updateButtons()
{
    Job *job = selectedJob();
    const bool live = job && !job->isFinished();
    m_cancel->setEnabled(live);
    m_pause->setEnabled(live && job->isPausable());
    const bool paused = live && job->state() == JobState::Paused;
    m_pause->setText(paused ? tr("Resume") : tr("Pause"));
    m_pause->setIcon(style()->standardIcon(paused ? QStyle::SP_MediaPlay : QStyle::SP_MediaPause));
    m_step->setEnabled(paused);
    m_empty->setVisible(m_model->rowCount() == 0);
    m_view->setVisible(m_model->rowCount() > 0);
}

} // namespace genlab::widgets
