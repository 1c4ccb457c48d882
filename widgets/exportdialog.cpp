#include "exportdialog.h"

#include "charttextwarningbar.h"

#include "chartcanvas.h"
#include "document.h"
#include "factcheckexport.h"
#include "preferences.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace {
constexpr int kCustom = -1;
}

ExportDialog::ExportDialog(Document *document, ChartType chart, QWidget *parent)
    : QDialog(parent), m_document(document), m_chart(new QComboBox), m_preset(new QComboBox),
      m_width(new QSpinBox), m_height(new QSpinBox), m_scale(new QComboBox),
      m_format(new QComboBox), m_theme(new QComboBox), m_title(new QLineEdit),
      m_subtitle(new QLineEdit), m_notes(new QLineEdit), m_byline(new QLineEdit),
      m_showCaveat(new QCheckBox(tr("Show &caveat"))), m_caveat(new QLineEdit),
      m_headline(new QPlainTextEdit), m_alt(new QPlainTextEdit), m_previewLabel(new QLabel),
      m_sizeNote(new QLabel), m_textWarning(new ChartTextWarningBar(document))
{
    setWindowTitle(tr("Export Chart"));
    for (const ChartCatalog::Entry &e : ChartCatalog::entries())
        m_chart->addItem(e.name, int(e.type));
    m_chart->setCurrentIndex(m_chart->findData(int(chart)));

    m_previewLabel->setMinimumSize(560, 420);
    m_previewLabel->setAlignment(Qt::AlignCenter);
    m_previewLabel->setAccessibleName(tr("Preview"));
    m_previewLabel->setStyleSheet(QStringLiteral("background:#8a8a8a"));

    auto *copy = new QPushButton(tr("Cop&y Chart"));
    copy->setToolTip(tr("Copy the chart as an image (Ctrl+Shift+C)"));
    auto *exportButton = new QPushButton(tr("&Export…"));
    exportButton->setDefault(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *factCheck = new QPushButton(tr("Fact-check sheet…"));
    factCheck->setToolTip(tr("Every number on the chart and in its texts, with its source, for an editor "
                             "to check: Markdown or PDF"));
    buttons->addButton(copy, QDialogButtonBox::ActionRole);
    buttons->addButton(factCheck, QDialogButtonBox::ActionRole);
    buttons->addButton(exportButton, QDialogButtonBox::AcceptRole);
    connect(factCheck, &QPushButton::clicked, this, &ExportDialog::exportFactCheckInteractively);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(copy, &QPushButton::clicked, this, &ExportDialog::copyChart);
    connect(exportButton, &QPushButton::clicked, this, &ExportDialog::exportInteractively);
    new QShortcut(QKeySequence(tr("Ctrl+Shift+C")), this, this, &ExportDialog::copyChart);

    auto *top = new QHBoxLayout;
    auto *previewColumn = new QVBoxLayout;
    previewColumn->addWidget(m_previewLabel, 1);
    previewColumn->addWidget(m_sizeNote);
    top->addLayout(previewColumn, 3);
    top->addWidget(buildForm(), 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(buttons);

    m_refresh.setSingleShot(true);
    m_refresh.setInterval(120);
    connect(&m_refresh, &QTimer::timeout, this, &ExportDialog::refreshNow);
    connect(document, &Document::chartSettingsChanged, this, &ExportDialog::scheduleRefresh);
    loadSettings();
    m_preset->setCurrentIndex(qMax(0, m_preset->findData(Preferences::load().exportPreset)));
    applyPreset();
    refreshNow();
    resize(1180, 720);
}

QWidget *ExportDialog::buildForm()
{
    for (const ChartExporter::Preset &p : ChartExporter::presets())
        m_preset->addItem(p.name, p.key);
    m_preset->addItem(tr("Custom size"), kCustom);
    for (QSpinBox *box : {m_width, m_height}) {
        box->setRange(200, 4000);
        box->setSuffix(tr(" px"));
    }
    m_width->setAccessibleName(tr("Width"));
    const QList<QPair<QWidget *, const char *>> names{
        {m_chart, "chart"},       {m_preset, "preset"},   {m_width, "width"},
        {m_height, "height"},     {m_scale, "scale"},     {m_format, "format"},
        {m_theme, "theme"},       {m_title, "title"},     {m_subtitle, "subtitle"},
        {m_notes, "notes"},       {m_byline, "byline"},   {m_showCaveat, "showCaveat"},
        {m_caveat, "caveat"},     {m_headline, "headline"}, {m_alt, "altText"}};
    for (const auto &name : names)
        name.first->setObjectName(QLatin1String(name.second));
    m_height->setAccessibleName(tr("Height"));
    for (int s : {1, 2, 3})
        m_scale->addItem(tr("%1x").arg(s), s);
    m_format->addItem(tr("PNG image"), int(ChartExporter::Format::Png));
    m_format->addItem(tr("SVG (vector, text kept as text)"), int(ChartExporter::Format::Svg));
    m_format->addItem(tr("PDF (vector)"), int(ChartExporter::Format::Pdf));
    m_theme->addItem(tr("Light"), int(ChartStyle::Theme::Light));
    m_theme->addItem(tr("Dark"), int(ChartStyle::Theme::Dark));
    m_alt->setReadOnly(true);
    m_alt->setMaximumHeight(110);
    m_headline->setReadOnly(true);
    m_headline->setMaximumHeight(60);
    m_notes->setPlaceholderText(tr("Optional note under the chart"));

    auto *size = new QHBoxLayout;
    size->addWidget(m_width);
    size->addWidget(new QLabel(QStringLiteral("×")));
    size->addWidget(m_height);
    auto *copyHeadline = new QPushButton(tr("Copy"));
    copyHeadline->setAccessibleName(tr("Copy headline"));
    auto *copyAlt = new QPushButton(tr("Copy"));
    copyAlt->setAccessibleName(tr("Copy alt text"));
    connect(copyHeadline, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(headline()); });
    connect(copyAlt, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(altText()); });
    auto *headlineRow = new QHBoxLayout;
    headlineRow->addWidget(m_headline, 1);
    headlineRow->addWidget(copyHeadline, 0, Qt::AlignTop);
    auto *altRow = new QHBoxLayout;
    altRow->addWidget(m_alt, 1);
    altRow->addWidget(copyAlt, 0, Qt::AlignTop);

    auto *form = new QFormLayout;
    form->addRow(tr("C&hart:"), m_chart);
    form->addRow(tr("&Size:"), m_preset);
    form->addRow(QString(), size);
    form->addRow(tr("Sc&ale:"), m_scale);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("The&me:"), m_theme);
    form->addRow(m_textWarning);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("S&ubtitle:"), m_subtitle);
    form->addRow(tr("&Notes:"), m_notes);
    form->addRow(tr("&Byline:"), m_byline);
    form->addRow(QString(), m_showCaveat);
    form->addRow(tr("Ca&veat:"), m_caveat);
    form->addRow(tr("Headline:"), headlineRow);
    form->addRow(tr("Alt text:"), altRow);
    auto *widget = new QWidget;
    widget->setLayout(form);

    const auto refresh = [this] { scheduleRefresh(); };
    const auto store = [this] { storeSettings(); };
    m_textWarning->setEditable(false); // the title and subtitle fields are right below it
    m_textWarning->setChart(ChartCatalog::entry(chartType()).key);
    connect(m_chart, &QComboBox::currentIndexChanged, this, [this] {
        m_textWarning->setChart(ChartCatalog::entry(chartType()).key);
        loadSettings();
        scheduleRefresh();
    });
    connect(m_preset, &QComboBox::currentIndexChanged, this, &ExportDialog::applyPreset);
    connect(m_width, &QSpinBox::valueChanged, this, refresh);
    connect(m_height, &QSpinBox::valueChanged, this, refresh);
    connect(m_scale, &QComboBox::currentIndexChanged, this, refresh);
    connect(m_format, &QComboBox::currentIndexChanged, this, refresh);
    connect(m_theme, &QComboBox::currentIndexChanged, this, refresh);
    for (QLineEdit *edit : {m_title, m_subtitle, m_notes, m_byline, m_caveat}) {
        edit->setMaxLength(ChartSettings::kMaxTextLength); // what a chart can lay out
        connect(edit, &QLineEdit::textEdited, this, store);
    }
    connect(m_showCaveat, &QCheckBox::toggled, this, store);
    return widget;
}

ChartType ExportDialog::chartType() const { return ChartType(m_chart->currentData().toInt()); }

ChartExporter::Options ExportDialog::options() const
{
    ChartExporter::Options options;
    options.logicalSize = QSize(m_width->value(), m_height->value());
    options.scale = m_scale->currentData().toInt();
    options.format = ChartExporter::Format(m_format->currentData().toInt());
    if (const auto preset = ChartExporter::preset(m_preset->currentData().toString())) {
        options.page = preset->page;
        options.typeScale = preset->typeScale;
    }
    return options;
}

ChartStyle ExportDialog::style() const
{
    return ChartStyle::forTheme(ChartStyle::Theme(m_theme->currentData().toInt()));
}

QString ExportDialog::headline() const { return m_headline->toPlainText(); }
QString ExportDialog::altText() const { return m_alt->toPlainText(); }

void ExportDialog::applyPreset()
{
    const auto preset = ChartExporter::preset(m_preset->currentData().toString());
    m_width->setEnabled(!preset);
    m_height->setEnabled(!preset);
    if (preset) {
        const QSignalBlocker w(m_width), h(m_height), s(m_scale);
        m_width->setValue(preset->logicalSize.width());
        m_height->setValue(preset->logicalSize.height());
        m_scale->setCurrentIndex(m_scale->findData(preset->scale));
    }
    scheduleRefresh();
}

void ExportDialog::loadSettings()
{
    m_loading = true;
    const ChartSettings s = m_document->ownChartSettings(ChartCatalog::entry(chartType()).key);
    m_title->setText(s.title);
    m_subtitle->setText(s.subtitle);
    m_notes->setText(s.notes);
    m_byline->setText(s.byline);
    m_showCaveat->setChecked(s.showCaveat);
    m_caveat->setText(s.caveat);
    m_loading = false;
}

void ExportDialog::storeSettings()
{
    if (m_loading)
        return;
    const QString key = ChartCatalog::entry(chartType()).key;
    ChartSettings s = m_document->ownChartSettings(key);
    s.title = m_title->text().trimmed();
    s.subtitle = m_subtitle->text().trimmed();
    s.notes = m_notes->text().trimmed();
    s.byline = m_byline->text().trimmed();
    s.showCaveat = m_showCaveat->isChecked();
    s.caveat = m_caveat->text().trimmed();
    m_document->setChartSettings(key, s);
}

void ExportDialog::scheduleRefresh() { m_refresh.start(); }

void ExportDialog::refreshNow()
{
    m_refresh.stop();
    const ChartType type = chartType();
    ChartExporter::Options preview = options();
    preview.scale = 1;
    QString problem = ChartExporter::checkOptions(options());
    // Too small for the chart with its data: the size fields say so, as the command line does.
    const QString illegible = problem.isEmpty() ? ChartExporter::checkLegible(type, *m_document, style(), options()) : QString();
    for (QWidget *field : std::initializer_list<QWidget *>{m_width, m_height})
        field->setToolTip(illegible);
    if (problem.isEmpty())
        problem = illegible;
    ChartExporter::Renderer renderer(ChartCatalog::build(type, *m_document, ChartExporter::styleFor(style(), preview)), preview);
    m_preview = renderer.paint();
    const ChartCanvas *canvas = renderer.canvas();
    // Placeholders show the automatic texts an empty field stands for.
    const ChartSettings s = m_document->ownChartSettings(ChartCatalog::entry(type).key);
    m_byline->setPlaceholderText(m_document->chartSettings(ChartCatalog::entry(type).key).byline.isEmpty()
                                     ? tr("e.g. Jane Doe / The Daily")
                                     : m_document->chartSettings(ChartCatalog::entry(type).key).byline);
    m_title->setPlaceholderText(s.title.isEmpty() ? canvas->title() : QString());
    m_subtitle->setPlaceholderText(s.subtitle.isEmpty() ? canvas->subtitle() : QString());
    m_caveat->setPlaceholderText(s.caveat.isEmpty() && s.showCaveat
                                     ? (canvas->caveat().isEmpty() ? tr("No caveat needed: one kind of figure")
                                                                   : canvas->caveat())
                                     : QString());
    m_caveat->setEnabled(m_showCaveat->isChecked());
    m_headline->setPlainText(ChartCatalog::headline(type, *m_document));
    m_alt->setPlainText(ChartCatalog::altText(type, *m_document));

    showPreview();
    const QSize pixels = options().logicalSize * options().scale;
    QString note = problem.isEmpty() ? tr("%1 × %2 pixels").arg(pixels.width()).arg(pixels.height()) : problem;
    for (const QLineEdit *edit : {m_title, m_subtitle, m_notes, m_byline, m_caveat})
        if (edit->text().size() >= edit->maxLength())
            note = tr("Chart texts stop at %1 characters; the rest was left out.")
                       .arg(QLocale().toString(edit->maxLength()));
    m_sizeNote->setText(note);
}

void ExportDialog::showPreview()
{
    if (m_preview.isNull())
        return;
    m_previewLabel->setPixmap(QPixmap::fromImage(m_preview).scaled(
        m_previewLabel->size() - QSize(16, 16), Qt::KeepAspectRatio, Qt::SmoothTransformation));
}

void ExportDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    showPreview();
}

void ExportDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    showPreview();
}

bool ExportDialog::exportTo(const QString &path, QString *error)
{
    return ChartExporter::exportChart(chartType(), *m_document, style(), options(), path, error);
}

void ExportDialog::copyChart()
{
    ChartExporter::Options opts = options();
    if (!ChartExporter::checkOptions(opts).isEmpty())
        return;
    if (!ChartExporter::checkLegible(chartType(), *m_document, style(), opts).isEmpty())
        return;
    ChartExporter::Renderer renderer(ChartCatalog::build(chartType(), *m_document, ChartExporter::styleFor(style(), opts)), opts);
    QApplication::clipboard()->setImage(renderer.paint());
    m_sizeNote->setText(tr("Copied the chart to the clipboard."));
}

void ExportDialog::exportInteractively()
{
    const ChartExporter::Options opts = options();
    QString problem = ChartExporter::checkOptions(opts);
    if (problem.isEmpty())
        problem = ChartExporter::checkLegible(chartType(), *m_document, style(), opts);
    if (!problem.isEmpty()) {
        QMessageBox::warning(this, tr("Cannot export"), problem);
        return;
    }
    const QString suffix = ChartExporter::formatKey(opts.format);
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Chart"),
        dir + QStringLiteral("/spendlens-%1.%2").arg(ChartCatalog::entry(chartType()).key, suffix),
        tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    QString error;
    if (!exportTo(path, &error)) {
        QMessageBox::warning(this, tr("Export failed"), error);
        return;
    }
    m_sizeNote->setText(tr("Exported %1").arg(path));
}

bool ExportDialog::exportFactCheck(const QString &path, QString *error)
{
    return FactCheckExport::write(ChartCatalog::spec(chartType(), *m_document), path, error);
}

void ExportDialog::exportFactCheckInteractively()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString chosenFilter;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Fact-check Sheet"),
        dir + QStringLiteral("/spendlens-%1-factcheck.md").arg(ChartCatalog::entry(chartType()).key),
        tr("Markdown (*.md);;PDF (*.pdf)"), &chosenFilter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += chosenFilter.contains(QLatin1String("pdf")) ? QStringLiteral(".pdf") : QStringLiteral(".md");
    QString error;
    if (!exportFactCheck(path, &error)) {
        QMessageBox::warning(this, tr("Fact-check sheet not written"), error);
        return;
    }
    m_sizeNote->setText(tr("Wrote the fact-check sheet to %1").arg(path));
}
