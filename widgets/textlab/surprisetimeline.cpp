#include "widgets/textlab/surprisetimeline.h"

#include "widgets/components/qcustomplot_include.h"
#include "widgets/textlab/tokencolors.h"

#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace genlab::widgets::textlab {

SurpriseTimeline::SurpriseTimeline(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("surpriseTimeline"));
    m_plot->setMinimumHeight(110);
    layout->addWidget(m_plot);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_plot->yAxis->setLabel(tr("bits"));
    m_plot->yAxis->ticker()->setTickCount(3);
    m_plot->xAxis->setLabelFont(small);
    m_plot->yAxis->setLabelFont(small);
    m_plot->xAxis->setTickLabelFont(small);
    m_plot->yAxis->setTickLabelFont(small);
    m_entropy = m_plot->addGraph();
    m_entropy->setName(tr("entropy of the model's distribution"));
    m_entropy->setPen(QPen(kFavouriteColor, 1.5));
    m_entropy->setBrush(QColor(kFavouriteColor.red(), kFavouriteColor.green(), kFavouriteColor.blue(), 30));
    m_surprise = m_plot->addGraph();
    m_surprise->setName(tr("surprise of the generated token"));
    m_surprise->setPen(QPen(kChosenColor, 1.2));
    m_surprise->setLineStyle(QCPGraph::lsImpulse);
    m_surprise->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, kChosenColor, kChosenColor, 4));
    m_replot = new QTimer(this);
    m_replot->setSingleShot(true);
    m_replot->setInterval(100);
    connect(m_replot, &QTimer::timeout, this, [this] { m_plot->replot(QCustomPlot::rpQueuedReplot); });
    // The legend sits above the plot in one row, so it never hides the data.
    m_plot->legend->setVisible(true);
    m_plot->legend->setFont(small);
    m_plot->legend->setBorderPen(Qt::NoPen);
    m_plot->legend->setBrush(Qt::NoBrush);
    m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_plot->axisRect()->insetLayout()->take(m_plot->legend);
    m_plot->plotLayout()->insertRow(0);
    m_plot->plotLayout()->addElement(0, 0, m_plot->legend);
    m_plot->plotLayout()->setRowStretchFactor(0, 0.001);
    m_plot->legend->setMargins(QMargins(0, 0, 0, 0));
    m_cursor = new QCPItemStraightLine(m_plot);
    m_cursor->setPen(QPen(QColor(60, 60, 60), 1, Qt::DashLine));
    m_cursor->setVisible(false);
    m_plot->setToolTip(tr("Per generated token. Surprise: how unexpected the generated token was to the model (-log2 p). Entropy: how "
                          "unsure the model was before picking. Click to inspect a token."));
    connect(m_plot, &QCustomPlot::mousePress, this, [this](QMouseEvent *event) {
        if (m_count == 0)
            return;
        const double x = m_plot->xAxis->pixelToCoord(event->position().x());
        const int index = std::clamp(int(std::lround(x)) - 1, 0, m_count - 1);
        Q_EMIT tokenClicked(index);
    });
    clear();
}

void SurpriseTimeline::clear()
{
    m_entropy->data()->clear();
    m_surprise->data()->clear();
    m_count = 0;
    m_maxBits = 4;
    m_cursor->setVisible(false);
    refit();
}

void SurpriseTimeline::append(int index, double entropyBits, double surpriseBits)
{
    const double x = index + 1;
    m_entropy->addData(x, entropyBits);
    m_surprise->addData(x, surpriseBits);
    m_count = std::max(m_count, index + 1);
    if (std::isfinite(surpriseBits))
        m_maxBits = std::max(m_maxBits, surpriseBits);
    if (std::isfinite(entropyBits))
        m_maxBits = std::max(m_maxBits, entropyBits);
    refit();
}

void SurpriseTimeline::setSelected(int index)
{
    m_cursor->setVisible(index >= 0);
    if (index >= 0) {
        m_cursor->point1->setCoords(index + 1, 0);
        m_cursor->point2->setCoords(index + 1, 1);
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

int SurpriseTimeline::pointCount() const
{
    return m_count;
}

void SurpriseTimeline::setDense(bool dense)
{
    if (dense == m_dense)
        return;
    m_dense = dense;
    m_entropy->setPen(QPen(kFavouriteColor, dense ? 1.0 : 1.5));
    m_entropy->setBrush(dense ? QBrush(Qt::NoBrush)
                              : QBrush(QColor(kFavouriteColor.red(), kFavouriteColor.green(), kFavouriteColor.blue(), 30)));
    m_surprise->setPen(QPen(kChosenColor, dense ? 1.0 : 1.2));
    m_surprise->setScatterStyle(dense ? QCPScatterStyle(QCPScatterStyle::ssNone)
                                      : QCPScatterStyle(QCPScatterStyle::ssDisc, kChosenColor, kChosenColor, 4));
}

void SurpriseTimeline::refit()
{
    setDense(m_count * 5 > std::max(1, m_plot->axisRect()->width()));
    m_plot->xAxis->setRange(0.5, std::max(10, m_count) + 0.5);
    m_plot->yAxis->setRange(0, std::ceil(m_maxBits * 1.1));
    if (!m_dense)
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    else if (!m_replot->isActive())
        m_replot->start();
}

} // namespace genlab::widgets::textlab
