#pragma once

#include "services/masked/maskedservice.h"

#include <QWidget>

#include <vector>

namespace genlab::widgets::maskedlab {

// The model's candidates at each masked position, side by side: one column per mask (in text
// order), its top-k tokens best first, each with a bar as long as its probability and the
// percentage. The word the user masked (when known) is marked where it appears among them.
// Thread: GUI only.
class CandidateBars : public QWidget
{
    Q_OBJECT
public:
    explicit CandidateBars(QWidget *parent = nullptr);

    // titles: one per mask ("mask 1: «king»"); answers: the masked word per mask ("" when unknown).
    void setPredictions(const std::vector<services::MaskPrediction> &masks, const QStringList &titles,
                        const QStringList &answers);
    void clear();
    int maskCount() const { return int(m_masks.size()); }
    void setPlaceholder(const QString &text);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::vector<services::MaskPrediction> m_masks;
    QStringList m_titles, m_answers;
    QString m_placeholder;
};

// "king", or "##ing" shown as "-ing": how a candidate reads in the lab.
QString candidateText(const services::MaskCandidate &candidate);

} // namespace genlab::widgets::maskedlab
