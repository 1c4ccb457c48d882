#pragma once

#include "chartstyle.h"

#include <QString>

class QGraphicsItem;
class QGraphicsLineItem;
class QGraphicsTextItem;

// The lines under a chart: the caveat first, then notes, then sources and byline.
// Small images get the short forms: the caveat's first sentence and the sources as publisher
// and date (the full list stays in the CSV, the alt text and the PNG's Description).
struct ChartFooter
{
    QString caveat;
    QString notes;
    QString sources;
    QString byline;
    QString shortCaveat;
    QString shortSources;
};

// The footer as drawn: a thin rule between chart and footer, the caveat, notes and sources
// wrapped to the chart's width, and the byline on its own line.
class ChartFooterBlock
{
public:
    ChartFooterBlock(QGraphicsItem *parent, const ChartStyle &style);
    // A label before its text, escaped: "Caveat: ", but "注意：" (a full-width colon carries
    // its own space).
    static QString leadIn(const QString &label);
    void setTexts(const ChartFooter &footer);
    const ChartFooter &texts() const { return m_texts; }
    // Sets the long or short form at this width; returns its height with the rule (0 if empty).
    qreal setForm(bool shortForm, qreal width);
    // The height setForm would return, without changing the form on show if it is known.
    qreal formHeight(bool shortForm, qreal width);
    // Places the block so it ends at bottom; the rule runs from left to right.
    void place(qreal left, qreal right, qreal bottom);
    QString plainText() const;

private:
    QString html(bool shortForm) const;

    ChartStyle m_style;
    ChartFooter m_texts;
    QString m_html; // the body as last set
    struct Measured
    {
        QString html;
        qreal width = -1;
        qreal height = 0;
    };
    Measured m_measured[2]; // each form's height when last set (long, short)
    QGraphicsTextItem *m_body;
    QGraphicsTextItem *m_byline;
    QGraphicsLineItem *m_rule;
};
