#include "widgets/diffusionlab/denoisingview.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPaintEvent>
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
    if (m_frames.newest < 0)
        update(); // the first step replaces the empty view's text
    m_frames.add(event);
    if (!event.x.empty() && QSize(event.x.width, event.x.height) != m_imageSize) {
        m_imageSize = QSize(event.x.width, event.x.height);
        relayout();
    } else if (m_frames.steps != before) {
        relayout();
    }
    stepArrived(event.index);
}

void DenoisingView::updateFrames(const StepFrames &frames, int step)
{
    // The first step replaces the empty view's text; another step count lays the view out again.
    if (frames.steps != m_frames.steps || m_frames.newest < 0) {
        setFrames(frames);
        update();
        return;
    }
    m_frames = frames;
    const int i = std::clamp(step, 0, m_frames.steps);
    if (!m_frames.x[i].isNull() && m_frames.x[i].size() != m_imageSize) {
        m_imageSize = m_frames.x[i].size();
        relayout();
        return;
    }
    stepArrived(i);
}

void DenoisingView::stepArrived(int step)
{
    // Repaint only what changed: the pair and the header when it is the step shown, its thumbs.
    if (step == m_step)
        updatePair();
    const int slot = m_strip.indexOf(step);
    if (slot >= 0)
        updateThumbs(slot);
}

void DenoisingView::updatePair()
{
    update(0, 0, width(), m_header);
    update(bigRect(0).adjusted(-2, -2, 2, 2));
    update(bigRect(1).adjusted(-2, -2, 2, 2));
}

void DenoisingView::updateThumbs(int slot)
{
    if (slot < 0 || slot >= m_strip.size())
        return;
    // Both rows and the step number under them, with the current mark's border.
    update(thumbRect(0, slot).united(thumbRect(1, slot)).adjusted(-kThumbGap, -3, kThumbGap, fontMetrics().height() + 4));
}

int DenoisingView::markedSlot(int step) const
{
    int marked = -1;
    int best = 1 << 30;
    for (int j = 0; j < m_strip.size(); ++j)
        if (std::abs(m_strip[j] - step) < best) {
            best = std::abs(m_strip[j] - step);
            marked = j;
        }
    return marked;
}

void DenoisingView::setStep(int step)
{
    step = std::clamp(step, 0, std::max(0, m_frames.steps));
    if (step == m_step)
        return;
    const int before = markedSlot(m_step);
    m_step = step;
    updatePair();
    const int after = markedSlot(m_step);
    if (after != before) {
        updateThumbs(before);
        updateThumbs(after);
    }
}

void DenoisingView::setCaption(const QString &caption)
{
    if (caption == m_captionText)
        return;
    m_captionText = caption;
    update(0, 0, width(), m_header);
}

void DenoisingView::setBranchedAt(int step)
{
    if (step == m_branchedAt)
        return;
    m_branchedAt = step;
    update();
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

void DenoisingView::paintEvent(QPaintEvent *event)
{
    const QRect exposed = event->rect();
    QPainter p(this);
    const QPalette pal = palette();
    p.fillRect(exposed, pal.color(QPalette::Base));
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
    const int marked = markedSlot(s);
    const QRect first = thumbRect(0, 0), last = thumbRect(0, int(m_strip.size()) - 1);
    // An arrow from the noise to the image above it.
    {
        const int y = first.top() - kArrow / 2 - 1;
        p.setPen(QPen(faint, 1));
        p.drawLine(first.left(), y, last.right(), y);
        p.drawLine(last.right(), y, last.right() - 5, y - 3);
        p.drawLine(last.right(), y, last.right() - 5, y + 3);
    }
    // A branch: where it left its parent, in the gap after the last thumb it shares with it.
    if (m_branchedAt >= 0 && m_branchedAt < m_frames.steps && m_strip.size() >= 2) {
        int j = 0;
        while (j + 1 < m_strip.size() && m_strip[j + 1] <= m_branchedAt)
            ++j;
        const int x = thumbRect(0, j).right() + 1 + kThumbGap / 2;
        const int bottom = thumbRect(1, 0).bottom() + 2;
        const QColor branch(0xD5, 0x5E, 0x00);
        p.setPen(QPen(branch, 2, Qt::DashLine));
        p.drawLine(x, first.top() - kArrow, x, bottom);
        p.setFont(font());
        p.setPen(branch);
        const QString label = tr("branched at %1").arg(m_branchedAt);
        const int w = fm.horizontalAdvance(label);
        p.fillRect(QRect(x + 3, first.top() - kArrow - fm.height(), w + 4, fm.height()), pal.color(QPalette::Base));
        p.drawText(QRect(x + 5, first.top() - kArrow - fm.height(), w + 4, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   label);
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
            if (!exposed.intersects(r.adjusted(-kThumbGap, -3, kThumbGap, fm.height() + 4)))
                continue; // streaming repaints one thumb at a time
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
