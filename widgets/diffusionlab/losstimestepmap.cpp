#include "widgets/diffusionlab/losstimestepmap.h"

#include "widgets/components/qcustomplot_include.h"

#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace genlab::widgets::diffusionlab {

namespace {
// A run evaluated every step for thousands of steps would make a huge grid: past this many cells
// across, columns are drawn evenly spaced between the first and the last step instead.
constexpr qint64 kMaxGridColumns = 2000;
} // namespace

LossTimestepMap::LossTimestepMap(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("lossTimestepMap"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_note = new QLabel(tr("<b>Loss by noise level</b> — the same held-out images at the same noise, every evaluation: "
                           "which noise levels the network learns first"),
                        this);
    m_note->setWordWrap(true);
    layout->addWidget(m_note);

    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("lossTimestepPlot"));
    m_plot->setMinimumHeight(140);
    m_plot->xAxis->setLabel(tr("training step"));
    m_plot->yAxis->setLabel(tr("timestep t (0 clean … T noise)"));
    m_map = new QCPColorMap(m_plot->xAxis, m_plot->yAxis);
    m_map->setInterpolate(false);
    m_scale = new QCPColorScale(m_plot);
    m_scale->setType(QCPAxis::atRight);
    m_scale->setDataScaleType(QCPAxis::stLogarithmic);
    m_ticker = QSharedPointer<QCPAxisTickerText>(new QCPAxisTickerText);
    m_scale->axis()->setTicker(m_ticker);
    m_scale->axis()->setLabel(tr("loss (log)"));
    m_scale->setBarWidth(10);
    m_plot->plotLayout()->addElement(0, 1, m_scale);
    m_map->setColorScale(m_scale);
    QCPColorGradient gradient(QCPColorGradient::gpThermal);
    gradient.setNanHandling(QCPColorGradient::nhTransparent);
    m_map->setGradient(gradient);
    auto *margins = new QCPMarginGroup(m_plot);
    m_plot->axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    m_scale->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    m_cursor = new QCPItemStraightLine(m_plot);
    m_cursor->setPen(QPen(QColor(30, 30, 30), 1.2, Qt::DashLine));
    m_cursor->setVisible(false);
    m_empty = new QCPItemText(m_plot);
    m_empty->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_empty->position->setCoords(0.5, 0.5);
    m_empty->setText(tr("A column appears at every evaluation while training runs"));
    m_empty->setColor(QColor(110, 110, 110));
    layout->addWidget(m_plot, 1);
    rebuild();
}

LossTimestepMap::~LossTimestepMap() = default;

void LossTimestepMap::setTimesteps(int timesteps)
{
    m_timesteps = std::max(1, timesteps);
    rebuild();
}

bool LossTimestepMap::addMetrics(const engine::train::Metrics &metrics)
{
    if (!metrics.evaluation || metrics.values.empty())
        return false;
    addColumn(metrics.step, metrics.values);
    return true;
}

void LossTimestepMap::addColumn(qint64 step, const std::vector<float> &bucketLosses)
{
    if (bucketLosses.empty())
        return;
    m_columns.erase(m_columns.upper_bound(step), m_columns.end());
    m_columns[step] = bucketLosses;
    rebuild();
}

void LossTimestepMap::clear()
{
    m_columns.clear();
    rebuild();
}

void LossTimestepMap::setStepCursor(qint64 step)
{
    m_cursor->setVisible(step >= 0);
    if (step >= 0) {
        m_cursor->point1->setCoords(double(step), 0);
        m_cursor->point2->setCoords(double(step), 1);
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

QList<qint64> LossTimestepMap::steps() const
{
    QList<qint64> out;
    for (const auto &[step, values] : m_columns)
        out << step;
    return out;
}

const std::vector<float> *LossTimestepMap::column(qint64 step) const
{
    const auto it = m_columns.find(step);
    return it == m_columns.end() ? nullptr : &it->second;
}

void LossTimestepMap::rebuild()
{
    m_empty->setVisible(m_columns.empty());
    const double T = m_timesteps;
    m_plot->yAxis->setRange(0, T);
    if (m_columns.empty()) {
        m_map->data()->clear();
        m_plot->xAxis->setRange(0, 1);
        m_plot->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    std::size_t buckets = 0;
    std::vector<qint64> steps;
    for (const auto &[step, values] : m_columns) {
        buckets = std::max(buckets, values.size());
        steps.push_back(step);
    }

    // The loss measured at step s stands for the steps since the evaluation before it,
    // (previous, s], so the map lines up with the loss curves above it. The first column is as
    // wide as the gap after it (from 0 when evaluations start at their interval).
    const qint64 first = steps.front(), last = steps.back();
    const qint64 firstWidth = steps.size() > 1 ? steps[1] - steps[0] : std::max<qint64>(1, first);
    qint64 start = first - firstWidth;
    if (first > 0 && start < 0)
        start = 0;
    // A regular grid at the steps' common spacing (coarser past kMaxGridColumns cells); each cell
    // takes the evaluation that ends at or after it, so uneven intervals (a run's last, shorter
    // one; a resumed run) leave no holes.
    qint64 spacing = first - start;
    for (std::size_t i = 1; i < steps.size(); ++i)
        spacing = std::gcd(spacing, steps[i] - steps[i - 1]);
    spacing = std::max<qint64>(1, spacing);
    const qint64 span = std::max<qint64>(1, last - start);
    const int cols = int(std::clamp<qint64>(span / spacing, 2, kMaxGridColumns));
    const double cell = double(span) / cols;
    const int rows = int(buckets);
    auto *data = new QCPColorMapData(cols, rows, QCPRange(0, 1), QCPRange(0, 1));
    data->fill(std::numeric_limits<double>::quiet_NaN());
    double lo = std::numeric_limits<double>::infinity(), hi = 0;
    for (int x = 0; x < cols; ++x) {
        const double right = double(start) + (x + 1) * cell;
        auto it = m_columns.lower_bound(qint64(std::ceil(right - 1e-6)));
        if (it == m_columns.end())
            it = std::prev(m_columns.end());
        const std::vector<float> &values = it->second;
        for (std::size_t b = 0; b < values.size(); ++b) {
            const double v = values[b];
            if (!std::isfinite(v) || v <= 0)
                continue;
            data->setCell(x, int(b), v);
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    }
    data->setRange(QCPRange(double(start) + cell / 2, double(last) - cell / 2),
                   QCPRange(T / rows / 2, T - T / rows / 2));
    m_map->setData(data);
    if (hi > 0 && std::isfinite(lo)) {
        if (hi <= lo)
            hi = lo * 1.01;
        m_map->setDataRange(QCPRange(lo, hi));
        // Labels at 1, 2 and 5 times the powers of ten inside the range (a log axis's own ticker
        // labels only whole decades, often none for a loss within one).
        m_ticker->clear();
        for (int e = int(std::floor(std::log10(lo))); e <= int(std::ceil(std::log10(hi))); ++e)
            for (double m : {1.0, 2.0, 5.0}) {
                const double v = m * std::pow(10.0, e);
                if (v >= lo * 0.999 && v <= hi * 1.001)
                    m_ticker->addTick(v, QString::number(v, 'g', 3));
            }
        if (m_ticker->ticks().size() < 2) {
            m_ticker->addTick(lo, QString::number(lo, 'g', 2));
            m_ticker->addTick(hi, QString::number(hi, 'g', 2));
        }
    }
    m_plot->xAxis->setRange(double(start), double(last));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace genlab::widgets::diffusionlab
