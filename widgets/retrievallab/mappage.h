#pragma once
// The Retrieval lab's 2-D map: every passage's dense vector projected onto the two directions the
// corpus varies most (PCA in the engine; a seeded sample above 20k passages), one colour per
// source document, the query (embedded as dense search embeds it) as a star and the retrieved
// passages ringed with their rank. Hovering a point shows its file and first line; clicking it
// keeps them below the map. The query comes from the page's own box or from the search page
// (showQuery). Needs dense vectors; without them the page says why.
// Thread: GUI only.

#include "engine/retrieval/projection.h"
#include "engine/retrieval/types.h"

#include <QMetaType>
#include <QPointF>
#include <QPointer>
#include <QString>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QCustomPlot;
class QLabel;
class QLineEdit;
class QMouseEvent;
class QProgressBar;
class QPushButton;

namespace genlab::services {
class Job;
class RetrievalService;
} // namespace genlab::services

namespace genlab::widgets::retrievallab {

// What a map job returns. Plain data.
struct MapOutcome
{
    std::shared_ptr<const engine::retrieval::ChunkMap> map; // the passages' map (reused when only the query changed)
    QString query;
    std::vector<engine::retrieval::MapPoint> retrieved;       // the retrieved passages, best first, placed on the map
    std::optional<QPointF> queryPoint;
    quint64 generation = 0;                                  // the index generation the map was made from
};

class MapPage : public QWidget
{
    Q_OBJECT
public:
    explicit MapPage(services::RetrievalService *service, QWidget *parent = nullptr);
    ~MapPage() override;

    // Marks query and the passages a search retrieved (best first), mapping the index first when
    // needed; while the page is hidden it only remembers them (a search should not pay for a map
    // nobody looks at).
    void showQuery(const QString &query, const std::vector<engine::retrieval::ChunkId> &retrieved);
    // Searches query (hybrid, top 10) and marks it and what it retrieved; "" maps the passages alone.
    void mapQuery(const QString &query);

    bool isBusy() const;
    bool hasMap() const { return m_map != nullptr; }
    int pointCount() const { return m_map ? int(m_map->points.size()) : 0; }
    int retrievedCount() const { return int(m_retrieved.size()); }
    bool hasQueryPoint() const { return m_queryPoint.has_value(); }
    const std::optional<QPointF> &queryPoint() const { return m_queryPoint; }
    QString statusText() const;
    QString detailText() const;
    QCustomPlot *plot() const { return m_plot; }
    // The passage drawn nearest to pixel (within a few pixels), -1 when none.
    engine::retrieval::ChunkId passageAt(const QPointF &pixel) const;
    // Where a passage is drawn, in pixels (nullopt when it is not on the map).
    std::optional<QPointF> pixelOf(engine::retrieval::ChunkId id) const;
    // Shows a passage's file, line and first line under the map.
    void selectPassage(engine::retrieval::ChunkId id);

Q_SIGNALS:
    void mapped();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void submit(const QString &query, const std::optional<std::vector<engine::retrieval::ChunkId>> &retrieved);
    void showOutcome(const MapOutcome &outcome);
    void drawPoints();
    void drawMarks();
    void hover(QMouseEvent *event);
    QString describe(engine::retrieval::ChunkId id) const;
    void setStatus(const QString &text, bool error = false);
    bool denseReady();

    services::RetrievalService *m_service;
    std::shared_ptr<const engine::retrieval::ChunkMap> m_map;
    quint64 m_generation = 0;
    std::vector<engine::retrieval::MapPoint> m_retrieved;
    std::optional<QPointF> m_queryPoint;
    QString m_query;
    std::optional<std::pair<QString, std::vector<engine::retrieval::ChunkId>>> m_pending; // a search that came while hidden
    int m_documentGraphs = 0;            // the first graphs are the documents' dots; the marks follow

    QLineEdit *m_queryEdit = nullptr;
    QPushButton *m_mapButton = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QCustomPlot *m_plot = nullptr;
    QLabel *m_detail = nullptr;
    QPointer<services::Job> m_job;
};

} // namespace genlab::widgets::retrievallab

Q_DECLARE_METATYPE(genlab::widgets::retrievallab::MapOutcome)
