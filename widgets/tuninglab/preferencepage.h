#pragma once

#include "engine/runtime/compute.h"
#include "services/tuning/preferencejobs.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include <optional>
#include <vector>

class QComboBox;
class QCustomPlot;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;

namespace genlab::services {
class Job;
class JobManager;
} // namespace genlab::services

namespace genlab::widgets::tuninglab {

// Preference tuning, the RLHF family. Who judges: a built-in rule standing in for a person
// ("shorter", "no letter e", "ends with a rhyme"), or the user ("You"): a prompt and two answers
// the model wrote, side by side, and the buttons Left is better / Right is better / Skip (keys 1, 2,
// space), with the pairs judged so far counted and a reward model fitted to them after each verdict
// (its accuracy on held-out pairs shown). Then the model is tuned against a frozen copy of itself,
// by DPO or by a KL-penalised policy gradient (PPO-style) with its KL weight (0 lets it hack the
// reward), live: the reward (the rule's and the reward model's), the KL to the reference and the win
// rate against it, as curves, and the same held-out prompts answered before and after.
// Thread: GUI only.
class PreferencePage : public QWidget
{
    Q_OBJECT
public:
    PreferencePage(services::JobManager *jobs, const engine::ResolvedDevice &device, QWidget *parent = nullptr);
    ~PreferencePage() override;

    // The run the form describes (the pairs you judged included when "You" judge).
    services::PreferenceRunRequest runRequest() const;
    void run();
    void stop();
    bool isRunning() const;
    bool hasResult() const { return m_result.has_value(); }
    const services::PreferenceRunOutcome &result() const { return *m_result; }
    // Measurements streamed by the current (or last) run.
    int curvePoints() const { return int(m_points.size()); }

    // "You" judge: the pair shown, the verdict on it (+1 left, -1 right, 0 skip), the pairs judged.
    bool judgedByYou() const;
    bool hasPairToJudge() const;
    void judge(int verdict);
    int judgedPairs() const { return int(m_judged.size()); }
    // Draws new pairs to judge (done on its own when "You" is chosen and none are waiting).
    void requestPairs();

    QJsonObject saveState() const;
    void restoreState(const QJsonObject &state);

Q_SIGNALS:
    void runFinished(bool succeeded);
    void pairsArrived();
    void rewardModelFitted(double heldOutAccuracy);

private:
    void judgeChanged();
    void methodChanged();
    void showNextPair();
    void fitRewardModel();
    void onPartial(const engine::Partial &partial);
    void addPoint(const engine::tuning::PreferencePoint &point, qint64 totalSteps);
    void showSamples(const std::vector<engine::tuning::PreferenceSample> &samples, qint64 step);
    void setRunning(bool running);
    void setStatus(const QString &text, bool error = false);
    void clearCurves();

    services::JobManager *m_jobs;
    services::PreferenceJobs *m_service;

    QLineEdit *m_model = nullptr;
    QComboBox *m_judge = nullptr;
    QComboBox *m_method = nullptr;
    QSpinBox *m_pairs = nullptr;
    QSpinBox *m_steps = nullptr;
    QDoubleSpinBox *m_kl = nullptr;
    QDoubleSpinBox *m_beta = nullptr;
    QSpinBox *m_seed = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_stop = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_rewardModel = nullptr;
    QLabel *m_summary = nullptr;

    // "You" judge
    QWidget *m_youPanel = nullptr;
    QLabel *m_prompt = nullptr;
    QPlainTextEdit *m_left = nullptr;
    QPlainTextEdit *m_right = nullptr;
    QPushButton *m_leftBetter = nullptr;
    QPushButton *m_rightBetter = nullptr;
    QPushButton *m_skip = nullptr;
    QLabel *m_judgedCount = nullptr;

    QCustomPlot *m_rewardPlot = nullptr;
    QCustomPlot *m_klPlot = nullptr;
    QCustomPlot *m_winPlot = nullptr;
    QTableWidget *m_samples = nullptr;
    QLabel *m_samplesTitle = nullptr;

    std::vector<engine::tuning::AnswerPair> m_waiting; // pairs drawn, not judged yet
    std::optional<engine::tuning::AnswerPair> m_current;
    std::vector<engine::tuning::PreferencePair> m_judged;
    int m_skipped = 0;
    quint64 m_pairSeed = 1;
    QPointer<services::Job> m_pairsJob;
    QPointer<services::Job> m_fitJob;
    QPointer<services::Job> m_job;
    std::vector<engine::tuning::PreferencePoint> m_points;
    std::optional<services::PreferenceRunOutcome> m_result;
};

} // namespace genlab::widgets::tuninglab
