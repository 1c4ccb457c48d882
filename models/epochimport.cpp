#include "epochimport.h"

#include "amountparser.h"
#include "csvreader.h"
#include "documentlimits.h"
#include "figurerules.h"
#include "importplausibility.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

// The layouts, as Our World in Data's pipeline reads Epoch's files (github.com/owid/etl):
// - AI Models ("All ML Systems", notable_ai_models.csv and its siblings): "Model" (formerly
//   "System"), "Organization", "Publication date" (YYYY-MM-DD), "Training compute cost (2023 USD)"
//   (etl/steps/data/meadow/artificial_intelligence/latest/epoch.py and Epoch's own column names);
// - model_costs.csv: "System"/"Model", "Organization", "Publication date",
//   "Cost (inflation-adjusted)" (…/2024-06-06/epoch_compute_cost.py). Its header gives no year:
//   OWID's metadata (garden/…/2024-06-06/epoch_compute_cost.meta.yml) has the unit "constant
//   2023 US$" and Epoch's words "The inflation-adjusted cost is presented in 2023 US dollars",
//   so 2023 is taken from there, and the recognition says so.

namespace {

// Filed under "FigureImport", beside the messages of the import it stands in for.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FigureImport)
};

constexpr int kDocumentedDollarYear = 2023; // model_costs.csv, as documented above

// "Training compute cost (2023 USD)" or "Cost (inflation-adjusted)": the column and its year.
void findCostColumn(const QStringList &header, EpochFile *file)
{
    static const QRegularExpression stated(
        QStringLiteral(R"(^\s*(?:training compute )?cost \((\d{4}) US(?:D|\$)\)\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    for (int c = 0; c < header.size(); ++c) {
        const QRegularExpressionMatch m = stated.match(header.at(c));
        if (m.hasMatch()) {
            *file = {{}, -1, -1, -1, c, m.captured(1).toInt(), true};
            return;
        }
    }
    const int adjusted = EpochRowSink::columnNamed(header, {"Cost (inflation-adjusted)"});
    if (adjusted >= 0)
        *file = {{}, -1, -1, -1, adjusted, kDocumentedDollarYear, false};
}

// Epoch's own names for its model files, from the names it gives the downloads.
QString datasetName(const QString &origin, bool costsFile)
{
    if (costsFile)
        return QStringLiteral("The rising costs of training frontier AI models");
    const QString name = QFileInfo(origin).completeBaseName().toLower().replace(QLatin1Char(' '),
                                                                                QLatin1Char('_'));
    static const std::initializer_list<std::pair<const char *, const char *>> names{
        {"notable", "Notable AI Models"},       {"frontier", "Frontier AI Models"},
        {"large_scale", "Large-Scale AI Models"}, {"all_ml_systems", "All ML Systems"},
        {"all_ai_models", "All AI Models"},
    };
    for (const auto &[part, title] : names)
        if (name.contains(QLatin1String(part)))
            return QLatin1String(title);
    return QStringLiteral("AI Models");
}

} // namespace

EpochImport::EpochImport(ImportOptions options) : m_options(std::move(options)) {}

bool EpochImport::choseOwnColumns(const QStringList &header, const QMap<ImportField, int> &chosen)
{
    const QMap<ImportField, int> guessed = FigureImport::guessColumns(header);
    for (auto it = chosen.cbegin(); it != chosen.cend(); ++it)
        if (it.value() != guessed.value(it.key(), -1))
            return true;
    return false;
}

std::optional<EpochFile> EpochImport::recognise(const CsvTable &table,
                                                const QMap<ImportField, int> &chosenColumns)
{
    const QStringList header = table.header();
    EpochFile file;
    findCostColumn(header, &file);
    file.modelColumn = EpochRowSink::columnNamed(header, {"Model", "System"});
    file.organizationColumn = EpochRowSink::columnNamed(header, {"Organization", "Organisation"});
    file.dateColumn = EpochRowSink::columnNamed(header, {"Publication date"});
    if (file.costColumn < 0 || file.modelColumn < 0 || file.organizationColumn < 0 ||
        file.dateColumn < 0 || choseOwnColumns(header, chosenColumns))
        return std::nullopt;
    file.dataset = datasetName(table.origin(), !file.yearFromHeader);
    return file;
}

QString EpochImport::recognition(const EpochFile &file, const QStringList &header)
{
    const QString column = header.value(file.costColumn).trimmed();
    if (file.yearFromHeader)
        return Tr::tr("Recognised as Epoch AI's “%1” file: costs from the column “%2”, in %3 US "
                      "dollars as its header says; rows without a cost are left out.")
            .arg(file.dataset, column)
            .arg(file.dollarYear);
    return Tr::tr("Recognised as Epoch AI's “%1” file: costs from the column “%2”, in "
                  "inflation-adjusted %3 US dollars as Epoch documents this file; rows without a "
                  "cost are left out.")
        .arg(file.dataset, column)
        .arg(file.dollarYear);
}

namespace {

// One Epoch import: each row with a cost read into a training compute cost estimate.
class EpochRows : public EpochRowSink
{
public:
    EpochRows(const CsvTable &table, const EpochFile &file, const ImportOptions &options,
              FigureImportResult &result)
        : EpochRowSink(table, options, result), m_file(file)
    {
        const QString column = m_header.value(file.costColumn).trimmed();
        m_basis = Tr::tr("Epoch AI estimate in inflation-adjusted %1 US dollars (%2)")
                      .arg(file.dollarYear)
                      .arg(column);
        m_source.title = QStringLiteral("Epoch AI, ") + file.dataset;
        m_source.publisher = QStringLiteral("Epoch AI");
    }

    void readRows();
    int withoutCost() const { return m_withoutCost; }

private:
    QString cell(int row, int column) const { return m_table.cell(row, column).trimmed().toString(); }
    bool readRow(int row, Figure *f);
    bool readDate(int row, Figure *f);
    bool readCost(int row, Figure *f);
    bool textsFit(int row);

    const EpochFile &m_file;
    QString m_basis;
    Source m_source;
    int m_withoutCost = 0;
};

void EpochRows::readRows()
{
    for (int row = 0; row < m_table.rowCount(); ++row) {
        bool blank = true;
        for (int c = 0; c < m_table.cellCount(row) && blank; ++c)
            blank = m_table.cell(row, c).trimmed().isEmpty();
        if (blank)
            continue;
        if (m_table.cell(row, m_file.costColumn).trimmed().isEmpty()) {
            ++m_withoutCost; // Epoch estimates a cost for a few of its models only
            continue;
        }
        Figure f;
        if (textsFit(row) && readRow(row, &f))
            add(std::move(f), row, m_file.costColumn);
    }
}

// What a document could not hold is refused here, as the generic import does.
bool EpochRows::textsFit(int row)
{
    for (const int c : {m_file.modelColumn, m_file.organizationColumn, m_file.costColumn}) {
        const qsizetype length = m_table.cell(row, c).size();
        if (length <= DocumentLimits::kMaxTextLength)
            continue;
        problem(row, c, Tr::tr("%L1 characters, more than the %L2 a document may hold in one text.")
                            .arg(length)
                            .arg(DocumentLimits::kMaxTextLength));
        return false;
    }
    return true;
}

bool EpochRows::readRow(int row, Figure *f)
{
    f->entity = cell(row, m_file.organizationColumn);
    // A model without a name goes by its organisation, as Our World in Data does with these files.
    f->label = cell(row, m_file.modelColumn);
    if (f->label.isEmpty())
        f->label = f->entity;
    f->kind = FigureKind::TrainingComputeCost;
    f->status = FigureStatus::Estimate;
    f->level = Verification::Secondary;
    f->unit = FigureUnit::Usd;
    f->basis = m_basis;
    f->source = m_source;
    f->source.quote = cell(row, m_file.costColumn); // the cost as Epoch writes it
    bool ok = true;
    if (f->entity.isEmpty()) {
        problem(row, m_file.organizationColumn,
                FigureRules::requiredProblem(FigureField::Entity, QString()));
        ok = false;
    }
    ok = readDate(row, f) && ok;
    return readCost(row, f) && ok;
}

bool EpochRows::readDate(int row, Figure *f)
{
    const QString written = cell(row, m_file.dateColumn);
    if (written.isEmpty()) {
        problem(row, m_file.dateColumn,
                Tr::tr("empty: the figure's year is read from the publication date."));
        return false;
    }
    const QDate date = QDate::fromString(written, Qt::ISODate);
    if (!date.isValid()) {
        problem(row, m_file.dateColumn,
                Tr::tr("“%1” is not a date: write it as YYYY-MM-DD.").arg(written));
        return false;
    }
    if (const QString why = FigureRules::yearProblem(date.year()); !why.isEmpty()) {
        problem(row, m_file.dateColumn, why);
        return false;
    }
    f->year = date.year();
    f->periodLabel = QString::number(f->year);
    f->stated = date;
    return true;
}

bool EpochRows::readCost(int row, Figure *f)
{
    const QString written = cell(row, m_file.costColumn);
    // Epoch writes plain machine numbers ("41629853.77", "1.2e7"); anything else is read as any
    // imported amount, which names what it cannot read.
    bool plain = false;
    const double value = QLocale::c().toDouble(written, &plain);
    if (!plain) {
        const ParsedAmount amount = parseImportAmount(written, DecimalMark::Point);
        if (!amount.ok) {
            problem(row, m_file.costColumn, amount.error);
            return false;
        }
        f->low = amount.low;
        f->high = amount.high;
    } else {
        f->low = f->high = value;
    }
    if (const QString why = FigureRules::amountProblem(f->low, f->high); !why.isEmpty()) {
        problem(row, m_file.costColumn, why);
        return false;
    }
    return true;
}

} // namespace

EpochRowSink::EpochRowSink(const CsvTable &table, const ImportOptions &options, FigureImportResult &result)
    : m_table(table), m_result(result), m_header(table.header())
{
    for (const QString &id : options.existingIds)
        m_taken.insert(id);
}

int EpochRowSink::columnNamed(const QStringList &header, std::initializer_list<const char *> names)
{
    for (int c = 0; c < header.size(); ++c)
        for (const char *name : names)
            if (header.at(c).trimmed().compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
                return c;
    return -1;
}

void EpochRowSink::problem(int row, int column, const QString &why)
{
    m_result.problems.append({m_table.line(row), m_header.value(column).trimmed(), why});
}

void EpochRowSink::add(Figure &&f, int row, int column)
{
    const QString base = FigureImport::idFor(f);
    f.id = base;
    for (int n = 2; m_taken.contains(f.id); ++n) // the same model twice, or a document's figure
        f.id = base + QLatin1Char('-') + QString::number(n);
    m_taken.insert(f.id);
    m_result.origins.append({row, m_table.line(row), column, -1});
    m_result.figures.append(std::move(f));
}

FigureImportResult EpochImport::run(const CsvTable &table, const EpochFile &file) const
{
    FigureImportResult result;
    result.layout = ImportLayout::Long;
    result.decimalMark = DecimalMark::Point;
    result.columns = {{ImportField::Label, file.modelColumn},
                      {ImportField::Entity, file.organizationColumn},
                      {ImportField::Stated, file.dateColumn},
                      {ImportField::Value, file.costColumn}};
    result.scales.insert(file.costColumn, {1, false});
    result.recognisedAs = recognition(file, table.header());
    EpochRows rows(table, file, m_options, result);
    rows.readRows();
    const QString costHeader = table.header().value(file.costColumn).trimmed();
    if (result.figures.isEmpty() && result.problems.isEmpty()) {
        result.error = Tr::tr("%1: no row has a cost in the column “%2”: there is nothing to import.")
                           .arg(table.origin(), costHeader);
        return result;
    }
    if (rows.withoutCost() > 0) {
        const QString left = rows.withoutCost() == 1
                                 ? Tr::tr("1 row without a cost was left out.")
                                 : Tr::tr("%1 rows without a cost were left out.").arg(rows.withoutCost());
        result.warnings.append({table.headerLine(), costHeader, left});
    }
    result.warnings += ImportPlausibility::check(result.figures, result.origins, table,
                                                 m_options.existingFigures);
    result.ok = true;
    return result;
}
