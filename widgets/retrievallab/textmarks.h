#pragma once
// Small text helpers of the Retrieval lab's views: the engine speaks in UTF-8 byte offsets, Qt's
// text widgets in UTF-16 positions; and passages shown as HTML with the query terms marked.

#include "services/retrieval/retrievalservice.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace genlab::widgets::retrievallab {

// Maps UTF-8 byte offsets of one text to QString (UTF-16) positions in O(1) after an O(n) pass.
// Plain data.
class Utf8Positions
{
public:
    explicit Utf8Positions(const QByteArray &utf8);
    // The QString position of byte offset b (clamped to the text; an offset inside a sequence
    // maps to the character it belongs to).
    int at(qint64 b) const;

private:
    std::vector<int> m_positions; // bytes + 1 entries
};

// text as HTML (escaped, line breaks kept) with the byte ranges wrapped in a marked span.
QString markedHtml(const QString &text, const std::vector<services::ByteRange> &ranges, const QString &markStyle);

// text with the line breaks of hard-wrapped paragraphs turned into spaces (same length, so byte
// ranges still fit); blank lines, and breaks before a list item, heading or quote, are kept.
QString reflowed(const QString &text);

// Formats an optional rank and score: "3 · 4.210" (precision digits), or "" when absent.
QString rankScore(const std::optional<engine::retrieval::RankScore> &r, int precision = 3);

} // namespace genlab::widgets::retrievallab
