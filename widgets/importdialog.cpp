#include "importdialog.h"

#include "currency.h"
#include "numberformat.h"

#include <QComboBox>
#include <QDialogButtonBox>
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
      m_decimal(new QComboBox), m_kind(new QComboBox), m_sourceTitle(new QLineEdit),
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
    m_sourceTitle->setPlaceholderText(tr("For rows with no source of their own"));
    m_publisher->setPlaceholderText(tr("Publisher of that source"));

    auto *read = new QLabel(tr("Read as %1, %2-separated; %3 data rows.")
                                .arg(encodingName(table.encoding()), delimiterName(table.delimiter()))
                                .arg(table.rowCount()));
    auto *settings = new QFormLayout;
    settings->addRow(read);
    settings->addRow(tr("&Layout:"), m_layout);
    settings->addRow(tr("&Decimal mark:"), m_decimal);
    settings->addRow(tr("Default &kind:"), m_kind);
    m_currency = new QComboBox;
    for (FigureUnit currency : {FigureUnit::Usd, FigureUnit::Cny})
        m_currency->addItem(Currency::currencyName(currency), int(currency));
    m_currency->setToolTip(tr("For amounts with no currency of their own (“$”, “元”, “RMB”), no "
                              "currency column and none in their column's header."));
    settings->addRow(tr("Default &currency:"), m_currency);
    settings->addRow(tr("Default &source:"), m_sourceTitle);
    settings->addRow(tr("&Publisher:"), m_publisher);

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

    for (QComboBox *combo : {m_layout, m_decimal, m_kind, m_currency})
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
    options.existingIds = m_existingIds;
    for (auto it = m_columnPickers.cbegin(); it != m_columnPickers.cend(); ++it)
        options.columns.insert(it.key(), it.value()->currentData().toInt());
    return options;
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

void ImportDialog::rerun()
{
    if (m_loading)
        return;
    m_result = FigureImport(options()).run(m_table);
    showResult();
}

void ImportDialog::showResult()
{
    const NumberFormat format;
    const int shown = qMin(200, int(m_result.figures.size()));
    m_preview->clear();
    m_preview->setColumnCount(6);
    m_preview->setHorizontalHeaderLabels(
        {tr("Figure"), tr("Entity"), tr("Year"), tr("Value"), tr("Kind"), tr("Source")});
    m_preview->setRowCount(shown);
    for (int r = 0; r < shown; ++r) {
        const Figure &f = m_result.figures.at(r);
        const QStringList cells{f.label, f.entity, QString::number(f.year),
                                format.quantityRange(f.low, f.high, f.unit), FigureText::kindName(f.kind),
                                f.source.title};
        for (int c = 0; c < cells.size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_preview->resizeColumnsToContents();
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
