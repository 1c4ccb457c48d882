#include "charttextcheck.h"

#include "chartspec.h"
#include "document.h"
#include "figuremodel.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ChartTextCheck)
};

double scaleOf(const QString &suffix)
{
    const QString s = suffix.trimmed().toLower();
    if (s == QLatin1String("k") || s == QLatin1String("thousand"))
        return 1e3;
    if (s == QLatin1String("m") || s == QLatin1String("million") || s == QLatin1String("mn"))
        return 1e6;
    if (s == QLatin1String("b") || s == QLatin1String("billion") || s == QLatin1String("bn"))
        return 1e9;
    if (s == QLatin1String("t") || s == QLatin1String("trillion"))
        return 1e12;
    if (s == QStringLiteral("万"))
        return 1e4;
    if (s == QStringLiteral("亿"))
        return 1e8;
    return 1;
}

double numberOf(const QString &digits)
{
    QString plain = digits;
    plain.remove(QLatin1Char(','));
    return plain.toDouble();
}

// A stated number is backed when it lies within a shown range, or within rounding of a shown
// number (three significant figures round by at most 0.5%; 1% allows for the writer's own).
bool backed(const QPair<double, double> &stated, const QVector<QPair<double, double>> &shown)
{
    for (const QPair<double, double> &s : shown) {
        const double low = qMin(s.first, s.second) * 0.99;
        const double high = qMax(s.first, s.second) * 1.01;
        if (stated.first >= low - 1e-9 && stated.second <= high + 1e-9)
            return true;
    }
    return false;
}

QString withoutPlaceholders(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{[a-zA-Z]+\\}"));
    QString out = text;
    return out.replace(placeholder, QStringLiteral(" "));
}

} // namespace

namespace ChartTextCheck {

QVector<QPair<double, double>> statedNumbers(const QString &text, QStringList *asWritten)
{
    // A number not glued to a word ("H800", "V3", "Q4" are names), perhaps a range, perhaps a unit.
    static const QRegularExpression number(QStringLiteral(
        // ("Form 10-K" and "10-Q" name filings: not numbers either.)
        "(?<![\\w.\\-])(\\$)?(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?!-[A-Za-z])"
        "(?:\\s*(?:–|-|to|至|~)\\s*\\$?(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?))?"
        "(\\s*(?:thousand|million|billion|trillion|bn|mn|[KMBT](?![a-zA-Z])|万|亿))?"
        "(\\s*(?:%|×|x(?![a-zA-Z])|times|倍))?"));
    QVector<QPair<double, double>> numbers;
    for (auto it = number.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const bool dollars = !m.captured(1).isEmpty();
        const bool unit = !m.captured(4).isEmpty() || !m.captured(5).isEmpty();
        const double scale = scaleOf(m.captured(4));
        const double low = numberOf(m.captured(2)) * scale;
        const double high = m.captured(3).isEmpty() ? low : numberOf(m.captured(3)) * scale;
        if (!dollars && !unit && high < 10)
            continue; // "3 charts", "one of 2": counting words, not claims about the data
        numbers.append({qMin(low, high), qMax(low, high)});
        if (asWritten)
            asWritten->append(m.captured(0).trimmed());
    }
    return numbers;
}

QStringList problems(const ChartSpec &spec, const QString &text)
{
    const QString plain = withoutPlaceholders(text);
    QStringList found;
    QStringList written;
    const QVector<QPair<double, double>> stated = statedNumbers(plain, &written);
    const QVector<QPair<double, double>> shown = spec.shownNumbers();
    for (int i = 0; i < stated.size(); ++i)
        if (!backed(stated.at(i), shown))
            found.append(Tr::tr("states %1, which matches no number the chart shows").arg(written.at(i)));
    const QStringList inChart = spec.shownEntities();
    QStringList named;
    for (const Figure &f : spec.figures().figures()) {
        if (f.entity.isEmpty() || named.contains(f.entity) || inChart.contains(f.entity))
            continue;
        const QRegularExpression word(QStringLiteral("(?<!\\w)%1(?!\\w)").arg(QRegularExpression::escape(f.entity)),
                                      QRegularExpression::CaseInsensitiveOption);
        if (plain.contains(word)) {
            named.append(f.entity);
            found.append(Tr::tr("names %1, which is not in the chart").arg(f.entity));
        }
    }
    return found;
}

} // namespace ChartTextCheck
