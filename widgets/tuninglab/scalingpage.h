#pragma once
// Pretraining and scale: GPTs of several widths trained on one corpus (the same tokens each, or the
// same compute each), queued as training jobs, one per size; a status line per size; the final
// held-out loss against parameters and against compute on log-log axes, the power law
// loss ~ a * N^e fitted through the finished sizes with its exponent, and what it predicts for the
// next size up.
// Thread: GUI only.

#include "engine/runtime/compute.h"
#include "services/tuning/scalingjobs.h"

#include <QJsonObject>
#include <QWidget>

#include <memory>
#include <vector>

class QComboBox;
class QCustomPlot;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace genlab::engine {
struct Partial;
}

namespace genlab::services {
class JobManager;
}

namespace genlab::widgets::tuninglab {

class ScalingPage : public QWidget
{
    Q_OBJECT
public:
    ScalingPage(services::JobManager *jobs, const engine::ResolvedDevice &device, QWidget *parent = nullptr);
    ~ScalingPage() override;

    // The form (corpus, sizes, mode, tokens, budget, layers, seed).
    QJsonObject saveState() const;
    void restoreState(const QJsonObject &state);

    // Queues one job per size with the form's values (the Run button); false when the form has a
    // problem (shown in the status line).
    bool run();
    bool isRunning() const;
    // The last completed experiment (empty runs before any).
    const services::ScalingOutcome &outcome() const { return m_outcome; }

private:
    void stop();
    void onRunStarted(int index);
    void onRunFinished(int index, const services::ScalingRunOutcome &outcome);
    void onFinished(const services::ScalingOutcome &outcome);
    void onFailed(const QString &message);
    void onPartial(int index, const engine::Partial &partial);
    void updateButtons();
    void updateModeRows();
    void clearPlots();
    void drawFit(const engine::tuning::ScalingResult &result);
    services::ScalingRequest request(QString *problem) const;

    std::unique_ptr<services::ScalingJobs> m_service;
    std::vector<engine::tuning::ScalingPlan> m_plans;
    services::ScalingOutcome m_outcome;

    QLineEdit *m_data = nullptr;
    QLineEdit *m_sizes = nullptr;
    QComboBox *m_mode = nullptr;
    QSpinBox *m_tokens = nullptr;
    QLineEdit *m_budget = nullptr;
    QSpinBox *m_layers = nullptr;
    QSpinBox *m_seed = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_stopButton = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_exponent = nullptr;
    QListWidget *m_runs = nullptr;
    QCustomPlot *m_byParameters = nullptr;
    QCustomPlot *m_byCompute = nullptr;
};

} // namespace genlab::widgets::tuninglab
