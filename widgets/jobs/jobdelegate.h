#pragma once

#include <QStyledItemDelegate>

namespace genlab::widgets {

// Paints one job: title and state, a progress bar with the stage text, elapsed time.
// Thread: GUI only.
class JobDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

QString formatElapsed(qint64 ms);

} // namespace genlab::widgets
