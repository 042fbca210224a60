#pragma once

#include "services/diffusion/diffusionservice.h"

#include <QList>
#include <QPointer>
#include <QWidget>

#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;

namespace genlab::widgets::diffusionlab {

class CompareGrid;
class DenoisingScrubber;

// The Sample page's "Compare" tab: two to four runs that share one seed (and the page's class,
// guidance, sampler and steps where the comparison does not change them), run one after another as
// sample jobs that are never dropped for each other, shown in columns over one scrubber, each with
// its time (the sum of its steps' wall times).
// Thread: GUI only.
class ComparePanel : public QWidget
{
    Q_OBJECT
public:
    enum class Preset { Samplers, Guidance, StepCounts, ManySteps };

    ComparePanel(services::DiffusionService *service, QWidget *parent = nullptr);
    ~ComparePanel() override;

    void setModel(const services::DiffusionModelInfo &info);
    // The page's settings: what every column keeps unless the preset varies it.
    void setBaseSettings(const engine::diffusion::SamplerSettings &settings);

    void setPreset(Preset preset);
    Preset preset() const;
    // The settings of each column of a preset on base settings (2 to 4).
    static std::vector<engine::diffusion::SamplerSettings> columnsOf(Preset preset,
                                                                      const engine::diffusion::SamplerSettings &base,
                                                                      QStringList *titles = nullptr);

    // Starts the comparison (stopping one under way). False with a message when no model is loaded.
    bool run();
    void stop();
    bool isRunning() const;
    // The finished runs, one per column (nullopt: not finished, failed or stopped).
    const std::vector<std::optional<services::DiffusionSampleResult>> &results() const { return m_results; }
    CompareGrid *grid() const { return m_grid; }
    DenoisingScrubber *scrubber() const { return m_scrubber; }
    QString statusText() const;

Q_SIGNALS:
    void finished();                  // every column finished (or the comparison stopped)
    void statusMessage(const QString &message);
    void presetChanged();

private:
    void setStatus(const QString &text, bool error = false);
    void syncButton();

    services::DiffusionService *m_service;
    services::DiffusionModelInfo m_model;
    engine::diffusion::SamplerSettings m_base;
    QComboBox *m_preset;
    QPushButton *m_run;
    QLabel *m_status;
    CompareGrid *m_grid;
    DenoisingScrubber *m_scrubber;
    std::vector<engine::diffusion::SamplerSettings> m_settings; // one per column
    std::vector<std::optional<services::DiffusionSampleResult>> m_results;
    QList<QPointer<services::Job>> m_jobs;
    int m_maxSteps = 0;
    int m_runId = 0;
};

} // namespace genlab::widgets::diffusionlab
