#include "widgets/textlab/drawstrip.h"

#include "widgets/textlab/plaintext.h"
#include "widgets/textlab/tokencolors.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace genlab::widgets::textlab {

DrawStrip::DrawStrip(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void DrawStrip::setData(const QList<Segment> &segments, double u)
{
    m_segments = segments;
    m_u = u;
    m_chosenLabel.clear();
    update();
}

void DrawStrip::setChosenLabel(const QString &label)
{
    m_chosenLabel = label;
    update();
}

QSize DrawStrip::sizeHint() const
{
    return QSize(500, 3 * fontMetrics().height() + 24);
}

QSize DrawStrip::minimumSizeHint() const
{
    return QSize(200, sizeHint().height());
}

void DrawStrip::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    const int left = 8, right = width() - 8;
    const double span = right - left;
    const int barTop = fm.height() + 8;
    const int barHeight = fm.height() + 8;
    const QColor text = palette().color(QPalette::Text);
    const QColor grey = palette().color(QPalette::PlaceholderText);
    if (m_segments.isEmpty()) {
        painter.setPen(grey);
        painter.drawText(rect(), Qt::AlignCenter, tr("Click a generated token to see how it was drawn."));
        return;
    }
    double at = 0;
    int shade = 0;
    double chosenCentre = -1;
    for (const Segment &s : m_segments) {
        // The picked token stays visible however thin its stretch.
        const double w = s.chosen ? std::max(3.0, s.probability * span) : std::max(0.0, s.probability * span);
        const QRectF r(left + at * span, barTop, w, barHeight);
        if (s.chosen)
            chosenCentre = r.center().x();
        QColor fill = s.chosen ? kChosenColor : s.favourite ? kFavouriteColor : (shade++ % 2 ? QColor(185, 192, 204) : QColor(160, 170, 186));
        painter.fillRect(r, fill);
        painter.setPen(QPen(palette().color(QPalette::Base), 1));
        painter.drawLine(r.topRight(), r.bottomRight());
        const QString label = quotedToken(s.piece, 14);
        if (fm.horizontalAdvance(label) + 6 < r.width()) {
            painter.setPen(s.chosen || s.favourite ? Qt::white : QColor(20, 20, 20));
            painter.drawText(r, Qt::AlignCenter, label);
        }
        at += s.probability;
    }
    if (at < 0.999) {
        const QRectF rest(left + at * span, barTop, (1 - at) * span, barHeight);
        painter.fillRect(rest, QColor(220, 224, 230));
        if (fm.horizontalAdvance(tr("others")) + 6 < rest.width()) {
            painter.setPen(grey);
            painter.drawText(rest, Qt::AlignCenter, tr("others"));
        }
    }
    painter.setPen(grey);
    painter.drawRect(QRectF(left, barTop, span, barHeight));
    painter.drawText(QRectF(left, barTop + barHeight + 2, 40, fm.height()), Qt::AlignLeft, QStringLiteral("0"));
    painter.drawText(QRectF(right - 40, barTop + barHeight + 2, 40, fm.height()), Qt::AlignRight, QStringLiteral("1"));
    if (chosenCentre >= 0 && !m_chosenLabel.isEmpty()) {
        const int w = fm.horizontalAdvance(m_chosenLabel);
        const double lx = std::clamp(chosenCentre - w / 2.0, double(left + 14), double(right - w - 14));
        painter.setPen(kChosenColor.darker(120));
        painter.drawText(QRectF(lx, barTop + barHeight + 2, w + 2, fm.height()), Qt::AlignLeft, m_chosenLabel);
    }
    if (m_u >= 0) {
        const double x = left + m_u * span;
        painter.setPen(QPen(text, 2));
        painter.drawLine(QPointF(x, barTop - 4), QPointF(x, barTop + barHeight + 4));
        QPainterPath arrow;
        arrow.moveTo(x - 5, barTop - 9);
        arrow.lineTo(x + 5, barTop - 9);
        arrow.lineTo(x, barTop - 3);
        arrow.closeSubpath();
        painter.fillPath(arrow, text);
        const QString label = tr("u = %1").arg(QLocale().toString(m_u, 'f', 3));
        const int w = fm.horizontalAdvance(label);
        const double lx = std::clamp(x - w / 2.0, double(left), double(right - w));
        painter.drawText(QRectF(lx, 0, w + 2, fm.height() + 2), Qt::AlignLeft | Qt::AlignTop, label);
    } else {
        painter.setPen(grey);
        painter.drawText(QRectF(left, 0, span, fm.height() + 2), Qt::AlignLeft | Qt::AlignTop, tr("no random draw"));
    }
}

} // namespace genlab::widgets::textlab
