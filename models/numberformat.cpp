#include "numberformat.h"

#include <QByteArray>
#include <QCoreApplication>

#include <cmath>

namespace {

const QChar kEnDash(0x2013);
const QChar kMinus(0x2212);
const QChar kTimes(0x00D7);
// Below this a plain number would need more zeros than a reader can count.
constexpr double kSmallest = 1e-6;

struct Scale
{
    double factor;
    const char *shortSuffix; // "$60B"
    const char *longWord;    // "60 billion dollars"
};
constexpr Scale kWestern[] = {{1e12, "T", "trillion"}, {1e9, "B", "billion"}, {1e6, "M", "million"},
                              {1e3, "K", "thousand"}, {1, "", ""}};
// Chinese counts in 万 (10^4), 亿 (10^8) and 万亿 (10^12).
constexpr Scale kChinese[] = {{1e12, "万亿", ""}, {1e8, "亿", ""}, {1e4, "万", ""}, {1, "", ""}};

// Translations are filed under "NumberFormat", for lupdate and at run time alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(NumberFormat)
};

} // namespace

QString NumberFormat::unitStyleKey(UnitStyle style)
{
    switch (style) {
    case UnitStyle::Short:
        return QStringLiteral("short");
    case UnitStyle::Long:
        return QStringLiteral("long");
    case UnitStyle::Chinese:
        return QStringLiteral("chinese");
    }
    return {};
}

bool NumberFormat::unitStyleFromKey(const QString &key, UnitStyle *style)
{
    for (UnitStyle s : {UnitStyle::Short, UnitStyle::Long, UnitStyle::Chinese}) {
        if (unitStyleKey(s) == key) {
            *style = s;
            return true;
        }
    }
    return false;
}

QString NumberFormat::rangeModeKey(RangeMode mode)
{
    switch (mode) {
    case RangeMode::Range:
        return QStringLiteral("range");
    case RangeMode::Low:
        return QStringLiteral("low");
    case RangeMode::Mid:
        return QStringLiteral("mid");
    case RangeMode::High:
        return QStringLiteral("high");
    }
    return {};
}

bool NumberFormat::rangeModeFromKey(const QString &key, RangeMode *mode)
{
    for (RangeMode m : {RangeMode::Range, RangeMode::Low, RangeMode::Mid, RangeMode::High}) {
        if (rangeModeKey(m) == key) {
            *mode = m;
            return true;
        }
    }
    return false;
}

QString NumberFormat::rangeModeName(RangeMode mode)
{
    switch (mode) {
    case RangeMode::Range:
        return Tr::tr("Ranges");
    case RangeMode::Low:
        return Tr::tr("Low ends");
    case RangeMode::Mid:
        return Tr::tr("Midpoints");
    case RangeMode::High:
        return Tr::tr("High ends");
    }
    return {};
}

void NumberFormat::pick(double *low, double *high) const
{
    switch (m_rangeMode) {
    case RangeMode::Range:
        return;
    case RangeMode::Low:
        *high = *low;
        return;
    case RangeMode::Mid:
        *low = *high = (*low + *high) / 2;
        return;
    case RangeMode::High:
        *low = *high;
        return;
    }
}

NumberFormat::NumberFormat(int significantFigures, UnitStyle style, const QLocale &locale)
    : m_digits(qMax(1, significantFigures)), m_style(style), m_locale(locale)
{
    m_locale.setNumberOptions(QLocale::DefaultNumberOptions);
}

NumberFormat NumberFormat::forStyle(UnitStyle style, const QLocale &locale)
{
    return NumberFormat(3, style, locale);
}

NumberFormat NumberFormat::withoutTrailingZeros() const
{
    NumberFormat exact = *this;
    exact.m_trailingZeros = false;
    return exact;
}

double NumberFormat::roundSignificant(double value, int digits)
{
    if (value == 0 || !std::isfinite(value))
        return value;
    const int magnitude = int(std::floor(std::log10(std::fabs(value))));
    const double factor = std::pow(10.0, digits - 1 - magnitude);
    if (std::isfinite(factor) && factor > 0)
        return std::round(value * factor) / factor;
    // Near the ends of the double range (5e-324 needs a factor of 10^326): round in decimal.
    return QByteArray::number(value, 'e', digits - 1).toDouble();
}

QString NumberFormat::plain(double value) const
{
    if (!std::isfinite(value))
        return QString(kEnDash);
    const double r = roundSignificant(value, m_digits);
    if (r == 0)
        return QStringLiteral("0");
    if (std::fabs(r) < kSmallest)
        return scientific(r);
    const int magnitude = int(std::floor(std::log10(std::fabs(r))));
    const int decimals = qMax(0, m_digits - 1 - magnitude);
    QString s = m_locale.toString(std::fabs(r), 'f', decimals);
    if (!m_trailingZeros && decimals > 0) {
        const QString point = m_locale.decimalPoint(); // made only here: most formats keep zeros
        if (s.contains(point)) {
            while (s.endsWith(QLatin1Char('0')))
                s.chop(1);
            if (s.endsWith(point))
                s.chop(point.size());
        }
    }
    return r < 0 ? QString(kMinus) + s : s;
}

QString NumberFormat::scientific(double value) const
{
    // "4.94×10⁻³²⁴": the mantissa at this precision, the exponent in superscript digits.
    const QString e = QString::number(value, 'e', m_digits - 1);
    const qsizetype at = e.indexOf(QLatin1Char('e'));
    const QString mantissa = plain(e.left(at).toDouble());
    static const char16_t superscripts[] = u"⁰¹²³⁴⁵⁶⁷⁸⁹";
    QString exponent;
    for (QChar c : QString::number(e.mid(at + 1).toInt()))
        exponent += c == QLatin1Char('-') ? QChar(0x207B) : QChar(superscripts[c.digitValue()]);
    return mantissa + kTimes + QStringLiteral("10") + exponent;
}

NumberFormat::Compact NumberFormat::compact(double value) const
{
    const double r = roundSignificant(value, m_digits);
    // Tolerance: 999.6e9 rounded to three figures is 1e12 give or take one ulp.
    const double a = std::fabs(r) * (1 + 1e-12);
    const bool chinese = m_style == UnitStyle::Chinese;
    const int count = chinese ? 4 : 5;
    for (int i = 0; i < count; ++i) {
        const Scale &scale = chinese ? kChinese[i] : kWestern[i];
        if (a >= scale.factor || i == count - 1)
            return {plain(roundSignificant(r / scale.factor, m_digits)), i};
    }
    return {plain(r), count - 1};
}

QString NumberFormat::withUnit(const QString &number, int scale, FigureUnit unit) const
{
    switch (m_style) {
    case UnitStyle::Short: {
        const QString suffix = QLatin1String(kWestern[scale].shortSuffix);
        if (!FigureText::isMoney(unit))
            return number + suffix + QStringLiteral(" GPU-hours");
        // "$31.5B", "RMB 31.5B": "¥" alone would also read as yen.
        const QString sign = unit == FigureUnit::Cny ? QStringLiteral("RMB ") : QStringLiteral("$");
        if (number.startsWith(kMinus))
            return kMinus + sign + number.mid(1) + suffix;
        return sign + number + suffix;
    }
    case UnitStyle::Long: {
        const QString word = QLatin1String(kWestern[scale].longWord);
        const QString amount = word.isEmpty() ? number : number + QLatin1Char(' ') + word;
        switch (unit) {
        case FigureUnit::Usd:
            return Tr::tr("%1 dollars").arg(amount);
        case FigureUnit::Cny:
            return Tr::tr("%1 yuan").arg(amount);
        case FigureUnit::GpuHours:
            return Tr::tr("%1 GPU-hours").arg(amount);
        }
        return amount;
    }
    case UnitStyle::Chinese: {
        const char *name = unit == FigureUnit::Usd   ? "美元"
                           : unit == FigureUnit::Cny ? "元"
                                                     : " GPU小时";
        return number + QString::fromUtf8(kChinese[scale].shortSuffix) + QString::fromUtf8(name);
    }
    }
    return number;
}

QString NumberFormat::money(double usd) const { return quantity(usd, FigureUnit::Usd); }

QString NumberFormat::moneyRange(double low, double high) const
{
    return quantityRange(low, high, FigureUnit::Usd);
}

QString NumberFormat::quantity(double value, FigureUnit unit) const
{
    const Compact c = compact(value);
    return withUnit(c.number, c.scale, unit);
}

QString NumberFormat::quantityRange(double low, double high, FigureUnit unit) const
{
    pick(&low, &high);
    const Compact lo = compact(low);
    const Compact hi = compact(high);
    if (lo.number == hi.number && lo.scale == hi.scale)
        return withUnit(hi.number, hi.scale, unit); // as quantity(high, unit) says it
    if (lo.scale == hi.scale) // one unit for both ends: "$60–65B"
        return withUnit(lo.number + kEnDash + hi.number, hi.scale, unit);
    return quantity(low, unit) + kEnDash + quantity(high, unit);
}

QString NumberFormat::multiple(double ratio) const
{
    return multipleRange(ratio, ratio);
}

QString NumberFormat::multipleRange(double low, double high) const
{
    pick(&low, &high);
    const QString lo = plain(low);
    const QString hi = plain(high);
    const QString sign = m_style == UnitStyle::Chinese ? QString::fromUtf8("倍") : QString(kTimes);
    if (lo == hi)
        return hi + sign;
    return lo + kEnDash + hi + sign;
}

QString NumberFormat::compactMultiple(double ratio) const
{
    const Compact c = compact(ratio);
    const bool chinese = m_style == UnitStyle::Chinese;
    const QString suffix = chinese ? QString::fromUtf8(kChinese[c.scale].shortSuffix) : QLatin1String(kWestern[c.scale].shortSuffix);
    return c.number + suffix + (chinese ? QString::fromUtf8("倍") : QString(kTimes));
}

QString NumberFormat::percentChange(double fraction) const
{
    if (!std::isfinite(fraction))
        return QString(kEnDash);
    // Three significant figures, then at most one decimal: 0.447 → 0.4, 158.6 → 159.
    const double r = roundSignificant(fraction * 100, m_digits);
    const int magnitude = r == 0 ? 0 : int(std::floor(std::log10(std::fabs(r))));
    const int decimals = qBound(0, m_digits - 1 - magnitude, 1);
    // Rounded once, from the value itself: 4.2454 is 4.2, not 4.25 rounded again to 4.3.
    const double shown = magnitude >= m_digits - 1
                             ? r
                             : std::round(fraction * 100 * std::pow(10.0, decimals)) / std::pow(10.0, decimals);
    const QString s = m_locale.toString(std::fabs(shown), 'f', decimals);
    if (shown == 0)
        return s + QLatin1Char('%'); // "0.0%": no sign on no change
    return (shown < 0 ? QString(kMinus) : QStringLiteral("+")) + s + QLatin1Char('%');
}

QString NumberFormat::percentChangeRange(double low, double high) const
{
    pick(&low, &high);
    const QString lo = percentChange(low);
    const QString hi = percentChange(high);
    if (lo == hi)
        return hi;
    return Tr::tr("%1 to %2").arg(lo, hi);
}
