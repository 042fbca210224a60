#include "widgets/retrievallab/textmarks.h"

#include <QLocale>

#include <algorithm>

namespace genlab::widgets::retrievallab {

Utf8Positions::Utf8Positions(const QByteArray &utf8)
{
    m_positions.resize(std::size_t(utf8.size()) + 1, 0);
    int pos = 0, lead = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if ((c & 0xC0) == 0x80) {
            m_positions[std::size_t(i)] = lead; // a continuation byte belongs to its lead's character
            continue;
        }
        lead = pos;
        m_positions[std::size_t(i)] = pos;
        pos += c >= 0xF0 ? 2 : 1; // four-byte sequences are surrogate pairs in UTF-16
    }
    m_positions.back() = pos;
}

int Utf8Positions::at(qint64 b) const
{
    if (b <= 0)
        return 0;
    if (b >= qint64(m_positions.size()))
        return m_positions.back();
    return m_positions[std::size_t(b)];
}

QString markedHtml(const QString &text, const std::vector<services::ByteRange> &ranges, const QString &markStyle)
{
    const QByteArray utf8 = text.toUtf8();
    const Utf8Positions map(utf8);
    std::vector<services::ByteRange> sorted = ranges;
    std::sort(sorted.begin(), sorted.end());
    QString html;
    int at = 0;
    auto plain = [&](int from, int to) {
        if (to > from)
            html += text.mid(from, to - from).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    };
    for (const auto &[b, e] : sorted) {
        const int from = std::max(at, map.at(b)), to = map.at(e);
        if (to <= from)
            continue;
        plain(at, from);
        html += QStringLiteral("<span style=\"%1\">").arg(markStyle);
        plain(from, to);
        html += QStringLiteral("</span>");
        at = to;
    }
    plain(at, int(text.size()));
    return html;
}

QString reflowed(const QString &text)
{
    QString out = text;
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (out[i] != QLatin1Char('\n'))
            continue;
        const QChar prev = i > 0 ? text[i - 1] : QLatin1Char('\n');
        qsizetype j = i + 1;
        while (j < text.size() && text[j] == QLatin1Char(' '))
            ++j;
        const QChar next = j < text.size() ? text[j] : QLatin1Char('\n');
        // A numbered item: digits, then "." or ")" ("7s" is a word, "7." an item).
        qsizetype k = j;
        while (k < text.size() && text[k].isDigit())
            ++k;
        const bool numbered = k > j && k < text.size() && (text[k] == QLatin1Char('.') || text[k] == QLatin1Char(')'));
        const bool item = next == QLatin1Char('-') || next == QLatin1Char('*') || next == QLatin1Char('+') || next == QLatin1Char('#') ||
                          next == QLatin1Char('>') || next == QLatin1Char('|') || numbered;
        if (prev != QLatin1Char('\n') && next != QLatin1Char('\n') && !item)
            out[i] = QLatin1Char(' ');
    }
    return out;
}

QString rankScore(const std::optional<engine::retrieval::RankScore> &r, int precision)
{
    if (!r)
        return {};
    return QStringLiteral("%1 · %2").arg(r->rank).arg(QLocale().toString(r->score, 'f', precision));
}

} // namespace genlab::widgets::retrievallab
