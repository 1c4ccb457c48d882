#pragma once

#include "ratiospec.h"

// The scale chart: two squares whose areas are in proportion, the headline figure and the
// baseline, so a 10,000× gap can be seen.
class ScaleSpec : public RatioSpec
{
    Q_OBJECT
public:
    explicit ScaleSpec(Document *document);

    QString key() const override;
    QString name() const override;
    QString description() const override;
    // The headline figure, then the baseline; empty when either is missing.
    QVector<int> rows() const override;
    QVector<int> csvRows() const override { return rows(); }
    QVector<int> altRows() const override { return rows(); }
    QString altText() const override;
    QString emptyMessage() const override;
    QString defaultTitle() const override;
    QString defaultSubtitle() const override;
};
