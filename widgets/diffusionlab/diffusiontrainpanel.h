#pragma once

#include "engine/train/events.h"
#include "services/diffusion/diffusionservice.h"
#include "widgets/components/trainingpage.h"

#include <QJsonObject>
#include <QStringList>

#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QPushButton;
class QSpinBox;

namespace genlab::widgets {
class ImageGridView;
namespace form {
class CommonFields;
class DatasetField;
class OutputField;
} // namespace form
} // namespace genlab::widgets

namespace genlab::widgets::diffusionlab {

class LossTimestepMap;

// The Diffusion lab's "Train" page: a UNet (28 to 64 px, 128 where the service's device is a GPU;
// grey or colour, width, residual blocks,
// attention, class-conditional with classifier-free dropout, ε- or v-prediction, noise schedule
// and T) trained on digits, procedural digits, shapes or the user's folder as a pausable job on
// the training lane (DiffusionService::train), on the shared training session: the loss and
// gradient-norm curves, the held-out loss by timestep bucket as a heat map over the training
// steps (LossTimestepMap: which noise levels are learned first), and the fixed-seed sample grid
// at the step picked on the step slider. "Use this model" hands the checkpoint folder on (useModel).
// Thread: GUI only.
class DiffusionTrainPanel : public TrainingPage
{
    Q_OBJECT
public:
    explicit DiffusionTrainPanel(services::DiffusionService *service, QWidget *parent = nullptr);
    ~DiffusionTrainPanel() override;

    services::DiffusionTrainRequest request() const;
    void setRequest(const services::DiffusionTrainRequest &request);
    // "folder:<path>" selects (and adds) a folder entry.
    void setDataset(const QString &id);
    bool start();

    // The form as JSON (the lab's saved state under "train", and a "train" recipe's parameters) and back.
    QJsonObject saveState() const;
    void restoreState(const QJsonObject &state);
    // A recipe of action "train": its parameters (saveState's keys) fill the form for a new run in
    // a fresh folder. False with *error naming the bad field.
    bool applyRecipe(const services::Recipe &recipe, QString *error);

    LossTimestepMap *heatMap() const { return m_heatMap; }
    ImageGridView *samples() const { return m_samples; }

Q_SIGNALS:
    void useModel(const QString &checkpointDir);
    void finished(bool succeeded);
    void settingsChanged();

private:
    void onMetrics(const engine::train::Metrics &metrics);
    int classCount(const QString &datasetId) const;
    QStringList classNames(const QString &datasetId, int count) const;
    services::DiffusionTrainRequest fromJson(const QJsonObject &state, QString *error) const;

    services::DiffusionService *m_service;
    form::DatasetField *m_dataset;
    QCheckBox *m_conditional, *m_colour, *m_attention;
    QComboBox *m_prediction, *m_schedule;
    QSpinBox *m_imageSize, *m_width, *m_resBlocks, *m_timesteps, *m_previewSteps;
    QDoubleSpinBox *m_dropout, *m_ema;
    QComboBox *m_processes = nullptr;
    std::unique_ptr<form::CommonFields> m_common;
    form::OutputField *m_output;
    QPushButton *m_start;
    ImageGridView *m_samples;
    LossTimestepMap *m_heatMap;
    QStringList m_previewLabels; // under each column of the running run's sample grid (its classes)
};

} // namespace genlab::widgets::diffusionlab
