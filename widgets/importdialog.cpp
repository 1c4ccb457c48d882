#include "importdialog.h"

#include "epochcostsimport.h"
#include "importscale.h"
#include "currency.h"
#include "numberformat.h"
#include "preferences.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

const QList<ImportField> kFields{ImportField::Entity, ImportField::Label,  ImportField::Kind,
                                 ImportField::Year,   ImportField::Period, ImportField::Value,
                                 ImportField::Low,    ImportField::High,   ImportField::Unit,
                                 ImportField::Status, ImportField::Stated, ImportField::SourceTitle,
                                 ImportField::Publisher, ImportField::Url, ImportField::SourceDate,
                                 ImportField::Quote,  ImportField::Basis,  ImportField::Level,
                                 ImportField::Caveat, ImportField::Note,   ImportField::Id};

QString encodingName(CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case CsvEncoding::Utf8WithBom:
        return QStringLiteral("UTF-8 (BOM)");
    case CsvEncoding::Utf16LE:
        return QStringLiteral("UTF-16 LE");
    case CsvEncoding::Utf16BE:
        return QStringLiteral("UTF-16 BE");
    case CsvEncoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return {};
}

QString delimiterName(QChar c)
{
    if (c == QLatin1Char('\t'))
        return QObject::tr("tab");
    if (c == QLatin1Char(';'))
        return QObject::tr("semicolon");
    return QObject::tr("comma");
}

} // namespace

ImportDialog::ImportDialog(const CsvTable &table, const QSet<QString> &existingIds, QWidget *parent)
    : QDialog(parent), m_table(table), m_existingIds(existingIds), m_layout(new QComboBox),
      m_decimal(new QComboBox), m_kind(new QComboBox), m_scale(new QComboBox), m_scaleFound(new QLabel),
      m_sourceTitle(new QLineEdit),
      m_publisher(new QLineEdit), m_mapping(new QTableWidget), m_preview(new QTableWidget),
      m_problems(new QListWidget), m_summary(new QLabel), m_import(new QPushButton)
{
    setWindowTitle(tr("Import %1").arg(table.origin()));
    m_layout->addItem(tr("Detect"), int(ImportLayout::Auto));
    m_layout->addItem(tr("One figure per row"), int(ImportLayout::Long));
    m_layout->addItem(tr("One row per entity, a column per year"), int(ImportLayout::WideYears));
    m_layout->addItem(tr("One row per year, a column per entity"), int(ImportLayout::WideEntities));
    m_decimal->addItem(tr("Detect"), -1);
    m_decimal->addItem(tr("Point (5.576)"), int(DecimalMark::Point));
    m_decimal->addItem(tr("Comma (5,576)"), int(DecimalMark::Comma));
    for (FigureKind kind : FigureText::allKinds())
        m_kind->addItem(FigureText::kindName(kind), int(kind));
    m_scale->addItem(tr("As the headers say"), 0.0);
    for (const double scale : ImportScale::choices())
        m_scale->addItem(ImportScale::name(scale), scale);
    m_scaleFound->setWordWrap(true);
    m_sourceTitle->setPlaceholderText(tr("For rows with no source of their own"));
    m_publisher->setPlaceholderText(tr("Publisher of that source"));

    auto *read = new QLabel(tr("Read as %1, %2-separated; %3 data rows.")
                                .arg(encodingName(table.encoding()), delimiterName(table.delimiter()))
                                .arg(table.rowCount()));
    auto *settings = new QFormLayout;
    settings->addRow(read);
    settings->addRow(tr("&Layout:"), m_layout);
    settings->addRow(tr("&Decimal mark:"), m_decimal);
    settings->addRow(tr("&Values in:"), m_scale);
    settings->addRow(QString(), m_scaleFound);
    settings->addRow(tr("Default &kind:"), m_kind);
    m_currency = new QComboBox;
    for (FigureUnit currency : {FigureUnit::Usd, FigureUnit::Cny})
        m_currency->addItem(Currency::currencyName(currency), int(currency));
    m_currency->setToolTip(tr("For amounts with no currency of their own (“$”, “元”, “RMB”), no "
                              "currency column and none in their column's header."));
    settings->addRow(tr("Default &currency:"), m_currency);
    settings->addRow(tr("Default &source:"), m_sourceTitle);
    settings->addRow(tr("&Publisher:"), m_publisher);
    if (EpochCostsImport::recognise(table))
        addEpochModelsChoice(settings);

    m_mapping->setColumnCount(2);
    m_mapping->setHorizontalHeaderLabels({tr("Field"), tr("Column in the file")});
    m_mapping->setRowCount(int(kFields.size()));
    m_mapping->verticalHeader()->hide();
    m_mapping->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    const QStringList header = table.header();
    for (int i = 0; i < kFields.size(); ++i) {
        auto *name = new QTableWidgetItem(FigureImport::fieldName(kFields.at(i)));
        name->setFlags(Qt::ItemIsEnabled);
        m_mapping->setItem(i, 0, name);
        auto *picker = new QComboBox;
        picker->addItem(tr("— not in the file —"), -1);
        for (int c = 0; c < header.size(); ++c)
            picker->addItem(header.at(c).isEmpty() ? tr("(column %1)").arg(c + 1) : header.at(c), c);
        picker->setAccessibleName(tr("Column for %1").arg(name->text()));
        m_mapping->setCellWidget(i, 1, picker);
        m_columnPickers.insert(kFields.at(i), picker);
        connect(picker, &QComboBox::currentIndexChanged, this, &ImportDialog::rerun);
    }
    const QMap<ImportField, int> guessed = FigureImport::guessColumns(header);
    m_loading = true;
    for (auto it = guessed.cbegin(); it != guessed.cend(); ++it)
        if (QComboBox *picker = m_columnPickers.value(it.key()))
            picker->setCurrentIndex(picker->findData(it.value()));
    m_loading = false;

    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->hide();
    m_problems->setWordWrap(true); // a warning is a sentence: read whole, not cut at the edge
    m_problems->setAccessibleName(tr("Rows that cannot be imported, and warnings"));

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(settings);
    leftLayout->addWidget(m_mapping, 1);
    auto *right = new QSplitter(Qt::Vertical);
    right->addWidget(m_preview);
    right->addWidget(m_problems);
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    m_import->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    for (QComboBox *combo : {m_layout, m_decimal, m_kind, m_scale, m_currency})
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportDialog::rerun);
    for (QLineEdit *edit : {m_sourceTitle, m_publisher})
        connect(edit, &QLineEdit::textChanged, this, &ImportDialog::rerun);
    rerun();
    resize(1200, 700);
}

ImportOptions ImportDialog::options() const
{
    ImportOptions options;
    options.layout = ImportLayout(m_layout->currentData().toInt());
    if (m_decimal->currentData().toInt() >= 0)
        options.decimalMark = DecimalMark(m_decimal->currentData().toInt());
    options.defaultKind = FigureKind(m_kind->currentData().toInt());
    options.defaultCurrency = FigureUnit(m_currency->currentData().toInt());
    options.defaultSource.title = m_sourceTitle->text().trimmed();
    options.defaultSource.publisher = m_publisher->text().trimmed();
    if (const double scale = m_scale->currentData().toDouble(); scale > 0) {
        options.scale = scale; // chosen with the headers in view: it applies to every column
        options.scaleOverridesHeaders = true;
    }
    options.existingFigures = m_documentFigures;
    options.existingIds = m_existingIds;
    options.epochModelsFile = m_epochModelsFile;
    for (auto it = m_columnPickers.cbegin(); it != m_columnPickers.cend(); ++it)
        options.columns.insert(it.key(), it.value()->currentData().toInt());
    return options;
}

// Epoch's costs file names only models: their developers and dates come from its AI Models file,
// found beside the costs file or chosen here.
void ImportDialog::addEpochModelsChoice(QFormLayout *settings)
{
    auto *choose = new QPushButton(tr("Epoch AI &Models File…"));
    choose->setToolTip(tr("Epoch's AI Models file (“All ML Systems - full view.csv”), which gives each "
                          "model in the costs file its developer and publication date."));
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Epoch AI Models File"), QString(),
                                                          tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            setEpochModelsFile(path);
    });
    settings->addRow(tr("Developers and dates:"), choose);
}

void ImportDialog::setEpochModelsFile(const QString &path)
{
    m_epochModelsFile = path;
    rerun();
}

void ImportDialog::setColumn(ImportField field, int column)
{
    if (QComboBox *picker = m_columnPickers.value(field))
        picker->setCurrentIndex(picker->findData(column));
}

void ImportDialog::setDefaultSource(const QString &title, const QString &publisher)
{
    m_sourceTitle->setText(title);
    m_publisher->setText(publisher);
}

void ImportDialog::setScale(std::optional<double> scale)
{
    m_scale->setCurrentIndex(qMax(0, m_scale->findData(scale.value_or(0.0))));
}

void ImportDialog::setDocumentFigures(const QVector<Figure> &figures)
{
    m_documentFigures = figures;
    rerun();
}

void ImportDialog::restoreLastSource()
{
    const auto [title, publisher] = Preferences::lastImportSource();
    setDefaultSource(title, publisher);
}

void ImportDialog::accept()
{
    Preferences::rememberImportSource(m_sourceTitle->text().trimmed(), m_publisher->text().trimmed());
    QDialog::accept();
}

QString ImportDialog::previewText(int row, int column) const
{
    const QTableWidgetItem *item = m_preview->item(row, column);
    return item ? item->text() : QString();
}

void ImportDialog::rerun()
{
    if (m_loading)
        return;
    m_result = FigureImport(options()).run(m_table);
    showResult();
}

// The cell as the file writes it, beside the value it was read as, so a unit read wrongly shows.
void ImportDialog::fillPreviewRow(int r, const QSet<int> &warnedLines)
{
    const Figure &f = m_result.figures.at(r);
    const ImportOrigin &origin = m_result.origins.at(r);
    QString raw = m_table.cell(origin.row, origin.column).trimmed().toString();
    if (origin.highColumn >= 0 && !m_table.cell(origin.row, origin.highColumn).trimmed().isEmpty())
        raw += QStringLiteral(" – ") + m_table.cell(origin.row, origin.highColumn).trimmed().toString();
    const QStringList cells{f.label, f.entity, QString::number(f.year), raw,
                            NumberFormat().quantityRange(f.low, f.high, f.unit), FigureText::kindName(f.kind),
                            FigureText::statusName(f.status), f.source.title};
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells.at(c));
        if (c == ValueColumn || c == CellColumn)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (warnedLines.contains(origin.line) && (c == ValueColumn || c == CellColumn)) {
            item->setBackground(QColor(255, 236, 179)); // amber: look at this one
            item->setToolTip(tr("Warning: see line %1 in the list below.").arg(origin.line));
        }
        m_preview->setItem(r, c, item);
    }
}

void ImportDialog::showScale()
{
    QStringList said;
    for (auto it = m_result.scales.cbegin(); it != m_result.scales.cend(); ++it)
        if (it.value().fromHeader)
            said << tr("%1 (header “%2”)").arg(ImportScale::name(it.value().scale), m_table.header().value(it.key()));
    if (!m_result.recognisedAs.isEmpty())
        m_scaleFound->setText(m_result.recognisedAs); // a known file says its own unit
    else if (m_scale->currentData().toDouble() > 0)
        m_scaleFound->setText(tr("Every amount column is read in %1.").arg(m_scale->currentText()));
    else if (said.isEmpty())
        m_scaleFound->setText(tr("No header names a unit: bare numbers are read as dollars."));
    else
        m_scaleFound->setText(tr("Read in %1.").arg(said.join(tr(", "))));
}

void ImportDialog::showResult()
{
    const int shown = qMin(200, int(m_result.figures.size()));
    m_preview->clear();
    m_preview->setColumnCount(PreviewColumnCount);
    m_preview->setHorizontalHeaderLabels({tr("Figure"), tr("Entity"), tr("Year"), tr("In the file"), tr("Value"),
                                          tr("Kind"), tr("Status"), tr("Source")});
    m_preview->setRowCount(shown);
    QSet<int> warnedLines;
    for (const RowProblem &w : m_result.warnings)
        warnedLines.insert(w.line);
    for (int r = 0; r < shown; ++r)
        fillPreviewRow(r, warnedLines);
    m_preview->resizeColumnsToContents();
    showScale();
    m_problems->clear();
    if (!m_result.ok)
        m_problems->addItem(m_result.error);
    for (const RowProblem &p : m_result.problems)
        m_problems->addItem(p.message());
    for (const RowProblem &p : m_result.warnings)
        m_problems->addItem(tr("Warning: %1").arg(p.message()));
    // All or nothing: a file with a bad row is fixed first, never imported in part.
    const int good = m_result.importable() ? int(m_result.figures.size()) : 0;
    if (!m_result.ok)
        m_summary->setText(m_result.error);
    else if (!m_result.problems.isEmpty())
        m_summary->setText(tr("Rows that cannot be imported: %1 (listed above). Fix them in the "
                              "file or the column choices: nothing is imported until every row "
                              "is good.")
                               .arg(m_result.problems.size()));
    else
        m_summary->setText(tr("Figures to import: %1. Warnings: %2 (listed above).")
                               .arg(good)
                               .arg(m_result.warnings.size()));
    m_import->setText((good == 1 ? tr("&Import 1 Figure") : tr("&Import %1 Figures").arg(good)));
    m_import->setEnabled(good > 0);
}
