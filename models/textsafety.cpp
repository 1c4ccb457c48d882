#include "textsafety.h"

#include "figure.h"

#include <algorithm>

namespace {

bool isBidiControl(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069);
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
    return std::any_of(text.begin(), text.end(), isBidiControl);
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
    bool changed = false;
    for (QString *text : {&f->entity, &f->label, &f->periodLabel, &f->source.title,
                          &f->source.publisher, &f->source.quote, &f->basis, &f->caveat, &f->note})
        changed = clean(text) || changed;
    return changed;
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
