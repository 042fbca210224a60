#include "widgets/maskedlab/candidatebars.h"

#include <QLocale>
#include <QPainter>
#include <QPaintEvent>

#include <algorithm>

namespace genlab::widgets::maskedlab {

namespace {

constexpr int kColumnWidth = 230;
constexpr int kRowHeight = 22;
constexpr int kMargin = 8;

const QColor kBar(90, 140, 210);
const QColor kAnswerBar(214, 96, 30);

} // namespace

QString candidateText(const services::MaskCandidate &candidate)
{
    return candidate.continuation ? QStringLiteral("-") + candidate.token : candidate.token;
}

CandidateBars::CandidateBars(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void CandidateBars::setPredictions(const std::vector<services::MaskPrediction> &masks, const QStringList &titles,
                                   const QStringList &answers)
{
    m_masks = masks;
    m_titles = titles;
    m_answers = answers;
    updateGeometry();
    update();
}

void CandidateBars::clear()
{
    m_masks.clear();
    m_titles.clear();
    m_answers.clear();
    updateGeometry();
    update();
}

void CandidateBars::setPlaceholder(const QString &text)
{
    m_placeholder = text;
    update();
}

QSize CandidateBars::sizeHint() const
{
    std::size_t rows = 5;
    for (const auto &m : m_masks)
        rows = std::max(rows, m.candidates.size());
    const int columns = std::max(1, int(m_masks.size()));
    return {kMargin + columns * (kColumnWidth + kMargin), kMargin * 2 + int(rows + 1) * kRowHeight};
}

QSize CandidateBars::minimumSizeHint() const
{
    return {kColumnWidth + 2 * kMargin, 4 * kRowHeight};
}

void CandidateBars::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    if (m_masks.empty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(kMargin, kMargin, -kMargin, -kMargin), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                   m_placeholder);
        return;
    }
    // Rows grow with the room there is (a projector in a classroom), up to twice the base size.
    std::size_t most = 1;
    for (const auto &m : m_masks)
        most = std::max(most, m.candidates.size());
    const int rowHeight = std::clamp((height() - 2 * kMargin) / int(most + 1), kRowHeight, kRowHeight * 3 / 2);
    QFont scaled = font();
    if (rowHeight > kRowHeight)
        scaled.setPointSizeF(scaled.pointSizeF() * std::min(1.3, double(rowHeight) / kRowHeight));
    p.setFont(scaled);
    const QFontMetrics fm(scaled);
    // Columns share the width when there is more room than they need.
    const int columns = int(m_masks.size());
    const int columnWidth = std::max(kColumnWidth, (width() - kMargin) / columns - kMargin);
    for (int c = 0; c < columns; ++c) {
        const auto &mask = m_masks[std::size_t(c)];
        const int x = kMargin + c * (columnWidth + kMargin);
        int y = kMargin;
        QFont bold = scaled;
        bold.setBold(true);
        p.setFont(bold);
        p.setPen(palette().color(QPalette::Text));
        const QString title = c < m_titles.size() ? m_titles[c] : tr("mask %1").arg(c + 1);
        p.drawText(QRect(x, y, columnWidth, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(title, Qt::ElideRight, columnWidth));
        p.setFont(scaled);
        y += rowHeight;
        const QString answer = c < m_answers.size() ? m_answers[c] : QString();
        const int labelWidth = std::min(columnWidth / 2 - 10, fm.horizontalAdvance(QStringLiteral("x")) * 16);
        const int percentWidth = fm.horizontalAdvance(QStringLiteral("100.0 %")) + 6;
        const int barLeft = x + labelWidth + 6;
        const int barMax = columnWidth - labelWidth - 6 - percentWidth;
        for (const auto &candidate : mask.candidates) {
            const QString text = candidateText(candidate);
            const bool isAnswer = !answer.isEmpty() && !candidate.continuation &&
                                  candidate.token.compare(answer, Qt::CaseInsensitive) == 0;
            p.setPen(isAnswer ? kAnswerBar : palette().color(QPalette::Text));
            p.drawText(QRect(x, y, labelWidth, rowHeight), Qt::AlignRight | Qt::AlignVCenter,
                       fm.elidedText(text, Qt::ElideRight, labelWidth));
            const int w = std::max(1, int(barMax * std::clamp(candidate.probability, 0.0, 1.0)));
            p.fillRect(QRect(barLeft, y + rowHeight / 5, w, rowHeight - 2 * (rowHeight / 5)), isAnswer ? kAnswerBar : kBar);
            p.setPen(palette().color(QPalette::Text));
            p.drawText(QRect(barLeft + w + 4, y, percentWidth, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                       QStringLiteral("%1 %").arg(QLocale().toString(candidate.probability * 100.0, 'f', candidate.probability < 0.1 ? 1 : 0)));
            y += rowHeight;
        }
    }
}

} // namespace genlab::widgets::maskedlab
