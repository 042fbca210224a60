#pragma once
// The first-run tour: a small window per lab (what it shows, what to try first, read from the
// lab's help page) with the lab switched underneath. Skippable; once closed in any way it is
// never offered again (QSettings "help/tourClosed"). Help > Take the Tour starts it again.

#include <QDialog>
#include <QList>
#include <QString>
#include <functional>

class QLabel;
class QPushButton;
class QSettings;
class QTextBrowser;

namespace genlab::widgets::help {

// Thread: GUI only.
class FirstRunTour : public QDialog
{
    Q_OBJECT
public:
    struct Step
    {
        QString labId;    // the lab shown underneath ("" for none)
        QString title;    // "The Text lab"
        QString markdown; // what it shows and what to try first
        QString helpPage; // "lab-text.md"
    };

    struct LabInfo
    {
        QString labId, title, summary, helpPage;
    };
    // A welcome step on the first lab, then one step per further lab, in the navigation's order.
    static QList<Step> stepsFor(const QList<LabInfo> &labs);
    // Whether the tour is offered at start: not once it was closed, never in a headless run (the
    // tests and --screenshot run on the offscreen platform) nor with $GENLAB_NO_TOUR set.
    static bool shouldOffer(const QSettings &settings, const QString &platformName);
    static bool shouldOffer();
    static QString closedKey(); // "help/tourClosed"

    // selectLab is called with a step's labId; openHelp with its help page.
    FirstRunTour(QList<Step> steps, std::function<void(const QString &)> selectLab,
                 std::function<void(const QString &)> openHelp, QWidget *parent = nullptr);

    int stepIndex() const { return m_index; }
    int stepCount() const { return int(m_steps.size()); }
    void showStep(int index);

protected:
    void done(int result) override;

private:
    QList<Step> m_steps;
    std::function<void(const QString &)> m_selectLab, m_openHelp;
    int m_index = -1;
    QLabel *m_heading, *m_progress;
    QTextBrowser *m_text;
    QPushButton *m_back, *m_next, *m_skip, *m_help;
};

} // namespace genlab::widgets::help
