#pragma once
// Instruction tuning: a language model (the shipped one, or a folder) fine-tuned on (instruction,
// response) pairs, the built-in procedural set or the user's JSONL, with the loss only on the
// response tokens (shown as a mask on one example: the prompt greyed, the response highlighted);
// the loss curves live; the same held-out instructions answered before and after, side by side,
// and the exact-match accuracy before -> after. The tuned model can be saved as a model folder.
// Thread: GUI only.

#include "engine/runtime/compute.h"
#include "services/tuning/sftjobs.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include <memory>

class QComboBox;
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

namespace genlab::widgets::textlab {
class TokenView;
}

namespace genlab::widgets::tuninglab {

class InstructPage : public QWidget
{
    Q_OBJECT
public:
    InstructPage(services::JobManager *jobs, const engine::ResolvedDevice &device, QWidget *parent = nullptr);
    ~InstructPage() override;

    // The form (model, data, steps, batch, learning rate, seed, held-out count).
    QJsonObject saveState() const;
    void restoreState(const QJsonObject &state);

    // Starts a run with the form's values (what the Run button does); the job, or null when the
    // form has a problem (shown in the status line).
    services::Job *run();
    services::Job *currentJob() const { return m_job; }
    // The last finished run's outcome (a default one before any).
    const services::SftOutcome &outcome() const { return m_outcome; }

private:
    void stop();
    void saveModel();
    void onPartial(const engine::Partial &partial);
    void onFinished(services::JobState state, const QString &message);
    void updateDataRow();
    void updateButtons();
    void clearResults();
    void fillTable(const services::SftOutcome &outcome);
    void setAnswers(const QString &phase, const std::vector<std::string> &answers);
    void showExample(const std::vector<engine::tuning::MaskedToken> &tokens);
    services::SftRequest request() const;

    services::JobManager *m_jobs;
    engine::ResolvedDevice m_device;
    QPointer<services::Job> m_job;
    QPointer<services::Job> m_saveJob;
    services::SftOutcome m_outcome;
    std::vector<std::string> m_expected; // the held-out answers of the split being run

    QLineEdit *m_model = nullptr;
    QComboBox *m_dataKind = nullptr;
    QLineEdit *m_dataFile = nullptr;
    QSpinBox *m_steps = nullptr;
    QSpinBox *m_batch = nullptr;
    QDoubleSpinBox *m_learningRate = nullptr;
    QSpinBox *m_seed = nullptr;
    QSpinBox *m_heldOut = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_stopButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_accuracy = nullptr;
    QCustomPlot *m_plot = nullptr;
    textlab::TokenView *m_example = nullptr;
    QLabel *m_exampleCaption = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace genlab::widgets::tuninglab
