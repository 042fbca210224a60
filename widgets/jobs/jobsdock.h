#pragma once

#include <QDockWidget>

class QListView;
class QToolButton;
class QLabel;

namespace genlab::services {
class Job;
class JobManager;
class JobListModel;
} // namespace genlab::services

namespace genlab::widgets {

// Lists running and recent jobs with progress, stage, elapsed time; cancel, pause/resume and
// single-step the selected job.
// Thread: GUI only.
class JobsDock : public QDockWidget
{
    Q_OBJECT
public:
    JobsDock(services::JobManager *manager, QWidget *parent = nullptr);

    services::JobListModel *model() const { return m_model; }

private:
    void updateButtons();
    services::Job *selectedJob() const;

    services::JobManager *m_manager;
    services::JobListModel *m_model;
    QListView *m_view;
    QToolButton *m_cancel, *m_pause, *m_step;
    QLabel *m_empty;
};

} // namespace genlab::widgets
