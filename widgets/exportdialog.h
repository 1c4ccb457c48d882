#pragma once

#include "chartcatalog.h"
#include "chartexporter.h"

#include <QDialog>
#include <QTimer>

class ChartTextWarningBar;
class Document;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

// Export with a live preview: chart, size preset or custom size, scale, format and theme; the
// chart's title, subtitle, notes, byline and caveat (edits go to the document, so the chart on
// screen shows them too); the generated headline and alt text, each copyable; copy the chart
// to the clipboard or export it to a file; write the fact-check sheet an editor checks.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(Document *document, ChartType chart, QWidget *parent = nullptr);

    ChartType chartType() const;
    ChartTextWarningBar *textWarning() const { return m_textWarning; }
    ChartExporter::Options options() const;
    ChartStyle style() const;
    QString headline() const;
    QString altText() const;
    // The preview as last drawn (logical size at 1x), for tests.
    QImage previewImage() const { return m_preview; }
    // Writes the chart to path in the chosen format; false with *error on failure.
    bool exportTo(const QString &path, QString *error);
    void copyChart();
    void refreshNow();
    // Writes the chart's fact-check sheet: Markdown (.md) or PDF (.pdf), by the file name.
    bool exportFactCheck(const QString &path, QString *error);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildForm();
    void showPreview();
    void loadSettings();
    void storeSettings();
    void applyPreset();
    void scheduleRefresh();
    void exportInteractively();
    void exportFactCheckInteractively();

    Document *m_document;
    QComboBox *m_chart;
    QComboBox *m_preset;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QComboBox *m_scale;
    QComboBox *m_format;
    QComboBox *m_theme;
    QLineEdit *m_title;
    QLineEdit *m_subtitle;
    QLineEdit *m_notes;
    QLineEdit *m_byline;
    QCheckBox *m_showCaveat;
    QLineEdit *m_caveat;
    QPlainTextEdit *m_headline;
    QPlainTextEdit *m_alt;
    QLabel *m_previewLabel;
    QLabel *m_sizeNote;
    ChartTextWarningBar *m_textWarning; // the chart's custom title may no longer hold
    QImage m_preview;
    QTimer m_refresh;
    bool m_loading = false;
};
