#include "commandline.h"

#include "chartcanvas.h"
#include "chartexporter.h"
#include "document.h"
#include "figuremodel.h"
#include "ratiomodel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>

#include <cstdio>

namespace {

QString tr(const char *text) { return QCoreApplication::translate("CommandLine", text); }

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(int code, const QString &message)
{
    err() << "spendlens: " << message << Qt::endl;
    return code;
}

const QStringList kCommands{QStringLiteral("export"), QStringLiteral("charts"),
                            QStringLiteral("figures"), QStringLiteral("help")};

// Loads --dataset or the built-in figures into the document; empty on success.
QString loadDataset(const QCommandLineParser &parser, Document *document)
{
    const DatasetRead read = parser.isSet(QStringLiteral("dataset"))
                                 ? DatasetJson::readFile(parser.value(QStringLiteral("dataset")))
                                 : DatasetJson::builtIn();
    if (!read.ok)
        return read.error;
    document->load(read.dataset);
    return {};
}

QCommandLineOption datasetOption()
{
    return {QStringLiteral("dataset"), tr("Read figures from FILE instead of the built-in dataset."),
            QStringLiteral("FILE")};
}

int runCharts(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("names"), tr("Print only the chart names, one a line.")});
    if (!parser.parse(args))
        return fail(CommandLine::UsageError, parser.errorText());
    for (const ChartCatalog::Entry &e : ChartCatalog::entries()) {
        if (parser.isSet(QStringLiteral("names")))
            out() << e.key << '\n';
        else
            out() << e.key.leftJustified(10) << e.description << '\n';
    }
    out().flush();
    return CommandLine::Success;
}

int runFigures(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(datasetOption());
    if (!parser.parse(args))
        return fail(CommandLine::UsageError, parser.errorText());
    Document document;
    const QString error = loadDataset(parser, &document);
    if (!error.isEmpty())
        return fail(CommandLine::Failure, error);
    const FigureModel &figures = *document.figures();
    for (const Figure &f : figures.figures())
        out() << f.id.leftJustified(40) << ' '
              << figures.numberFormat().quantityRange(f.low, f.high, f.unit).leftJustified(22) << ' '
              << f.label << '\n';
    out().flush();
    return CommandLine::Success;
}

bool parseSize(const QString &text, QSize *size)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{2,5})[xX×](\\d{2,5})$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return false;
    *size = QSize(m.captured(1).toInt(), m.captured(2).toInt());
    return true;
}

int runExport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("chart"), tr("Chart to export (see `spendlens charts`)."),
                      QStringLiteral("NAME")});
    parser.addOption(datasetOption());
    parser.addOption({QStringLiteral("baseline"), tr("Id of the baseline figure for ratios."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("size"), tr("Logical size, default 1200x675."),
                      QStringLiteral("WxH"), QStringLiteral("1200x675")});
    parser.addOption({QStringLiteral("scale"), tr("Pixel scale 1–4, default 2."),
                      QStringLiteral("N"), QStringLiteral("2")});
    parser.addOption({QStringLiteral("format"), tr("png or csv; default from the file name, else png."),
                      QStringLiteral("FORMAT")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("File to write."),
                      QStringLiteral("OUT")});
    if (!parser.parse(args))
        return fail(CommandLine::UsageError, parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return fail(CommandLine::UsageError,
                    tr("unexpected argument “%1”.").arg(parser.positionalArguments().first()));

    if (!parser.isSet(QStringLiteral("chart")))
        return fail(CommandLine::UsageError, tr("--chart is required (one of: %1).")
                                                 .arg(QStringLiteral("ratio, growth")));
    const QString chartKey = parser.value(QStringLiteral("chart"));
    const std::optional<ChartType> type = ChartCatalog::fromKey(chartKey);
    if (!type) {
        QStringList names;
        for (const ChartCatalog::Entry &e : ChartCatalog::entries())
            names.append(e.key);
        return fail(CommandLine::UsageError, tr("unknown chart “%1” (one of: %2).")
                                                 .arg(chartKey, names.join(QStringLiteral(", "))));
    }
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return fail(CommandLine::UsageError, tr("-o OUT is required."));

    QString format = parser.value(QStringLiteral("format")).toLower();
    if (format.isEmpty())
        format = QFileInfo(output).suffix().toLower() == QLatin1String("csv") ? QStringLiteral("csv")
                                                                             : QStringLiteral("png");
    if (format != QLatin1String("png") && format != QLatin1String("csv"))
        return fail(CommandLine::UsageError, tr("unknown format “%1” (png or csv).").arg(format));

    ChartExporter::Options options;
    if (!parseSize(parser.value(QStringLiteral("size")), &options.logicalSize))
        return fail(CommandLine::UsageError,
                    tr("--size takes WIDTHxHEIGHT such as 1200x675, not “%1”.")
                        .arg(parser.value(QStringLiteral("size"))));
    bool scaleOk = false;
    options.scale = parser.value(QStringLiteral("scale")).toInt(&scaleOk);
    const QString optionsProblem = scaleOk ? ChartExporter::checkOptions(options)
                                           : tr("--scale takes a whole number from 1 to 4");
    if (!optionsProblem.isEmpty())
        return fail(CommandLine::UsageError, optionsProblem + QLatin1Char('.'));

    Document document;
    const QString loadError = loadDataset(parser, &document);
    if (!loadError.isEmpty())
        return fail(CommandLine::Failure, loadError);
    if (parser.isSet(QStringLiteral("baseline"))) {
        const QString id = parser.value(QStringLiteral("baseline"));
        if (document.figures()->rowOf(id) < 0)
            return fail(CommandLine::UsageError,
                        tr("no figure has the id “%1” (`spendlens figures` lists them).").arg(id));
        document.ratios()->setBaselineId(id);
    }

    QString error;
    if (format == QLatin1String("csv")) {
        if (!ChartExporter::writeText(ChartCatalog::dataCsv(*type, document), output, &error))
            return fail(CommandLine::Failure, error);
        err() << tr("spendlens: wrote the %1 chart's data to %2").arg(chartKey, output) << Qt::endl;
        return CommandLine::Success;
    }
    QElapsedTimer timer;
    timer.start();
    const QImage image = ChartExporter::renderChart(*type, document, ChartStyle(), options);
    if (!ChartExporter::writePng(image, output, &error))
        return fail(CommandLine::Failure, error);
    err() << tr("spendlens: wrote the %1 chart to %2 (%3×%4 px, %5 ms)")
                 .arg(chartKey, output)
                 .arg(image.width())
                 .arg(image.height())
                 .arg(timer.elapsed())
          << Qt::endl;
    return CommandLine::Success;
}

} // namespace

namespace CommandLine {

QString usage()
{
    return tr("Usage:\n"
              "  spendlens [--dataset FILE]          open the dashboard\n"
              "  spendlens export --chart NAME -o OUT [--dataset FILE] [--baseline ID]\n"
              "                   [--size WxH] [--scale N] [--format png|csv]\n"
              "  spendlens charts [--names]          list the charts\n"
              "  spendlens figures [--dataset FILE]  list the figures and their ids\n"
              "Exit status: 0 success, 1 failure, 2 usage error.\n");
}

bool isCommand(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString first = arguments.at(1);
    return kCommands.contains(first) || first == QLatin1String("--help") ||
           first == QLatin1String("-h") || first == QLatin1String("--version") ||
           (!first.startsWith(QLatin1Char('-')));
}

int run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.value(0));
    if (command == QLatin1String("export"))
        return runExport(rest);
    if (command == QLatin1String("charts"))
        return runCharts(rest);
    if (command == QLatin1String("figures"))
        return runFigures(rest);
    if (command == QLatin1String("--version")) {
        out() << "spendlens " << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }
    if (command == QLatin1String("help") || command == QLatin1String("--help") ||
        command == QLatin1String("-h")) {
        out() << usage();
        out().flush();
        return Success;
    }
    err() << tr("spendlens: unknown command “%1”.").arg(command) << '\n' << usage();
    err().flush();
    return UsageError;
}

} // namespace CommandLine
