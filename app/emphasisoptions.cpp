#include "emphasisoptions.h"

#include "chartspec.h"
#include "document.h"
#include "figuremodel.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {
// Translations are filed under "EmphasisOptions", for lupdate and at run time alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EmphasisOptions)
};

// Why a flag cannot name this figure on this chart; empty if it can.
QString idProblem(const QString &flag, const QString &id, const ChartSpec &spec)
{
    const FigureModel &figures = spec.figures();
    if (figures.rowOf(id) < 0)
        return Tr::tr("--%1: no figure has the id “%2” (`spendlens figures` lists them).").arg(flag, id);
    QStringList shown;
    for (int row : spec.rows())
        shown.append(figures.figure(row).id);
    if (!shown.contains(id))
        return Tr::tr("--%1: the figure “%2” is not on the %3 chart, which shows %4.")
            .arg(flag, id, spec.key(), shown.isEmpty() ? Tr::tr("no figures") : shown.join(QStringLiteral(", ")));
    return {};
}

QString readHighlight(const QCommandLineParser &parser, const ChartSpec &spec, ChartEmphasis *e)
{
    for (const QString &value : parser.values(QStringLiteral("highlight")))
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString id = part.trimmed();
            if (const QString why = idProblem(QStringLiteral("highlight"), id, spec); !why.isEmpty())
                return why;
            if (!e->highlighted.contains(id))
                e->highlighted.append(id);
        }
    return {};
}

QString readAnnotations(const QCommandLineParser &parser, const ChartSpec &spec, ChartEmphasis *e)
{
    for (const QString &value : parser.values(QStringLiteral("annotate"))) {
        const qsizetype equals = value.indexOf(QLatin1Char('='));
        const QString id = value.left(equals).trimmed();
        const QString text = value.mid(equals + 1).trimmed();
        if (equals <= 0 || text.isEmpty())
            return Tr::tr("--annotate takes ID=TEXT, such as --annotate meta-capex-2025=\"Up 84%\", not “%1”.")
                .arg(value);
        if (const QString why = idProblem(QStringLiteral("annotate"), id, spec); !why.isEmpty())
            return why;
        e->setAnnotation(id, text);
    }
    return {};
}
} // namespace

namespace EmphasisOptions {

void add(QCommandLineParser *parser)
{
    parser->addOption({QStringLiteral("highlight"),
                       Tr::tr("Figures to highlight, ids separated by commas: the others go grey."),
                       QStringLiteral("ID,ID,…")});
    parser->addOption({QStringLiteral("annotate"),
                       Tr::tr("A note on the chart beside a figure, with a leader line (repeatable)."),
                       QStringLiteral("ID=TEXT")});
    parser->addOption({QStringLiteral("sort"), Tr::tr("Bar order: value (largest first), name or date."),
                       QStringLiteral("ORDER")});
}

QString apply(const QCommandLineParser &parser, Document *document, const QString &chartKey)
{
    const ChartSpec *spec = document->chart(chartKey);
    const bool given = parser.isSet(QStringLiteral("highlight")) || parser.isSet(QStringLiteral("annotate")) ||
                       parser.isSet(QStringLiteral("sort"));
    if (!spec || !given)
        return {};
    ChartEmphasis e = spec->emphasis();
    if (parser.isSet(QStringLiteral("highlight")))
        e.highlighted.clear(); // the flag replaces the saved highlight, as --title replaces the title
    if (const QString why = readHighlight(parser, *spec, &e); !why.isEmpty())
        return why;
    if (const QString why = readAnnotations(parser, *spec, &e); !why.isEmpty())
        return why;
    if (parser.isSet(QStringLiteral("sort"))) {
        const QString order = parser.value(QStringLiteral("sort"));
        if (order == QLatin1String("automatic") || order == QLatin1String("manual") ||
            !ChartEmphasis::orderFromKey(order, &e.order))
            return Tr::tr("unknown bar order “%1” (value, name or date).").arg(order);
    }
    if (const QString why = e.problem(); !why.isEmpty())
        return Tr::tr("%1.").arg(why);
    return document->setChartEmphasis(chartKey, e, Tr::tr("Emphasis from the command line"));
}

} // namespace EmphasisOptions
