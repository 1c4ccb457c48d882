#include "epochcostsimport.h"

#include "csvreader.h"
#include "documentlimits.h"
#include "epochimport.h"
#include "figurerules.h"
#include "importplausibility.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSet>

// The layout, from the repository itself (github.com/epoch-research/training-cost-trends):
// model_costs.csv is "Model,Cloud_Cost,Hardware_Acquisition_Cost,Hardware_Capex_Energy_Cost"
// with costs in dollars as plain numbers and empty cells where Epoch has no estimate;
// model_costs_updated.csv is "Model,Cost". Its README: data/All ML Systems - full view.csv is
// "a snapshot of the Epoch database" (System, Organization, Publication date, …) and the FRED
// producer price index PCU518210518210 is "used to adjust for inflation", with no base year
// stated; so the basis says "inflation-adjusted by Epoch", as the fact sheet does.

namespace {

// Filed under "FigureImport", beside the messages of the import it stands in for.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FigureImport)
};

QString normalName(QStringView name)
{
    return name.trimmed().toString().toCaseFolded();
}

QVector<EpochCostsFile::Column> costColumns(const QStringList &header, const QString &origin)
{
    QVector<EpochCostsFile::Column> columns;
    const auto add = [&](const char *name, FigureKind kind, const QString &suffix, const QString &what) {
        const int index = EpochRowSink::columnNamed(header, {name});
        if (index >= 0)
            columns.append({index, kind, suffix,
                            Tr::tr("%1 (Epoch AI estimate) (inflation-adjusted by Epoch)").arg(what)});
    };
    add("Cloud_Cost", FigureKind::TrainingComputeCost, Tr::tr("cloud basis (Epoch)"),
        Tr::tr("Cloud-rental compute cost of the final training run"));
    add("Hardware_Capex_Energy_Cost", FigureKind::TrainingComputeCost, Tr::tr("amortized (Epoch)"),
        Tr::tr("Amortized hardware + energy cost of the final training run"));
    add("Hardware_Acquisition_Cost", FigureKind::HardwareEstimate, Tr::tr("hardware bought (Epoch)"),
        Tr::tr("Cost to buy the final training run's hardware outright"));
    // "Cost" alone is any spreadsheet's word: only in the two-column file of that name.
    if (columns.isEmpty() && header.size() == 2 &&
        QFileInfo(origin).fileName().contains(QLatin1String("model_costs"), Qt::CaseInsensitive))
        add("Cost", FigureKind::TrainingComputeCost, Tr::tr("(Epoch)"),
            Tr::tr("Cost of the final training run"));
    return columns;
}

// The row as the file writes it, for the quote ("GPT-4,78562016.88,778066898.67,40695706.40").
QString rowAsWritten(const CsvTable &table, int row)
{
    QStringList cells = table.cells(row);
    for (QString &cell : cells)
        if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')))
            cell = QLatin1Char('"') + cell.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
    return cells.join(QLatin1Char(','));
}

// "A, B, C and 4 more": the names a warning lists.
QString someNames(const QStringList &names)
{
    constexpr int kListed = 8;
    if (names.size() <= kListed)
        return names.join(QLatin1String(", "));
    return Tr::tr("%1 and %2 more").arg(names.mid(0, kListed).join(QLatin1String(", "))).arg(names.size() - kListed);
}

QString unmatchedWarning(const QStringList &models, const QString &modelsFile)
{
    if (models.size() == 1)
        return Tr::tr("1 model is not in “%1”, which gives each model its developer and date, and was "
                      "left out: %2.").arg(modelsFile, models.first());
    return Tr::tr("%1 models are not in “%2”, which gives each model its developer and date, and were "
                  "left out: %3.").arg(models.size()).arg(modelsFile, someNames(models));
}

} // namespace

EpochCostsImport::EpochCostsImport(ImportOptions options) : m_options(std::move(options)) {}

std::optional<EpochCostsFile> EpochCostsImport::recognise(const CsvTable &table,
                                                          const QMap<ImportField, int> &chosenColumns)
{
    const QStringList header = table.header();
    EpochCostsFile file;
    file.modelColumn = EpochRowSink::columnNamed(header, {"Model"});
    if (file.modelColumn < 0 || EpochImport::choseOwnColumns(header, chosenColumns))
        return std::nullopt;
    file.costs = costColumns(header, table.origin());
    if (file.costs.isEmpty())
        return std::nullopt;
    return file;
}

QString EpochCostsImport::findModelsFile(const QString &costsPath, const QString &named, QStringList *looked)
{
    if (!named.isEmpty())
        return named;
    const QDir here = QFileInfo(costsPath).absoluteDir();
    const QStringList folders{here.absolutePath(), here.absoluteFilePath(QStringLiteral("data"))};
    *looked = folders;
    static const QLatin1String known("All ML Systems - full view.csv"); // the repository's own
    for (const QString &folder : folders)
        if (QFileInfo::exists(QDir(folder).absoluteFilePath(known)))
            return QDir(folder).absoluteFilePath(known);
    // Epoch's other downloads of the same database, by the names it gives them.
    static const std::initializer_list<const char *> parts{"ml systems", "ml_systems", "ai models",
                                                          "ai_models"};
    for (const QString &folder : folders) {
        const QStringList csvs = QDir(folder).entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
        for (const QString &name : csvs)
            for (const char *part : parts)
                if (name.contains(QLatin1String(part), Qt::CaseInsensitive))
                    return QDir(folder).absoluteFilePath(name);
    }
    return {};
}

QHash<QString, EpochModelFacts> EpochCostsImport::readModelsFile(const QString &path, QString *error)
{
    const CsvRead read = CsvReader().readFile(path);
    if (!read.ok) {
        *error = read.error;
        return {};
    }
    const QStringList header = read.table.header();
    const int model = EpochRowSink::columnNamed(header, {"Model", "System"});
    const int organization = EpochRowSink::columnNamed(header, {"Organization", "Organisation"});
    const int date = EpochRowSink::columnNamed(header, {"Publication date"});
    if (model < 0 || organization < 0 || date < 0) {
        *error = Tr::tr("%1: not Epoch's AI Models file: it needs the columns “System” (or “Model”), "
                        "“Organization” and “Publication date”.")
                     .arg(path);
        return {};
    }
    QHash<QString, EpochModelFacts> facts;
    for (int row = 0; row < read.table.rowCount(); ++row) {
        const QString name = normalName(read.table.cell(row, model));
        const EpochModelFacts found{read.table.cell(row, organization).trimmed().toString(),
                                    QDate::fromString(read.table.cell(row, date).trimmed().toString(), Qt::ISODate)};
        // Epoch's names are unique; should one come twice, the first row that is complete stands.
        const auto known = facts.constFind(name);
        const bool complete = known != facts.cend() && !known->organization.isEmpty() && known->published.isValid();
        if (!name.isEmpty() && !complete)
            facts.insert(name, found);
    }
    return facts;
}

namespace {

// One import of the costs file, joined with the AI Models file.
class CostRows : public EpochRowSink
{
public:
    CostRows(const CsvTable &table, const EpochCostsFile &file, const ImportOptions &options,
             FigureImportResult &result)
        : EpochRowSink(table, options, result), m_file(file)
    {
        m_source.title = QStringLiteral("training-cost-trends, ") + QFileInfo(table.origin()).fileName();
        m_source.publisher = QStringLiteral("Epoch AI");
    }

    void readRows(const QHash<QString, EpochModelFacts> &facts, const QString &modelsFile);
    int withoutCost() const { return m_withoutCost; }
    const QStringList &unmatched() const { return m_unmatched; }
    const QStringList &incomplete() const { return m_incomplete; }

private:
    bool hasCost(int row) const;
    void readCost(int row, const EpochCostsFile::Column &column, const Figure &model);

    const EpochCostsFile &m_file;
    Source m_source;
    int m_withoutCost = 0;
    QStringList m_unmatched;  // not in the AI Models file
    QStringList m_incomplete; // there, without a developer or a readable publication date
};

bool CostRows::hasCost(int row) const
{
    for (const EpochCostsFile::Column &column : m_file.costs)
        if (!m_table.cell(row, column.index).trimmed().isEmpty())
            return true;
    return false;
}

void CostRows::readRows(const QHash<QString, EpochModelFacts> &facts, const QString &modelsFile)
{
    for (int row = 0; row < m_table.rowCount(); ++row) {
        const QString name = m_table.cell(row, m_file.modelColumn).trimmed().toString();
        if (name.isEmpty() && !hasCost(row))
            continue; // a blank line
        if (!hasCost(row)) {
            ++m_withoutCost;
            continue;
        }
        if (name.size() > DocumentLimits::kMaxTextLength) {
            problem(row, m_file.modelColumn,
                    Tr::tr("%L1 characters, more than the %L2 a document may hold in one text.")
                        .arg(name.size())
                        .arg(DocumentLimits::kMaxTextLength));
            continue;
        }
        const auto found = facts.constFind(normalName(name));
        const EpochModelFacts known = found == facts.cend() ? EpochModelFacts() : *found;
        if (known.organization.isEmpty() || !known.published.isValid()) {
            (found == facts.cend() ? m_unmatched : m_incomplete)
                .append(name.isEmpty() ? Tr::tr("line %1").arg(m_table.line(row)) : name);
            continue;
        }
        Figure model;
        model.label = name;
        model.entity = known.organization;
        model.year = known.published.year();
        model.periodLabel = QString::number(model.year);
        model.stated = known.published;
        model.status = FigureStatus::Estimate;
        model.level = Verification::Primary; // Epoch's own file of its estimates
        model.unit = FigureUnit::Usd;
        model.source = m_source;
        model.source.quote = rowAsWritten(m_table, row);
        model.caveat = Tr::tr("Epoch's estimates for one run differ by method (cloud rental, amortized "
                              "hardware and energy, hardware bought outright): different numbers, not a range.");
        model.note = Tr::tr("Developer and publication date from Epoch's “%1”.")
                         .arg(QFileInfo(modelsFile).fileName());
        if (const QString why = FigureRules::yearProblem(model.year); !why.isEmpty()) {
            problem(row, m_file.modelColumn, why);
            continue;
        }
        for (const EpochCostsFile::Column &column : m_file.costs)
            readCost(row, column, model);
    }
}

void CostRows::readCost(int row, const EpochCostsFile::Column &column, const Figure &model)
{
    const QString written = m_table.cell(row, column.index).trimmed().toString();
    if (written.isEmpty())
        return; // Epoch has no estimate of this kind for the model
    bool ok = false;
    const double value = QLocale::c().toDouble(written, &ok);
    if (!ok) {
        problem(row, column.index, Tr::tr("“%1” is not a number of dollars.").arg(written));
        return;
    }
    Figure f = model;
    f.kind = column.kind;
    f.label = model.label + QLatin1Char(' ') + column.labelSuffix;
    f.basis = column.basis;
    f.low = f.high = value;
    if (const QString why = FigureRules::amountProblem(f.low, f.high); !why.isEmpty()) {
        problem(row, column.index, why);
        return;
    }
    add(std::move(f), row, column.index);
}

QString recognition(const CsvTable &table, const EpochCostsFile &file, const QString &modelsFile)
{
    QStringList names;
    for (const EpochCostsFile::Column &column : file.costs)
        names.append(table.header().value(column.index).trimmed());
    return Tr::tr("Recognised as Epoch AI's training-cost-trends “%1”: one estimate per cost (%2), in "
                  "dollars inflation-adjusted by Epoch (its base year is not stated); each model's "
                  "developer and date from “%3”.")
        .arg(QFileInfo(table.origin()).fileName(), names.join(QLatin1String(", ")), modelsFile);
}

} // namespace

FigureImportResult EpochCostsImport::run(const CsvTable &table, const EpochCostsFile &file) const
{
    FigureImportResult result;
    result.layout = ImportLayout::Long;
    result.decimalMark = DecimalMark::Point;
    result.columns = {{ImportField::Label, file.modelColumn}, {ImportField::Value, file.costs.first().index}};
    for (const EpochCostsFile::Column &column : file.costs)
        result.scales.insert(column.index, {1, false});
    QStringList looked;
    const QString modelsFile = findModelsFile(table.origin(), m_options.epochModelsFile, &looked);
    if (modelsFile.isEmpty()) {
        result.error = Tr::tr("%1: Epoch's costs file names only the models; their developers and "
                              "publication dates are in Epoch's AI Models file (“All ML Systems - full "
                              "view.csv” in the repository's data folder). None was found in %2: put "
                              "it there, or choose it (“Epoch AI Models File…” in the import preview; "
                              "import --models FILE on the command line).")
                           .arg(table.origin(), looked.join(Tr::tr(" or ")));
        return result;
    }
    QString error;
    const QHash<QString, EpochModelFacts> facts = readModelsFile(modelsFile, &error);
    if (!error.isEmpty()) {
        result.error = error;
        return result;
    }
    result.recognisedAs = recognition(table, file, modelsFile);
    CostRows rows(table, file, m_options, result);
    rows.readRows(facts, modelsFile);
    if (result.figures.isEmpty() && result.problems.isEmpty()) {
        result.error = Tr::tr("%1: no model with a cost is in “%2”: there is nothing to import.")
                           .arg(table.origin(), modelsFile);
        return result;
    }
    if (!rows.unmatched().isEmpty())
        result.warnings.append({table.headerLine(), table.header().value(file.modelColumn),
                                unmatchedWarning(rows.unmatched(), QFileInfo(modelsFile).fileName())});
    if (!rows.incomplete().isEmpty())
        result.warnings.append({table.headerLine(), table.header().value(file.modelColumn),
                                rows.incomplete().size() == 1
                                    ? Tr::tr("1 model has no developer or publication date in “%1” and was left "
                                             "out: %2.")
                                          .arg(QFileInfo(modelsFile).fileName(), rows.incomplete().first())
                                    : Tr::tr("%1 models have no developer or publication date in “%2” and were "
                                             "left out: %3.")
                                          .arg(rows.incomplete().size())
                                          .arg(QFileInfo(modelsFile).fileName(), someNames(rows.incomplete()))});
    if (rows.withoutCost() > 0)
        result.warnings.append({table.headerLine(), table.header().value(file.costs.first().index),
                                rows.withoutCost() == 1
                                    ? Tr::tr("1 row without a cost was left out.")
                                    : Tr::tr("%1 rows without a cost were left out.").arg(rows.withoutCost())});
    result.warnings += ImportPlausibility::check(result.figures, result.origins, table,
                                                 m_options.existingFigures);
    result.ok = true;
    return result;
}
