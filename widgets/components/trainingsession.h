#pragma once

#include "engine/train/events.h"
#include "engine/train/options.h"
#include "services/job.h"
#include "widgets/components/trainingmonitor.h"

#include <QHash>
#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <map>
#include <optional>

class QAbstractButton;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QSplitter;
class QTabWidget;

namespace genlab::widgets {

class ImageGridView;
class StepSlider;
class TrainingControls;

// The training session every lab's Train tab is built on. The lab gives it its form (left, with
// the control row, "use this model", the status line and the run's log below it) and says which
// scalars go on which axis of the curves; the session attaches to the training job, decodes the
// engine's typed events (engine/train/events.h) itself and shows them:
// - Metrics: points on the curves (TrainingMonitor); metricsReported() for the lab's extra views.
// - ImagePreview: one grid per `what` ("reconstructions", "samples"; a tab each), TextPreview: the
//   sample text. One step slider scrubs every preview by step; a click on the curves picks the
//   nearest recorded step, and the curves' cursor follows the slider.
// - CheckpointWritten / Divergence: "use this model" follows the checkpoints; a diverged run ends
//   with a message naming the loss, the step, a learning rate to try and the checkpoint that is
//   intact. A run started with OnDivergence::Pause (every lab's form) pauses instead: the status
//   says what happened and what Resume (skip that step, continue) and Stop (keep the checkpoint) do.
// - Any other kind (a lab's own event, like the GAN's feature map) goes out unchanged through
//   otherPartial() for the lab's views to decode; shownStepChanged() lets them follow the slider.
// A resumed run retraces the steps after its checkpoint: what the previous run drew there (it
// may have diverged) is trimmed at its first step. A fresh run starts with empty curves.
// Thread: GUI only.
class TrainingSession : public QWidget
{
    Q_OBJECT
public:
    enum class Tone { Normal, Error };

    explicit TrainingSession(QWidget *parent = nullptr);
    ~TrainingSession() override;

    // The lab's settings, shown at the top of the left column (scrolls when short of room).
    void setForm(QWidget *form);
    // The lab's Start button: first in the control row, enabled while no run is live.
    void setStartButton(QAbstractButton *button);
    // Beside the previews (the Latent lab's KL bars), left of them.
    void addSideView(QWidget *view);

    // A scalar of Metrics drawn as a curve: `scalar` (the engine's name) becomes the series of
    // the same id, multiplied by factor (-1 draws "elbo" as −ELBO).
    void addCurve(const QString &scalar, const QString &name, TrainingMonitor::Axis axis = TrainingMonitor::Axis::Left,
                  const QColor &color = {}, double factor = 1.0);
    void setAxisTitles(const QString &x, const QString &left, const QString &right = {});

    // Declares an image preview kind (its tab title, the caption above its grid, what the empty
    // grid says). labels: the text under each tile of a preview; empty: none. Kinds not declared
    // get a tab of their own named by `what` when their first preview arrives.
    using Labeller = std::function<QStringList(const engine::train::ImagePreview &)>;
    ImageGridView *addImagePreview(const QString &what, const QString &title, const QString &caption,
                                   const QString &emptyText, Labeller labels = {});
    // Declares the text preview (TextPreview): its tab title and what it says while empty.
    QPlainTextEdit *addTextPreview(const QString &title, const QString &emptyText);

    // The words of the diverged and stopped messages: how to use the intact model ("use it in the
    // explorer") and how to continue ("tick “Resume” to continue").
    void setAdvice(const QString &useIt, const QString &resumeIt);
    // Progress stages as the running status ("Training: step 12 of 40"); off when the lab writes
    // its own status from metricsReported().
    void setStatusFromProgress(bool on) { m_statusFromProgress = on; }

    // The folder "use this model" hands over and whose checkpoint enables it (the form's output
    // folder, as typed).
    void setModelFolder(const QString &folder);
    QString modelFolder() const { return m_modelFolder; }

    // Follows a training job just submitted with these options (call before returning to the
    // event loop: it has not reported yet). It resumes when options.resume says so and outDir
    // holds a checkpoint; a resumed run of the same folder keeps the curves and previews drawn
    // so far, anything else starts them afresh.
    void attach(services::Job *job, const engine::train::CommonOptions &options);
    services::Job *job() const;
    bool isRunning() const;

    void setStatus(const QString &text, Tone tone = Tone::Normal);
    QString statusText() const;
    // The message of a run that diverged (empty when it has not); while the run waits, paused on
    // that divergence, what Resume and Stop do.
    QString divergedMessage() const;
    // True while the job is paused on a divergence (no step has completed since).
    bool isPausedOnDivergence() const { return m_divergencePaused; }
    qint64 lastCheckpointStep() const { return m_lastCheckpointStep; }

    TrainingMonitor *monitor() const { return m_monitor; }
    StepSlider *stepSlider() const { return m_slider; }
    TrainingControls *controls() const { return m_controls; }
    QPushButton *useButton() const { return m_use; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *logLabel() const { return m_log; }
    QTabWidget *previews() const { return m_previews; }
    ImageGridView *imagePreview(const QString &what) const;
    QPlainTextEdit *textPreview() const { return m_text; }
    // The step whose previews are shown (-1: none recorded).
    qint64 shownStep() const;
    // A step the lab recorded a preview of its own at (from otherPartial): the slider offers it
    // like the session's own previews, and shownStepChanged() follows it.
    void recordStep(qint64 step);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void metricsReported(const genlab::engine::train::Metrics &metrics);
    // A partial of a kind the session does not decode itself, as the job sent it.
    void otherPartial(const genlab::engine::Partial &partial);
    // The step slider moved to step (by hand, a click on the curves, or following a new preview):
    // a lab's own views show their state at or before it, as the session's previews do.
    void shownStepChanged(qint64 step);
    void checkpointWritten(qint64 step, const QString &dir);
    void logLine(qint64 step, const QString &text);
    // A fresh run emptied the views (the lab empties its own).
    void cleared();
    void runningChanged(bool running);
    // After the session wrote its status for the end of the run (the lab may replace it).
    void finished(genlab::services::JobState state, const QString &message);
    void useModel(const QString &folder);

private:
    struct Shot
    {
        std::vector<engine::Image> images;
        QStringList labels;
        int cols = 0;
        QString caption;
        quint64 serial = 0;
    };
    struct AtStep
    {
        QHash<QString, Shot> images; // by what
        std::optional<QString> text;
    };
    struct ImageKind
    {
        QWidget *page = nullptr;
        QLabel *caption = nullptr;
        ImageGridView *grid = nullptr;
        QString captionText;
        Labeller labels;
        quint64 shownSerial = 0;
    };

    void onPartial(const engine::Partial &partial);
    void onFinished(services::JobState state, const QString &message);
    void onStateChanged(services::JobState state);
    void trimFrom(qint64 step);
    void prune();
    void showPreviews();
    ImageKind &imageKind(const QString &what);
    void updateUse();
    void updateRunning();
    void clearViews();
    void fitColumn();

    QSplitter *m_split;
    QScrollArea *m_scroll;
    QWidget *m_left;
    QWidget *m_formSlot;
    TrainingControls *m_controls;
    QPointer<QAbstractButton> m_start;
    QPushButton *m_use;
    QLabel *m_status, *m_log;
    TrainingMonitor *m_monitor;
    QSplitter *m_bottom;
    QTabWidget *m_previews;
    StepSlider *m_slider;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_textTitle = nullptr;
    QWidget *m_textPage = nullptr;
    QString m_textEmpty;
    qint64 m_textShownStep = -2;

    struct Curve
    {
        double factor = 1;
    };
    QHash<QString, Curve> m_curves;
    QHash<QString, ImageKind> m_kinds;
    std::map<qint64, AtStep> m_steps; // previews by step
    quint64 m_nextSerial = 1;
    QStringList m_logLines;

    QPointer<services::Job> m_job;
    QString m_modelFolder;
    QString m_runFolder;     // the folder of the run attached last
    QString m_useIt, m_resumeIt;
    qint64 m_totalSteps = 0;
    double m_learningRate = 0;
    bool m_resuming = false;
    bool m_trimOnFirstStep = false;
    bool m_statusFromProgress = true;
    bool m_wasRunning = false;
    qint64 m_firstStep = -1;
    qint64 m_lastStep = -1;
    qint64 m_lastCheckpointStep = -1;
    std::optional<engine::train::Divergence> m_divergence;
    bool m_divergencePaused = false; // the job waits after m_divergence; cleared by the next step
};

} // namespace genlab::widgets
