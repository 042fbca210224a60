#include "widgets/shell/settingsdialog.h"

#include "widgets/shell/language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QLayout>
#include <QVBoxLayout>

namespace genlab::widgets {

SettingsDialog::SettingsDialog(const QString &builtLanguage, QWidget *parent)
    : QDialog(parent), m_builtLanguage(builtLanguage)
{
    setObjectName(QStringLiteral("settingsDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageBox"));
    for (const i18n::LanguageOption &option : i18n::languageOptions())
        m_language->addItem(option.nativeName, option.code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(i18n::storedLanguage())));
    m_languageLabel = new QLabel(this);
    m_languageLabel->setBuddy(m_language);
    form->addRow(m_languageLabel, m_language);
    layout->addLayout(form);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("languageNote"));
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    layout->addStretch(1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restart = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_restart->setObjectName(QStringLiteral("restartButton"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restart, &QPushButton::clicked, this, &SettingsDialog::restartRequested);
    // Connected after the current index is set: opening the dialog changes nothing.
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::chooseLanguage);

    retranslate();
    setMinimumWidth(460);
}

bool SettingsDialog::restartOffered() const
{
    return !m_restart->isHidden();
}

void SettingsDialog::chooseLanguage(int index)
{
    const QString code = m_language->itemData(index).toString();
    i18n::storeLanguage(code);
    // Sends LanguageChange to every widget, this dialog included (retranslate()).
    i18n::applyLanguage(code);
    updateRestartNote();
}

void SettingsDialog::updateRestartNote()
{
    const bool differs = i18n::appliedLanguage() != m_builtLanguage;
    m_note->setVisible(differs);
    m_restart->setVisible(differs);
    // The note needs room it did not have while hidden (and a longer language needs more).
    if (isVisible()) {
        layout()->activate();
        resize(size().expandedTo(sizeHint()));
    }
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    m_languageLabel->setText(tr("&Language:"));
    // The other entries name each language in itself, so they read the same in every language.
    m_language->setItemText(0, tr("System language"));
    m_language->setToolTip(tr("The language of the studio's menus, labs and messages, and the format of its "
                              "numbers. \"System language\" follows the desktop's setting."));
    m_note->setText(tr("The menus, the status bar and this window have changed already. The labs show the new "
                       "language after a restart; restarting saves the open project and reopens it."));
    m_restart->setText(tr("&Restart Now"));
    updateRestartNote();
}

} // namespace genlab::widgets
