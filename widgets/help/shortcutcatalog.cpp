#include "widgets/help/shortcutcatalog.h"

#include "widgets/components/trainingcontrols.h"
#include "widgets/components/trainingpage.h"
#include "widgets/components/trainingsession.h"
#include "widgets/shell/labpage.h"

#include <QAbstractButton>
#include <QAction>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QShortcut>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace genlab::widgets::help {

namespace {

// The dynamic property that ties a lab key's action to the button it clicks.
constexpr const char *kShortcutButtonProperty = "genlabShortcutButton";

QString withoutMnemonics(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text.trimmed();
}

QWidget *nearestWidget(QObject *o)
{
    for (QObject *p = o; p; p = p->parent())
        if (auto *w = qobject_cast<QWidget *>(p))
            return w;
    return nullptr;
}

// "Text › Train": the lab and the tabs leading to the widget; "" outside every lab.
QString placeOf(QWidget *anchor)
{
    QStringList tabs;
    for (QWidget *w = anchor; w; w = w->parentWidget()) {
        if (auto *lab = qobject_cast<LabPage *>(w)) {
            tabs.prepend(lab->title());
            return tabs.join(QStringLiteral(" › "));
        }
        auto *stack = qobject_cast<QStackedWidget *>(w->parentWidget());
        auto *tabWidget = stack ? qobject_cast<QTabWidget *>(stack->parentWidget()) : nullptr;
        if (tabWidget) {
            const int index = tabWidget->indexOf(w);
            if (index >= 0)
                tabs.prepend(withoutMnemonics(tabWidget->tabText(index)));
        }
    }
    return {};
}

// Where the widget sits among the pages it lies on (lab, then tab, …): sorts the list like the
// navigation and the tabs.
QList<int> pageOrderOf(QWidget *anchor)
{
    QList<int> order;
    for (QWidget *w = anchor; w; w = w->parentWidget())
        if (auto *stack = qobject_cast<QStackedWidget *>(w->parentWidget()))
            order.prepend(stack->indexOf(w));
    return order;
}

QList<QWidget *> chainOf(QWidget *w)
{
    QList<QWidget *> chain;
    for (; w; w = w->parentWidget())
        chain.prepend(w);
    return chain;
}

bool neverActiveTogether(QWidget *a, QWidget *b)
{
    const QList<QWidget *> ca = chainOf(a), cb = chainOf(b);
    qsizetype i = 0;
    while (i < ca.size() && i < cb.size() && ca[i] == cb[i])
        ++i;
    // ca[i-1] is the lowest common ancestor; below it the two chains part.
    if (i == 0 || i >= ca.size() || i >= cb.size())
        return false;
    return qobject_cast<QStackedWidget *>(ca[i - 1]) != nullptr;
}

} // namespace

QKeySequence runKeys()
{
    return QKeySequence(Qt::CTRL | Qt::Key_Return);
}

QKeySequence stopKeys()
{
    return QKeySequence(Qt::CTRL | Qt::Key_Period);
}

QKeySequence pauseKeys()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P);
}

QKeySequence stepKeys()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N);
}

QAction *bindLabKey(QWidget *page, QAbstractButton *button, const QKeySequence &keys,
                    const QString &fallbackText)
{
    if (!page || !button)
        return nullptr;
    const QString text = fallbackText.isEmpty() ? withoutMnemonics(button->text()) : fallbackText;
    auto *action = new QAction(text, page);
    action->setShortcut(keys);
    // Window-wide while the page is visible: the key works wherever the focus is in the lab (also
    // right after choosing the lab in the navigation), and a hidden tab's key never fires.
    action->setShortcutContext(Qt::WindowShortcut);
    action->setProperty(kShortcutButtonProperty, QVariant::fromValue<QObject *>(button));
    page->addAction(action);
    QPointer<QAbstractButton> target(button);
    QObject::connect(action, &QAction::triggered, button, [target] {
        if (target && target->isEnabled() && target->isVisible())
            target->click();
    });
    const QString keysText = keys.toString(QKeySequence::NativeText);
    const QString tip = button->toolTip();
    if (!tip.contains(keysText))
        button->setToolTip(tip.isEmpty() ? QStringLiteral("%1 (%2)").arg(text, keysText)
                                         : QStringLiteral("%1 (%2)").arg(tip, keysText));
    return action;
}

QAction *bindLabKey(QWidget *page, const char *buttonObjectName, const QKeySequence &keys,
                    const QString &fallbackText)
{
    if (!page)
        return nullptr;
    return bindLabKey(page, page->findChild<QAbstractButton *>(QString::fromLatin1(buttonObjectName)), keys,
                      fallbackText);
}

void bindTrainingKeys(TrainingPage *page)
{
    if (!page || !page->session())
        return;
    TrainingControls *controls = page->session()->controls();
    // The lab's Train button sits first in the shared control row (TrainingControls::addLeading).
    QAbstractButton *start = nullptr;
    for (QAbstractButton *b : controls->findChildren<QAbstractButton *>()) {
        if (b != controls->pauseButton() && b != controls->stepButton() && b != controls->stopButton()) {
            start = b;
            break;
        }
    }
    bindLabKey(page, start, runKeys(), QCoreApplication::translate("genlab::widgets::help", "Train"));
    bindLabKey(page, controls->stopButton(), stopKeys(),
               QCoreApplication::translate("genlab::widgets::help", "Stop training"));
    bindLabKey(page, controls->pauseButton(), pauseKeys(),
               QCoreApplication::translate("genlab::widgets::help", "Pause or resume training"));
    bindLabKey(page, controls->stepButton(), stepKeys(),
               QCoreApplication::translate("genlab::widgets::help", "One training step (while paused)"));
}

QList<ShortcutEntry> collectShortcuts(QWidget *root)
{
    QList<ShortcutEntry> entries;
    if (!root)
        return entries;
    const QString everywhere = QCoreApplication::translate("genlab::widgets::help", "Everywhere");
    auto add = [&](QObject *owner, const QList<QKeySequence> &keys, QString text, QWidget *anchor) {
        const QString place = placeOf(anchor);
        for (const QKeySequence &k : keys) {
            if (k.isEmpty())
                continue;
            entries.append({k, withoutMnemonics(text), place.isEmpty() ? everywhere : place, owner, anchor});
        }
    };
    for (QAction *a : root->findChildren<QAction *>()) {
        if (a->shortcuts().isEmpty())
            continue;
        // The text the key was bound with: a button that says "Stop" while its job runs is still listed
        // as what it starts.
        QString text = a->text();
        if (auto *button =
                qobject_cast<QAbstractButton *>(a->property(kShortcutButtonProperty).value<QObject *>()))
            if (text.isEmpty())
                text = button->text();
        add(a, a->shortcuts(), text, nearestWidget(a->parent()));
    }
    for (QShortcut *s : root->findChildren<QShortcut *>())
        add(s, s->keys(), s->whatsThis(), s->parentWidget());
    return entries;
}

QList<QPair<int, int>> conflictingShortcuts(const QList<ShortcutEntry> &entries)
{
    QList<QPair<int, int>> conflicts;
    for (int i = 0; i < entries.size(); ++i)
        for (int j = i + 1; j < entries.size(); ++j)
            if (entries[i].keys == entries[j].keys && entries[i].owner != entries[j].owner &&
                !neverActiveTogether(entries[i].anchor, entries[j].anchor))
                conflicts.append({i, j});
    return conflicts;
}

ShortcutsDialog::ShortcutsDialog(QWidget *root, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    auto *layout = new QVBoxLayout(this);
    auto *note = new QLabel(
        tr("Keys marked with a lab work while that lab (and tab) is shown; %1 runs the "
           "shown page's main action and %2 stops it in every lab.")
            .arg(runKeys().toString(QKeySequence::NativeText), stopKeys().toString(QKeySequence::NativeText)),
        this);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_table = new QTreeWidget(this);
    m_table->setObjectName(QStringLiteral("shortcutTable"));
    m_table->setRootIsDecorated(false);
    m_table->setHeaderLabels({tr("Keys"), tr("Action"), tr("Where")});
    QList<ShortcutEntry> entries = collectShortcuts(root);
    // Everywhere first, then the labs in the navigation's order and their tabs in theirs.
    std::stable_sort(entries.begin(), entries.end(), [](const ShortcutEntry &a, const ShortcutEntry &b) {
        const QList<int> pa = pageOrderOf(a.anchor), pb = pageOrderOf(b.anchor);
        if (pa != pb)
            return std::lexicographical_compare(pa.begin(), pa.end(), pb.begin(), pb.end());
        return a.keys.toString() < b.keys.toString();
    });
    for (const ShortcutEntry &e : entries)
        new QTreeWidgetItem(m_table, {e.keys.toString(QKeySequence::NativeText), e.text, e.where});
    m_table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 520);
}

} // namespace genlab::widgets::help
