#include "widgets/ganlab/featuremapview.h"

#include "widgets/components/imageconvert.h"

#include <QLinearGradient>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace genlab::widgets::ganlab {

using engine::gan::FeatureMapPoint;
using engine::gan::FeatureMapPreview;

namespace {

// Colours of D's score, as the toy GAN's plane has them: blue (fake) to orange (real). The middle
// is a light grey rather than white: a GAN near equilibrium scores most images about 0.5, and
// those markers must still stand out from the plot's background.
const QColor kFakeColour(66, 133, 244), kMidColour(222, 222, 222), kRealColour(251, 140, 0);

QColor scoreColour(double t)
{
    t = std::clamp(t, 0.0, 1.0);
    const QColor &a = t < 0.5 ? kFakeColour : kMidColour;
    const QColor &b = t < 0.5 ? kMidColour : kRealColour;
    const double u = t < 0.5 ? t * 2 : (t - 0.5) * 2;
    return QColor(int(a.red() + (b.red() - a.red()) * u), int(a.green() + (b.green() - a.green()) * u),
                  int(a.blue() + (b.blue() - a.blue()) * u));
}

constexpr double kMarker = 5.5;      // marker radius in pixels
constexpr double kHitSlack = 3.0;    // how far outside a marker the mouse still picks it
constexpr double kArrowShare = 0.07; // a typical (90th percentile) arrow: this share of the plot's side
constexpr int kPopupZoom = 4;        // the hovered image, enlarged (28 px -> 112 px)
constexpr int kMaxMaps = 200;        // kept steps; beyond, every second old one is dropped

QPolygonF triangle(QPointF c, double r)
{
    return QPolygonF({c + QPointF(0, -r * 1.25), c + QPointF(r * 1.1, r * 0.75), c + QPointF(-r * 1.1, r * 0.75)});
}

QString className(const FeatureMapPreview &map, int index)
{
    if (index >= 0 && index < int(map.classNames.size()) && !map.classNames[std::size_t(index)].empty())
        return QString::fromStdString(map.classNames[std::size_t(index)]);
    return QString::number(index);
}

} // namespace

FeatureMapView::FeatureMapView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("featureMapView"));
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

FeatureMapView::~FeatureMapView() = default;

void FeatureMapView::record(const FeatureMapPreview &map)
{
    m_maps.erase(m_maps.upper_bound(map.step), m_maps.end());
    m_maps[map.step] = map;
    if (int(m_maps.size()) > kMaxMaps) {
        // Thin the older half so a long run keeps bounded memory and still spans every phase.
        bool drop = false;
        for (auto it = m_maps.begin(); it != m_maps.end() && int(m_maps.size()) > kMaxMaps / 2 + 1;) {
            if (std::next(it) != m_maps.end() && drop)
                it = m_maps.erase(it);
            else
                ++it;
            drop = !drop;
        }
    }
    growExtent(map);
    updateShown();
}

bool FeatureMapView::recordPartial(const engine::Partial &partial)
{
    auto map = FeatureMapPreview::decode(partial);
    if (!map)
        return false;
    record(*map);
    return true;
}

void FeatureMapView::showStep(qint64 step)
{
    m_requested = step;
    updateShown();
}

void FeatureMapView::clear()
{
    m_maps.clear();
    m_extent = QRectF();
    m_rawLow = m_rawHigh = 0;
    m_requested = -1;
    updateShown();
}

qint64 FeatureMapView::shownStep() const
{
    return m_shown ? m_shown->step : -1;
}

const FeatureMapPreview *FeatureMapView::shownMap() const
{
    return m_shown;
}

void FeatureMapView::updateShown()
{
    const FeatureMapPreview *shown = nullptr;
    if (!m_maps.empty()) {
        auto it = m_requested < 0 ? m_maps.end() : m_maps.upper_bound(m_requested);
        if (it != m_maps.begin())
            shown = &std::prev(it)->second;
    }
    m_shown = shown;
    setHovered(m_hovered >= 0 && m_shown && m_hovered < int(m_shown->points.size()) ? m_hovered : -1);
    update();
}

void FeatureMapView::growExtent(const FeatureMapPreview &map)
{
    for (const FeatureMapPoint &pt : map.points) {
        const QRectF dot(pt.x, pt.y, 1e-6, 1e-6); // a null rectangle would not unite
        m_extent = m_extent.isNull() ? dot : m_extent.united(dot);
        if (!map.scoreIsProbability) {
            m_rawLow = std::min(m_rawLow, double(pt.score));
            m_rawHigh = std::max(m_rawHigh, double(pt.score));
        }
    }
}

double FeatureMapView::colourValue(const FeatureMapPreview &map, float score) const
{
    if (map.scoreIsProbability)
        return score;
    return m_rawHigh > m_rawLow ? (score - m_rawLow) / (m_rawHigh - m_rawLow) : 0.5;
}

FeatureMapView::Layout FeatureMapView::layout() const
{
    Layout l;
    const QFontMetricsF fm(font());
    const double line = fm.height();
    l.title = QRectF(8, 4, width() - 16, line * 2 + 4);
    l.legend = QRectF(8, height() - line - 8, width() - 16, line + 4);
    const double barWidth = 14, barLabels = fm.horizontalAdvance(QStringLiteral("0.00 ")) + 4;
    const double top = l.title.bottom() + 4, bottom = l.legend.top() - 6;
    const double right = width() - 8 - barWidth - barLabels - 8;
    l.plot = QRectF(8, top, std::max(40.0, right - 8), std::max(40.0, bottom - top));
    l.colourBar = QRectF(l.plot.right() + 8, top + line, barWidth, std::max(20.0, l.plot.height() - 2 * line));
    return l;
}

QPointF FeatureMapView::toWidget(double x, double y, const QRectF &plot) const
{
    // The extent with a margin, the same scale on both axes (distances read the same either way).
    const QRectF e = m_extent.isNull() ? QRectF(-1, -1, 2, 2) : m_extent;
    const double span = std::max({e.width(), e.height(), 1e-6}) * 1.1;
    const double scale = std::min(plot.width(), plot.height()) / span;
    const QPointF c = e.center();
    return {plot.center().x() + (x - c.x()) * scale, plot.center().y() - (y - c.y()) * scale};
}

int FeatureMapView::pointAt(QPointF pos) const
{
    if (!m_shown)
        return -1;
    const QRectF plot = layout().plot;
    int best = -1;
    double bestDistance = kMarker + kHitSlack;
    for (int i = 0; i < int(m_shown->points.size()); ++i) {
        const FeatureMapPoint &pt = m_shown->points[std::size_t(i)];
        const double d = QLineF(pos, toWidget(pt.x, pt.y, plot)).length();
        if (d <= bestDistance) { // ties go to the later point: the one drawn on top
            best = i;
            bestDistance = d;
        }
    }
    return best;
}

QPointF FeatureMapView::pointPosition(int index) const
{
    if (!m_shown || index < 0 || index >= int(m_shown->points.size()))
        return {};
    const FeatureMapPoint &pt = m_shown->points[std::size_t(index)];
    return toWidget(pt.x, pt.y, layout().plot);
}

void FeatureMapView::setHovered(int index)
{
    if (index == m_hovered)
        return;
    m_hovered = index;
    update();
    Q_EMIT hoveredChanged(index);
}

void FeatureMapView::mouseMoveEvent(QMouseEvent *event)
{
    setHovered(pointAt(event->position()));
    QWidget::mouseMoveEvent(event);
}

void FeatureMapView::leaveEvent(QEvent *event)
{
    setHovered(-1);
    QWidget::leaveEvent(event);
}

void FeatureMapView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().window());
    const Layout l = layout();
    p.fillRect(l.plot, QColor(252, 252, 252));
    p.setPen(palette().color(QPalette::Mid));
    p.drawRect(l.plot);
    if (!m_shown) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(l.plot.adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                   m_maps.empty() ? tr("The feature map appears with the first preview of a run that has a "
                                       "classifier: real and generated images placed by what the classifier sees "
                                       "in them.")
                                  : tr("No feature map at or before this step."));
        return;
    }
    const FeatureMapPreview &map = *m_shown;

    // Title: what the axes are and which step this is.
    p.setPen(palette().color(QPalette::WindowText));
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    const QFontMetricsF fm(font());
    p.drawText(QRectF(l.title.left(), l.title.top(), l.title.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Feature map at step %1").arg(map.step));
    p.setFont(font());
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawText(QRectF(l.title.left(), l.title.top() + fm.height() + 2, l.title.width(), fm.height()),
               Qt::AlignLeft | Qt::AlignVCenter,
               fm.elidedText(tr("Axes: the first two principal components of the %1").arg(QString::fromStdString(map.axes)),
                             Qt::ElideRight, l.title.width()));

    p.save();
    p.setClipRect(l.plot.adjusted(1, 1, -1, -1));
    p.setRenderHint(QPainter::Antialiasing, true);

    // Arrows first (under the markers), scaled together: a typical one is kArrowShare of the plot.
    std::vector<double> lengths;
    for (const FeatureMapPoint &pt : map.points)
        if (pt.fake)
            lengths.push_back(std::hypot(double(pt.dx), double(pt.dy)));
    double unitPixels = 0;
    if (!lengths.empty()) {
        std::sort(lengths.begin(), lengths.end());
        const double typical = lengths[std::min(lengths.size() - 1, lengths.size() * 9 / 10)];
        if (typical > 0)
            unitPixels = kArrowShare * std::min(l.plot.width(), l.plot.height()) / typical;
    }
    if (unitPixels > 0) {
        const QColor arrow(70, 20, 90, 170);
        p.setPen(QPen(arrow, 1.3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(arrow);
        for (const FeatureMapPoint &pt : map.points) {
            if (!pt.fake)
                continue;
            const QPointF a = toWidget(pt.x, pt.y, l.plot);
            const QPointF v(pt.dx * unitPixels, -pt.dy * unitPixels);
            const double length = std::hypot(v.x(), v.y());
            if (length < 1.5)
                continue;
            const QPointF b = a + v, u = v / length, n(-u.y(), u.x());
            const double head = std::min(6.0, length * 0.45);
            p.drawLine(a, b - u * head * 0.6);
            p.drawPolygon(QPolygonF({b, b - u * head + n * head * 0.45, b - u * head - n * head * 0.45}));
        }
    }

    // Markers: real circles, fake triangles, filled by D's score; the hovered one ringed.
    p.setPen(QPen(QColor(40, 40, 40, 200), 1.0));
    for (int pass = 0; pass < 2; ++pass) // real under fake: the fakes and their arrows are the story
        for (const FeatureMapPoint &pt : map.points) {
            if (pt.fake != (pass == 1))
                continue;
            p.setBrush(scoreColour(colourValue(map, pt.score)));
            const QPointF c = toWidget(pt.x, pt.y, l.plot);
            if (pt.fake)
                p.drawPolygon(triangle(c, kMarker));
            else
                p.drawEllipse(c, kMarker * 0.9, kMarker * 0.9);
        }
    if (m_hovered >= 0 && m_hovered < int(map.points.size())) {
        const FeatureMapPoint &pt = map.points[std::size_t(m_hovered)];
        p.setPen(QPen(palette().color(QPalette::Highlight), 2.0));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(toWidget(pt.x, pt.y, l.plot), kMarker + 4, kMarker + 4);
    }
    p.restore();

    drawColourBar(p, l, map);
    drawLegend(p, l, map);
    if (m_hovered >= 0 && m_hovered < int(map.points.size()))
        drawPopup(p, l, map);
}

void FeatureMapView::drawColourBar(QPainter &p, const Layout &l, const FeatureMapPreview &map) const
{
    const QRectF bar = l.colourBar;
    QLinearGradient g(bar.bottomLeft(), bar.topLeft());
    for (int i = 0; i <= 10; ++i)
        g.setColorAt(i / 10.0, scoreColour(i / 10.0));
    p.setPen(palette().color(QPalette::Mid));
    p.setBrush(g);
    p.drawRect(bar);
    const QFontMetricsF fm(font());
    const double high = map.scoreIsProbability ? 1.0 : m_rawHigh, low = map.scoreIsProbability ? 0.0 : m_rawLow;
    p.setPen(palette().color(QPalette::WindowText));
    const QRectF labels(bar.right() + 4, bar.top() - fm.height() / 2, width() - bar.right() - 4, fm.height());
    p.drawText(labels, Qt::AlignLeft | Qt::AlignVCenter, QString::number(high, 'f', map.scoreIsProbability ? 0 : 2));
    p.drawText(labels.translated(0, bar.height()), Qt::AlignLeft | Qt::AlignVCenter,
               QString::number(low, 'f', map.scoreIsProbability ? 0 : 2));
    // What the bar measures, above it; what its ends mean, beside them.
    p.drawText(QRectF(bar.left() - 30, bar.top() - fm.height() * 1.6, bar.width() + 60, fm.height()), Qt::AlignCenter,
               map.scoreIsProbability ? tr("D(x)") : tr("D out"));
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawText(labels.translated(0, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, tr("real"));
    p.drawText(labels.translated(0, bar.height() - fm.height()), Qt::AlignLeft | Qt::AlignVCenter, tr("fake"));
}

void FeatureMapView::drawLegend(QPainter &p, const Layout &l, const FeatureMapPreview &map) const
{
    int real = 0, fake = 0;
    for (const FeatureMapPoint &pt : map.points)
        (pt.fake ? fake : real) += 1;
    const QFontMetricsF fm(font());
    p.setRenderHint(QPainter::Antialiasing, true);
    double x = l.legend.left() + kMarker + 2;
    const double y = l.legend.center().y();
    p.setPen(QPen(QColor(40, 40, 40, 200), 1.0));
    p.setBrush(kMidColour);
    p.drawEllipse(QPointF(x, y), kMarker * 0.9, kMarker * 0.9);
    x += kMarker + 6;
    const QString realText = tr("real images (%1)").arg(real);
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QPointF(x, y + fm.ascent() / 2 - 1), realText);
    x += fm.horizontalAdvance(realText) + 16 + kMarker;
    p.setPen(QPen(QColor(40, 40, 40, 200), 1.0));
    p.drawPolygon(triangle(QPointF(x, y), kMarker));
    x += kMarker + 6;
    const QString fakeText = tr("generated, fixed noise (%1)").arg(fake);
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QPointF(x, y + fm.ascent() / 2 - 1), fakeText);
    x += fm.horizontalAdvance(fakeText) + 16;
    const QColor arrow(70, 20, 90, 200);
    p.setPen(QPen(arrow, 1.3));
    p.setBrush(arrow);
    p.drawLine(QPointF(x, y), QPointF(x + 14, y));
    p.drawPolygon(QPolygonF({QPointF(x + 18, y), QPointF(x + 12, y - 3), QPointF(x + 12, y + 3)}));
    x += 24;
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRectF(x, l.legend.top(), l.legend.right() - x, l.legend.height()), Qt::AlignLeft | Qt::AlignVCenter,
               fm.elidedText(tr("where G's gradient pushes a fake"), Qt::ElideRight, std::max(0.0, l.legend.right() - x)));
}

// The hovered image enlarged, with what D and the classifier say about it, in a panel beside the
// point (inside the widget, so it shows in screenshots and under any platform plugin).
void FeatureMapView::drawPopup(QPainter &p, const Layout &l, const FeatureMapPreview &map) const
{
    const FeatureMapPoint &pt = map.points[std::size_t(m_hovered)];
    const QImage image = toQImage(pt.image);
    QStringList lines;
    lines << (pt.fake ? tr("Generated image") : tr("Real image"));
    const QString score = map.scoreIsProbability ? QString::number(pt.score, 'f', 3) : QString::number(pt.score, 'f', 2);
    lines << (map.scoreIsProbability ? tr("D(x) = %1").arg(score) : tr("D's output: %1").arg(score));
    if (pt.label >= 0)
        lines << (pt.fake ? tr("asked for class %1").arg(className(map, pt.label))
                          : tr("labelled %1").arg(className(map, pt.label)));
    if (pt.predicted >= 0)
        lines << tr("classifier: %1 (%2%)").arg(className(map, pt.predicted)).arg(qRound(pt.confidence * 100));
    if (pt.fake)
        lines << tr("one step along G's push: D %1").arg(QString::number(pt.scoreAfter, 'f', map.scoreIsProbability ? 3 : 2));

    const QFontMetricsF fm(font());
    double textWidth = 0;
    for (const QString &s : lines)
        textWidth = std::max(textWidth, fm.horizontalAdvance(s));
    const QSizeF picture = image.isNull() ? QSizeF(0, 0) : QSizeF(image.size() * kPopupZoom);
    const double pad = 8;
    const QSizeF size(std::max(picture.width(), textWidth) + 2 * pad,
                      picture.height() + (picture.isEmpty() ? 0 : pad) + fm.height() * lines.size() + 2 * pad);
    const QPointF at = toWidget(pt.x, pt.y, l.plot);
    // Below right of the point, or on the side where it stays inside the plot (off the colour bar).
    QPointF corner = at + QPointF(14, 14);
    if (corner.x() + size.width() > l.plot.right() - 2)
        corner.setX(at.x() - 14 - size.width());
    if (corner.y() + size.height() > l.plot.bottom() - 2)
        corner.setY(at.y() - 14 - size.height());
    corner.setX(std::clamp(corner.x(), 2.0, std::max(2.0, width() - size.width() - 2)));
    corner.setY(std::clamp(corner.y(), 2.0, std::max(2.0, height() - size.height() - 2)));
    const QRectF box(corner, size);

    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(QPen(palette().color(QPalette::Mid), 1.0));
    p.setBrush(palette().color(QPalette::ToolTipBase));
    p.drawRoundedRect(box, 6, 6);
    double y = box.top() + pad;
    if (!image.isNull()) {
        p.setRenderHint(QPainter::SmoothPixmapTransform, false); // pixels stay pixels
        const QRectF target(box.left() + (box.width() - picture.width()) / 2, y, picture.width(), picture.height());
        p.drawImage(target, image);
        p.setPen(QPen(scoreColour(colourValue(map, pt.score)), 3.0));
        p.setBrush(Qt::NoBrush);
        p.drawRect(target.adjusted(-1.5, -1.5, 1.5, 1.5));
        y += picture.height() + pad;
    }
    p.setPen(palette().color(QPalette::ToolTipText));
    for (int i = 0; i < lines.size(); ++i) {
        QFont f = font();
        f.setBold(i == 0);
        p.setFont(f);
        p.drawText(QRectF(box.left() + pad, y, box.width() - 2 * pad, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   lines[i]);
        y += fm.height();
    }
    p.setFont(font());
}

} // namespace genlab::widgets::ganlab
