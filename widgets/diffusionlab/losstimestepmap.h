#pragma once

#include "engine/train/events.h"

#include <QSharedPointer>
#include <QWidget>

#include <map>
#include <vector>

class QCPAxisTickerText;
class QCPColorMap;
class QCPColorScale;
class QCPItemStraightLine;
class QCPItemText;
class QCustomPlot;
class QLabel;

namespace genlab::widgets::diffusionlab {

// The diffusion trainer's loss by timestep as a heat map over training: one column per evaluation
// (x: the training step), one row per timestep bucket (y: t from 0, the clean image, to T, pure
// noise), coloured by the mean loss of a fixed held-out batch at fixed noise in that bucket, on a
// log colour scale. It shows which noise levels the network learns first. A vertical line marks
// the step the training session's slider shows.
// Thread: GUI only.
class LossTimestepMap : public QWidget
{
    Q_OBJECT
public:
    explicit LossTimestepMap(QWidget *parent = nullptr);
    ~LossTimestepMap() override;

    // The run's T (the y axis spans 0..T); the buckets are evenly spaced over it.
    void setTimesteps(int timesteps);
    int timesteps() const { return m_timesteps; }
    // An evaluation's bucket losses (metrics.values, engine::diffusion::kLossBuckets of them) as the
    // column of metrics.step; false (and nothing changes) for other metrics. A column at step s
    // drops those after s (a resumed run retraces them).
    bool addMetrics(const engine::train::Metrics &metrics);
    void addColumn(qint64 step, const std::vector<float> &bucketLosses);
    void clear();
    // The step line (the previews' step); negative removes it.
    void setStepCursor(qint64 step);

    int columnCount() const { return int(m_columns.size()); }
    QList<qint64> steps() const;
    const std::vector<float> *column(qint64 step) const;
    QCustomPlot *plot() const { return m_plot; }

    QSize sizeHint() const override { return {520, 240}; }

private:
    void rebuild();

    QCustomPlot *m_plot;
    QCPColorMap *m_map;
    QCPColorScale *m_scale;
    QSharedPointer<QCPAxisTickerText> m_ticker;
    QCPItemStraightLine *m_cursor;
    QCPItemText *m_empty;
    QLabel *m_note;
    std::map<qint64, std::vector<float>> m_columns;
    int m_timesteps = 1000;
};

} // namespace genlab::widgets::diffusionlab
