#pragma once

#include "services/latent/latentservice.h"

#include <QImage>
#include <QPointer>
#include <QWidget>

#include <vector>

class QComboBox;
class QCPGraph;
class QCPItemStraightLine;
class QCPItemText;
class QCustomPlot;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace genlab::services {
class Job;
}

namespace genlab::widgets {

class ExplorerState;
class ImageGridView;
class LatentMapPanel;

// Interpolation between two or more endpoints: data-set images picked on the map, the current
// point, or the user's image files (encoded). Lerp and slerp strips side by side, |z| along each
// path against the prior's shell (sqrt(d)), the paths drawn on the map, play as an animation, and
// export (GIF, MP4, PNG strip) with the recipe on the I/O lane.
// Thread: GUI only.
class InterpolationPanel : public QWidget
{
    Q_OBJECT
public:
    struct Endpoint
    {
        engine::vae::Latent z;
        services::latent::EndpointSource source;
        QImage image; // a thumbnail, may be null
        QString label;
    };

    InterpolationPanel(ExplorerState *state, LatentMapPanel *map, QWidget *parent = nullptr);

    const std::vector<Endpoint> &endpoints() const { return m_endpoints; }
    void addEndpoint(Endpoint endpoint);
    void addMapPoint(int index);
    void addCurrentPoint();
    void addFiles(const QStringList &files); // encoded on the interactive lane
    void clearEndpoints();
    void setFrameCount(int frames);
    int frameCount() const;
    void setExportMethod(engine::vae::PathMethod method);
    engine::vae::PathMethod exportMethod() const;
    bool hasResult() const { return !m_result.lerp.frames.empty(); }
    const services::InterpolationResult &result() const { return m_result; }
    ImageGridView *lerpStrip() const { return m_lerpStrip; }
    ImageGridView *slerpStrip() const { return m_slerpStrip; }
    QCustomPlot *normPlot() const { return m_normPlot; }
    QString messageText() const;

    // Exports the chosen method's strip as GIF/MP4/PNG (by the suffix) with its recipe.
    services::Job *exportTo(const QString &path);
    // From a recipe: endpoints (latents), frames and method, then recomputes.
    void restore(const std::vector<engine::vae::Latent> &endpoints,
                 const std::vector<services::latent::EndpointSource> &sources, int frames,
                 engine::vae::PathMethod method);

Q_SIGNALS:
    void stripsShown();
    void settingsChanged(); // endpoints, frames or export method
    void exported(const QString &path, bool ok, const QString &message);

private:
    void recompute();
    void refreshList();
    void showResult();
    void exportDialog();
    void setMessage(const QString &text, bool error = false);
    void addDefaultEndpoints();
    void fillThumbnails(); // endpoints from the map's data set get their image once the map is in

    ExplorerState *m_state;
    LatentMapPanel *m_map;
    std::vector<Endpoint> m_endpoints;
    QListWidget *m_list;
    QToolButton *m_pick;
    QPushButton *m_addCurrent, *m_addFiles, *m_remove, *m_clear;
    QSpinBox *m_frames;
    QPushButton *m_play;
    ImageGridView *m_lerpStrip, *m_slerpStrip;
    QCustomPlot *m_normPlot;
    QCPGraph *m_lerpNorms = nullptr, *m_slerpNorms = nullptr;
    QCPItemStraightLine *m_shell = nullptr;
    QCPItemText *m_shellText = nullptr;
    QComboBox *m_method, *m_format;
    QPushButton *m_export;
    QProgressBar *m_progress;
    QLabel *m_message;
    QPointer<services::Job> m_job;
    services::InterpolationResult m_result;
};

} // namespace genlab::widgets
