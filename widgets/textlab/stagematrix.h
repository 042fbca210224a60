#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

namespace genlab::widgets::textlab {

// The sampling pipeline as a table of bars: one column per stage (raw logits, penalties,
// temperature, top-k, top-p / min-p, final), one row per candidate token, each cell a bar of the
// token's probability after that stage. Following a row shows what each stage did to that token;
// the picked token and the model's favourite are marked. Clicking a row picks it as an alternative.
// Thread: GUI only.
class StageMatrix : public QWidget
{
    Q_OBJECT
public:
    // Probability after a stage; kBelow: not among the stage's top candidates (small), kCut: the
    // stage removed it (probability 0).
    static constexpr float kBelow = -1.0f;
    static constexpr float kCut = -2.0f;

    struct Row
    {
        int id = -1;
        QString piece;       // the token's text (plain)
        QList<float> values; // one per column
        bool chosen = false;
        bool favourite = false;
    };

    explicit StageMatrix(QWidget *parent = nullptr);

    void setData(const QStringList &columns, const QList<Row> &rows);
    void clear();
    int rowCount() const { return int(m_rows.size()); }
    const Row &row(int index) const { return m_rows.at(index); }
    void setSelectedRow(int index);
    int selectedRow() const { return m_selected; }
    int rowOf(int id) const;
    QRect rowRect(int index) const; // for tests: where to click

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void rowClicked(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    int headerHeight() const;
    int rowHeight() const;
    int labelWidth() const;
    int rowAt(const QPoint &pos) const;

    QStringList m_columns;
    QList<Row> m_rows;
    int m_selected = -1;
};

} // namespace genlab::widgets::textlab
