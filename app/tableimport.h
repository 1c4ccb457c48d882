#pragma once

#include "dataset.h"
#include "figureimport.h"

#include <QString>

class QTextStream;

// A CSV or TSV table read as `spendlens import` reads it, for the import and for --dataset
// given a table (imported into a document in memory): the same figures, the same messages.
namespace TableImport {
// Whether the file is a table by its name: .csv, .tsv or .txt.
bool isTablePath(const QString &path);
// The imported figures as a document of their own, all compared, their first series chosen
// for the growth chart.
Dataset datasetOf(const QVector<Figure> &figures);
// Prints the import's row problems and warnings ("origin: line 3, column “value”: …") to `to`;
// returns why nothing can be imported ("weird.csv: 4 rows cannot be imported; nothing was
// written."), or empty when the figures can come in.
QString report(QTextStream &to, const QString &origin, const FigureImportResult &result);
// Reads the table at path into *dataset as `spendlens import` would, its messages printed to
// `to`; why it cannot be read, or empty.
QString readDataset(const QString &path, QTextStream &to, Dataset *dataset);
// "1 problem", "3 problems"; "1 warning", "1 figure", … in the language in force.
QString problemCount(qsizetype count);
QString warningCount(qsizetype count);
QString figureCount(qsizetype count);
} // namespace TableImport
