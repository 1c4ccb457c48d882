#pragma once

#include "dataset.h"

// A sourced yearly exchange rate parameter (usd_cny_2023: yuan per dollar, the year's average).
inline Parameter yuanPerDollar(int year, double value, const QString &source = QStringLiteral("Federal Reserve G.5A"))
{
    Parameter p;
    p.name = QStringLiteral("usd_cny_%1").arg(year);
    p.label = QStringLiteral("Yuan per dollar, %1 average").arg(year);
    p.value = p.sourced = value;
    p.minimum = 5;
    p.maximum = 9;
    p.unit = ParameterUnit::CnyPerUsd;
    p.year = year;
    p.source = source;
    return p;
}

// Small hand-made figures for model tests, so expected values can be computed by hand.
inline Figure makeFigure(const QString &id, const QString &entity, FigureKind kind, int year,
                         double low, double high,
                         FigureStatus status = FigureStatus::Actual, const QDate &stated = {})
{
    Figure f;
    f.id = id;
    f.entity = entity;
    f.label = id;
    f.kind = kind;
    f.year = year;
    f.periodLabel = QString::number(year);
    f.low = low;
    f.high = high;
    f.status = status;
    f.stated = stated;
    f.source.title = QStringLiteral("Test source for ") + id;
    f.source.publisher = QStringLiteral("Test publisher");
    return f;
}

inline QVector<Figure> metaAndDeepSeek()
{
    return {
        makeFigure("meta-2023", "Meta", FigureKind::Capex, 2023, 28.10e9, 28.10e9),
        makeFigure("meta-2024", "Meta", FigureKind::Capex, 2024, 39.23e9, 39.23e9),
        makeFigure("meta-2025-plan", "Meta", FigureKind::CapexGuidance, 2025, 60e9, 65e9,
                   FigureStatus::Guidance, QDate(2025, 1, 24)),
        makeFigure("meta-2025-plan-oct", "Meta", FigureKind::CapexGuidance, 2025, 70e9, 72e9,
                   FigureStatus::Guidance, QDate(2025, 10, 29)),
        makeFigure("meta-2025", "Meta", FigureKind::Capex, 2025, 72.22e9, 72.22e9),
        makeFigure("v3", "DeepSeek", FigureKind::TrainingComputeCost, 2024, 5.576e6, 5.576e6,
                   FigureStatus::Stated),
    };
}

// c0 = {c1} + 1, c1 = {c2} + 1, …, and the last is a plain $1: c0 is worth length.
inline QVector<Figure> formulaChain(int length)
{
    QVector<Figure> figures;
    figures.reserve(length);
    for (int i = 0; i < length; ++i) {
        Figure f = makeFigure(QStringLiteral("c%1").arg(i), "Chain", FigureKind::Capex, 2024, 1, 1);
        if (i + 1 < length)
            f.formula = QStringLiteral("{c%1} + 1").arg(i + 1);
        figures.append(f);
    }
    return figures;
}
