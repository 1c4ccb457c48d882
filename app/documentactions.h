#pragma once

#include "document.h"

#include <QObject>
#include <QStringList>

struct CsvRead;
class DocumentLoader;
class QAction;
class QMenu;
class QTableView;
class QWidget;

// The window's actions on the document: open, save, save as and recent files; import CSV and
// paste rows (both through the import preview); export the figure table; add, edit and delete
// figures; undo and redo. Each asks before losing unsaved work and reports failures with the
// file and the reason.
class DocumentActions : public QObject
{
    Q_OBJECT
public:
    DocumentActions(Document *document, QTableView *table, QWidget *window);

    void fillFileMenu(QMenu *menu);
    void fillEditMenu(QMenu *menu);

    // Opens a .spendlens document (or dataset) or, for .csv/.tsv/.txt, imports it; false with
    // *error on failure, and nothing changed. A document is read as DocumentLoader does: a long
    // read shows a progress dialog; cancelled, it returns false with *error empty (the status
    // bar says so) and the document as it was.
    bool openPath(const QString &path, QString *error);
    // The same for a document only, and without adding it to the recent files; `started` is a
    // loader already reading path (DocumentLoader::start), else the window's own one reads it.
    bool openDocument(const QString &path, QString *error, DocumentLoader *started = nullptr);
    DocumentLoader *loader() const { return m_loader; }
    // File ▸ New: after asking to save unsaved work, an empty document or the built-in dataset.
    enum class NewDocument { Empty, BuiltIn };
    bool newDocument(NewDocument kind);
    bool save();
    bool saveTo(const QString &path, QString *error,
                Document::Overwrite overwrite = Document::Overwrite::IfUnchanged);
    // Asks to save unsaved work; false if the user cancelled.
    bool maybeSave();
    // Shows the import preview for CSV text or a file; returns the number of figures added.
    int importFile(const QString &path);
    int importText(const QString &text, const QString &origin);
    // Shows the SEC company-facts import (EDGAR's companyfacts JSON saved by the user) for a
    // file; returns the number of figures added, -1 (with a message box) for a bad file.
    int importSecFacts(const QString &path);
    void pasteRows();
    QStringList recentFiles() const;

Q_SIGNALS:
    void message(const QString &text);
    // A new document was started; name is what the title calls it until it is saved.
    void newDocumentStarted(const QString &name);

private:
    int importTable(CsvRead read);
    QSet<QString> figureIds() const; // what an import must not reuse
    void rememberRecent(const QString &path);
    void fillRecentMenu();
    QVector<int> selectedRows() const;
    void addFigure();
    void editFigure();
    void deleteFigures();
    void openInteractively();
    bool saveAsInteractively();
    void importInteractively();
    void importSecFactsInteractively();
    void exportFiguresCsv();

    Document *m_document;
    QTableView *m_table;
    QWidget *m_window;
    QMenu *m_recent = nullptr;
    DocumentLoader *m_loader;
};
