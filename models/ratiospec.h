#pragma once

#include "chartspec.h"

class RatioModel;

// The ratio chart: each compared figure as a multiple of the baseline, largest first, then the
// baseline itself (1×). The comparison and scale charts draw the same comparison another way.
class RatioSpec : public ChartSpec
{
    Q_OBJECT
public:
    explicit RatioSpec(Document *document);

    QString key() const override;
    QString name() const override;
    QString description() const override;
    QVector<int> rows() const override;
    QVector<int> csvRows() const override;
    QVector<int> altRows() const override;
    QString headline() const override;
    QString altText() const override;
    QString csv() const override;
    QString emptyMessage() const override;
    QString hiddenNotice() const override;
    QString defaultTitle() const override;
    QString defaultSubtitle() const override;
    QHash<QString, QString> placeholders() const override;
    QString comparisonKey() const override;
    QString conversionNote() const override;
    QVector<QPair<double, double>> shownNumbers() const override;

    const RatioModel &ratios() const;
};
