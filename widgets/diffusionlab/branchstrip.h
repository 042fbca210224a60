#pragma once

#include <QImage>
#include <QString>
#include <QVector>
#include <QWidget>

namespace genlab::widgets::diffusionlab {

// The runs of one sample side by side: the first run and every branch made from it, each as its
// final image with what makes it different (where it branched, its sampler, guidance and seed) and
// its time. A click selects a run, which the scrubber above then shows.
// Thread: GUI only.
class BranchStrip : public QWidget
{
    Q_OBJECT
public:
    struct Card
    {
        QImage image;   // the newest x of the run (its final image once done)
        QString title;  // "Run", "Branch 2 · from step 10 of 1"
        QString detail; // "DDIM 50 · w 7 · seed 1"
        QString status; // "0.84 s" or "step 23/50…"
        QString toolTip;
    };

    explicit BranchStrip(QWidget *parent = nullptr);

    void setCards(const QVector<Card> &cards);
    void setCard(int index, const Card &card);
    const QVector<Card> &cards() const { return m_cards; }
    int count() const { return int(m_cards.size()); }
    void setSelected(int index);
    int selected() const { return m_selected; }
    QRect cardRect(int index) const;
    void setEmptyText(const QString &text);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void cardClicked(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override; // tooltips

private:
    int cardWidth() const;
    int cardHeight() const;

    QVector<Card> m_cards;
    int m_selected = -1;
    QString m_emptyText;
    mutable int m_cardWidth = 0;
};

} // namespace genlab::widgets::diffusionlab
