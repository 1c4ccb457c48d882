#pragma once

#include "chartstyle.h"
#include "numberformat.h"

#include <QPair>
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
    // The default source title and publisher last imported with, offered in the next import.
    // Kept apart from save(), which the preferences dialog calls with what it shows.
    static QPair<QString, QString> lastImportSource();
    static void rememberImportSource(const QString &title, const QString &publisher);

    // "en" or "zh_CN": the language in force, given an override such as --lang (may be empty).
    QString resolvedLanguage(const QString &override = QString()) const;
    ChartStyle::Theme resolvedTheme() const;
    NumberFormat::UnitStyle resolvedUnitStyle(const QString &language) const;
    // What the reader's preferences change in a document: how numbers read, and the byline of
    // charts without their own. The window and `spendlens export` both start here.
    void applyTo(Document *document, const QString &language) const;
};
