#pragma once

#include "chartsettings.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVector>

class Document;
class FigureModel;

// What one chart is, decided once in models: its rows in drawing order, its texts (with the
// placeholders in them filled from the data), its headline, alt text and CSV. Renderers in
// widgets draw a spec and compute nothing; changed() is the one signal that a chart is out of date.
class ChartSpec : public QObject
{
    Q_OBJECT
public:
    explicit ChartSpec(Document *document);

    virtual QString key() const = 0;
    virtual QString name() const = 0;
    virtual QString description() const = 0;

    // Figure rows the chart draws, in drawing order (top to bottom, left to right).
    virtual QVector<int> rows() const = 0;
    // Rows the CSV lists: the drawn rows, then any that could not be drawn (with why).
    virtual QVector<int> csvRows() const { return rows(); }
    // Rows the alt text lists as its items, in its order.
    virtual QVector<int> altRows() const { return rows(); }
    virtual QString headline() const = 0;
    virtual QString altText() const = 0;
    virtual QString csv() const = 0;
    // Why there is nothing to draw; empty when there is.
    virtual QString emptyMessage() const = 0;
    // The chart's own caveat and notes for its footer (empty: the caveat compiled from the
    // figures' kinds, and no notes), for charts whose footer must say more than that.
    virtual QString automaticCaveat() const { return {}; }
    virtual QString automaticNotes() const { return {}; }
    // What the chart leaves out that a reader should know of ("2 compared figures hidden by the
    // filter"); a note under the chart, in every export and the alt text. Empty when nothing is.
    virtual QString hiddenNotice() const { return {}; }

    // Texts as the document keeps them (custom or empty), and as the chart shows them.
    ChartSettings settings() const;
    // Highlights, annotations, colours and bar order, as the renderer draws them.
    ChartEmphasis emphasis() const { return settings().emphasis; }
    // Drawn grey: other figures are highlighted.
    bool isGreyed(const QString &figureId) const { return emphasis().isGreyed(figureId); }
    QString title() const { return fill(rawTitle()); }
    QString subtitle() const { return fill(rawSubtitle()); }
    // The default texts, with placeholders ("{multiple} {baseline}") so they follow every edit.
    virtual QString defaultTitle() const = 0;
    virtual QString defaultSubtitle() const = 0;
    // Placeholder name → text, from the data now: "multiple" → "10,800–11,700 times".
    virtual QHash<QString, QString> placeholders() const = 0;
    QString fill(const QString &text) const;

    // What a custom text is written for (baseline and compared figures, the series, the
    // company and year): a text is kept with it, not with the chart type.
    virtual QString comparisonKey() const = 0;
    // A fingerprint of the numbers the chart shows, so a text written over other data is noticed.
    QString dataStamp() const;
    // Numbers the chart shows (values, multiples, changes, parameters), each as low and high.
    virtual QVector<QPair<double, double>> shownNumbers() const;
    // How money in another currency was converted for this chart (the rate, its year and source),
    // and, where the chart divides, that it converted first; empty when nothing is converted.
    virtual QString conversionNote() const { return {}; }
    // Companies the chart shows.
    QStringList shownEntities() const;

    const Document *document() const { return m_document; }
    const FigureModel &figures() const;

Q_SIGNALS:
    void changed();

protected:
    // Connects a model's change signals to changed().
    void watch(QObject *model);
    // rows (in the chart's own order) in the order the journalist chose: by value (largest
    // first), by name, by date (earliest first) or by hand; the chart's own when automatic.
    QVector<int> inChosenOrder(QVector<int> rows) const;
    Document *m_document;

private:
    QString rawTitle() const;
    QString rawSubtitle() const;
};
