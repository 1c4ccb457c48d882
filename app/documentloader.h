#pragma once

#include <QObject>
#include <QString>

#include <functional>

class Document;
class QProgressDialog;
class QWidget;

// Opens a .spendlens document without freezing the window: the file is read on a worker thread
// while the window keeps drawing; a read still going after kProgressAfterMs shows a progress
// dialog whose Cancel stops it. The document changes only at the end, in one load on the GUI
// thread, so a cancelled or failed open leaves it exactly as it was.
class DocumentLoader : public QObject
{
    Q_OBJECT
public:
    static constexpr int kProgressAfterMs = 300;
    enum class Outcome { Opened, Failed, Cancelled };

    DocumentLoader(Document *document, QWidget *window);
    // Returns when the file is read (and loaded) or the user cancelled; *error is set on failure.
    Outcome open(const QString &path, QString *error);
    // The progress dialog while open() runs (hidden for the first kProgressAfterMs), else null.
    QProgressDialog *progressDialog() const { return m_dialog; }
    // Tests only: runs on the worker thread before it reads (to hold a read until released).
    void setBeforeRead(std::function<void()> hook) { m_beforeRead = std::move(hook); }

private:
    Document *m_document;
    QWidget *m_window;
    QProgressDialog *m_dialog = nullptr; // on open()'s stack while it runs
    std::function<void()> m_beforeRead;
};
