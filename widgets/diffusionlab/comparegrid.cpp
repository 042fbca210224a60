#include "widgets/diffusionlab/comparegrid.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace genlab::widgets::diffusionlab {

namespace {
constexpr int kCellGap = 8;
constexpr int kRowLabel = 40; // "x_t" / "x̂₀" at the left
} // namespace

CompareGrid::CompareGrid(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("compareGrid"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_emptyText = tr("Pick a comparison and press Compare: the runs share the seed and the scrubber.");
}

void CompareGrid::setColumns(const QVector<Column> &columns)
{
    m_columns = columns;
    relayout();
}

void CompareGrid::columnChanged(int index)
{
    if (index < 0 || index >= m_columns.size())
        return;
    const StepFrames &f = m_columns[index].frames;
    for (const QImage &im : f.x)
        if (!im.isNull()) {
            if (im.size() != m_imageSize) {
                m_imageSize = im.size();
                relayout();
            }
            break;
        }
    update(kRowLabel + index * m_columnWidth, 0, m_columnWidth, height());
}

void CompareGrid::setPosition(int step, int ofSteps)
{
    if (step == m_step && ofSteps == m_ofSteps)
        return;
    m_step = step;
    m_ofSteps = ofSteps;
    update();
}

int CompareGrid::shownStep(int column) const
{
    if (column < 0 || column >= m_columns.size())
        return 0;
    const StepFrames &f = m_columns[column].frames;
    int s = f.proportional(m_step, m_ofSteps);
    return std::min(s, std::max(0, f.newest));
}

void CompareGrid::setEmptyText(const QString &text)
{
    m_emptyText = text;
    update();
}

void CompareGrid::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void CompareGrid::relayout()
{
    const QFontMetrics fm = fontMetrics();
    m_top = 2 * fm.height() + 10;
    const int n = std::max<int>(1, int(m_columns.size()));
    m_columnWidth = std::max(60, (width() - kRowLabel) / n);
    const int bottom = fm.height() + 10;
    const int byHeight = (height() - m_top - bottom - kCellGap) / (2 * std::max(1, m_imageSize.height()));
    const int byWidth = (m_columnWidth - kCellGap) / std::max(1, m_imageSize.width());
    m_scale = std::clamp(std::min(byHeight, byWidth), 1, 8);
    update();
}

QRect CompareGrid::imageRect(int column, int row) const
{
    const int w = m_imageSize.width() * m_scale, h = m_imageSize.height() * m_scale;
    const int left = kRowLabel + column * m_columnWidth + (m_columnWidth - w) / 2;
    return {left, m_top + row * (h + kCellGap), w, h};
}

void CompareGrid::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    if (m_columns.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(20, 10, -20, -10), Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
        return;
    }
    p.setRenderHint(QPainter::SmoothPixmapTransform, false);
    const QFontMetrics fm = fontMetrics();
    QFont bold = font();
    bold.setBold(true);
    const QColor faint = pal.color(QPalette::PlaceholderText);
    for (int row = 0; row < 2; ++row) {
        const QRect r = imageRect(0, row);
        p.setPen(pal.color(QPalette::Text));
        p.setFont(bold);
        p.drawText(QRect(0, r.top(), kRowLabel - 4, r.height()), Qt::AlignRight | Qt::AlignVCenter,
                   row == 0 ? QStringLiteral("x_t") : QStringLiteral("x̂₀"));
    }
    for (int c = 0; c < m_columns.size(); ++c) {
        const Column &col = m_columns[c];
        const QRect area(kRowLabel + c * m_columnWidth, 0, m_columnWidth, height());
        p.setFont(bold);
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRect(area.left() + 2, 4, area.width() - 4, fm.height()), Qt::AlignHCenter,
                   QFontMetrics(bold).elidedText(col.title, Qt::ElideRight, area.width() - 4));
        p.setFont(font());
        p.setPen(faint);
        p.drawText(QRect(area.left() + 2, 4 + fm.height(), area.width() - 4, fm.height()), Qt::AlignHCenter,
                   fm.elidedText(col.detail, Qt::ElideRight, area.width() - 4));
        const int s = shownStep(c);
        for (int row = 0; row < 2; ++row) {
            const QRect r = imageRect(c, row);
            const QImage &im = (row == 0 ? col.frames.x : col.frames.x0hat).value(s);
            if (!im.isNull())
                p.drawImage(r, im);
            else
                p.fillRect(r, pal.color(QPalette::AlternateBase));
            p.setPen(QPen(pal.color(QPalette::Mid), 1));
            p.setBrush(Qt::NoBrush);
            p.drawRect(r.adjusted(-1, -1, 0, 0));
        }
        const QRect below = imageRect(c, 1);
        QString foot;
        if (col.failed)
            foot = col.note;
        else if (col.done)
            foot = tr("step %1/%2 · %3 s").arg(s).arg(col.frames.steps).arg(QLocale().toString(col.frames.totalMs() / 1000.0, 'f', 2));
        else if (col.frames.newest >= 0)
            foot = tr("step %1/%2 · running…").arg(s).arg(col.frames.steps);
        else
            foot = col.note.isEmpty() ? tr("waiting…") : col.note;
        p.setPen(col.failed ? QColor(0xb0, 0x00, 0x20) : pal.color(QPalette::Text));
        p.drawText(QRect(area.left() + 2, below.bottom() + 6, area.width() - 4, fm.height()), Qt::AlignHCenter,
                   fm.elidedText(foot, Qt::ElideRight, area.width() - 4));
    }
}

} // namespace genlab::widgets::diffusionlab
