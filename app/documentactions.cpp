#include "documentactions.h"

#include "chartdata.h"
#include "chartexporter.h"
#include "csvreader.h"
#include "document.h"
#include "documentloader.h"
#include "figureform.h"
#include "figuremodel.h"
#include "importdialog.h"
#include "secimportdialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QUndoStack>

namespace {
constexpr int kMaxRecent = 8;
const QString kRecentKey = QStringLiteral("recentFiles");

bool isTable(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("csv") || suffix == QLatin1String("tsv") || suffix == QLatin1String("txt");
}

QString documentsDir() { return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation); }
} // namespace

DocumentActions::DocumentActions(Document *document, QTableView *table, QWidget *window)
    : QObject(window), m_document(document), m_table(table), m_window(window),
      m_loader(new DocumentLoader(document, window))
{
}

void DocumentActions::fillFileMenu(QMenu *menu)
{
    QMenu *create = menu->addMenu(tr("&New"));
    QAction *empty = create->addAction(tr("&Empty Document"), QKeySequence(tr("Ctrl+Shift+N")), this,
                                       [this] { newDocument(NewDocument::Empty); });
    empty->setObjectName(QStringLiteral("newEmptyDocument"));
    create->addAction(tr("From the &Built-in Dataset"), this, [this] { newDocument(NewDocument::BuiltIn); })
        ->setObjectName(QStringLiteral("newBuiltInDocument"));
    menu->addAction(tr("&Open…"), QKeySequence::Open, this, &DocumentActions::openInteractively);
    m_recent = menu->addMenu(tr("Open &Recent"));
    fillRecentMenu();
    menu->addAction(tr("&Save"), QKeySequence::Save, this, &DocumentActions::save);
    menu->addAction(tr("Save &As…"), QKeySequence::SaveAs, this, &DocumentActions::saveAsInteractively);
    menu->addSeparator();
    menu->addAction(tr("&Import CSV…"), QKeySequence(tr("Ctrl+I")), this, &DocumentActions::importInteractively);
    menu->addAction(tr("Import SE&C Company Facts…"), this, &DocumentActions::importSecFactsInteractively);
    menu->addAction(tr("Export &Figures as CSV…"), this, &DocumentActions::exportFiguresCsv);
}

void DocumentActions::fillEditMenu(QMenu *menu)
{
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(tr("Ctrl+Y"))});
    menu->addAction(undo);
    menu->addAction(redo);
    menu->addSeparator();
    menu->addAction(tr("&Add Figure…"), QKeySequence(tr("Ctrl+N")), this, &DocumentActions::addFigure);
    menu->addAction(tr("&Edit Figure…"), QKeySequence(tr("Ctrl+Return")), this, &DocumentActions::editFigure)
        ->setObjectName(QStringLiteral("editFigure"));
    QAction *remove = menu->addAction(tr("&Delete Figure"), QKeySequence::Delete, this,
                                      &DocumentActions::deleteFigures);
    remove->setObjectName(QStringLiteral("deleteFigures"));
    // Delete only deletes figures when the table has the focus, never text in an editor.
    remove->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(remove);
    QAction *paste = menu->addAction(tr("&Paste Rows"), QKeySequence::Paste, this, &DocumentActions::pasteRows);
    paste->setShortcutContext(Qt::WidgetShortcut);
    paste->setToolTip(tr("Paste rows copied from a spreadsheet into the figure table"));
    m_table->addAction(paste);
}

bool DocumentActions::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        m_window, tr("Unsaved changes"),
        tr("The document has unsaved changes. Save them before you go on?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

bool DocumentActions::newDocument(NewDocument kind)
{
    if (!maybeSave())
        return false;
    Dataset dataset;
    if (kind == NewDocument::BuiltIn) {
        const DatasetRead read = DatasetJson::builtIn();
        if (!read.ok) {
            QMessageBox::warning(m_window, tr("Not started"), read.error);
            return false;
        }
        dataset = read.dataset;
    }
    m_document->startNew(dataset);
    Q_EMIT newDocumentStarted(kind == NewDocument::BuiltIn ? tr("built-in dataset") : tr("Untitled"));
    return true;
}

bool DocumentActions::openPath(const QString &path, QString *error)
{
    if (isTable(path))
        return importFile(path) >= 0;
    if (!openDocument(path, error))
        return false;
    rememberRecent(path);
    return true;
}

bool DocumentActions::openDocument(const QString &path, QString *error, DocumentLoader *started)
{
    DocumentLoader *loader = started ? started : m_loader;
    if (!started)
        loader->start(path);
    switch (loader->finish(error)) {
    case DocumentLoader::Outcome::Opened:
        Q_EMIT message(tr("Opened %1.").arg(path));
        return true;
    case DocumentLoader::Outcome::Cancelled:
        error->clear();
        Q_EMIT message(tr("Opening %1 was cancelled; the document is as it was.").arg(path));
        return false;
    case DocumentLoader::Outcome::Failed:
        break;
    }
    return false;
}

void DocumentActions::openInteractively()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Open"), documentsDir(),
        tr("SpendLens documents (*.spendlens *.json);;CSV or TSV tables (*.csv *.tsv *.txt)"));
    QString error;
    if (!path.isEmpty() && !openPath(path, &error) && !error.isEmpty())
        QMessageBox::warning(m_window, tr("Not opened"), error);
}

bool DocumentActions::saveTo(const QString &path, QString *error, Document::Overwrite overwrite)
{
    if (!m_document->saveAs(path, error, overwrite))
        return false;
    rememberRecent(path);
    Q_EMIT message(tr("Saved %1.").arg(path));
    return true;
}

bool DocumentActions::save()
{
    if (m_document->filePath().isEmpty() || !m_document->filePath().endsWith(QLatin1String(".spendlens")))
        return saveAsInteractively();
    const QString path = m_document->filePath();
    Document::Overwrite overwrite = Document::Overwrite::IfUnchanged;
    if (m_document->changedOnDisk()) {
        const auto answer = QMessageBox::warning(
            m_window, tr("Changed on disk"),
            tr("%1 has changed on disk since you opened or saved it here: another window or program "
               "saved it. Saving now replaces those changes with yours.")
                .arg(path),
            QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Save)
            return false;
        overwrite = Document::Overwrite::Always;
    }
    QString error;
    if (saveTo(path, &error, overwrite))
        return true;
    QMessageBox::warning(m_window, tr("Not saved"), error + QLatin1Char('\n') + tr("The previous file is unchanged."));
    return false;
}

bool DocumentActions::saveAsInteractively()
{
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save As"),
                                                documentsDir() + QStringLiteral("/untitled.spendlens"),
                                                tr("SpendLens documents (*.spendlens)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".spendlens");
    QString error; // the file dialog has asked before replacing a file
    if (saveTo(path, &error, Document::Overwrite::Always))
        return true;
    QMessageBox::warning(m_window, tr("Not saved"), error);
    return false;
}

QSet<QString> DocumentActions::figureIds() const
{
    QSet<QString> ids;
    for (const Figure &f : m_document->figures()->figures())
        ids.insert(f.id);
    return ids;
}

int DocumentActions::importTable(CsvRead read)
{
    if (!read.ok) {
        QMessageBox::warning(m_window, tr("Not imported"), read.error);
        return -1;
    }
    const QSet<QString> ids = figureIds();
    FigureImportResult result;
    {
        ImportDialog dialog(read.table, ids, m_window);
        dialog.setDocumentFigures(m_document->figures()->figures());
        dialog.restoreLastSource();
        if (dialog.exec() != QDialog::Accepted || !dialog.result().importable())
            return 0;
        result = dialog.result();
    }
    // The table (the whole file as text) goes before the figures join the document.
    const QString origin = read.table.origin();
    read = CsvRead();
    const int count = int(result.figures.size());
    m_document->addFigures(std::move(result.figures), tr("Import %1 figures from %2").arg(count).arg(origin));
    Q_EMIT message(tr("Imported %1 figures; %2 warnings.").arg(count).arg(result.warnings.size()));
    return count;
}

int DocumentActions::importFile(const QString &path) { return importTable(CsvReader().readFile(path)); }

int DocumentActions::importText(const QString &text, const QString &origin)
{
    return importTable(CsvReader().read(text.toUtf8(), origin));
}

void DocumentActions::importInteractively()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import CSV"), documentsDir(),
                                                      tr("CSV or TSV tables (*.csv *.tsv *.txt)"));
    if (!path.isEmpty())
        importFile(path);
}

int DocumentActions::importSecFacts(const QString &path)
{
    SecFactsRead facts = SecCompanyFacts::readFile(path);
    if (!facts.ok) {
        QMessageBox::warning(m_window, tr("Not imported"), facts.error);
        return -1;
    }
    const QSet<QString> ids = figureIds();
    SecImportResult result;
    {
        SecImportDialog dialog(std::move(facts), ids, m_window);
        if (dialog.exec() != QDialog::Accepted || !dialog.result().ok)
            return 0;
        result = dialog.result();
    }
    const int count = int(result.figures.size());
    m_document->addFigures(std::move(result.figures), tr("Import %1 figures from %2").arg(count).arg(path));
    Q_EMIT message(tr("Imported %1 figures from SEC company facts.").arg(count));
    return count;
}

void DocumentActions::importSecFactsInteractively()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import SEC Company Facts"), documentsDir(),
                                                      tr("SEC company facts (CIK*.json *.json)"));
    if (!path.isEmpty())
        importSecFacts(path);
}

void DocumentActions::pasteRows()
{
    const QString text = QApplication::clipboard()->text();
    if (text.trimmed().isEmpty()) {
        Q_EMIT message(tr("Nothing to paste: copy rows from a spreadsheet first."));
        return;
    }
    importText(text, tr("the clipboard"));
}

void DocumentActions::exportFiguresCsv()
{
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export Figures"),
                                                      documentsDir() + QStringLiteral("/spendlens-figures.csv"),
                                                      tr("CSV tables (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!ChartExporter::writeText(ChartData::figuresCsv(*m_document->figures()), path, &error))
        QMessageBox::warning(m_window, tr("Not exported"), error);
    else
        Q_EMIT message(tr("Exported the figure table to %1.").arg(path));
}

QVector<int> DocumentActions::selectedRows() const
{
    QVector<int> rows;
    const auto *proxy = qobject_cast<const QSortFilterProxyModel *>(m_table->model());
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(proxy ? proxy->mapToSource(index).row() : index.row());
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows.append(proxy ? proxy->mapToSource(m_table->currentIndex()).row() : m_table->currentIndex().row());
    return rows;
}

void DocumentActions::addFigure()
{
    Figure blank;
    blank.level = Verification::Secondary;
    FigureForm form(blank, m_window);
    form.setFormulaCheck([this](const Figure &f) { return m_document->formulaProblem(-1, f); });
    if (form.exec() == QDialog::Accepted)
        m_document->addFigures({form.figure()}, tr("Add “%1”").arg(form.figure().label));
}

void DocumentActions::editFigure()
{
    const QVector<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    FigureForm form(m_document->figures()->figure(rows.first()), m_window);
    form.setFormulaCheck(
        [this, row = rows.first()](const Figure &f) { return m_document->formulaProblem(row, f); });
    if (form.exec() == QDialog::Accepted)
        m_document->editFigure(rows.first(), form.figure());
}

void DocumentActions::deleteFigures()
{
    const QVector<int> rows = selectedRows();
    const QString problem = m_document->removalProblem(rows);
    if (!problem.isEmpty()) {
        QMessageBox::information(m_window, tr("Not deleted"), problem);
        return;
    }
    m_document->removeFigures(rows);
}

QStringList DocumentActions::recentFiles() const
{
    return QSettings().value(kRecentKey).toStringList();
}

void DocumentActions::rememberRecent(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    QSettings().setValue(kRecentKey, files.mid(0, kMaxRecent));
    fillRecentMenu();
}

void DocumentActions::fillRecentMenu()
{
    if (!m_recent)
        return;
    m_recent->clear();
    const QStringList files = recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        m_recent->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(files.at(i)).fileName()), this,
                            [this, path = files.at(i)] {
                                if (!maybeSave())
                                    return;
                                QString error;
                                if (!openPath(path, &error) && !error.isEmpty())
                                    QMessageBox::warning(m_window, tr("Not opened"), error);
                            })
            ->setToolTip(files.at(i));
    }
    m_recent->setEnabled(!files.isEmpty());
}
