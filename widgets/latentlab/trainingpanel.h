#pragma once

#include "services/latentservice.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace genlab::services {
class Job;
}

namespace genlab::widgets {

class ImageGridView;
class KlBarsPlot;
class StepSlider;
class TrainingMonitor;

// Trains a VAE or an autoencoder on any image data set (the user's folder too) as a pausable job
// on the training lane: live curves (reconstruction, KL, ELBO, beta) in the training monitor, KL
// per dimension as bars, a reconstruction grid (inputs above, outputs below) recorded every N
// steps that follows the step slider (scrub back through training, or click the curves), checkpoints
// and resume. A run whose loss becomes NaN/Inf keeps its curves and last checkpoint and says what to
// try. The trained model can be handed to the explorer.
// Thread: GUI only.
class TrainingPanel : public QWidget
{
    Q_OBJECT
public:
    TrainingPanel(services::LatentService *service, QWidget *parent = nullptr);
    ~TrainingPanel() override;

    services::LatentTrainRequest request() const;
    void setRequest(const services::LatentTrainRequest &request);
    // "folder:<path>" selects (and adds) a folder entry.
    void setDataset(const QString &id);
    bool start();
    services::Job *job() const;
    bool isRunning() const;
    QString statusText() const;
    TrainingMonitor *monitor() const { return m_monitor; }
    KlBarsPlot *klBars() const { return m_klBars; }
    ImageGridView *reconstructions() const { return m_grid; }
    StepSlider *stepSlider() const { return m_stepSlider; }
    QPushButton *useButton() const { return m_use; }

Q_SIGNALS:
    void useModel(const QString &checkpointDir);
    void finished(bool succeeded);

private:
    void chooseFolder();
    void chooseOutput();
    void onPartial(const engine::Partial &partial);
    void updateButtons();
    void setStatus(const QString &text, bool error = false);
    QString divergedMessage() const;

    services::LatentService *m_service;
    QComboBox *m_dataset;
    QComboBox *m_kind, *m_likelihood;
    QSpinBox *m_latent, *m_imageSize, *m_warmup, *m_steps, *m_batch, *m_seed, *m_checkpointEvery, *m_previewEvery;
    QCheckBox *m_colour, *m_resume;
    QDoubleSpinBox *m_beta, *m_lr;
    QLineEdit *m_output;
    QPushButton *m_start, *m_pause, *m_step, *m_cancel, *m_use;
    QLabel *m_status;
    TrainingMonitor *m_monitor;
    KlBarsPlot *m_klBars;
    ImageGridView *m_grid;
    StepSlider *m_stepSlider;
    QPointer<services::Job> m_job;
    qint64 m_lastKlStep = -1000000;
    qint64 m_lastCheckpointStep = -1;
    qint64 m_totalSteps = 0;
    qint64 m_firstStep = -1;    // the first step this run reported (a resumed run starts past its checkpoint)
    qint64 m_divergedStep = -1; // where a loss became NaN/Inf, -1 while it has not
    QString m_divergedWhat;     // the engine's words for it
    bool m_resuming = false;
    double m_learningRate = 0; // this run's
    bool m_trimOnFirstStep = false; // a resumed run retraces the steps after its checkpoint
    bool m_isVae = true;
    QString m_defaultOutput; // the folder we proposed (replaced by a fresh one when a run took it)
};

} // namespace genlab::widgets
