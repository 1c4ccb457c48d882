#include "preferences.h"

#include "document.h"

#include <QGuiApplication>
#include <QPalette>
#include <QSettings>

Preferences Preferences::load()
{
    QSettings s;
    Preferences p;
    p.theme = s.value(QStringLiteral("preferences/theme"), p.theme).toString();
    p.language = s.value(QStringLiteral("preferences/language"), p.language).toString();
    p.unitStyle = s.value(QStringLiteral("preferences/unitStyle"), p.unitStyle).toString();
    p.exportPreset = s.value(QStringLiteral("preferences/exportPreset"), p.exportPreset).toString();
    p.byline = s.value(QStringLiteral("preferences/byline")).toString();
    return p;
}

void Preferences::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("preferences/theme"), theme);
    s.setValue(QStringLiteral("preferences/language"), language);
    s.setValue(QStringLiteral("preferences/unitStyle"), unitStyle);
    s.setValue(QStringLiteral("preferences/exportPreset"), exportPreset);
    s.setValue(QStringLiteral("preferences/byline"), byline);
}

QPair<QString, QString> Preferences::lastImportSource()
{
    QSettings s;
    return {s.value(QStringLiteral("import/defaultSource")).toString(),
            s.value(QStringLiteral("import/defaultPublisher")).toString()};
}

void Preferences::rememberImportSource(const QString &title, const QString &publisher)
{
    QSettings s;
    s.setValue(QStringLiteral("import/defaultSource"), title);
    s.setValue(QStringLiteral("import/defaultPublisher"), publisher);
}

QString Preferences::resolvedLanguage(const QString &override) const
{
    const QString chosen = !override.isEmpty() ? override : language;
    if (chosen == QLatin1String("system") || chosen.isEmpty())
        return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
    return chosen.startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

ChartStyle::Theme Preferences::resolvedTheme() const
{
    if (theme == QLatin1String("dark"))
        return ChartStyle::Theme::Dark;
    if (theme == QLatin1String("light"))
        return ChartStyle::Theme::Light;
    // System: follow the desktop's palette.
    const QColor window = QGuiApplication::palette().color(QPalette::Window);
    return window.lightness() < 128 ? ChartStyle::Theme::Dark : ChartStyle::Theme::Light;
}

NumberFormat::UnitStyle Preferences::resolvedUnitStyle(const QString &language) const
{
    NumberFormat::UnitStyle style = NumberFormat::UnitStyle::Short;
    if (NumberFormat::unitStyleFromKey(unitStyle, &style))
        return style;
    return language == QLatin1String("zh_CN") ? NumberFormat::UnitStyle::Chinese : NumberFormat::UnitStyle::Short;
}

void Preferences::applyTo(Document *document, const QString &language) const
{
    document->setNumberFormat(NumberFormat::forStyle(resolvedUnitStyle(language), QLocale()));
    document->setDefaultByline(byline);
}
