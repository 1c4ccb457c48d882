#pragma once

#include "seccompanyfacts.h"
#include "secfactsimport.h"

#include <QDialog>
#include <QSet>

class QDialogButtonBox;
class QLabel;
class QListWidget;

// File ▸ Import SEC Company Facts: the company, and the file's line items in US dollars for
// calendar years or quarters, each with its label and how many periods it has. Purchases of
// property and equipment are checked; checking more adds them up (finance-lease principal, as
// Meta counts capex, or the company's own line item). The preview says what would come in, or
// why nothing can; nothing changes until the user imports.
class SecImportDialog : public QDialog
{
    Q_OBJECT
public:
    SecImportDialog(SecFactsRead facts, const QSet<QString> &existingIds, QWidget *parent = nullptr);

    QStringList checkedConcepts() const; // qualified names, in the list's order
    void setChecked(const QString &qualifiedName, bool checked);
    const SecImportResult &result() const { return m_result; }
    QString previewText() const;

private:
    void fillList();
    void rerun();

    SecFactsRead m_facts;
    QSet<QString> m_existingIds;
    SecImportResult m_result;
    QListWidget *m_list;
    QLabel *m_preview;
    QDialogButtonBox *m_buttons;
};
