#include "chartdata.h"

#include "guidancehistory.h"

#include "figuremodel.h"
#include "growthmodel.h"
#include "ratiomodel.h"
#include "textsafety.h"

#include <QCoreApplication>
#include <QStringList>

namespace {

QString number(double v) { return QString::number(v, 'g', 17); }

// Words someone typed (ids, labels, sources, notes): a leading = + - @ must not make a
// formula in the reader's spreadsheet. Numbers and our own formatted values are left alone.
QString text(const QString &typed) { return TextSafety::spreadsheetText(typed); }

QString line(const QStringList &fields)
{
    QStringList quoted;
    for (const QString &f : fields)
        quoted.append(ChartData::csvField(f));
    return quoted.join(QLatin1Char(',')) + QLatin1Char('\n');
}

// Where each figure comes from, and what a reader must know about it: its caveat and note travel
// with the data, so a spreadsheet made from the CSV keeps them.
QStringList sourceHeaders()
{
    return {QStringLiteral("source_title"), QStringLiteral("source_publisher"), QStringLiteral("source_date"),
            QStringLiteral("source_url"), QStringLiteral("level"), QStringLiteral("caveat"),
            QStringLiteral("figure_note")};
}

QStringList sourceFields(const Figure &f)
{
    return {text(FigureText::sourceTitleName(f)), text(f.source.publisher), f.source.date.toString(Qt::ISODate),
            text(f.source.url), FigureText::levelKey(f.level), text(f.caveat), text(f.note)};
}

} // namespace

namespace ChartData {

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString figuresCsv(const FigureModel &figures)
{
    QString out = line({QStringLiteral("id"), QStringLiteral("entity"), QStringLiteral("label"),
                        QStringLiteral("kind"), QStringLiteral("year"), QStringLiteral("period"),
                        QStringLiteral("unit"), QStringLiteral("low"), QStringLiteral("high"),
                        QStringLiteral("status"), QStringLiteral("stated"), QStringLiteral("source_title"),
                        QStringLiteral("publisher"), QStringLiteral("source_date"), QStringLiteral("url"),
                        QStringLiteral("quote"), QStringLiteral("basis"), QStringLiteral("level"),
                        QStringLiteral("caveat"), QStringLiteral("note")});
    for (const Figure &f : figures.figures())
        out += line({text(f.id), text(f.entity), text(f.label), FigureText::kindKey(f.kind),
                     QString::number(f.year), text(f.periodLabel), FigureText::unitKey(f.unit),
                     number(f.low), number(f.high), FigureText::statusKey(f.status),
                     f.stated.toString(Qt::ISODate), text(f.source.title), text(f.source.publisher),
                     f.source.date.toString(Qt::ISODate), text(f.source.url), text(f.source.quote),
                     text(f.basis), FigureText::levelKey(f.level), text(f.caveat), text(f.note)});
    return out;
}

QString sourceLine(const FigureModel &figures, const QVector<int> &rows)
{
    QStringList seen;
    for (int row : rows) {
        const Source &s = figures.figure(row).source;
        const QString title = FigureText::sourceTitleName(s);
        QString entry = title;
        // Name the publisher unless the title already does ("Meta Q4 2024 earnings release").
        const QString firstWord = s.publisher.section(QLatin1Char(' '), 0, 0).remove(QLatin1Char(','));
        if (!firstWord.isEmpty() && !title.contains(firstWord, Qt::CaseInsensitive))
            entry = s.publisher + QStringLiteral(", ") + entry;
        if (s.date.isValid())
            entry += QStringLiteral(" (") + s.date.toString(Qt::ISODate) + QLatin1Char(')');
        if (!seen.contains(entry))
            seen.append(entry);
    }
    if (seen.isEmpty())
        return {};
    return QCoreApplication::translate("ChartData", "Sources: %1.").arg(seen.join(QStringLiteral("; ")));
}

QVector<int> growthRows(const GrowthModel &growth)
{
    QVector<int> rows;
    for (int i = 0; i < growth.rowCount(); ++i) {
        const GrowthModel::YearRow &y = growth.yearRow(i);
        for (int row : {y.actualRow, y.guidanceRow})
            if (row >= 0)
                rows.append(row);
    }
    return rows;
}

QString ratioCsv(const RatioModel &ratios, const QVector<int> &rows)
{
    const FigureModel &figures = *ratios.figures();
    const NumberFormat &format = figures.numberFormat();
    QString out = line(QStringList{QStringLiteral("id"), QStringLiteral("figure"), QStringLiteral("entity"),
                        QStringLiteral("kind"), QStringLiteral("unit"), QStringLiteral("value_low"),
                        QStringLiteral("value_high"), QStringLiteral("baseline_id"),
                        QStringLiteral("multiple_low"), QStringLiteral("multiple_high"),
                        QStringLiteral("multiple"), QStringLiteral("note")} +
                       sourceHeaders());
    for (int row : rows) {
        const Figure &f = figures.figure(row);
        const DerivedValue r = ratios.ratio(row);
        QStringList fields{text(f.id),
                           text(FigureText::labelName(f)),
                           text(FigureText::entityName(f)),
                           FigureText::kindKey(f.kind),
                           FigureText::unitKey(f.unit),
                           number(f.low),
                           number(f.high),
                           text(ratios.baselineId()),
                           r.defined ? number(r.low) : QString(),
                           r.defined ? number(r.high) : QString(),
                           r.defined ? format.multipleRange(r.low, r.high) : QString(),
                           r.defined ? QString() : text(r.reason)};
        out += line(fields + sourceFields(f));
    }
    return out;
}

QString growthCsv(const GrowthModel &growth)
{
    const FigureModel &figures = *growth.figures();
    const NumberFormat &format = figures.numberFormat();
    QString out = line(QStringList{QStringLiteral("year"), QStringLiteral("figure_id"), QStringLiteral("status"),
                        QStringLiteral("value_low"), QStringLiteral("value_high"),
                        QStringLiteral("change_low"), QStringLiteral("change_high"),
                        QStringLiteral("change"), QStringLiteral("note")} +
                       sourceHeaders());
    for (int i = 0; i < growth.rowCount(); ++i) {
        const GrowthModel::YearRow &y = growth.yearRow(i);
        const auto emitRow = [&](int figureRow, const DerivedValue &change) {
            if (figureRow < 0)
                return;
            const Figure &f = figures.figure(figureRow);
            QStringList fields{QString::number(y.year),
                               text(f.id),
                               FigureText::statusKey(f.status),
                               number(f.low),
                               number(f.high),
                               change.defined ? number(change.low) : QString(),
                               change.defined ? number(change.high) : QString(),
                               change.defined ? format.percentChangeRange(change.low, change.high)
                                              : QString(),
                               change.defined ? QString() : text(change.reason)};
            out += line(fields + sourceFields(f));
        };
        emitRow(y.actualRow, y.actualChange);
        emitRow(y.guidanceRow, y.guidanceChange);
    }
    return out;
}

QString guidanceCsv(const FigureModel &figures, const QString &entity, int year)
{
    const NumberFormat &format = figures.numberFormat();
    QString out = line(QStringList{QStringLiteral("stated"), QStringLiteral("figure_id"), QStringLiteral("status"),
                        QStringLiteral("value_low"), QStringLiteral("value_high"), QStringLiteral("value")} +
                       sourceHeaders());
    for (const GuidanceHistory::Statement &st : GuidanceHistory::statements(figures, entity, year)) {
        const Figure &f = figures.figure(st.row);
        out += line(QStringList{st.date.toString(Qt::ISODate), text(f.id), FigureText::statusKey(f.status),
                                number(f.low), number(f.high),
                                format.quantityRange(f.low, f.high, f.unit)} +
                    sourceFields(f));
    }
    return out;
}

} // namespace ChartData

namespace ChartData {
QString csvLine(const QStringList &fields)
{
    return line(fields);
}
QStringList sourceHeaders()
{
    return ::sourceHeaders();
}
QStringList sourceFields(const Figure &figure)
{
    return ::sourceFields(figure);
}
QString csvText(const QString &typed)
{
    return text(typed);
}
QString csvNumber(double value)
{
    return number(value);
}
} // namespace ChartData
