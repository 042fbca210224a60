#pragma once

#include "engine/gan/toygan.h"
#include "widgets/shell/labpage.h"

#include <QPointer>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QSplitter;
class QTabWidget;

namespace genlab::services {
class GanService;
class Job;
struct ToyGanUpdate;
} // namespace genlab::services

namespace genlab::widgets {
class TrainingMonitor;
}

namespace genlab::widgets::ganlab {

class GanTrainPanel;
class GeneratorExplorer;
class ToyGanView;

// The GAN lab's 2-D game: a generator (an MLP from noise to the plane) and a discriminator (an MLP
// from the plane to "real or fake") trained against each other on a toy distribution, with every
// view GAN Lab has: D's heat map, real and fake points, G's gradient on each fake point, the
// manifold, and curves of both losses, D's scores, both gradient norms, KL and JS and the mode
// coverage. Play, pause, one D step, one G step, one full step, slow motion; the loss, optimizers,
// learning rates and k D steps per G step apply from the next step; the data and the networks'
// sizes start a new game. Presets reproduce the classic failures with their explanation.
// The model runs on the lab's own lane (GanService); the GUI only draws what comes back.
// Thread: GUI only.
class GanLab : public LabPage
{
    Q_OBJECT
public:
    explicit GanLab(services::GanService *service, QWidget *parent = nullptr);
    ~GanLab() override;

    QString labId() const override { return QStringLiteral("gan"); }
    QString title() const override;
    QString summary() const override;
    QIcon icon() const override;
    bool isReady() const override { return m_ready; }
    void activated() override;

    // Data set, networks, game settings, seed, preset, view layers. Restoring starts a new game.
    QJsonObject saveState() const override;
    void restoreState(const QJsonObject &state) override;
    // A sample grid's or a path's recipe opens the Explore page with its settings.
    bool openRecipe(const QString &path) override;

    engine::gan::ToyConfig config() const;
    engine::gan::ToySettings settings() const;
    quint64 seed() const;

    void reset();                                  // a new game with the form's config, settings and seed
    void play();
    void pause();
    bool isPlaying() const { return m_playing; }
    void stepOnce(engine::gan::StepKind kind);     // one D, G or full step (pauses a playing game)
    bool applyPreset(const QString &id);           // false for an unknown id
    // A new game on the points drawn on the plane; fewer than kMinUserPoints: a message, and the
    // game that runs goes on. False then.
    bool useDrawnPoints();
    qint64 stepCount() const { return m_step; }
    QString statusText() const;

    // The lab's pages: "2-D game" first.
    QTabWidget *tabs() const { return m_tabs; }
    GanTrainPanel *trainPanel() const { return m_trainPanel; } // "Train images", the second page
    ToyGanView *view() const { return m_view; }
    GeneratorExplorer *explorer() const { return m_explorer; }
    TrainingMonitor *lossCurves() const { return m_losses; }
    TrainingMonitor *gradientCurves() const { return m_gradients; }
    QLabel *explanation() const { return m_explanation; }
    QLabel *coverageLabel() const { return m_coverage; }

Q_SIGNALS:
    void updated(); // a step or snapshot was drawn

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildForm(QWidget *host);
    void requestNext();
    void submitStep(engine::gan::StepKind kind, int maxSteps, double budgetMs);
    void onUpdate(const services::ToyGanUpdate &update);
    void onFailed(const QString &message);
    void setConfigForm(const engine::gan::ToyConfig &config, const engine::gan::ToySettings &settings, quint64 seed);
    void updateButtons();
    void setStatus(const QString &text, bool error = false);
    engine::gan::ViewRequest viewRequest() const;

    services::GanService *m_service;
    QTabWidget *m_tabs;
    GanTrainPanel *m_trainPanel = nullptr;
    QSplitter *m_splitter;
    bool m_sized = false; // the columns were shared out at the lab's first real size
    ToyGanView *m_view;
    GeneratorExplorer *m_explorer = nullptr;
    TrainingMonitor *m_losses, *m_gradients;
    QComboBox *m_preset, *m_data, *m_noise, *m_gAct, *m_dAct, *m_loss, *m_gOpt, *m_dOpt;
    QSpinBox *m_noiseDim, *m_gLayers, *m_gWidth, *m_dLayers, *m_dWidth, *m_k, *m_batch, *m_seed;
    QDoubleSpinBox *m_gLr, *m_dLr, *m_penalty;
    QCheckBox *m_slow;
    QList<QCheckBox *> m_layerBoxes;
    QPushButton *m_reset, *m_play, *m_dStep, *m_gStep, *m_fullStep;
    QPushButton *m_draw, *m_clearDrawn, *m_useDrawn;
    std::vector<float> m_appliedPoints; // the drawn points the game plays on (x, y pairs)
    engine::data::ToyKind m_gameData = engine::data::ToyKind::Ring; // the data of the game that runs
    QLabel *m_explanation, *m_coverage, *m_status;
    QPointer<services::Job> m_job;
    quint64 m_generation = 0;
    qint64 m_step = 0;
    bool m_playing = false;
    bool m_ready = false;
    bool m_loadingPreset = false;
    double m_stepsPerSecond = 0;
};

} // namespace genlab::widgets::ganlab
