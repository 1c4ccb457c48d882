#include "trendspec.h"

#include "document.h"
#include "figuremodel.h"
#include "trendtext.h"

#include <QCoreApplication>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TrendChart)
};
} // namespace

TrendSpec::TrendSpec(Document *document) : ChartSpec(document)
{
    watch(document->figures());
    connect(document, &Document::trendSettingsChanged, this, &ChartSpec::changed);
}

QString TrendSpec::key() const
{
    return QStringLiteral("trend");
}

QString TrendSpec::name() const
{
    return QCoreApplication::translate("ChartCatalog", "Trends across companies");
}

QString TrendSpec::description() const
{
    return QCoreApplication::translate(
        "ChartCatalog", "Capex of several companies by year or quarter; plans as ranges, change and totals");
}

TrendSettings TrendSpec::trendSettings() const
{
    return m_document->trendSettings();
}

TrendSeries::Data TrendSpec::data() const
{
    return TrendSeries::build(figures(), trendSettings());
}

QVector<int> TrendSpec::rows() const
{
    // The totals draw only the figures they sum: the footer's sources are theirs.
    const TrendSettings settings = trendSettings();
    const TrendSeries::Data d = data();
    const bool totals = settings.cumulative && !settings.quarterly && d.totalFrom;
    QVector<int> rows;
    for (const TrendSeries::Series &s : d.series) {
        if (totals) {
            rows += s.totalRows;
            continue;
        }
        for (const TrendSeries::Point &p : s.points)
            rows.append(p.row);
    }
    return rows;
}

QString TrendSpec::headline() const
{
    return TrendText::headline(figures(), data(), trendSettings());
}

QString TrendSpec::altText() const
{
    return TrendText::altText(figures(), data(), trendSettings());
}

QString TrendSpec::csv() const
{
    return TrendText::csv(figures(), data(), trendSettings());
}

QString TrendSpec::emptyMessage() const
{
    const TrendSeries::Data d = data();
    if (!d.series.isEmpty())
        return {};
    if (!d.unknown.isEmpty())
        return Tr::tr("No figures for %1.").arg(d.unknown.join(Tr::tr(", ")));
    return trendSettings().quarterly ? Tr::tr("None of these companies has quarterly figures in these years.")
                                     : Tr::tr("None of these companies has figures in these years.");
}

QString TrendSpec::defaultTitle() const
{
    const TrendSettings s = trendSettings();
    const TrendSeries::Data d = data();
    if (d.series.isEmpty()) // no years to name (the plot says why)
        return s.quarterly ? Tr::tr("{kind} by quarter") : Tr::tr("{kind} by year");
    if (s.cumulative && !s.quarterly)
        return Tr::tr("{kind} added up, {from}–{to}");
    return s.quarterly ? Tr::tr("{kind} by quarter, {first} to {last}") : Tr::tr("{kind} by year, {first}–{last}");
}

QString TrendSpec::defaultSubtitle() const
{
    const TrendSettings s = trendSettings();
    if (data().series.isEmpty()) // no companies to name
        return {};
    if (s.cumulative && !s.quarterly)
        return Tr::tr("{companies}: each company's yearly figures summed. US dollars, nominal.");
    return Tr::tr("{companies}. Actuals solid; plans as ranges, pale. US dollars, nominal.");
}

QHash<QString, QString> TrendSpec::placeholders() const
{
    const TrendSettings s = trendSettings();
    const TrendSeries::Data d = data();
    QHash<QString, QString> values{{QStringLiteral("kind"), FigureText::kindName(s.kind)},
                                   {QStringLiteral("companies"), TrendText::entityList(figures(), d)},
                                   {QStringLiteral("from"), QString::number(d.totalFrom)},
                                   {QStringLiteral("to"), QString::number(d.totalTo)}};
    if (!d.periods.isEmpty()) {
        values.insert(QStringLiteral("first"), TrendSeries::periodName(d.periods.first(), s.quarterly));
        values.insert(QStringLiteral("last"), TrendSeries::periodName(d.periods.last(), s.quarterly));
    }
    return values;
}

QString TrendSpec::comparisonKey() const
{
    const TrendSettings s = trendSettings();
    return QStringLiteral("entities=%1;kind=%2;years=%3-%4;quarterly=%5;cumulative=%6")
        .arg(s.entitiesShown().join(QLatin1Char(',')), FigureText::kindKey(s.kind))
        .arg(s.firstYear)
        .arg(s.lastYear)
        .arg(int(s.quarterly))
        .arg(int(s.cumulative));
}

QVector<QPair<double, double>> TrendSpec::shownNumbers() const
{
    QVector<QPair<double, double>> numbers = ChartSpec::shownNumbers();
    const TrendSeries::Data d = data();
    for (const TrendSeries::Series &s : d.series) {
        for (const TrendSeries::Point &p : s.points)
            if (p.change.defined)
                numbers.append({p.change.low * 100, p.change.high * 100});
        if (s.total.defined)
            numbers.append({s.total.low, s.total.high});
    }
    for (int period : d.periods)
        numbers.append({double(trendSettings().quarterly ? period / 4 : period), double(trendSettings().quarterly ? period / 4 : period)});
    numbers.append({double(d.totalFrom), double(d.totalFrom)});
    numbers.append({double(d.totalTo), double(d.totalTo)});
    return numbers;
}

QString TrendSpec::automaticCaveat() const
{
    return TrendText::caveat(figures(), data());
}

QString TrendSpec::automaticNotes() const
{
    const TrendSettings s = trendSettings();
    const TrendSeries::Data d = data();
    // A company asked for with nothing to draw is named, not left out in silence (by quarter,
    // only some companies report quarters).
    QString missing;
    if (!d.withoutData.isEmpty() && !d.series.isEmpty()) {
        QStringList names;
        for (const QString &name : d.withoutData) {
            QString shown = name; // in the language in force, as a figure of the company names it
            for (int row = 0; row < figures().rowCount(); ++row)
                if (figures().figure(row).entity == name) {
                    shown = FigureText::entityName(figures().figure(row));
                    break;
                }
            names << shown;
        }
        const QString list = names.join(Tr::tr(", "));
        missing = s.quarterly ? Tr::tr("No quarterly figures for %1 in these years.").arg(list)
                              : Tr::tr("No figures for %1 in these years.").arg(list);
    }
    if (s.cumulative && !s.quarterly)
        return missing;
    return FigureText::joinSentences({missing, TrendText::changeNote(figures(), d, s)});
}
