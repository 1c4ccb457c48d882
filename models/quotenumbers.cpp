#include "quotenumbers.h"

#include <QRegularExpression>

#include <cmath>

namespace {

struct Scale
{
    const char *word;
    double factor;
};

// Longest words first, so that "bn" is not read as "b" and "万亿" not as "万".
const Scale kScales[] = {
    {"trillion", 1e12}, {"billion", 1e9}, {"million", 1e6}, {"thousand", 1e3}, {"万亿", 1e12},
    {"百万", 1e6},      {"百萬", 1e6},    {"tn", 1e12},     {"bn", 1e9},       {"mn", 1e6},
    {"亿", 1e8},        {"億", 1e8},      {"万", 1e4},      {"萬", 1e4},       {"千", 1e3},
    {"B", 1e9},         {"M", 1e6},       {"K", 1e3},       {"k", 1e3},        {"T", 1e12},
};

// The scale word right after a number (after at most one space), or 0. A Latin word must end
// there ("5B," but not "5 Blackwell"); a one-letter one must be in its case ("B", "M", "T", "K"
// or "k": a lone "m" is metres as often as millions).
double scaleAfter(const QString &text, qsizetype at)
{
    if (at < text.size() && text.at(at) == QLatin1Char(' '))
        ++at;
    for (const Scale &s : kScales) {
        const QString word = QString::fromUtf8(s.word);
        const bool latin = word.at(0).unicode() < 128;
        const Qt::CaseSensitivity cs = latin && word.size() == 1 ? Qt::CaseSensitive : Qt::CaseInsensitive;
        if (!QStringView(text).mid(at, word.size()).startsWith(word, cs))
            continue;
        const qsizetype end = at + word.size();
        if (latin && end < text.size() && text.at(end).isLetter())
            continue;
        return s.factor;
    }
    return 0;
}

int significantDigits(double value)
{
    // The shortest decimal that reads back as the value, without its trailing zeros.
    QString digits = QString::number(std::abs(value), 'g', 15).section(QLatin1Char('e'), 0, 0);
    digits.remove(QLatin1Char('.'));
    while (digits.startsWith(QLatin1Char('0')))
        digits.remove(0, 1);
    while (digits.endsWith(QLatin1Char('0')))
        digits.chop(1);
    return int(digits.size());
}

} // namespace

namespace QuoteNumbers {

QVector<double> amounts(const QString &text)
{
    static const QRegularExpression number(
        QStringLiteral("(\\d{1,3}(?:,\\d{3}(?!\\d))+|\\d+)(\\.\\d+)?|\\.\\d+"));
    QVector<double> found;
    for (auto it = number.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QString written = m.captured(0);
        written.remove(QLatin1Char(','));
        const double value = written.toDouble();
        const double scale = scaleAfter(text, m.capturedEnd(0));
        if (scale > 0) {
            found.append(value * scale);
            continue;
        }
        for (double table : {1.0, 1e3, 1e6, 1e9})
            found.append(value * table);
    }
    return found;
}

bool states(const QString &text, double value)
{
    if (value == 0)
        return amounts(text).contains(0.0);
    const int digits = std::max(3, significantDigits(value));
    const double place = std::pow(10.0, std::floor(std::log10(std::abs(value))) - digits + 1);
    const double tolerance = place / 2 * (1 + 1e-9);
    for (double amount : amounts(text))
        if (std::abs(amount - std::abs(value)) <= tolerance)
            return true;
    return false;
}

} // namespace QuoteNumbers
