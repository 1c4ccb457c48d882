#pragma once

#include <QString>

// Puts the chosen language in force: SpendLens's own translations and Qt's, and the locale
// numbers are written in.
namespace Localization {
// language: "en" or "zh_CN". Returns false (and stays English) if no translation is found.
// Applying another language later replaces the translators in force.
bool apply(const QString &language);
// The language last applied ("en" until one is).
QString current();
// Where Qt's own translations (qtbase_zh_CN.qm) are read from.
QString qtTranslationsPath();
} // namespace Localization
