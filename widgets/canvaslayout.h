#pragma once

#include <QFont>
#include <functional>
#include <QPair>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QVector>

class QGraphicsItem;

// Measuring and fitting the texts of a chart: wrapping names to a few lines, keeping the axis
// ticks whose labels fit, and finding every text a laid-out chart shows, with the rectangle its
// glyphs take, so a layout can be checked for overlaps, overflow and elision.
namespace CanvasLayout {
// The text broken into at most maxLines lines no wider than width (words first, then any
// break Unicode allows, as in Chinese); empty if it cannot be done without eliding.
QStringList wrap(const QString &text, const QFont &font, qreal width, int maxLines);
// Width of the widest line of a multi-line text.
qreal textWidth(const QString &text, const QFont &font);

struct Tick
{
    double value;
    QString label;
};
// The ticks to keep, in order, so that labels centred on their pixel positions (given by
// toPixel) keep a gap apart and inside [lowEdge, highEdge]; horizontal compares widths,
// vertical heights; axisLength is the axis's length in pixels. qtElides: Qt draws the labels and
// elides one wider than the axis length over the count of labels and one.
QVector<QPair<double, QString>> thinTicks(const QVector<QPair<double, QString>> &ticks,
                                          const QFont &font, bool horizontal, qreal lowEdge,
                                          qreal highEdge, qreal axisLength,
                                          const std::function<qreal(double)> &toPixel,
                                          bool qtElides = true);

struct Text
{
    QString text;
    QRectF rect; // scene rectangle of the glyphs
};
// Every visible text under root (title, labels, axis ticks, legend, footer).
QVector<Text> visibleTexts(const QGraphicsItem *root);
// What is wrong with these texts in an image of this size: overlaps, texts outside, elision.
QStringList textProblems(const QVector<Text> &texts, const QSizeF &image);
} // namespace CanvasLayout
