#include "widgets/databrowser/toydistributionstab.h"

#include "services/job.h"
#include "widgets/components/qcustomplot_include.h"
#include "widgets/databrowser/statevalues.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace genlab::widgets {

namespace {

constexpr double kToyExtent = 3.2; // every toy distribution lies within about [-3, 3]^2
constexpr double kMinDrawSpacing = 0.08;
constexpr int kMaxSavedPoints = 5000; // drawn toy points kept in a project

} // namespace

ToyDistributionsTab::ToyDistributionsTab(services::DatasetService *datasets, QWidget *parent)
    : QWidget(parent), m_datasets(datasets)
{
    setObjectName(QStringLiteral("toyDistributionsTab"));
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Distribution"), this));
    m_kindCombo = new QComboBox(this);
    m_kindCombo->setObjectName(QStringLiteral("toyCombo"));
    for (const auto &[id, name] : services::DatasetService::toyKinds())
        m_kindCombo->addItem(id == QLatin1String("user") ? tr("Your drawing") : name, id);
    row->addWidget(m_kindCombo);
    row->addSpacing(12);
    row->addWidget(new QLabel(tr("Points"), this));
    m_count = new QSpinBox(this);
    m_count->setRange(100, 20000);
    m_count->setSingleStep(500);
    m_count->setValue(2000);
    m_count->setGroupSeparatorShown(true);
    row->addWidget(m_count);
    row->addSpacing(12);
    row->addWidget(new QLabel(tr("Seed"), this));
    m_seed = new QSpinBox(this);
    m_seed->setRange(1, 999999);
    m_seed->setValue(1);
    row->addWidget(m_seed);
    auto *resample = new QPushButton(tr("New sample"), this);
    resample->setObjectName(QStringLiteral("toyNewSample"));
    resample->setToolTip(tr("Draw again with the next seed"));
    row->addWidget(resample);
    auto *clearDrawing = new QPushButton(tr("Clear drawing"), this);
    clearDrawing->setObjectName(QStringLiteral("clearDrawing"));
    row->addWidget(clearDrawing);
    row->addStretch(1);
    layout->addLayout(row);
    auto *hint = new QLabel(tr("Click or drag on the plot to draw points: \"Your drawing\" then samples around them "
                               "(Gaussians as wide as half the typical gap between your points)."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("toyPlot"));
    m_plot->setMinimumSize(300, 300);
    m_plot->xAxis->setLabel(QStringLiteral("x"));
    m_plot->yAxis->setLabel(QStringLiteral("y"));
    m_plot->xAxis->setRange(-kToyExtent, kToyExtent);
    m_plot->yAxis->setRange(-kToyExtent, kToyExtent);
    for (QCPAxis *axis : {m_plot->xAxis, m_plot->yAxis})
        axis->grid()->setPen(QPen(QColor(0, 0, 0, 30), 0, Qt::DotLine));
    QCPGraph *samples = m_plot->addGraph();
    samples->setLineStyle(QCPGraph::lsNone);
    samples->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, QColor(0x00, 0x72, 0xB2, 110),
                                             QColor(0x00, 0x72, 0xB2, 110), 4));
    samples->setName(tr("samples"));
    samples->setAdaptiveSampling(false);
    QCPGraph *drawn = m_plot->addGraph();
    drawn->setLineStyle(QCPGraph::lsNone);
    drawn->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(QColor(0xD5, 0x5E, 0x00), 2),
                                           QBrush(Qt::white), 9));
    drawn->setName(tr("your points"));
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    layout->addWidget(m_plot, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("toyStatus"));
    layout->addWidget(m_status);

    connect(m_plot, &QCustomPlot::afterReplot, this, &ToyDistributionsTab::fitAspect);
    connect(m_plot, &QCustomPlot::mousePress, this, [this](QMouseEvent *e) {
        if (e->button() == Qt::LeftButton) {
            m_drawing = true;
            drawAt(e->position(), true);
        }
    });
    connect(m_plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent *e) {
        if (m_drawing && (e->buttons() & Qt::LeftButton))
            drawAt(e->position(), false);
    });
    connect(m_plot, &QCustomPlot::mouseRelease, this, [this](QMouseEvent *) {
        if (m_drawing) {
            m_drawing = false;
            sample();
        }
    });
    connect(m_kindCombo, &QComboBox::activated, this, [this] { sample(); });
    connect(m_count, &QSpinBox::editingFinished, this, [this] { sample(); });
    connect(m_seed, &QSpinBox::editingFinished, this, [this] { sample(); });
    connect(resample, &QPushButton::clicked, this, [this] {
        m_seed->setValue(m_seed->value() + 1);
        sample();
    });
    connect(clearDrawing, &QPushButton::clicked, this, [this] {
        m_drawn.clear();
        sample();
    });
}

ToyDistributionsTab::~ToyDistributionsTab()
{
    // Closing the tab cancels what it asked for. It no longer listens: a canceled queued job
    // finishes at once, and this tab is going away.
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
    }
}

void ToyDistributionsTab::start()
{
    if (m_started)
        return;
    m_started = true;
    sample();
}

QJsonObject ToyDistributionsTab::saveState() const
{
    QJsonArray points;
    for (qsizetype i = 0; i < m_drawn.size() && i < kMaxSavedPoints; ++i)
        points.append(QJsonArray{m_drawn[i].x(), m_drawn[i].y()});
    return QJsonObject{{QStringLiteral("kind"), m_kindCombo->currentData().toString()},
                       {QStringLiteral("count"), m_count->value()},
                       {QStringLiteral("seed"), m_seed->value()},
                       {QStringLiteral("points"), points}};
}

void ToyDistributionsTab::restoreState(const QJsonObject &toy)
{
    // Untrusted: each value is used only when it has the right type and a sensible range.
    bool toyChanged = false;
    if (const int row = m_kindCombo->findData(toy.value(QStringLiteral("kind")).toString());
        row >= 0 && row != m_kindCombo->currentIndex()) {
        m_kindCombo->setCurrentIndex(row);
        toyChanged = true;
    }
    if (const int count = boundedIntOf(toy.value(QStringLiteral("count")), m_count->minimum(), m_count->maximum(), -1);
        count >= 0 && count != m_count->value()) {
        m_count->setValue(count);
        toyChanged = true;
    }
    if (const int seed = boundedIntOf(toy.value(QStringLiteral("seed")), m_seed->minimum(), m_seed->maximum(), -1);
        seed >= 0 && seed != m_seed->value()) {
        m_seed->setValue(seed);
        toyChanged = true;
    }
    if (toy.value(QStringLiteral("points")).isArray()) {
        QList<QPointF> drawn;
        for (const QJsonValue &v : toy.value(QStringLiteral("points")).toArray()) {
            const QJsonArray xy = v.toArray();
            if (xy.size() != 2 || !xy[0].isDouble() || !xy[1].isDouble() || !std::isfinite(xy[0].toDouble()) ||
                !std::isfinite(xy[1].toDouble()))
                continue;
            drawn.append(QPointF(std::clamp(xy[0].toDouble(), -10.0, 10.0), std::clamp(xy[1].toDouble(), -10.0, 10.0)));
            if (drawn.size() >= kMaxSavedPoints)
                break;
        }
        if (drawn != m_drawn) {
            m_drawn = drawn;
            toyChanged = true;
        }
    }
    if (toyChanged && m_started)
        sample();
}

void ToyDistributionsTab::sample()
{
    Q_EMIT stateChanged();
    services::ToySampleRequest request;
    request.kind = m_kindCombo->currentData().toString();
    if (request.kind == QLatin1String("user") && m_drawn.isEmpty()) {
        m_points.clear();
        m_status->setText(tr("Draw some points on the plot first."));
        showPoints();
        return;
    }
    request.count = m_count->value();
    request.seed = quint64(m_seed->value());
    request.userPoints = m_drawn;
    if (m_job && !m_job->isFinished())
        m_job->cancel();
    m_job = m_datasets->sampleToy(request);
    services::Job *job = m_job;
    connect(job, &services::Job::finished, this, [this, job](services::JobState state, const QString &message) {
        if (job != m_job)
            return;
        if (state == services::JobState::Succeeded) {
            m_points = job->resultAs<QList<QPointF>>();
            m_status->setText(tr("%1: %2 points, seed %3")
                                  .arg(m_kindCombo->currentText(), QLocale().toString(m_points.size()))
                                  .arg(m_seed->value()));
        } else if (state == services::JobState::Failed) {
            m_status->setText(tr("Cannot sample: %1").arg(message));
        }
        showPoints();
        Q_EMIT sampled();
    });
}

void ToyDistributionsTab::showPoints()
{
    QList<double> xs, ys;
    xs.reserve(m_points.size());
    ys.reserve(m_points.size());
    for (const QPointF &p : m_points) {
        xs << p.x();
        ys << p.y();
    }
    m_plot->graph(0)->setData(xs, ys);
    xs.clear();
    ys.clear();
    for (const QPointF &p : m_drawn) {
        xs << p.x();
        ys << p.y();
    }
    m_plot->graph(1)->setData(xs, ys);
    m_plot->replot();
}

void ToyDistributionsTab::drawAt(const QPointF &pixel, bool press)
{
    if (!m_plot->axisRect()->rect().contains(pixel.toPoint()))
        return;
    const QPointF p(m_plot->xAxis->pixelToCoord(pixel.x()), m_plot->yAxis->pixelToCoord(pixel.y()));
    if (!press && !m_drawn.isEmpty()) {
        const QPointF d = p - m_drawn.last();
        if (std::hypot(d.x(), d.y()) < kMinDrawSpacing)
            return; // a drag adds points spaced along its path, not one per mouse event
    }
    m_drawn.append(p);
    const int user = m_kindCombo->findData(QStringLiteral("user"));
    if (user >= 0)
        m_kindCombo->setCurrentIndex(user);
    showPoints();
}

// Keeps one unit as long on x as on y, showing at least [-3.2, 3.2] on both axes.
void ToyDistributionsTab::fitAspect()
{
    const QRect r = m_plot->axisRect()->rect();
    if (r.width() <= 0 || r.height() <= 0)
        return;
    double xHalf = kToyExtent, yHalf = kToyExtent;
    if (r.width() > r.height())
        xHalf = kToyExtent * r.width() / r.height();
    else
        yHalf = kToyExtent * r.height() / r.width();
    const QCPRange x = m_plot->xAxis->range(), y = m_plot->yAxis->range();
    if (std::abs(x.upper - xHalf) < 1e-6 && std::abs(y.upper - yHalf) < 1e-6)
        return;
    m_plot->xAxis->setRange(-xHalf, xHalf);
    m_plot->yAxis->setRange(-yHalf, yHalf);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace genlab::widgets
