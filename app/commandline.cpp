#include "commandline.h"

#include "batchexport.h"
#include "chartcanvas.h"
#include "chartexporter.h"
#include "document.h"
#include "emphasisoptions.h"
#include "exportpipeline.h"
#include "figuremodel.h"
#include "currency.h"
#include "parametermodel.h"
#include "ratiomodel.h"
#include "chartstyle.h"
#include "chartdata.h"
#include "chartspec.h"
#include "csvreader.h"
#include "factcheckexport.h"
#include "epochcostsimport.h"
#include "figureimport.h"
#include "secfactsimport.h"
#include "fileio.h"
#include "importscale.h"
#include "localization.h"
#include "optionscope.h"
#include "preferences.h"
#include "tableimport.h"
#include "trendseries.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QTextStream>

#include <cstdio>

namespace {

// Translations are filed under "CommandLine", for lupdate and at run time alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    ExportPipeline::instance().settle(); // a chart still being written is reported first
    return stream;
}

// In a batch, a job's messages name its file and line.
QString where()
{
    const QString job = BatchExport::currentJob();
    return job.isEmpty() ? QString() : job + QStringLiteral(": ");
}

int fail(int code, const QString &message)
{
    QTextStream &stream = err(); // settles first: a chart before this job may still be reported
    stream << CommandLine::said(where(), message) << Qt::endl;
    return code;
}

// What each command is for, the first line of its --help.
QString commandDescription(const QString &command)
{
    if (command == QLatin1String("export"))
        return Tr::tr("Draws a chart into a PNG, SVG or PDF file, or writes its data as CSV.");
    if (command == QLatin1String("charts"))
        return Tr::tr("Lists the charts that `spendlens export --chart` draws.");
    if (command == QLatin1String("figures"))
        return Tr::tr("Lists the figures and their ids.");
    if (command == QLatin1String("params"))
        return Tr::tr("Lists the parameters and the figures made from them.");
    if (command == QLatin1String("import"))
        return Tr::tr("Reads a CSV or TSV table into a new document; all rows or none.");
    if (command == QLatin1String("validate"))
        return Tr::tr("Checks a document, dataset or CSV file; exit 1 for errors, 0 when there are "
                      "only warnings.");
    return {};
}

// The command's usage from its own parser, so that every option it takes is listed: "Usage:
// spendlens import [options] IN", what it does, its options and arguments.
QString commandHelp(QCommandLineParser *parser, const QString &command)
{
    parser->setApplicationDescription(commandDescription(command));
    QString text = parser->helpText();
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
    const qsizetype at = program.isEmpty() ? -1 : text.lastIndexOf(program, lineEnd);
    if (at >= 0)
        text.replace(at, program.size(), QStringLiteral("spendlens ") + command);
    return text;
}

// Parses a command's arguments, with --help added to its options. -1 to go on; else the exit
// code, with the help or the problem printed.
int parseCommand(QCommandLineParser *parser, const QStringList &args, const QString &command)
{
    parser->addOption({{QStringLiteral("h"), QStringLiteral("help")}, Tr::tr("Show this command's usage.")});
    const bool parsed = parser->parse(args);
    if (parser->isSet(QStringLiteral("help"))) {
        out() << commandHelp(parser, command);
        out().flush();
        return CommandLine::Success;
    }
    if (!parsed)
        return fail(CommandLine::UsageError,
                    Tr::tr("%1 (see `spendlens %2 --help`).").arg(parser->errorText(), command));
    return -1;
}

const QStringList kCommands{QStringLiteral("export"), QStringLiteral("charts"),
                            QStringLiteral("figures"), QStringLiteral("params"),
                            QStringLiteral("import"),
                            QStringLiteral("validate"), QStringLiteral("help")};

// Opens --dataset as the window opens a document, or loads the built-in figures; empty on
// success.
QString loadDataset(const QCommandLineParser &parser, Document *document)
{
    QString error;
    if (parser.isSet(QStringLiteral("dataset"))) {
        const QString path = parser.value(QStringLiteral("dataset"));
        ExportPipeline::instance().settleIfWriting(path);
        if (TableImport::isTablePath(path)) { // a table is imported into this document, as `import` reads it
            Dataset dataset;
            error = TableImport::readDataset(path, err(), &dataset);
            if (error.isEmpty())
                document->load(dataset);
            return error;
        }
        document->open(path, &error);
        return error;
    }
    // Read once a process: every job of a batch starts from the same built-in figures.
    static std::optional<Dataset> builtIn;
    if (!builtIn) {
        const DatasetRead read = DatasetJson::builtIn();
        if (!read.ok)
            return read.error;
        builtIn = read.dataset;
    }
    document->load(*builtIn);
    return {};
}

QCommandLineOption datasetOption()
{
    return {QStringLiteral("dataset"), Tr::tr("Read figures from FILE instead of the built-in dataset."),
            QStringLiteral("FILE")};
}

int runCharts(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("names"), Tr::tr("Print only the chart names, one a line.")});
    if (const int done = parseCommand(&parser, args, QStringLiteral("charts")); done >= 0)
        return done;
    qsizetype width = 0; // the names in a column, two spaces wider than the longest
    for (const ChartCatalog::Entry &e : ChartCatalog::entries())
        width = std::max(width, e.key.size() + 2);
    for (const ChartCatalog::Entry &e : ChartCatalog::entries()) {
        if (parser.isSet(QStringLiteral("names")))
            out() << e.key << '\n';
        else
            out() << e.key.leftJustified(width) << e.description << '\n';
    }
    out().flush();
    return CommandLine::Success;
}


QCommandLineOption paramOption()
{
    return {QStringLiteral("param"),
            Tr::tr("Set a parameter for this run, e.g. h800_price=3 (see `spendlens params`); "
                   "may be given more than once."),
            QStringLiteral("NAME=VALUE")};
}

// --param NAME=-2: a number, but below every parameter's range (none may be negative). Names the
// range a reader usually sets it in, the slider's.
QString negativeParameter(const QString &name, const QString &text, const ParameterModel &parameters)
{
    const Parameter *parameter = ParameterText::find(parameters.parameters(), name);
    for (const Parameter &p : parameters.parameters()) // usd_cny: every year's rate
        if (!parameter && p.unit == ParameterUnit::CnyPerUsd)
            parameter = &p;
    const QString label = parameter && name != Currency::allYearsName() ? parameter->label : name;
    if (!parameter || parameter->maximum <= parameter->minimum)
        return Tr::tr("--param %1: “%2” is out of range: %3 cannot be negative.").arg(name, text, label);
    return Tr::tr("--param %1: “%2” is out of range: %3 cannot be negative (the usual range is %4 to %5).")
        .arg(name, text, label, QLocale().toString(parameter->minimum), QLocale().toString(parameter->maximum));
}

// Applies every --param NAME=VALUE to the document; a usage problem, or empty.
QString applyParams(const QCommandLineParser &parser, Document *document)
{
    const ParameterModel &parameters = *document->parameters();
    QStringList names;
    for (const Parameter &p : parameters.parameters())
        names.append(p.name);
    const QString known = names.isEmpty() ? Tr::tr("this dataset has no parameters")
                                          : Tr::tr("known: %1").arg(names.join(QStringLiteral(", ")));
    for (const QString &pair : parser.values(QStringLiteral("param"))) {
        const QString name = pair.section(QLatin1Char('='), 0, 0).trimmed();
        const QString text = pair.section(QLatin1Char('='), 1).trimmed();
        if (!pair.contains(QLatin1Char('=')) || name.isEmpty())
            return Tr::tr("--param takes NAME=VALUE such as h800_price=3, not “%1”.").arg(pair);
        // usd_cny sets the exchange rate of every year (usd_cny_2023, …) at once.
        const bool allRates = name == Currency::allYearsName();
        if (parameters.rowOf(name) < 0 && !allRates)
            return Tr::tr("no parameter is called “%1” (%2).").arg(name, known);
        double value = 0;
        if (!ParameterModel::parseValue(text, &value)) {
            const bool negative = (text.startsWith(QLatin1Char('-')) || text.startsWith(QChar(0x2212))) &&
                                  ParameterModel::parseValue(text.mid(1), &value) && value > 0;
            return negative ? negativeParameter(name, text, parameters)
                            : Tr::tr("--param %1: “%2” is not a number.").arg(name, text);
        }
        const QString problem = allRates ? document->setAllExchangeRates(value) : document->setParameter(name, value);
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

// For the listing commands: reads --dataset and --param, loads the figures and sets the
// parameters. -1 when all went well, else the exit code (the problem is printed).
int openForListing(QCommandLineParser &parser, const QStringList &args, const QString &command,
                   Document *document)
{
    parser.addOption(datasetOption());
    parser.addOption(paramOption());
    if (const int done = parseCommand(&parser, args, command); done >= 0)
        return done;
    const QString error = loadDataset(parser, document);
    if (!error.isEmpty())
        return fail(CommandLine::Failure, error);
    const QString problem = applyParams(parser, document);
    if (!problem.isEmpty())
        return fail(CommandLine::UsageError, problem);
    return -1;
}

// Every field of every figure, one row each, in the language in force for the names.
void writeFiguresCsv(const FigureModel &figures)
{
    const QStringList header{QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("entity"),
                             QStringLiteral("kind"), QStringLiteral("period"), QStringLiteral("year"),
                             QStringLiteral("quarter"),
                             QStringLiteral("unit"), QStringLiteral("currency"), QStringLiteral("low"),
                             QStringLiteral("high"), QStringLiteral("status"), QStringLiteral("level"),
                             QStringLiteral("source_title"), QStringLiteral("publisher"),
                             QStringLiteral("date"), QStringLiteral("stated"), QStringLiteral("address"),
                             QStringLiteral("quote"), QStringLiteral("basis"), QStringLiteral("caveat"),
                             QStringLiteral("note"), QStringLiteral("formula")};
    out() << header.join(QLatin1Char(',')) << '\n';
    for (const Figure &f : figures.figures()) {
        // Money in the currency it was stated in (USD, CNY); other units have none.
        const QString currency = FigureText::isMoney(f.unit) ? FigureText::unitKey(f.unit) : QString();
        const QStringList row{f.id, FigureText::labelName(f), FigureText::entityName(f),
                              FigureText::kindKey(f.kind), f.periodLabel, QString::number(f.year),
                              f.quarter ? QString::number(f.quarter) : QString(),
                              FigureText::unitKey(f.unit), currency, QString::number(f.low, 'g', 15),
                              QString::number(f.high, 'g', 15), FigureText::statusKey(f.status),
                              FigureText::levelKey(f.level), FigureText::sourceTitleName(f),
                              f.source.publisher, f.source.date.toString(Qt::ISODate),
                              f.stated.toString(Qt::ISODate), f.source.url, f.source.quote, f.basis,
                              f.caveat, f.note, f.formula};
        QStringList cells;
        for (const QString &cell : row)
            cells.append(ChartData::csvField(cell));
        out() << cells.join(QLatin1Char(',')) << '\n';
    }
}

int runFigures(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("format"), Tr::tr("text (default) or csv: every field of every figure."),
                      QStringLiteral("FORMAT"), QStringLiteral("text")});
    Document document;
    if (const int failed = openForListing(parser, args, QStringLiteral("figures"), &document); failed >= 0)
        return failed;
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("csv"))
        return fail(CommandLine::UsageError, Tr::tr("--format takes text or csv, not “%1”.").arg(format));
    const FigureModel &figures = *document.figures();
    if (format == QLatin1String("csv")) {
        writeFiguresCsv(figures);
        out().flush();
        return CommandLine::Success;
    }
    for (const Figure &f : figures.figures())
        out() << f.id.leftJustified(40) << ' '
              << figures.numberFormat().quantityRange(f.low, f.high, f.unit).leftJustified(22) << ' '
              << FigureText::labelName(f) << '\n';
    out().flush();
    return CommandLine::Success;
}

int runParams(const QStringList &args)
{
    QCommandLineParser parser;
    Document document;
    if (const int failed = openForListing(parser, args, QStringLiteral("params"), &document); failed >= 0)
        return failed;
    const ParameterModel &model = *document.parameters();
    for (int row = 0; row < model.rowCount(); ++row) {
        const Parameter &p = model.parameters().at(row);
        const QString value = model.index(row, ParameterModel::ValueColumn).data().toString();
        out() << p.name.leftJustified(14) << ' ' << value.leftJustified(22) << ' ' << p.label << '\n'
              << QString(15, QLatin1Char(' ')) << Tr::tr("used by: %1")
                     .arg(model.index(row, ParameterModel::UsedByColumn).data().toString())
              << '\n';
    }
    if (model.rowCount() == 0)
        out() << Tr::tr("This dataset has no parameters.") << '\n';
    // Each derived figure with how it is made, at these values.
    const FigureModel &figures = *document.figures();
    for (int row = 0; row < figures.rowCount(); ++row) {
        const Figure &f = figures.figure(row);
        if (f.isDerived())
            out() << f.id.leftJustified(40) << ' '
                  << figures.numberFormat().quantityRange(f.low, f.high, f.unit).leftJustified(12)
                  << ' ' << document.derivationText(row) << '\n';
    }
    out().flush();
    return CommandLine::Success;
}

// "1200x675" (or "1200×675"), split into its sides; no match for anything else.
QRegularExpressionMatch sizeMatch(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d+)[xX×](\\d+)$"));
    return re.match(text);
}

// The sides of a matched size as numbers; false when either is too long to be one.
bool sizeSides(const QRegularExpressionMatch &m, QSize *size)
{
    bool wide = false;
    bool tall = false;
    *size = QSize(m.captured(1).toInt(&wide), m.captured(2).toInt(&tall));
    return wide && tall;
}

// --size WIDTHxHEIGHT into *size; a usage problem, or empty. Bounds are checkOptions's to name (too
// small, too large); a side too long to be a number at all leaves *size as it was, for
// sideTooLong to name once the scale is known.
QString parseSize(const QString &text, QSize *size)
{
    const QRegularExpressionMatch m = sizeMatch(text);
    if (!m.hasMatch())
        return Tr::tr("--size takes WIDTHxHEIGHT such as 1200x675, not “%1”.").arg(text);
    if (QSize sides; sizeSides(m, &sides))
        *size = sides;
    return {};
}

// A --size with a side too long to be a number is too large, whatever its other side: said in the
// words, and with the exit code, of a side over the limit. Empty for any other size.
QString sideTooLong(const QCommandLineParser &parser, int scale)
{
    const QRegularExpressionMatch m = sizeMatch(parser.value(QStringLiteral("size")));
    if (QSize sides; !m.hasMatch() || sizeSides(m, &sides))
        return {};
    return ChartExporter::sidesTooLarge(m.captured(1), m.captured(2), scale);
}

void addExportOptions(QCommandLineParser *parser)
{
    const auto option = [parser](const QString &name, const QString &help, const QString &value = {},
                                 const QString &defaultValue = {}) {
        parser->addOption(QCommandLineOption(name, help, value, defaultValue));
    };
    option(QStringLiteral("chart"), Tr::tr("Chart to export (see `spendlens charts`), or all: every chart into the folder -o names."), QStringLiteral("NAME"));
    option(QStringLiteral("batch"),
           Tr::tr("Run every export listed in FILE, one export's arguments a line (# comments, "
                  "quotes as in a shell), in one process; the other options given apply to every line."),
           QStringLiteral("FILE"));
    parser->addOption(datasetOption());
    option(QStringLiteral("baseline"), Tr::tr("Id of the baseline figure for ratios."), QStringLiteral("ID"));
    option(QStringLiteral("compare"),
           Tr::tr("The figures to compare: a ready-made comparison (meta-vs-deepseek, "
                  "hyperscalers-2025 or frontier-training-runs) or figure ids separated by commas "
                  "(see `spendlens figures`)."),
           QStringLiteral("NAME|ID,ID,…"));
    parser->addOption(paramOption());
    option(QStringLiteral("range"), Tr::tr("Read ranges as range (default), low, mid or high."),
           QStringLiteral("MODE"));
    option(QStringLiteral("currency"),
           Tr::tr("Show money in USD (default) or CNY; figures in the other currency are converted at "
                  "the named yearly rate (usd_cny_YEAR)."),
           QStringLiteral("CODE"));
    option(QStringLiteral("preset"), Tr::tr("article, phone, square, story or print-a5."), QStringLiteral("NAME"));
    option(QStringLiteral("size"), Tr::tr("Logical size, default 1200x675."), QStringLiteral("WxH"));
    option(QStringLiteral("scale"), Tr::tr("Pixel scale 1–4, default 2."), QStringLiteral("N"));
    option(QStringLiteral("format"), Tr::tr("png, svg, pdf or csv; default from the file name."),
           QStringLiteral("FORMAT"));
    option(QStringLiteral("theme"), Tr::tr("light or dark."), QStringLiteral("THEME"), QStringLiteral("light"));
    option(QStringLiteral("title"), Tr::tr("Chart title (default: automatic)."), QStringLiteral("TEXT"));
    option(QStringLiteral("subtitle"), Tr::tr("Subtitle (default: automatic)."), QStringLiteral("TEXT"));
    option(QStringLiteral("notes"), Tr::tr("Notes under the chart."), QStringLiteral("TEXT"));
    option(QStringLiteral("byline"), Tr::tr("Byline, e.g. your name and outlet."), QStringLiteral("TEXT"));
    option(QStringLiteral("caveat"), Tr::tr("Caveat in your words (default: automatic)."), QStringLiteral("TEXT"));
    option(QStringLiteral("no-caveat"), Tr::tr("Leave the automatic caveat off."));
    option(QStringLiteral("entities"), Tr::tr("Companies for the trend chart, comma-separated "
                                              "(default: Meta,Microsoft,Alphabet,Amazon)."),
           QStringLiteral("NAME,NAME,…"));
    option(QStringLiteral("quarterly"), Tr::tr("Trend chart by quarter, where the data has quarters."));
    option(QStringLiteral("line"), Tr::tr("Trend chart as lines rather than bars."));
    option(QStringLiteral("cumulative"), Tr::tr("Trend chart as each company's total over the years all share."));
    option(QStringLiteral("linear"), Tr::tr("Linear value axis for the comparison chart."));
    option(QStringLiteral("log"), Tr::tr("Log value axis for the comparison chart."));
    option(QStringLiteral("strict"),
           Tr::tr("Write nothing, and exit 1, when a custom title or subtitle may no longer hold."));
    option(QStringLiteral("lang"), Tr::tr("Language of the chart's texts: en or zh_CN (default: the system's)."),
           QStringLiteral("LANG"));
    option(QStringLiteral("units"), Tr::tr("short ($60B), long (60 billion dollars) or chinese (600亿美元)."),
           QStringLiteral("STYLE"));
    option(QStringLiteral("alt-text"), Tr::tr("Also write the chart's alt text and headline to FILE."),
           QStringLiteral("FILE"));
    option(QStringLiteral("factcheck"),
           Tr::tr("Also write the chart's fact-check sheet to FILE: .md (Markdown) or .pdf."),
           QStringLiteral("FILE"));
    EmphasisOptions::add(parser);
    parser->addOption({{QStringLiteral("o"), QStringLiteral("output")}, Tr::tr("File to write."),
                       QStringLiteral("OUT")});
}

// Reads the export options into *options; a usage problem, or empty.
QString readExportOptions(const QCommandLineParser &parser, const QString &output,
                          ChartExporter::Options *options, ChartStyle::Theme *theme, bool *csv)
{
    const auto value = [&parser](const char *name) { return parser.value(QLatin1String(name)); };
    const auto isSet = [&parser](const char *name) { return parser.isSet(QLatin1String(name)); };
    QString format = value("format").toLower();
    const bool folder = output.endsWith(QLatin1Char('/')) || QFileInfo(output).isDir(); // --chart all
    if (format.isEmpty() && !folder)
        format = QFileInfo(output).suffix().toLower();
    *csv = format == QLatin1String("csv");
    if (!*csv && !ChartExporter::formatFromKey(format, &options->format)) {
        if (isSet("format"))
            return Tr::tr("unknown format “%1” (png, svg, pdf or csv).").arg(format);
        if (!format.isEmpty()) // x.gif would be a PNG under another format's name
            return Tr::tr("-o %1: SpendLens writes .png, .svg, .pdf or .csv; name the file so, or give --format.")
                .arg(output);
        options->format = ChartExporter::Format::Png;
    }
    if (isSet("preset")) {
        const std::optional<ChartExporter::Preset> preset = ChartExporter::preset(value("preset"));
        if (!preset)
            return Tr::tr("unknown preset “%1” (article, phone, square, story or print-a5).").arg(value("preset"));
        options->logicalSize = preset->logicalSize;
        options->scale = preset->scale;
        options->page = preset->page;
        options->typeScale = preset->typeScale;
    }
    if (const QString problem = isSet("size") ? parseSize(value("size"), &options->logicalSize) : QString();
        !problem.isEmpty())
        return problem;
    if (isSet("scale")) {
        bool ok = false;
        options->scale = value("scale").toInt(&ok);
        if (!ok)
            return Tr::tr("--scale takes a whole number from 1 to 4, not “%1”.").arg(value("scale"));
    }
    const QString problem = ChartExporter::checkOptions(*options);
    if (!problem.isEmpty() && problem != ChartExporter::checkPixels(*options))
        return CommandLine::sentence(problem); // too large is not a usage error: runExport says so
    if (!ChartStyle::themeFromKey(value("theme"), theme))
        return Tr::tr("unknown theme “%1” (light or dark).").arg(value("theme"));
    if (isSet("linear") && isSet("log"))
        return Tr::tr("--linear and --log cannot both be given.");
    if (isSet("caveat") && isSet("no-caveat"))
        return Tr::tr("--caveat and --no-caveat cannot both be given.");
    return {};
}

// The chart's texts and axis as the document saved them, with each flag given in their place.
ChartSettings chartSettingsWithFlags(const QCommandLineParser &parser, ChartSettings settings)
{
    const auto take = [&parser](const char *name, QString *field) {
        if (parser.isSet(QLatin1String(name)))
            *field = parser.value(QLatin1String(name));
    };
    take("title", &settings.title);
    take("subtitle", &settings.subtitle);
    take("notes", &settings.notes);
    take("byline", &settings.byline);
    take("caveat", &settings.caveat);
    if (parser.isSet(QStringLiteral("caveat")) || parser.isSet(QStringLiteral("no-caveat")))
        settings.showCaveat = !parser.isSet(QStringLiteral("no-caveat"));
    if (parser.isSet(QStringLiteral("linear")) || parser.isSet(QStringLiteral("log")))
        settings.logScale = parser.isSet(QStringLiteral("log"));
    return settings;
}

// --compare NAME (a ready-made comparison) or ID,ID,…: the figures the charts compare; like
// choosing them in the window, it clears the filter so that all of them show. A problem, or empty.
QString applyComparison(const QString &value, Document *document)
{
    Preset preset;
    if (Presets::find(value, &preset))
        return document->applyPreset(preset);
    QStringList ids;
    for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString id = part.trimmed();
        if (document->figures()->rowOf(id) < 0)
            return Tr::tr("--compare: “%1” is neither a ready-made comparison (meta-vs-deepseek, "
                          "hyperscalers-2025 or frontier-training-runs) nor the id of a figure in "
                          "this document (`spendlens figures` lists them).")
                .arg(id);
        if (!ids.contains(id))
            ids.append(id);
    }
    if (ids.isEmpty())
        return Tr::tr("--compare takes a comparison name or figure ids separated by commas.");
    document->setCompared(ids);
    document->setFilter(FigureFilter());
    return {};
}

// --entities, --quarterly, --line, --cumulative: what the trend chart compares and how it draws
// it. A problem (an unknown company, named), or empty.
QString applyTrendOptions(const QCommandLineParser &parser, Document *document)
{
    TrendSettings trend = document->trendSettings();
    if (parser.isSet(QStringLiteral("entities"))) {
        trend.entities.clear();
        for (const QString &part : parser.value(QStringLiteral("entities")).split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!part.trimmed().isEmpty() && !trend.entities.contains(part.trimmed()))
                trend.entities.append(part.trimmed());
        if (trend.entities.isEmpty())
            return Tr::tr("--entities takes company names separated by commas.");
        const QStringList unknown = TrendSeries::unknownEntities(*document->figures(), trend.entities);
        if (!unknown.isEmpty())
            return Tr::tr("--entities: no figure belongs to “%1” (`spendlens figures` lists the companies).")
                .arg(unknown.join(QStringLiteral("”, “")));
    }
    trend.quarterly = trend.quarterly || parser.isSet(QStringLiteral("quarterly"));
    trend.line = trend.line || parser.isSet(QStringLiteral("line"));
    trend.cumulative = trend.cumulative || parser.isSet(QStringLiteral("cumulative"));
    document->setTrendSettings(trend);
    return {};
}

// --lang (or the reader's preference) in force before anything else is checked, so that every
// message of the export, a bad --size or chart name among them, is in that language. -1 when all
// went well, else the exit code (printed).
int applyExportLanguage(const QCommandLineParser &parser)
{
    const QString lang = parser.value(QStringLiteral("lang"));
    if (!lang.isEmpty() && lang != QLatin1String("en") && lang != QLatin1String("zh_CN"))
        return fail(CommandLine::UsageError, Tr::tr("unknown language “%1” (en or zh_CN).").arg(lang));
    const QString language = Preferences::load().resolvedLanguage(lang);
    if (!Localization::apply(language))
        err() << Tr::tr("spendlens: no %1 translation found; writing in English.").arg(language) << Qt::endl;
    return -1;
}

// The document as the window would show it (the saved file, the reader's preferences), then
// the flags that override a part of it. -1 when all went well, else the exit code (printed).
int openForExport(const QCommandLineParser &parser, Document *document)
{
    const Preferences preferences = Preferences::load();
    const QString language = preferences.resolvedLanguage(parser.value(QStringLiteral("lang")));
    preferences.applyTo(document, language);
    NumberFormat::UnitStyle units = preferences.resolvedUnitStyle(language);
    if (parser.isSet(QStringLiteral("units"))) {
        if (!NumberFormat::unitStyleFromKey(parser.value(QStringLiteral("units")), &units))
            return fail(CommandLine::UsageError, Tr::tr("unknown unit style “%1” (short, long or chinese).")
                                                     .arg(parser.value(QStringLiteral("units"))));
        document->setNumberFormat(NumberFormat::forStyle(units, QLocale()));
    }
    const QString loadError = loadDataset(parser, document);
    if (!loadError.isEmpty())
        return fail(CommandLine::Failure, loadError);
    if (parser.isSet(QStringLiteral("compare"))) {
        const QString problem = applyComparison(parser.value(QStringLiteral("compare")), document);
        if (!problem.isEmpty())
            return fail(CommandLine::Failure, problem);
    }
    if (parser.isSet(QStringLiteral("range"))) {
        NumberFormat::RangeMode mode;
        if (!NumberFormat::rangeModeFromKey(parser.value(QStringLiteral("range")), &mode))
            return fail(CommandLine::UsageError,
                        Tr::tr("unknown range mode “%1” (range, low, mid or high).")
                            .arg(parser.value(QStringLiteral("range"))));
        document->setRangeMode(mode);
    }
    if (const QString problem = applyTrendOptions(parser, document); !problem.isEmpty())
        return fail(CommandLine::UsageError, problem);
    const QString paramProblem = applyParams(parser, document);
    if (!paramProblem.isEmpty())
        return fail(CommandLine::UsageError, paramProblem);
    if (parser.isSet(QStringLiteral("currency"))) {
        FigureUnit currency = FigureUnit::Usd;
        if (!FigureText::unitFromText(parser.value(QStringLiteral("currency")), &currency) ||
            !FigureText::isMoney(currency))
            return fail(CommandLine::UsageError, Tr::tr("unknown currency “%1” (USD or CNY).")
                                                     .arg(parser.value(QStringLiteral("currency"))));
        document->setChartCurrency(currency);
    }
    if (parser.isSet(QStringLiteral("baseline"))) {
        const QString id = parser.value(QStringLiteral("baseline"));
        if (document->figures()->rowOf(id) < 0)
            return fail(CommandLine::UsageError,
                        Tr::tr("no figure has the id “%1” (`spendlens figures` lists them).").arg(id));
        document->setBaseline(id);
    }
    return -1;
}

// What one export writes: which charts, where, at what size and in what format.
struct ExportRequest
{
    QVector<ChartType> charts; // one, or every chart of the catalog for --chart all
    QString output;            // the file, or for --chart all the folder
    ChartExporter::Options options;
    ChartStyle::Theme theme = ChartStyle::Theme::Light;
    bool csv = false;
    // A PNG's encoding and writing may finish while the next chart is drawn (ExportPipeline):
    // in a batch, and for --chart all.
    bool pipelined = false;
};

// --chart all -o DIR/: a folder that is there, or one to make (named with a trailing /).
int prepareFolder(const QCommandLineParser &parser, const QString &folder)
{
    if (parser.isSet(QStringLiteral("alt-text")) || parser.isSet(QStringLiteral("factcheck")))
        return fail(CommandLine::UsageError,
                    Tr::tr("--alt-text and --factcheck name one file: give them per chart (--batch), "
                           "not with --chart all."));
    const QFileInfo info(folder);
    if (info.isDir())
        return -1;
    if (info.exists() || !folder.endsWith(QLatin1Char('/')))
        return fail(CommandLine::UsageError,
                    Tr::tr("--chart all writes one file a chart: -o names a folder (such as charts/), "
                           "not “%1”.").arg(folder));
    if (!QDir().mkpath(folder))
        return fail(CommandLine::Failure, Tr::tr("%1: the folder could not be made.").arg(folder));
    return -1;
}

// Reads the chart, output and options of an export. -1 when all went well, else the exit
// code (the problem is printed).
int readExportRequest(const QCommandLineParser &parser, ExportRequest *request)
{
    if (!parser.positionalArguments().isEmpty())
        return fail(CommandLine::UsageError,
                    Tr::tr("unexpected argument “%1”.").arg(parser.positionalArguments().first()));
    QStringList names;
    for (const ChartCatalog::Entry &e : ChartCatalog::entries())
        names.append(e.key);
    const QString chartKey = parser.value(QStringLiteral("chart"));
    const bool all = chartKey == QLatin1String("all");
    if (!parser.isSet(QStringLiteral("chart")))
        return fail(CommandLine::UsageError, Tr::tr("--chart is required (one of: %1).")
                                                 .arg(names.join(QStringLiteral(", "))));
    const std::optional<ChartType> type = ChartCatalog::fromKey(chartKey);
    if (!type && !all)
        return fail(CommandLine::UsageError, Tr::tr("unknown chart “%1” (one of: %2).")
                                                 .arg(chartKey, names.join(QStringLiteral(", "))));
    for (const ChartCatalog::Entry &e : ChartCatalog::entries())
        if (all || e.type == *type)
            request->charts.append(e.type);
    request->output = parser.value(QStringLiteral("output"));
    if (request->output.isEmpty())
        return fail(CommandLine::UsageError, all ? Tr::tr("-o DIR/ is required.") : Tr::tr("-o OUT is required."));
    const QString usageProblem =
        readExportOptions(parser, request->output, &request->options, &request->theme, &request->csv);
    if (!usageProblem.isEmpty())
        return fail(CommandLine::UsageError, usageProblem);
    FactCheckExport::Format factCheckFormat;
    if (QString problem; parser.isSet(QStringLiteral("factcheck")) &&
                         !FactCheckExport::formatFromPath(parser.value(QStringLiteral("factcheck")), &factCheckFormat, &problem))
        return fail(CommandLine::UsageError, Tr::tr("--factcheck: %1.").arg(problem));
    QString tooLarge = sideTooLong(parser, request->options.scale);
    if (tooLarge.isEmpty())
        tooLarge = ChartExporter::checkPixels(request->options);
    if (!tooLarge.isEmpty())
        return fail(CommandLine::Failure, CommandLine::sentence(tooLarge));
    request->pipelined = (all || !BatchExport::currentJob().isEmpty()) && ExportPipeline::enabled();
    return all ? prepareFolder(parser, request->output) : -1;
}

// How messages name a chart: in English by the --chart key typed, in another language by its name
// as the window shows it ("trend" means nothing in Chinese; 各公司趋势 does).
QString chartWord(ChartType type)
{
    const ChartCatalog::Entry entry = ChartCatalog::entry(type);
    return Localization::current() == QLatin1String("en") ? entry.key : entry.name;
}

QString wroteMessage(const QString &chartWord, const QString &output, const ChartExporter::Options &options,
                    qint64 ms)
{
    const QSize pixels = options.logicalSize * options.scale;
    return Tr::tr("spendlens: wrote the %1 chart to %2 (%3, %4×%5 px, %6 ms)")
        .arg(chartWord, output, ChartExporter::formatKey(options.format).toUpper())
        .arg(pixels.width())
        .arg(pixels.height())
        .arg(ms);
}

// Paints the chart and leaves its PNG to the pipeline, which encodes it while the next chart is
// drawn, then writes and reports it as exportOneChart would (failedLater: the write failed).
int submitPng(ChartType type, const Document &document, const ExportRequest &request, const QString &output,
              const QElapsedTimer &timer, const std::function<void()> &failedLater)
{
    QString error;
    bool illegible = false;
    const QImage image = ChartExporter::paintPng(type, document, ChartStyle::forTheme(request.theme),
                                                 request.options, output, &error, &illegible);
    if (image.isNull())
        return illegible ? fail(CommandLine::UsageError, error + QLatin1Char('.')) : fail(CommandLine::Failure, error);
    const QString word = chartWord(type); // in this job's language, though reported later
    const ChartExporter::Options options = request.options;
    ExportPipeline::Png png;
    png.image = image;
    png.path = output;
    png.job = BatchExport::currentJob();
    png.language = Localization::current();
    png.wroteMessage = [=] { return wroteMessage(word, output, options, timer.elapsed()); };
    png.failed = failedLater;
    ExportPipeline::instance().submit(std::move(png));
    return CommandLine::Success;
}

// Writes one chart of the open document, with its texts from the flags; the exit code. In a
// pipeline a PNG may be written later: failedLater is called if that write fails.
int exportOneChart(const QCommandLineParser &parser, Document *document, const ExportRequest &request,
                   ChartType type, const QString &output, const std::function<void()> &failedLater = {})
{
    const QString chartKey = ChartCatalog::entry(type).key;
    const ChartSettings settings = chartSettingsWithFlags(parser, document->ownChartSettings(chartKey));
    const QString tooLong = settings.problem();
    if (!tooLong.isEmpty())
        return fail(CommandLine::Failure, tooLong + QLatin1Char('.'));
    document->setChartSettings(chartKey, settings);
    if (const QString problem = EmphasisOptions::apply(parser, document, chartKey); !problem.isEmpty())
        return fail(CommandLine::UsageError, problem);
    // An image that only says "Choose a baseline figure." is no chart (its CSV still lists why).
    if (const QString empty = ChartCatalog::spec(type, *document).emptyMessage(); !empty.isEmpty() && !request.csv)
        return fail(CommandLine::Failure, Tr::tr("the %1 chart has nothing to draw: %2 Nothing was written for it.")
                                              .arg(chartWord(type), empty));
    if (const QString warning = document->chartTextWarning(chartKey); !warning.isEmpty()) {
        if (parser.isSet(QStringLiteral("strict")))
            return fail(CommandLine::Failure,
                        Tr::tr("%1 Nothing was written (--strict).").arg(warning));
        err() << Tr::tr("spendlens: warning: %1").arg(where() + warning) << Qt::endl;
    }

    QString error;
    const bool deferred = request.pipelined && !request.csv && request.options.format == ChartExporter::Format::Png;
    if (!deferred || parser.isSet(QStringLiteral("alt-text")) || parser.isSet(QStringLiteral("factcheck")))
        ExportPipeline::instance().settle(); // any other file is written after the charts before it
    if (parser.isSet(QStringLiteral("alt-text"))) {
        const QString text = ChartCatalog::headline(type, *document) + QStringLiteral("\n\n") +
                             ChartCatalog::altText(type, *document) + QLatin1Char('\n');
        if (!ChartExporter::writeText(text, parser.value(QStringLiteral("alt-text")), &error))
            return fail(CommandLine::Failure, error);
    }
    if (parser.isSet(QStringLiteral("factcheck")) &&
        !FactCheckExport::write(ChartCatalog::spec(type, *document), parser.value(QStringLiteral("factcheck")), &error))
        return fail(CommandLine::Failure, error);
    if (request.csv) {
        if (!ChartExporter::writeText(ChartCatalog::dataCsv(type, *document), output, &error))
            return fail(CommandLine::Failure, error);
        err() << Tr::tr("spendlens: wrote the %1 chart's data to %2").arg(chartWord(type), output) << Qt::endl;
        return CommandLine::Success;
    }
    const ChartExporter::Options &options = request.options;
    QElapsedTimer timer;
    timer.start();
    if (deferred)
        return submitPng(type, *document, request, output, timer, failedLater);
    // Too small for the chart with its data: refused (exit 2) rather than a broken image written.
    bool illegible = false;
    if (!ChartExporter::exportChart(type, *document, ChartStyle::forTheme(request.theme), options, output, &error,
                                    &illegible))
        return illegible ? fail(CommandLine::UsageError, error + QLatin1Char('.')) : fail(CommandLine::Failure, error);
    err() << wroteMessage(chartWord(type), output, options, timer.elapsed()) << Qt::endl;
    return CommandLine::Success;
}

// The arguments without --batch FILE: what every job of the batch starts from.
QStringList withoutBatch(QStringList args)
{
    for (qsizetype i = args.size() - 1; i >= 1; --i) {
        if (args.at(i) == QLatin1String("--batch"))
            args.remove(i, std::min<qsizetype>(2, args.size() - i));
        else if (args.at(i).startsWith(QLatin1String("--batch=")))
            args.remove(i);
    }
    return args;
}

int runExport(const QStringList &args)
{
    QCommandLineParser parser;
    addExportOptions(&parser);
    if (const int done = parseCommand(&parser, args, QStringLiteral("export")); done >= 0)
        return done;
    if (parser.isSet(QStringLiteral("batch")) &&
        (parser.isSet(QStringLiteral("chart")) || parser.isSet(QStringLiteral("output"))))
        return fail(CommandLine::UsageError,
                    Tr::tr("--chart and -o name one export: with --batch, give them on each line of %1.")
                        .arg(parser.value(QStringLiteral("batch"))));
    if (parser.isSet(QStringLiteral("batch")))
        return BatchExport::run(parser.value(QStringLiteral("batch")), withoutBatch(args), runExport);
    if (const int failed = applyExportLanguage(parser); failed >= 0)
        return failed;
    ExportRequest request;
    if (const int failed = readExportRequest(parser, &request); failed >= 0)
        return failed;
    Document document;
    if (const int failed = openForExport(parser, &document); failed >= 0)
        return failed;
    if (request.charts.size() == 1) {
        for (const QString &note : OptionScope::notes(parser, request.charts.first())) // a note, not an error
            err() << CommandLine::said(where(), note) << Qt::endl;
        const QString job = BatchExport::currentJob();
        return exportOneChart(parser, &document, request, request.charts.first(), request.output,
                              [job] { BatchExport::failedLater(job); });
    }
    // --chart all: every chart of the catalog into the folder; one that fails stops none.
    const QString suffix = request.csv ? QStringLiteral("csv") : ChartExporter::formatKey(request.options.format);
    int failures = 0;
    for (ChartType type : request.charts) {
        const QString name = ChartCatalog::entry(type).key + QLatin1Char('.') + suffix;
        if (exportOneChart(parser, &document, request, type, QDir(request.output).filePath(name),
                           [&failures] { ++failures; }) != CommandLine::Success)
            ++failures;
    }
    ExportPipeline::instance().settle(); // the last chart's write counts for this command
    return failures ? CommandLine::Failure : CommandLine::Success;
}

// "--map entity=Company,value=3": fields by name, columns by header or 1-based number.
QString parseMap(const QString &text, const QStringList &header, QMap<ImportField, int> *columns)
{
    static const QList<ImportField> fields{
        ImportField::Id, ImportField::Entity, ImportField::Label, ImportField::Kind, ImportField::Year,
        ImportField::Period, ImportField::Value, ImportField::Low, ImportField::High, ImportField::Unit,
        ImportField::Status, ImportField::Stated, ImportField::SourceTitle, ImportField::Publisher,
        ImportField::Url, ImportField::SourceDate, ImportField::Quote, ImportField::Basis,
        ImportField::Level, ImportField::Caveat, ImportField::Note};
    for (const QString &pair : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString key = pair.section(QLatin1Char('='), 0, 0).trimmed();
        const QString column = pair.section(QLatin1Char('='), 1).trimmed();
        std::optional<ImportField> field;
        for (ImportField f : fields)
            if (FigureImport::fieldName(f).remove(QLatin1Char(' ')).compare(QString(key).remove(QLatin1Char(' ')),
                                                                            Qt::CaseInsensitive) == 0)
                field = f;
        if (!field)
            return Tr::tr("--map: unknown field “%1”.").arg(key);
        bool isNumber = false;
        const int number = column.toInt(&isNumber);
        int index = isNumber ? number - 1 : int(header.indexOf(column));
        if (index < 0 || index >= header.size())
            return Tr::tr("--map: the file has no column “%1”.").arg(column);
        columns->insert(*field, index);
    }
    return {};
}

// Errors exit 1; warnings alone (a kind placed under "other") exit 0.
int reportValidation(const QString &path, int figures, const QStringList &problems,
                     const QStringList &warnings)
{
    for (const QString &problem : problems)
        out() << path << ": " << problem << '\n';
    for (const QString &warning : warnings)
        out() << path << ": " << Tr::tr("warning: %1").arg(warning) << '\n';
    if (!problems.isEmpty()) {
        out() << Tr::tr("%1: %2, %3.")
                     .arg(path, TableImport::problemCount(problems.size()), TableImport::warningCount(warnings.size()))
              << Qt::endl;
        return CommandLine::Failure;
    }
    if (warnings.isEmpty())
        out() << Tr::tr("%1: %2, no problems.").arg(path, TableImport::figureCount(figures)) << Qt::endl;
    else
        out() << Tr::tr("%1: %2, no problems, %3.")
                     .arg(path, TableImport::figureCount(figures), TableImport::warningCount(warnings.size()))
              << Qt::endl;
    return CommandLine::Success;
}

// The figures as a document of their own, their series chosen for the growth chart.
int writeImported(const QVector<Figure> &figures, const QString &output)
{
    QString error;
    if (!DatasetJson::writeFile(TableImport::datasetOf(figures), output, &error))
        return fail(CommandLine::Failure, error);
    return CommandLine::Success;
}

// An SEC company-facts file (EDGAR's companyfacts JSON): capex figures of the --concept items.
int runSecImport(const QString &input, const QString &output, const QStringList &concepts)
{
    const SecImportResult result =
        SecFactsImport::run(SecCompanyFacts::readFile(input), SecFactsImport::splitConceptList(concepts));
    if (!result.ok)
        return fail(CommandLine::Failure, result.error + QLatin1Char(' ') + Tr::tr("Nothing was written."));
    if (const int code = writeImported(result.figures, output); code != CommandLine::Success)
        return code;
    err() << Tr::tr("spendlens: imported %1 figures from SEC company facts into %2.").arg(result.figures.size()).arg(output)
          << Qt::endl;
    return CommandLine::Success;
}

int runImport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("IN"), Tr::tr("CSV or TSV file to import."));
    parser.addOption({QStringLiteral("map"), Tr::tr("field=COLUMN pairs, comma-separated."), QStringLiteral("MAP")});
    parser.addOption({QStringLiteral("kind"), Tr::tr("Kind for rows that give none."), QStringLiteral("KIND")});
    parser.addOption({QStringLiteral("source"), Tr::tr("Source title for rows that give none."), QStringLiteral("TITLE")});
    parser.addOption({QStringLiteral("publisher"), Tr::tr("Publisher for rows that give none."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("scale"),
                      Tr::tr("What bare numbers are in where a column's header does not say (as "
                             "“Capex ($m)” or “USD bn” do): units, k (thousands), m (millions) or "
                             "bn (billions)."),
                      QStringLiteral("UNIT")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, Tr::tr("Document to write."), QStringLiteral("OUT")});
    parser.addOption({QStringLiteral("concept"),
                      Tr::tr("SEC company facts: the concept to import (default "
                             "PaymentsToAcquirePropertyPlantAndEquipment); repeat it or separate "
                             "names with commas to add concepts up."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("models"),
                      Tr::tr("Epoch AI's training-cost-trends model_costs.csv: Epoch's AI Models file "
                             "(“All ML Systems - full view.csv”), which gives each model its developer "
                             "and date (default: the one beside the file or in its data folder)."),
                      QStringLiteral("FILE")});
    if (const int done = parseCommand(&parser, args, QStringLiteral("import")); done >= 0)
        return done;
    if (parser.positionalArguments().size() != 1)
        return fail(CommandLine::UsageError, Tr::tr("import takes one file: spendlens import IN.csv -o OUT.spendlens"));
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return fail(CommandLine::UsageError, Tr::tr("-o OUT.spendlens is required."));
    ImportOptions options;
    if (parser.isSet(QStringLiteral("kind")) &&
        !FigureText::kindFromText(parser.value(QStringLiteral("kind")), &options.defaultKind))
        return fail(CommandLine::UsageError, Tr::tr("unknown kind “%1”.").arg(parser.value(QStringLiteral("kind"))));
    if (parser.isSet(QStringLiteral("scale"))) {
        double scale = 1;
        if (!ImportScale::fromText(parser.value(QStringLiteral("scale")), &scale))
            return fail(CommandLine::UsageError, Tr::tr("--scale takes units, k, m or bn, not “%1”.")
                                                     .arg(parser.value(QStringLiteral("scale"))));
        options.scale = scale;
    }
    options.defaultSource.title = parser.value(QStringLiteral("source"));
    options.defaultSource.publisher = parser.value(QStringLiteral("publisher"));

    const QString input = parser.positionalArguments().first();
    if (FileIo::isSameFile(input, output))
        return fail(CommandLine::UsageError,
                    Tr::tr("%1: the output is the input; name another file with -o.").arg(output));
    const bool secFacts = QFileInfo(input).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0;
    if (parser.isSet(QStringLiteral("concept")) && !secFacts)
        return fail(CommandLine::UsageError, Tr::tr("--concept is for SEC company-facts files (.json)."));
    if (secFacts)
        return runSecImport(input, output, parser.values(QStringLiteral("concept")));
    CsvRead read = CsvReader().readFile(input);
    if (!read.ok)
        return fail(CommandLine::Failure, read.error);
    const QString mapProblem = parseMap(parser.value(QStringLiteral("map")), read.table.header(), &options.columns);
    if (!mapProblem.isEmpty())
        return fail(CommandLine::UsageError, mapProblem);
    options.epochModelsFile = parser.value(QStringLiteral("models"));
    if (!options.epochModelsFile.isEmpty() && !EpochCostsImport::recognise(read.table, options.columns))
        return fail(CommandLine::UsageError,
                    Tr::tr("--models is for Epoch AI's model_costs.csv (Model, Cloud_Cost, …); %1 is not one.")
                        .arg(input));
    const FigureImportResult result = FigureImport(options).run(read.table);
    if (!result.ok)
        return fail(CommandLine::Failure, result.error);
    if (const QString refused = TableImport::report(err(), read.table.origin(), result); !refused.isEmpty())
        return fail(CommandLine::Failure, refused);
    read = CsvRead(); // the file's text goes before the document is written
    if (const int code = writeImported(result.figures, output); code != CommandLine::Success)
        return code;
    err() << Tr::tr("spendlens: imported %1 into %2; %3.")
                 .arg(TableImport::figureCount(result.figures.size()), output,
                      TableImport::warningCount(result.warnings.size()))
          << Qt::endl;
    return CommandLine::Success;
}

int runValidate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("Document, dataset or CSV file to check."));
    if (const int done = parseCommand(&parser, args, QStringLiteral("validate")); done >= 0)
        return done;
    if (parser.positionalArguments().size() != 1)
        return fail(CommandLine::UsageError, Tr::tr("validate takes one file: spendlens validate FILE"));
    const QString path = parser.positionalArguments().first();
    QStringList problems;
    QStringList warnings;
    int figures = 0;
    if (TableImport::isTablePath(path)) {
        const CsvRead read = CsvReader().readFile(path);
        if (!read.ok)
            return fail(CommandLine::Failure, read.error);
        const FigureImportResult result = FigureImport().run(read.table);
        if (!result.ok)
            return fail(CommandLine::Failure, result.error);
        for (const RowProblem &problem : result.problems)
            problems << problem.message();
        for (const RowProblem &warning : result.warnings)
            warnings << warning.message();
        figures = int(result.figures.size());
    } else {
        const DatasetRead read = DatasetJson::readFile(path);
        if (!read.ok)
            return fail(CommandLine::Failure, read.error);
        problems = read.problems;
        warnings = read.warnings;
        figures = int(read.dataset.figures.size());
    }
    return reportValidation(path, figures, problems, warnings);
}

bool asksForHelp(const QStringList &arguments)
{
    return arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"));
}

// Help is read in the language the window would speak: --lang, else the preferences and the
// system's locale.
void applyHelpLanguage(const QStringList &arguments)
{
    QString lang;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--lang"))
            lang = arguments.value(i + 1);
        else if (arguments.at(i).startsWith(QLatin1String("--lang=")))
            lang = arguments.at(i).mid(7);
    }
    Localization::apply(Preferences::load().resolvedLanguage(lang));
}

} // namespace

namespace CommandLine {

QString said(const QString &where, const QString &message)
{
    return Tr::tr("spendlens: %1%2").arg(where, message); // where: a batch job's "FILE:LINE: ", or nothing
}

QString sentence(const QString &text)
{
    return Tr::tr("%1.").arg(text);
}

QString usage()
{
    return Tr::tr("Usage:\n"
              "  spendlens [--dataset FILE]          open the dashboard\n"
              "  spendlens export --chart NAME -o OUT [--dataset FILE] [--baseline ID]\n"
              "                   [--preset article|phone|square|story|print-a5] [--size WxH] [--scale N]\n"
              "                   [--format png|svg|pdf|csv] [--theme light|dark] [--title TEXT]\n"
              "                   [--subtitle TEXT] [--notes TEXT] [--byline TEXT] [--caveat TEXT]\n"
              "                   [--no-caveat] [--linear|--log] [--alt-text FILE] [--lang en|zh_CN]\n"
              "                   [--factcheck FILE.md|FILE.pdf]\n"
              "                   [--units short|long|chinese] [--param NAME=VALUE]...\n"
              "                   [--compare meta-vs-deepseek|hyperscalers-2025|frontier-training-runs]\n"
              "                   [--compare ID,ID,...] [--range range|low|mid|high] [--strict]\n"

              "                   A document given with --dataset is drawn as the window draws it (its\n"
              "                   texts, baseline, compared figures, range, filter, parameters and\n"
              "                   axis); each flag replaces its part. --strict: a custom title that\n"
              "                   may no longer hold is an error (exit 1, nothing written), not a warning.\n"
              "  spendlens charts [--names]          list the charts\n"
              "  spendlens figures [--dataset FILE] [--param NAME=VALUE]... [--format text|csv]\n"
              "                                      list the figures and their ids; csv: every field\n"
              "  spendlens params [--dataset FILE] [--param NAME=VALUE]...\n"
              "                                      list the parameters and the figures made from them\n"
              "  spendlens import IN.csv [--map field=COL,...] [--kind KIND] [--source TITLE]\n"
              "                   [--publisher NAME] -o OUT.spendlens\n"
              "  spendlens import CIK##########.json [--concept NAME[,NAME...]]... -o OUT.spendlens\n"
              "                                      SEC company facts: capex by calendar year and quarter\n"
              "  spendlens import model_costs.csv [--models FILE] -o OUT.spendlens\n"
              "                                      Epoch AI's training costs, with each model's developer\n"
              "                                      and date from Epoch's AI Models file\n"
              "  spendlens validate FILE             check a document or CSV; exit 1 for errors,\n"
              "                                      0 when there are only warnings\n"
              "Exit status: 0 success, 1 failure (also: a figure id --compare does not know, a\n"
              "chart text over %1 characters, an image over %2 million pixels), 2 usage error.\n")
        .arg(ChartSettings::kMaxTextLength)
        .arg(ChartExporter::kMaxPixelCount / 1000000) +
        Tr::tr("Many exports in one process:\n"
               "  spendlens export --chart all -o DIR/ [options]\n"
               "                   every chart into DIR as NAME.png (or NAME.csv, .svg, .pdf by --format)\n"
               "  spendlens export --batch JOBS.txt [options]\n"
               "                   one export's arguments a line (# comments, quotes as in a shell);\n"
               "                   the options given apply to every line. A failing line is named\n"
               "                   (JOBS.txt:LINE) and the others still run; exit 1 if any failed.\n") +
        Tr::tr("More export options:\n"
               "                   [--highlight ID,ID,...] [--annotate ID=TEXT]... [--sort value|name|date]\n"
               "                   [--currency USD|CNY]\n"
               "                   trend chart: [--entities NAME,NAME,...] [--quarterly] [--line] [--cumulative]\n"
               "More import options: [--scale units|k|m|bn] (what bare numbers are in)\n");
}

bool isCommand(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString first = arguments.at(1);
    return kCommands.contains(first) || asksForHelp(arguments) || first == QLatin1String("--version") ||
           (!first.startsWith(QLatin1Char('-')) && !QFileInfo::exists(first)); // a file opens the window
}

int run(const QStringList &arguments)
{
    if (arguments.value(1) == QLatin1String("help") && kCommands.contains(arguments.value(2)))
        return run(QStringList{arguments.value(0), arguments.value(2), QStringLiteral("--help")});
    if (asksForHelp(arguments))
        applyHelpLanguage(arguments);
    const QString command = arguments.value(1);
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.value(0));
    if (command == QLatin1String("export"))
        return runExport(rest);
    if (command == QLatin1String("charts"))
        return runCharts(rest);
    if (command == QLatin1String("figures"))
        return runFigures(rest);
    if (command == QLatin1String("params"))
        return runParams(rest);
    if (command == QLatin1String("import"))
        return runImport(rest);
    if (command == QLatin1String("validate"))
        return runValidate(rest);
    if (command == QLatin1String("--version")) {
        out() << "spendlens " << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }
    if (command == QLatin1String("help") || asksForHelp(arguments)) {
        out() << usage()
              << Tr::tr("Each command's options: spendlens COMMAND --help (e.g. spendlens import --help).")
              << '\n';
        out().flush();
        return Success;
    }
    err() << Tr::tr("spendlens: unknown command “%1”.").arg(command) << '\n' << usage();
    err().flush();
    return UsageError;
}

} // namespace CommandLine
