#pragma once

#include "services/diffusion/diffusionservice.h"
#include "widgets/shell/labpage.h"

#include <QJsonObject>
#include <QPointer>

#include <optional>

class QLabel;
class QPushButton;
class QTabWidget;

namespace genlab::services {
class Job;
}

namespace genlab::widgets {
class ModelGate;
}

namespace genlab::widgets::diffusionlab {

class DiffusionTrainPanel;
class ForwardView;
class GanVsDiffusionPage;
class SamplingPage;
class ToyDiffusionPage;

// The Diffusion lab: how noise turns into an image, step by step. Four pages: the forward process
// on one image (ForwardView), training a UNet on the shared training session (DiffusionTrainPanel),
// sampling with every step kept, scrubbed and branched (SamplingPage), and the shipped GAN against
// the diffusion model (GanVsDiffusionPage). The model line above them shows the model the lab
// works with: the shipped one, loaded when the lab is first shown (not before: the studio opens
// on another lab), or a checkpoint folder ("Load…", or "Use this model" after training). A failed
// load names the folder and keeps the model there was. Every model pass runs in DiffusionService's
// jobs; the GUI only shows what comes back.
// Thread: GUI only.
class DiffusionLab : public LabPage
{
    Q_OBJECT
public:
    explicit DiffusionLab(services::DiffusionService *service, QWidget *parent = nullptr);
    ~DiffusionLab() override;

    QString labId() const override { return QStringLiteral("diffusion"); }
    QString title() const override;
    QString summary() const override;
    QIcon icon() const override;
    // The model load has ended (loaded, or failed with its message shown) and the forward process
    // page shows its first image.
    bool isReady() const override { return m_ready; }
    void activated() override;

    // The model, the page shown and every page's settings; the Sample page's wait for the model.
    QJsonObject saveState() const override;
    void restoreState(const QJsonObject &state) override;
    // A "diffusion" recipe: action "train" sets up the Train page, any other (a sample, a branch,
    // a seed travel) goes to the Sample page once its model is in.
    bool openRecipe(const QString &path) override;

    // A shipped name (services::diffusion::kShippedModel) or a checkpoint folder.
    void loadModel(const QString &nameOrFolder);
    bool hasModel() const { return m_model.has_value(); }
    const services::DiffusionModelInfo &model() const { return *m_model; }
    bool isLoading() const;
    QString messageText() const; // the model line's message ("" when none)

    QTabWidget *tabs() const { return m_tabs; }
    ForwardView *forwardView() const { return m_forward; }
    DiffusionTrainPanel *trainPanel() const { return m_train; }
    SamplingPage *samplingPage() const { return m_sample; }
    GanVsDiffusionPage *ganVsDiffusionPage() const { return m_ganVs; }
    ToyDiffusionPage *toyPage() const { return m_toy; }
    QLabel *modelLabel() const { return m_modelInfo; }
    QPushButton *loadButton() const { return m_loadButton; }

Q_SIGNALS:
    void modelLoaded(bool succeeded);

private:
    void chooseFolder();
    void setMessage(const QString &text, bool error);
    void showModel();
    void checkReady();
    QString keyFor(const QString &nameOrFolder) const; // the shipped name, or the absolute folder
    QString loadedKey() const;
    QString describeKey(const QString &key) const;

    services::DiffusionService *m_service;
    QTabWidget *m_tabs;
    ForwardView *m_forward;
    DiffusionTrainPanel *m_train;
    SamplingPage *m_sample;
    GanVsDiffusionPage *m_ganVs;
    ToyDiffusionPage *m_toy = nullptr;
    QLabel *m_modelInfo, *m_message;
    QPushButton *m_loadButton, *m_shippedButton;
    ModelGate *m_gate;

    std::optional<services::DiffusionModelInfo> m_model;
    QPointer<services::Job> m_load;
    QString m_loadingKey;
    // A project's Sample page state (and the model it asked for), kept until that model is in.
    std::optional<QJsonObject> m_pendingSample;
    QString m_pendingModel;
    bool m_activated = false;
    bool m_modelSettled = false;
    bool m_forwardSettled = false;
    bool m_ready = false;
};

} // namespace genlab::widgets::diffusionlab
