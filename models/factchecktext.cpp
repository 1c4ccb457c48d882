#include "factchecktext.h"

#include "factchecksheet.h"
#include "fiscalyear.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FactCheckText)
};

// "F3": how the numbers table refers to a figure in the list below it.
QString figureTag(int index)
{
    return Tr::tr("F%1").arg(index + 1);
}

QString storedValue(const Figure &f)
{
    const QString unit = FigureText::unitKey(f.unit);
    const QLocale locale;
    const QString low = locale.toString(f.low, 'f', f.low == qRound64(f.low) ? 0 : 4);
    if (!f.isRange())
        return Tr::tr("%1 %2").arg(low, unit);
    return Tr::tr("%1 to %2 %3 (low to high)").arg(low, locale.toString(f.high, 'f', f.high == qRound64(f.high) ? 0 : 4), unit);
}

QString texts(const FactCheckSheet &sheet)
{
    QStringList lines{Tr::tr("## Texts"), QString()};
    const auto line = [&lines](const QString &name, const QString &text) {
        if (!text.isEmpty())
            lines << Tr::tr("**%1:** %2").arg(name, text) << QString();
    };
    line(Tr::tr("Title"), sheet.title);
    line(Tr::tr("Subtitle"), sheet.subtitle);
    line(Tr::tr("Headline"), sheet.headline);
    line(Tr::tr("Alt text"), sheet.altText);
    line(Tr::tr("Caveat on the chart"), sheet.caveat);
    line(Tr::tr("Footer notes"), sheet.notes);
    return lines.join(QLatin1Char('\n'));
}

QString numbers(const FactCheckSheet &sheet)
{
    QStringList lines{Tr::tr("## Every number on the chart and in its texts"), QString(),
                      Tr::tr("| # | Shown | What it is | Where | How it was derived | Rests on |"),
                      QStringLiteral("|---|---|---|---|---|---|")};
    for (int i = 0; i < sheet.numbers.size(); ++i) {
        const FactCheckSheet::Number &n = sheet.numbers.at(i);
        QStringList tags;
        for (const QString &id : n.figureIds)
            if (const int at = sheet.figureIndex(id); at >= 0)
                tags << figureTag(at);
        lines << QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |")
                     .arg(QString::number(i + 1), FactCheckText::cell(n.shown), FactCheckText::cell(n.what),
                          FactCheckText::cell(n.places.join(Tr::tr(", "))),
                          FactCheckText::cell(n.derivation.isEmpty() ? Tr::tr("as stated by the source")
                                                                     : n.derivation),
                          tags.join(Tr::tr(", ")));
    }
    return lines.join(QLatin1Char('\n'));
}

QStringList figureLines(const Figure &f)
{
    const Source &s = f.source;
    QStringList lines;
    const auto item = [&lines](const QString &name, const QString &value) {
        if (!value.trimmed().isEmpty())
            lines << Tr::tr("- **%1:** %2").arg(name, value);
    };
    item(Tr::tr("Id"), QStringLiteral("`%1`").arg(f.id));
    item(Tr::tr("Value as stored"), storedValue(f));
    // A fiscal year written only "FY2025" gets its months.
    const bool monthsMissing = FiscalYear::isFiscal(f) && !f.periodLabel.contains(QChar(0x2013));
    item(Tr::tr("Period"), monthsMissing ? Tr::tr("%1 (%2)").arg(f.periodLabel, FiscalYear::inYear(f)) : f.periodLabel);
    item(Tr::tr("Kind and status"), Tr::tr("%1 · %2").arg(FigureText::kindName(f.kind), FigureText::statusName(f.status)));
    item(Tr::tr("Stated on"), f.stated.toString(Qt::ISODate));
    item(Tr::tr("Source title"), FigureText::sourceTitleName(f));
    item(Tr::tr("Publisher"), s.publisher);
    item(Tr::tr("Date"), s.date.toString(Qt::ISODate));
    item(Tr::tr("Address"), s.url.isEmpty() ? QString() : QStringLiteral("<%1>").arg(s.url));
    item(Tr::tr("Verbatim quote"), s.quote.isEmpty() ? Tr::tr("none recorded") : QStringLiteral("“%1”").arg(s.quote));
    item(Tr::tr("Verification"), FigureText::levelName(f.level));
    item(Tr::tr("Basis"), f.basis);
    item(Tr::tr("Formula"), f.formula.isEmpty() ? QString() : QStringLiteral("`%1`").arg(f.formula));
    item(Tr::tr("Caveat"), f.caveat);
    item(Tr::tr("Note"), f.note);
    return lines;
}

QString figures(const FactCheckSheet &sheet)
{
    QStringList lines{Tr::tr("## The figures and their sources")};
    for (int i = 0; i < sheet.figures.size(); ++i) {
        const Figure &f = sheet.figures.at(i);
        lines << QString() << Tr::tr("### %1. %2").arg(figureTag(i), FigureText::labelName(f)) << QString();
        lines << figureLines(f);
    }
    return lines.join(QLatin1Char('\n'));
}

QString parameters(const FactCheckSheet &sheet)
{
    if (sheet.parameters.isEmpty())
        return {};
    QStringList lines{Tr::tr("## Parameters the formulas used"), QString(),
                      Tr::tr("| Name | Label | Value now | Where the value comes from |"),
                      QStringLiteral("|---|---|---|---|")};
    for (const Parameter &p : sheet.parameters)
        lines << QStringLiteral("| `%1` | %2 | %3 | %4 |")
                     .arg(p.name, FactCheckText::cell(p.label), QLocale().toString(p.value),
                          FactCheckText::cell(p.note));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

namespace FactCheckText {

QString cell(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    out.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    out.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return out.trimmed();
}

QString markdown(const FactCheckSheet &sheet)
{
    QStringList parts{Tr::tr("# Fact-check sheet: %1 chart").arg(sheet.chartName),
                      Tr::tr("Check every number below against its source before publication. "
                             "Values are as stored in the document; the chart rounds them to three "
                             "significant figures."),
                      texts(sheet), numbers(sheet), figures(sheet)};
    if (const QString p = parameters(sheet); !p.isEmpty())
        parts << p;
    return parts.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

} // namespace FactCheckText
