// ChartCanvas::updateFrom: an edit's new numbers and texts taken into the chart on show, so
// its series, axes and text items are kept and only what changed is drawn again.
#include "chartcanvas.h"

#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QtCharts/QAreaSeries>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>

#include <algorithm>

namespace {

bool sameFooter(const ChartFooter &a, const ChartFooter &b)
{
    return a.caveat == b.caveat && a.notes == b.notes && a.sources == b.sources && a.byline == b.byline &&
           a.shortCaveat == b.shortCaveat && a.shortSources == b.shortSources;
}

// Series the canvas draws (bars, segments, dots) of one kind, each kind with the parts it has.
bool sameKind(const QAbstractSeries *a, const QAbstractSeries *b)
{
    if (a->type() != b->type())
        return false;
    switch (a->type()) {
    case QAbstractSeries::SeriesTypeArea:
        return !static_cast<const QAreaSeries *>(a)->lowerSeries() == !static_cast<const QAreaSeries *>(b)->lowerSeries();
    case QAbstractSeries::SeriesTypeLine:
    case QAbstractSeries::SeriesTypeScatter:
        return true;
    default:
        return false; // the canvas adds no other kind: whoever did, rebuild
    }
}

void takePoints(QXYSeries *mine, const QXYSeries *fresh)
{
    if (mine->points() != fresh->points())
        mine->replace(fresh->points());
}

void takeSeries(QAbstractSeries *mine, const QAbstractSeries *fresh)
{
    switch (mine->type()) {
    case QAbstractSeries::SeriesTypeArea: {
        auto *a = static_cast<QAreaSeries *>(mine);
        const auto *b = static_cast<const QAreaSeries *>(fresh);
        takePoints(a->upperSeries(), b->upperSeries());
        if (a->lowerSeries())
            takePoints(a->lowerSeries(), b->lowerSeries());
        if (a->brush() != b->brush())
            a->setBrush(b->brush());
        if (a->pen() != b->pen())
            a->setPen(b->pen());
        a->setName(b->name());
        break;
    }
    case QAbstractSeries::SeriesTypeLine: {
        auto *a = static_cast<QLineSeries *>(mine);
        const auto *b = static_cast<const QLineSeries *>(fresh);
        takePoints(a, b);
        if (a->pen() != b->pen())
            a->setPen(b->pen());
        break;
    }
    case QAbstractSeries::SeriesTypeScatter: {
        auto *a = static_cast<QScatterSeries *>(mine);
        const auto *b = static_cast<const QScatterSeries *>(fresh);
        takePoints(a, b);
        a->setMarkerShape(b->markerShape());
        a->setMarkerSize(b->markerSize());
        a->setColor(b->color());
        a->setBorderColor(b->borderColor());
        break;
    }
    default:
        Q_ASSERT(false); // sameShape lets no other kind through
    }
}

} // namespace

bool ChartCanvas::sameShape(const ChartCanvas &fresh) const
{
    const QVector<QAbstractSeries *> &mine = m_series;
    const QVector<QAbstractSeries *> &theirs = fresh.m_series;
    const auto sameLabel = [](const Label &a, const Label &b) { return a.side == b.side; };
    // The same figures in the same places: a chart whose rows change is built again.
    const auto sameFigure = [](const Hotspot &a, const Hotspot &b) {
        return a.figureId == b.figureId && a.dataCoordinates == b.dataCoordinates;
    };
    return m_style.theme == fresh.m_style.theme && !m_plotLayout && !fresh.m_plotLayout &&
           std::equal(mine.begin(), mine.end(), theirs.begin(), theirs.end(), sameKind) &&
           std::equal(m_labels.begin(), m_labels.end(), fresh.m_labels.begin(), fresh.m_labels.end(), sameLabel) &&
           std::equal(m_hotspots.begin(), m_hotspots.end(), fresh.m_hotspots.begin(), fresh.m_hotspots.end(),
                      sameFigure) &&
           m_rowNames.size() == fresh.m_rowNames.size() && m_legend.sameAs(fresh.m_legend) &&
           m_x->isVisible() == fresh.m_x->isVisible() && m_y->isVisible() == fresh.m_y->isVisible() &&
           m_y->labelsVisible() == fresh.m_y->labelsVisible() && m_empty->isVisible() == fresh.m_empty->isVisible();
}

void ChartCanvas::takeSeries(const ChartCanvas &fresh)
{
    for (int i = 0; i < m_series.size(); ++i)
        ::takeSeries(m_series.at(i), fresh.m_series.at(i));
}

bool ChartCanvas::updateFrom(const ChartCanvas &fresh)
{
    if (!sameShape(fresh))
        return false;
    takeSeries(fresh);
    if (title() != fresh.title())
        m_title->setPlainText(fresh.title());
    if (subtitle() != fresh.subtitle())
        m_subtitle->setPlainText(fresh.subtitle());
    m_caveat = fresh.m_caveat;
    if (!sameFooter(m_footer.texts(), fresh.m_footer.texts()))
        m_footer.setTexts(fresh.m_footer.texts());
    // Axes as the fresh canvas has them before its first layout; the layout then fits them.
    const auto sameSpec = [](const AxisSpec &a, const AxisSpec &b) {
        return a.min == b.min && a.max == b.max && a.ticks == b.ticks && a.grid == b.grid;
    };
    if (!sameSpec(m_xSpec, fresh.m_xSpec))
        setXAxis(fresh.m_xSpec.min, fresh.m_xSpec.max, fresh.m_xSpec.ticks, fresh.m_xSpec.grid);
    if (!sameSpec(m_ySpec, fresh.m_ySpec))
        setYAxis(fresh.m_ySpec.min, fresh.m_ySpec.max, fresh.m_ySpec.ticks, fresh.m_ySpec.grid);
    for (int i = 0; i < m_rowNames.size(); ++i) {
        m_rowNames[i].y = fresh.m_rowNames.at(i).y;
        m_rowNames[i].text = fresh.m_rowNames.at(i).text; // wrapped into the item by the layout
    }
    for (int i = 0; i < m_labels.size(); ++i) {
        const Label &from = fresh.m_labels.at(i);
        m_labels[i].anchor = from.anchor;
        m_labels[i].insideColour = from.insideColour;
        if (m_labels.at(i).item->text() != from.item->text())
            m_labels.at(i).item->setText(from.item->text());
    }
    m_hotspots = fresh.m_hotspots;
    m_rules = fresh.m_rules; // a reference line moves with its value
    if (const QVector<ChartAnnotation> notes = fresh.m_annotations.specs(); notes != m_annotations.specs())
        m_annotations.set(notes);
    m_empty->setText(fresh.m_empty->text());
    relayout();
    return true;
}
