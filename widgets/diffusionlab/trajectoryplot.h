#pragma once

#include <QWidget>

#include <vector>

class QCPCurve;
class QCPItemText;
class QCPItemTracer;
class QCPGraph;
class QCPLayer;
class QCustomPlot;
class QLabel;

namespace genlab::widgets::diffusionlab {

// The run's path in 2-D: every x_t projected on the two directions in which the run moved most
// (DiffusionSampleResult::trajectory), drawn as a line from the noise to the image with the step
// shown marked. Moving the mark repaints its own layer only.
// Thread: GUI only.
class TrajectoryPlot : public QWidget
{
    Q_OBJECT
public:
    explicit TrajectoryPlot(QWidget *parent = nullptr);
    ~TrajectoryPlot() override;

    // (x, y) per step. Empty: nothing to draw yet (waitingText says why).
    void setTrajectory(const std::vector<float> &xy);
    void clear(const QString &waitingText = {});
    void setCurrent(int step);
    int current() const { return m_current; }
    int pointCount() const { return int(m_xy.size() / 2); }
    QCustomPlot *plot() const { return m_plot; }

Q_SIGNALS:
    void stepClicked(int step); // a click picks the nearest point

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fit();

    QCustomPlot *m_plot;
    QLabel *m_caption;
    QCPCurve *m_path = nullptr;
    QCPGraph *m_ends = nullptr;
    QCPLayer *m_cursorLayer = nullptr;
    QCPItemTracer *m_mark = nullptr;
    QCPItemText *m_waiting = nullptr;
    QCPItemText *m_startLabel = nullptr;
    QCPItemText *m_endLabel = nullptr;
    std::vector<float> m_xy;
    int m_current = 0;
};

} // namespace genlab::widgets::diffusionlab
