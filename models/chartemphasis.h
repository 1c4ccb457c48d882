#pragma once

#include "documentlimits.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

// A note written on a chart next to one figure's bar or point, with a leader line to it.
struct ChartAnnotation
{
    QString figureId;
    QString text;
    // Where the journalist put it: the text's centre from its anchor, in lines of label type,
    // so it keeps its place at every size. Not placed: laid out where it fits.
    bool placed = false;
    double dx = 0;
    double dy = 0;

    bool operator==(const ChartAnnotation &o) const
    {
        return figureId == o.figureId && text == o.text && placed == o.placed && dx == o.dx && dy == o.dy;
    }
    bool operator!=(const ChartAnnotation &o) const { return !(*this == o); }
};

// How a journalist points a reader at part of a chart: figures highlighted (the others go
// grey), annotations, a palette colour per figure, and the order of the bars. Figures are
// named by id, so the emphasis follows a figure wherever it is drawn.
struct ChartEmphasis
{
    enum class Order { Automatic, Value, Name, Date, Manual };

    QStringList highlighted;
    QVector<ChartAnnotation> annotations;
    QMap<QString, QString> colours; // figure id → ChartPalette key
    Order order = Order::Automatic;
    QStringList manualOrder; // figure ids, top to bottom, for Order::Manual

    // What a chart holds at most: more cannot be laid out clear of each other.
    static constexpr int kMaxAnnotations = DocumentLimits::kMaxAnnotations;
    static constexpr int kMaxAnnotationLength = DocumentLimits::kMaxAnnotationLength;
    static constexpr double kMaxOffset = 100; // lines of type from the anchor

    bool isEmpty() const;
    // Drawn grey: something is highlighted and this figure is not.
    bool isGreyed(const QString &figureId) const;
    // The palette key given to this figure; empty for its kind's colour.
    QString colourKey(const QString &figureId) const { return colours.value(figureId); }
    // The annotation on this figure, or nullptr.
    const ChartAnnotation *annotation(const QString &figureId) const;
    // Sets (or, with empty text, removes) the annotation on a figure, keeping where it was put.
    void setAnnotation(const QString &figureId, const QString &text);
    // Why this emphasis cannot be drawn or saved (too many or too long annotations, an unknown
    // colour, two colours a colour-blind reader cannot tell apart); empty if it can.
    QString problem() const;
    // The figures it names that are not in ids (removed since, or a typo); empty if none.
    QStringList unknownIds(const QStringList &ids) const;

    // The bars in a hand-made order: the shown order (ids top to bottom) with `id` moved to where
    // `onto` is, set as the manual order. False, changing nothing, if either is not shown or
    // they are the same bar.
    bool moveBar(const QStringList &shown, const QString &id, const QString &onto);

    static QString orderKey(Order order);
    static bool orderFromKey(const QString &key, Order *order);

    QJsonObject toJson() const;
    // Reads what toJson() wrote; false with *why for a malformed or unsafe emphasis.
    static bool fromJson(const QJsonObject &json, ChartEmphasis *emphasis, QString *why);

    bool operator==(const ChartEmphasis &o) const
    {
        return highlighted == o.highlighted && annotations == o.annotations && colours == o.colours &&
               order == o.order && manualOrder == o.manualOrder;
    }
    bool operator!=(const ChartEmphasis &o) const { return !(*this == o); }
};
