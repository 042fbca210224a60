#pragma once

#include "widgets/diffusionlab/stepframes.h"

#include <QString>
#include <QVector>
#include <QWidget>

namespace genlab::widgets::diffusionlab {

// The Sample page's big view of one run: x_t (what the sampler holds) beside x̂_0 (the model's
// guess of the clean image at that step) at the step shown, enlarged by the largest whole factor
// that fits (nearest neighbour, so 28 px digits stay crisp: 6-8x on a laptop screen), and under
// them a filmstrip of evenly spaced steps in two rows, x_t above x̂_0, from the noise to the image,
// with the step shown marked; a click on the filmstrip goes to that step. Everything is painted
// from the run's cached images: changing the step or adding a streamed one is an update(), never a
// relayout.
// Thread: GUI only.
class DenoisingView : public QWidget
{
    Q_OBJECT
public:
    explicit DenoisingView(QWidget *parent = nullptr);

    // The run shown (copied: QImages share their pixels). Keeps the step, clamped.
    void setFrames(const StepFrames &frames);
    const StepFrames &frames() const { return m_frames; }
    // A streamed step of the run shown (cheaper than setFrames for one step).
    void addStep(const services::DenoisingStepEvent &event);
    // The run shown, to which `step` was just added: repaints only what that step changes.
    void updateFrames(const StepFrames &frames, int step);
    void setStep(int step);
    int step() const { return m_step; }
    void setCaption(const QString &caption); // drawn at the right of the header (the run's settings)
    // A branch's step shared with its parent (-1: none): marked on the filmstrip.
    void setBranchedAt(int step);
    int branchedAt() const { return m_branchedAt; }
    void setEmptyText(const QString &text);

    int bigScale() const { return m_bigScale; }          // as last laid out
    QVector<int> filmstripSteps() const { return m_strip; } // as last laid out
    QRect bigRect(int row) const;                       // 0: x_t, 1: x̂_0 (beside it)
    QRect thumbRect(int row, int slot) const;

    QSize sizeHint() const override { return {820, 480}; }
    QSize minimumSizeHint() const override { return {360, 220}; }

Q_SIGNALS:
    void stepClicked(int step);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override; // tooltips

private:
    void relayout();
    int slotAt(const QPoint &pos, int *row = nullptr) const;
    int markedSlot(int step) const; // the thumb nearest to a step
    void stepArrived(int step);
    void updatePair();
    void updateThumbs(int slot);
    int stripHeight(int thumbScale) const;
    QFont rowFont() const;

    StepFrames m_frames;
    int m_step = 0;
    QString m_captionText;
    int m_branchedAt = -1;
    QString m_emptyText;
    // Laid out on resize and when the step count changes.
    QSize m_imageSize{28, 28};
    int m_bigScale = 6;
    int m_thumbScale = 2;
    int m_header = 24;
    int m_caption = 20;  // the big images' names above them
    int m_rowLabel = 40; // the filmstrip rows' names at their left
    QVector<int> m_strip;
};

} // namespace genlab::widgets::diffusionlab
