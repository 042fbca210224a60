#pragma once
// Knowledge distillation: a teacher language model (the shipped one, or a folder) and two students of
// one size from one seed trained on the same batches of a corpus, one on the teacher's softened
// distributions (temperature T, weight alpha) and one on the data alone. Both students' held-out
// losses on one plot as they train; then one table of perplexity, agreement with the teacher,
// parameters, size and tokens/s of the teacher and both students.
// Thread: GUI only.

#include "engine/runtime/compute.h"
#include "services/tuning/distilljobs.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include <memory>

class QCustomPlot;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace genlab::engine {
struct Partial;
}

namespace genlab::services {
class Job;
class JobManager;
enum class JobState;
} // namespace genlab::services

namespace genlab::widgets::tuninglab {

class DistillPage : public QWidget
{
    Q_OBJECT
public:
    DistillPage(services::JobManager *jobs, const engine::ResolvedDevice &device, QWidget *parent = nullptr);
    ~DistillPage() override;

    // The form (teacher, corpus, student layers and width, T, alpha, steps, seed).
    QJsonObject saveState() const;
    void restoreState(const QJsonObject &state);

    // Starts a run with the form's values (the Run button); the job, or null when the form has a
    // problem (shown in the status line).
    services::Job *run();
    services::Job *currentJob() const { return m_job; }
    const services::DistillOutcome &outcome() const { return m_outcome; }

private:
    void stop();
    void onPartial(const engine::Partial &partial);
    void onFinished(services::JobState state, const QString &message);
    void updateButtons();
    void clearResults();
    void fillTable(const engine::tuning::DistillResult &result);
    services::DistillRequest request() const;

    std::unique_ptr<services::DistillJobs> m_service;
    QPointer<services::Job> m_job;
    services::DistillOutcome m_outcome;

    QLineEdit *m_teacher = nullptr;
    QLineEdit *m_data = nullptr;
    QSpinBox *m_layers = nullptr;
    QSpinBox *m_width = nullptr;
    QDoubleSpinBox *m_temperature = nullptr;
    QDoubleSpinBox *m_alpha = nullptr;
    QSpinBox *m_steps = nullptr;
    QSpinBox *m_seed = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_stopButton = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_verdict = nullptr;
    QCustomPlot *m_plot = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace genlab::widgets::tuninglab
