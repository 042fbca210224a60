#include "widgets/latentlab/klbarsplot.h"

#include "widgets/components/qcustomplot_include.h"

#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace genlab::widgets {

KlBarsPlot::KlBarsPlot(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("klBars"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_caption = new QLabel(this);
    m_caption->setWordWrap(true);
    layout->addWidget(m_caption);
    m_plot = new QCustomPlot(this);
    m_plot->setMinimumHeight(140);
    m_plot->xAxis->setLabel(tr("latent dimension"));
    m_plot->yAxis->setLabel(tr("KL (nats)"));
    m_active = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    m_active->setPen(Qt::NoPen);
    m_active->setBrush(QColor(0x4e, 0x79, 0xa7));
    m_active->setWidth(0.8);
    m_inactive = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    m_inactive->setPen(QPen(QColor(150, 150, 150)));
    m_inactive->setBrush(QColor(200, 200, 200));
    m_inactive->setWidth(0.8);
    layout->addWidget(m_plot, 1);
    clear();
}

void KlBarsPlot::clear()
{
    m_values.clear();
    m_active->data()->clear();
    m_inactive->data()->clear();
    m_caption->setText(tr("KL per dimension appears here while a VAE trains."));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void KlBarsPlot::setNotApplicable(const QString &why)
{
    clear();
    m_caption->setText(why);
}

int KlBarsPlot::activeCount() const
{
    return int(std::count_if(m_values.begin(), m_values.end(), [](float v) { return v >= kInactiveKl; }));
}

void KlBarsPlot::setValues(const std::vector<float> &klPerDim, qint64 step)
{
    m_values = klPerDim;
    QVector<double> activeX, activeY, inactiveX, inactiveY;
    double top = 0.5;
    for (std::size_t d = 0; d < klPerDim.size(); ++d) {
        const double v = klPerDim[d];
        top = std::max(top, v);
        if (v >= kInactiveKl) {
            activeX.append(double(d + 1));
            activeY.append(v);
        } else {
            inactiveX.append(double(d + 1));
            inactiveY.append(std::max(v, 0.0));
        }
    }
    m_active->setData(activeX, activeY, true);
    m_inactive->setData(inactiveX, inactiveY, true);
    const int n = int(klPerDim.size());
    m_plot->xAxis->setRange(0.3, n + 0.7);
    m_plot->yAxis->setRange(0, top * 1.1);
    QSharedPointer<QCPAxisTickerFixed> ticker(new QCPAxisTickerFixed);
    ticker->setTickStep(n <= 20 ? 1.0 : n <= 64 ? 4.0 : 8.0);
    m_plot->xAxis->setTicker(ticker);
    m_caption->setText(tr("KL per dimension at step %1: %2 of %3 dimensions carry information; the grey ones have "
                          "collapsed to the prior (posterior collapse).")
                           .arg(step)
                           .arg(activeCount())
                           .arg(n));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace genlab::widgets
