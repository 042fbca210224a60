#pragma once

#include "services/latent/latentservice.h"
#include "widgets/components/trainingpage.h"

#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QPushButton;
class QSpinBox;

namespace genlab::services {
class Job;
}

namespace genlab::engine::train {
struct Metrics;
}

namespace genlab::widgets {

class ImageGridView;
class KlBarsPlot;
namespace form {
class CommonFields;
class DatasetField;
class OutputField;
} // namespace form

// Trains a VAE or an autoencoder on any image data set (the user's folder too) as a pausable job
// on the training lane, on the shared training session: live curves (reconstruction, KL, ELBO,
// beta), KL per dimension as bars, reconstructions (inputs above, outputs below) and prior samples
// that follow the step slider, checkpoints and resume. A run whose loss becomes NaN/Inf keeps its
// curves and last checkpoint and says what to try. The trained model can be handed to the explorer.
// Thread: GUI only.
class TrainingPanel : public TrainingPage
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
    KlBarsPlot *klBars() const { return m_klBars; }
    ImageGridView *reconstructions() const { return m_grid; }

Q_SIGNALS:
    void useModel(const QString &checkpointDir);
    void finished(bool succeeded);

private:
    void onMetrics(const engine::train::Metrics &metrics);

    services::LatentService *m_service;
    form::DatasetField *m_dataset;
    QComboBox *m_kind, *m_likelihood;
    QSpinBox *m_latent, *m_imageSize, *m_warmup;
    std::unique_ptr<form::CommonFields> m_common;
    QCheckBox *m_colour;
    QDoubleSpinBox *m_beta;
    form::OutputField *m_output;
    QPushButton *m_start;
    KlBarsPlot *m_klBars;
    ImageGridView *m_grid;
    qint64 m_lastKlStep = -1000000;
    qint64 m_totalSteps = 0;
    bool m_isVae = true;
};

} // namespace genlab::widgets
