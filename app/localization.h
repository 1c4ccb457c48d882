#pragma once

#include <QString>

// Puts the chosen language in force: SpendLens's own translations and Qt's, and the locale
// numbers are written in.
namespace Localization {
// language: "en" or "zh_CN"; replaces what an earlier call put in force. Returns false (and
// stays English) if no translation is found.
bool apply(const QString &language);
} // namespace Localization
