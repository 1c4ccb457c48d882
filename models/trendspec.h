#pragma once

#include "chartspec.h"
#include "trendseries.h"

// The trend chart: capex of several companies by year or quarter, one basis per company, actuals
// solid and plans as ranges continuing each line, with the change on a year before and totals.
class TrendSpec : public ChartSpec
{
    Q_OBJECT
public:
    explicit TrendSpec(Document *document);

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
    QString automaticCaveat() const override;
    QString automaticNotes() const override;

    TrendSettings trendSettings() const;
    TrendSeries::Data data() const;
};
