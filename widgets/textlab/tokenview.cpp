#include "widgets/textlab/tokenview.h"

#include "widgets/textlab/plaintext.h"
#include "widgets/textlab/tokencolors.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QToolTip>

namespace genlab::widgets::textlab {

namespace {

constexpr int kTokenViewMargin = 6;
constexpr int kPad = 2;    // inside a token's background
constexpr int kGap = 1;    // between tokens
constexpr int kLineGap = 4;

// What is drawn for a segment of token text: tabs and control characters made visible.
QString visible(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        if (c == QLatin1Char('\t'))
            out += QChar(0x2192);
        else if (c == QLatin1Char('\r'))
            continue;
        else if (c.category() == QChar::Other_Control)
            out += QChar(0xFFFD);
        else
            out += c;
    }
    return out;
}

} // namespace

TokenView::TokenView(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void TokenView::setTokens(const QList<TokenCell> &tokens)
{
    m_tokens = tokens;
    if (m_selected >= count())
        m_selected = -1;
    m_hovered = -1;
    relayout();
}

void TokenView::appendTokens(const QList<TokenCell> &tokens)
{
    const int first = count();
    m_tokens.append(tokens);
    if (m_layoutWidth <= 0 || m_layoutWidth != width()) {
        relayout();
        return;
    }
    setLaidOutHeight(layoutFrom(first, m_layoutWidth, m_cursor, &m_pieces));
    update();
}

void TokenView::clear()
{
    m_tokens.clear();
    m_selected = -1;
    m_hovered = -1;
    relayout();
}

void TokenView::setBackground(int index, const QColor &color)
{
    if (index < 0 || index >= count())
        return;
    m_tokens[index].background = color;
    update();
}

void TokenView::setBackgrounds(const QList<QColor> &colors)
{
    for (int i = 0; i < std::min(count(), int(colors.size())); ++i)
        m_tokens[i].background = colors[i];
    update();
}

QString TokenView::plainText() const
{
    QString s;
    for (const TokenCell &t : m_tokens)
        s += t.text;
    return s;
}

void TokenView::setSelected(int index)
{
    m_selected = index >= 0 && index < count() ? index : -1;
    update();
}

void TokenView::setPlaceholder(const QString &text)
{
    m_placeholder = text;
    update();
}

QRect TokenView::tokenRect(int index) const
{
    for (const Piece &p : m_pieces)
        if (p.token == index)
            return p.rect;
    return {};
}

int TokenView::tokenAt(const QPoint &pos) const
{
    for (const Piece &p : m_pieces)
        if (p.rect.adjusted(0, -kLineGap / 2, kGap, kLineGap / 2).contains(pos))
            return p.token;
    return -1;
}

int TokenView::layout(int width, QList<Piece> *pieces) const
{
    Cursor cursor{kTokenViewMargin, kTokenViewMargin};
    return layoutFrom(0, width, cursor, pieces);
}

int TokenView::layoutFrom(int first, int width, Cursor &cursor, QList<Piece> *pieces) const
{
    const QFontMetrics fm(font());
    const int lineHeight = fm.height() + 2 * kPad;
    const int right = std::max(width - kTokenViewMargin, kTokenViewMargin + 40);
    int &x = cursor.x, &y = cursor.y;
    auto newline = [&] {
        x = kTokenViewMargin;
        y += lineHeight + kLineGap;
    };
    for (int i = first; i < count(); ++i) {
        const QStringList segments = m_tokens[i].text.split(QLatin1Char('\n'));
        for (int s = 0; s < segments.size(); ++s) {
            const bool breakAfter = s + 1 < segments.size();
            QString text = visible(segments[s]);
            if (breakAfter)
                text += QChar(0x21B5); // ↵
            if (text.isEmpty())
                continue;
            // Long pieces are cut where the line ends.
            while (!text.isEmpty()) {
                int w = advance(fm, text) + 2 * kPad;
                if (x + w > right && x > kTokenViewMargin) {
                    newline();
                    continue;
                }
                QString part = text;
                if (x + w > right) {
                    int n = text.size();
                    while (n > 1 && kTokenViewMargin + fm.horizontalAdvance(text.left(n)) + 2 * kPad > right)
                        --n;
                    part = text.left(n);
                    w = advance(fm, part) + 2 * kPad;
                }
                if (pieces)
                    pieces->append(Piece{i, QRect(x, y, w, lineHeight), part});
                x += w + kGap;
                text = text.mid(part.size());
                if (!text.isEmpty())
                    newline();
            }
            if (breakAfter)
                newline();
        }
    }
    return y + lineHeight + kTokenViewMargin;
}

int TokenView::heightForWidth(int width) const
{
    return width == m_layoutWidth ? m_layoutHeight : layout(width, nullptr);
}

QSize TokenView::sizeHint() const
{
    return QSize(400, std::max(80, heightForWidth(width() > 0 ? width() : 400)));
}

void TokenView::relayout()
{
    m_pieces.clear();
    m_cursor = Cursor{kTokenViewMargin, kTokenViewMargin};
    m_layoutWidth = width();
    setLaidOutHeight(layoutFrom(0, m_layoutWidth, m_cursor, &m_pieces));
    updateGeometry();
    update();
}

void TokenView::setLaidOutHeight(int height)
{
    m_layoutHeight = height;
    if (minimumHeight() != height) {
        setMinimumHeight(height);
        updateGeometry();
    }
}

void TokenView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (width() != m_layoutWidth)
        relayout();
}

void TokenView::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    if (m_tokens.isEmpty() && !m_placeholder.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(kTokenViewMargin, kTokenViewMargin, -kTokenViewMargin, -kTokenViewMargin), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                         m_placeholder);
        return;
    }
    const QColor text = palette().color(QPalette::Text);
    const QColor muted = palette().color(QPalette::PlaceholderText);
    const QRect exposed = event->rect().adjusted(-2, -2, 2, 2);
    for (const Piece &p : m_pieces) {
        if (!exposed.intersects(p.rect)) // a long text in a scroll area: only what shows
            continue;
        const TokenCell &t = m_tokens[p.token];
        if (t.background.isValid() && !t.muted) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(t.background);
            painter.drawRoundedRect(QRectF(p.rect), 3, 3);
        }
        if (p.token == m_selected || (p.token == m_hovered && !t.muted && m_selectable)) {
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(p.token == m_selected ? kChosenColor : text, p.token == m_selected ? 2.0 : 1.0));
            painter.drawRoundedRect(QRectF(p.rect).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
        }
        // Token text is on light backgrounds: dark text whatever the palette.
        painter.setPen(t.muted ? muted : (t.background.isValid() ? QColor(20, 20, 20) : text));
        painter.drawText(p.rect.adjusted(kPad, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine, p.text);
    }
}

void TokenView::setHovered(int index)
{
    if (index == m_hovered)
        return;
    m_hovered = index;
    update();
    Q_EMIT tokenHovered(index);
}

void TokenView::mouseMoveEvent(QMouseEvent *event)
{
    int index = tokenAt(event->position().toPoint());
    setHovered(index);
    if (index >= 0 && m_selectable && !m_tokens[index].muted)
        setCursor(Qt::PointingHandCursor);
    else
        unsetCursor();
}

void TokenView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_selectable)
        return;
    const int index = tokenAt(event->position().toPoint());
    if (index < 0 || m_tokens[index].muted)
        return;
    setSelected(index);
    Q_EMIT tokenClicked(index);
}

void TokenView::leaveEvent(QEvent *event)
{
    QWidget::leaveEvent(event);
    setHovered(-1);
}

bool TokenView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = tokenAt(help->pos());
        if (index >= 0 && !m_tokens[index].toolTip.isEmpty())
            QToolTip::showText(help->globalPos(), plainToolTip(m_tokens[index].toolTip), this);
        else
            QToolTip::hideText();
        return true;
    }
    if (event->type() == QEvent::FontChange)
        m_advances.clear();
    return QWidget::event(event);
}

int TokenView::advance(const QFontMetrics &fm, const QString &text) const
{
    // A vocabulary's pieces recur: each distinct one is shaped once per font.
    auto it = m_advances.constFind(text);
    if (it != m_advances.constEnd())
        return *it;
    if (m_advances.size() > 100000)
        m_advances.clear();
    const int w = fm.horizontalAdvance(text);
    m_advances.insert(text, w);
    return w;
}

} // namespace genlab::widgets::textlab
