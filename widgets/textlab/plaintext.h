#pragma once

#include <QString>

namespace genlab::widgets::textlab {

// Tool tips guess rich text from a leading '<': text from a model or a file is escaped and wrapped,
// so it always shows literally and can never load a resource.
inline QString plainToolTip(const QString &text)
{
    return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(text.toHtmlEscaped());
}

// A token's text quoted for labels: spaces and newlines made visible, long ones shortened.
inline QString quotedToken(const QString &piece, int maxChars = 24)
{
    QString s = piece;
    s.replace(QLatin1Char('\n'), QChar(0x21B5));
    s.replace(QLatin1Char('\t'), QChar(0x2192));
    s.replace(QLatin1Char(' '), QChar(0x00B7));
    if (s.size() > maxChars)
        s = s.left(maxChars - 1) + QChar(0x2026);
    return QChar(0x00AB) + s + QChar(0x00BB);
}

} // namespace genlab::widgets::textlab
