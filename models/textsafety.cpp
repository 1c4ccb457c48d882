#include "textsafety.h"

#include "figure.h"

#include <algorithm>

namespace {

bool isBidiControl(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069);
}

// Calls each on every text of a figure that a chart or a table shows; true if any call was.
template <typename F, typename Each> bool forShownTexts(F &f, Each each)
{
    bool any = false;
    for (auto *text : {&f.entity, &f.label, &f.periodLabel, &f.source.title, &f.source.publisher,
                       &f.source.quote, &f.basis, &f.caveat, &f.note})
        any = each(text) || any;
    return any;
}

bool clean(QString *text)
{
    if (!TextSafety::hasBidiControls(*text))
        return false;
    *text = TextSafety::withoutBidiControls(*text);
    return true;
}

} // namespace

namespace TextSafety {

bool hasBidiControls(const QString &text)
{
    // Every control is above U+2000: OR-ing the characters, a loop the compiler widens, clears
    // most text without a test for each character.
    const ushort *units = text.utf16();
    ushort any = 0;
    for (qsizetype i = 0; i < text.size(); ++i)
        any |= units[i];
    return any >= 0x2000 && std::any_of(text.begin(), text.end(), isBidiControl);
}

bool hasBidiControls(const Figure &f)
{
    return forShownTexts(f, [](const QString *text) { return hasBidiControls(*text); });
}

QString withoutBidiControls(const QString &text)
{
    if (!hasBidiControls(text))
        return text;
    QString out;
    out.reserve(text.size());
    for (QChar c : text)
        if (!isBidiControl(c))
            out.append(c);
    return out;
}

bool cleanFigure(Figure *f)
{
    return forShownTexts(*f, clean);
}

QString spreadsheetText(const QString &text)
{
    if (text.isEmpty())
        return text;
    const QChar first = text.at(0);
    for (QChar risky : {u'=', u'+', u'-', u'@', u'\t', u'\r'})
        if (first == risky)
            return QLatin1Char('\'') + text;
    return text;
}

} // namespace TextSafety
