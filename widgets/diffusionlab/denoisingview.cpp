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

constexpr int kMargin = 4;
constexpr int kBigGap = 16;  // between the two big images, and above the filmstrip
constexpr int kThumbGap = 6;
constexpr int kRowGap = 4;   // between the filmstrip's rows
constexpr int kArrow = 10;   // the noise-to-image arrow over the filmstrip
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
    if (caption == m_captionText)
        return;
    m_captionText = caption;
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
    m_header = fm.height() + 8;
    m_caption = fm.height() + 6;
    m_rowLabel = QFontMetrics(rowFont()).horizontalAdvance(QStringLiteral("x̂₀")) + 14;
    const int w = std::max(1, m_imageSize.width()), h = std::max(1, m_imageSize.height());
    // The largest whole factor for the pair of big images that leaves room for the two filmstrip
    // rows under them (thumbs at a third of it, at most 2x, so that many steps fit).
    m_bigScale = 1;
    m_thumbScale = 1;
    for (int scale = kMaxBigScale; scale >= 1; --scale) {
        const int thumb = std::clamp(scale / 3, 1, 2);
        const int needH = m_header + m_caption + scale * h + kBigGap + stripHeight(thumb) + kMargin;
        const int needW = 2 * scale * w + kBigGap + 2 * kMargin;
        if ((needH <= height() && needW <= width()) || scale == 1) {
            m_bigScale = scale;
            m_thumbScale = thumb;
            break;
        }
    }
    // The filmstrip: as many evenly spaced steps as fit, the first and the last always.
    m_strip.clear();
    const int cell = m_thumbScale * w + kThumbGap;
    const int fit = std::max(0, (width() - 2 * kMargin - m_rowLabel + kThumbGap) / cell);
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

int DenoisingView::stripHeight(int thumbScale) const
{
    // An arrow, the x_t row, the x̂₀ row, the step numbers.
    return kArrow + 2 * thumbScale * std::max(1, m_imageSize.height()) + kRowGap + fontMetrics().height() + 2;
}

QFont DenoisingView::rowFont() const
{
    QFont f = font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    return f;
}

QRect DenoisingView::bigRect(int row) const
{
    const int w = m_imageSize.width() * m_bigScale, h = m_imageSize.height() * m_bigScale;
    const int left = (width() - (2 * w + kBigGap)) / 2;
    return {left + row * (w + kBigGap), m_header + m_caption, w, h};
}

QRect DenoisingView::thumbRect(int row, int slot) const
{
    const int w = m_imageSize.width() * m_thumbScale, h = m_imageSize.height() * m_thumbScale;
    const int n = std::max<int>(1, int(m_strip.size()));
    const int stripWidth = m_rowLabel + n * w + (n - 1) * kThumbGap;
    const int left = std::max(kMargin, (width() - stripWidth) / 2) + m_rowLabel + slot * (w + kThumbGap);
    const int top = bigRect(0).bottom() + 1 + kBigGap + kArrow + row * (h + kRowGap);
    return {left, top, w, h};
}

int DenoisingView::slotAt(const QPoint &pos, int *row) const
{
    for (int r = 0; r < 2; ++r)
        for (int s = 0; s < m_strip.size(); ++s)
            if (thumbRect(r, s).adjusted(-kThumbGap / 2, -kRowGap / 2, kThumbGap / 2, kRowGap / 2).contains(pos)) {
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
    if (!m_captionText.isEmpty()) {
        const int used = QFontMetrics(bold).horizontalAdvance(where) + 24;
        p.setPen(faint);
        p.drawText(headerRect.adjusted(used, 0, 0, 0), Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(m_captionText, Qt::ElideLeft, std::max(0, headerRect.width() - used)));
    }

    // The pair: x_t and x̂₀ at the step shown.
    for (int row = 0; row < 2; ++row) {
        const QImage &im = (row == 0 ? m_frames.x : m_frames.x0hat).value(s);
        const QRect big = bigRect(row);
        const QRect caption(big.left() - kBigGap / 2, m_header, big.width() + kBigGap, m_caption);
        p.setFont(bold);
        p.setPen(text);
        const QString name = row == 0 ? QStringLiteral("x_t") : QStringLiteral("x̂₀");
        const QString what = row == 0 ? tr("the noisy image") : tr("the model's guess of the image");
        const int nameWidth = QFontMetrics(bold).horizontalAdvance(name + QLatin1Char(' '));
        // The description only where it fits whole (small images: the name alone).
        const QString rest = fm.horizontalAdvance(what) <= caption.width() - nameWidth ? what : QString();
        const int total = nameWidth + fm.horizontalAdvance(rest);
        const int x = caption.left() + (caption.width() - total) / 2;
        p.drawText(QRect(x, caption.top(), nameWidth, caption.height()), Qt::AlignLeft | Qt::AlignVCenter, name);
        p.setFont(font());
        p.setPen(faint);
        p.drawText(QRect(x + nameWidth, caption.top(), caption.width(), caption.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   rest);
        if (!im.isNull()) {
            p.drawImage(big, im);
        } else {
            p.fillRect(big, pal.color(QPalette::AlternateBase));
            p.setPen(faint);
            p.drawText(big.adjusted(6, 6, -6, -6), Qt::AlignCenter | Qt::TextWordWrap,
                       row == 1 && s == 0 ? tr("no guess yet: step 0 is the noise") : tr("not computed yet"));
        }
        p.setPen(QPen(pal.color(QPalette::Mid), 1));
        p.setBrush(Qt::NoBrush);
        p.drawRect(big.adjusted(-1, -1, 0, 0));
    }

    if (m_strip.isEmpty())
        return;
    // The filmstrip, both rows, with the thumb nearest to the step shown marked.
    int marked = -1;
    int best = 1 << 30;
    for (int j = 0; j < m_strip.size(); ++j)
        if (std::abs(m_strip[j] - s) < best) {
            best = std::abs(m_strip[j] - s);
            marked = j;
        }
    const QRect first = thumbRect(0, 0), last = thumbRect(0, int(m_strip.size()) - 1);
    // An arrow from the noise to the image above it.
    {
        const int y = first.top() - kArrow / 2 - 1;
        p.setPen(QPen(faint, 1));
        p.drawLine(first.left(), y, last.right(), y);
        p.drawLine(last.right(), y, last.right() - 5, y - 3);
        p.drawLine(last.right(), y, last.right() - 5, y + 3);
    }
    for (int row = 0; row < 2; ++row) {
        const QVector<QImage> &images = row == 0 ? m_frames.x : m_frames.x0hat;
        const QRect r0 = thumbRect(row, 0);
        p.setFont(rowFont());
        p.setPen(text);
        p.drawText(QRect(r0.left() - m_rowLabel, r0.top(), m_rowLabel - 8, r0.height()), Qt::AlignRight | Qt::AlignVCenter,
                   row == 0 ? QStringLiteral("x_t") : QStringLiteral("x̂₀"));
        p.setFont(font());
        for (int j = 0; j < m_strip.size(); ++j) {
            const QRect r = thumbRect(row, j);
            const QImage &thumb = images.value(m_strip[j]);
            if (!thumb.isNull())
                p.drawImage(r, thumb);
            else
                p.fillRect(r, pal.color(QPalette::AlternateBase));
            const bool current = j == marked;
            p.setPen(current ? QPen(highlight, 3) : QPen(pal.color(QPalette::Mid), 1));
            p.setBrush(Qt::NoBrush);
            p.drawRect(current ? r.adjusted(-2, -2, 1, 1) : r.adjusted(-1, -1, 0, 0));
            if (row == 1) {
                p.setPen(current ? text : faint);
                p.drawText(QRect(r.left() - kThumbGap, r.bottom() + 3, r.width() + 2 * kThumbGap, fm.height()),
                           Qt::AlignHCenter | Qt::AlignTop, QString::number(m_strip[j]));
            }
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
