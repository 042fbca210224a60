#include "widgets/diffusionlab/denoisingscrubber.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

namespace genlab::widgets::diffusionlab {

DenoisingScrubber::DenoisingScrubber(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("denoisingScrubber"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    auto button = [this, row](QStyle::StandardPixmap icon, const QString &tip, const QString &name) {
        auto *b = new QToolButton(this);
        b->setIcon(style()->standardIcon(icon));
        b->setToolTip(tip);
        b->setObjectName(name);
        b->setAutoRaise(true);
        row->addWidget(b);
        return b;
    };
    m_first = button(QStyle::SP_MediaSkipBackward, tr("Step 0: the starting noise (Home)"), QStringLiteral("firstStep"));
    m_previous = button(QStyle::SP_MediaSeekBackward, tr("One step back (Left)"), QStringLiteral("previousStep"));
    m_play = button(QStyle::SP_MediaPlay, tr("Play the denoising from here (Space)"), QStringLiteral("playSteps"));
    m_next = button(QStyle::SP_MediaSeekForward, tr("One step on (Right)"), QStringLiteral("nextStep"));
    m_last = button(QStyle::SP_MediaSkipForward, tr("The last step: the image (End)"), QStringLiteral("lastStep"));
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setObjectName(QStringLiteral("stepScrubber"));
    m_slider->setRange(0, 0);
    m_slider->setPageStep(5);
    m_slider->setToolTip(tr("Drag over the steps: noise on the left, the image on the right"));
    row->insertWidget(2, m_slider, 1);
    m_speed = new QSpinBox(this);
    m_speed->setObjectName(QStringLiteral("playSpeed"));
    m_speed->setRange(1, 60);
    m_speed->setValue(10);
    m_speed->setSuffix(tr(" steps/s"));
    m_speed->setToolTip(tr("How fast Play goes through the steps"));
    row->addWidget(m_speed);
    m_timer = new QTimer(this);
    m_timer->setTimerType(Qt::PreciseTimer);
    m_timer->setInterval(100);

    connect(m_slider, &QSlider::valueChanged, this, [this](int v) {
        if (v > m_reachable) { // not arrived yet
            const QSignalBlocker block(m_slider);
            m_slider->setValue(m_reachable);
            v = m_reachable;
        }
        Q_EMIT stepChanged(v);
    });
    connect(m_first, &QToolButton::clicked, this, [this] { setStep(0); });
    connect(m_previous, &QToolButton::clicked, this, [this] { setStep(step() - 1); });
    connect(m_next, &QToolButton::clicked, this, [this] { setStep(step() + 1); });
    connect(m_last, &QToolButton::clicked, this, [this] { setStep(m_reachable); });
    connect(m_play, &QToolButton::clicked, this, [this] { isPlaying() ? stop() : play(); });
    connect(m_speed, &QSpinBox::valueChanged, this, [this](int v) {
        m_timer->setInterval(std::max(1, 1000 / v));
        Q_EMIT speedChanged(v);
    });
    connect(m_timer, &QTimer::timeout, this, &DenoisingScrubber::advance);
}

void DenoisingScrubber::setStepCount(int stepCount, int reachable)
{
    stepCount = std::max(0, stepCount);
    m_reachable = reachable < 0 ? stepCount : std::min(reachable, stepCount);
    {
        const QSignalBlocker block(m_slider);
        m_slider->setRange(0, stepCount);
        m_slider->setPageStep(std::max(1, stepCount / 10));
    }
    if (m_slider->value() > m_reachable)
        m_slider->setValue(m_reachable);
}

int DenoisingScrubber::stepCount() const
{
    return m_slider->maximum();
}

void DenoisingScrubber::setReachable(int reachable)
{
    m_reachable = std::clamp(reachable, 0, m_slider->maximum());
}

void DenoisingScrubber::setStep(int step)
{
    m_slider->setValue(std::clamp(step, 0, m_reachable));
}

int DenoisingScrubber::step() const
{
    return m_slider->value();
}

void DenoisingScrubber::play()
{
    if (m_slider->maximum() <= 0)
        return;
    if (step() >= m_reachable)
        setStep(0); // from the start again
    m_timer->setInterval(std::max(1, 1000 / m_speed->value()));
    m_timer->start();
    syncPlayButton();
    Q_EMIT playingChanged(true);
}

void DenoisingScrubber::stop()
{
    if (!m_timer->isActive())
        return;
    m_timer->stop();
    syncPlayButton();
    Q_EMIT playingChanged(false);
}

bool DenoisingScrubber::isPlaying() const
{
    return m_timer->isActive();
}

void DenoisingScrubber::setSpeed(int stepsPerSecond)
{
    m_speed->setValue(stepsPerSecond);
}

int DenoisingScrubber::speed() const
{
    return m_speed->value();
}

void DenoisingScrubber::advance()
{
    if (step() >= m_reachable) {
        // Playing along a run that still streams waits for its next step; a finished one ends.
        if (m_reachable >= m_slider->maximum())
            stop();
        return;
    }
    setStep(step() + 1);
}

void DenoisingScrubber::syncPlayButton()
{
    const bool on = isPlaying();
    m_play->setIcon(style()->standardIcon(on ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_play->setToolTip(on ? tr("Pause (Space)") : tr("Play the denoising from here (Space)"));
}

} // namespace genlab::widgets::diffusionlab
