#pragma once

#include <QImage>
#include <QString>

#include <functional>
#include <optional>
#include <thread>

// Many charts in one process (`export --batch`, `--chart all`): a chart's PNG is encoded on a
// worker thread while this thread builds and paints the next chart. One PNG is in flight at a
// time, so memory stays bounded (two images). The file is written, and its outcome reported,
// back on this thread and in the jobs' order by settle(), which the next PNG, every message of
// the command line, every other write and the end of a batch call first: what a user sees
// (files, messages in their order, language and job, exit codes) is what one chart after
// another gives.
class ExportPipeline
{
public:
    struct Png
    {
        QImage image;
        QString path;
        QString job;      // "JOBS.txt:3" in a batch, else empty: its messages start with it
        QString language; // the job's, in force while it is written and reported
        std::function<QString()> wroteMessage; // the line printed once written
        std::function<void()> failed;          // counts the failure for its job
    };

    static ExportPipeline &instance();
    // On unless SPENDLENS_EXPORT_PIPELINE=0 (tests compare the two; benchmarks time both).
    static bool enabled();

    ExportPipeline() = default;
    ExportPipeline(const ExportPipeline &) = delete;
    ExportPipeline &operator=(const ExportPipeline &) = delete;
    ~ExportPipeline();

    // Settles the PNG in flight, then starts encoding this one.
    void submit(Png png);
    // Waits for the PNG in flight, if any, writes it and reports it.
    void settle();
    // Settles first if the PNG in flight is to be written to path (a job reading what an
    // earlier one writes reads it written).
    void settleIfWriting(const QString &path);

private:
    void complete(const Png &png, const QByteArray &bytes);

    std::optional<Png> m_pending;
    QByteArray m_bytes;
    std::thread m_worker;
};
