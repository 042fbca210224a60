#include "widgets/jobs/jobsdock.h"

#include "services/job.h"
#include "services/joblistmodel.h"
#include "services/jobmanager.h"
#include "widgets/components/trainingcontrols.h"
#include "widgets/jobs/jobdelegate.h"

#include <QEvent>
#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace genlab::widgets {

using services::Job;

void JobsDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setWindowTitle(tr("Jobs"));
        m_empty->setText(tr("No jobs yet. Training, generation and exports appear here with their progress."));
        m_view->viewport()->update(); // the delegate's texts are translated as they are painted
    }
    QDockWidget::changeEvent(event);
}

JobsDock::JobsDock(services::JobManager *manager, QWidget *parent)
    : QDockWidget(tr("Jobs"), parent), m_manager(manager), m_model(new services::JobListModel(manager, this))
{
    setObjectName(QStringLiteral("jobsDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);

    m_controls = new TrainingControls(TrainingControls::Look::Dock, body);
    layout->addWidget(m_controls);

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
    // Under the buttons, at the top: the space below is the list's when jobs come.
    m_empty->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_empty->setContentsMargins(8, 16, 8, 0);
    m_empty->setStyleSheet(QStringLiteral("color: palette(mid);"));
    layout->addWidget(m_empty, 1);
    setWidget(body);

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
    m_controls->setJob(selectedJob());
    m_empty->setVisible(m_model->rowCount() == 0);
    m_view->setVisible(m_model->rowCount() > 0);
}

} // namespace genlab::widgets
