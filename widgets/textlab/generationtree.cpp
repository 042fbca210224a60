#include "widgets/textlab/generationtree.h"

#include "widgets/textlab/plaintext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

namespace genlab::widgets::textlab {

double Branch::logProbability() const
{
    double sum = 0;
    for (const BranchToken &t : tokens)
        sum += engine::gpt::tokenLogProbability(t.trace);
    return sum;
}

QString Branch::text() const
{
    QString s;
    for (const BranchToken &t : tokens)
        s += t.piece;
    return s;
}

GenerationTree::GenerationTree(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("generationTree"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Branch"), tr("log p"), tr("seed")});
    m_tree->setToolTip(tr("Every generation and every branch made from it. log p: the model's log-probability of "
                          "the branch's tokens (closer to 0 is more likely)."));
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    layout->addWidget(m_tree, 1);
    auto *row = new QHBoxLayout;
    m_replay = new QPushButton(tr("Replay"), this);
    m_replay->setObjectName(QStringLiteral("replayButton"));
    m_replay->setToolTip(tr("Generate the selected branch again from its prompt and seed: the same tokens must come back."));
    m_save = new QPushButton(tr("Save…"), this);
    m_save->setObjectName(QStringLiteral("saveBranchButton"));
    m_save->setToolTip(tr("Save the selected branch as a text file with its recipe beside it; File > Open Recipe "
                          "makes the same text again."));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("treeStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    row->addWidget(m_replay);
    row->addWidget(m_save);
    row->addWidget(m_status, 1);
    layout->addLayout(row);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item)
            return;
        const int index = item->data(0, Qt::UserRole).toInt();
        if (index == m_current)
            return;
        m_current = index;
        updateBranch(index);
        Q_EMIT branchSelected(index);
    });
    connect(m_replay, &QPushButton::clicked, this, [this] {
        if (m_current >= 0)
            Q_EMIT replayRequested(m_current);
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (m_current >= 0)
            Q_EMIT saveRequested(m_current);
    });
    clear();
}

void GenerationTree::clear()
{
    m_tree->clear();
    m_branches.clear();
    m_items.clear();
    m_current = -1;
    m_replay->setEnabled(false);
    m_save->setEnabled(false);
    m_status->setText(tr("Generate, then click a token and pick an alternative to branch."));
}

QString GenerationTree::label(int index) const
{
    const Branch &b = m_branches[index];
    QString own;
    for (int i = b.ownFrom; i < b.tokens.size(); ++i)
        own += b.tokens[i].piece;
    own = own.simplified();
    if (own.size() > 40)
        own = own.left(39) + QChar(0x2026);
    if (b.parent < 0)
        return tr("%1 tokens: %2").arg(b.tokens.size()).arg(own);
    const QString picked = b.forkAt >= 0 && b.forkAt < b.tokens.size() ? quotedToken(b.tokens[b.forkAt].piece, 14) : QString();
    return tr("at token %1, %2: %3").arg(b.forkAt + 1).arg(picked, own);
}

QTreeWidgetItem *GenerationTree::itemOf(int index) const
{
    return index >= 0 && index < m_items.size() ? m_items[index] : nullptr;
}

int GenerationTree::addBranch(const Branch &branch)
{
    const int index = int(m_branches.size());
    m_branches.append(branch);
    QTreeWidgetItem *parentItem = itemOf(branch.parent);
    auto *item = parentItem ? new QTreeWidgetItem(parentItem) : new QTreeWidgetItem(m_tree);
    item->setData(0, Qt::UserRole, index);
    m_items.append(item);
    updateBranch(index);
    if (parentItem)
        parentItem->setExpanded(true);
    setCurrent(index);
    return index;
}

void GenerationTree::setCurrent(int index)
{
    QTreeWidgetItem *item = itemOf(index);
    if (!item)
        return;
    m_current = index;
    {
        const QSignalBlocker block(m_tree);
        m_tree->setCurrentItem(item);
    }
    updateBranch(index);
}

void GenerationTree::updateBranch(int index)
{
    QTreeWidgetItem *item = itemOf(index);
    if (!item)
        return;
    const Branch &b = m_branches[index];
    item->setText(0, label(index));
    item->setText(1, QString::number(b.logProbability(), 'f', 1));
    item->setText(2, QString::number(b.request.sampling.seed));
    const QString tip = tr("%1 tokens, log p %2 (%3 per token), stopped: %4")
                            .arg(b.tokens.size())
                            .arg(QLocale().toString(b.logProbability(), 'f', 2))
                            .arg(QLocale().toString(b.tokens.isEmpty() ? 0.0 : b.logProbability() / b.tokens.size(), 'f', 2))
                            .arg(b.stopReason.isEmpty() ? tr("running") : b.stopReason) +
                        QStringLiteral("\n\n") + b.text().left(600);
    item->setToolTip(0, plainToolTip(tip));
    if (index == m_current) {
        m_replay->setEnabled(!m_busy && !b.stopReason.isEmpty());
        m_save->setEnabled(!m_busy && !b.stopReason.isEmpty());
        m_status->setText(b.replay.isEmpty() ? tr("Branch %1 of %2 · log p %3").arg(index + 1).arg(branchCount()).arg(QLocale().toString(b.logProbability(), 'f', 1))
                                             : b.replay);
    }
}

void GenerationTree::setBusy(bool busy)
{
    m_busy = busy;
    m_tree->setEnabled(!busy);
    if (m_current >= 0)
        updateBranch(m_current);
    else {
        m_replay->setEnabled(false);
        m_save->setEnabled(false);
    }
}

} // namespace genlab::widgets::textlab
