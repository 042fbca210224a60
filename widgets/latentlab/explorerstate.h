#pragma once

#include "services/latent/latentservice.h"

#include <QImage>
#include <QObject>
#include <QPointer>

#include <memory>

namespace genlab::services {
class Job;
}

namespace genlab::widgets {

// What the explorer's panels share: the model, the latent map, and the current point (the latent
// shown in the preview). Any panel may move the current point; its decode goes to the service's
// "preview" channel, latest wins, and the newest image comes back through previewDecoded(). The
// GUI never waits for it.
// Thread: GUI only.
class ExplorerState : public QObject
{
    Q_OBJECT
public:
    // Who moved the current point: that panel need not follow its own change.
    enum class Origin { Map, Sliders, Samples, Interpolation, Arithmetic, Recipe, Model };
    Q_ENUM(Origin)

    explicit ExplorerState(services::LatentService *service, QObject *parent = nullptr);

    services::LatentService *service() const { return m_service; }
    const services::LatentModelInfo &model() const { return m_service->model(); }
    bool hasModel() const { return m_service->hasModel(); }
    int latentDim() const { return hasModel() ? model().latentDim() : 0; }

    const std::shared_ptr<const services::LatentMap> &map() const { return m_map; }
    bool hasMap() const { return m_map && m_map->modelGeneration == model().generation; }
    void setMap(std::shared_ptr<const services::LatentMap> map);

    const engine::vae::Latent &current() const { return m_current; }
    void setCurrent(const engine::vae::Latent &z, Origin origin);
    // The newest decoded image of the current point (null until the first decode arrives).
    const QImage &currentImage() const { return m_image; }
    const engine::Image &currentPixels() const { return m_pixels; }
    int decodesRequested() const { return m_requested; }
    int decodesShown() const { return m_shown; }
    bool isDecoding() const { return m_pending > 0; }

    // The interpolation paths, for the map to draw (empty: none).
    void setPaths(const std::vector<engine::vae::Latent> &lerp, const std::vector<engine::vae::Latent> &slerp);
    const std::vector<engine::vae::Latent> &lerpPath() const { return m_lerpPath; }
    const std::vector<engine::vae::Latent> &slerpPath() const { return m_slerpPath; }

Q_SIGNALS:
    void modelChanged();
    void mapChanged();
    void currentChanged(genlab::widgets::ExplorerState::Origin origin);
    void previewDecoded(const QImage &image);
    void pathsChanged();
    void message(const QString &text); // for the lab's status line

private:
    services::LatentService *m_service;
    std::shared_ptr<const services::LatentMap> m_map;
    engine::vae::Latent m_current;
    QImage m_image;
    engine::Image m_pixels;
    quint64 m_newestShown = 0;
    int m_requested = 0;
    int m_shown = 0;
    int m_pending = 0;
    std::vector<engine::vae::Latent> m_lerpPath, m_slerpPath;
};

} // namespace genlab::widgets
