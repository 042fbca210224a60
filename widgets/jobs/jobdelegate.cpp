#include "widgets/jobs/jobdelegate.h"

#include "services/job.h"
#include "services/joblistmodel.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>

namespace genlab::widgets {

using services::JobListModel;
using services::JobState;

QString formatElapsed(qint64 ms)
{
    if (ms < 1000)
        return QCoreApplication::translate("genlab", "%1 ms").arg(ms);
    qint64 s = ms / 1000;
    if (s < 60)
        return QCoreApplication::translate("genlab", "%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

void JobDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, opt.widget);

    const QRect r = option.rect.adjusted(6, 4, -6, -4);
    const int lineH = option.fontMetrics.height();
    const auto state = JobState(index.data(JobListModel::StateRole).toInt());
    const QString title = index.data(JobListModel::TitleRole).toString();
    const QString stateText = index.data(JobListModel::StateTextRole).toString();
    const QString elapsed = formatElapsed(index.data(JobListModel::ElapsedMsRole).toLongLong());

    painter->save();
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    const QColor text = (option.state & QStyle::State_Selected) ? option.palette.highlightedText().color()
                                                                : option.palette.text().color();
    painter->setPen(text);
    const QString right = stateText + QStringLiteral(" · ") + elapsed;
    const int rightW = option.fontMetrics.horizontalAdvance(right) + 8;
    painter->drawText(QRect(r.left(), r.top(), r.width() - rightW, lineH), Qt::AlignLeft | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(title, Qt::ElideRight, r.width() - rightW));
    painter->setFont(option.font);
    QColor stateColor = text;
    const bool selected = option.state & QStyle::State_Selected;
    if (!selected && state == JobState::Failed)
        stateColor = QColor(0xc0, 0x39, 0x2b);
    else if (!selected && state == JobState::Succeeded)
        stateColor = QColor(0x1e, 0x84, 0x49);
    painter->setPen(stateColor);
    painter->drawText(QRect(r.right() - rightW, r.top(), rightW, lineH), Qt::AlignRight | Qt::AlignVCenter, right);
    painter->restore();

    QStyleOptionProgressBar bar;
    bar.rect = QRect(r.left(), r.top() + lineH + 3, r.width(), lineH + 2);
    bar.minimum = 0;
    bar.maximum = 1000;
    bar.progress = int(index.data(JobListModel::ProgressRole).toDouble() * 1000);
    QString detail = state == JobState::Failed || state == JobState::Canceled
                         ? index.data(JobListModel::MessageRole).toString()
                         : index.data(JobListModel::StageRole).toString();
    bar.text = detail.isEmpty() ? QStringLiteral("%1 %").arg(bar.progress / 10)
                                : QStringLiteral("%1 % — %2").arg(bar.progress / 10).arg(detail);
    bar.textVisible = true;
    bar.state = option.state | QStyle::State_Horizontal;
    bar.palette = option.palette;
    bar.fontMetrics = option.fontMetrics;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, opt.widget);
}

QSize JobDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return QSize(260, option.fontMetrics.height() * 2 + 16);
}

} // namespace genlab::widgets
