#pragma once

#include <QString>
#include <QStringList>

#include <functional>

// `spendlens export --batch JOBS.txt`: one export's arguments a line, all run in one process,
// so a newsroom regenerates every chart after a data update without starting Qt each time.
namespace BatchExport {
// Splits one line into arguments as a shell would: words separated by blanks, 'single' and
// "double" quotes (with \" and \\ inside), a backslash escaping the next character, and a
// word starting with # beginning a comment. Empty with *error set when a quote is not closed.
QStringList splitArguments(const QString &line, QString *error);

// Runs every job of the file through exportOne with the common arguments before the line's
// own (so a line's --dataset or -o wins). A failing job is named by file and line and the
// others still run. Exit 0 when all were written, 1 when any failed or the file cannot be
// read, 2 when it holds no job.
int run(const QString &path, const QStringList &common,
        const std::function<int(const QStringList &)> &exportOne);

// "JOBS.txt:3" while that line runs, else empty: messages of a job in a batch start with it.
QString currentJob();
// A job whose PNG was written after its line had run (ExportPipeline) and failed: run() counts
// it for its line ("JOBS.txt:3", as currentJob() named it).
void failedLater(const QString &job);
} // namespace BatchExport
