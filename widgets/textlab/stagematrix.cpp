#include "widgets/textlab/stagematrix.h"

#include "widgets/textlab/plaintext.h"
#include "widgets/textlab/tokencolors.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace genlab::widgets::textlab {

namespace {

constexpr int kMargin = 4;
constexpr int kCellGap = 6;

QString percent(float p)
{
    if (p >= 0.0995f)
        return QStringLiteral("%1 %").arg(QLocale().toString(double(p) * 100, 'f', 0));
    if (p >= 0.000995f)
        return QStringLiteral("%1 %").arg(QLocale().toString(double(p) * 100, 'f', 1));
    return QStringLiteral("<0.1 %");
}

} // namespace

StageMatrix::StageMatrix(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void StageMatrix::setData(const QStringList &columns, const QList<Row> &rows)
{
    m_columns = columns;
    m_rows = rows;
    m_selected = -1;
    updateGeometry();
    update();
}

void StageMatrix::clear()
{
    setData({}, {});
}

void StageMatrix::setSelectedRow(int index)
{
    m_selected = index >= 0 && index < rowCount() ? index : -1;
    update();
}

int StageMatrix::rowOf(int id) const
{
    for (int i = 0; i < rowCount(); ++i)
        if (m_rows[i].id == id)
            return i;
    return -1;
}

int StageMatrix::headerHeight() const
{
    return 2 * fontMetrics().height() + 4;
}

int StageMatrix::rowHeight() const
{
    return fontMetrics().height() + 5;
}

int StageMatrix::labelWidth() const
{
    return fontMetrics().horizontalAdvance(QStringLiteral("M")) * 7;
}

QRect StageMatrix::rowRect(int index) const
{
    return QRect(kMargin, kMargin + headerHeight() + index * rowHeight(), width() - 2 * kMargin, rowHeight());
}

int StageMatrix::rowAt(const QPoint &pos) const
{
    for (int i = 0; i < rowCount(); ++i)
        if (rowRect(i).contains(pos))
            return i;
    return -1;
}

QSize StageMatrix::sizeHint() const
{
    return QSize(labelWidth() + int(std::max<qsizetype>(6, m_columns.size())) * 90, minimumSizeHint().height());
}

QSize StageMatrix::minimumSizeHint() const
{
    // Every row stays visible: the picked token may be the last one.
    return QSize(labelWidth() + 6 * 60, 2 * kMargin + headerHeight() + int(std::max<qsizetype>(m_rows.size(), 3)) * rowHeight());
}

void StageMatrix::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    if (m_columns.isEmpty())
        return;
    const QFontMetrics fm = fontMetrics();
    const int label = labelWidth();
    const int columns = int(m_columns.size());
    const double cellWidth = double(width() - 2 * kMargin - label) / columns;
    const QColor text = palette().color(QPalette::Text);
    const QColor grey = palette().color(QPalette::PlaceholderText);

    // Headers: the stage and its setting, one arrow between stages.
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    QFont bold = small;
    bold.setBold(true);
    for (int c = 0; c < columns; ++c) {
        const QRectF cell(kMargin + label + c * cellWidth, kMargin, cellWidth - kCellGap, headerHeight() - 4);
        // Two lines: the stage, then its setting; each shortened to the column rather than wrapped.
        const QStringList lines = m_columns[c].split(QLatin1Char('\n'));
        const QFont &f = c == columns - 1 ? bold : small;
        painter.setFont(f);
        const QFontMetrics lineMetrics(f);
        for (int l = 0; l < std::min<qsizetype>(2, lines.size()); ++l) {
            painter.setPen(l == 0 ? text : grey);
            const QRectF line(cell.left(), cell.top() + l * fm.height(), cell.width(), fm.height());
            painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                             lineMetrics.elidedText(lines[l], Qt::ElideRight, int(cell.width())));
        }
        if (c > 0) {
            painter.setPen(grey);
            painter.drawText(QRectF(cell.left() - kCellGap - 1, cell.top(), kCellGap, fm.height()), Qt::AlignCenter,
                             QStringLiteral("›"));
        }
    }
    painter.setFont(font());
    painter.setPen(grey);
    painter.drawLine(kMargin, kMargin + headerHeight() - 2, width() - kMargin, kMargin + headerHeight() - 2);

    for (int r = 0; r < rowCount(); ++r) {
        const Row &row = m_rows[r];
        const QRect rr = rowRect(r);
        if (r == m_selected)
            painter.fillRect(rr, palette().color(QPalette::Highlight).lighter(170));
        else if (row.chosen)
            painter.fillRect(rr, QColor(kChosenColor.red(), kChosenColor.green(), kChosenColor.blue(), 28));
        // Marker: chosen (orange), favourite (blue).
        if (row.chosen || row.favourite)
            painter.fillRect(QRect(rr.left(), rr.top() + 2, 4, rr.height() - 4), row.chosen ? kChosenColor : kFavouriteColor);
        QFont f = font();
        f.setBold(row.chosen);
        painter.setFont(f);
        painter.setPen(row.chosen ? kChosenColor.darker(130) : text);
        painter.drawText(QRect(rr.left() + 7, rr.top(), label - 10, rr.height()), Qt::AlignVCenter | Qt::AlignLeft,
                         fm.elidedText(quotedToken(row.piece, 40), Qt::ElideRight, label - 12));
        painter.setFont(font());
        for (int c = 0; c < columns && c < row.values.size(); ++c) {
            const float v = row.values[c];
            const QRectF cell(kMargin + label + c * cellWidth, rr.top() + 3, cellWidth - kCellGap, rr.height() - 6);
            if (v == kCut) {
                painter.setPen(grey);
                painter.drawText(cell, Qt::AlignVCenter | Qt::AlignLeft, tr("cut"));
                continue;
            }
            if (v == kBelow) {
                painter.setPen(grey);
                painter.drawText(cell, Qt::AlignVCenter | Qt::AlignLeft, QStringLiteral("·"));
                continue;
            }
            const QColor bar = row.chosen ? kChosenColor : row.favourite ? kFavouriteColor : QColor(150, 160, 175);
            painter.fillRect(QRectF(cell.left(), cell.top(), std::max(1.0, cell.width() * double(v)), cell.height()), bar);
            const QString p = percent(v);
            const double barEnd = cell.left() + cell.width() * double(v);
            const int textWidth = fm.horizontalAdvance(p);
            // After the bar, or inside its end in white when the bar leaves no room.
            const bool inside = barEnd + 3 + textWidth > cell.right();
            const double textLeft = inside ? std::max(cell.left() + 2, barEnd - 3 - textWidth) : barEnd + 3;
            painter.setPen(inside ? QColor(Qt::white) : text);
            painter.drawText(QRectF(textLeft, rr.top(), textWidth + 2, rr.height()), Qt::AlignVCenter | Qt::AlignLeft, p);
        }
    }
}

void StageMatrix::mousePressEvent(QMouseEvent *event)
{
    const int r = rowAt(event->position().toPoint());
    if (r < 0)
        return;
    setSelectedRow(r);
    Q_EMIT rowClicked(r);
}

void StageMatrix::mouseMoveEvent(QMouseEvent *event)
{
    if (rowAt(event->position().toPoint()) >= 0)
        setCursor(Qt::PointingHandCursor);
    else
        unsetCursor();
}

bool StageMatrix::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int r = rowAt(help->pos());
        if (r >= 0) {
            const Row &row = m_rows[r];
            QStringList lines{tr("Token %1 (id %2)").arg(quotedToken(row.piece, 60)).arg(row.id)};
            for (int c = 0; c < m_columns.size() && c < row.values.size(); ++c) {
                const float v = row.values[c];
                const QString value = v == kCut ? tr("cut") : v == kBelow ? tr("not among the top candidates") : percent(v);
                lines << QStringLiteral("%1: %2").arg(QString(m_columns[c]).replace(QLatin1Char('\n'), QLatin1Char(' ')), value);
            }
            lines << tr("Click to pick it as an alternative.");
            QToolTip::showText(help->globalPos(), plainToolTip(lines.join(QLatin1Char('\n'))), this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace genlab::widgets::textlab
