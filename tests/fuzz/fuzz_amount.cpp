// libFuzzer target: the amount parser behind every value a user types or imports
// (models/amountparser.h): a cell typed in the table or the figure form, and a cell of an imported
// file with either decimal mark and a column scale. Any text must give either an amount or a
// refusal that says why: never a crash, undefined behaviour, a hang, an infinity or NaN, a
// negative amount or a range whose low end is above its high end.
#include "amountparser.h"

#include <QCoreApplication>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void broken(const char *what, const QString &text, const QString &detail = {})
{
    std::fprintf(stderr, "fuzz_amount: %s\ntext: %s\n%s\n", what, qPrintable(text), qPrintable(detail));
    std::abort();
}

void check(const ParsedAmount &amount, const QString &text)
{
    if (!amount.ok) {
        if (amount.error.trimmed().isEmpty())
            broken("a refusal that does not say why", text);
        return;
    }
    if (!std::isfinite(amount.low) || !std::isfinite(amount.high))
        broken("an amount that is not finite", text, QString::number(amount.low) + " " + QString::number(amount.high));
    if (amount.low < 0 || amount.low > amount.high)
        broken("a negative amount or a range upside down", text,
               QString::number(amount.low) + " " + QString::number(amount.high));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // The parser translates its messages through QCoreApplication, as in the program.
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    check(parseAmount(text), text);
    static constexpr double kScales[] = {1, 1e3, 1e6, 1e9};
    const double scale = kScales[size % 4];
    check(parseImportAmount(text, DecimalMark::Point, scale), text);
    check(parseImportAmount(QStringView(text), DecimalMark::Comma, scale), text);
    decimalMarkEvidence(text);
    return 0;
}
