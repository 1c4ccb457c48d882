#include "emphasisactions.h"

#include "chartcatalog.h"
#include "chartpalette.h"
#include "chartspec.h"
#include "document.h"

#include <QActionGroup>
#include <QInputDialog>
#include <QMenu>
#include <QPixmap>

EmphasisActions::EmphasisActions(Document *document, const QString &chartKey, QWidget *dialogParent)
    : QObject(dialogParent), m_document(document), m_chart(chartKey), m_dialogParent(dialogParent)
{
}

ChartEmphasis EmphasisActions::current() const
{
    return m_document->ownChartSettings(m_chart).emphasis;
}

void EmphasisActions::commit(const ChartEmphasis &e, const QString &what, const QString &mergeKey)
{
    const QString why = m_document->setChartEmphasis(m_chart, e, what, mergeKey);
    if (!why.isEmpty())
        Q_EMIT refused(why);
}

void EmphasisActions::toggleHighlight(const QString &figureId)
{
    ChartEmphasis e = current();
    if (!e.highlighted.removeOne(figureId))
        e.highlighted.append(figureId);
    commit(e, tr("Highlight “%1”").arg(figureId));
}

void EmphasisActions::clearHighlights()
{
    ChartEmphasis e = current();
    e.highlighted.clear();
    commit(e, tr("Clear highlights"));
}

void EmphasisActions::editAnnotation(const QString &figureId)
{
    const ChartAnnotation *now = current().annotation(figureId);
    bool ok = false;
    const QString text = QInputDialog::getText(m_dialogParent, tr("Annotate"),
                                               tr("Note beside “%1” (empty to remove it):").arg(figureId),
                                               QLineEdit::Normal, now ? now->text : QString(), &ok);
    if (ok)
        setAnnotation(figureId, text.trimmed());
}

void EmphasisActions::setAnnotation(const QString &figureId, const QString &text)
{
    ChartEmphasis e = current();
    e.setAnnotation(figureId, text);
    commit(e, text.isEmpty() ? tr("Remove the note on “%1”").arg(figureId) : tr("Annotate “%1”").arg(figureId));
}

void EmphasisActions::setColour(const QString &figureId, const QString &paletteKey)
{
    ChartEmphasis e = current();
    if (paletteKey.isEmpty())
        e.colours.remove(figureId);
    else
        e.colours.insert(figureId, paletteKey);
    commit(e, tr("Colour “%1”").arg(figureId));
}

void EmphasisActions::setOrder(ChartEmphasis::Order order)
{
    ChartEmphasis e = current();
    e.order = order;
    commit(e, tr("Order the bars"));
}

void EmphasisActions::moveBar(const QStringList &shown, const QString &figureId, const QString &ontoId)
{
    ChartEmphasis e = current();
    if (e.moveBar(shown, figureId, ontoId))
        commit(e, tr("Move the bar “%1”").arg(figureId));
}

void EmphasisActions::moveAnnotation(const QString &figureId, const QPointF &lines, bool absolute)
{
    ChartEmphasis e = current();
    for (ChartAnnotation &a : e.annotations) {
        if (a.figureId != figureId)
            continue;
        const QPointF from = absolute || !a.placed ? QPointF() : QPointF(a.dx, a.dy);
        const QPointF to = from + lines;
        a.placed = true;
        a.dx = qBound(-ChartEmphasis::kMaxOffset, to.x(), ChartEmphasis::kMaxOffset);
        a.dy = qBound(-ChartEmphasis::kMaxOffset, to.y(), ChartEmphasis::kMaxOffset);
    }
    commit(e, tr("Move the note on “%1”").arg(figureId), QStringLiteral("move:") + figureId);
}

void EmphasisActions::addColourMenu(QMenu *menu, const QString &figureId)
{
    QMenu *colours = menu->addMenu(tr("&Colour"));
    const ChartEmphasis e = current();
    QAction *own = colours->addAction(tr("Its kind's colour"), this, [this, figureId] { setColour(figureId, {}); });
    own->setCheckable(true);
    own->setChecked(e.colourKey(figureId).isEmpty());
    for (const QString &key : ChartPalette::keys()) {
        QPixmap swatch(16, 16);
        swatch.fill(ChartPalette::colour(key));
        QAction *action = colours->addAction(QIcon(swatch), ChartPalette::name(key), this,
                                             [this, figureId, key] { setColour(figureId, key); });
        action->setCheckable(true);
        action->setChecked(e.colourKey(figureId) == key);
        // Only colours a colour-blind reader tells apart from the chart's other chosen ones.
        for (auto it = e.colours.cbegin(); it != e.colours.cend(); ++it)
            if (it.key() != figureId && !ChartPalette::safePair(key, it.value())) {
                action->setEnabled(false);
                action->setToolTip(tr("Looks like %1 to colour-blind readers").arg(ChartPalette::name(it.value())));
            }
    }
}

void EmphasisActions::addOrderMenu(QMenu *menu)
{
    QMenu *order = menu->addMenu(tr("Bar &order"));
    auto *group = new QActionGroup(order);
    const ChartEmphasis::Order now = current().order;
    const QPair<ChartEmphasis::Order, QString> orders[] = {
        {ChartEmphasis::Order::Automatic, tr("The chart's own")},
        {ChartEmphasis::Order::Value, tr("By value")},
        {ChartEmphasis::Order::Name, tr("By name")},
        {ChartEmphasis::Order::Date, tr("By date")}};
    for (const auto &o : orders) {
        QAction *action = order->addAction(o.second, this, [this, o] { setOrder(o.first); });
        action->setCheckable(true);
        action->setChecked(now == o.first);
        group->addAction(action);
    }
}

void EmphasisActions::populate(QMenu *menu, const QString &figureId)
{
    const ChartEmphasis e = current();
    // Only what this chart draws: a highlight or an order it ignores would do nothing.
    const std::optional<ChartType> type = ChartCatalog::fromKey(m_chart);
    if (!type || ChartCatalog::drawsHighlight(*type)) {
        QAction *highlight = menu->addAction(tr("&Highlight"), this, [this, figureId] { toggleHighlight(figureId); });
        highlight->setCheckable(true);
        highlight->setChecked(e.highlighted.contains(figureId));
        if (!e.highlighted.isEmpty())
            menu->addAction(tr("Clear highlights"), this, &EmphasisActions::clearHighlights);
    }
    menu->addAction(e.annotation(figureId) ? tr("Edit &note…") : tr("Add &note…"), this,
                    [this, figureId] { editAnnotation(figureId); });
    if (e.annotation(figureId))
        menu->addAction(tr("Remove note"), this, [this, figureId] { setAnnotation(figureId, {}); });
    if (!type || ChartCatalog::drawsHighlight(*type))
        addColourMenu(menu, figureId);
    if (!type || ChartCatalog::takesBarOrder(*type))
        addOrderMenu(menu);
}
