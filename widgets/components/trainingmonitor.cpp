#include "widgets/components/trainingmonitor.h"

#include "widgets/shell/presentation.h"

#include "widgets/components/qcustomplot_include.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QSlider>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace genlab::widgets {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr int kFrameMs = 16;
constexpr int kSliderSteps = 1000; // slider value / 1000 = EMA weight
constexpr double kMaxSmoothing = 0.999;
constexpr int kRawAlpha = 55; // the raw curve behind the smoothed one, as TensorBoard draws it

// Okabe-Ito: distinct for the common colour-vision deficiencies, readable on white.
const QColor kPalette[] = {QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00), QColor(0x00, 0x9E, 0x73),
                           QColor(0xCC, 0x79, 0xA7), QColor(0xE6, 0x9F, 0x00), QColor(0x56, 0xB4, 0xE9),
                           QColor(0x33, 0x33, 0x33)};

// What a plot `columns` pixels wide over [lower, upper] needs of (x, y): every point when there
// are few, else the first minimum and maximum of each pixel column in index order (so spikes
// survive and the line keeps its shape), plus one neighbour outside each edge so the curve runs
// to the border. At most 2 * columns + 2 points. Non-finite values, and values <= 0 on a log
// axis, become NaN (a gap).
void reduce(const std::vector<double> &x, const std::vector<double> &y, double lower, double upper, int columns,
            bool positiveOnly, QList<QCPGraphData> &out)
{
    out.clear();
    const std::size_t n = x.size();
    if (n == 0)
        return;
    auto value = [&](std::size_t i) {
        const double v = y[i];
        if (!std::isfinite(v) || (positiveOnly && v <= 0))
            return kNaN;
        return v;
    };
    std::size_t first = std::size_t(std::lower_bound(x.begin(), x.end(), lower) - x.begin());
    std::size_t last = std::size_t(std::upper_bound(x.begin(), x.end(), upper) - x.begin());
    if (first > 0)
        --first;
    if (last < n)
        ++last;
    const std::size_t count = last - first;
    columns = std::max(columns, 1);
    if (count <= std::size_t(2 * columns) + 2 || !(upper > lower)) {
        out.reserve(qsizetype(count));
        for (std::size_t i = first; i < last; ++i)
            out.append(QCPGraphData(x[i], value(i)));
        return;
    }
    out.reserve(2 * columns + 2);
    const double columnWidth = (upper - lower) / columns;
    auto columnOf = [&](double xi) { return std::min<long>(columns - 1, long((xi - lower) / columnWidth)); };
    std::size_t i = first;
    while (i < last && x[i] < lower) { // the left neighbour
        out.append(QCPGraphData(x[i], value(i)));
        ++i;
    }
    constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();
    while (i < last && x[i] <= upper) {
        const long column = columnOf(x[i]);
        const std::size_t start = i;
        std::size_t lo = kNone, hi = kNone;
        double loValue = 0, hiValue = 0;
        for (; i < last && x[i] <= upper && columnOf(x[i]) == column; ++i) {
            const double v = value(i);
            if (std::isnan(v))
                continue;
            if (lo == kNone || v < loValue) {
                lo = i;
                loValue = v;
            }
            if (hi == kNone || v > hiValue) {
                hi = i;
                hiValue = v;
            }
        }
        if (lo == kNone) { // nothing finite in this column: keep the gap
            out.append(QCPGraphData(x[start], kNaN));
            continue;
        }
        const std::size_t a = std::min(lo, hi), b = std::max(lo, hi);
        out.append(QCPGraphData(x[a], value(a)));
        if (b != a)
            out.append(QCPGraphData(x[b], value(b)));
    }
    for (; i < last; ++i) // the right neighbour
        out.append(QCPGraphData(x[i], value(i)));
}

QString formatStep(double step)
{
    if (std::isfinite(step) && std::abs(step) < 1e15 && step == std::floor(step))
        return QLocale().toString(qint64(step));
    return QLocale().toString(step, 'g', 6);
}

QString formatValue(double v)
{
    if (std::isnan(v))
        return QStringLiteral("NaN");
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("+inf") : QStringLiteral("-inf");
    return QLocale().toString(v, 'g', 5);
}

QString csvNumber(double v)
{
    if (std::isfinite(v) && std::abs(v) < 1e15 && v == std::floor(v))
        return QString::number(qint64(v));
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

QString csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')))
        return s;
    QString quoted = s;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// Values this close together (relative to their size) are one value: a learning rate held
// constant, or the smoothed copy of a constant series, whose last bits wobble through the debiased
// EMA. Fitting the axis to that wobble would draw rounding noise as a full-height sawtooth.
constexpr double kFlatRelativeSpan = 1e-4;

// The axis range for data spanning [lo, hi]: 5 % margins, and a flat series shown as a level
// line in the middle with +-10 % of its magnitude around it (+-1 around zero).
void fitValueRange(double &lo, double &hi, bool log)
{
    if (log) {
        // Both are > 0 here (reduce() drops the rest).
        if (hi / lo - 1.0 <= kFlatRelativeSpan) {
            const double centre = std::sqrt(lo * hi);
            lo = centre / 2;
            hi = centre * 2;
        }
        const double pad = std::pow(hi / lo, 0.05);
        lo /= pad;
        hi *= pad;
        return;
    }
    const double magnitude = std::max(std::abs(lo), std::abs(hi));
    const double span = hi - lo;
    if (span <= kFlatRelativeSpan * magnitude || span == 0) {
        const double centre = lo + span / 2;
        const double pad = magnitude > 0 ? magnitude * 0.1 : 1.0;
        lo = centre - pad;
        hi = centre + pad;
        return;
    }
    lo -= span * 0.05;
    hi += span * 0.05;
}

} // namespace

struct TrainingMonitor::Series
{
    QString id;
    QString name;
    QColor color;
    Axis axis = Axis::Left;
    std::vector<double> x, raw, smooth;
    double emaLast = 0;   // EMA state after the last finite point
    double emaPower = 1;  // weight^(finite points so far), for the debias
    QCPGraph *rawGraph = nullptr;
    QCPGraph *smoothGraph = nullptr;
};

TrainingMonitor::TrainingMonitor(QWidget *parent) : QWidget(parent), m_cursorStep(kNaN)
{
    setObjectName(QStringLiteral("trainingMonitor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    auto *controls = new QHBoxLayout;
    auto *smoothingTitle = new QLabel(tr("Smoothing"), this);
    m_smoothingSlider = new QSlider(Qt::Horizontal, this);
    m_smoothingSlider->setObjectName(QStringLiteral("smoothingSlider"));
    m_smoothingSlider->setRange(0, int(kMaxSmoothing * kSliderSteps));
    m_smoothingSlider->setValue(int(std::lround(m_smoothing * kSliderSteps)));
    m_smoothingSlider->setToolTip(tr("Exponential moving average weight, debiased as in TensorBoard; the raw "
                                     "values stay drawn faintly behind the smoothed curve"));
    m_smoothingSlider->setMinimumWidth(120);
    m_smoothingSlider->setMaximumWidth(360);
    m_smoothingLabel = new QLabel(this);
    m_smoothingLabel->setMinimumWidth(m_smoothingLabel->fontMetrics().horizontalAdvance(QStringLiteral("0.000 ")));
    m_logCheck = new QCheckBox(tr("Log scale"), this);
    m_logCheck->setObjectName(QStringLiteral("logScale"));
    m_logCheck->setToolTip(tr("Logarithmic value axis (values <= 0 are not drawn)"));
    auto *resetButton = new QToolButton(this);
    resetButton->setObjectName(QStringLiteral("resetView"));
    resetButton->setText(tr("Reset view"));
    resetButton->setToolTip(tr("Show all the data again (or double-click the plot)"));
    auto *exportButton = new QToolButton(this);
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(exportButton);
    QAction *csvAction = exportMenu->addAction(tr("Data as CSV…"));
    QAction *pngAction = exportMenu->addAction(tr("Plot as PNG…"));
    exportButton->setMenu(exportMenu);
    // The plot tools are expert controls: presentation mode leaves the curves the whole width.
    for (QWidget *tool : {static_cast<QWidget *>(smoothingTitle), static_cast<QWidget *>(m_smoothingSlider),
                          static_cast<QWidget *>(m_smoothingLabel), static_cast<QWidget *>(m_logCheck),
                          static_cast<QWidget *>(resetButton), static_cast<QWidget *>(exportButton)})
        presentation::markExpert(tool);
    controls->addWidget(smoothingTitle);
    controls->addWidget(m_smoothingSlider, 2);
    controls->addWidget(m_smoothingLabel);
    controls->addSpacing(12);
    controls->addWidget(m_logCheck);
    controls->addStretch(1);
    controls->addWidget(resetButton);
    controls->addWidget(exportButton);
    layout->addLayout(controls);

    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("plot"));
    m_plot->setMinimumSize(320, 200);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->setNoAntialiasingOnDrag(true);
    // One polyline per curve instead of a line per segment: several times faster with the 2 px
    // smoothed pen (measured in genlab-bench plot); bevel joins keep its zigzags from spiking.
    m_plot->setPlottingHint(QCP::phFastPolylines, true);
    m_plot->axisRect()->setRangeDragAxes({m_plot->xAxis}, {m_plot->yAxis, m_plot->yAxis2});
    m_plot->axisRect()->setRangeZoomAxes({m_plot->xAxis}, {m_plot->yAxis, m_plot->yAxis2});
    m_plot->setLocale(QLocale()); // step ticks with the reader's digit grouping: 20,000
    m_plot->xAxis->setLabel(tr("training step"));
    m_plot->yAxis->setLabel(tr("value"));
    m_plot->yAxis2->setVisible(false);
    m_plot->legend->setVisible(true);
    m_plot->legend->setBrush(QColor(255, 255, 255, 215));
    m_plot->legend->setBorderPen(QPen(QColor(0, 0, 0, 60)));
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    for (QCPAxis *axis : {m_plot->xAxis, m_plot->yAxis, m_plot->yAxis2})
        axis->grid()->setPen(QPen(QColor(0, 0, 0, 30), 0, Qt::DotLine));
    layout->addWidget(m_plot, 1);

    m_readout = new QLabel(this);
    m_readout->setObjectName(QStringLiteral("readout"));
    m_readout->setTextFormat(Qt::RichText);
    // Room for two lines, always: many series wrap, and a read-out that grows would make the plot jump.
    m_readout->setWordWrap(true);
    m_readout->setFixedHeight(2 * m_readout->fontMetrics().lineSpacing() + 4);
    m_readout->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_readout->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    layout->addWidget(m_readout);
    clearReadout();

    m_tracer = new QCPItemTracer(m_plot);
    m_tracer->setStyle(QCPItemTracer::tsCircle);
    m_tracer->setSize(9);
    m_tracer->setVisible(false);
    m_tracer->setSelectable(false);

    m_replotTimer = new QTimer(this);
    m_replotTimer->setSingleShot(true);
    m_replotTimer->setInterval(kFrameMs);
    connect(m_replotTimer, &QTimer::timeout, this, [this] { m_plot->replot(); });

    // Before the layout step the ranges are fitted (tick label widths shape the layout); after it
    // the plot's width is final, so a resize is reduced at its true column count in the same replot.
    connect(m_plot, &QCustomPlot::beforeReplot, this, &TrainingMonitor::prepareReplot);
    connect(m_plot, &QCustomPlot::afterLayout, this, &TrainingMonitor::prepareReplot);
    connect(m_plot, &QCustomPlot::afterReplot, this, [this] {
        ++m_replotCount;
        if (m_plot->axisRect()->width() != m_sampledColumns)
            scheduleReplot();
    });
    for (QCPAxis *axis : {m_plot->xAxis, m_plot->yAxis, m_plot->yAxis2}) {
        connect(axis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, [this] {
            if (!m_adjustingRange)
                m_following = false; // the user zoomed or panned: stop following the data
        });
    }
    connect(m_plot, &QCustomPlot::mousePress, this, &TrainingMonitor::onMousePress);
    connect(m_plot, &QCustomPlot::mouseRelease, this, &TrainingMonitor::onMouseRelease);
    connect(m_plot, &QCustomPlot::mouseMove, this, &TrainingMonitor::onMouseMove);
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, [this](QMouseEvent *) { resetView(); });
    m_plot->installEventFilter(this);

    connect(m_smoothingSlider, &QSlider::valueChanged, this,
            [this](int v) { setSmoothing(double(v) / kSliderSteps); });
    connect(m_logCheck, &QCheckBox::toggled, this,
            [this](bool on) { setYScale(on ? YScale::Log : YScale::Linear); });
    connect(resetButton, &QToolButton::clicked, this, &TrainingMonitor::resetView);
    connect(csvAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the curves as CSV"),
                                                          QStringLiteral("training.csv"), tr("CSV files (*.csv)"));
        QString error;
        if (!path.isEmpty() && !exportCsv(path, &error))
            QMessageBox::warning(this, tr("Export failed"), error);
    });
    connect(pngAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the plot as PNG"),
                                                          QStringLiteral("training.png"), tr("PNG images (*.png)"));
        QString error;
        if (!path.isEmpty() && !exportPng(path, &error))
            QMessageBox::warning(this, tr("Export failed"), error);
    });
    m_smoothingLabel->setText(QLocale().toString(m_smoothing, 'f', 3));
}

TrainingMonitor::~TrainingMonitor() = default;

TrainingMonitor::Series *TrainingMonitor::find(const QString &id) const
{
    for (const auto &s : m_series)
        if (s->id == id)
            return s.get();
    return nullptr;
}

void TrainingMonitor::addSeries(const QString &id, const QString &name, const QColor &color, Axis axis)
{
    Series *s = find(id);
    if (!s) {
        m_series.push_back(std::make_unique<Series>());
        s = m_series.back().get();
        s->id = id;
        s->rawGraph = m_plot->addGraph();
        s->smoothGraph = m_plot->addGraph();
        s->rawGraph->removeFromLegend();
        for (QCPGraph *g : {s->rawGraph, s->smoothGraph}) {
            g->setAdaptiveSampling(false); // reduce() already did it, for the visible range only
            g->setSelectable(QCP::stNone);
        }
    }
    s->name = name.isEmpty() ? id : name;
    s->color = color.isValid() ? color : kPalette[m_nextColor++ % int(std::size(kPalette))];
    s->axis = axis;
    QCPAxis *valueAxis = axis == Axis::Right ? m_plot->yAxis2 : m_plot->yAxis;
    for (QCPGraph *g : {s->rawGraph, s->smoothGraph}) {
        g->setKeyAxis(m_plot->xAxis);
        g->setValueAxis(valueAxis);
    }
    QColor faint = s->color;
    faint.setAlpha(kRawAlpha);
    s->rawGraph->setPen(QPen(faint, 1));
    s->smoothGraph->setPen(QPen(s->color, 2, Qt::SolidLine, Qt::FlatCap, Qt::BevelJoin));
    s->smoothGraph->setName(s->name);
    const bool right = std::any_of(m_series.begin(), m_series.end(),
                                   [](const auto &p) { return p->axis == Axis::Right; });
    m_plot->yAxis2->setVisible(right);
    m_plot->yAxis2->setTickLabels(right);
    ++m_dataVersion;
    scheduleReplot();
}

void TrainingMonitor::removeSeries(const QString &id)
{
    auto it = std::find_if(m_series.begin(), m_series.end(), [&](const auto &s) { return s->id == id; });
    if (it == m_series.end())
        return;
    m_plot->removeGraph((*it)->rawGraph);
    m_plot->removeGraph((*it)->smoothGraph);
    m_series.erase(it);
    m_tracer->setVisible(false);
    ++m_dataVersion;
    scheduleReplot();
}

void TrainingMonitor::clear()
{
    while (!m_series.empty())
        removeSeries(m_series.front()->id);
    m_nextColor = 0;
}

void TrainingMonitor::clearData()
{
    for (auto &s : m_series) {
        s->x.clear();
        s->raw.clear();
        s->smooth.clear();
        s->emaLast = 0;
        s->emaPower = 1;
    }
    m_following = true;
    ++m_dataVersion;
    scheduleReplot();
}

void TrainingMonitor::removePointsFrom(double step)
{
    if (std::isnan(step))
        return;
    bool removed = false;
    for (auto &s : m_series) {
        const std::size_t keep = std::size_t(std::lower_bound(s->x.begin(), s->x.end(), step) - s->x.begin());
        if (keep == s->x.size())
            continue;
        s->x.resize(keep);
        s->raw.resize(keep);
        resmooth(*s);
        removed = true;
    }
    if (!removed)
        return;
    ++m_dataVersion;
    scheduleReplot();
}

QStringList TrainingMonitor::seriesIds() const
{
    QStringList ids;
    for (const auto &s : m_series)
        ids << s->id;
    return ids;
}

bool TrainingMonitor::hasSeries(const QString &id) const
{
    return find(id) != nullptr;
}

QString TrainingMonitor::seriesName(const QString &id) const
{
    const Series *s = find(id);
    return s ? s->name : QString();
}

void TrainingMonitor::appendPoints(const QString &seriesId, const QList<double> &steps, const QList<double> &values)
{
    if (steps.size() != values.size())
        qWarning("TrainingMonitor::appendPoints(%s): %lld steps but %lld values; the excess is ignored",
                 qPrintable(seriesId), qint64(steps.size()), qint64(values.size()));
    const qsizetype count = std::min(steps.size(), values.size());
    if (count == 0)
        return;
    Series *s = find(seriesId);
    if (!s) {
        addSeries(seriesId, seriesId);
        s = find(seriesId);
    }
    const std::size_t before = s->x.size();
    bool ordered = true;
    double last = before ? s->x.back() : -std::numeric_limits<double>::infinity();
    s->x.reserve(before + std::size_t(count));
    s->raw.reserve(before + std::size_t(count));
    for (qsizetype i = 0; i < count; ++i) {
        if (!std::isfinite(steps[i]))
            continue; // a point without a position cannot be drawn or exported meaningfully
        ordered = ordered && steps[i] >= last;
        last = steps[i];
        s->x.push_back(steps[i]);
        s->raw.push_back(values[i]);
    }
    if (ordered) {
        smoothFrom(*s, before);
    } else {
        // Rare (a resumed run re-reporting older steps): sort the whole series, stable so equal
        // steps keep their arrival order, and smooth again from the start.
        std::vector<std::size_t> order(s->x.size());
        std::iota(order.begin(), order.end(), std::size_t(0));
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return s->x[a] < s->x[b]; });
        std::vector<double> x(order.size()), raw(order.size());
        for (std::size_t i = 0; i < order.size(); ++i) {
            x[i] = s->x[order[i]];
            raw[i] = s->raw[order[i]];
        }
        s->x = std::move(x);
        s->raw = std::move(raw);
        resmooth(*s);
    }
    ++m_dataVersion;
    scheduleReplot();
}

void TrainingMonitor::appendPoint(const QString &seriesId, double step, double value)
{
    appendPoints(seriesId, {step}, {value});
}

void TrainingMonitor::smoothFrom(Series &s, std::size_t first)
{
    const double w = m_smoothing;
    s.smooth.resize(s.raw.size());
    for (std::size_t i = first; i < s.raw.size(); ++i) {
        const double v = s.raw[i];
        if (!std::isfinite(v)) {
            s.smooth[i] = v; // shown as a gap; the average carries on from the last finite value
            continue;
        }
        s.emaLast = s.emaLast * w + (1 - w) * v;
        s.emaPower *= w;
        // Dividing by 1 - w^n removes the pull towards the zero the average starts from.
        s.smooth[i] = w > 0 ? s.emaLast / (1 - s.emaPower) : v;
    }
}

void TrainingMonitor::resmooth(Series &s)
{
    s.emaLast = 0;
    s.emaPower = 1;
    smoothFrom(s, 0);
}

void TrainingMonitor::setSmoothing(double weight)
{
    weight = std::clamp(std::isfinite(weight) ? weight : 0.0, 0.0, kMaxSmoothing);
    if (weight == m_smoothing)
        return;
    m_smoothing = weight;
    for (auto &s : m_series)
        resmooth(*s);
    {
        const QSignalBlocker block(m_smoothingSlider);
        m_smoothingSlider->setValue(int(std::lround(weight * kSliderSteps)));
    }
    m_smoothingLabel->setText(QLocale().toString(weight, 'f', 3));
    m_refitY = true;
    ++m_dataVersion;
    scheduleReplot();
    Q_EMIT smoothingChanged(weight);
}

void TrainingMonitor::setYScale(YScale scale)
{
    if (scale == m_yScale)
        return;
    m_yScale = scale;
    for (QCPAxis *axis : {m_plot->yAxis, m_plot->yAxis2}) {
        m_adjustingRange = true;
        if (scale == YScale::Log) {
            axis->setScaleType(QCPAxis::stLogarithmic);
            axis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
            axis->setNumberFormat(QStringLiteral("eb")); // 10^-2 written as a power
            axis->setNumberPrecision(0);
        } else {
            axis->setScaleType(QCPAxis::stLinear);
            axis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
            axis->setNumberFormat(QStringLiteral("gb"));
            axis->setNumberPrecision(6);
        }
        m_adjustingRange = false;
    }
    {
        const QSignalBlocker block(m_logCheck);
        m_logCheck->setChecked(scale == YScale::Log);
    }
    m_refitY = true;
    ++m_dataVersion;
    scheduleReplot();
    Q_EMIT yScaleChanged(scale);
}

void TrainingMonitor::setAxisTitles(const QString &x, const QString &left, const QString &right)
{
    m_plot->xAxis->setLabel(x.isEmpty() ? tr("training step") : x);
    m_plot->yAxis->setLabel(left);
    m_plot->yAxis2->setLabel(right);
    scheduleReplot();
}

void TrainingMonitor::setStepCursor(double step)
{
    m_cursorStep = step;
    updateCursorItem();
    scheduleReplot();
}

void TrainingMonitor::clearStepCursor()
{
    setStepCursor(kNaN);
}

void TrainingMonitor::updateCursorItem()
{
    if (std::isnan(m_cursorStep)) {
        if (m_cursorLine) {
            m_plot->removeItem(m_cursorLine);
            m_plot->removeItem(m_cursorText);
            m_cursorLine = nullptr;
            m_cursorText = nullptr;
        }
        return;
    }
    if (!m_cursorLine) {
        m_cursorLine = new QCPItemStraightLine(m_plot);
        m_cursorLine->setPen(QPen(QColor(0x55, 0x55, 0x55), 1, Qt::DashLine));
        m_cursorLine->setSelectable(false);
        for (QCPItemPosition *p : {m_cursorLine->point1, m_cursorLine->point2}) {
            p->setTypeX(QCPItemPosition::ptPlotCoords);
            p->setTypeY(QCPItemPosition::ptAxisRectRatio); // spans the plot height on any y scale
        }
        m_cursorText = new QCPItemText(m_plot);
        m_cursorText->setSelectable(false);
        m_cursorText->position->setTypeX(QCPItemPosition::ptPlotCoords);
        m_cursorText->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        m_cursorText->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
        m_cursorText->setPadding(QMargins(4, 2, 4, 2));
        m_cursorText->setBrush(QColor(255, 255, 255, 200));
        m_cursorText->setColor(QColor(0x33, 0x33, 0x33));
    }
    m_cursorLine->point1->setCoords(m_cursorStep, 0);
    m_cursorLine->point2->setCoords(m_cursorStep, 1);
    m_cursorText->position->setCoords(m_cursorStep, 0);
    m_cursorText->setText(tr("step %1").arg(formatStep(m_cursorStep)));
}

int TrainingMonitor::pointCount(const QString &id) const
{
    const Series *s = find(id);
    return s ? int(s->x.size()) : 0;
}

std::vector<double> TrainingMonitor::steps(const QString &id) const
{
    const Series *s = find(id);
    return s ? s->x : std::vector<double>{};
}

std::vector<double> TrainingMonitor::rawValues(const QString &id) const
{
    const Series *s = find(id);
    return s ? s->raw : std::vector<double>{};
}

std::vector<double> TrainingMonitor::smoothedValues(const QString &id) const
{
    const Series *s = find(id);
    return s ? s->smooth : std::vector<double>{};
}

int TrainingMonitor::drawnPointCount(const QString &id) const
{
    const Series *s = find(id);
    return s ? s->smoothGraph->dataCount() : 0;
}

void TrainingMonitor::scheduleReplot()
{
    if (!m_replotTimer->isActive())
        m_replotTimer->start();
}

void TrainingMonitor::setReplotInterval(int intervalMs)
{
    m_replotTimer->setInterval(std::max(kFrameMs, intervalMs));
}

void TrainingMonitor::replotNow()
{
    m_replotTimer->stop();
    m_plot->replot(QCustomPlot::rpImmediateRefresh);
}

void TrainingMonitor::resetView()
{
    m_following = true;
    m_sampledVersion = 0; // force a new reduction and fit
    scheduleReplot();
}

void TrainingMonitor::setRangeGuarded(bool x, double lower, double upper, Axis axis)
{
    m_adjustingRange = true;
    QCPAxis *a = x ? m_plot->xAxis : (axis == Axis::Right ? m_plot->yAxis2 : m_plot->yAxis);
    a->setRange(lower, upper);
    m_adjustingRange = false;
}

// Runs inside every replot (ours and QCustomPlot's own while dragging or zooming): brings the
// drawn points up to date with the data, the visible range and the plot width, and fits the
// axes while the view follows the data.
void TrainingMonitor::prepareReplot()
{
    const bool log = m_yScale == YScale::Log;
    if (m_following) {
        double lo = std::numeric_limits<double>::infinity(), hi = -lo;
        for (const auto &s : m_series) {
            if (s->x.empty())
                continue;
            lo = std::min(lo, s->x.front());
            hi = std::max(hi, s->x.back());
        }
        if (lo <= hi) {
            if (hi == lo) {
                lo -= 1;
                hi += 1;
            }
            setRangeGuarded(true, lo, hi);
        }
    }
    const QCPRange xr = m_plot->xAxis->range();
    const int columns = std::max(1, m_plot->axisRect()->width());
    if (m_sampledVersion == m_dataVersion && m_sampledLower == xr.lower && m_sampledUpper == xr.upper
        && m_sampledColumns == columns)
        return;
    m_sampledVersion = m_dataVersion;
    m_sampledLower = xr.lower;
    m_sampledUpper = xr.upper;
    m_sampledColumns = columns;

    double yLo[2] = {std::numeric_limits<double>::infinity(), std::numeric_limits<double>::infinity()};
    double yHi[2] = {-yLo[0], -yLo[1]};
    QList<QCPGraphData> points;
    auto extend = [&](int side, const QList<QCPGraphData> &pts) {
        for (const QCPGraphData &p : pts) {
            if (p.key < xr.lower || p.key > xr.upper || std::isnan(p.value))
                continue;
            yLo[side] = std::min(yLo[side], p.value);
            yHi[side] = std::max(yHi[side], p.value);
        }
    };
    const bool showRaw = m_smoothing > 0;
    for (auto &s : m_series) {
        const int side = s->axis == Axis::Right ? 1 : 0;
        reduce(s->x, s->smooth, xr.lower, xr.upper, columns, log, points);
        extend(side, points);
        s->smoothGraph->data()->set(points, true);
        s->rawGraph->setVisible(showRaw);
        if (showRaw) {
            reduce(s->x, s->raw, xr.lower, xr.upper, columns, log, points);
            extend(side, points);
            s->rawGraph->data()->set(points, true);
        } else {
            s->rawGraph->data()->clear();
        }
    }
    if (m_following || m_refitY) {
        m_refitY = false;
        for (int side = 0; side < 2; ++side) {
            double lo = yLo[side], hi = yHi[side];
            if (!(lo <= hi))
                continue;
            fitValueRange(lo, hi, log);
            setRangeGuarded(false, lo, hi, side ? Axis::Right : Axis::Left);
        }
    }
}

double TrainingMonitor::nearestDataStep(double x) const
{
    double best = x, bestDistance = std::numeric_limits<double>::infinity();
    for (const auto &s : m_series) {
        if (s->x.empty())
            continue;
        auto it = std::lower_bound(s->x.begin(), s->x.end(), x);
        for (auto c : {it, it == s->x.begin() ? it : it - 1}) {
            if (c == s->x.end())
                continue;
            if (std::abs(*c - x) < bestDistance) {
                bestDistance = std::abs(*c - x);
                best = *c;
            }
        }
    }
    return best;
}

void TrainingMonitor::onMousePress(QMouseEvent *event)
{
    m_pressed = event->button() == Qt::LeftButton;
    m_pressPos = event->pos();
}

void TrainingMonitor::onMouseRelease(QMouseEvent *event)
{
    const bool click = m_pressed && event->button() == Qt::LeftButton
        && (event->pos() - m_pressPos).manhattanLength() < 5;
    m_pressed = false;
    if (!click || !m_plot->axisRect()->rect().contains(event->pos()))
        return;
    Q_EMIT stepClicked(nearestDataStep(m_plot->xAxis->pixelToCoord(event->pos().x())));
}

void TrainingMonitor::onMouseMove(QMouseEvent *event)
{
    if (event->buttons() != Qt::NoButton)
        return; // panning
    updateReadout(event->pos());
}

bool TrainingMonitor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_plot && event->type() == QEvent::Leave) {
        clearReadout();
        if (m_tracer->visible()) {
            m_tracer->setVisible(false);
            scheduleReplot();
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TrainingMonitor::clearReadout()
{
    m_readoutPlain.clear();
    m_readout->setText(QStringLiteral("<span style='color:#777'>%1</span>")
                           .arg(tr("Hover to read values · wheel zooms · drag pans · double-click shows all · "
                                   "click picks a step")
                                    .toHtmlEscaped()));
}

void TrainingMonitor::updateReadout(const QPoint &pos)
{
    if (!m_plot->axisRect()->rect().contains(pos)) {
        clearReadout();
        return;
    }
    const double x = m_plot->xAxis->pixelToCoord(pos.x());
    QStringList plain, html;
    const Series *nearest = nullptr;
    std::size_t nearestIndex = 0;
    double nearestPixels = std::numeric_limits<double>::infinity();
    double shownStep = kNaN;
    for (const auto &s : m_series) {
        if (s->x.empty())
            continue;
        auto it = std::lower_bound(s->x.begin(), s->x.end(), x);
        std::size_t i = std::size_t(it - s->x.begin());
        if (i == s->x.size() || (i > 0 && std::abs(s->x[i - 1] - x) <= std::abs(s->x[i] - x)))
            i = i == 0 ? 0 : i - 1;
        if (std::isnan(shownStep))
            shownStep = s->x[i];
        const double smoothed = s->smooth[i], raw = s->raw[i];
        const bool smoothing = m_smoothing > 0;
        QString text = s->name + QStringLiteral(" ") + formatValue(smoothing ? smoothed : raw);
        QString rich = QStringLiteral("<span style='color:%1'>&#9632;</span> %2 <b>%3</b>")
                           .arg(s->color.name(), s->name.toHtmlEscaped(), formatValue(smoothing ? smoothed : raw));
        if (smoothing) {
            text += tr(" (raw %1)").arg(formatValue(raw));
            rich += QStringLiteral(" <span style='color:#777'>%1</span>").arg(tr("(raw %1)").arg(formatValue(raw)));
        }
        if (s->x[i] != shownStep) {
            text += tr(" at step %1").arg(formatStep(s->x[i]));
            rich += tr(" at step %1").arg(formatStep(s->x[i]));
        }
        plain << text;
        html << QStringLiteral("<span style='white-space:nowrap'>%1</span>").arg(rich); // wrap between series only
        QCPAxis *valueAxis = s->axis == Axis::Right ? m_plot->yAxis2 : m_plot->yAxis;
        const double v = smoothing ? smoothed : raw;
        if (std::isfinite(v)) {
            const double d = std::abs(valueAxis->coordToPixel(v) - pos.y());
            if (d < nearestPixels) {
                nearestPixels = d;
                nearest = s.get();
                nearestIndex = i;
            }
        }
    }
    if (plain.isEmpty()) {
        clearReadout();
        return;
    }
    m_readoutPlain = tr("step %1").arg(formatStep(shownStep)) + QStringLiteral(" · ") + plain.join(QStringLiteral(" · "));
    m_readout->setText(QStringLiteral("<b>%1</b> &nbsp; %2")
                           .arg(tr("step %1").arg(formatStep(shownStep)), html.join(QStringLiteral(" &nbsp; "))));
    if (nearest) {
        m_tracer->position->setAxes(m_plot->xAxis, nearest->axis == Axis::Right ? m_plot->yAxis2 : m_plot->yAxis);
        m_tracer->position->setCoords(nearest->x[nearestIndex],
                                      m_smoothing > 0 ? nearest->smooth[nearestIndex] : nearest->raw[nearestIndex]);
        m_tracer->setPen(QPen(nearest->color, 2));
        m_tracer->setBrush(Qt::white);
        m_tracer->setVisible(true);
    } else {
        m_tracer->setVisible(false);
    }
    scheduleReplot();
}

QString TrainingMonitor::readout() const
{
    return m_readoutPlain;
}

QString TrainingMonitor::csv() const
{
    QString out = QStringLiteral("step");
    for (const auto &s : m_series)
        out += QLatin1Char(',') + csvField(s->name) + QLatin1Char(',') + csvField(s->name + tr(" (smoothed)"));
    out += QLatin1Char('\n');
    std::vector<std::size_t> next(m_series.size(), 0);
    for (;;) {
        double step = std::numeric_limits<double>::infinity();
        for (std::size_t k = 0; k < m_series.size(); ++k)
            if (next[k] < m_series[k]->x.size())
                step = std::min(step, m_series[k]->x[next[k]]);
        if (std::isinf(step))
            break;
        out += csvNumber(step);
        for (std::size_t k = 0; k < m_series.size(); ++k) {
            const Series &s = *m_series[k];
            if (next[k] < s.x.size() && s.x[next[k]] == step) {
                out += QLatin1Char(',') + csvNumber(s.raw[next[k]]) + QLatin1Char(',') + csvNumber(s.smooth[next[k]]);
                ++next[k];
            } else {
                out += QStringLiteral(",,");
            }
        }
        out += QLatin1Char('\n');
    }
    return out;
}

bool TrainingMonitor::exportCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(csv().toUtf8());
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool TrainingMonitor::exportPng(const QString &path, QString *error)
{
    replotNow();
    const QPixmap pixmap = m_plot->toPixmap(0, 0, 2.0);
    QSaveFile file(path);
    if (pixmap.isNull() || !file.open(QIODevice::WriteOnly) || !pixmap.save(&file, "PNG") || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace genlab::widgets
