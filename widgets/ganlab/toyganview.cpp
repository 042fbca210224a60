#include "widgets/ganlab/toyganview.h"

#include "services/latent/latentoutputs.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace genlab::widgets::ganlab {

namespace {

// Blue (D says fake) through white to orange (D says real), as GAN Lab colours its plane.
QRgb scoreColour(double t)
{
    t = std::clamp(t, 0.0, 1.0);
    const QColor fake(66, 133, 244), mid(245, 245, 245), real(251, 140, 0);
    const QColor &a = t < 0.5 ? fake : mid;
    const QColor &b = t < 0.5 ? mid : real;
    const double u = t < 0.5 ? t * 2 : (t - 0.5) * 2;
    return qRgb(int(a.red() + (b.red() - a.red()) * u), int(a.green() + (b.green() - a.green()) * u),
                int(a.blue() + (b.blue() - a.blue()) * u));
}

// Drawing: a drag sprays kSprayPoints points (normal, sigma kSpraySigma in plane units) each time
// the cursor has moved kSprayStepPx since the last spray; at most kMaxDrawnPoints in all.
constexpr int kSprayPoints = 3;
constexpr double kSpraySigma = 0.08;
constexpr double kSprayStepPx = 6.0;
constexpr int kMaxDrawnPoints = 4000;

} // namespace

ToyGanView::ToyGanView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("toyGanView"));
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void ToyGanView::setSnapshot(const engine::gan::ToySnapshot &snapshot)
{
    m_snapshot = snapshot;
    m_has = true;
    rebuildHeatMap();
    update();
}

void ToyGanView::setLayers(int layers)
{
    m_layers = layers;
    update();
}

void ToyGanView::rebuildHeatMap()
{
    const int n = m_snapshot.heatmapSize;
    if (n <= 0 || m_snapshot.heatmap.size() != std::size_t(n) * n) {
        m_heat = QImage();
        return;
    }
    m_heat = QImage(n, n, QImage::Format_RGB32);
    const double lo = m_snapshot.heatmapIsProbability ? 0.0 : m_snapshot.heatmapMin;
    const double hi = m_snapshot.heatmapIsProbability ? 1.0 : m_snapshot.heatmapMax;
    const double span = hi > lo ? hi - lo : 1.0;
    for (int row = 0; row < n; ++row) {
        auto *line = reinterpret_cast<QRgb *>(m_heat.scanLine(row));
        for (int col = 0; col < n; ++col)
            line[col] = scoreColour((m_snapshot.heatmap[std::size_t(row) * n + col] - lo) / span);
    }
}

void ToyGanView::setDrawMode(bool on)
{
    m_drawing = on;
    m_dragging = false;
    setCursor(on ? Qt::CrossCursor : Qt::ArrowCursor);
    update();
}

void ToyGanView::setDrawnPoints(const std::vector<float> &points)
{
    m_drawn.assign(points.begin(), points.begin() + std::ptrdiff_t(std::min<std::size_t>(points.size() & ~std::size_t(1),
                                                                                          2 * kMaxDrawnPoints)));
    update();
    Q_EMIT drawnPointsChanged(drawnCount());
}

void ToyGanView::clearDrawnPoints()
{
    m_drawn.clear();
    update();
    Q_EMIT drawnPointsChanged(0);
}

const engine::gan::ViewRequest &ToyGanView::viewRange() const
{
    static const engine::gan::ViewRequest kDefault;
    return m_has ? m_snapshot.view : kDefault;
}

QPointF ToyGanView::planeToWidget(double x, double y) const
{
    const QRectF r = plotRect();
    const auto &v = viewRange();
    return {r.left() + (x - v.xMin) / (v.xMax - v.xMin) * r.width(), r.top() + (v.yMax - y) / (v.yMax - v.yMin) * r.height()};
}

QPointF ToyGanView::widgetToPlane(const QPointF &p) const
{
    const QRectF r = plotRect();
    const auto &v = viewRange();
    return {v.xMin + (p.x() - r.left()) / r.width() * (v.xMax - v.xMin), v.yMax - (p.y() - r.top()) / r.height() * (v.yMax - v.yMin)};
}

void ToyGanView::addPoint(const QPointF &widgetPos)
{
    if (drawnCount() >= kMaxDrawnPoints || !plotRect().contains(widgetPos))
        return;
    const QPointF q = widgetToPlane(widgetPos);
    m_drawn.push_back(float(q.x()));
    m_drawn.push_back(float(q.y()));
}

void ToyGanView::spray(const QPointF &widgetPos)
{
    if (!plotRect().contains(widgetPos))
        return;
    const QPointF c = widgetToPlane(widgetPos);
    const auto &v = viewRange();
    // Offsets from the studio's own seeded normal draws: the same drag gives the same points.
    const std::vector<float> offsets = services::latent::priorLatents(kSprayPoints, 2, ++m_sprays, kSpraySigma);
    for (int i = 0; i < kSprayPoints && drawnCount() < kMaxDrawnPoints; ++i) {
        const double x = std::clamp(c.x() + offsets[std::size_t(2 * i)], v.xMin, v.xMax);
        const double y = std::clamp(c.y() + offsets[std::size_t(2 * i + 1)], v.yMin, v.yMax);
        m_drawn.push_back(float(x));
        m_drawn.push_back(float(y));
    }
}

void ToyGanView::mousePressEvent(QMouseEvent *event)
{
    if (!m_drawing) {
        QWidget::mousePressEvent(event);
        return;
    }
    if (event->button() == Qt::RightButton) {
        clearDrawnPoints();
    } else if (event->button() == Qt::LeftButton) {
        m_dragging = true;
        m_lastSpray = event->position();
        addPoint(event->position());
        update();
        Q_EMIT drawnPointsChanged(drawnCount());
    }
    event->accept();
}

void ToyGanView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_drawing || !m_dragging) {
        QWidget::mouseMoveEvent(event);
        return;
    }
    if (QLineF(m_lastSpray, event->position()).length() >= kSprayStepPx) {
        m_lastSpray = event->position();
        spray(event->position());
        update();
        Q_EMIT drawnPointsChanged(drawnCount());
    }
    event->accept();
}

void ToyGanView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        m_dragging = false;
    QWidget::mouseReleaseEvent(event);
}

QRectF ToyGanView::plotRect() const
{
    const double side = std::max(10, std::min(width(), height()) - 16);
    return {(width() - side) / 2.0, (height() - side) / 2.0, side, side};
}

QPointF ToyGanView::toWidget(double x, double y, const QRectF &r) const
{
    const auto &v = viewRange();
    return {r.left() + (x - v.xMin) / (v.xMax - v.xMin) * r.width(), r.top() + (v.yMax - y) / (v.yMax - v.yMin) * r.height()};
}

void ToyGanView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().window());
    const QRectF r = plotRect();
    p.fillRect(r, QColor(250, 250, 250));
    if (!m_has && !m_drawing) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(r, Qt::AlignCenter | Qt::TextWordWrap, tr("Press Reset or Play to start the game"));
        return;
    }
    if ((m_layers & HeatMap) && !m_heat.isNull()) {
        p.setRenderHint(QPainter::SmoothPixmapTransform, true);
        p.drawImage(r, m_heat);
    }
    p.setRenderHint(QPainter::Antialiasing, true);
    p.save();
    p.setClipRect(r); // points, arrows and the mesh may leave the view: they are cut at its edge
    const auto &s = m_snapshot;
    if ((m_layers & Manifold) && s.manifoldRows > 0 && s.manifoldCols > 0 &&
        s.manifold.size() == std::size_t(2) * s.manifoldRows * s.manifoldCols) {
        p.setPen(QPen(QColor(90, 90, 90, 110), 1.0));
        auto at = [&](int i, int j) {
            const std::size_t k = std::size_t(2) * (std::size_t(i) * s.manifoldCols + j);
            return toWidget(s.manifold[k], s.manifold[k + 1], r);
        };
        QList<QPointF> line;
        for (int i = 0; i < s.manifoldRows; ++i) {
            line.clear();
            for (int j = 0; j < s.manifoldCols; ++j)
                line.append(at(i, j));
            p.drawPolyline(line.constData(), int(line.size()));
        }
        for (int j = 0; j < s.manifoldCols && s.manifoldRows > 1; ++j) {
            line.clear();
            for (int i = 0; i < s.manifoldRows; ++i)
                line.append(at(i, j));
            p.drawPolyline(line.constData(), int(line.size()));
        }
    }
    // Batched: one drawPoints / drawLines call per layer keeps a frame of 1,000 points and arrows
    // to a few milliseconds, so the game can redraw 20+ times a second without the GUI stuttering.
    const double dot = std::max(4.0, r.width() / 90.0);
    QList<QPointF> points;
    auto drawPoints = [&](const std::vector<float> &xy, const QColor &colour) {
        points.clear();
        points.reserve(qsizetype(xy.size() / 2));
        for (std::size_t i = 0; i + 1 < xy.size(); i += 2)
            points.append(toWidget(xy[i], xy[i + 1], r));
        p.setPen(QPen(colour, dot, Qt::SolidLine, Qt::RoundCap));
        p.drawPoints(points.constData(), int(points.size()));
    };
    if ((m_layers & Gradients) && s.fakeGradients.size() == s.fake.size() && !s.fake.empty()) {
        // Arrows are scaled together so that the longest is a tenth of the plot: directions and
        // relative strengths read at a glance, whatever the loss's scale.
        double longest = 0;
        for (std::size_t i = 0; i + 1 < s.fakeGradients.size(); i += 2)
            longest = std::max(longest, std::hypot(double(s.fakeGradients[i]), double(s.fakeGradients[i + 1])));
        if (longest > 0) {
            const double unit = 0.1 * (s.view.xMax - s.view.xMin) / longest;
            QList<QLineF> lines;
            lines.reserve(qsizetype(s.fake.size() / 2));
            for (std::size_t i = 0; i + 1 < s.fake.size(); i += 2)
                lines.append(QLineF(toWidget(s.fake[i], s.fake[i + 1], r),
                                    toWidget(s.fake[i] + s.fakeGradients[i] * unit, s.fake[i + 1] + s.fakeGradients[i + 1] * unit, r)));
            p.setPen(QPen(QColor(60, 0, 60, 150), 1.0));
            p.drawLines(lines.constData(), int(lines.size()));
        }
    }
    if (m_layers & RealPoints)
        drawPoints(s.real, QColor(46, 160, 67, 200));
    if (m_layers & FakePoints)
        drawPoints(s.fake, QColor(200, 30, 160, 210));
    if (m_drawing || !m_drawn.empty()) {
        // The user's own points: dark dots with a white rim, readable over the heat map's colours,
        // filled while drawing and hollow once they only mark what the game was given.
        QList<QPointF> pts;
        pts.reserve(qsizetype(m_drawn.size() / 2));
        for (std::size_t i = 0; i + 1 < m_drawn.size(); i += 2)
            pts.append(toWidget(m_drawn[i], m_drawn[i + 1], r));
        const double big = dot + 2.5;
        p.setPen(QPen(QColor(255, 255, 255, 220), big, Qt::SolidLine, Qt::RoundCap));
        p.drawPoints(pts.constData(), int(pts.size()));
        p.setPen(QPen(m_drawing ? QColor(20, 20, 20) : QColor(20, 20, 20, 90), dot, Qt::SolidLine, Qt::RoundCap));
        p.drawPoints(pts.constData(), int(pts.size()));
    }
    p.restore();
    if (m_drawing) {
        const QString hint = tr("Drawing · click adds, drag sprays, right-click clears · %1 points").arg(drawnCount());
        const QRectF band(r.left(), r.top(), r.width(), fontMetrics().height() + 8);
        p.fillRect(band, QColor(255, 255, 255, 200));
        p.setPen(QColor(30, 30, 30));
        p.drawText(band.adjusted(6, 0, -6, 0), Qt::AlignVCenter | Qt::AlignLeft,
                   fontMetrics().elidedText(hint, Qt::ElideMiddle, int(band.width()) - 12));
    }
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setPen(palette().color(QPalette::Mid));
    p.setBrush(Qt::NoBrush);
    p.drawRect(r);
}

} // namespace genlab::widgets::ganlab
