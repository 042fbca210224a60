#include "widgets/latentlab/explorerstate.h"

#include "services/job.h"
#include "widgets/components/imageconvert.h"

namespace genlab::widgets {

ExplorerState::ExplorerState(services::LatentService *service, QObject *parent) : QObject(parent), m_service(service)
{
    connect(m_service, &services::LatentService::modelChanged, this, [this] {
        m_map.reset();
        m_lerpPath.clear();
        m_slerpPath.clear();
        // The centre first, so whoever reacts to modelChanged() (a recipe) may move it elsewhere.
        setCurrent(engine::vae::Latent(std::size_t(latentDim()), 0.f), Origin::Model);
        Q_EMIT modelChanged();
        Q_EMIT pathsChanged();
    });
}

void ExplorerState::setMap(std::shared_ptr<const services::LatentMap> map)
{
    m_map = std::move(map);
    Q_EMIT mapChanged();
}

void ExplorerState::setCurrent(const engine::vae::Latent &z, Origin origin)
{
    if (!hasModel() || int(z.size()) != latentDim())
        return;
    m_current = z;
    Q_EMIT currentChanged(origin);
    services::Job *job = m_service->decode(z, QStringLiteral("preview"));
    ++m_requested;
    ++m_pending;
    const quint64 id = job->id();
    connect(job, &services::Job::finished, this, [this, job, id](services::JobState state, const QString &message) {
        --m_pending;
        if (state == services::JobState::Failed)
            Q_EMIT this->message(tr("Could not decode the point: %1").arg(message));
        if (state != services::JobState::Succeeded || id < m_newestShown)
            return;
        const services::DecodeResult r = job->resultAs<services::DecodeResult>();
        if (r.modelGeneration != model().generation || r.images.empty())
            return;
        m_newestShown = id;
        m_pixels = r.images.front();
        m_image = toQImage(m_pixels);
        ++m_shown;
        Q_EMIT previewDecoded(m_image);
    });
}

void ExplorerState::setPaths(const std::vector<engine::vae::Latent> &lerp, const std::vector<engine::vae::Latent> &slerp)
{
    m_lerpPath = lerp;
    m_slerpPath = slerp;
    Q_EMIT pathsChanged();
}

} // namespace genlab::widgets
