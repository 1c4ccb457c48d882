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
} // namespace CommandLine
