#include "widgets/shell/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace genlab::widgets::i18n {

namespace {

// The installed translators; replaced (never stacked) by each applyLanguage().
QPointer<QTranslator> g_studioTranslator;
QPointer<QTranslator> g_qtTranslator;
QString g_applied;
std::optional<QStringList> g_restartArguments;

// The translation for a locale's language ("" for English or a language without one).
QString translationForLocale(const QLocale &locale)
{
    switch (locale.language()) {
    case QLocale::German:
        return QStringLiteral("de");
    case QLocale::French:
        return QStringLiteral("fr");
    case QLocale::Spanish:
        return QStringLiteral("es");
    case QLocale::Chinese:
        // Readers of Traditional Chinese get English rather than a script they did not ask for.
        return locale.script() == QLocale::TraditionalHanScript ? QString() : QStringLiteral("zh_CN");
    default:
        return {};
    }
}

// The system's preferred languages in order; the first one the studio speaks (English included)
// wins, so "Swiss German, then English" gets German and "Italian, then German" gets German too.
QString systemTranslation()
{
    for (const QString &name : QLocale::system().uiLanguages()) {
        const QLocale locale(name);
        if (locale.language() == QLocale::English)
            return {};
        const QString code = translationForLocale(locale);
        if (!code.isEmpty())
            return code;
    }
    return {};
}

void dropTranslator(QPointer<QTranslator> &translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
    translator = nullptr;
}

} // namespace

QList<LanguageOption> languageOptions()
{
    return {
        {QString(), QCoreApplication::translate("genlab::widgets::SettingsDialog", "System language")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
    };
}

QStringList translatedLanguages()
{
    return {QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es"), QStringLiteral("zh_CN")};
}

QString storedLanguage()
{
    const QString code = QSettings().value(QLatin1String(kLanguageKey)).toString();
    // A value from a newer version or edited by hand follows the system rather than failing.
    for (const LanguageOption &option : languageOptions())
        if (option.code == code)
            return code;
    return {};
}

void storeLanguage(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(QLatin1String(kLanguageKey));
    else
        settings.setValue(QLatin1String(kLanguageKey), code);
}

QLocale localeFor(const QString &code)
{
    const QLocale system = QLocale::system();
    if (code.isEmpty())
        return system;
    const QLocale chosen(code);
    if (system.language() == chosen.language() && system.script() == chosen.script())
        return system;
    return chosen;
}

QString applyLanguage(const QString &code)
{
    const QString translation = code.isEmpty() ? systemTranslation()
                                : translatedLanguages().contains(code) ? code
                                                                       : QString();
    const QLocale locale = code.isEmpty() ? QLocale::system() : localeFor(code);
    QLocale::setDefault(locale);

    dropTranslator(g_qtTranslator);
    dropTranslator(g_studioTranslator);
    g_applied.clear();
    if (translation.isEmpty())
        return {};

    // Qt's own strings (the buttons of standard dialogs) where the distribution installed them.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QLocale(translation), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        g_qtTranslator = qt;
    } else {
        delete qt;
    }
    auto *studio = new QTranslator(QCoreApplication::instance());
    if (!studio->load(QStringLiteral(":/i18n/genlab_%1.qm").arg(translation))) {
        delete studio;
        return {};
    }
    QCoreApplication::installTranslator(studio);
    g_studioTranslator = studio;
    g_applied = translation;
    return translation;
}

QString appliedLanguage()
{
    return g_applied;
}

void scheduleRestart(const QStringList &arguments)
{
    g_restartArguments = arguments;
}

std::optional<QStringList> scheduledRestart()
{
    return g_restartArguments;
}

} // namespace genlab::widgets::i18n
