#pragma once

#include "figure.h"
#include "parameter.h"

#include <QVector>

// The exchange rates the app carries: the built-in dataset's yearly yuan-per-dollar averages,
// each with its source (usd_cny_2023: Federal Reserve G.5A). A document that holds yuan figures
// but no rate (one saved before rates existed, or an empty one a yuan CSV was imported into) is
// given them, so its charts convert and name the rate instead of saying there is none.
namespace SourcedRates {
// The built-in dataset's rate parameters, read once.
const QVector<Parameter> &builtIn();
// Whether a document with these parameters needs the rates for these figures: one of them is
// money in another currency than dollars, and no parameter is a rate.
bool missing(const QVector<Parameter> &parameters, const QVector<Figure> &figures);
// The parameters with the built-in rates added where missing() says so; else unchanged.
QVector<Parameter> completed(const QVector<Parameter> &parameters, const QVector<Figure> &figures);
} // namespace SourcedRates
