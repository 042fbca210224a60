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
    // Called each time the lab is shown in the main window (the main window calls it for the
    // current lab once the window itself is shown). The first call is where a lab built under
    // DeferredLoading loads its model and makes its opening results.
    virtual void activated() {}

    // While one lives, the labs constructed load nothing until first activated(): the studio's fast
    // start (GENLAB_EAGER_LABS=1 turns it off). Labs built without it (widget tests) load at once.
    // Thread: GUI only.
    class DeferredLoading
    {
    public:
        DeferredLoading() : m_previous(s_deferLoading) { s_deferLoading = true; }
        ~DeferredLoading() { s_deferLoading = m_previous; }
        DeferredLoading(const DeferredLoading &) = delete;
        DeferredLoading &operator=(const DeferredLoading &) = delete;

    private:
        bool m_previous;
    };
    // True when the lab was built under DeferredLoading: its constructor started no model work.
    bool loadsWhenShown() const { return m_loadsWhenShown; }
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

    // Presentation mode (View > Presentation Mode, widgets/shell/presentation.h): the main window
    // has scaled the application font, set a high-contrast palette and hidden the controls marked
    // with presentation::markExpert(); this makes the lab's plots readable from the back of a room
    // (every QCustomPlot under the page: thicker lines, larger markers and fonts) or gives them back.
    // Called again each time the lab is shown while the mode is on (it must be idempotent). A lab
    // that draws in its own way overrides it and calls this one.
    virtual void setPresentationMode(bool on);

Q_SIGNALS:
    void ready();
    void statusMessage(const QString &message);
    // A setting that saveState() reports changed (the main window then marks the project modified).
    void stateChanged();

private:
    static inline bool s_deferLoading = false;
    bool m_loadsWhenShown = s_deferLoading;
};

} // namespace genlab::widgets
