#pragma once

#include "chartemphasis.h"

#include <QObject>
#include <QPointF>

class Document;
class QMenu;
class QWidget;

// What a journalist can do to emphasise part of one chart, as functions and as menu actions
// for a figure's bar: highlight it, annotate it, give it a palette colour (only colours that
// stay apart from the chart's other chosen ones for colour-blind readers are offered), order
// the bars, and move a note. Each is one undoable step of the document.
class EmphasisActions : public QObject
{
    Q_OBJECT
public:
    // dialogParent: where the annotation's text is asked for.
    EmphasisActions(Document *document, const QString &chartKey, QWidget *dialogParent);

    // Adds this figure's actions to a menu (a chart's context menu), and the chart's bar order.
    void populate(QMenu *menu, const QString &figureId);

    void toggleHighlight(const QString &figureId);
    void clearHighlights();
    // Asks for the note's text (prefilled with the one there is); empty text removes it.
    void editAnnotation(const QString &figureId);
    void setAnnotation(const QString &figureId, const QString &text);
    // An empty key gives the figure back its kind's colour.
    void setColour(const QString &figureId, const QString &paletteKey);
    void setOrder(ChartEmphasis::Order order);
    // Moves a bar, by hand, to where another is (shown: the chart's bars, top to bottom).
    void moveBar(const QStringList &shown, const QString &figureId, const QString &ontoId);
    // Moves a note by (dx, dy) lines of type from where it is, or to a place when absolute;
    // successive moves of one note are one undo step.
    void moveAnnotation(const QString &figureId, const QPointF &lines, bool absolute = false);

Q_SIGNALS:
    // A change the document refused (an unsafe colour pair, a note too long), in words.
    void refused(const QString &why);

private:
    ChartEmphasis current() const;
    void commit(const ChartEmphasis &e, const QString &what, const QString &mergeKey = QString());
    void addColourMenu(QMenu *menu, const QString &figureId);
    void addOrderMenu(QMenu *menu);

    Document *m_document;
    QString m_chart;
    QWidget *m_dialogParent;
};
