#include "widgets/latentlab/latentmappanel.h"

#include "widgets/components/imageconvert.h"
#include "widgets/components/qcustomplot_include.h"
#include "widgets/latentlab/explorerstate.h"
#include "widgets/latentlab/palette.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace genlab::widgets {

namespace {
constexpr int kPopupScale = 4;
}

LatentMapPanel::LatentMapPanel(ExplorerState *state, QWidget *parent) : QWidget(parent), m_state(state)
{
    setObjectName(QStringLiteral("latentMapPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *header = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("mapStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    QFont statusFont = m_status->font();
    statusFont.setPointSizeF(statusFont.pointSizeF() * 0.92);
    m_status->setFont(statusFont);
    header->addWidget(m_status, 1);
    m_resetButton = new QToolButton(this);
    m_resetButton->setText(tr("Reset view"));
    m_resetButton->setToolTip(tr("Show every point again (the mouse wheel zooms)"));
    header->addWidget(m_resetButton);
    layout->addLayout(header);

    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("latentMapPlot"));
    m_plot->setMinimumSize(320, 300);
    m_plot->setInteractions(QCP::iRangeZoom);
    m_plot->setCursor(Qt::CrossCursor);
    m_plot->legend->setVisible(true);
    QFont legendFont = font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.85);
    m_plot->legend->setFont(legendFont);
    m_plot->legend->setBrush(Qt::NoBrush);
    // The legend in a column beside the plot, so it never hides points.
    m_plot->plotLayout()->addElement(0, 1, m_plot->legend);
    m_plot->plotLayout()->setColumnStretchFactor(1, 0.001);
    m_plot->legend->setBorderPen(Qt::NoPen);
    m_plot->legend->setRowSpacing(-2);
    m_plot->legend->setMargins(QMargins(2, 8, 4, 2));
    m_plot->addLayer(QStringLiteral("latentOverlay"), m_plot->layer(QStringLiteral("main")), QCustomPlot::limAbove);
    m_overlay = m_plot->layer(QStringLiteral("latentOverlay"));
    m_overlay->setMode(QCPLayer::lmBuffered);
    layout->addWidget(m_plot, 1);

    m_lerpCurve = new QCPCurve(m_plot->xAxis, m_plot->yAxis);
    m_lerpCurve->setLayer(m_overlay);
    m_lerpCurve->setName(tr("lerp path"));
    m_lerpCurve->setPen(QPen(latentPalette::lerpColor(), 2.5));
    m_lerpCurve->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, latentPalette::lerpColor(), 5));
    m_slerpCurve = new QCPCurve(m_plot->xAxis, m_plot->yAxis);
    m_slerpCurve->setLayer(m_overlay);
    m_slerpCurve->setName(tr("slerp path"));
    m_slerpCurve->setPen(QPen(latentPalette::slerpColor(), 2.5, Qt::DashLine));
    m_slerpCurve->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, latentPalette::slerpColor(), 5));
    m_hoverMark = m_plot->addGraph();
    m_hoverMark->setLayer(m_overlay);
    m_hoverMark->setLineStyle(QCPGraph::lsNone);
    m_hoverMark->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(Qt::black, 1.5), Qt::NoBrush, 12));
    m_current = m_plot->addGraph();
    m_current->setLayer(m_overlay);
    m_current->setName(tr("current point"));
    m_current->setLineStyle(QCPGraph::lsNone);
    m_current->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCrossCircle, QPen(Qt::black, 2.2), QColor(255, 255, 255, 180), 18));
    for (QCPAbstractPlottable *p : {static_cast<QCPAbstractPlottable *>(m_lerpCurve),
                                    static_cast<QCPAbstractPlottable *>(m_slerpCurve),
                                    static_cast<QCPAbstractPlottable *>(m_hoverMark)})
        p->removeFromLegend();

    m_popup = new QLabel(m_plot);
    m_popup->setObjectName(QStringLiteral("mapHoverPopup"));
    m_popup->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_popup->setFrameShape(QFrame::Box);
    m_popup->setStyleSheet(QStringLiteral("QLabel { background: white; border: 1px solid #888; }"));
    m_popup->hide();

    m_plot->installEventFilter(this);
    m_plot->setMouseTracking(true);
    connect(m_resetButton, &QToolButton::clicked, this, &LatentMapPanel::resetView);
    connect(m_state, &ExplorerState::modelChanged, this,
            [this] { showLoading(tr("Encoding the data set with the model…")); });
    connect(m_state, &ExplorerState::mapChanged, this, &LatentMapPanel::rebuild);
    connect(m_state, &ExplorerState::currentChanged, this, &LatentMapPanel::updateCurrentMarker);
    connect(m_state, &ExplorerState::pathsChanged, this, &LatentMapPanel::updatePaths);
    showLoading(tr("Loading the model…"));
}

LatentMapPanel::~LatentMapPanel() = default;

QString LatentMapPanel::statusText() const
{
    return m_status->text();
}

void LatentMapPanel::showLoading(const QString &text)
{
    for (QCPGraph *g : m_classGraphs)
        m_plot->removeGraph(g);
    m_classGraphs.clear();
    m_status->setText(text);
    m_hovered = -1;
    hideHover();
    m_plot->replot();
}

void LatentMapPanel::rebuild()
{
    for (QCPGraph *g : m_classGraphs)
        m_plot->removeGraph(g);
    m_classGraphs.clear();
    const auto &map = m_state->map();
    if (!map || map->count == 0) {
        m_status->setText(tr("No map"));
        m_plot->replot();
        return;
    }
    int classes = int(map->classNames.size());
    bool unlabelled = false;
    for (int label : map->labels) {
        classes = std::max(classes, label + 1);
        unlabelled = unlabelled || label < 0;
    }
    const int series = classes + (unlabelled ? 1 : 0);
    QList<QVector<double>> xs(series), ys(series);
    for (int i = 0; i < map->count; ++i) {
        const int label = map->labels[std::size_t(i)];
        const int s = label < 0 ? classes : label;
        xs[s].append(map->points[std::size_t(i) * 2]);
        ys[s].append(map->points[std::size_t(i) * 2 + 1]);
    }
    for (int s = 0; s < series; ++s) {
        QCPGraph *g = m_plot->addGraph();
        const bool isUnlabelled = s == classes;
        const QColor colour = isUnlabelled ? QColor(120, 120, 120) : latentPalette::classColor(s);
        g->setName(isUnlabelled ? tr("unlabelled") : map->className(s));
        g->setLineStyle(QCPGraph::lsNone);
        QColor fill = colour;
        fill.setAlpha(170);
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, fill, 5));
        g->setData(xs[s], ys[s], true);
        g->setSelectable(QCP::stNone);
        if (xs[s].isEmpty())
            g->removeFromLegend();
        m_classGraphs.append(g);
    }
    // The overlay's own legend entries go last.
    if (m_plot->legend->hasItemWithPlottable(m_current))
        m_current->removeFromLegend();
    m_current->addToLegend();
    if (map->identity) {
        m_plot->xAxis->setLabel(tr("z₁"));
        m_plot->yAxis->setLabel(tr("z₂"));
        m_status->setText(tr("%1: %2 images at their encoded means. The latent is 2-D: this is the latent space "
                             "itself.\nHover: the nearest image · press or drag: decode that point · wheel: zoom")
                              .arg(map->datasetName)
                              .arg(map->count));
    } else {
        const double explained = map->projection.totalVariance > 0
                                     ? 100.0 * (map->projection.explainedVariance.at(0) + map->projection.explainedVariance.at(1)) /
                                           map->projection.totalVariance
                                     : 0.0;
        m_plot->xAxis->setLabel(tr("principal component 1"));
        m_plot->yAxis->setLabel(tr("principal component 2"));
        m_status->setText(tr("%1: %2 images at their encoded means, the %3-D latents projected on their two main "
                             "axes (PCA, %4% of the variance).\nHover: the nearest image · press or drag: decode "
                             "that point · wheel: zoom")
                              .arg(map->datasetName)
                              .arg(map->count)
                              .arg(map->dim)
                              .arg(QLocale().toString(explained, 'f', 0)));
    }
    resetView();
    updatePaths();
    updateCurrentMarker();
}

void LatentMapPanel::resetView()
{
    const auto &map = m_state->map();
    if (!map || map->count == 0)
        return;
    double minX = 1e30, maxX = -1e30, minY = 1e30, maxY = -1e30;
    for (int i = 0; i < map->count; ++i) {
        minX = std::min<double>(minX, map->points[std::size_t(i) * 2]);
        maxX = std::max<double>(maxX, map->points[std::size_t(i) * 2]);
        minY = std::min<double>(minY, map->points[std::size_t(i) * 2 + 1]);
        maxY = std::max<double>(maxY, map->points[std::size_t(i) * 2 + 1]);
    }
    const double padX = std::max(1e-3, (maxX - minX) * 0.06), padY = std::max(1e-3, (maxY - minY) * 0.06);
    m_plot->xAxis->setRange(minX - padX, maxX + padX);
    m_plot->yAxis->setRange(minY - padY, maxY + padY);
    m_plot->replot();
}

QPoint LatentMapPanel::pixelFor(const QPointF &p) const
{
    return QPoint(int(std::lround(m_plot->xAxis->coordToPixel(p.x()))), int(std::lround(m_plot->yAxis->coordToPixel(p.y()))));
}

QPointF LatentMapPanel::mapPointAt(const QPoint &pixel) const
{
    return {m_plot->xAxis->pixelToCoord(pixel.x()), m_plot->yAxis->pixelToCoord(pixel.y())};
}

void LatentMapPanel::replotOverlay()
{
    // Only the buffered overlay layer is redrawn: the thousands of points below stay cached.
    m_overlay->replot();
}

void LatentMapPanel::updateCurrentMarker()
{
    if (!m_state->hasMap() || m_state->current().empty()) {
        m_current->data()->clear();
    } else {
        const QPointF p = m_state->map()->project(m_state->current());
        m_current->setData(QVector<double>{p.x()}, QVector<double>{p.y()}, true);
    }
    replotOverlay();
}

void LatentMapPanel::updatePaths()
{
    auto fill = [this](QCPCurve *curve, const std::vector<engine::vae::Latent> &path) {
        QVector<double> xs, ys;
        if (m_state->hasMap()) {
            for (const auto &z : path) {
                const QPointF p = m_state->map()->project(z);
                xs.append(p.x());
                ys.append(p.y());
            }
        }
        curve->setData(xs, ys);
        if (xs.isEmpty())
            curve->removeFromLegend();
        else if (!m_plot->legend->hasItemWithPlottable(curve))
            curve->addToLegend();
    };
    fill(m_lerpCurve, m_state->lerpPath());
    fill(m_slerpCurve, m_state->slerpPath());
    m_plot->replot(QCustomPlot::rpQueuedReplot); // the legend may have changed
}

void LatentMapPanel::hover(const QPoint &pixel)
{
    if (!m_state->hasMap()) {
        hideHover();
        return;
    }
    const auto &map = m_state->map();
    const QPointF p = mapPointAt(pixel);
    const int i = map->nearest(p.x(), p.y());
    if (i < 0) {
        hideHover();
        return;
    }
    if (i != m_hovered) {
        m_hovered = i;
        const QImage image = toQImage(map->images[std::size_t(i)]);
        const QString caption = tr("%1 · #%2").arg(map->className(map->labels[std::size_t(i)])).arg(map->indices[std::size_t(i)]);
        const QSize size = image.size() * kPopupScale;
        const int captionHeight = fontMetrics().height() + 4;
        QPixmap pixmap(std::max(size.width(), fontMetrics().horizontalAdvance(caption) + 8), size.height() + captionHeight);
        pixmap.fill(Qt::white);
        QPainter painter(&pixmap);
        painter.drawImage(QRect(QPoint((pixmap.width() - size.width()) / 2, 0), size), image);
        painter.setPen(Qt::black);
        painter.drawText(QRect(0, size.height(), pixmap.width(), captionHeight), Qt::AlignCenter, caption);
        painter.end();
        m_popup->setPixmap(pixmap);
        m_popup->adjustSize();
        m_hoverMark->setData(QVector<double>{map->points[std::size_t(i) * 2]}, QVector<double>{map->points[std::size_t(i) * 2 + 1]}, true);
        replotOverlay();
    }
    QPoint at = pixel + QPoint(18, 18);
    if (at.x() + m_popup->width() > m_plot->width())
        at.setX(pixel.x() - 18 - m_popup->width());
    if (at.y() + m_popup->height() > m_plot->height())
        at.setY(pixel.y() - 18 - m_popup->height());
    m_popup->move(at);
    m_popup->show();
    m_popup->raise();
}

void LatentMapPanel::hideHover()
{
    m_popup->hide();
    if (m_hovered >= 0 || !m_hoverMark->data()->isEmpty()) {
        m_hovered = -1;
        m_hoverMark->data()->clear();
        replotOverlay();
    }
}

void LatentMapPanel::moveCurrentTo(const QPoint &pixel)
{
    if (!m_state->hasMap())
        return;
    const QPointF p = mapPointAt(pixel);
    m_state->setCurrent(m_state->map()->latentAt(p.x(), p.y()), ExplorerState::Origin::Map);
}

void LatentMapPanel::setPickMode(bool on)
{
    if (m_pickMode == on)
        return;
    m_pickMode = on;
    m_plot->setCursor(on ? Qt::PointingHandCursor : Qt::CrossCursor);
    Q_EMIT pickModeChanged(on);
}

bool LatentMapPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_plot)
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        auto *e = static_cast<QMouseEvent *>(event);
        if (e->button() != Qt::LeftButton || !m_plot->axisRect()->rect().contains(e->position().toPoint()))
            break;
        m_pressPos = e->position().toPoint();
        if (!m_pickMode) {
            m_dragging = true;
            moveCurrentTo(m_pressPos);
        }
        return true;
    }
    case QEvent::MouseMove: {
        auto *e = static_cast<QMouseEvent *>(event);
        const QPoint pos = e->position().toPoint();
        if (m_dragging && (e->buttons() & Qt::LeftButton))
            moveCurrentTo(pos);
        hover(pos);
        break;
    }
    case QEvent::MouseButtonRelease: {
        auto *e = static_cast<QMouseEvent *>(event);
        if (e->button() != Qt::LeftButton)
            break;
        const QPoint pos = e->position().toPoint();
        if (m_dragging) {
            m_dragging = false;
            moveCurrentTo(pos);
        } else if (m_pickMode && (pos - m_pressPos).manhattanLength() < 6 && m_state->hasMap()) {
            const QPointF p = mapPointAt(pos);
            const int i = m_state->map()->nearest(p.x(), p.y());
            if (i >= 0)
                Q_EMIT pointPicked(i);
        }
        return true;
    }
    case QEvent::Leave:
        hideHover();
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace genlab::widgets
