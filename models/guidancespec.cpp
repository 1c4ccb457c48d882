#include "guidancespec.h"

#include "chartdata.h"
#include "chartdescription.h"
#include "document.h"
#include "figuremodel.h"

#include <QCoreApplication>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(GuidanceChart)
};
} // namespace

GuidanceSpec::GuidanceSpec(Document *document) : ChartSpec(document)
{
    watch(document->figures());
    connect(document, &Document::guidanceHistoryChanged, this, &ChartSpec::changed);
}

QString GuidanceSpec::key() const
{
    return QStringLiteral("guidance");
}

QString GuidanceSpec::name() const
{
    return QCoreApplication::translate("ChartCatalog", "Guidance history");
}

QString GuidanceSpec::description() const
{
    return QCoreApplication::translate(
        "ChartCatalog", "Each guidance statement for one company and year, then the actual");
}

GuidanceHistory::Subject GuidanceSpec::subject() const
{
    return GuidanceHistory::fallback(figures(), m_document->guidanceEntity(), m_document->guidanceYear());
}

QVector<GuidanceHistory::Statement> GuidanceSpec::statements() const
{
    const GuidanceHistory::Subject s = subject();
    return GuidanceHistory::statements(figures(), s.entity, s.year);
}

QVector<int> GuidanceSpec::rows() const
{
    QVector<int> rows;
    for (const GuidanceHistory::Statement &s : statements())
        rows.append(s.row);
    return rows;
}

QString GuidanceSpec::headline() const
{
    const GuidanceHistory::Subject s = subject();
    return ChartDescription::guidanceHeadline(figures(), s.entity, s.year);
}

QString GuidanceSpec::altText() const
{
    const GuidanceHistory::Subject s = subject();
    return ChartDescription::guidanceAltText(figures(), s.entity, s.year);
}

QString GuidanceSpec::csv() const
{
    const GuidanceHistory::Subject s = subject();
    return ChartData::guidanceCsv(figures(), s.entity, s.year);
}

QString GuidanceSpec::emptyMessage() const
{
    for (const GuidanceHistory::Statement &s : statements())
        if (!s.actual)
            return {};
    const GuidanceHistory::Subject s = subject();
    return s.entity.isEmpty()
               ? Tr::tr("No company has two or more dated guidance statements for one year.")
               : Tr::tr("No dated guidance statements for %1 in %2.").arg(figures().entityShown(s.entity)).arg(s.year);
}

QString GuidanceSpec::defaultTitle() const
{
    // Raised, cut or kept: the verb itself follows the data, so the whole title is made here.
    const GuidanceHistory::Subject s = subject();
    const QString title = ChartDescription::guidanceTitle(figures(), s.entity, s.year);
    if (!title.isEmpty())
        return title;
    return s.entity.isEmpty() ? Tr::tr("How guidance moved")
                              : Tr::tr("How %1's %2 capex plan moved").arg(figures().entityShown(s.entity)).arg(s.year);
}

QString GuidanceSpec::defaultSubtitle() const
{
    return Tr::tr("Each guidance statement as a range at the date it was made, then the "
                  "actual. The value axis does not start at zero.");
}

QHash<QString, QString> GuidanceSpec::placeholders() const
{
    const GuidanceHistory::Subject s = subject();
    QHash<QString, QString> values{{QStringLiteral("figure"), figures().entityShown(s.entity)},
                                   {QStringLiteral("year"), QString::number(s.year)}};
    QVector<int> plans;
    for (const GuidanceHistory::Statement &st : statements())
        if (!st.actual)
            plans.append(st.row);
    if (plans.isEmpty())
        return values;
    const NumberFormat &format = figures().numberFormat();
    const Figure &first = figures().figure(plans.first());
    const Figure &last = figures().figure(plans.last());
    values.insert(QStringLiteral("first"), format.quantityRange(first.low, first.high, first.unit));
    values.insert(QStringLiteral("value"), format.quantityRange(last.low, last.high, last.unit));
    if (first.mid() > 0) {
        const double change = last.mid() / first.mid() - 1;
        values.insert(QStringLiteral("change"), format.percentChange(change));
    }
    return values;
}

QString GuidanceSpec::comparisonKey() const
{
    const GuidanceHistory::Subject s = subject();
    return QStringLiteral("entity=%1;year=%2").arg(s.entity).arg(s.year);
}
