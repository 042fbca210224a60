#include "widgets/diffusionlab/branchstrip.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace genlab::widgets::diffusionlab {

namespace {
constexpr int kImageScale = 3; // 28 px -> 84 px
constexpr int kPad = 6;
constexpr int kCardGap = 8;
} // namespace

BranchStrip::BranchStrip(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("branchStrip"));
    setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    m_emptyText = tr("Scrub to a step above, then branch from it: each branch appears here beside the run.");
}

int BranchStrip::cardWidth() const
{
    if (m_cardWidth <= 0) // measured once: every card's rectangle asks for it
        m_cardWidth = std::max(150, fontMetrics().horizontalAdvance(QStringLiteral("Branch 12 · 100 of 3")) + 2 * kPad);
    return m_cardWidth;
}

int BranchStrip::cardHeight() const
{
    return kPad + 28 * kImageScale + kPad + 3 * fontMetrics().height() + kPad;
}

QSize BranchStrip::sizeHint() const
{
    const int n = std::max<int>(1, int(m_cards.size()));
    const int w = m_cards.isEmpty() ? fontMetrics().horizontalAdvance(m_emptyText) / 2 + 20 : n * (cardWidth() + kCardGap);
    return {w, cardHeight() + 4};
}

QSize BranchStrip::minimumSizeHint() const
{
    return {cardWidth(), cardHeight() + 4};
}

void BranchStrip::setCards(const QVector<Card> &cards)
{
    const bool resized = cards.size() != m_cards.size();
    m_cards = cards;
    if (m_selected >= m_cards.size())
        m_selected = int(m_cards.size()) - 1;
    if (resized) {
        updateGeometry();
        adjustSize();
    }
    update();
}

void BranchStrip::setCard(int index, const Card &card)
{
    if (index < 0 || index >= m_cards.size())
        return;
    m_cards[index] = card;
    update(cardRect(index).adjusted(-3, -3, 3, 3));
}

void BranchStrip::setSelected(int index)
{
    if (index == m_selected)
        return;
    m_selected = index;
    update();
}

void BranchStrip::setEmptyText(const QString &text)
{
    m_emptyText = text;
    update();
}

QRect BranchStrip::cardRect(int index) const
{
    if (index < 0 || index >= m_cards.size())
        return {};
    return {2 + index * (cardWidth() + kCardGap), 2, cardWidth(), cardHeight()};
}

void BranchStrip::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette pal = palette();
    const QFontMetrics fm = fontMetrics();
    if (m_cards.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(8, 0, -8, 0), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, m_emptyText);
        return;
    }
    p.setRenderHint(QPainter::SmoothPixmapTransform, false);
    for (int i = 0; i < m_cards.size(); ++i) {
        const Card &c = m_cards[i];
        const QRect r = cardRect(i);
        const bool selected = i == m_selected;
        p.setPen(selected ? QPen(pal.color(QPalette::Highlight), 3) : QPen(pal.color(QPalette::Mid), 1));
        p.setBrush(pal.color(QPalette::Base));
        p.drawRoundedRect(r.adjusted(1, 1, -1, -1), 4, 4);
        const QSize size = c.image.isNull() ? QSize(28, 28) : c.image.size() * kImageScale;
        const QRect im(r.left() + (r.width() - size.width()) / 2, r.top() + kPad, size.width(), size.height());
        if (!c.image.isNull())
            p.drawImage(im, c.image);
        else
            p.fillRect(im, pal.color(QPalette::AlternateBase));
        int y = im.bottom() + kPad;
        const QRect text(r.left() + kPad, y, r.width() - 2 * kPad, fm.height());
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.setPen(pal.color(QPalette::Text));
        p.drawText(text, Qt::AlignHCenter, QFontMetrics(bold).elidedText(c.title, Qt::ElideRight, text.width()));
        p.setFont(font());
        p.drawText(text.translated(0, fm.height()), Qt::AlignHCenter, fm.elidedText(c.detail, Qt::ElideRight, text.width()));
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(text.translated(0, 2 * fm.height()), Qt::AlignHCenter,
                   fm.elidedText(c.status, Qt::ElideRight, text.width()));
    }
}

void BranchStrip::mousePressEvent(QMouseEvent *event)
{
    for (int i = 0; i < m_cards.size(); ++i)
        if (cardRect(i).contains(event->position().toPoint())) {
            Q_EMIT cardClicked(i);
            return;
        }
    QWidget::mousePressEvent(event);
}

} // namespace genlab::widgets::diffusionlab

namespace genlab::widgets::diffusionlab {

bool BranchStrip::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        for (int i = 0; i < m_cards.size(); ++i)
            if (cardRect(i).contains(help->pos())) {
                QToolTip::showText(help->globalPos(), tr("%1\nClick to scrub this run.").arg(m_cards[i].toolTip), this);
                return true;
            }
        QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace genlab::widgets::diffusionlab
