#pragma once

#include "figure.h"

#include <QDate>
#include <QString>
#include <QVector>

class FigureModel;

// How one company's plan for one year moved: each guidance statement as a range at the date
// it was made, then the actual when known (Meta 2025: $60–65B in January 2025 … $72.22B).
namespace GuidanceHistory {

struct Statement
{
    int row = -1; // figure row
    QDate date;   // when it was stated
    double low = 0;
    double high = 0;
    bool actual = false;
};

struct Subject
{
    QString entity;
    int year = 0;
    int statements = 0; // guidance statements (the actual not counted)
};

// The statements for entity and year, oldest first, the actual last. Guidance figures without
// a date cannot be placed in time and are left out.
QVector<Statement> statements(const FigureModel &figures, const QString &entity, int year);
// Every company and year with at least two dated guidance statements: most statements first.
QVector<Subject> subjects(const FigureModel &figures);
// The subject to show when none is chosen or the chosen one has gone: the first of subjects().
Subject fallback(const FigureModel &figures, const QString &entity, int year);

} // namespace GuidanceHistory
