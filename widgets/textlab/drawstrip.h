#pragma once

#include <QList>
#include <QString>
#include <QWidget>

namespace genlab::widgets::textlab {

// The random draw that picked a token: the final distribution as one bar from 0 to 1, tokens
// stacked most likely first, and the uniform number u marked where it fell. The token whose
// stretch holds u is the one generated.
// Thread: GUI only.
class DrawStrip : public QWidget
{
    Q_OBJECT
public:
    struct Segment
    {
        QString piece;
        double probability = 0;
        bool chosen = false;
        bool favourite = false;
    };

    explicit DrawStrip(QWidget *parent = nullptr);

    // u < 0: no draw (greedy, or a token chosen by the user).
    void setData(const QList<Segment> &segments, double u);
    void clear() { setData({}, -1); }
    // Written under the bar where the picked token's stretch is (it may be too thin to label).
    void setChosenLabel(const QString &label);
    double draw() const { return m_u; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<Segment> m_segments;
    double m_u = -1;
    QString m_chosenLabel;
};

} // namespace genlab::widgets::textlab
