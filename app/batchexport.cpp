#include "batchexport.h"

#include "commandline.h"
#include "exportpipeline.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace BatchExport {

namespace {

// Translations are filed under "CommandLine", with the rest of the command line's messages.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

QString g_currentJob;
QStringList g_failedLater;

void say(const QString &message)
{
    ExportPipeline::instance().settle(); // a chart still being written is reported first
    QTextStream(stderr) << CommandLine::said(QString(), message) << Qt::endl;
}

bool runsAnotherBatch(const QStringList &arguments)
{
    for (const QString &argument : arguments)
        if (argument == QLatin1String("--batch") || argument.startsWith(QLatin1String("--batch=")))
            return true;
    return false;
}

// Runs one line's job; false if it failed (its messages are printed).
bool runLine(const QString &line, const QStringList &common,
             const std::function<int(const QStringList &)> &exportOne, bool *wasJob)
{
    QString error;
    const QStringList arguments = splitArguments(line, &error);
    *wasJob = !arguments.isEmpty() || !error.isEmpty();
    if (!error.isEmpty()) {
        say(g_currentJob + QStringLiteral(": ") + error);
        return false;
    }
    if (arguments.isEmpty())
        return true;
    if (runsAnotherBatch(arguments)) {
        say(g_currentJob + QStringLiteral(": ") + Tr::tr("a job cannot run another --batch."));
        return false;
    }
    return exportOne(common + arguments) == 0;
}

} // namespace

QStringList splitArguments(const QString &line, QString *error)
{
    QStringList words;
    QString word;
    bool inWord = false;
    QChar quote; // the open quote, or null
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else if (quote == QLatin1Char('"') && c == QLatin1Char('\\') && i + 1 < line.size() &&
                     (line.at(i + 1) == QLatin1Char('"') || line.at(i + 1) == QLatin1Char('\\')))
                word += line.at(++i);
            else
                word += c;
        } else if (c.isSpace()) {
            if (inWord)
                words.append(word);
            word.clear();
            inWord = false;
        } else if (c == QLatin1Char('#') && !inWord) {
            break; // a comment to the end of the line
        } else {
            inWord = true;
            if (c == QLatin1Char('\'') || c == QLatin1Char('"'))
                quote = c;
            else if (c == QLatin1Char('\\') && i + 1 < line.size())
                word += line.at(++i);
            else
                word += c;
        }
    }
    if (!quote.isNull()) {
        *error = Tr::tr("the quote %1 is not closed.").arg(quote);
        return {};
    }
    if (inWord)
        words.append(word);
    return words;
}

QString currentJob()
{
    return g_currentJob;
}

void failedLater(const QString &job)
{
    g_failedLater.append(job);
}

int run(const QString &path, const QStringList &common,
        const std::function<int(const QStringList &)> &exportOne)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        say(Tr::tr("%1: cannot read the batch (%2).").arg(path, file.errorString()));
        return 1;
    }
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    int jobs = 0;
    QList<int> failedLines;
    g_failedLater.clear();
    const auto jobName = [&path](qsizetype i) -> QString { return path + QLatin1Char(':') + QString::number(i + 1); };
    for (qsizetype i = 0; i < lines.size(); ++i) {
        g_currentJob = jobName(i);
        bool wasJob = false;
        if (!runLine(lines.at(i), common, exportOne, &wasJob))
            failedLines.append(int(i + 1));
        jobs += wasJob ? 1 : 0;
    }
    g_currentJob.clear();
    ExportPipeline::instance().settle(); // the last chart is written before the summary
    for (qsizetype i = 0; i < lines.size(); ++i)
        if (g_failedLater.contains(jobName(i)) && !failedLines.contains(int(i + 1)))
            failedLines.append(int(i + 1));
    std::sort(failedLines.begin(), failedLines.end());
    QStringList failed;
    for (int line : failedLines)
        failed.append(QString::number(line));
    if (jobs == 0) {
        say(Tr::tr("%1: no export in the batch (one export's arguments a line).").arg(path));
        return 2;
    }
    if (failed.isEmpty()) {
        say(Tr::tr("%1: all %2 exports done.").arg(path).arg(jobs));
        return 0;
    }
    say(Tr::tr("%1: %2 of %3 exports failed (lines %4); the others were done.")
            .arg(path)
            .arg(failed.size())
            .arg(jobs)
            .arg(failed.join(QStringLiteral(", "))));
    return 1;
}

} // namespace BatchExport
