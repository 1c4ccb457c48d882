#include "localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Localization {

namespace {
// The translators apply() installed, taken out again when another language is applied (a
// batch of exports may change language from one line to the next).
QList<QTranslator *> &installed()
{
    static QList<QTranslator *> translators;
    return translators;
}

void install(QTranslator *translator)
{
    QCoreApplication::installTranslator(translator);
    installed().append(translator);
}
} // namespace

bool apply(const QString &language)
{
    for (QTranslator *translator : std::as_const(installed())) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    installed().clear();
    const QLocale locale = language == QLatin1String("zh_CN") ? QLocale(QLocale::Chinese, QLocale::China)
                                                              : QLocale(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(locale);
    if (language == QLatin1String("en"))
        return true;
    auto *ours = new QTranslator(QCoreApplication::instance());
    if (!ours->load(locale, QStringLiteral("spendlens"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete ours;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        return false;
    }
    install(ours);
    // Qt's own strings (dialog buttons), where the system has them.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        install(qt);
    else
        delete qt;
    return true;
}

} // namespace Localization
