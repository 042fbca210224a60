#pragma once

#include "services/diffusion/toydiffusionservice.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include <map>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QSplitter;

namespace genlab::services {
class Job;
}

namespace genlab::widgets {
class TrainingMonitor;
namespace form {
class CommonFields;
}
} // namespace genlab::widgets

namespace genlab::widgets::diffusionlab {

class DenoisingScrubber;
class ToyPlaneView;

// The Diffusion lab's "Toy 2-D" page: diffusion on the GAN lab's toys, small enough to watch. The
// toy (ring, grid, two moons, spiral), the noise schedule and T on the left (a change starts a new
// model); Train / Pause trains it in seconds, chunk by chunk, with its loss and held-out loss on
// the right; Sample runs a sampler (DDPM, DDIM, DPM-Solver++) on up to 4,000 points with every step
// kept. In the middle the plane: the data faint, the points of the step the slider is at, and the
// learned noise prediction at that step's t as arrows; Play moves the slider at a chosen speed so
// the points flow from noise to the data. Fields are cached by t (a whole run's are fetched once it
// is sampled), so scrubbing never waits; a t not cached yet shows the nearest one until it arrives.
// When a training run ends the page samples and plays at once. The first activation creates the
// default toy and trains it, so the page shows diffusion working without a click.
// Thread: GUI only.
class ToyDiffusionPage : public QWidget
{
    Q_OBJECT
public:
    explicit ToyDiffusionPage(services::ToyDiffusionService *service, QWidget *parent = nullptr);
    ~ToyDiffusionPage() override;

    // First call: a new default toy, trained for the default steps, then sampled and played.
    void activated();
    // The settings (toy, schedule, T, seed, training, sampler, playback, layers); never results.
    QJsonObject saveState() const;
    // Missing keys keep the current setting, wrong types are ignored, numbers are clamped. A toy,
    // schedule, T or seed other than the model's starts a new model (as changing them by hand does).
    void restoreState(const QJsonObject &state);

    void reset();         // a new model from the form's settings (training goes on if it was on)
    void startTraining(); // trains towards the run's steps, chunk by chunk
    void pauseTraining();
    void sample(); // samples with the form's settings

    bool isTraining() const { return m_training; }
    bool hasModel() const { return m_info.generation > 0; }
    qint64 modelStep() const { return m_modelStep; }
    bool isSampling() const { return bool(m_sampleJob); }
    bool hasRun() const { return bool(m_run); }
    const services::ToySampleResult &run() const { return *m_run; }
    int shownStep() const;
    int shownT() const; // the t whose field is shown (or asked for)
    int cachedFieldCount() const { return int(m_fields.size()); }
    ToyPlaneView *view() const { return m_view; }
    DenoisingScrubber *scrubber() const { return m_scrubber; }
    TrainingMonitor *monitor() const { return m_monitor; }
    QString statusText() const;

Q_SIGNALS:
    void stateChanged(); // a saved setting changed
    void trainingUpdated(qint64 step);
    void sampled(); // a sampling run arrived
    void statusMessage(const QString &message);

private:
    QWidget *buildForm(QWidget *parent);
    engine::diffusion::ToyDiffusionConfig config() const;
    quint64 seed() const;
    engine::diffusion::SamplerSettings samplerSettings() const;
    void configChanged();
    void submitChunk();
    void onReset(const services::ToyDiffusionInfo &info);
    void onTrainUpdate(const services::ToyTrainUpdate &update);
    void onSample(std::shared_ptr<const services::ToySampleResult> result);
    bool onFields(const services::ToyFieldResult &result); // false: stale, dropped
    void showStep(int step);
    void showField(int t);
    void prefetchFields();
    void cancelJobs();
    void setStatus(const QString &text, bool error = false);
    void updateButtons();
    void updateSamplerFields();

    services::ToyDiffusionService *m_service;
    services::ToyDiffusionInfo m_info;
    qint64 m_modelStep = 0;
    qint64 m_runStart = 0; // where the training run began; it ends runStart + the Steps field
                           // (its lr schedule with it)
    bool m_training = false;
    bool m_trainAfterReset = false;
    bool m_activated = false;
    int m_chunkSteps = 25;
    double m_stepsPerSecond = 0;
    double m_lastLoss = -1, m_lastHeldOut = -1;
    std::shared_ptr<const services::ToySampleResult> m_run;
    // Fields of the current model by t; cleared whenever the model changes.
    std::map<int, engine::diffusion::ToyField> m_fields;
    int m_wantedT = -1;
    int m_fieldJobT = -1;

    QPointer<services::Job> m_resetJob, m_trainJob, m_sampleJob, m_fieldJob, m_prefetchJob;

    QSplitter *m_splitter = nullptr;
    QComboBox *m_toy = nullptr, *m_schedule = nullptr, *m_sampler = nullptr;
    QSpinBox *m_timesteps = nullptr, *m_seed = nullptr;
    std::unique_ptr<form::CommonFields> m_common; // steps per run, batch, learning rate
    QDoubleSpinBox *m_eta = nullptr;
    QSpinBox *m_sampleSteps = nullptr, *m_points = nullptr, *m_sampleSeed = nullptr;
    QPushButton *m_reset = nullptr, *m_train = nullptr, *m_sample = nullptr;
    QCheckBox *m_showData = nullptr, *m_showSamples = nullptr, *m_showField = nullptr, *m_showPaths = nullptr;
    QLabel *m_status = nullptr, *m_stepLabel = nullptr;
    ToyPlaneView *m_view = nullptr;
    DenoisingScrubber *m_scrubber = nullptr;
    TrainingMonitor *m_monitor = nullptr;
};

} // namespace genlab::widgets::diffusionlab
