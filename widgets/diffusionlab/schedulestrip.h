#pragma once

#include <QWidget>

#include <vector>

class QCPGraph;
class QCPItemStraightLine;
class QCPItemText;
class QCPItemTracer;
class QCPLayer;
class QCustomPlot;
class QSlider;

namespace genlab::engine::diffusion {
class DiffusionSchedule;
}

namespace genlab::widgets::diffusionlab {

// Under the scrubber: the noise level of each step of the run, σ_t on a log axis (how much noise
// x_t holds relative to the signal), and the schedule's ᾱ_t (how much of the image is left, 0..1),
// with a cursor at the step shown. The curves are drawn once per run; moving the cursor repaints
// only the cursor's layer, so scrubbing and streaming never replot the curves.
// Thread: GUI only.
class ScheduleStrip : public QWidget
{
    Q_OBJECT
public:
    explicit ScheduleStrip(QWidget *parent = nullptr);
    ~ScheduleStrip() override;

    // The run's timesteps t_0 = T .. t_S = 0 under the model's schedule.
    void setRun(const engine::diffusion::DiffusionSchedule &schedule, const std::vector<int> &timesteps);
    void clear();
    void setCursor(int step);
    int cursor() const { return m_cursor; }
    int pointCount() const; // σ points drawn (tests)
    QCustomPlot *plot() const { return m_plot; }
    // Lines the step axis up with a slider over the same steps (the scrubber above): step 0 under
    // the handle at its left end, the last step under it at its right end.
    void alignWith(QSlider *slider);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

Q_SIGNALS:
    void stepClicked(int step); // a click on the plot picks the nearest step

private:
    void align();
    void setStepRange();

    QCustomPlot *m_plot;
    QSlider *m_slider = nullptr;
    QCPGraph *m_sigma = nullptr;
    QCPGraph *m_alphaBar = nullptr;
    QCPLayer *m_cursorLayer = nullptr;
    QCPItemStraightLine *m_line = nullptr;
    QCPItemTracer *m_tracer = nullptr;
    QCPItemText *m_label = nullptr;
    std::vector<double> m_sigmas; // per step (0 at the last)
    std::vector<int> m_timesteps;
    int m_cursor = 0;
};

} // namespace genlab::widgets::diffusionlab
