#include "sourcedrates.h"

#include "currency.h"
#include "dataset.h"

#include <algorithm>

namespace SourcedRates {

const QVector<Parameter> &builtIn()
{
    static const QVector<Parameter> rates = [] {
        QVector<Parameter> found;
        for (const Parameter &p : DatasetJson::builtIn().dataset.parameters)
            if (Currency::isRate(p))
                found.append(p);
        return found;
    }();
    return rates;
}

bool missing(const QVector<Parameter> &parameters, const QVector<Figure> &figures)
{
    if (std::any_of(parameters.cbegin(), parameters.cend(), Currency::isRate))
        return false;
    return std::any_of(figures.cbegin(), figures.cend(),
                       [](const Figure &f) { return Currency::needsConversion(f, FigureUnit::Usd); });
}

QVector<Parameter> completed(const QVector<Parameter> &parameters, const QVector<Figure> &figures)
{
    if (!missing(parameters, figures))
        return parameters;
    QVector<Parameter> all = parameters;
    for (const Parameter &rate : builtIn())
        if (std::none_of(all.cbegin(), all.cend(), [&](const Parameter &p) { return p.name == rate.name; }))
            all.append(rate);
    return all;
}

} // namespace SourcedRates
