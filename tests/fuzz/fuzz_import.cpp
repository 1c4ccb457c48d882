// libFuzzer target: File ▸ Import and `spendlens import` from the bytes of a file to the figures
// that would come in (models/csvreader.h, then models/figureimport.h, which reads every amount
// through the amount parser and checks every figure with FigureRules). Any bytes, in every
// layout, must give either figures that all pass the rules, or an error or row problems naming
// the file and line: never a crash, a leak, undefined behaviour or a hang.
#define SPENDLENS_FUZZ_TARGET "fuzz_import"
#include "fuzztarget.h"
#include "csvreader.h"
#include "figureimport.h"
#include "figurerules.h"

#include <QSet>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void checkResult(const FigureImportResult &result, const QString &origin)
{
    if (!result.ok) {
        if (!result.error.startsWith(origin + QStringLiteral(": ")))
            broken("a refusal that does not name the file", result.error);
        if (!result.figures.isEmpty() && result.importable())
            broken("a refused table that is importable");
        return;
    }
    for (const QVector<RowProblem> *list : {&result.problems, &result.warnings})
        for (const RowProblem &problem : *list)
            if (problem.line < 1 || problem.reason.trimmed().isEmpty())
                broken("a row problem without its line or reason", problem.message());
    if (!result.importable())
        return;
    QSet<QString> ids;
    for (const Figure &figure : result.figures) {
        const QVector<FigureProblem> problems = FigureRules::check(figure);
        for (const FigureProblem &problem : problems)
            if (!problem.warning && problem.field != FigureField::Id)
                broken("an importable figure that breaks a rule", problem.message);
        if (!std::isfinite(figure.low) || !std::isfinite(figure.high) || figure.low > figure.high)
            broken("an importable figure with an impossible amount", figure.label);
        if (figure.id.isEmpty() || ids.contains(figure.id))
            broken("an importable figure without an id of its own", figure.id);
        ids.insert(figure.id);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString origin = QStringLiteral("fuzz.csv");
    const CsvRead read = CsvReader().read(bytes, origin);
    if (!read.ok)
        return 0; // fuzz_csv checks the reader's refusals
    static constexpr ImportLayout kLayouts[] = {ImportLayout::Auto, ImportLayout::Long,
                                                ImportLayout::WideYears, ImportLayout::WideEntities};
    ImportOptions options;
    options.layout = kLayouts[size % 4];
    options.existingIds = {QStringLiteral("meta-capex-2024")};
    checkResult(FigureImport(options).run(read.table), origin);
    return 0;
}
