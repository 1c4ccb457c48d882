#pragma once

#include "figure.h"

#include <QString>
#include <QVector>

// The parts of a figure a rule can be about, so that a form can put the message beside its field
// and an import beside its column.
enum class FigureField
{
    Id,
    Entity,
    Label,
    Kind,
    Year,
    Amount,
    SourceTitle,
    Url,
};

struct FigureProblem
{
    FigureField field = FigureField::Id;
    bool warning = false; // a warning lets the figure in; an error keeps it out
    QString message;      // one sentence, the same wherever the figure comes in
};

// What makes a figure acceptable, in one place for every way a figure comes in: the figure form,
// a cell edited in the table, a CSV import and the document reader. Each rule has one message.
//
// Errors: no entity, label or source title; a year outside 1900–2100; an amount that is not
// finite, negative, above 10^16 or whose low end is above its high end; an address that is not
// http(s) with a host, or that holds a user name or password. Warning: a kind that the words
// written could not be placed in, which comes in as "other".
class FigureRules
{
public:
    static constexpr int kFirstYear = 1900;
    static constexpr int kLastYear = 2100;
    static constexpr double kMaxAmount = 1e16;

    // Every error of a complete figure, in the order of its fields.
    static QVector<FigureProblem> check(const Figure &figure);

    // The single rules, for a reader that meets a field before the figure is complete.
    static QString requiredProblem(FigureField field, const QString &text);
    static QString yearProblem(int year);
    static QString quarterProblem(int quarter);
    static QString amountProblem(double low, double high);
    static QString urlProblem(const QString &url);
    // The warning for a kind written as text that no kind's key, name or word matches.
    static QString unplacedKindWarning(const QString &written);

    // The status a figure of this kind has unless it says otherwise: guidance is a plan, the
    // estimates and the analysts' consensus are estimates, pledges, commitments and counts of
    // hours are what was stated; capex (and a kind that could not be placed) is an actual.
    static FigureStatus defaultStatus(FigureKind kind);

    // The text for an address cell: "www.example.com" gains "https://"; the rest stays as written.
    static QString withScheme(const QString &url);
};
