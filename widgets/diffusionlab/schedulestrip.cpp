#include "widgets/diffusionlab/schedulestrip.h"

#include "engine/diffusion/schedule.h"
#include "widgets/components/qcustomplot_include.h"

#include <QEvent>
#include <QLocale>
#include <QSlider>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace genlab::widgets::diffusionlab {

namespace {
const QColor kSigmaColor(0xD5, 0x5E, 0x00);
const QColor kAlphaColor(0x00, 0x72, 0xB2);
} // namespace

ScheduleStrip::ScheduleStrip(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("scheduleStrip"));
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("schedulePlot"));
    m_plot->setMinimumHeight(110);
    m_plot->setToolTip(tr("σ_t: the noise in x_t relative to the signal (log scale); ᾱ_t: the share of the image "
                          "left at t. Click to go to a step."));
    v->addWidget(m_plot);

    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_plot->axisRect()->setAutoMargins(QCP::msLeft | QCP::msRight | QCP::msBottom);
    m_plot->axisRect()->setMargins(QMargins(0, 6, 0, 0));
    m_plot->xAxis->setLabel(tr("step"));
    m_plot->xAxis->setLabelFont(small);
    m_plot->xAxis->setTickLabelFont(small);
    m_plot->yAxis->setLabel(tr("σ_t (log)"));
    m_plot->yAxis->setLabelColor(kSigmaColor);
    m_plot->yAxis->setLabelFont(small);
    m_plot->yAxis->setTickLabelFont(small);
    m_plot->yAxis->setScaleType(QCPAxis::stLogarithmic);
    QSharedPointer<QCPAxisTickerLog> logTicker(new QCPAxisTickerLog);
    logTicker->setSubTickCount(0);
    m_plot->yAxis->setTicker(logTicker);
    m_plot->yAxis->setNumberFormat(QStringLiteral("gb"));
    m_plot->yAxis2->setVisible(true);
    m_plot->yAxis2->setRange(0, 1);
    m_plot->yAxis2->setLabel(tr("ᾱ_t"));
    m_plot->yAxis2->setLabelColor(kAlphaColor);
    m_plot->yAxis2->setLabelFont(small);
    m_plot->yAxis2->setTickLabelFont(small);
    m_plot->yAxis2->ticker()->setTickCount(2);
    for (QCPAxis *axis : {m_plot->xAxis, m_plot->yAxis})
        axis->grid()->setPen(QPen(QColor(0, 0, 0, 30), 0, Qt::DotLine));

    m_sigma = m_plot->addGraph(m_plot->xAxis, m_plot->yAxis);
    m_sigma->setPen(QPen(kSigmaColor, 2));
    m_sigma->setName(tr("σ_t"));
    m_alphaBar = m_plot->addGraph(m_plot->xAxis, m_plot->yAxis2);
    m_alphaBar->setPen(QPen(kAlphaColor, 1.5, Qt::DashLine));
    m_alphaBar->setName(tr("ᾱ_t"));

    // The cursor on a layer of its own, repainted alone.
    m_plot->addLayer(QStringLiteral("cursor"), m_plot->layer(QStringLiteral("main")), QCustomPlot::limAbove);
    m_cursorLayer = m_plot->layer(QStringLiteral("cursor"));
    m_cursorLayer->setMode(QCPLayer::lmBuffered);
    m_line = new QCPItemStraightLine(m_plot);
    m_line->setLayer(m_cursorLayer);
    m_line->setPen(QPen(QColor(0x33, 0x33, 0x33), 1));
    m_tracer = new QCPItemTracer(m_plot);
    m_tracer->setLayer(m_cursorLayer);
    m_tracer->setStyle(QCPItemTracer::tsCircle);
    m_tracer->setSize(8);
    m_tracer->setPen(QPen(kSigmaColor, 2));
    m_tracer->setBrush(Qt::white);
    m_label = new QCPItemText(m_plot);
    m_label->setLayer(m_cursorLayer);
    m_label->setFont(small);
    m_label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_label->position->setTypeX(QCPItemPosition::ptPlotCoords);
    m_label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_label->setPadding(QMargins(3, 1, 3, 1));
    m_label->setBrush(QColor(255, 255, 255, 210));
    clear();

    connect(m_plot, &QCustomPlot::mousePress, this, [this](QMouseEvent *event) {
        if (m_sigmas.empty())
            return;
        const double x = m_plot->xAxis->pixelToCoord(event->position().x());
        Q_EMIT stepClicked(std::clamp(int(std::lround(x)), 0, int(m_sigmas.size()) - 1));
    });
}

ScheduleStrip::~ScheduleStrip() = default;

void ScheduleStrip::clear()
{
    m_sigmas.clear();
    m_timesteps.clear();
    m_sigma->data()->clear();
    m_alphaBar->data()->clear();
    m_plot->xAxis->setRange(0, 1);
    m_plot->yAxis->setRange(0.01, 100);
    m_line->setVisible(false);
    m_tracer->setGraph(nullptr); // an empty graph has no position for it
    m_tracer->setVisible(false);
    m_label->setVisible(false);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ScheduleStrip::setRun(const engine::diffusion::DiffusionSchedule &schedule, const std::vector<int> &timesteps)
{
    m_timesteps = timesteps;
    m_sigmas.clear();
    QVector<double> xs, sigmas, ax, alphas;
    double lo = 1e300, hi = 0;
    for (int i = 0; i < int(timesteps.size()); ++i) {
        const int t = timesteps[std::size_t(i)];
        const double s = t > 0 ? schedule.sigma(t) : 0.0;
        m_sigmas.push_back(s);
        ax << i;
        alphas << schedule.alphaBar(t);
        if (s > 0 && std::isfinite(s)) { // σ = 0 (the image) has no place on a log axis
            xs << i;
            sigmas << s;
            lo = std::min(lo, s);
            hi = std::max(hi, s);
        }
    }
    m_sigma->setData(xs, sigmas, true);
    m_alphaBar->setData(ax, alphas, true);
    setStepRange();
    if (hi > 0)
        m_plot->yAxis->setRange(lo / 1.6, hi * 1.6);
    m_line->setVisible(true);
    m_label->setVisible(true);
    m_tracer->setGraph(xs.isEmpty() ? nullptr : m_sigma);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    m_cursor = -1;
    setCursor(0);
}

void ScheduleStrip::setCursor(int step)
{
    if (m_sigmas.empty())
        return;
    step = std::clamp(step, 0, int(m_sigmas.size()) - 1);
    if (step == m_cursor)
        return;
    m_cursor = step;
    m_line->point1->setCoords(step, 1);
    m_line->point2->setCoords(step, 2);
    const double s = m_sigmas[std::size_t(step)];
    m_tracer->setVisible(s > 0 && std::isfinite(s) && m_tracer->graph());
    m_tracer->setGraphKey(step);
    const int last = int(m_sigmas.size()) - 1;
    m_label->setPositionAlignment((step > last / 2 ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop);
    m_label->position->setCoords(step + (step > last / 2 ? -0.01 : 0.01) * last, 0.02);
    m_label->setText(s > 0 ? tr("t = %1, σ = %2").arg(m_timesteps[std::size_t(step)]).arg(QLocale().toString(s, 'g', 3))
                           : tr("t = 0, σ = 0"));
    m_cursorLayer->replot();
}

void ScheduleStrip::setStepRange()
{
    const int last = std::max(1, int(m_sigmas.size()) - 1);
    if (m_slider) // exactly under the slider's ends
        m_plot->xAxis->setRange(0, last);
    else
        m_plot->xAxis->setRange(-0.02 * last, last * 1.02);
}

void ScheduleStrip::alignWith(QSlider *slider)
{
    if (m_slider)
        m_slider->removeEventFilter(this);
    m_slider = slider;
    if (m_slider)
        m_slider->installEventFilter(this);
    setStepRange();
    align();
}

bool ScheduleStrip::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_slider && (event->type() == QEvent::Resize || event->type() == QEvent::Move))
        align();
    return QWidget::eventFilter(watched, event);
}

void ScheduleStrip::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    align();
}

void ScheduleStrip::align()
{
    // Geometry is final once the layouts have run, shown or not (a resize of either follows it).
    if (!m_slider || m_slider->width() <= 0 || m_plot->width() <= 0 || m_slider->window() != window())
        return;
    QStyleOptionSlider opt;
    opt.initFrom(m_slider);
    opt.orientation = Qt::Horizontal;
    opt.minimum = m_slider->minimum();
    opt.maximum = m_slider->maximum();
    const QRect groove = m_slider->style()->subControlRect(QStyle::CC_Slider, &opt, QStyle::SC_SliderGroove, m_slider);
    const QRect handle = m_slider->style()->subControlRect(QStyle::CC_Slider, &opt, QStyle::SC_SliderHandle, m_slider);
    const int half = handle.width() / 2;
    // Where the handle's centre is at the first and at the last step, in the plot's coordinates.
    const int first = m_slider->mapTo(window(), QPoint(groove.left() + half, 0)).x() - m_plot->mapTo(window(), QPoint(0, 0)).x();
    const int lastX = m_slider->mapTo(window(), QPoint(groove.right() - half, 0)).x() - m_plot->mapTo(window(), QPoint(0, 0)).x();
    const int left = first, right = m_plot->width() - 1 - lastX;
    if (left < 30 || right < 30 || lastX <= first) { // no room for the axes' labels: let them lay out themselves
        m_plot->axisRect()->setAutoMargins(QCP::msLeft | QCP::msRight | QCP::msBottom);
    } else {
        m_plot->axisRect()->setAutoMargins(QCP::msBottom);
        m_plot->axisRect()->setMargins(QMargins(left, 6, right, m_plot->axisRect()->margins().bottom()));
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

int ScheduleStrip::pointCount() const
{
    return m_sigma->dataCount();
}

} // namespace genlab::widgets::diffusionlab
