#pragma once

#include "figure.h"
#include "parameter.h"

#include <QHash>
#include <QString>
#include <QVector>

class NumberFormat;

// Figures whose value is a formula of other figures and parameters (Figure::formula): the
// checks that keep them sound and the evaluation that keeps them current.
namespace Derivation {

// The first problem with the figures' formulas, naming the figure and why (a formula that does
// not parse, an unknown figure or parameter, a figure that depends on itself, a result that
// cannot be computed); empty when all is well.
QString check(const QVector<Figure> &figures, const QVector<Parameter> &parameters);

struct Update
{
    int row;
    double low;
    double high;
};
// Every derived figure's value from the current inputs, in dependency order; only figures
// whose value changes are listed. False with the reason when a formula cannot be evaluated.
bool evaluate(const QVector<Figure> &figures, const QHash<QString, int> &rowById,
              const QVector<Parameter> &parameters, QVector<Update> *updates, QString *error);
// The same, given the rows of the figures with a formula in ascending order (FigureIndex keeps
// them), so that an edit does not walk every figure.
bool evaluate(const QVector<Figure> &figures, const QHash<QString, int> &rowById,
              const QVector<int> &derivedRows, const QVector<Parameter> &parameters,
              QVector<Update> *updates, QString *error);

// "2.788M GPU-hours × $2.00 per GPU-hour" for a derived figure; empty for others.
QString describe(const Figure &figure, const QVector<Figure> &figures,
                 const QHash<QString, int> &rowById, const QVector<Parameter> &parameters,
                 const NumberFormat &format);

// Rows of the figures whose formulas use the figure or parameter named, directly or through
// other derived figures.
QVector<int> dependents(const QVector<Figure> &figures, const QString &figureId, const QString &parameterName);

QHash<QString, int> indexById(const QVector<Figure> &figures);

} // namespace Derivation
