#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QThread>
#include <QString>

#include <functional>
#include <memory>

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
    ~DocumentLoader() override;
    // Returns when the file is read (and loaded) or the user cancelled; *error is set on failure.
    Outcome open(const QString &path, QString *error);
    // open() in two halves, so that other work (building the window) runs while the file is
    // read: start() returns at once; finish() waits as open() does, progress dialog included.
    void start(const QString &path);
    Outcome finish(QString *error);
    // The window the progress dialog belongs to (the constructor's, if not set).
    void setWindow(QWidget *window) { m_window = window; }
    // The progress dialog while open() runs (hidden for the first kProgressAfterMs), else null.
    QProgressDialog *progressDialog() const { return m_dialog; }
    // Tests only: runs on the worker thread before it reads (to hold a read until released).
    void setBeforeRead(std::function<void()> hook) { m_beforeRead = std::move(hook); }

Q_SIGNALS:
    void readFinished(); // the worker is done (read, failed or stopped); finish() does the rest

private:
    struct SharedRead;
    void waitWithProgress();

    Document *m_document;
    QWidget *m_window;
    QString m_path;
    std::unique_ptr<QThread> m_worker;
    std::shared_ptr<SharedRead> m_read;
    bool m_finished = false;
    QElapsedTimer m_started;
    QProgressDialog *m_dialog = nullptr; // on waitWithProgress()'s stack while it runs
    std::function<void()> m_beforeRead;
};
