#pragma once

#include "chartspec.h"

class GrowthModel;

// The growth chart: one series by year, the actual and the guidance of each year side by side.
class GrowthSpec : public ChartSpec
{
    Q_OBJECT
public:
    explicit GrowthSpec(Document *document);

    QString key() const override;
    QString name() const override;
    QString description() const override;
    QVector<int> rows() const override;
    QString headline() const override;
    QString altText() const override;
    QString csv() const override;
    QString emptyMessage() const override;
    QString defaultTitle() const override;
    QString defaultSubtitle() const override;
    QHash<QString, QString> placeholders() const override;
    QString comparisonKey() const override;
    QVector<QPair<double, double>> shownNumbers() const override;

    const GrowthModel &growth() const;
};
