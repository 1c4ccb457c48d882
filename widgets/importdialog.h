#pragma once

#include "csvreader.h"
#include "figureimport.h"

#include <QDialog>

class QComboBox;
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

private:
    void rerun();
    void showResult();

    CsvTable m_table;
    QSet<QString> m_existingIds;
    FigureImportResult m_result;
    QComboBox *m_layout;
    QComboBox *m_decimal;
    QComboBox *m_kind;
    QComboBox *m_currency; // for amounts that name no currency
    QLineEdit *m_sourceTitle;
    QLineEdit *m_publisher;
    QTableWidget *m_mapping;
    QTableWidget *m_preview;
    QListWidget *m_problems;
    QLabel *m_summary;
    QPushButton *m_import;
    QMap<ImportField, QComboBox *> m_columnPickers;
    bool m_loading = false;
};
