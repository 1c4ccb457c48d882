#include "importscale.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <array>

namespace {

struct ScaleWord
{
    double scale;
    const char *words; // space-separated, lower case
    const char *name;
};

const std::array<ScaleWord, 4> kScales{{
    {1, "1 unit units one ones dollars", QT_TRANSLATE_NOOP("ImportScale", "units")},
    {1e3, "k thousand thousands 000 000s", QT_TRANSLATE_NOOP("ImportScale", "thousands")},
    {1e6, "m mn mln mil mio million millions", QT_TRANSLATE_NOOP("ImportScale", "millions")},
    {1e9, "b bn bln billion billions", QT_TRANSLATE_NOOP("ImportScale", "billions")},
}};

// A scale word next to a dollar sign or "USD" ("$m", "USD bn", "bn USD"), or "in millions".
const QRegularExpression &plainScale()
{
    static const QRegularExpression re(
        QStringLiteral(R"((?:(?:US\$|\$|\busd)\s*(k|m|mn|mln|b|bn|bln|thousands?|millions?|billions?)\b)|)"
                       R"((?:\b(k|m|mn|mln|b|bn|bln|thousands?|millions?|billions?)\s*(?:of\s+)?(?:US\$|\$|usd\b|dollars\b))|)"
                       R"((?:\bin\s+(thousands|millions|billions)\b))"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

} // namespace

namespace ImportScale {

QList<double> choices()
{
    QList<double> all;
    for (const ScaleWord &s : kScales)
        all.append(s.scale);
    return all;
}

bool fromText(const QString &text, double *scale)
{
    const QString word = text.trimmed().toLower();
    for (const ScaleWord &s : kScales) {
        if (QString::fromLatin1(s.words).split(QLatin1Char(' ')).contains(word)) {
            *scale = s.scale;
            return true;
        }
    }
    return false;
}

QString name(double scale)
{
    for (const ScaleWord &s : kScales)
        if (s.scale == scale)
            return QCoreApplication::translate("ImportScale", s.name);
    return QCoreApplication::translate("ImportScale", "× %1").arg(QLocale().toString(scale, 'f', 0));
}

double ofPlainHeader(const QString &header)
{
    QString spaced = header;
    spaced.replace(QLatin1Char('_'), QLatin1Char(' '));
    const QRegularExpressionMatch m = plainScale().match(spaced);
    if (!m.hasMatch())
        return 0;
    for (int group = 1; group <= 3; ++group) {
        double scale = 0;
        if (fromText(m.captured(group), &scale))
            return scale;
    }
    return 0;
}

QString withoutScaleWords(const QString &header)
{
    QString spaced = header;
    spaced.replace(QLatin1Char('_'), QLatin1Char(' '));
    return spaced.remove(plainScale()).trimmed();
}

} // namespace ImportScale
