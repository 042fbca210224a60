#pragma once

#include "widgets/diffusionlab/stepframes.h"

#include <QString>
#include <QVector>
#include <QWidget>

namespace genlab::widgets::diffusionlab {

// Two to four runs of one seed side by side, each column x_t above x̂_0 at the same point of the
// denoising (one shared position: a run of 10 steps at step 5 beside a run of 50 at step 25), with
// its settings above and its time below. Painted from the runs' cached images.
// Thread: GUI only.
class CompareGrid : public QWidget
{
    Q_OBJECT
public:
    struct Column
    {
        QString title;    // "DDPM", "guidance 7", "10 steps"
        QString detail;   // the full settings
        StepFrames frames;
        bool done = false;
        bool failed = false;
        QString note;     // a failure, or "waiting"
    };

    explicit CompareGrid(QWidget *parent = nullptr);

    void setColumns(const QVector<Column> &columns);
    const QVector<Column> &columns() const { return m_columns; }
    Column &column(int index) { return m_columns[index]; }
    void columnChanged(int index); // after changing column(index)
    int count() const { return int(m_columns.size()); }

    // The shared position: `step` of `ofSteps` (the largest step count among the columns).
    void setPosition(int step, int ofSteps);
    int shownStep(int column) const; // the column's step at the shared position
    int imageScale() const { return m_scale; }
    QRect imageRect(int column, int row) const;
    void setEmptyText(const QString &text);

    QSize sizeHint() const override { return {720, 330}; }
    QSize minimumSizeHint() const override { return {300, 200}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void relayout();

    QVector<Column> m_columns;
    int m_step = 0, m_ofSteps = 0;
    int m_scale = 4;
    int m_columnWidth = 200;
    int m_top = 40;
    QSize m_imageSize{28, 28};
    QString m_emptyText;
};

} // namespace genlab::widgets::diffusionlab
