#pragma once

#include "services/diffusion/diffusionservice.h"
#include "widgets/diffusionlab/stepframes.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include <optional>
#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QSplitter;
class QTabWidget;
class QTimer;

namespace genlab::widgets::diffusionlab {

class BranchStrip;
class ComparePanel;
class DenoisingScrubber;
class DenoisingView;
class ScheduleStrip;
class SeedTravelPanel;
class TrajectoryPlot;

// The Diffusion lab's "Sample" page: the reverse process with every step kept. The sampler's
// settings on the left (DDPM, DDIM with η, DPM-Solver++ 2M; steps, seed, class, guidance) and
// Sample; in the middle every step's x_t and x̂_0 as they stream in, a scrubber over the steps with
// Play, and the schedule's σ_t under it; the run's 2-D trajectory on the right. Below: branches
// (from the step shown, with another sampler, guidance, seed or class, the steps before it shared
// and not recomputed), a comparison of 2-4 runs of one seed over one scrubber, and seed travel.
// The model is loaded by the lab and handed over with setModel(); every model pass runs in the
// diffusion service's jobs, the page only shows what comes back.
// Thread: GUI only.
class SamplingPage : public QWidget
{
    Q_OBJECT
public:
    // One run of the page: the sample, or a branch of an earlier run.
    struct Run
    {
        engine::diffusion::SamplerSettings settings;
        int parent = -1;     // the run it branched from (-1: the sample itself)
        int branchedAt = -1; // the parent's step it shares (steps 0..branchedAt are the parent's)
        StepFrames frames;
        std::optional<services::DiffusionSampleResult> result; // once finished
        QPointer<services::Job> job;                           // while it runs
        QString failure;                                       // why it failed or stopped
        quint64 serial = 0;                                    // identifies it to its job's signals
        bool running() const { return bool(job); }
    };

    explicit SamplingPage(services::DiffusionService *service, QWidget *parent = nullptr);
    ~SamplingPage() override;

    // A model was loaded: the controls take its classes and T, and a first sample starts (a
    // recipe opened before the model came is run instead).
    void setModel(const services::DiffusionModelInfo &info);
    bool hasModel() const { return m_model.generation > 0; }
    const services::DiffusionModelInfo &model() const { return m_model; }

    QJsonObject saveState() const;
    void restoreState(const QJsonObject &state);
    // A "diffusion" recipe of a sample (a branch's carries its parent and step too) or of a seed
    // travel: its settings, then the run. False for anything else.
    bool openRecipe(const services::Recipe &recipe);

    // The settings of the controls (count 1).
    engine::diffusion::SamplerSettings settings() const;
    void setSettings(const engine::diffusion::SamplerSettings &settings);
    // Samples with the controls' settings (a run under way is stopped first); nullptr with a
    // message when there is no model.
    services::Job *sample();
    void stop(); // every run under way
    bool isSampling() const;
    bool isBusy() const; // sampling, branching, comparing, travelling or exporting

    // A branch of the run shown from its step k with new settings (steps: the parent's). nullptr
    // with a message when the run is not finished or k is not one of its steps 0..S-1.
    services::Job *branchFrom(int k, const engine::diffusion::SamplerSettings &settings);
    // The branch form's settings (defaults: the run shown's).
    engine::diffusion::SamplerSettings branchSettings() const;
    void setBranchSettings(const engine::diffusion::SamplerSettings &settings);

    int runCount() const { return int(m_runs.size()); }
    const Run &run(int index) const { return m_runs.at(std::size_t(index)); }
    int shownRun() const { return m_shown; }
    void showRun(int index);
    int shownStep() const;
    void setShownStep(int step);

    // The steps of the run shown as GIF / MP4 / PNG strip (by the suffix) with its recipe.
    services::Job *exportStepsTo(const QString &path);
    // The recipe exportStepsTo writes for a run (format: "gif", "mp4", "png").
    services::Recipe recipeOf(int run, const QString &format) const;

    DenoisingView *denoisingView() const { return m_view; }
    DenoisingScrubber *scrubber() const { return m_scrubber; }
    ScheduleStrip *scheduleStrip() const { return m_schedule; }
    TrajectoryPlot *trajectoryPlot() const { return m_trajectory; }
    BranchStrip *branchStrip() const { return m_branches; }
    ComparePanel *comparePanel() const { return m_compare; }
    SeedTravelPanel *seedTravelPanel() const { return m_travel; }
    QTabWidget *sectionTabs() const { return m_tabs; }
    QString statusText() const;

Q_SIGNALS:
    void runFinished(int run);          // a sample or a branch ended (succeeded, failed or stopped)
    void exported(const QString &path, bool ok, const QString &message);
    void statusMessage(const QString &message);
    void stateChanged();                // a setting saveState() reports changed
    void firstSampleShown();            // the opening sample finished: the lab is ready

private:
    void buildControls(QWidget *column);
    QWidget *buildBranchTab();
    void fillClassCombos();
    void syncControls();
    void syncBranchButton();
    int sectionHeight(int tab) const; // the bottom section's height for a tab
    void followRun(int index, services::Job *job);
    void onStep(int index, const services::DenoisingStepEvent &event);
    void onStepShown(int step);
    void updateCursors();
    void updateCard(int index);
    void rebuildCards();
    void updateBranchLabel();
    void setStatus(const QString &text, bool error = false);
    void chooseExportFile();
    void settingsEdited();
    std::vector<int> timestepsOf(const Run &run) const;
    int indexOf(quint64 serial) const;
    void runNextPendingBranch();
    QString describeRun(int index) const;

    services::DiffusionService *m_service;
    services::DiffusionModelInfo m_model;

    // Controls.
    QComboBox *m_sampler, *m_class, *m_exportFormat;
    QSpinBox *m_steps, *m_seed;
    QDoubleSpinBox *m_eta, *m_guidance;
    QPushButton *m_newSeed, *m_sample, *m_export;
    QLabel *m_status;
    // Views.
    QSplitter *m_split;
    DenoisingView *m_view;
    DenoisingScrubber *m_scrubber;
    ScheduleStrip *m_schedule;
    TrajectoryPlot *m_trajectory;
    QTabWidget *m_tabs;
    // Branches.
    QComboBox *m_branchSampler, *m_branchClass;
    QDoubleSpinBox *m_branchEta, *m_branchGuidance;
    QSpinBox *m_branchSeed;
    QPushButton *m_branchButton;
    QLabel *m_branchFrom;
    BranchStrip *m_branches;
    QScrollArea *m_branchScroll;
    ComparePanel *m_compare;
    SeedTravelPanel *m_travel;

    std::vector<Run> m_runs;
    int m_shown = -1;
    bool m_follow = true;     // the scrubber follows the newest step of the run shown
    QTimer *m_cursorTimer;    // moves the plots' cursors at most once a frame
    QPointer<services::Job> m_exportJob;
    bool m_quiet = false;     // setting controls from code
    bool m_sampleShowsStop = false;
    bool m_classChosen = false; // the class was set by a person, a state or a recipe (else 7 on load)
    bool m_firstShown = false;
    int m_pendingClass = -2;  // a restored class the model (not loaded yet) will have; -2: none
    quint64 m_nextSerial = 1;
    // A recipe opened before the model came; the branches of a branch recipe, made one after
    // another once the run they branch from has finished.
    std::optional<services::Recipe> m_pendingRecipe;
    std::vector<std::pair<int, engine::diffusion::SamplerSettings>> m_pendingBranches;
};

} // namespace genlab::widgets::diffusionlab
