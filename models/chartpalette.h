#pragma once

#include <QColor>
#include <QString>
#include <QStringList>

// The colours a journalist may give a figure on a chart: the Okabe–Ito palette (Okabe & Ito
// 2008) without black and yellow (text and too pale on white), named by key so a document
// keeps a name, not a shade. Two colours may share a chart only if readers with a colour
// vision deficiency still tell them apart.
namespace ChartPalette {
// "blue", "vermillion", "orange", "green", "skyblue", "purple".
QStringList keys();
bool isKey(const QString &key);
// The colour of a key; invalid for an unknown key.
QColor colour(const QString &key);
// The key's name for a reader ("Blue", "Vermillion"…), translated.
QString name(const QString &key);
// Whether a and b stay apart for protanopes, deuteranopes and tritanopes (colours simulated
// after Machado, Oliveira & Fernandes 2009, compared in CIELAB): the colour-blind-safe pairs.
bool distinguishable(const QColor &a, const QColor &b);
bool safePair(const QString &a, const QString &b);
} // namespace ChartPalette
