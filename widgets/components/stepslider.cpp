#include "widgets/components/stepslider.h"

#include "widgets/components/imagegridview.h"
#include "widgets/components/trainingmonitor.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSlider>
#include <QStyle>
#include <QToolButton>

#include <algorithm>
#include <cmath>

namespace genlab::widgets {

StepSlider::StepSlider(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("stepSlider"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_previous = new QToolButton(this);
    m_previous->setIcon(style()->standardIcon(QStyle::SP_MediaSeekBackward));
    m_previous->setToolTip(tr("The previous recorded step"));
    m_next = new QToolButton(this);
    m_next->setIcon(style()->standardIcon(QStyle::SP_MediaSeekForward));
    m_next->setToolTip(tr("The next recorded step"));
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setObjectName(QStringLiteral("steps"));
    m_slider->setRange(0, 0);
    m_slider->setPageStep(1);
    m_slider->setToolTip(tr("Pick a step at which the model's outputs were recorded"));
    m_label = new QLabel(this);
    m_label->setMinimumWidth(m_label->fontMetrics().horizontalAdvance(QStringLiteral("step 1,000,000 (100 of 100)")));
    m_liveCheck = new QCheckBox(tr("Live"), this);
    m_liveCheck->setChecked(m_live);
    m_liveCheck->setToolTip(tr("Keep showing the newest step while training runs"));
    layout->addWidget(m_previous);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_next);
    layout->addWidget(m_label);
    layout->addWidget(m_liveCheck);

    connect(m_slider, &QSlider::valueChanged, this, [this](int v) {
        if (v == m_index)
            return;
        // Moving away from the newest step stops following it; moving back starts again.
        setLive(v == int(m_snapshots.size()) - 1);
        setIndex(v);
    });
    connect(m_previous, &QToolButton::clicked, this, [this] { m_slider->setValue(m_slider->value() - 1); });
    connect(m_next, &QToolButton::clicked, this, [this] { m_slider->setValue(m_slider->value() + 1); });
    connect(m_liveCheck, &QCheckBox::toggled, this, [this](bool on) {
        setLive(on);
        if (on && !m_snapshots.empty())
            setIndex(int(m_snapshots.size()) - 1);
    });
    updateLabel();
}

StepSlider::~StepSlider() = default;

void StepSlider::record(qint64 step, std::vector<engine::Image> images, QStringList labels)
{
    auto it = std::lower_bound(m_snapshots.begin(), m_snapshots.end(), step,
                               [](const Snapshot &s, qint64 v) { return s.step < v; });
    const int position = int(it - m_snapshots.begin());
    const bool replaced = it != m_snapshots.end() && it->step == step;
    if (replaced) {
        it->images = std::move(images);
        it->labels = std::move(labels);
    } else {
        m_snapshots.insert(it, Snapshot{step, std::move(images), std::move(labels)});
        if (m_index >= position)
            ++m_index; // the step shown stays the one shown
        if (int(m_snapshots.size()) > m_maxSnapshots)
            thin();
    }
    syncSlider();
    if (m_live || m_index < 0)
        setIndex(int(m_snapshots.size()) - 1);
    else if (replaced && position == m_index)
        showCurrent();
    else
        updateLabel();
}

void StepSlider::clear()
{
    m_snapshots.clear();
    m_index = -1;
    syncSlider();
    setLive(true); // a new run: follow it
    if (m_monitor)
        m_monitor->clearStepCursor();
    if (m_view)
        m_view->clear();
    updateLabel();
}

void StepSlider::removeFrom(qint64 step)
{
    auto it = std::lower_bound(m_snapshots.begin(), m_snapshots.end(), step,
                               [](const Snapshot &s, qint64 v) { return s.step < v; });
    if (it == m_snapshots.end())
        return;
    if (it == m_snapshots.begin()) {
        clear();
        return;
    }
    const bool shownRemoved = m_index >= int(it - m_snapshots.begin());
    m_snapshots.erase(it, m_snapshots.end());
    syncSlider();
    if (shownRemoved)
        setIndex(int(m_snapshots.size()) - 1); // the shown index was past the end: it changes
    else
        updateLabel();
}

void StepSlider::setMaxSnapshots(int count)
{
    m_maxSnapshots = std::max(count, 4); // thin() halves: with fewer it could not make room
    if (int(m_snapshots.size()) <= m_maxSnapshots)
        return;
    while (int(m_snapshots.size()) > m_maxSnapshots)
        thin();
    syncSlider();
    updateLabel();
}

// Keeps every second snapshot from the first, the newest and the one shown: about half.
void StepSlider::thin()
{
    const int n = int(m_snapshots.size());
    std::vector<Snapshot> kept;
    kept.reserve(std::size_t(n / 2 + 2));
    int index = -1;
    for (int i = 0; i < n; ++i) {
        if (i % 2 != 0 && i != n - 1 && i != m_index)
            continue;
        if (i == m_index)
            index = int(kept.size());
        kept.push_back(std::move(m_snapshots[std::size_t(i)]));
    }
    m_snapshots = std::move(kept);
    m_index = index;
}

void StepSlider::syncSlider()
{
    const QSignalBlocker block(m_slider);
    m_slider->setRange(0, std::max(int(m_snapshots.size()) - 1, 0));
    m_slider->setValue(std::max(m_index, 0));
}

QList<qint64> StepSlider::steps() const
{
    QList<qint64> out;
    for (const Snapshot &s : m_snapshots)
        out << s.step;
    return out;
}

qint64 StepSlider::currentStep() const
{
    return m_index >= 0 ? m_snapshots[std::size_t(m_index)].step : -1;
}

const std::vector<engine::Image> &StepSlider::currentImages() const
{
    static const std::vector<engine::Image> none;
    return m_index >= 0 ? m_snapshots[std::size_t(m_index)].images : none;
}

QStringList StepSlider::currentLabels() const
{
    return m_index >= 0 ? m_snapshots[std::size_t(m_index)].labels : QStringList();
}

qint64 StepSlider::nearestStep(double step) const
{
    if (m_snapshots.empty() || std::isnan(step))
        return -1;
    auto it = std::lower_bound(m_snapshots.begin(), m_snapshots.end(), step,
                               [](const Snapshot &s, double v) { return double(s.step) < v; });
    if (it == m_snapshots.end())
        return m_snapshots.back().step;
    if (it == m_snapshots.begin())
        return it->step;
    const auto before = it - 1;
    return (step - double(before->step) <= double(it->step) - step) ? before->step : it->step;
}

void StepSlider::setCurrentStep(double step)
{
    const qint64 nearest = nearestStep(step);
    if (nearest < 0)
        return;
    auto it = std::lower_bound(m_snapshots.begin(), m_snapshots.end(), nearest,
                               [](const Snapshot &s, qint64 v) { return s.step < v; });
    const int index = int(it - m_snapshots.begin());
    setLive(index == int(m_snapshots.size()) - 1 && m_live);
    setIndex(index);
}

void StepSlider::setLive(bool live)
{
    m_live = live;
    const QSignalBlocker block(m_liveCheck);
    m_liveCheck->setChecked(live);
}

void StepSlider::setIndex(int index)
{
    if (index < 0 || index >= int(m_snapshots.size()))
        return;
    const bool changed = index != m_index;
    m_index = index;
    {
        const QSignalBlocker block(m_slider);
        m_slider->setValue(index);
    }
    showCurrent();
    if (changed)
        Q_EMIT stepChanged(m_snapshots[std::size_t(index)].step);
}

void StepSlider::showCurrent()
{
    updateLabel();
    if (m_index < 0)
        return;
    const Snapshot &s = m_snapshots[std::size_t(m_index)];
    if (m_monitor)
        m_monitor->setStepCursor(double(s.step));
    if (m_view)
        m_view->setImages(s.images, s.labels);
}

void StepSlider::updateLabel()
{
    const bool any = !m_snapshots.empty();
    m_previous->setEnabled(any && m_index > 0);
    m_next->setEnabled(any && m_index < int(m_snapshots.size()) - 1);
    m_slider->setEnabled(m_snapshots.size() > 1);
    if (!any) {
        m_label->setText(tr("no samples recorded yet"));
        return;
    }
    m_label->setText(tr("step %1 (%2 of %3)")
                         .arg(QLocale().toString(currentStep()))
                         .arg(m_index + 1)
                         .arg(m_snapshots.size()));
}

void StepSlider::bind(TrainingMonitor *monitor, ImageGridView *view)
{
    if (m_monitor)
        disconnect(m_monitor, nullptr, this, nullptr);
    m_monitor = monitor;
    m_view = view;
    if (monitor) {
        connect(monitor, &TrainingMonitor::stepClicked, this, [this](double step) {
            setLive(false);
            setCurrentStep(step);
        });
    }
    showCurrent();
}

} // namespace genlab::widgets
