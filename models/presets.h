#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

// Ready-made comparisons one click away: a baseline, the figures compared with it and the
// chart that tells the story best.
struct Preset
{
    QString key;  // for the command line: "meta-vs-deepseek"
    QString name; // as people read it
    QString baseline;
    QStringList compared;
    QString chart; // chart key ("ratio", "comparison", …)
};

namespace Presets {
QVector<Preset> all();
// nullptr-free lookup: false if no preset has that key.
bool find(const QString &key, Preset *preset);
} // namespace Presets
