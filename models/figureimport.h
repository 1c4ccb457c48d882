#pragma once

#include "amountparser.h"
#include "figure.h"

#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

class CsvTable;

// What a column of an imported table can hold.
enum class ImportField
{
    Id,
    Entity,
    Label,
    Kind,
    Year,
    Period,
    Value,
    Low,
    High,
    Unit,
    Status,
    Stated,
    SourceTitle,
    Publisher,
    Url,
    SourceDate,
    Quote,
    Basis,
    Level,
    Caveat,
    Note,
};

// Long: one figure per row. WideYears: one row per entity, a column per year ("2023", "FY2024").
// WideEntities: one row per year, a column per entity (every column not mapped to a field).
enum class ImportLayout
{
    Auto,
    Long,
    WideYears,
    WideEntities
};

struct ImportOptions
{
    ImportLayout layout =
        ImportLayout::Auto;         // Auto: long if a value column exists, else wide by year
    QMap<ImportField, int> columns; // the caller's choices over the guessed ones; -1 unmaps a field
    FigureKind defaultKind = FigureKind::Capex;
    // Unset: each row's status follows from its kind (FigureRules::defaultStatus).
    std::optional<FigureStatus> defaultStatus;
    Verification defaultLevel = Verification::Secondary;
    // For amounts that name no currency, in a file with no unit column or header that does.
    FigureUnit defaultCurrency = FigureUnit::Usd;
    Source defaultSource; // each source cell a row has replaces the same field of this one
    std::optional<DecimalMark> decimalMark; // else read from the numbers in the file
    QSet<QString> existingIds;              // new ids never take one of these
    // A table of at least this many rows is read in two halves at once, on two threads, with
    // the same result as one pass (tests set it to compare the two).
    int parallelRows = 4096;
    // What a bare number in an amount column is multiplied by where its header names no unit
    // (`import --scale m`); with scaleOverridesHeaders, in every amount column (the import
    // dialog's choice, made with the headers in view). Unset: the header's unit, else dollars.
    std::optional<double> scale;
    bool scaleOverridesHeaders = false;
    // The document's figures: an imported value a thousand times off the one for the same entity,
    // kind and year there is warned of (ImportPlausibility).
    QVector<Figure> existingFigures;
    // Epoch's AI Models file, for the developer and date of each model in its training-cost-trends
    // costs file (`import --models`); empty: looked for beside that file (EpochCostsImport).
    QString epochModelsFile;
};

// Where an imported figure's number was read: its data row in the table, the line, and the
// amount cells (the value, or the low and the high end).
struct ImportOrigin
{
    int row = -1;
    int line = 0;
    int column = -1;
    int highColumn = -1; // the high end's column when the low end has one of its own
};

// The unit an amount column was read in, and whether the header said so.
struct ColumnScale
{
    double scale = 1;
    bool fromHeader = false;
};

// A row, or one cell of a wide row, that was left out and why; or, as a warning, one that came
// in with something to check (a kind that was placed under "other").
struct RowProblem
{
    int line = 0;
    QString
        column; // the column's header as the file writes it; empty when the whole row is at fault
    QString reason;

    QString message() const; // "line 7, column “value”: reason"
};

struct FigureImportResult
{
    bool ok = false; // false: nothing can be imported from this table, and error says why
    QString error;   // names the file, and the line or column where there is one
    QVector<Figure> figures;
    QVector<RowProblem> problems; // errors: while there is one, nothing may be imported
    QVector<RowProblem> warnings; // the figures come in; the user should know
    // All or nothing: the file is imported only when every row is good.
    bool importable() const { return ok && problems.isEmpty() && !figures.isEmpty(); }
    // What was used, so that a dialog can show it and the caller can change it and run again.
    ImportLayout layout = ImportLayout::Long;
    DecimalMark decimalMark = DecimalMark::Point;
    // No number in the file told the mark, so it was taken from the delimiter (comma for a
    // semicolon file): worth confirming with the user when the numbers have three decimals.
    bool decimalMarkGuessed = false;
    QMap<ImportField, int> columns;
    QMap<int, ColumnScale> scales;  // by amount column
    QVector<ImportOrigin> origins;  // one per figure, in the same order
    // The file a known publisher's layout was recognised as and read by (EpochImport), said
    // in a sentence for the preview; empty for a table read by its headers.
    QString recognisedAs;
};

// Turns a table read from a CSV file into figures: maps the columns by their headers, reads each
// row, and lists the rows it left out with the line, the column and the reason. It returns data
// and changes no model, so nothing is half-applied.
class FigureImport
{
public:
    explicit FigureImport(ImportOptions options = {});

    FigureImportResult run(const CsvTable &table) const;

    // Columns for the fields their headers name, case-insensitively and with common synonyms.
    // A field that two columns could both be is left out and named in *ambiguous.
    static QMap<ImportField, int> guessColumns(const QStringList &header,
                                               QList<ImportField> *ambiguous = nullptr);
    static QString fieldName(ImportField field);
    // The year a header such as "2024", "FY2024" or "2024年" stands for, 0 if none.
    static int yearOfHeader(const QString &header);
    // The id a figure would be given: a slug of its entity, label and year ("meta-capex-2024").
    static QString idFor(const Figure &figure);

private:
    ImportOptions m_options;
};
