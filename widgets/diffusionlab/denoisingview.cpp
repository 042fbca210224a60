#include "widgets/diffusionlab/denoisingview.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace genlab::widgets::diffusionlab {

namespace {

constexpr int kMargin = 6;
constexpr int kGap = 14;         // between the big image and the filmstrip
constexpr int kThumbGap = 6;
constexpr int kRowGap = 10;
constexpr int kMaxBigScale = 12;

QString sigmaText(double sigma)
{
    return sigma >= 100 ? QString::number(sigma, 'f', 0) : QString::number(sigma, 'g', 3);
}

} // namespace

DenoisingView::DenoisingView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("denoisingView"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_emptyText = tr("Press Sample to watch noise turn into an image, step by step.");
}

void DenoisingView::setFrames(const StepFrames &frames)
{
    const bool restrip = frames.steps != m_frames.steps;
    m_frames = frames;
    m_step = std::clamp(m_step, 0, std::max(0, m_frames.steps));
    for (const QImage &im : m_frames.x)
        if (!im.isNull()) {
            if (im.size() != m_imageSize) {
                m_imageSize = im.size();
                m_strip.clear();
            }
            break;
        }
    if (restrip || m_strip.isEmpty())
        relayout();
    update();
}

void DenoisingView::addStep(const services::DenoisingStepEvent &event)
{
    const int before = m_frames.steps;
    m_frames.add(event);
    if (!event.x.empty() && QSize(event.x.width, event.x.height) != m_imageSize) {
        m_imageSize = QSize(event.x.width, event.x.height);
        relayout();
    } else if (m_frames.steps != before) {
        relayout();
    }
    // Repaint only what changed: the big images when it is the step shown, else its thumb if any.
    if (event.index == m_step) {
        update(bigRect(0).adjusted(-2, -m_header, 2, 2));
        update(bigRect(1).adjusted(-2, -2, 2, 2));
        update(0, 0, width(), m_header);
    }
    const int slot = m_strip.indexOf(event.index);
    if (slot >= 0) {
        update(thumbRect(0, slot).adjusted(-3, -3, 3, 3));
        update(thumbRect(1, slot).adjusted(-3, -3, 3, 3));
    }
}

void DenoisingView::setStep(int step)
{
    step = std::clamp(step, 0, std::max(0, m_frames.steps));
    if (step == m_step)
        return;
    m_step = step;
    update();
}

void DenoisingView::setCaption(const QString &caption)
{
    if (caption == m_caption)
        return;
    m_caption = caption;
    update(0, 0, width(), m_header);
}

void DenoisingView::setEmptyText(const QString &text)
{
    m_emptyText = text;
    update();
}

void DenoisingView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void DenoisingView::relayout()
{
    const QFontMetrics fm = fontMetrics();
    m_header = fm.height() + 10;
    m_labelWidth = std::max(fm.horizontalAdvance(tr("prediction")), fm.horizontalAdvance(tr("noisy image"))) + 16;
    const int w = std::max(1, m_imageSize.width()), h = std::max(1, m_imageSize.height());
    const int stepBand = fm.height() + 2; // step numbers under the lower filmstrip
    m_rowHeight = std::max(h, (height() - m_header - kMargin - kRowGap - stepBand) / 2);
    // The big images: the largest whole factor that fits the row and leaves room for a filmstrip.
    const int byHeight = (m_rowHeight - 4) / h;
    const int byWidth = int(0.45 * (width() - m_labelWidth - 2 * kMargin)) / w;
    m_bigScale = std::clamp(std::min(byHeight, byWidth), 1, kMaxBigScale);
    m_thumbScale = std::clamp(m_bigScale / 3, 1, 3);
    // The filmstrip: as many evenly spaced steps as fit, the first and the last always.
    m_strip.clear();
    const int stripLeft = kMargin + m_labelWidth + m_bigScale * w + kGap;
    const int cell = m_thumbScale * w + kThumbGap;
    const int fit = std::max(0, (width() - kMargin - stripLeft + kThumbGap) / cell);
    const int n = std::min(fit, m_frames.steps + 1);
    if (n >= 2) {
        for (int j = 0; j < n; ++j) {
            const int s = int(std::lround(double(j) * m_frames.steps / (n - 1)));
            if (m_strip.isEmpty() || m_strip.back() != s)
                m_strip.push_back(s);
        }
    } else if (n == 1) {
        m_strip.push_back(m_frames.steps);
    }
    update();
}

QRect DenoisingView::bigRect(int row) const
{
    const int w = m_imageSize.width() * m_bigScale, h = m_imageSize.height() * m_bigScale;
    const int top = m_header + row * (m_rowHeight + kRowGap) + (m_rowHeight - h) / 2;
    return {kMargin + m_labelWidth, top, w, h};
}

QRect DenoisingView::thumbRect(int row, int slot) const
{
    const int w = m_imageSize.width() * m_thumbScale, h = m_imageSize.height() * m_thumbScale;
    const int left = kMargin + m_labelWidth + m_imageSize.width() * m_bigScale + kGap + slot * (w + kThumbGap);
    const int top = m_header + row * (m_rowHeight + kRowGap) + (m_rowHeight - h) / 2;
    return {left, top, w, h};
}

int DenoisingView::slotAt(const QPoint &pos, int *row) const
{
    for (int r = 0; r < 2; ++r)
        for (int s = 0; s < m_strip.size(); ++s)
            if (thumbRect(r, s).adjusted(-kThumbGap / 2, -4, kThumbGap / 2, 4).contains(pos)) {
                if (row)
                    *row = r;
                return s;
            }
    return -1;
}

void DenoisingView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    if (m_frames.steps <= 0 || m_frames.newest < 0) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
        return;
    }
    p.setRenderHint(QPainter::SmoothPixmapTransform, false); // enlarge with nearest neighbour
    const QFontMetrics fm = fontMetrics();
    const QColor text = pal.color(QPalette::Text);
    const QColor faint = pal.color(QPalette::PlaceholderText);
    const QColor highlight = pal.color(QPalette::Highlight);

    // Header: where the run is.
    const int s = m_step;
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(text);
    QString where = tr("Step %1 of %2").arg(s).arg(m_frames.steps);
    if (m_frames.t.value(s, -1) >= 0) {
        where += tr("  ·  t = %1").arg(m_frames.t[s]);
        where += s == m_frames.steps ? tr("  ·  σ = 0 (the image)")
                 : s == 0             ? tr("  ·  σ = %1 (pure noise)").arg(sigmaText(m_frames.sigma[s]))
                                      : tr("  ·  σ = %1").arg(sigmaText(m_frames.sigma[s]));
    }
    const QRect headerRect(kMargin, 0, width() - 2 * kMargin, m_header);
    p.drawText(headerRect, Qt::AlignLeft | Qt::AlignVCenter, where);
    p.setFont(font());
    if (!m_caption.isEmpty()) {
        const int used = QFontMetrics(bold).horizontalAdvance(where) + 24;
        p.setPen(faint);
        p.drawText(headerRect.adjusted(used, 0, 0, 0), Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(m_caption, Qt::ElideLeft, std::max(0, headerRect.width() - used)));
    }

    for (int row = 0; row < 2; ++row) {
        const QVector<QImage> &images = row == 0 ? m_frames.x : m_frames.x0hat;
        // The row's name, beside its big image.
        const QRect big = bigRect(row);
        const QRect label(kMargin, big.top(), m_labelWidth - 8, big.height());
        QFont name = font();
        name.setPointSizeF(name.pointSizeF() * 1.5);
        name.setBold(true);
        p.setFont(name);
        p.setPen(text);
        const int nameHeight = QFontMetrics(name).height();
        p.drawText(QRect(label.left(), label.center().y() - nameHeight, label.width(), nameHeight),
                   Qt::AlignRight | Qt::AlignBottom, row == 0 ? QStringLiteral("x_t") : QStringLiteral("x̂₀"));
        p.setFont(font());
        p.setPen(faint);
        p.drawText(QRect(label.left(), label.center().y() + 2, label.width(), 2 * fm.height()),
                   Qt::AlignRight | Qt::AlignTop | Qt::TextWordWrap,
                   row == 0 ? tr("noisy image") : tr("prediction"));

        const QImage &im = images.value(s);
        if (!im.isNull()) {
            p.drawImage(big, im);
        } else {
            p.fillRect(big, pal.color(QPalette::AlternateBase));
            p.setPen(faint);
            p.drawText(big, Qt::AlignCenter | Qt::TextWordWrap,
                       row == 1 && s == 0 ? tr("no prediction yet:\nstep 0 is the noise") : tr("not computed yet"));
        }
        p.setPen(QPen(pal.color(QPalette::Mid), 1));
        p.drawRect(big.adjusted(-1, -1, 0, 0));

        // The filmstrip.
        int marked = -1; // the thumb nearest to the step shown
        int best = 1 << 30;
        for (int j = 0; j < m_strip.size(); ++j)
            if (std::abs(m_strip[j] - s) < best) {
                best = std::abs(m_strip[j] - s);
                marked = j;
            }
        for (int j = 0; j < m_strip.size(); ++j) {
            const QRect r = thumbRect(row, j);
            const QImage &thumb = images.value(m_strip[j]);
            if (!thumb.isNull())
                p.drawImage(r, thumb);
            else
                p.fillRect(r, pal.color(QPalette::AlternateBase));
            const bool current = j == marked;
            p.setPen(current ? QPen(highlight, 3) : QPen(pal.color(QPalette::Mid), 1));
            p.drawRect(current ? r.adjusted(-2, -2, 1, 1) : r.adjusted(-1, -1, 0, 0));
            if (row == 1) {
                p.setPen(current ? text : faint);
                p.drawText(QRect(r.left() - kThumbGap, r.bottom() + 3, r.width() + 2 * kThumbGap, fm.height()),
                           Qt::AlignHCenter | Qt::AlignTop, QString::number(m_strip[j]));
            }
        }
    }
    // An arrow from the noise to the image along the filmstrip, under the upper row.
    if (m_strip.size() >= 2) {
        const QRect first = thumbRect(0, 0), last = thumbRect(0, int(m_strip.size()) - 1);
        const int y = first.top() - 6;
        if (y > m_header - 2) {
            p.setPen(QPen(faint, 1));
            p.drawLine(first.left(), y, last.right(), y);
            p.drawLine(last.right(), y, last.right() - 5, y - 3);
            p.drawLine(last.right(), y, last.right() - 5, y + 3);
        }
    }
}

void DenoisingView::mousePressEvent(QMouseEvent *event)
{
    const int slot = slotAt(event->position().toPoint());
    if (slot >= 0 && event->button() == Qt::LeftButton) {
        Q_EMIT stepClicked(m_strip[slot]);
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

bool DenoisingView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        int row = 0;
        const int slot = slotAt(help->pos(), &row);
        if (slot >= 0) {
            const int s = m_strip[slot];
            const QString what = row == 0 ? tr("x_t, the noisy image") : tr("x̂₀, the model's guess of the clean image");
            QToolTip::showText(help->globalPos(),
                               tr("Step %1 (t = %2): %3. Click to go there.").arg(s).arg(m_frames.t.value(s)).arg(what),
                               this);
        } else if (bigRect(0).contains(help->pos())) {
            QToolTip::showText(help->globalPos(),
                               tr("x_t: the image the sampler holds at this step, noise and signal together"), this);
        } else if (bigRect(1).contains(help->pos())) {
            QToolTip::showText(help->globalPos(),
                               tr("x̂₀: what the model predicts the finished image to be, seen from this step"), this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace genlab::widgets::diffusionlab
