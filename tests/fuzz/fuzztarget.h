#pragma once
// Shared by the libFuzzer targets (included by exactly one source of each): the application object
// their messages are translated through, as in the program, and how a broken promise ends the run
// (an abort, which libFuzzer reports with the input that did it).
#include <QCoreApplication>
#include <QString>

#include <cstdio>
#include <cstdlib>

// The target's name, for the report: each target defines it before including this header.
#ifndef SPENDLENS_FUZZ_TARGET
#error "define SPENDLENS_FUZZ_TARGET (the target's name) before including fuzztarget.h"
#endif

[[noreturn]] inline void broken(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "%s: %s\n%s\n", SPENDLENS_FUZZ_TARGET, what, qPrintable(detail));
    std::abort();
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}
