#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace genlab::widgets {

// Settings (Tools > Settings…): the studio's language. A choice applies at once
// (i18n::applyLanguage) and is stored in QSettings ("ui/language"); the menus, the status bar, the
// help viewer and this dialog change live, the labs after a restart, which the dialog offers.
// Thread: GUI only.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // `builtLanguage`: the translation the labs were built in (i18n::appliedLanguage() when the
    // window was made); when the chosen one differs, the dialog offers the restart.
    explicit SettingsDialog(const QString &builtLanguage, QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    QPushButton *restartButton() const { return m_restart; }
    bool restartOffered() const; // the note and "Restart Now" are shown

Q_SIGNALS:
    void restartRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void chooseLanguage(int index);
    void updateRestartNote();

    QString m_builtLanguage;
    QLabel *m_languageLabel, *m_note;
    QComboBox *m_language;
    QPushButton *m_restart;
    QDialogButtonBox *m_buttons;
};

} // namespace genlab::widgets
