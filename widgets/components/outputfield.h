#pragma once
// The end of every training form: the "Save in" row with its folder chooser, proposing a fresh
// folder of the lab's, and "Resume the checkpoint in this folder" below it; and the checks of the
// two together before a run starts.

#include "engine/train/options.h"

#include <QObject>
#include <QString>

#include <functional>

class QCheckBox;
class QFormLayout;
class QLineEdit;

namespace genlab::widgets::form {

// Thread: GUI only.
class OutputField : public QObject
{
    Q_OBJECT
public:
    // Adds both rows to form. proposeFolder gives a fresh folder (services::defaultTrainingFolder);
    // objectPrefix names the widgets <prefix>Output and <prefix>Resume (tests find them by name).
    OutputField(QFormLayout *form, const QString &objectPrefix, std::function<QString()> proposeFolder);

    QLineEdit *edit() const { return m_edit; }
    QCheckBox *resumeBox() const { return m_resume; }
    // The folder as typed, trimmed.
    QString folder() const;
    // Required when "Resume" is ticked, Never otherwise.
    engine::train::Resume resume() const;
    // Shows a request's folder (an empty one keeps the shown folder) and its resume policy.
    void set(const QString &outDir, engine::train::Resume resume);
    // Before a run starts: a message when there is no folder, the folder holds a model and "Resume"
    // is not ticked, or it is ticked and there is no checkpoint; empty when the run may start. A
    // proposed folder that a previous run has taken is replaced by a fresh proposal first.
    QString problem();

private:
    QLineEdit *m_edit;
    QCheckBox *m_resume;
    std::function<QString()> m_proposeFolder;
    QString m_proposed; // the folder we proposed (replaced by a fresh one when a run took it)
};

} // namespace genlab::widgets::form
