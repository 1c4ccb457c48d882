#pragma once

#include "csvreader.h"
#include "figureimport.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

// CSV/TSV import with a preview: how the file was read (delimiter, encoding, decimal mark,
// layout, each can be changed), which column holds which field (guessed from the headers,
// overridable), the figures it would add and the rows it would leave out with line, column and
// reason. Nothing changes until the user imports the good rows; cancel changes nothing.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(const CsvTable &table, const QSet<QString> &existingIds, QWidget *parent = nullptr);

    // The figures an import would add now, and the rows it would leave out.
    const FigureImportResult &result() const { return m_result; }
    ImportOptions options() const;
    void setColumn(ImportField field, int column); // -1: not in the file
    void setDefaultSource(const QString &title, const QString &publisher);
    // What bare numbers are in for every amount column; unset: as the headers say, else dollars.
    void setScale(std::optional<double> scale);
    // The document's figures, for the warning of a value a thousand times off one of them.
    void setDocumentFigures(const QVector<Figure> &figures);
    // Epoch's AI Models file, for the developer and date of each model in its costs file.
    void setEpochModelsFile(const QString &path);
    // Fills the default source and publisher with the last ones imported with (Preferences).
    void restoreLastSource();
    // The text of the preview's cell at row, column (for tests and screen readers alike).
    QString previewText(int row, int column) const;
    enum PreviewColumn { FigureColumn, EntityColumn, YearColumn, CellColumn, ValueColumn, KindColumn,
                         StatusColumn, SourceColumn, PreviewColumnCount };

    void accept() override;

private:
    void rerun();
    void addEpochModelsChoice(QFormLayout *settings);
    void showResult();
    void showScale();
    void fillPreviewRow(int row, const QSet<int> &warnedLines);

    CsvTable m_table;
    QSet<QString> m_existingIds;
    FigureImportResult m_result;
    QComboBox *m_layout;
    QComboBox *m_decimal;
    QComboBox *m_kind;
    QComboBox *m_scale;
    QLabel *m_scaleFound;
    QVector<Figure> m_documentFigures;
    QComboBox *m_currency; // for amounts that name no currency
    QLineEdit *m_sourceTitle;
    QLineEdit *m_publisher;
    QTableWidget *m_mapping;
    QTableWidget *m_preview;
    QListWidget *m_problems;
    QLabel *m_summary;
    QPushButton *m_import;
    QMap<ImportField, QComboBox *> m_columnPickers;
    QString m_epochModelsFile; // empty: found beside the costs file, if there
    bool m_loading = false;
};
