#include "caveats.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

namespace {

// Translations are filed under "Caveats", for lupdate and at run time alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Caveats)
};

bool isCompanySpending(FigureKind kind)
{
    switch (kind) {
    case FigureKind::Capex:
    case FigureKind::CapexGuidance:
    case FigureKind::AnalystConsensus:
    case FigureKind::HardwareEstimate:
    case FigureKind::OperatingCostEstimate:
        return true;
    default:
        return false;
    }
}

} // namespace

namespace Caveats {

QString forFigures(const QVector<const Figure *> &figures, Form form)
{
    const bool brief = form == Form::Brief;
    bool spending = false;
    bool trainingRun = false;
    bool pledge = false;
    bool commitment = false;
    bool other = false;
    bool actual = false;
    bool notActual = false;
    QSet<FigureKind> kinds;
    for (const Figure *f : figures) {
        kinds.insert(FigureText::seriesKind(f->kind));
        spending |= isCompanySpending(f->kind);
        trainingRun |= f->kind == FigureKind::TrainingComputeCost;
        pledge |= f->kind == FigureKind::Pledge;
        commitment |= f->kind == FigureKind::Commitment;
        other |= f->kind == FigureKind::Other;
        actual |= f->status == FigureStatus::Actual;
        notActual |= f->status == FigureStatus::Guidance || f->status == FigureStatus::Estimate ||
                     f->status == FigureStatus::Reported;
    }
    QStringList sentences;
    if (spending && trainingRun)
        sentences << (brief ? Tr::tr("Capex buys long-lived assets; a training run's cost is rented compute.")
                            : Tr::tr("Compares different kinds of figure: capital spending buys long-lived "
                                     "assets used for many purposes, while a training-run cost is rented GPU "
                                     "time for one final run and excludes research, staff and hardware."));
    if (pledge && (spending || trainingRun))
        sentences << Tr::tr("A pledge is not spending.");
    if (commitment && (spending || trainingRun))
        sentences << (brief ? Tr::tr("A multi-year computing commitment is not spending.")
                            : Tr::tr("A commitment to buy computing over several years is not spending."));
    if (other)
        sentences << (brief ? Tr::tr("Check what a figure of kind “other” measures.")
                            : Tr::tr("A figure of kind “other” came from a file whose words for its kind "
                                     "SpendLens could not place: check what it measures before comparing it."));
    if (actual && notActual)
        sentences << Tr::tr("Guidance and estimates are not outcomes.");
    if (sentences.isEmpty() && kinds.size() > 1)
        sentences << (brief ? Tr::tr("Different kinds of figure.")
                            : Tr::tr("Compares different kinds of figure; see each figure's basis."));
    return sentences.join(QLatin1Char(' '));
}

} // namespace Caveats
