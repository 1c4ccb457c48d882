#pragma once

#include "chartspec.h"
#include "guidancehistory.h"

// The guidance-history chart: each guidance statement for one company and year as a range at
// the date it was made, then the actual.
class GuidanceSpec : public ChartSpec
{
    Q_OBJECT
public:
    explicit GuidanceSpec(Document *document);

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

    // The company and year the chart follows: the document's choice, else the one with the
    // most statements.
    GuidanceHistory::Subject subject() const;
    QVector<GuidanceHistory::Statement> statements() const;
};
