#include "explorationbar.h"

#include "document.h"
#include "figuremodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSet>
#include <QSpinBox>
#include <QToolButton>

#include <algorithm>

namespace {
constexpr int kAnyYear = 1999; // the spin box's "any" value (its special-value text)
}

ExplorationBar::ExplorationBar(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_presets(new QToolButton), m_range(new QComboBox),
      m_entity(new QComboBox), m_kind(new QComboBox), m_status(new QComboBox), m_from(new QSpinBox),
      m_to(new QSpinBox), m_clear(new QToolButton)
{
    m_presets->setText(tr("Pr&esets"));
    m_presets->setPopupMode(QToolButton::InstantPopup);
    m_presets->setToolTip(tr("Ready-made comparisons: baseline and compared figures in one click."));
    auto *menu = new QMenu(m_presets);
    for (const Preset &preset : Presets::all())
        menu->addAction(preset.name, this, [this, preset] { m_document->applyPreset(preset); });
    m_presets->setMenu(menu);

    for (auto mode : {NumberFormat::RangeMode::Range, NumberFormat::RangeMode::Low,
                      NumberFormat::RangeMode::Mid, NumberFormat::RangeMode::High})
        m_range->addItem(NumberFormat::rangeModeName(mode), int(mode));
    m_range->setToolTip(tr("Show ranges, or read every range at its low end, midpoint or high end "
                           "in the tables, charts and sentences."));
    m_range->setAccessibleName(tr("Range mode"));

    m_kind->addItem(tr("Any kind"), QString());
    for (FigureKind kind : FigureText::allKinds())
        m_kind->addItem(FigureText::kindName(kind), FigureText::kindKey(kind));
    m_status->addItem(tr("Any status"), QString());
    for (FigureStatus status : FigureText::allStatuses())
        m_status->addItem(FigureText::statusName(status), FigureText::statusKey(status));
    for (QSpinBox *year : {m_from, m_to}) {
        year->setRange(kAnyYear, 2100);
        year->setSpecialValueText(tr("any"));
        year->setAccessibleName(year == m_from ? tr("From year") : tr("To year"));
        if (auto *edit = year->findChild<QLineEdit *>())
            edit->setAccessibleName(year->accessibleName());
    }
    m_entity->setAccessibleName(tr("Entity filter"));
    m_kind->setAccessibleName(tr("Kind filter"));
    m_status->setAccessibleName(tr("Status filter"));
    m_entity->setToolTip(tr("Show only this entity's figures in the table and the charts."));
    m_clear->setText(tr("&Clear filters"));
    m_clear->setToolTip(tr("Show every figure again."));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(m_presets);
    layout->addSpacing(12);
    const auto labelled = [&](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text);
        label->setBuddy(buddy);
        layout->addWidget(label);
        layout->addWidget(buddy);
    };
    labelled(tr("&Read ranges as:"), m_range);
    layout->addSpacing(12);
    labelled(tr("Sho&w:"), m_entity);
    layout->addWidget(m_kind);
    layout->addWidget(m_status);
    labelled(tr("&Years:"), m_from);
    layout->addWidget(new QLabel(QStringLiteral("–")));
    layout->addWidget(m_to);
    layout->addWidget(m_clear);
    layout->addStretch();

    fillEntities();
    showDocument();
    connect(document->figures(), &QAbstractItemModel::modelReset, this, &ExplorationBar::fillEntities);
    connect(document->figures(), &QAbstractItemModel::rowsInserted, this, &ExplorationBar::fillEntities);
    connect(document->figures(), &QAbstractItemModel::rowsRemoved, this, &ExplorationBar::fillEntities);
    connect(document, &Document::filterChanged, this, &ExplorationBar::showDocument);
    connect(document, &Document::rangeModeChanged, this, &ExplorationBar::showDocument);
    connect(m_range, &QComboBox::activated, this, [this](int index) {
        m_document->setRangeMode(NumberFormat::RangeMode(m_range->itemData(index).toInt()));
    });
    for (QComboBox *box : {m_entity, m_kind, m_status})
        connect(box, &QComboBox::activated, this, &ExplorationBar::applyFilter);
    for (QSpinBox *year : {m_from, m_to})
        connect(year, &QSpinBox::valueChanged, this, &ExplorationBar::applyFilter);
    connect(m_clear, &QToolButton::clicked, this, [this] { m_document->setFilter(FigureFilter()); });
}

void ExplorationBar::fillEntities()
{
    QStringList entities;
    QSet<QString> seen;
    for (const Figure &f : m_document->figures()->figures())
        if (!seen.contains(f.entity)) {
            seen.insert(f.entity);
            entities.append(f.entity);
        }
    std::sort(entities.begin(), entities.end(),
              [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    const QSignalBlocker block(m_entity);
    m_entity->clear();
    m_entity->addItem(tr("Any entity"), QString());
    for (const QString &entity : entities)
        m_entity->addItem(entity, entity);
    showDocument();
}

void ExplorationBar::showDocument()
{
    const FigureFilter filter = m_document->filter();
    const QSignalBlocker b1(m_range), b2(m_entity), b3(m_kind), b4(m_status), b5(m_from), b6(m_to);
    m_range->setCurrentIndex(m_range->findData(int(m_document->rangeMode())));
    m_entity->setCurrentIndex(qMax(0, m_entity->findData(filter.entities.value(0))));
    m_kind->setCurrentIndex(
        filter.kinds.isEmpty() ? 0 : qMax(0, m_kind->findData(FigureText::kindKey(filter.kinds.first()))));
    m_status->setCurrentIndex(
        filter.statuses.isEmpty() ? 0
                                  : qMax(0, m_status->findData(FigureText::statusKey(filter.statuses.first()))));
    m_from->setValue(filter.fromYear ? filter.fromYear : kAnyYear);
    m_to->setValue(filter.toYear ? filter.toYear : kAnyYear);
    m_clear->setEnabled(!filter.isEmpty());
}

void ExplorationBar::applyFilter()
{
    FigureFilter filter;
    if (!m_entity->currentData().toString().isEmpty())
        filter.entities = {m_entity->currentData().toString()};
    FigureKind kind;
    if (FigureText::kindFromKey(m_kind->currentData().toString(), &kind))
        filter.kinds = {kind};
    FigureStatus status;
    if (FigureText::statusFromKey(m_status->currentData().toString(), &status))
        filter.statuses = {status};
    filter.fromYear = m_from->value() == kAnyYear ? 0 : m_from->value();
    filter.toYear = m_to->value() == kAnyYear ? 0 : m_to->value();
    m_document->setFilter(filter);
}
