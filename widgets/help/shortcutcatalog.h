#pragma once
// Every keyboard shortcut of the studio, read at run time from the actions and QShortcuts under
// the main window (its menus and every lab), so Help > Keyboard Shortcuts is never out of date.
// Lab shortcuts are bound with bindLabKey(): a QAction on the page it belongs to, active while
// that page is shown, that clicks the page's button.

#include <QDialog>
#include <QKeySequence>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QString>

class QAbstractButton;
class QAction;
class QTreeWidget;

namespace genlab::widgets {
class TrainingPage;
}

namespace genlab::widgets::help {

// One shortcut as Help > Keyboard Shortcuts lists it.
struct ShortcutEntry
{
    QKeySequence keys;
    QString text;             // what it does ("Generate"), without mnemonics
    QString where;            // "Everywhere", "Text", "Text › Train"
    QPointer<QObject> owner;  // the QAction or QShortcut
    QPointer<QWidget> anchor; // the widget whose visibility makes it active
};

// The studio's keys for a page's frequent actions, the same in every lab.
QKeySequence runKeys();  // Ctrl+Return: the shown page's main action (Generate, Sample, Train, …)
QKeySequence stopKeys(); // Ctrl+.: stop it
QKeySequence pauseKeys(); // Ctrl+Shift+P: pause or resume a training run
QKeySequence stepKeys();  // Ctrl+Shift+N: one more step of a paused training run

// A shortcut on `page` (active while the page is shown in the active window) that clicks `button`
// when the button is enabled. It is listed as `fallbackText`, or the button's text when bound
// (give a text for a button whose text changes, such as Play/Pause). The button's tool tip names the keys.
// nullptr when `button` is null.
QAction *bindLabKey(QWidget *page, QAbstractButton *button, const QKeySequence &keys,
                    const QString &fallbackText = {});
// The same for a button found by object name under `page`.
QAction *bindLabKey(QWidget *page, const char *buttonObjectName, const QKeySequence &keys,
                    const QString &fallbackText = {});
// A training page: runKeys() starts training (the lab's Train button in the control row),
// stopKeys() stops it, pauseKeys() pauses or resumes it, stepKeys() runs one step while paused.
void bindTrainingKeys(TrainingPage *page);

// Every action and QShortcut under `root` (a QMainWindow: menus, docks, labs) that has keys.
QList<ShortcutEntry> collectShortcuts(QWidget *root);
// Pairs (indices into `entries`) that share a key sequence and can be active at the same time:
// two shortcuts are never active together only when they lie on different pages of a
// QStackedWidget (labs in the main window, tabs of a QTabWidget).
QList<QPair<int, int>> conflictingShortcuts(const QList<ShortcutEntry> &entries);

// Help > Keyboard Shortcuts: a table of collectShortcuts(root), sorted by place and keys.
// Thread: GUI only.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget *root, QWidget *parent = nullptr);
    QTreeWidget *table() const { return m_table; }

private:
    QTreeWidget *m_table;
};

} // namespace genlab::widgets::help
