#pragma once

#include <QPointer>
#include <QWidget>

class QHBoxLayout;
class QToolButton;

namespace genlab::services {
class Job;
}

namespace genlab::widgets {

// The one control row for a running job: Pause/Resume, Step (one more step while paused) and
// Stop. Every training panel (through its TrainingSession) and the Jobs dock use it, so the
// buttons say and do the same everywhere. It follows the job it is given: Stop while the job is
// live, Pause while a pausable job runs (Resume while paused), Step while paused. A lab's own
// buttons (its Train button) go first in the row through addLeading().
// Thread: GUI only.
class TrainingControls : public QWidget
{
    Q_OBJECT
public:
    // Panel: wide text buttons in a form; Dock: compact tool buttons over a list.
    enum class Look { Panel, Dock };

    explicit TrainingControls(Look look = Look::Panel, QWidget *parent = nullptr);

    // The job the buttons act on; nullptr: none (all disabled).
    void setJob(services::Job *job);
    services::Job *job() const;

    // A button of the lab's (Train) placed before Pause, sized like the others.
    void addLeading(QWidget *widget);

    QToolButton *pauseButton() const { return m_pause; }
    QToolButton *stepButton() const { return m_step; }
    QToolButton *stopButton() const { return m_stop; }

    // Re-reads the job's state (also done on each of its state changes).
    void refresh();

Q_SIGNALS:
    // After the buttons followed a state change of the job (or a click on them).
    void refreshed();

private:
    Look m_look;
    QHBoxLayout *m_row;
    QToolButton *m_pause, *m_step, *m_stop;
    QPointer<services::Job> m_job;
};

} // namespace genlab::widgets
