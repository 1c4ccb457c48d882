#pragma once

#include <QStringList>

// The headless command line: `spendlens export|charts|figures …`. Runs without a display.
namespace CommandLine {
enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };
// True if the arguments name a command-line command rather than the window.
bool isCommand(const QStringList &arguments);
// Runs the command; messages go to stdout and stderr.
int run(const QStringList &arguments);
QString usage();
// A message as stderr shows it, in the language in force: "spendlens: ", then where (a batch
// job's "FILE:LINE: ", or nothing), then the message.
QString said(const QString &where, const QString &message);
// A message that ends a sentence, with the full stop of the language in force.
QString sentence(const QString &text);
} // namespace CommandLine
