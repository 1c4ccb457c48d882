#include "fiscalyear.h"

#include "chartdescription.h"
#include "figure.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FiscalYear)
};

// The last month of the fiscal year of companies that close it before December, for periods
// written only "FY2025". Their filings state it; a period with its months says it for itself.
int knownYearEnd(const QString &entity)
{
    static const QList<QPair<QString, int>> ends{
        {QStringLiteral("Microsoft"), 6}, {QStringLiteral("Oracle"), 5}, {QStringLiteral("Alibaba"), 3}};
    for (const auto &end : ends)
        if (entity.compare(end.first, Qt::CaseInsensitive) == 0)
            return end.second;
    return 12;
}

// "(Jul 2024–Jun 2025)" in a period label: the months it spans, read in English month names.
bool monthsInLabel(const QString &label, QDate *first, QDate *last)
{
    static const QRegularExpression span(
        QString::fromUtf8("([A-Z][a-z]{2}) (\\d{4})\\s*(?:–|-|to)\\s*([A-Z][a-z]{2}) (\\d{4})"));
    const QRegularExpressionMatch m = span.match(label);
    if (!m.hasMatch())
        return false;
    const QLocale c = QLocale::c();
    *first = c.toDate(m.captured(1) + QLatin1Char(' ') + m.captured(2), QStringLiteral("MMM yyyy"));
    *last = c.toDate(m.captured(3) + QLatin1Char(' ') + m.captured(4), QStringLiteral("MMM yyyy"));
    return first->isValid() && last->isValid();
}

} // namespace

namespace FiscalYear {

bool months(const Figure &figure, QDate *first, QDate *last)
{
    if (monthsInLabel(figure.periodLabel, first, last))
        return !(first->month() == 1 && last->month() == 12 && first->year() == last->year());
    const int end = knownYearEnd(figure.entity);
    if (end == 12 || !figure.periodLabel.trimmed().startsWith(QLatin1String("FY"), Qt::CaseInsensitive))
        return false;
    *last = QDate(figure.year, end, 1);
    *first = last->addMonths(-11);
    return true;
}

bool isFiscal(const Figure &figure)
{
    QDate first, last;
    return months(figure, &first, &last);
}

QString inYear(const Figure &figure)
{
    QDate first, last;
    if (!months(figure, &first, &last))
        return Tr::tr("%1", "a calendar year after 'in'").arg(figure.year);
    return Tr::tr("fiscal %1 (%2–%3)", "after 'in': fiscal 2025 (Jul 2024–Jun 2025)")
        .arg(figure.year)
        .arg(ChartDescription::monthYear(first), ChartDescription::monthYear(last));
}

QString yearName(const Figure &figure, int year)
{
    if (year == 0)
        year = figure.year;
    return isFiscal(figure) ? Tr::tr("FY%1", "a fiscal year in a label or list").arg(year)
                            : Tr::tr("%1", "a calendar year in a label or list").arg(year);
}

} // namespace FiscalYear
