#pragma once
// The one look of the Retrieval lab's message and status lines: red for an error, grey otherwise.
// Thread: GUI.

#include <QLabel>
#include <QString>

namespace genlab::widgets::retrievallab {

inline void showMessage(QLabel *label, const QString &text, bool error)
{
    label->setText(text);
    label->setStyleSheet(error ? QStringLiteral("QLabel { color: #b00020; }") : QStringLiteral("QLabel { color: #555; }"));
}

} // namespace genlab::widgets::retrievallab
