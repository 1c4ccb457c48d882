#include "trendtext.h"

#include "chartdata.h"
#include "chartdescription.h"
#include "figuremodel.h"
#include "fiscalyear.h"

#include <QCoreApplication>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TrendChart)
};

using TrendSeries::Point;
using TrendSeries::PointKind;
using TrendSeries::Series;

QString value(const FigureModel &figures, const Figure &f)
{
    return figures.numberFormat().quantityRange(f.low, f.high, f.unit);
}

QString change(const FigureModel &figures, const DerivedValue &c)
{
    return figures.numberFormat().percentChangeRange(c.low, c.high);
}

QString entityOf(const FigureModel &figures, const Series &s)
{
    return figures.entityShown(s.entity);
}

const Point *pointAt(const Series &s, int period, PointKind kind)
{
    for (const Point &p : s.points)
        if (p.period == period && p.kind == kind)
            return &p;
    return nullptr;
}

const Point *latest(const Series &s, PointKind kind)
{
    const Point *found = nullptr;
    for (const Point &p : s.points)
        if (p.kind == kind)
            found = &p;
    return found;
}

// "Meta: 2019 $15.7B; 2020 $15.7B (+0.4%); …; 2026 plan $115–135B (+59.2% to +86.9%)".
QString seriesInWords(const FigureModel &figures, const Series &s)
{
    QStringList items;
    for (const Point &p : s.points) {
        const Figure &f = figures.figure(p.row);
        QString item = p.kind == PointKind::Actual
                           ? Tr::tr("%1 %2").arg(TrendText::periodName(f), value(figures, f))
                           : p.kind == PointKind::Guidance
                                 ? Tr::tr("%1 plan %2").arg(TrendText::periodName(f), value(figures, f))
                                 : Tr::tr("%1 estimate %2").arg(TrendText::periodName(f), value(figures, f));
        if (p.change.defined)
            item = Tr::tr("%1 (%2)").arg(item, change(figures, p.change));
        items.append(item);
    }
    return Tr::tr("%1: %2").arg(entityOf(figures, s), ChartDescription::list(items));
}

// The company with the largest actual in the latest period all share (or, failing one, the
// latest any has): "Of the 4 companies, Amazon spent the most in 2025: $132B (+58.8% on 2024)".
QString periodHeadline(const FigureModel &figures, const TrendSeries::Data &data, bool quarterly)
{
    int period = quarterly ? 0 : data.totalTo;
    if (!period)
        for (const Series &s : data.series)
            if (const Point *p = latest(s, PointKind::Actual))
                period = qMax(period, p->period);
    const Point *top = nullptr;
    const Series *topSeries = nullptr;
    QStringList fiscalOthers;
    for (const Series &s : data.series) {
        const Point *p = pointAt(s, period, PointKind::Actual);
        if (!p)
            continue;
        if (!top || figures.figure(p->row).mid() > figures.figure(top->row).mid()) {
            top = p;
            topSeries = &s;
        }
    }
    if (!top)
        return {};
    const Figure &f = figures.figure(top->row);
    const QString when = quarterly ? TrendText::periodName(f) : FiscalYear::inYear(f);
    QString text = data.series.size() > 1
                       ? Tr::tr("Of the %n companies, %1 spent the most in %2: %3", "", int(data.series.size()))
                             .arg(entityOf(figures, *topSeries), when, value(figures, f))
                       : Tr::tr("%1 spent %3 in %2").arg(entityOf(figures, *topSeries), when, value(figures, f));
    if (top->change.defined)
        text = Tr::tr("%1 (%2 on %3)").arg(text, change(figures, top->change),
                                           TrendSeries::periodName(period - (quarterly ? 4 : 1), quarterly));
    for (const Series &s : data.series)
        if (const Point *p = pointAt(s, period, PointKind::Actual); p && &s != topSeries &&
                                                                     FiscalYear::isFiscal(figures.figure(p->row)))
            fiscalOthers.append(Tr::tr("%1's is for %2").arg(entityOf(figures, s), FiscalYear::inYear(figures.figure(p->row))));
    if (!fiscalOthers.isEmpty())
        text = Tr::tr("%1 (%2)").arg(text, fiscalOthers.join(Tr::tr("; ")));
    return text;
}

// The largest plan for a period after every actual: "Amazon plans $200B for 2026".
QString planClause(const FigureModel &figures, const TrendSeries::Data &data)
{
    const Point *top = nullptr;
    const Series *topSeries = nullptr;
    for (const Series &s : data.series) {
        const Point *p = latest(s, PointKind::Guidance);
        const Point *a = latest(s, PointKind::Actual);
        if (p && (!a || p->period > a->period) &&
            (!top || figures.figure(p->row).mid() > figures.figure(top->row).mid())) {
            top = p;
            topSeries = &s;
        }
    }
    if (!top)
        return {};
    const Figure &f = figures.figure(top->row);
    return Tr::tr("the largest plan is %1's %2 for %3")
        .arg(entityOf(figures, *topSeries), value(figures, f), FiscalYear::inYear(f));
}

QString totalHeadline(const FigureModel &figures, const TrendSeries::Data &data)
{
    const Series *top = nullptr;
    for (const Series &s : data.series)
        if (s.total.defined && (!top || s.total.mid() > top->total.mid()))
            top = &s;
    if (!top)
        return Tr::tr("No company has an actual for every year in common, so no totals are shown.");
    const NumberFormat &format = figures.numberFormat();
    return ChartDescription::sentence(
        Tr::tr("Added up over %1–%2, %3's yearly figures come to %4, the most of the %n companies", "",
               int(data.series.size()))
            .arg(data.totalFrom)
            .arg(data.totalTo)
            .arg(entityOf(figures, *top), format.moneyRange(top->total.low, top->total.high)));
}

} // namespace

namespace TrendText {

QString periodName(const Figure &figure)
{
    if (figure.isQuarterly()) // in the language in force, not the file's own label ("Q3 2025")
        return FiscalYear::isFiscal(figure) ? Tr::tr("Q%1 FY%2", "a fiscal quarter: Q4 FY2025").arg(figure.quarter).arg(figure.year)
                                            : Tr::tr("Q%1 %2").arg(figure.quarter).arg(figure.year);
    return FiscalYear::yearName(figure);
}

QString entityList(const FigureModel &figures, const TrendSeries::Data &data)
{
    QStringList names;
    for (const Series &s : data.series)
        names.append(entityOf(figures, s));
    if (names.size() < 2)
        return names.join(QString());
    const QString last = names.takeLast();
    return Tr::tr("%1 and %2", "the last two of a list of companies").arg(names.join(Tr::tr(", ")), last);
}

QString headline(const FigureModel &figures, const TrendSeries::Data &data, const TrendSettings &settings)
{
    if (data.series.isEmpty())
        return {};
    if (settings.cumulative && !settings.quarterly)
        return totalHeadline(figures, data);
    QString text = periodHeadline(figures, data, settings.quarterly);
    const QString plan = settings.quarterly ? QString() : planClause(figures, data);
    if (!plan.isEmpty())
        text = text.isEmpty() ? plan : Tr::tr("%1; %2").arg(text, plan);
    return text.isEmpty() ? QString() : ChartDescription::sentence(text);
}

QString altText(const FigureModel &figures, const TrendSeries::Data &data, const TrendSettings &settings)
{
    QStringList parts;
    const QString by = settings.quarterly ? Tr::tr("by quarter") : Tr::tr("by year");
    const QString how = settings.line ? Tr::tr("lines") : Tr::tr("bars");
    parts << ChartDescription::sentence(Tr::tr("Trend chart of %1 %2 for %3, drawn as %4; "
                                               "actuals solid, plans as ranges")
                                            .arg(FigureText::kindName(settings.kind).toLower(), by,
                                                 entityList(figures, data), how));
    for (const Series &s : data.series)
        parts << ChartDescription::sentence(seriesInWords(figures, s));
    if (settings.cumulative && !settings.quarterly) {
        QStringList totals;
        for (const Series &s : data.series)
            totals << (s.total.defined ? Tr::tr("%1 %2").arg(entityOf(figures, s),
                                                              figures.numberFormat().moneyRange(s.total.low, s.total.high))
                                       : Tr::tr("%1: %2").arg(entityOf(figures, s), s.total.reason));
        parts << ChartDescription::sentence(Tr::tr("Sums of the yearly figures over %1–%2: %3")
                                                .arg(data.totalFrom)
                                                .arg(data.totalTo)
                                                .arg(ChartDescription::list(totals)));
    }
    if (!data.withoutData.isEmpty())
        parts << ChartDescription::sentence(Tr::tr("No figures in these periods for %1").arg(data.withoutData.join(Tr::tr(", "))));
    return parts.join(QLatin1Char(' '));
}

QString changeNote(const FigureModel &figures, const TrendSeries::Data &data, const TrendSettings &settings)
{
    QStringList items;
    for (const Series &s : data.series) {
        QStringList changes;
        const Point *a = latest(s, PointKind::Actual);
        if (a && a->change.defined)
            changes << Tr::tr("%1 %2").arg(periodName(figures.figure(a->row)), change(figures, a->change));
        for (const Point &p : s.points)
            if (p.kind == PointKind::Guidance && p.change.defined && (!a || p.period > a->period))
                changes << Tr::tr("%1 plan %2").arg(periodName(figures.figure(p.row)), change(figures, p.change));
        if (!changes.isEmpty())
            items << Tr::tr("%1 %2").arg(entityOf(figures, s), changes.join(Tr::tr(", ")));
    }
    if (items.isEmpty())
        return {};
    const QString what = settings.quarterly ? Tr::tr("Change on the same quarter a year before")
                                            : Tr::tr("Change on the year before");
    return ChartDescription::sentence(Tr::tr("%1: %2").arg(what, ChartDescription::list(items)));
}

} // namespace TrendText

namespace {

QString firstSentenceOf(const QString &text)
{
    const qsizetype end = text.indexOf(QLatin1String(". "));
    return end < 0 ? text : text.left(end + 1);
}

// "Microsoft's years are fiscal years (FY2025 = Jul 2024–Jun 2025), drawn at the year they end".
QString fiscalClause(const FigureModel &figures, const Series &s)
{
    for (const Point &p : s.points) {
        const Figure &f = figures.figure(p.row);
        QDate first, last;
        if (!FiscalYear::months(f, &first, &last))
            continue;
        if (f.isQuarterly())
            return Tr::tr("%1's quarters are fiscal quarters, drawn when they happened (%2 = %3–%4)")
                .arg(figures.entityShown(s.asked),
                     Tr::tr("Q%1 FY%2", "a fiscal quarter: Q4 FY2025").arg(f.quarter).arg(f.year),
                     ChartDescription::monthYear(first),
                     ChartDescription::monthYear(last));
        return Tr::tr("%1's years are fiscal years, drawn at the year they end (%2 = %3–%4)")
            .arg(figures.entityShown(s.asked), FiscalYear::yearName(f), ChartDescription::monthYear(first),
                 ChartDescription::monthYear(last));
    }
    return {};
}

} // namespace

namespace TrendText {

QString caveat(const FigureModel &figures, const TrendSeries::Data &data)
{
    QStringList bases, choices, fiscal, plans;
    for (const Series &s : data.series) {
        const Point *a = latest(s, PointKind::Actual);
        if (a && !figures.figure(a->row).basis.isEmpty())
            bases << Tr::tr("%1: %2").arg(entityOf(figures, s), figures.figure(a->row).basis);
        if (!s.passedOver.isEmpty())
            choices << Tr::tr("%1 rather than %2").arg(entityOf(figures, s), s.passedOver.join(Tr::tr(", ")));
        if (const QString clause = fiscalClause(figures, s); !clause.isEmpty())
            fiscal << clause;
        for (const Point &p : s.points)
            if (p.kind != PointKind::Actual) {
                const Figure &f = figures.figure(p.row);
                const QString kind = p.kind == PointKind::Guidance ? Tr::tr("plan") : Tr::tr("estimate");
                const QString why = firstSentenceOf(f.caveat);
                plans << (why.isEmpty() ? Tr::tr("%1's %2 %3 is not spending").arg(entityOf(figures, s), periodName(f), kind)
                                        : Tr::tr("%1's %2 %3: %4").arg(entityOf(figures, s), periodName(f), kind, why));
            }
    }
    // The first sentence is what small images show: definitions differ, and fiscal years.
    QStringList parts;
    QString first = Tr::tr("Each company's own line is drawn, not one definition");
    for (const QString &f : fiscal)
        first = Tr::tr("%1, and %2", "joins clauses of the caveat's first sentence").arg(first, f);
    parts << ChartDescription::sentence(first);
    if (!bases.isEmpty())
        parts << ChartDescription::sentence(Tr::tr("The lines: %1").arg(ChartDescription::list(bases)));
    if (!choices.isEmpty())
        parts << ChartDescription::sentence(Tr::tr("One basis per company, the one with the most periods here, never "
                                                   "two joined in one line: %1")
                                                .arg(ChartDescription::list(choices)));
    if (!plans.isEmpty())
        parts << ChartDescription::sentence(Tr::tr("Plans and estimates are not outcomes: %1").arg(ChartDescription::list(plans)));
    return parts.join(QLatin1Char(' '));
}

QString csv(const FigureModel &figures, const TrendSeries::Data &data, const TrendSettings &settings)
{
    const NumberFormat &format = figures.numberFormat();
    QString out = ChartData::csvLine(
        QStringList{QStringLiteral("company"), QStringLiteral("entity"), QStringLiteral("period"),
                    QStringLiteral("period_label"), QStringLiteral("figure_id"), QStringLiteral("status"),
                    QStringLiteral("value_low"), QStringLiteral("value_high"), QStringLiteral("value"),
                    QStringLiteral("change_low"), QStringLiteral("change_high"), QStringLiteral("change"),
                    QStringLiteral("note"), QStringLiteral("basis")} +
        ChartData::sourceHeaders());
    for (const Series &s : data.series)
        for (const Point &p : s.points) {
            const Figure &f = figures.figure(p.row);
            const DerivedValue &c = p.change;
            out += ChartData::csvLine(
                QStringList{ChartData::csvText(s.asked), ChartData::csvText(f.entity),
                            TrendSeries::periodName(p.period, settings.quarterly),
                            ChartData::csvText(periodName(f)), ChartData::csvText(f.id),
                            FigureText::statusKey(f.status), ChartData::csvNumber(f.low),
                            ChartData::csvNumber(f.high), value(figures, f),
                            c.defined ? ChartData::csvNumber(c.low) : QString(),
                            c.defined ? ChartData::csvNumber(c.high) : QString(),
                            c.defined ? change(figures, c) : QString(),
                            c.defined ? QString() : ChartData::csvText(c.reason), ChartData::csvText(f.basis)} +
                ChartData::sourceFields(f));
        }
    if (!settings.cumulative || settings.quarterly)
        return out;
    for (const Series &s : data.series) {
        const DerivedValue &t = s.total;
        QStringList ids;
        for (int row : s.totalRows)
            ids << figures.figure(row).id;
        out += ChartData::csvLine(
            QStringList{ChartData::csvText(s.asked), ChartData::csvText(s.entity),
                        QStringLiteral("%1-%2").arg(data.totalFrom).arg(data.totalTo), QStringLiteral("total"),
                        ChartData::csvText(ids.join(QLatin1Char('+'))), QStringLiteral("sum"),
                        t.defined ? ChartData::csvNumber(t.low) : QString(),
                        t.defined ? ChartData::csvNumber(t.high) : QString(),
                        t.defined ? format.moneyRange(t.low, t.high) : QString(), QString(), QString(), QString(),
                        t.defined ? Tr::tr("derived: the sum of the yearly figures") : ChartData::csvText(t.reason),
                        QString()});
    }
    return out;
}

} // namespace TrendText
