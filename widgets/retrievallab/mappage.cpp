#include "widgets/retrievallab/mappage.h"
#include "widgets/retrievallab/messageline.h"

#include "services/job.h"
#include "services/retrieval/retrievalservice.h"
#include "widgets/components/qcustomplot_include.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <map>

namespace genlab::widgets::retrievallab {

namespace er = engine::retrieval;
using services::Job;
using services::JobState;

namespace {

constexpr int kRetrievedTopK = 10;
constexpr double kHoverPixels = 8;
constexpr int kLegendLimit = 12; // more documents than this: the legend would hide the map

QColor documentColour(int document)
{
    // Hues a golden angle apart stay distinguishable for neighbouring document numbers.
    const double hue = std::fmod(0.08 + document * 0.618033988749895, 1.0);
    return QColor::fromHsvF(float(hue), 0.65f, 0.85f);
}

er::MapPoint place(const er::Pca2 &pca, er::ChunkId id, std::int32_t document, const float *row)
{
    const auto p = pca.project(row);
    er::MapPoint point;
    point.chunk = id;
    point.document = document;
    point.x = float(p[0]);
    point.y = float(p[1]);
    return point;
}

} // namespace

MapPage::MapPage(services::RetrievalService *service, QWidget *parent) : QWidget(parent), m_service(service)
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Each dot is a passage: its dense vector projected onto the two directions in which the "
                                "passages differ most (PCA). Nearby dots have similar vectors; colours are source documents. "
                                "The star is the query, rings are the passages it retrieved."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *bar = new QHBoxLayout;
    m_queryEdit = new QLineEdit(this);
    m_queryEdit->setPlaceholderText(tr("A query to place on the map (empty: the passages only)"));
    m_mapButton = new QPushButton(tr("Map"), this);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(160);
    m_progress->setVisible(false);
    bar->addWidget(m_queryEdit, 1);
    bar->addWidget(m_mapButton);
    bar->addWidget(m_cancel);
    bar->addWidget(m_progress);
    layout->addLayout(bar);

    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_plot = new QCustomPlot(this);
    m_plot->setMinimumSize(400, 300);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->xAxis->setLabel(tr("first principal direction"));
    m_plot->yAxis->setLabel(tr("second principal direction"));
    m_plot->setMouseTracking(true);
    layout->addWidget(m_plot, 1);

    m_detail = new QLabel(tr("Hover over a dot to see its passage; click to keep it here."), this);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_detail);

    connect(m_mapButton, &QPushButton::clicked, this, [this] { mapQuery(m_queryEdit->text()); });
    connect(m_queryEdit, &QLineEdit::returnPressed, this, [this] { mapQuery(m_queryEdit->text()); });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    connect(m_plot, &QCustomPlot::mouseMove, this, &MapPage::hover);
    connect(m_plot, &QCustomPlot::mousePress, this, [this](QMouseEvent *event) {
        const er::ChunkId id = passageAt(event->position());
        if (id >= 0)
            selectPassage(id);
    });
    connect(m_service, &services::RetrievalService::indexChanged, this, [this] {
        // A new index: the old map no longer describes it.
        m_map.reset();
        m_retrieved.clear();
        m_queryPoint.reset();
        m_plot->clearGraphs();
        m_plot->clearItems();
        m_documentGraphs = 0;
        m_plot->legend->setVisible(false);
        m_plot->replot();
        if (isVisible())
            mapQuery(m_query);
    });
}

MapPage::~MapPage()
{
    if (m_job)
        m_job->cancel();
}

void MapPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_pending) {
        const auto pending = std::move(*m_pending);
        m_pending.reset();
        showQuery(pending.first, pending.second);
    } else if (!m_map && !isBusy() && m_service->hasIndex()) {
        mapQuery(m_queryEdit->text());
    }
}

bool MapPage::denseReady()
{
    const services::RetrievalIndexInfo &info = m_service->info();
    if (!m_service->hasIndex() || info.chunkCount == 0) {
        setStatus(tr("The index is empty: index some documents (or the help pages) first."), true);
        return false;
    }
    if (!info.denseAvailable) {
        setStatus(tr("The map needs the passages' dense vectors, and this index has none usable: %1. Re-index with the "
                     "LSA embedder (no model needed) or a BERT folder.")
                      .arg(info.denseProblem.isEmpty() ? tr("no embedder") : info.denseProblem),
                  true);
        return false;
    }
    return true;
}

void MapPage::mapQuery(const QString &query)
{
    if (m_queryEdit->text() != query)
        m_queryEdit->setText(query);
    submit(query.trimmed(), std::nullopt);
}

void MapPage::showQuery(const QString &query, const std::vector<er::ChunkId> &retrieved)
{
    m_queryEdit->setText(query);
    if (!isVisible()) {
        m_pending.emplace(query, retrieved);
        return;
    }
    submit(query.trimmed(), retrieved);
}

void MapPage::submit(const QString &query, const std::optional<std::vector<er::ChunkId>> &given)
{
    if (!denseReady())
        return;
    if (m_job)
        m_job->cancel();
    // The passages' map is kept while the index stays the same: a new query only needs placing.
    const quint64 generation = m_service->info().generation;
    std::shared_ptr<const er::ChunkMap> cached = m_map && m_generation == generation ? m_map : nullptr;
    auto work = [query, given, cached, generation](const er::RetrievalIndex &index, const engine::RunContext &ctx) {
        MapOutcome out;
        out.query = query;
        out.generation = generation;
        std::vector<er::ChunkId> retrieved;
        if (given) {
            retrieved = *given;
        } else if (!query.isEmpty()) {
            er::SearchOptions options;
            options.topK = kRetrievedTopK;
            for (const er::SearchHit &hit : index.search(query.toStdString(), options))
                retrieved.push_back(hit.chunk);
        }
        if (cached) {
            out.map = cached;
        } else {
            engine::RunContext sub = ctx;
            out.map = std::make_shared<const er::ChunkMap>(er::mapChunks(index, {}, retrieved, er::kMapPointLimit, 1, sub));
        }
        const er::ChunkMap &map = *out.map;
        // Retrieved passages are placed from their own vectors: a sampled map may not hold them.
        std::vector<er::ChunkId> valid;
        for (er::ChunkId id : retrieved)
            if (id >= 0 && id < index.chunkCount())
                valid.push_back(id);
        const std::vector<float> vectors = index.vectorsOf(valid);
        const std::size_t dim = std::size_t(map.pca.dimension);
        if (dim > 0 && vectors.size() == valid.size() * dim)
            for (std::size_t i = 0; i < valid.size(); ++i)
                out.retrieved.push_back(place(map.pca, valid[i], index.chunk(valid[i]).document, vectors.data() + i * dim));
        if (!query.isEmpty()) {
            const std::vector<float> q = index.embedQuery(query.toStdString());
            if (dim > 0 && q.size() == dim) {
                const auto p = map.pca.project(q.data());
                out.queryPoint = QPointF(p[0], p[1]);
            }
        }
        ctx.progress(1.0, "mapped");
        return QVariant::fromValue(out);
    };
    m_job = m_service->run(cached ? tr("Place the query on the map") : tr("Map the passages"), QStringLiteral("retrieval.map"), work,
                           cached != nullptr);
    m_mapButton->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->setVisible(true);
    m_progress->setValue(0);
    setStatus(cached ? tr("Placing the query…") : tr("Projecting %n passage(s)…", nullptr, int(m_service->info().chunkCount)));
    Job *job = m_job;
    connect(job, &Job::progressChanged, this, [this](double f) { m_progress->setValue(int(f * 1000)); });
    connect(job, &Job::finished, this, [this, job](JobState state, const QString &message) {
        m_mapButton->setEnabled(true);
        m_cancel->setEnabled(false);
        m_progress->setVisible(false);
        if (state == JobState::Succeeded)
            showOutcome(job->resultAs<MapOutcome>());
        else if (state == JobState::Failed)
            setStatus(tr("The map could not be drawn: %1").arg(message), true);
        else if (job == m_job)
            setStatus(tr("Mapping canceled."));
    });
}

void MapPage::showOutcome(const MapOutcome &outcome)
{
    const bool newMap = outcome.map != m_map;
    m_map = outcome.map;
    m_generation = outcome.generation;
    m_retrieved = outcome.retrieved;
    m_queryPoint = outcome.queryPoint;
    m_query = outcome.query;
    if (newMap)
        drawPoints();
    drawMarks();
    const er::ChunkMap &map = *m_map;
    QString status = std::int64_t(map.points.size()) < map.totalChunks
                         ? tr("A sample of %1 of the %2 passages (seed %3).").arg(map.points.size()).arg(map.totalChunks).arg(map.seed)
                         : tr("All %n passage(s).", nullptr, int(map.points.size()));
    status += QLatin1Char(' ') + tr("The two directions show %1% and %2% of the vectors' variance, so distances on the map are "
                                    "only a rough picture of cosine similarity.")
                                     .arg(QLocale().toString(map.explained[0] * 100, 'f', 1))
                                     .arg(QLocale().toString(map.explained[1] * 100, 'f', 1));
    if (m_documentGraphs > kLegendLimit)
        status += QLatin1Char(' ') + tr("One colour per document (%1 of them); hover over a dot for its file.").arg(m_documentGraphs);
    if (!m_query.isEmpty() && !m_queryPoint)
        status += QLatin1Char(' ') + tr("The query has no word the embedder knows, so it has no place on the map.");
    setStatus(status);
    Q_EMIT mapped();
}

void MapPage::drawPoints()
{
    m_plot->clearGraphs();
    m_plot->clearItems();
    const er::ChunkMap &map = *m_map;
    std::map<std::int32_t, std::pair<QVector<double>, QVector<double>>> byDocument;
    for (const er::MapPoint &p : map.points) {
        auto &xy = byDocument[p.document];
        xy.first << p.x;
        xy.second << p.y;
    }
    const QStringList documents = m_service->documents();
    for (auto &[document, xy] : byDocument) {
        QCPGraph *g = m_plot->addGraph();
        g->setLineStyle(QCPGraph::lsNone);
        const QColor colour = documentColour(document);
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, colour, colour, map.points.size() > 5000 ? 3 : 6));
        g->setName(document >= 0 && document < documents.size() ? QFileInfo(documents[document]).fileName() : tr("(unknown)"));
        g->setData(xy.first, xy.second, true);
        g->setSelectable(QCP::stNone);
    }
    m_documentGraphs = m_plot->graphCount();
    m_plot->legend->setVisible(int(byDocument.size()) <= kLegendLimit);
    m_plot->legend->setFont(QFont(font().family(), std::max(7, font().pointSize() - 1)));
}

void MapPage::drawMarks()
{
    // The marks are the last graphs and the items; the document graphs stay.
    while (m_plot->graphCount() > m_documentGraphs)
        m_plot->removeGraph(m_plot->graphCount() - 1);
    m_plot->clearItems();
    if (!m_retrieved.empty()) {
        QCPGraph *ring = m_plot->addGraph();
        ring->setLineStyle(QCPGraph::lsNone);
        ring->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(QColor(20, 20, 20), 2), Qt::NoBrush, 14));
        ring->setName(tr("retrieved"));
        QVector<double> x, y;
        for (std::size_t i = 0; i < m_retrieved.size(); ++i) {
            x << m_retrieved[i].x;
            y << m_retrieved[i].y;
            auto *label = new QCPItemText(m_plot);
            label->position->setCoords(m_retrieved[i].x, m_retrieved[i].y);
            label->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
            label->setPadding(QMargins(6, 0, 0, 4));
            label->setText(QString::number(i + 1));
            label->setColor(QColor(20, 20, 20));
            QFont bold = font();
            bold.setBold(true);
            label->setFont(bold);
        }
        ring->setData(x, y, true);
    }
    if (m_queryPoint) {
        QCPGraph *star = m_plot->addGraph();
        star->setLineStyle(QCPGraph::lsNone);
        star->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssStar, QPen(QColor(200, 30, 30), 3), Qt::NoBrush, 20));
        star->setName(tr("query"));
        star->setData(QVector<double>{m_queryPoint->x()}, QVector<double>{m_queryPoint->y()});
    }
    // The range takes in the marks too: a short query often lies beyond every passage.
    m_plot->rescaleAxes();
    auto pad = [](QCPAxis *axis) {
        const QCPRange r = axis->range();
        const double margin = std::max(1e-6, r.size() * 0.05);
        axis->setRange(r.lower - margin, r.upper + margin);
    };
    pad(m_plot->xAxis);
    pad(m_plot->yAxis);
    m_plot->replot();
}

std::optional<QPointF> MapPage::pixelOf(er::ChunkId id) const
{
    if (!m_map)
        return std::nullopt;
    auto it = std::lower_bound(m_map->points.begin(), m_map->points.end(), id,
                               [](const er::MapPoint &p, er::ChunkId c) { return p.chunk < c; });
    if (it == m_map->points.end() || it->chunk != id)
        return std::nullopt;
    return QPointF(m_plot->xAxis->coordToPixel(it->x), m_plot->yAxis->coordToPixel(it->y));
}

er::ChunkId MapPage::passageAt(const QPointF &pixel) const
{
    if (!m_map)
        return -1;
    er::ChunkId best = -1;
    double bestDistance = kHoverPixels * kHoverPixels;
    auto consider = [&](const er::MapPoint &p) {
        const double dx = m_plot->xAxis->coordToPixel(p.x) - pixel.x();
        const double dy = m_plot->yAxis->coordToPixel(p.y) - pixel.y();
        const double d = dx * dx + dy * dy;
        if (d <= bestDistance) {
            bestDistance = d;
            best = p.chunk;
        }
    };
    for (const er::MapPoint &p : m_map->points)
        consider(p);
    for (const er::MapPoint &p : m_retrieved) // drawn on top
        consider(p);
    return best;
}

QString MapPage::describe(er::ChunkId id) const
{
    const auto location = m_service->locationOf(id);
    const auto chunk = m_service->chunk(id);
    if (!location || !chunk)
        return tr("Passage %1 is no longer in the index.").arg(id);
    QString firstLine = services::retrieval::fromStd(chunk->text).section(QLatin1Char('\n'), 0, 0).simplified();
    if (firstLine.size() > 160)
        firstLine = firstLine.left(160) + QStringLiteral("…");
    QString rank;
    for (std::size_t i = 0; i < m_retrieved.size(); ++i)
        if (m_retrieved[i].chunk == id)
            rank = tr(" (retrieved #%1)").arg(i + 1);
    return location->describe() + rank + QLatin1Char('\n') + firstLine;
}

void MapPage::hover(QMouseEvent *event)
{
    const er::ChunkId id = passageAt(event->position());
    if (id < 0) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(event->globalPosition().toPoint(), describe(id), m_plot);
}

void MapPage::selectPassage(er::ChunkId id)
{
    m_detail->setText(describe(id));
}

bool MapPage::isBusy() const
{
    return m_job && !m_job->isFinished();
}

QString MapPage::statusText() const
{
    return m_status->text();
}

QString MapPage::detailText() const
{
    return m_detail->text();
}

void MapPage::setStatus(const QString &text, bool error)
{
    showMessage(m_status, text, error);
}

} // namespace genlab::widgets::retrievallab
