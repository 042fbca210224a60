#pragma once

#include "services/diffusion/diffusionservice.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace genlab::widgets {
class ImageGridView;
}

namespace genlab::widgets::diffusionlab {

// The Sample page's "Seed travel" tab: deterministic DDIM from the slerp between two seeds' noises
// (and a blend from one class's conditioning to another's), one frame per point, played and
// exported as GIF, MP4 or a PNG strip with the recipe that makes it again.
// Thread: GUI only.
class SeedTravelPanel : public QWidget
{
    Q_OBJECT
public:
    SeedTravelPanel(services::DiffusionService *service, QWidget *parent = nullptr);
    ~SeedTravelPanel() override;

    void setModel(const services::DiffusionModelInfo &info);
    void setRequest(const services::SeedTravelRequest &request);
    services::SeedTravelRequest request() const;

    // Computes the frames (a travel under way is replaced). nullptr with a message without a model.
    services::Job *travel();
    void stop();
    bool isRunning() const { return bool(m_job); }
    const services::SeedTravelResult &result() const { return m_result; }
    ImageGridView *frames() const { return m_frames; }
    // The frames as GIF / MP4 / PNG strip (by the suffix) with their recipe; nullptr with a message
    // when there is nothing to export or the suffix is not one of those.
    services::Job *exportTo(const QString &path);
    bool isExporting() const { return bool(m_exportJob); }
    QString statusText() const;

    // The recipe of the frames shown, as exportTo writes it (format: "gif", "mp4", "png").
    static services::Recipe travelRecipe(const services::DiffusionModelInfo &model,
                                         const services::SeedTravelRequest &request, const QString &format);
    // A travel recipe's request; false for another action.
    static bool requestFromRecipe(const services::Recipe &recipe, services::SeedTravelRequest *out);

    QJsonObject saveState() const;
    void restoreState(const QJsonObject &state);

Q_SIGNALS:
    void travelled();
    void exported(const QString &path, bool ok, const QString &message);
    void statusMessage(const QString &message);
    void settingsChanged();

private:
    void fillClasses();
    void setStatus(const QString &text, bool error = false);
    void syncButtons();
    void chooseExportFile();

    services::DiffusionService *m_service;
    services::DiffusionModelInfo m_model;
    QSpinBox *m_fromSeed, *m_toSeed, *m_frameCount, *m_steps;
    QComboBox *m_fromClass, *m_toClass, *m_format;
    QDoubleSpinBox *m_guidance;
    QPushButton *m_travel, *m_export;
    QLabel *m_status;
    ImageGridView *m_frames;
    QPointer<services::Job> m_job, m_exportJob;
    services::SeedTravelResult m_result;
    int m_pendingFrom = -2, m_pendingTo = -2; // restored classes the model has not got yet
};

} // namespace genlab::widgets::diffusionlab
