#pragma once

#include <QWidget>

class QSlider;
class QSpinBox;
class QTimer;
class QToolButton;

namespace genlab::widgets::diffusionlab {

// A slider over the steps of a denoising run (0: the noise .. S: the image) with step buttons and
// Play at a chosen speed in steps per second. Steps that have not arrived yet (a run still
// streaming) cannot be reached: the slider stops at the newest one. Emits stepChanged for every
// step it shows, whether a person or Play moved it.
// Thread: GUI only.
class DenoisingScrubber : public QWidget
{
    Q_OBJECT
public:
    explicit DenoisingScrubber(QWidget *parent = nullptr);

    // The run has steps 0..stepCount; steps up to `reachable` can be shown (-1: all).
    void setStepCount(int stepCount, int reachable = -1);
    int stepCount() const;
    void setReachable(int reachable); // the newest step that arrived
    int reachable() const { return m_reachable; }
    void setStep(int step);           // clamped to 0..reachable
    int step() const;

    void play();
    void stop();
    bool isPlaying() const;
    void setSpeed(int stepsPerSecond); // 1..60
    int speed() const;

    QSlider *slider() const { return m_slider; }
    QToolButton *playButton() const { return m_play; }

Q_SIGNALS:
    void stepChanged(int step);
    void speedChanged(int stepsPerSecond);
    void playingChanged(bool playing);

private:
    void advance();
    void syncPlayButton();

    QSlider *m_slider;
    QToolButton *m_first, *m_previous, *m_play, *m_next, *m_last;
    QSpinBox *m_speed;
    QTimer *m_timer;
    int m_reachable = 0;
};

} // namespace genlab::widgets::diffusionlab
