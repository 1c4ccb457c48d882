#include "tableimport.h"

#include "csvreader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>
#include <QTextStream>

namespace {

// Translations are filed under "CommandLine", with the rest of the command line's messages.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

} // namespace

namespace TableImport {

bool isTablePath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("csv") || suffix == QLatin1String("tsv") || suffix == QLatin1String("txt");
}

Dataset datasetOf(const QVector<Figure> &figures)
{
    Dataset dataset;
    dataset.figures = figures;
    for (const Figure &f : figures)
        dataset.comparedIds.append(f.id);
    if (!figures.isEmpty()) {
        dataset.growthEntity = figures.first().entity;
        dataset.growthKind = FigureText::seriesKind(figures.first().kind);
    }
    return dataset;
}

// English counts "1 problem" and "2 problems" (the project's translations give English no
// plural forms, so the two are separate sentences); Chinese has one form.
QString problemCount(qsizetype count)
{
    return count == 1 ? Tr::tr("1 problem") : Tr::tr("%1 problems").arg(count);
}

QString warningCount(qsizetype count)
{
    return count == 1 ? Tr::tr("1 warning") : Tr::tr("%1 warnings").arg(count);
}

QString figureCount(qsizetype count)
{
    return count == 1 ? Tr::tr("1 figure") : Tr::tr("%1 figures").arg(count);
}

QString report(QTextStream &to, const QString &origin, const FigureImportResult &result)
{
    if (!result.recognisedAs.isEmpty())
        to << origin << ": " << result.recognisedAs << '\n';
    QSet<int> lines; // a row with two bad cells is one row that cannot be imported
    for (const RowProblem &problem : result.problems) {
        to << origin << ": " << problem.message() << '\n';
        lines.insert(problem.line);
    }
    for (const RowProblem &warning : result.warnings)
        to << origin << ": " << Tr::tr("warning: %1").arg(warning.message()) << '\n';
    to.flush();
    if (lines.size() == 1)
        return Tr::tr("%1: 1 row cannot be imported; nothing was written.").arg(origin);
    if (!lines.isEmpty())
        return Tr::tr("%1: %2 rows cannot be imported; nothing was written.").arg(origin).arg(lines.size());
    if (result.figures.isEmpty())
        return Tr::tr("%1: no row could be imported.").arg(origin);
    return {};
}

QString readDataset(const QString &path, QTextStream &to, Dataset *dataset)
{
    const CsvRead read = CsvReader().readFile(path);
    if (!read.ok)
        return read.error;
    const FigureImportResult result = FigureImport().run(read.table);
    if (!result.ok)
        return result.error;
    if (const QString refused = report(to, read.table.origin(), result); !refused.isEmpty())
        return refused;
    *dataset = datasetOf(result.figures);
    return {};
}

} // namespace TableImport
