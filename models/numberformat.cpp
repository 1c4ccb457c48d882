#include "numberformat.h"

#include <QLocale>

#include <cmath>

namespace {

const QChar kEnDash(0x2013);
const QChar kMinus(0x2212);
const QChar kTimes(0x00D7);

struct Scale
{
    double factor;
    const char *suffix;
};
constexpr Scale kScales[] = {{1e12, "T"}, {1e9, "B"}, {1e6, "M"}, {1e3, "K"}, {1, ""}};

QString stripZeros(QString s)
{
    if (!s.contains(QLatin1Char('.')))
        return s;
    while (s.endsWith(QLatin1Char('0')))
        s.chop(1);
    if (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    return s;
}

const Scale &scaleFor(double rounded)
{
    // Tolerance: 999.6e9 rounded to three figures is 1e12 give or take one ulp.
    const double a = std::fabs(rounded) * (1 + 1e-12);
    for (const Scale &scale : kScales)
        if (a >= scale.factor)
            return scale;
    return kScales[4];
}

} // namespace

NumberFormat::NumberFormat(int significantFigures) : m_digits(qMax(1, significantFigures)) {}

double NumberFormat::roundSignificant(double value, int digits)
{
    if (value == 0 || !std::isfinite(value))
        return value;
    const int magnitude = int(std::floor(std::log10(std::fabs(value))));
    const double factor = std::pow(10.0, digits - 1 - magnitude);
    return std::round(value * factor) / factor;
}

QString NumberFormat::plain(double value) const
{
    if (!std::isfinite(value))
        return QString(kEnDash);
    const double r = roundSignificant(value, m_digits);
    if (r == 0)
        return QStringLiteral("0");
    const int magnitude = int(std::floor(std::log10(std::fabs(r))));
    const int decimals = qMax(0, m_digits - 1 - magnitude);
    QLocale locale(QLocale::English, QLocale::UnitedStates);
    QString s = stripZeros(locale.toString(std::fabs(r), 'f', decimals));
    return r < 0 ? QString(kMinus) + s : s;
}

QString NumberFormat::compactIn(double value, double scale) const
{
    return plain(value / scale);
}

NumberFormat::Compact NumberFormat::compact(double value) const
{
    const double r = roundSignificant(value, m_digits);
    const Scale &scale = scaleFor(r);
    return {compactIn(r, scale.factor), QLatin1String(scale.suffix)};
}

QString NumberFormat::money(double usd) const
{
    const Compact c = compact(usd);
    if (c.number.startsWith(kMinus))
        return kMinus + QStringLiteral("$") + c.number.mid(1) + c.suffix;
    return QStringLiteral("$") + c.number + c.suffix;
}

QString NumberFormat::moneyRange(double low, double high) const
{
    const Compact lo = compact(low);
    const Compact hi = compact(high);
    if (lo.number == hi.number && lo.suffix == hi.suffix)
        return money(high);
    if (lo.suffix == hi.suffix)
        return QStringLiteral("$") + lo.number + kEnDash + hi.number + hi.suffix;
    return money(low) + kEnDash + money(high);
}

QString NumberFormat::quantity(double value, FigureUnit unit) const
{
    if (unit == FigureUnit::Usd)
        return money(value);
    const Compact c = compact(value);
    return c.number + c.suffix + QStringLiteral(" GPU-hours");
}

QString NumberFormat::quantityRange(double low, double high, FigureUnit unit) const
{
    if (unit == FigureUnit::Usd)
        return moneyRange(low, high);
    const Compact lo = compact(low);
    const Compact hi = compact(high);
    if (lo.number == hi.number && lo.suffix == hi.suffix)
        return quantity(high, unit);
    return lo.number + lo.suffix + kEnDash + hi.number + hi.suffix + QStringLiteral(" GPU-hours");
}

QString NumberFormat::multiple(double ratio) const { return plain(ratio) + kTimes; }

QString NumberFormat::multipleRange(double low, double high) const
{
    const QString lo = plain(low);
    const QString hi = plain(high);
    if (lo == hi)
        return hi + kTimes;
    return lo + kEnDash + hi + kTimes;
}

QString NumberFormat::percentChange(double fraction) const
{
    const QString s = plain(fraction * 100);
    if (s == QLatin1String("0"))
        return QStringLiteral("0%");
    if (s.startsWith(kMinus))
        return s + QLatin1Char('%');
    return QLatin1Char('+') + s + QLatin1Char('%');
}

QString NumberFormat::percentChangeRange(double low, double high) const
{
    const QString lo = percentChange(low);
    const QString hi = percentChange(high);
    if (lo == hi)
        return hi;
    return lo + QStringLiteral(" to ") + hi;
}
