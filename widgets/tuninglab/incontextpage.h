#pragma once

#include "engine/runtime/compute.h"
#include "services/tuning/incontextjobs.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QCustomPlot;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace genlab::services {
class Job;
class JobManager;
} // namespace genlab::services

namespace genlab::widgets::textlab {
class AttentionView;
}

namespace genlab::widgets::tuninglab {

// In-context learning, measured. Top, "Few-shot": a task (copy, reverse, the next letter, a lookup
// table, or the user's own "input -> output" lines), k worked examples in the prompt, and the share
// of held-out queries answered exactly as k grows, as a curve that fills point by point, for model
// A (the shipped Shakespeare model by default) and model B side by side (by default the shipped
// lm-incontext, a small model trained on `genlab incontext-corpus` text, which learns from the
// shots where A does not; clear it for A alone); a chosen point shows the
// prompts the model read and its answers, right or wrong. Bottom, "In-context copying": a random
// token sequence shown twice, the loss at every position (high the first time, low on the repeat
// where the model copies), each head's induction score, and the chosen head's attention in the Text
// lab's attention view, where an induction head draws a stripe (length - 1) below the diagonal
// (by default on model B, the model that copies).
// Thread: GUI only.
class InContextPage : public QWidget
{
    Q_OBJECT
public:
    InContextPage(services::JobManager *jobs, const engine::ResolvedDevice &device, QWidget *parent = nullptr);
    ~InContextPage() override;

    // Few-shot: the current form, sent to the job as it is.
    services::FewShotRequest fewShotRequest() const;
    void runFewShot();
    void stopFewShot();
    bool isFewShotBusy() const;
    bool hasFewShotResult() const { return m_fewShot.has_value(); }
    const services::FewShotOutcome &fewShotResult() const { return *m_fewShot; }
    // The points streamed so far (series 0: model A, 1: model B), in order of arrival.
    int curvePoints(int series) const;
    // Shows the prompt and answers of model series' point index (as choosing it in the list does).
    void showPoint(int series, int index);

    // Copying.
    void runCopying();
    bool isCopyingBusy() const;
    bool hasCopyingResult() const { return m_copying.has_value(); }
    const services::CopyingOutcome &copyingResult() const { return *m_copying; }
    // Shows head `row` of the head table (best induction score first) in the attention view.
    void chooseHead(int row);

    QString fewShotMessage() const;
    QString copyingMessage() const;

    QCustomPlot *accuracyPlot() const { return m_accuracyPlot; }
    QCustomPlot *lossPlot() const { return m_lossPlot; }
    QTableWidget *answerTable() const { return m_answers; }
    QTableWidget *headTable() const { return m_heads; }
    QPlainTextEdit *promptView() const { return m_prompt; }
    textlab::AttentionView *attentionView() const { return m_attention; }

    QJsonObject saveState() const;
    void restoreState(const QJsonObject &state);

Q_SIGNALS:
    void pointAdded(int series, int shots); // a point reached the curve (streamed or from the result)
    void fewShotFinished();
    void copyingFinished();
    void settingsChanged();

private:
    struct SeriesPoint
    {
        int series = 0;
        engine::tuning::FewShotPoint point;
    };

    QWidget *buildFewShot();
    QWidget *buildCopying();
    void updateTaskRows();
    void onFewShotPartial(const engine::Partial &partial);
    void addPoint(int series, const engine::tuning::FewShotPoint &point);
    void redrawAccuracy();
    void fillAnswers(const engine::tuning::FewShotPoint &point);
    void onAnswerChosen();
    void showCopying();
    void setFewShotBusy(bool busy);

    services::InContextJobs *m_service;

    // Few-shot form and results.
    QComboBox *m_task;
    QPlainTextEdit *m_examples;
    QLabel *m_examplesLabel, *m_examplesProblem;
    QLineEdit *m_shots;
    QSpinBox *m_queries, *m_seed;
    QLineEdit *m_modelA, *m_modelB;
    QPushButton *m_run, *m_stop;
    QLabel *m_fewShotStatus;
    QCustomPlot *m_accuracyPlot;
    QComboBox *m_point;
    QTableWidget *m_answers;
    QPlainTextEdit *m_prompt;
    QPointer<services::Job> m_fewShotJob;
    std::vector<SeriesPoint> m_points; // streamed, then replaced by the result's
    std::optional<services::FewShotOutcome> m_fewShot;
    std::vector<engine::tuning::FewShotAnswer> m_shownAnswers;

    // Copying form and results.
    QComboBox *m_copyModel;
    QSpinBox *m_length, *m_copySeed;
    QPushButton *m_copyRun;
    QLabel *m_copyStatus, *m_copyFigures;
    QCustomPlot *m_lossPlot;
    QTableWidget *m_heads;
    textlab::AttentionView *m_attention;
    QPointer<services::Job> m_copyJob;
    std::optional<services::CopyingOutcome> m_copying;
    int m_pendingLayer = -1, m_pendingHead = -1;
};

} // namespace genlab::widgets::tuninglab
