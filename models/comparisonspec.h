#pragma once

#include "ratiospec.h"

// The side-by-side chart: the compared figures and the baseline in dollars, largest first.
// Figures in other units (GPU-hours) have no place on a money axis and are left out.
class ComparisonSpec : public RatioSpec
{
    Q_OBJECT
public:
    explicit ComparisonSpec(Document *document);

    QString key() const override;
    QString name() const override;
    QString description() const override;
    QVector<int> rows() const override;
    QVector<int> csvRows() const override { return rows(); }
    QVector<int> altRows() const override { return rows(); }
    QString headline() const override;
    QString altText() const override;
    QString emptyMessage() const override;
    QString defaultTitle() const override;
    QString defaultSubtitle() const override;
    QHash<QString, QString> placeholders() const override;
};
