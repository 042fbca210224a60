#pragma once

#include "services/job.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QTimer>

namespace genlab::services {

class JobManager;

// The jobs the Jobs dock lists: running first-come, then recent. Hidden jobs (slider decodes)
// are left out. Changes happen on the GUI thread only, from the jobs' own signals.
// Thread: GUI only.
class JobListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        TitleRole = Qt::UserRole + 1,
        StateRole,     // JobState as int
        StateTextRole,
        ProgressRole,  // 0..1
        StageRole,
        ElapsedMsRole,
        PausableRole,
        MessageRole,
        JobIdRole,
    };

    explicit JobListModel(JobManager *manager, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Job *jobAt(int row) const;

private:
    void add(Job *job);
    void remove(Job *job);
    void refresh(Job *job);
    void tickElapsed();

    QList<QPointer<Job>> m_jobs;
    QTimer m_elapsedTimer; // elapsed time of running jobs, once a second
};

} // namespace genlab::services
