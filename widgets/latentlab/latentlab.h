#pragma once

#include "services/recipe.h"
#include "widgets/shell/labpage.h"

#include <QJsonObject>
#include <QPointer>
#include <QString>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTimer;

namespace genlab::services {
class Job;
class LatentService;
} // namespace genlab::services

namespace genlab::widgets {

class ArithmeticPanel;
class ModelGate;
class ExplorerState;
class InterpolationPanel;
class LatentMapPanel;
class PreviewPanel;
class SamplePanel;
class SlidersPanel;
class TrainingPanel;

// The latent lab: explore a VAE's latent space (map, current point, per-dimension sliders, prior
// samples, interpolation, attribute arithmetic) and train VAEs and autoencoders. It loads the
// shipped 16-D digits model (without blocking) when first shown, or at once outside the studio,
// and is ready when the first samples and the map are drawn. Every model computation runs through LatentService.
// Thread: GUI only.
class LatentLab : public LabPage
{
    Q_OBJECT
public:
    // startModel: the model loaded at once (a shipped name or a folder); empty: the shipped 16-D one.
    explicit LatentLab(services::LatentService *service, const QString &startModel = {}, QWidget *parent = nullptr);
    ~LatentLab() override;

    QString labId() const override { return QStringLiteral("latent"); }
    QString title() const override;
    QString summary() const override;
    QIcon icon() const override;
    bool isReady() const override { return m_ready; }
    // The first call loads the start model (the constructor does, unless built under
    // DeferredLoading).
    void activated() override;

    void loadModel(const QString &nameOrPath);
    // Restores the settings that made an output (a PNG with its recipe, a GIF/MP4 with its
    // sidecar, or a .recipe.json) and regenerates it. False (with messageText() saying why) for
    // anything that is not a latent-lab recipe.
    bool openRecipe(const QString &path) override;
    // The model (shipped name or folder), the current point, the sample and interpolation
    // settings, the attribute classes and the tabs. Restoring another model loads it first (off
    // the GUI thread) and applies the rest once it is in.
    QJsonObject saveState() const override;
    void restoreState(const QJsonObject &state) override;

    enum class Tab { Sliders, Samples, Interpolation, Arithmetic };
    void showTab(Tab tab);
    void showTraining();

    ExplorerState *state() const { return m_state; }
    LatentMapPanel *mapPanel() const { return m_map; }
    PreviewPanel *previewPanel() const { return m_preview; }
    SlidersPanel *slidersPanel() const { return m_sliders; }
    SamplePanel *samplePanel() const { return m_samples; }
    InterpolationPanel *interpolationPanel() const { return m_interpolation; }
    ArithmeticPanel *arithmeticPanel() const { return m_arithmetic; }
    TrainingPanel *trainingPanel() const { return m_training; }
    QString messageText() const;

private:
    void setMessage(const QString &text, bool error = false);
    void checkReady();
    void onModelChanged();
    void buildMap();
    void syncModelCombo();
    void applyRecipe(const services::Recipe &recipe);
    void applyState(const QJsonObject &state); // everything but the model, to the model loaded
    QString modelKey() const;                  // the model shown or being loaded ("" when none)
    QString loadedKey() const;                 // the model shown ("" when none)
    static QString keyFor(const QString &nameOrPath);

    services::LatentService *m_service;
    ExplorerState *m_state;
    QComboBox *m_modelCombo;
    QLabel *m_modelInfo;
    QPushButton *m_openRecipe;
    QLabel *m_message;
    QTimer *m_messageTimer;
    bool m_messageError = false;
    QTabWidget *m_top;
    QTabWidget *m_tools;
    LatentMapPanel *m_map;
    PreviewPanel *m_preview;
    SlidersPanel *m_sliders;
    SamplePanel *m_samples;
    InterpolationPanel *m_interpolation;
    ArithmeticPanel *m_arithmetic;
    TrainingPanel *m_training;
    bool m_ready = false;
    bool m_started = false; // activated() has loaded (or tried) the start model
    QString m_startModel;
    bool m_mapShown = false;
    bool m_samplesShown = false;
    ModelGate *m_recipeGate; // a recipe applied once its model is loaded
    QString m_loadingModel;
    QPointer<services::Job> m_modelJob;       // the latest load
    std::optional<QJsonObject> m_pendingState; // a project's state, applied once its model is in
    int m_pendingClassA = -1, m_pendingClassB = -1; // applied once the map's classes are in
};

} // namespace genlab::widgets
