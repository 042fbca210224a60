#pragma once

#include <QIcon>
#include <QJsonObject>
#include <QString>
#include <QWidget>

namespace genlab::widgets {

// One lab in the studio's navigation. Each lab issue adds its own subclass in widgets/<lab>/.
// Thread: GUI only.
class LabPage : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual QString labId() const = 0;   // stable: "home", "latent", "text" (used by --lab)
    virtual QString title() const = 0;   // translated name shown in the navigation
    virtual QString summary() const = 0; // one translated line: what the lab is for
    virtual QIcon icon() const { return {}; }
    // The page of resources/help that F1 and the lab's help button open. A new lab writes
    // resources/help/lab-<labId>.md and gets it without overriding this.
    virtual QString helpPage() const { return QStringLiteral("lab-%1.md").arg(labId()); }
    // True once the lab shows what it should (models loaded, first results drawn): screenshots
    // and widget tests wait for it.
    virtual bool isReady() const { return true; }
    // Called when the lab is shown/hidden in the main window.
    virtual void activated() {}
    // Restores the settings that made an output from its recipe (a PNG carrying one, a
    // .recipe.json, or an output with its sidecar) and regenerates it. The main window routes
    // File > Open Recipe and dropped files here by the recipe's lab. False when it could not.
    virtual bool openRecipe(const QString &path)
    {
        Q_UNUSED(path);
        return false;
    }

    // What the user set in this lab, kept in the open project (ProjectService::labState) and given
    // back when the project is opened. Empty: nothing to keep. A lab saves settings, never results:
    // restoring regenerates no more than changing those settings by hand does.
    virtual QJsonObject saveState() const { return {}; }
    // Project files are untrusted: missing keys keep the current setting, wrong types are ignored,
    // numbers are clamped to their ranges. A model that cannot be found is named in a message and
    // the lab keeps the model it has. Right after it, saveState() reports what was restored (also
    // while a model it asked for is still loading), so restoring does not modify the project.
    virtual void restoreState(const QJsonObject &state) { Q_UNUSED(state); }

Q_SIGNALS:
    void ready();
    void statusMessage(const QString &message);
    // A setting that saveState() reports changed (the main window then marks the project modified).
    void stateChanged();
};

} // namespace genlab::widgets
