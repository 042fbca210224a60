#pragma once

#include <QWidget>

class QCustomPlot;
class QCPGraph;
class QCPItemStraightLine;
class QTimer;

namespace genlab::widgets::textlab {

// Entropy of the model's distribution and surprise of the generated token, per token, in bits.
// Spikes of surprise above the entropy line are the unlikely picks; a click selects that token.
// Streaming appends are drawn at most once per frame; once the tokens are packed closer than a
// few pixels the plot drops its dots, fill and thick pens and redraws at most ten times a second
// (a 4,096-token text drawn in full on every streamed batch held the GUI up for 20 ms each time).
// Thread: GUI only.
class SurpriseTimeline : public QWidget
{
    Q_OBJECT
public:
    explicit SurpriseTimeline(QWidget *parent = nullptr);

    void clear();
    void append(int index, double entropyBits, double surpriseBits);
    void setSelected(int index); // -1: none
    int pointCount() const;
    QCustomPlot *plot() const { return m_plot; }

Q_SIGNALS:
    void tokenClicked(int index);

private:
    void refit();
    void setDense(bool dense);

    QCustomPlot *m_plot;
    QCPGraph *m_entropy;
    QCPGraph *m_surprise;
    QCPItemStraightLine *m_cursor;
    QTimer *m_replot;
    bool m_dense = false;
    double m_maxBits = 1;
    int m_count = 0;
};

} // namespace genlab::widgets::textlab
