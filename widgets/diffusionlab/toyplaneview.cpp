#include "widgets/diffusionlab/toyplaneview.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace genlab::widgets::diffusionlab {

namespace {

const QColor kDataColour(46, 160, 67, 70);     // the toy's points: faint green, as the GAN lab's real points
const QColor kSampleColour(200, 30, 160, 215); // the sampled points: magenta, as the GAN lab's fakes
const QColor kPathColour(200, 30, 160, 90);
const QColor kArrowColour(40, 60, 110, 170);
// |ε̂| at which an arrow reaches its full length (one grid cell): the noise the model sees is N(0, I),
// so a prediction of about this size means "this point is mostly noise, move it a lot".
constexpr double kFullArrowEpsilon = 1.5;
constexpr double kTickStep = 1.0;

} // namespace

ToyPlaneView::ToyPlaneView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("toyPlaneView"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ToyPlaneView::setDataPoints(const std::vector<float> &xy)
{
    m_data = xy;
    update();
}

void ToyPlaneView::setPoints(const std::vector<float> &xy, std::vector<const std::vector<float> *> trail)
{
    m_points = xy;
    m_paths.clear();
    const std::size_t paths = std::min<std::size_t>(kPathCount, xy.size() / 2);
    if (!trail.empty() && paths > 0) {
        m_paths.assign(paths, {});
        for (auto &path : m_paths)
            path.reserve(trail.size() + 1);
        for (const std::vector<float> *step : trail)
            for (std::size_t i = 0; i < paths && step && 2 * i + 1 < step->size(); ++i)
                m_paths[i].push_back(QPointF((*step)[2 * i], (*step)[2 * i + 1]));
        for (std::size_t i = 0; i < paths; ++i)
            m_paths[i].push_back(QPointF(xy[2 * i], xy[2 * i + 1]));
    }
    update();
}

void ToyPlaneView::clearPoints()
{
    m_points.clear();
    m_paths.clear();
    update();
}

void ToyPlaneView::setField(const engine::diffusion::ToyField &field)
{
    m_field = field;
    update();
}

void ToyPlaneView::clearField()
{
    m_field = {};
    update();
}

void ToyPlaneView::setCaption(const QString &caption)
{
    m_caption = caption;
    update();
}

void ToyPlaneView::setPlaceholder(const QString &text)
{
    m_placeholder = text;
    update();
}

void ToyPlaneView::setLayers(int layers)
{
    m_layers = layers;
    update();
}

QRectF ToyPlaneView::plotRect() const
{
    // Room on the left and below for the tick labels.
    const QFontMetrics fm = fontMetrics();
    const double left = fm.horizontalAdvance(QStringLiteral("−3")) + 12;
    const double bottom = fm.height() + 8;
    const double side = std::max(20.0, std::min(width() - left - 8, height() - bottom - 8));
    const double x = left + (width() - left - 8 - side) / 2;
    const double y = 8 + (height() - bottom - 8 - side) / 2;
    return {x, y, side, side};
}

QPointF ToyPlaneView::planeToWidget(double x, double y) const
{
    const QRectF r = plotRect();
    return {r.left() + (x + kExtent) / (2 * kExtent) * r.width(),
            r.top() + (kExtent - y) / (2 * kExtent) * r.height()};
}

void ToyPlaneView::drawAxes(QPainter &p, const QRectF &r) const
{
    const QFontMetrics fm = fontMetrics();
    p.setPen(QPen(QColor(0, 0, 0, 22), 1.0));
    for (double v = -3; v <= 3.001; v += kTickStep) {
        const QPointF a = planeToWidget(v, -kExtent), b = planeToWidget(v, kExtent);
        p.drawLine(a, b);
        const QPointF c = planeToWidget(-kExtent, v), d = planeToWidget(kExtent, v);
        p.drawLine(c, d);
    }
    p.setPen(QPen(QColor(0, 0, 0, 50), 1.0));
    p.drawLine(planeToWidget(0, -kExtent), planeToWidget(0, kExtent));
    p.drawLine(planeToWidget(-kExtent, 0), planeToWidget(kExtent, 0));
    p.setPen(palette().color(QPalette::WindowText));
    for (double v = -3; v <= 3.001; v += kTickStep) {
        const QString label = v < 0 ? QStringLiteral("−%1").arg(-v) : QString::number(v);
        const QPointF bx = planeToWidget(v, -kExtent);
        p.drawText(QRectF(bx.x() - 20, r.bottom() + 3, 40, fm.height()), Qt::AlignHCenter | Qt::AlignTop,
                   label);
        const QPointF ly = planeToWidget(-kExtent, v);
        p.drawText(QRectF(0, ly.y() - fm.height() / 2.0, r.left() - 5, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, label);
    }
}

void ToyPlaneView::drawField(QPainter &p, const QRectF &r) const
{
    const auto &f = m_field;
    const int n = f.size;
    if (n <= 0 || f.epsilon.size() != std::size_t(n) * n * 2 || f.points.size() != f.epsilon.size())
        return;
    const double cell = r.width() * (f.xMax - f.xMin) / (2 * kExtent) / n;
    const double longest = 0.9 * cell;
    const double head = std::clamp(cell * 0.22, 2.5, 6.0);
    QList<QLineF> lines;
    lines.reserve(qsizetype(3 * n * n));
    for (std::size_t i = 0; i + 1 < f.epsilon.size(); i += 2) {
        const double ex = f.epsilon[i], ey = f.epsilon[i + 1];
        const double magnitude = std::hypot(ex, ey);
        if (!(magnitude > 1e-6))
            continue;
        // −ε̂ in the plane is +y up; on screen y grows downwards.
        const double ux = -ex / magnitude, uy = ey / magnitude;
        const double length = longest * std::min(1.0, magnitude / kFullArrowEpsilon);
        const QPointF centre = planeToWidget(f.points[i], f.points[i + 1]);
        const QPointF from = centre - QPointF(ux, uy) * (length / 2);
        const QPointF to = centre + QPointF(ux, uy) * (length / 2);
        lines.append(QLineF(from, to));
        if (length > 2 * head) {
            const QPointF back = to - QPointF(ux, uy) * head;
            const QPointF side(-uy * head * 0.55, ux * head * 0.55);
            lines.append(QLineF(to, back + side));
            lines.append(QLineF(to, back - side));
        }
    }
    p.setPen(QPen(kArrowColour, 1.2, Qt::SolidLine, Qt::RoundCap));
    p.drawLines(lines.constData(), int(lines.size()));
}

void ToyPlaneView::drawLegend(QPainter &p, const QRectF &r) const
{
    const QFontMetrics fm = fontMetrics();
    struct Entry
    {
        QColor colour;
        QString text;
        bool arrow;
    };
    std::vector<Entry> entries;
    if ((m_layers & Data) && !m_data.empty())
        entries.push_back({QColor(46, 160, 67), tr("data"), false});
    if ((m_layers & Samples) && !m_points.empty())
        entries.push_back({QColor(200, 30, 160), tr("samples"), false});
    if ((m_layers & Field) && hasField())
        entries.push_back({QColor(40, 60, 110), tr("−ε̂: where denoising moves a point"), true});
    if (entries.empty())
        return;
    const double lineHeight = fm.height() + 2;
    double widest = 0;
    for (const auto &e : entries)
        widest = std::max(widest, double(fm.horizontalAdvance(e.text)));
    const QRectF box(r.right() - widest - 40, r.bottom() - lineHeight * double(entries.size()) - 10,
                     widest + 34, lineHeight * double(entries.size()) + 6);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 255, 255, 215));
    p.drawRoundedRect(box, 4, 4);
    double y = box.top() + 3;
    for (const auto &e : entries) {
        const QPointF mark(box.left() + 12, y + lineHeight / 2);
        if (e.arrow) {
            p.setPen(QPen(e.colour, 1.4));
            p.drawLine(mark - QPointF(7, 0), mark + QPointF(7, 0));
            p.drawLine(mark + QPointF(7, 0), mark + QPointF(3, -3));
            p.drawLine(mark + QPointF(7, 0), mark + QPointF(3, 3));
        } else {
            p.setPen(QPen(e.colour, 7, Qt::SolidLine, Qt::RoundCap));
            p.drawPoint(mark);
        }
        p.setPen(QColor(30, 30, 30));
        p.drawText(QRectF(box.left() + 26, y, widest + 4, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   e.text);
        y += lineHeight;
    }
}

void ToyPlaneView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().window());
    const QRectF r = plotRect();
    p.fillRect(r, QColor(252, 252, 252));
    drawAxes(p, r);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.save();
    p.setClipRect(r);
    const double dot = std::max(3.0, r.width() / 140.0);
    QList<QPointF> pts;
    auto drawPoints = [&](const std::vector<float> &xy, const QColor &colour, double size) {
        pts.clear();
        pts.reserve(qsizetype(xy.size() / 2));
        for (std::size_t i = 0; i + 1 < xy.size(); i += 2)
            pts.append(planeToWidget(xy[i], xy[i + 1]));
        p.setPen(QPen(colour, size, Qt::SolidLine, Qt::RoundCap));
        p.drawPoints(pts.constData(), int(pts.size()));
    };
    if (m_layers & Data)
        drawPoints(m_data, kDataColour, dot * 1.6);
    if (m_layers & Field)
        drawField(p, r);
    if ((m_layers & Paths) && !m_paths.empty()) {
        p.setPen(QPen(kPathColour, 1.3));
        QList<QPointF> line;
        for (const auto &path : m_paths) {
            line.clear();
            for (const QPointF &q : path)
                line.append(planeToWidget(q.x(), q.y()));
            p.drawPolyline(line.constData(), int(line.size()));
        }
    }
    if (m_layers & Samples)
        drawPoints(m_points, kSampleColour, dot);
    p.restore();

    if (!m_caption.isEmpty()) {
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        const QFontMetrics fm(bold);
        const QRectF band(r.left() + 6, r.top() + 6, fm.horizontalAdvance(m_caption) + 16, fm.height() + 8);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(255, 255, 255, 215));
        p.drawRoundedRect(band, 4, 4);
        p.setPen(QColor(30, 30, 30));
        p.drawText(band, Qt::AlignCenter, m_caption);
        p.setFont(font());
    }
    drawLegend(p, r);
    if (m_data.empty() && m_points.empty() && !hasField() && !m_placeholder.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(r.adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
    }
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setPen(palette().color(QPalette::Mid));
    p.setBrush(Qt::NoBrush);
    p.drawRect(r);
}

} // namespace genlab::widgets::diffusionlab
