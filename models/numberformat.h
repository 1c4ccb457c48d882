#pragma once

#include "figure.h"

#include <QLocale>
#include <QString>

// Formats every number SpendLens shows: a fixed number of significant figures (three by
// default, trailing zeros kept: "$32.0B"), compact units, ranges as ranges, units always shown,
// with the locale's grouping and decimal marks. Unit styles: short "$60.0B", long "60.0 billion
// dollars", and Chinese "600亿美元" (万, 亿 and 万亿 steps). Changes in percent have one decimal.
class NumberFormat
{
public:
    enum class UnitStyle { Short, Long, Chinese };
    // How a low–high range is read: as the range, or one end, or its midpoint. Applies to
    // every *Range function and to pick(), so tables, charts and sentences agree.
    enum class RangeMode { Range, Low, Mid, High };
    static QString rangeModeKey(RangeMode mode);
    static bool rangeModeFromKey(const QString &key, RangeMode *mode);
    static QString rangeModeName(RangeMode mode);
    static QString unitStyleKey(UnitStyle style);
    static bool unitStyleFromKey(const QString &key, UnitStyle *style);

    explicit NumberFormat(int significantFigures = 3, UnitStyle style = UnitStyle::Short,
                          const QLocale &locale = QLocale(QLocale::English, QLocale::UnitedStates));
    // The house default for a style: three significant figures in every style, so a number
    // carries the same precision in English and in Chinese ("$5.58M", "558万美元").
    static NumberFormat forStyle(UnitStyle style, const QLocale &locale);
    // The same format without trailing zeros, for numbers that are exact rather than rounded:
    // axis ticks ("$20B", "1,000×"), the baseline's "1×", a value as stored in an edit field.
    NumberFormat withoutTrailingZeros() const;

    int significantFigures() const { return m_digits; }
    UnitStyle unitStyle() const { return m_style; }
    QLocale locale() const { return m_locale; }
    RangeMode rangeMode() const { return m_rangeMode; }
    void setRangeMode(RangeMode mode) { m_rangeMode = mode; }
    // The range as this mode reads it: both ends the same unless the mode is Range.
    void pick(double *low, double *high) const;

    QString money(double usd) const;
    QString moneyRange(double low, double high) const;
    QString quantity(double value, FigureUnit unit) const;
    QString quantityRange(double low, double high, FigureUnit unit) const;
    QString multiple(double ratio) const;
    QString multipleRange(double low, double high) const;
    // A multiple in the style's short scale words, for axis ticks where decades must not run
    // into each other: "1K×", "10K×", "10万倍".
    QString compactMultiple(double ratio) const;
    // At most one decimal and three significant figures: "+0.4%", "+77.9%", "+159%". Inputs
    // rounded to three or four figures cannot support a second decimal.
    QString percentChange(double fraction) const;
    QString percentChangeRange(double low, double high) const;
    // A plain number with the locale's separators at this precision: "10,800", "1.50".
    QString plain(double value) const;

    static double roundSignificant(double value, int digits);
    bool operator==(const NumberFormat &o) const
    {
        return m_digits == o.m_digits && m_style == o.m_style && m_locale == o.m_locale &&
               m_rangeMode == o.m_rangeMode && m_trailingZeros == o.m_trailingZeros;
    }

private:
    struct Compact
    {
        QString number;
        int scale; // index into the style's scale table
    };
    Compact compact(double value) const;
    QString scientific(double value) const;
    QString withUnit(const QString &number, int scale, FigureUnit unit) const;

    int m_digits;
    UnitStyle m_style;
    QLocale m_locale;
    RangeMode m_rangeMode = RangeMode::Range;
    bool m_trailingZeros = true;
};
