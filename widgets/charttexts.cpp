#include "charttexts.h"

#include "caveats.h"
#include "chartcanvas.h"
#include "chartdata.h"
#include "chartspec.h"
#include "chartdescription.h"
#include "figuremodel.h"

#include <QCoreApplication>
#include <QHash>

namespace {
// Translations are filed under "ChartTexts", for lupdate and at run time alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ChartTexts)
};
// The caveat's first sentence, for small images.
QString firstSentence(const QString &text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QChar(0x3002) || ((c == QLatin1Char('.') || c == QLatin1Char(';')) && text.at(i + 1).isSpace()))
            return text.left(i) + (c == QChar(0x3002) ? QString(c) : QStringLiteral("."));
    }
    return text;
}

// "Sources: Meta (Jan 2025), DeepSeek (Dec 2024)": each publisher once, with its latest date.
QString shortSources(const FigureModel &figures, const QVector<int> &rows)
{
    QStringList publishers;
    QHash<QString, QDate> latest;
    for (int row : rows) {
        if (row < 0)
            continue;
        const Source &s = figures.figure(row).source;
        const QString names = ChartTexts::shortPublisher(s.publisher.isEmpty() ? FigureText::sourceTitleName(s) : s.publisher);
        // "Stocktwits; Vella Times" names two publishers: each is listed once.
        for (const QString &part : names.split(QLatin1Char(';'))) {
            const QString name = part.trimmed();
            if (name.isEmpty())
                continue;
            if (!publishers.contains(name))
                publishers.append(name);
            if (s.date.isValid() && s.date > latest.value(name))
                latest.insert(name, s.date);
        }
    }
    if (publishers.isEmpty())
        return {};
    QStringList parts;
    for (const QString &name : publishers)
        parts.append(latest.contains(name) ? Tr::tr("%1 (%2)").arg(name, ChartDescription::monthYear(latest.value(name))) : name);
    return Tr::tr("Sources: %1. Full list in the data file.").arg(parts.join(Tr::tr(", ")));
}

} // namespace

namespace ChartTexts {

QString shortPublisher(const QString &publisher)
{
    QString name;
    int depth = 0;
    for (const QChar c : publisher) {
        if (c == QLatin1Char('(') || c == QChar(0xFF08)) {
            if (depth++ == 0) // "Daily (repost); Reuters": no space left before the ';'
                name = name.trimmed();
        }
        else if ((c == QLatin1Char(')') || c == QChar(0xFF09)) && depth > 0)
            --depth;
        else if (depth == 0 && (c == QLatin1Char(',') || c == QChar(0xFF0C) || c == QChar(0x3001)))
            break;
        else if (depth == 0)
            name.append(c);
    }
    return name.simplified();
}

QString tooltip(const Figure &f, const FigureModel &figures, const QString &extra)
{
    NumberFormat range = figures.numberFormat();
    range.setRangeMode(NumberFormat::RangeMode::Range); // the tooltip always tells the range
    QStringList lines{FigureText::labelName(f)};
    QString value = range.quantityRange(f.low, f.high, f.unit);
    if (!extra.isEmpty())
        value = Tr::tr("%1 — %2").arg(value, extra);
    lines.append(value);
    if (f.isRange())
        lines.append(Tr::tr("Range: low %1, high %2").arg(range.quantity(f.low, f.unit), range.quantity(f.high, f.unit)));
    const int row = figures.rowOf(f.id);
    if (row >= 0 && figures.figure(row).unit != f.unit) // converted for the chart
        lines.append(Tr::tr("Stated as %1").arg(range.quantityRange(figures.figure(row).low, figures.figure(row).high,
                                                                  figures.figure(row).unit)));
    if (f.isDerived() && row >= 0)
        lines.append(figures.index(row, FigureModel::ValueColumn).data(Qt::ToolTipRole).toString());
    const QString source = f.source.title.trimmed().isEmpty()
                               ? Tr::tr("No source")
                               : (f.source.publisher.isEmpty() ? FigureText::sourceTitleName(f)
                                                               : f.source.publisher + QStringLiteral(": ") + FigureText::sourceTitleName(f));
    lines.append(Tr::tr("Source: %1").arg(source));
    lines.append(Tr::tr("Level: %1 · %2").arg(FigureText::levelName(f.level), FigureText::statusName(f.status)));
    lines.append(Tr::tr("Click to select it in the table."));
    return lines.join(QLatin1Char('\n'));
}

QString automaticCaveat(const FigureModel &figures, const QVector<int> &rows, Caveats::Form form)
{
    QVector<const Figure *> shown;
    for (int row : rows)
        shown.append(&figures.figure(row));
    return Caveats::forFigures(shown, form);
}

void apply(ChartCanvas *canvas, const ChartSettings &settings, const QString &autoTitle,
           const QString &autoSubtitle, const FigureModel &figures, const QVector<int> &rows,
           const QString &briefCaveat)
{
    // The automatic texts are tidied (no space between two Chinese characters where a translation
    // spaced off a placeholder); a journalist's own stay exactly as typed.
    const auto tidy = &FigureText::tidyChineseSpacing;
    canvas->setHeader(settings.title.isEmpty() ? tidy(autoTitle) : settings.title,
                      settings.subtitle.isEmpty() ? tidy(autoSubtitle) : settings.subtitle);
    ChartFooter footer;
    if (settings.showCaveat) {
        footer.caveat = settings.caveat.isEmpty() ? tidy(automaticCaveat(figures, rows)) : settings.caveat;
        // Small images get every point of the automatic caveat in a few words; a caveat of the
        // journalist's own stays whole, and a chart's own gives its brief form.
        footer.shortCaveat = !settings.caveat.isEmpty()
                                 ? (briefCaveat.isEmpty() ? settings.caveat : briefCaveat)
                                 : tidy(automaticCaveat(figures, rows, Caveats::Form::Brief));
    }
    // Derived figures say how they were made, so an assumed price is never hidden.
    QStringList derivations;
    for (int row : rows)
        if (row >= 0 && figures.figure(row).isDerived())
            derivations.append(tidy(Tr::tr("%1 is %2.")
                                        .arg(FigureText::labelName(figures.figure(row)),
                                             figures.index(row, FigureModel::ValueColumn)
                                                 .data(Qt::ToolTipRole)
                                                 .toString())));
    footer.notes = FigureText::joinSentences(QStringList{settings.notes} + derivations);
    footer.sources = ChartData::sourceLine(figures, rows);
    footer.byline = settings.byline;
    footer.shortSources = shortSources(figures, rows);
    canvas->setFooter(footer);
}

void apply(ChartCanvas *canvas, const ChartSpec &spec)
{
    const auto tidy = &FigureText::tidyChineseSpacing;
    const ChartSettings own = spec.settings();
    ChartSettings settings = own;
    settings.title = own.title.isEmpty() ? tidy(spec.title()) : spec.title();
    settings.subtitle = own.subtitle.isEmpty() ? tidy(spec.subtitle()) : spec.subtitle();
    QString brief;
    if (settings.caveat.isEmpty()) {
        settings.caveat = tidy(spec.automaticCaveat()); // still empty: compiled from the figures
        brief = firstSentence(settings.caveat);         // a chart's own caveat leads with its point
    }
    // The rate is named on every chart that converts, whatever the settings.
    settings.notes = FigureText::joinSentences(
        {own.notes, tidy(spec.automaticNotes()), tidy(spec.hiddenNotice()), tidy(spec.conversionNote())});
    apply(canvas, settings, QString(), QString(), spec.figures(), spec.rows(), brief);
    canvas->setAnnotations(settings.emphasis.annotations);
}

} // namespace ChartTexts
