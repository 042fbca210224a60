#pragma once

#include "engine/evaluate/collapse.h"
#include "engine/train/events.h"
#include "services/gan/gantraining.h"
#include "widgets/components/trainingpage.h"

#include <QJsonObject>
#include <QPointer>

#include <map>
#include <memory>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QCPItemStraightLine;
class QCPItemText;

namespace genlab::services {
class GanService;
class Job;
} // namespace genlab::services

namespace genlab::widgets {
class ImageGridView;
class TrainingMonitor;
namespace form {
class CommonFields;
class DatasetField;
class OutputField;
} // namespace form
} // namespace genlab::widgets

namespace genlab::widgets::ganlab {

class FeatureMapView;

// The GAN lab's "Train images" page: a DCGAN (unconditional or class-conditional, 28 to 64 px,
// grey or colour) trained on digits, procedural digits, shapes or the user's folder as a pausable
// job on the training lane, on the shared training session. It shows both players' losses, mean
// D(x) and D(G(z)) and their gradient norms; the sample-quality figures (classes covered,
// confidence, precision, recall, Fréchet distance, near duplicates, measured with the shipped
// digit classifier every few hundred steps) on a curve of their own, where a mode collapse is
// flagged with its evidence and marked at the step it began; the fixed-noise sample grid at the
// step picked on the slider; the recorded grids exported as an animated GIF or MP4 with their
// recipe. "Use this model" hands the checkpoint folder on (useModel).
// Thread: GUI only.
class GanTrainPanel : public TrainingPage
{
    Q_OBJECT
public:
    explicit GanTrainPanel(services::GanService *service, QWidget *parent = nullptr);
    ~GanTrainPanel() override;

    services::GanTrainRequest request() const;
    void setRequest(const services::GanTrainRequest &request);
    // "folder:<path>" selects (and adds) a folder entry.
    void setDataset(const QString &id);
    bool start();

    // The form as JSON (GanLab's saved state under "train") and back.
    QJsonObject saveState() const;
    void restoreState(const QJsonObject &state);

    // Writes the recorded sample grids (by step) to path, .gif or .mp4, off the GUI thread;
    // exportFinished() reports it. False (and a message) when there is nothing to write or the
    // suffix is neither.
    bool exportEvolution(const QString &path);
    // The steps whose sample grids an export would write.
    QList<qint64> recordedSteps() const;

    TrainingMonitor *qualityMonitor() const { return m_quality; }
    ImageGridView *samples() const { return m_samples; }
    // The "Feature map" tab beside the samples (FeatureMapView), fed by the run's feature maps.
    FeatureMapView *featureMap() const { return m_featureMap; }
    QPushButton *exportButton() const { return m_export; }
    QLabel *collapseLabel() const { return m_collapseLabel; }
    // The collapse flag from the quality figures so far (empty when none was raised).
    std::optional<engine::evaluate::CollapseFlag> collapse() const { return m_collapse; }

Q_SIGNALS:
    void useModel(const QString &checkpointDir);
    void finished(bool succeeded);
    void exportFinished(bool succeeded, const QString &message);

private:
    void chooseExport();
    void onMetrics(const engine::train::Metrics &metrics);
    void onPartial(const engine::Partial &partial);
    void clearRun();
    void updateCollapse();
    void updateExport();
    int classCount(const QString &datasetId) const;

    services::GanService *m_service;
    form::DatasetField *m_dataset;
    QComboBox *m_loss;
    QCheckBox *m_conditional, *m_colour, *m_spectral, *m_measure;
    QSpinBox *m_imageSize, *m_latent, *m_width, *m_dSteps;
    QDoubleSpinBox *m_beta1, *m_beta2;
    std::unique_ptr<form::CommonFields> m_common;
    form::OutputField *m_output;
    QPushButton *m_start, *m_export;
    ImageGridView *m_samples;
    FeatureMapView *m_featureMap;
    TrainingMonitor *m_quality;
    QLabel *m_collapseLabel, *m_qualityNote;
    QCPItemStraightLine *m_collapseLine = nullptr;
    QCPItemText *m_collapseText = nullptr;

    services::GanTrainRequest m_running; // the request of the run attached last (its recipe)
    int m_previewColumns = 8;
    std::map<qint64, std::vector<engine::Image>> m_grids; // the "samples" previews by step
    std::vector<engine::evaluate::CoveragePoint> m_coverage;
    std::optional<engine::evaluate::CollapseFlag> m_collapse;
    QPointer<services::Job> m_exportJob;
};

} // namespace genlab::widgets::ganlab
