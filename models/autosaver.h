#pragma once

#include "dataset.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <memory>

class Document;
class QLockFile;

// Keeps unsaved work safe. While a document has unsaved changes, a recovery copy is written
// (atomically) to a per-session file at most every interval; it is removed when the work is
// saved or the session ends cleanly. A session holds a lock beside its copy, so copies whose
// lock is free were left by a session that crashed.
class Autosaver : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalMs = 30000;
    Autosaver(Document *document, const QString &directory, int intervalMs = kDefaultIntervalMs,
              QObject *parent = nullptr);
    ~Autosaver() override;

    QString recoveryPath() const { return m_path; }
    // Writes the recovery copy now if there is unsaved work; false with *error on failure.
    bool saveNow(QString *error);

    struct Recovery
    {
        QString path;         // the recovery copy
        QString originalPath; // the .spendlens file it was editing, empty if never saved
        QDateTime savedAt;
    };
    // Copies left behind by sessions that did not end cleanly, newest first.
    static QVector<Recovery> orphans(const QString &directory);
    static DatasetRead readRecovery(const Recovery &recovery);
    // Loads the recovered work into the document and makes its copy this session's own, kept
    // until the work is saved or a newer copy replaces it: a crash soon after restoring loses
    // nothing. False with *error if the copy cannot be read (the document is then unchanged).
    bool restore(const Recovery &recovery, QString *error);
    static void discard(const Recovery &recovery);
    // The standard place: the application's data directory.
    static QString defaultDirectory();

Q_SIGNALS:
    void saved(const QString &path);
    void failed(const QString &error);

private:
    void tick();
    void removeCopy();

    Document *m_document;
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    QTimer m_timer;
    int m_savedIndex = -1; // undo index of the last copy
};
