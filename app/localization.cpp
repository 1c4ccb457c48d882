#include "localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace {

// The translators in force, so that choosing another language replaces them rather than
// stacking a second set over the first.
QPointer<QTranslator> &installed(int which)
{
    static QPointer<QTranslator> translators[2];
    return translators[which];
}

QString &currentLanguage()
{
    static QString language = QStringLiteral("en");
    return language;
}

void removeInstalled()
{
    for (int which : {0, 1}) {
        if (QTranslator *translator = installed(which)) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
}

// Installs catalog_<locale>.qm from dir; false if there is none.
bool install(int which, const QLocale &locale, const QString &catalog, const QString &dir)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(locale, catalog, QStringLiteral("_"), dir)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    installed(which) = translator;
    return true;
}

} // namespace

namespace Localization {

bool apply(const QString &language)
{
    removeInstalled();
    currentLanguage() = language;
    const QLocale locale = language == QLatin1String("zh_CN") ? QLocale(QLocale::Chinese, QLocale::China)
                                                              : QLocale(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(locale);
    if (language == QLatin1String("en"))
        return true;
    if (!install(0, locale, QStringLiteral("spendlens"), QStringLiteral(":/i18n"))) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        return false;
    }
    // Qt's own strings (dialog buttons, file dialogs, the command line's "Usage:"): the system's
    // files, from the package qt6-translations-l10n (scripts/packages.txt).
    install(1, locale, QStringLiteral("qtbase"), qtTranslationsPath());
    return true;
}

QString current()
{
    return currentLanguage();
}

QString qtTranslationsPath()
{
    return QLibraryInfo::path(QLibraryInfo::TranslationsPath);
}

} // namespace Localization
