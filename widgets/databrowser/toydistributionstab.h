#pragma once

#include "services/datasetservice.h"

#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QCustomPlot;
class QLabel;
class QSpinBox;

namespace genlab::services {
class Job;
}

namespace genlab::widgets {

// The data browser's "2-D toy distributions" tab: plots the 2-D toy distributions the GAN and
// diffusion toy views train on, including one the user draws with the mouse (clicks and drags add
// points; "Your drawing" samples around them). Sampling runs as jobs through DatasetService.
// Thread: GUI only.
class ToyDistributionsTab : public QWidget
{
    Q_OBJECT
public:
    explicit ToyDistributionsTab(services::DatasetService *datasets, QWidget *parent = nullptr);
    ~ToyDistributionsTab() override;

    // Samples once, when the tab is first opened (the lab calls it then); after that every change
    // of a setting samples again. Until then a restored project only sets the choices.
    void start();

    // The lab's "toy" state: "kind", "count", "seed" and the drawn "points" (at most 5,000).
    QJsonObject saveState() const;
    void restoreState(const QJsonObject &toy);

    QList<QPointF> toyPoints() const { return m_points; }
    QList<QPointF> drawnPoints() const { return m_drawn; }
    QCustomPlot *plot() const { return m_plot; }

Q_SIGNALS:
    void sampled();      // a sample (or why there is none) is on the plot
    void stateChanged(); // a setting saveState() reports changed

private:
    void sample();
    void showPoints();
    void drawAt(const QPointF &pixel, bool press);
    void fitAspect();

    services::DatasetService *m_datasets;
    QComboBox *m_kindCombo;
    QSpinBox *m_count, *m_seed;
    QCustomPlot *m_plot;
    QLabel *m_status;
    QList<QPointF> m_points, m_drawn;
    QPointer<services::Job> m_job;
    bool m_started = false;
    bool m_drawing = false;
};

} // namespace genlab::widgets
