#pragma once
// The data-set row of an image lab's training form: the image data sets training can use (those
// missing on this machine named in the tool tip), then "Image folder…", which asks for a folder of
// the user's own images. A chosen folder stays in the list as "Folder: <name>" with the id
// "folder:<path>", the id the trainers and saved states read.

#include <QObject>
#include <QString>

class QComboBox;
class QFormLayout;

namespace genlab::widgets::form {

// Thread: GUI only.
class DatasetField : public QObject
{
    Q_OBJECT
public:
    // Adds the "Data set" row to form; objectName names the combo box (tests find it by name).
    DatasetField(QFormLayout *form, const QString &objectName);

    QComboBox *combo() const { return m_combo; }
    // The selected id: a data set's, "folder:<path>", or "folder:" while no folder has been chosen.
    QString id() const;
    // Selects id; a "folder:<path>" not in the list yet is added first. An unknown id changes nothing.
    void setId(const QString &id);
    // "Pick an image folder first." while the picker entry is selected without a folder; empty otherwise.
    QString problem() const;

    // The folder of a "folder:<path>" id; empty for the other ids.
    static QString folderOf(const QString &id);

Q_SIGNALS:
    // The user picked a folder in the dialog (it is selected by then): a lab may adapt its form.
    void folderChosen(const QString &path);

private:
    void chooseFolder();

    QComboBox *m_combo;
};

} // namespace genlab::widgets::form
