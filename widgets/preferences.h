#pragma once

#include "chartstyle.h"
#include "numberformat.h"

#include <QString>

class Document;

// The reader's own settings, kept in QSettings between sessions: theme, language, unit style,
// and the export defaults (preset and byline).
struct Preferences
{
    QString theme = QStringLiteral("system");    // system, light, dark
    QString language = QStringLiteral("system"); // system, en, zh_CN
    QString unitStyle = QStringLiteral("auto");  // auto (by language), short, long, chinese
    QString exportPreset = QStringLiteral("article");
    QString byline;

    static Preferences load();
    void save() const;

    // "en" or "zh_CN": the language in force, given an override such as --lang (may be empty).
    QString resolvedLanguage(const QString &override = QString()) const;
    ChartStyle::Theme resolvedTheme() const;
    NumberFormat::UnitStyle resolvedUnitStyle(const QString &language) const;
    // What the reader's preferences change in a document: how numbers read, and the byline of
    // charts without their own. The window and `spendlens export` both start here.
    void applyTo(Document *document, const QString &language) const;
};
