#pragma once

#include <QDockWidget>

class QListView;
class QLabel;

namespace genlab::services {
class Job;
class JobManager;
class JobListModel;
} // namespace genlab::services

namespace genlab::widgets {

class TrainingControls;

// Lists running and recent jobs with progress, stage, elapsed time; cancel, pause/resume and
// single-step the selected job with the same control row the training panels use.
// Thread: GUI only.
class JobsDock : public QDockWidget
{
    Q_OBJECT
public:
    JobsDock(services::JobManager *manager, QWidget *parent = nullptr);

    services::JobListModel *model() const { return m_model; }
    TrainingControls *controls() const { return m_controls; }

protected:
    void changeEvent(QEvent *event) override; // LanguageChange: title and empty note

private:
    void updateButtons();
    services::Job *selectedJob() const;

    services::JobManager *m_manager;
    services::JobListModel *m_model;
    QListView *m_view;
    TrainingControls *m_controls;
    QLabel *m_empty;
};

} // namespace genlab::widgets
