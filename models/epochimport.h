#pragma once

#include "figureimport.h"

#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

class CsvTable;

// Which of Epoch AI's public CSV files a table is, and where its columns are.
struct EpochFile
{
    QString dataset;      // "Notable AI Models", "The rising costs of training frontier AI models"
    int modelColumn = -1; // "Model", or "System" in older files
    int organizationColumn = -1;
    int dateColumn = -1; // "Publication date", YYYY-MM-DD
    int costColumn = -1;
    int dollarYear = 0;          // the year whose dollars the costs are in
    bool yearFromHeader = false; // the header says the year; else Epoch's documentation does
};

// Imports Epoch AI's public CSV files (the AI Models / "All ML Systems" family, and the training
// costs file model_costs.csv) in one step: recognised by their headers, one training compute
// cost estimate per model that has a cost, with Epoch's inflation-adjusted basis in each figure.
// Rows without a cost are left out with one warning; a bad date or cost is a row problem.
class EpochImport
{
public:
    explicit EpochImport(ImportOptions options = {});

    // The Epoch file the table is, judged by its header (and its file name for the dataset's
    // name); nothing when it is not one, or when the caller chose columns other than the
    // guessed ones (`--map`, the import dialog's pickers), which then take over.
    static std::optional<EpochFile> recognise(const CsvTable &table,
                                              const QMap<ImportField, int> &chosenColumns = {});
    // Whether the caller chose columns other than the ones the header suggests.
    static bool choseOwnColumns(const QStringList &header, const QMap<ImportField, int> &chosen);
    // "Recognised as Epoch AI's “Notable AI Models” file: …", for the preview and the CLI.
    static QString recognition(const EpochFile &file, const QStringList &header);

    FigureImportResult run(const CsvTable &table, const EpochFile &file) const;

private:
    ImportOptions m_options;
};

// What both Epoch imports share while reading rows: the problems they report (line, column,
// why) and the figures they add, each with an id no figure of the document or the file has yet.
class EpochRowSink
{
public:
    EpochRowSink(const CsvTable &table, const ImportOptions &options, FigureImportResult &result);
    // The column named (case and surrounding spaces aside) by one of names; -1 if none.
    static int columnNamed(const QStringList &header, std::initializer_list<const char *> names);

protected:
    void problem(int row, int column, const QString &why);
    void add(Figure &&figure, int row, int column);

    const CsvTable &m_table;
    FigureImportResult &m_result;
    const QStringList m_header;

private:
    QSet<QString> m_taken;
};
