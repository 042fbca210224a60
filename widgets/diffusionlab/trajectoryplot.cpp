#include "widgets/diffusionlab/trajectoryplot.h"

#include "widgets/components/qcustomplot_include.h"

#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace genlab::widgets::diffusionlab {

namespace {
const QColor kPathColor(0x56, 0x77, 0x99);
const QColor kMarkColor(0xD5, 0x5E, 0x00);
} // namespace

TrajectoryPlot::TrajectoryPlot(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("trajectoryPlot"));
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    auto *title = new QLabel(tr("<b>Trajectory</b>"), this);
    v->addWidget(title);
    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("trajectoryCustomPlot"));
    m_plot->setMinimumSize(200, 180);
    v->addWidget(m_plot, 1);
    m_caption = new QLabel(tr("Every x_t of the run as a point in the plane in which it moved most (its two "
                              "principal axes): the sampler's path from noise to the image."),
                           this);
    m_caption->setWordWrap(true);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_caption->setFont(small);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    v->addWidget(m_caption);

    for (QCPAxis *axis : {m_plot->xAxis, m_plot->yAxis}) {
        axis->setTickLabels(false);
        axis->grid()->setPen(QPen(QColor(0, 0, 0, 25), 0, Qt::DotLine));
    }
    m_plot->xAxis->setLabel(tr("axis 1"));
    m_plot->yAxis->setLabel(tr("axis 2"));
    m_plot->xAxis->setLabelFont(small);
    m_plot->yAxis->setLabelFont(small);

    m_path = new QCPCurve(m_plot->xAxis, m_plot->yAxis);
    m_path->setPen(QPen(kPathColor, 1.5));
    m_path->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, kPathColor, 3));
    m_ends = m_plot->addGraph();
    m_ends->setLineStyle(QCPGraph::lsNone);
    m_ends->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssSquare, QPen(Qt::black, 1.5), Qt::white, 9));

    m_plot->addLayer(QStringLiteral("cursor"), m_plot->layer(QStringLiteral("main")), QCustomPlot::limAbove);
    m_cursorLayer = m_plot->layer(QStringLiteral("cursor"));
    m_cursorLayer->setMode(QCPLayer::lmBuffered);
    m_mark = new QCPItemTracer(m_plot);
    m_mark->setLayer(m_cursorLayer);
    m_mark->setGraph(nullptr);
    m_mark->position->setType(QCPItemPosition::ptPlotCoords);
    m_mark->setStyle(QCPItemTracer::tsCircle);
    m_mark->setSize(13);
    m_mark->setPen(QPen(kMarkColor, 3));
    m_mark->setBrush(QColor(kMarkColor.red(), kMarkColor.green(), kMarkColor.blue(), 90));

    auto label = [this, &small](const QString &text) {
        auto *t = new QCPItemText(m_plot);
        t->setText(text);
        t->setFont(small);
        t->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
        t->setPadding(QMargins(6, 0, 0, 4));
        return t;
    };
    m_startLabel = label(tr("noise"));
    m_endLabel = label(tr("image"));
    m_waiting = new QCPItemText(m_plot);
    m_waiting->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_waiting->position->setCoords(0.5, 0.5);
    m_waiting->setColor(palette().color(QPalette::PlaceholderText));
    clear();

    connect(m_plot, &QCustomPlot::mousePress, this, [this](QMouseEvent *event) {
        if (m_xy.empty())
            return;
        const double px = event->position().x(), py = event->position().y();
        int best = -1;
        double bestD = std::numeric_limits<double>::max();
        for (int i = 0; i < pointCount(); ++i) {
            const double dx = m_plot->xAxis->coordToPixel(m_xy[2 * i]) - px;
            const double dy = m_plot->yAxis->coordToPixel(m_xy[2 * i + 1]) - py;
            if (dx * dx + dy * dy < bestD) {
                bestD = dx * dx + dy * dy;
                best = i;
            }
        }
        if (best >= 0 && bestD < 30 * 30)
            Q_EMIT stepClicked(best);
    });
}

TrajectoryPlot::~TrajectoryPlot() = default;

void TrajectoryPlot::clear(const QString &waitingText)
{
    m_xy.clear();
    m_path->data()->clear();
    m_ends->data()->clear();
    m_mark->setVisible(false);
    m_startLabel->setVisible(false);
    m_endLabel->setVisible(false);
    m_waiting->setText(waitingText.isEmpty() ? tr("The path appears when a run has finished") : waitingText);
    m_waiting->setVisible(true);
    m_plot->xAxis->setRange(-1, 1);
    m_plot->yAxis->setRange(-1, 1);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TrajectoryPlot::setTrajectory(const std::vector<float> &xy)
{
    if (xy.size() < 4) {
        clear();
        return;
    }
    m_xy = xy;
    QVector<double> t, x, y;
    for (int i = 0; i < pointCount(); ++i) {
        t << i;
        x << m_xy[2 * i];
        y << m_xy[2 * i + 1];
    }
    m_path->setData(t, x, y, true);
    m_ends->setData({x.front(), x.back()}, {y.front(), y.back()});
    // Each label on the side of its point away from the other end, so neither leaves the plot.
    const bool startRight = x.front() >= x.back();
    m_startLabel->position->setCoords(x.front(), y.front());
    m_startLabel->setPositionAlignment((startRight ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignBottom);
    m_startLabel->setPadding(startRight ? QMargins(0, 0, 6, 4) : QMargins(6, 0, 0, 4));
    m_endLabel->position->setCoords(x.back(), y.back());
    m_endLabel->setPositionAlignment((startRight ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignBottom);
    m_endLabel->setPadding(startRight ? QMargins(6, 0, 0, 4) : QMargins(0, 0, 6, 4));
    m_startLabel->setVisible(true);
    m_endLabel->setVisible(true);
    m_waiting->setVisible(false);
    m_mark->setVisible(true);
    fit();
    m_current = -1;
    setCurrent(0);
}

void TrajectoryPlot::fit()
{
    if (m_xy.empty())
        return;
    double x0 = 1e300, x1 = -1e300, y0 = 1e300, y1 = -1e300;
    for (int i = 0; i < pointCount(); ++i) {
        x0 = std::min(x0, double(m_xy[2 * i]));
        x1 = std::max(x1, double(m_xy[2 * i]));
        y0 = std::min(y0, double(m_xy[2 * i + 1]));
        y1 = std::max(y1, double(m_xy[2 * i + 1]));
    }
    const double pad = 0.08 * std::max({x1 - x0, y1 - y0, 1e-6});
    m_plot->xAxis->setRange(x0 - pad, x1 + pad);
    m_plot->yAxis->setRange(y0 - pad, y1 + pad);
    // One unit is as long on both axes: distances in the plane are distances between the x_t.
    const QRect r = m_plot->axisRect()->rect();
    if (r.width() > 10 && r.height() > 10) {
        const double perPixelX = m_plot->xAxis->range().size() / r.width();
        const double perPixelY = m_plot->yAxis->range().size() / r.height();
        if (perPixelX > perPixelY)
            m_plot->yAxis->setScaleRatio(m_plot->xAxis, 1.0);
        else
            m_plot->xAxis->setScaleRatio(m_plot->yAxis, 1.0);
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TrajectoryPlot::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fit();
}

void TrajectoryPlot::setCurrent(int step)
{
    if (m_xy.empty())
        return;
    step = std::clamp(step, 0, pointCount() - 1);
    if (step == m_current)
        return;
    m_current = step;
    m_mark->position->setCoords(m_xy[2 * step], m_xy[2 * step + 1]);
    m_cursorLayer->replot();
}

} // namespace genlab::widgets::diffusionlab
