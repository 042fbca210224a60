#pragma once
// The base of every lab's training page: the page is its TrainingSession, filling it edge to edge,
// and answers for it what tests, the lab and the Jobs dock ask of a page (its job, whether it runs,
// its status line, its curves, step slider and "use this model" button). The lab adds its form,
// its curves and its start().

#include <QString>
#include <QWidget>

class QPushButton;

namespace genlab::services {
class Job;
}

namespace genlab::widgets {

class StepSlider;
class TrainingMonitor;
class TrainingSession;

// Thread: GUI only.
class TrainingPage : public QWidget
{
    Q_OBJECT
public:
    TrainingSession *session() const { return m_session; }
    services::Job *job() const;
    bool isRunning() const;
    QString statusText() const;
    TrainingMonitor *monitor() const;
    StepSlider *stepSlider() const;
    QPushButton *useButton() const;

protected:
    explicit TrainingPage(QWidget *parent = nullptr);
    ~TrainingPage() override; // the session cancels a live run

    TrainingSession *const m_session;
};

} // namespace genlab::widgets
