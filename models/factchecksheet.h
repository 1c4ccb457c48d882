#pragma once

#include "figure.h"
#include "parameter.h"

#include <QString>
#include <QStringList>
#include <QVector>

class ChartSpec;

// The sheet an editor checks before a chart runs: every number the chart, its headline and its
// alt text show, each with how it was made and the figures it rests on; every such figure with
// its value as stored, source, address, quote and verification; the parameters formulas used;
// and the caveats that apply. Built from the chart's spec, in the language in force.
struct FactCheckSheet
{
    struct Number
    {
        QString shown;  // as the chart writes it: "10,800–11,700×", "$60.0–65.0B", "+84.1%"
        double low = 0; // its value: dollars or GPU-hours, times, or percent (84.1 for +84.1%)
        double high = 0;
        QString what;          // what it is, in words
        QString derivation;    // how it was made, every input with its value; empty when stated
        QStringList figureIds; // the figures it rests on, whose sources the sheet lists
        QStringList places;    // where it appears: "chart", "headline", "alt text", …
    };

    static FactCheckSheet forChart(const ChartSpec &spec);

    QString chartName;
    QString title;
    QString subtitle;
    QString headline;
    QString altText;
    QString caveat; // the chart's caveat as shown (automatic or the journalist's); empty if off
    QString notes;  // the journalist's notes and how derived figures were made, as in the footer
    QVector<Number> numbers;
    QVector<Figure> figures;       // every figure a number rests on, inputs of formulas included
    QVector<Parameter> parameters; // every parameter a formula used, with its value now

    // The figure's place in figures (0-based), -1 if absent.
    int figureIndex(const QString &id) const;
};
