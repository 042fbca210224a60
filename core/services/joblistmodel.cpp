#include "services/joblistmodel.h"

#include "services/jobmanager.h"

namespace genlab::services {

JobListModel::JobListModel(JobManager *manager, QObject *parent) : QAbstractListModel(parent)
{
    for (Job *job : manager->jobs())
        add(job);
    connect(manager, &JobManager::jobAdded, this, &JobListModel::add);
    connect(manager, &JobManager::jobRemoved, this, &JobListModel::remove);
    m_elapsedTimer.setInterval(1000);
    connect(&m_elapsedTimer, &QTimer::timeout, this, &JobListModel::tickElapsed);
    m_elapsedTimer.start();
}

int JobListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

Job *JobListModel::jobAt(int row) const
{
    return row >= 0 && row < m_jobs.size() ? m_jobs[row].data() : nullptr;
}

QVariant JobListModel::data(const QModelIndex &index, int role) const
{
    Job *job = jobAt(index.row());
    if (!job)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return job->title();
    case StateRole:
        return int(job->state());
    case StateTextRole:
        return jobStateName(job->state());
    case ProgressRole:
        return job->progress();
    case StageRole:
        return job->stage();
    case ElapsedMsRole:
        return job->elapsedMs();
    case PausableRole:
        return job->isPausable();
    case MessageRole:
        return job->message();
    case Qt::ToolTipRole:
        return job->message().isEmpty() ? job->stage() : job->message();
    case JobIdRole:
        return job->id();
    default:
        return {};
    }
}

QHash<int, QByteArray> JobListModel::roleNames() const
{
    return {{TitleRole, "title"},       {StateRole, "state"},     {StateTextRole, "stateText"},
            {ProgressRole, "progress"}, {StageRole, "stage"},     {ElapsedMsRole, "elapsedMs"},
            {PausableRole, "pausable"}, {MessageRole, "message"}, {JobIdRole, "jobId"}};
}

void JobListModel::add(Job *job)
{
    if (!job || job->isHidden())
        return;
    beginInsertRows({}, int(m_jobs.size()), int(m_jobs.size()));
    m_jobs.append(job);
    endInsertRows();
    connect(job, &Job::stateChanged, this, [this, job] { refresh(job); });
    connect(job, &Job::progressChanged, this, [this, job] { refresh(job); });
    connect(job, &QObject::destroyed, this, [this, job] { remove(job); });
}

void JobListModel::remove(Job *job)
{
    for (int i = 0; i < m_jobs.size(); ++i) {
        if (m_jobs[i] == job || m_jobs[i].isNull()) {
            beginRemoveRows({}, i, i);
            m_jobs.removeAt(i);
            endRemoveRows();
            return;
        }
    }
}

void JobListModel::refresh(Job *job)
{
    int row = int(m_jobs.indexOf(job));
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row));
}

void JobListModel::tickElapsed()
{
    for (int i = 0; i < m_jobs.size(); ++i) {
        Job *job = m_jobs[i];
        if (job && (job->state() == JobState::Running || job->state() == JobState::Paused))
            Q_EMIT dataChanged(index(i), index(i), {ElapsedMsRole});
    }
}

} // namespace genlab::services
