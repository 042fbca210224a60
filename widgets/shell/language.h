#pragma once
// The studio's language: which translation is installed, stored in QSettings ("ui/language"),
// applied at start by main() and again at run time by the Settings dialog.
//
// What follows a change at run time: QCoreApplication::installTranslator sends
// QEvent::LanguageChange to every widget; the main window's menus, actions and status bar, the
// help viewer and the Settings dialog handle it and change at once. The labs build their texts in
// their constructors, so they change after a restart (MainWindow offers "Restart Now").

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace genlab::widgets::i18n {

struct LanguageOption
{
    QString code;       // "" follows the system language; "en", "de", "fr", "es", "zh_CN"
    QString nativeName; // the language named in itself ("Deutsch"); the system entry is translated
};

// Every choice of the Settings dialog, "System language" first.
QList<LanguageOption> languageOptions();
// The codes with a translation (genlab_<code>.ts in translations/): "de", "fr", "es", "zh_CN".
QStringList translatedLanguages();

inline constexpr char kLanguageKey[] = "ui/language";
QString storedLanguage();                  // "" (the system language) when never chosen
void storeLanguage(const QString &code);   // "" goes back to following the system

// The locale for numbers, dates and the translation: the system locale for "" or when it speaks
// the chosen language already (so en_GB stays en_GB), otherwise the language's main locale.
QLocale localeFor(const QString &code);

// Installs the studio's translation (and Qt's own for standard dialogs, where installed) for
// `code`, replacing the ones installed before, and makes localeFor(code) the default QLocale.
// English, or a system language without a translation, installs none. Returns the translation
// installed: a code of translatedLanguages(), or "" for English. Thread: GUI (main) thread only.
QString applyLanguage(const QString &code);
// What the last applyLanguage() installed ("" for English or before any call).
QString appliedLanguage();
// True when the studio shows a translation (the help pages stay English then).
inline bool uiIsTranslated() { return !appliedLanguage().isEmpty(); }

// A restart asked for by the user (Settings > Restart Now): the window closes through its normal
// path (saving the project and layout), then main() starts the binary again with these arguments
// once the studio is gone, so two processes never hold the project at the same time.
void scheduleRestart(const QStringList &arguments);
std::optional<QStringList> scheduledRestart();

} // namespace genlab::widgets::i18n
