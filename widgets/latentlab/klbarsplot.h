#pragma once

#include <QWidget>

#include <vector>

class QCPBars;
class QCustomPlot;
class QLabel;

namespace genlab::widgets {

// KL per latent dimension as bars: the dimensions the model uses stand tall, collapsed ones
// (posterior = prior) lie flat and grey. Updates are cheap; replots coalesce to one per frame.
// Thread: GUI only.
class KlBarsPlot : public QWidget
{
    Q_OBJECT
public:
    static constexpr double kInactiveKl = 0.05; // nats

    explicit KlBarsPlot(QWidget *parent = nullptr);

    void setValues(const std::vector<float> &klPerDim, qint64 step);
    void clear();
    // Instead of bars: why there are none (an autoencoder has no KL term).
    void setNotApplicable(const QString &why);
    const std::vector<float> &values() const { return m_values; }
    int activeCount() const;
    QCustomPlot *plot() const { return m_plot; }

private:
    QCustomPlot *m_plot;
    QCPBars *m_active, *m_inactive;
    QLabel *m_caption;
    std::vector<float> m_values;
};

} // namespace genlab::widgets
