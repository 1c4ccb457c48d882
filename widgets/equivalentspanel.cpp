#include "equivalentspanel.h"

#include "document.h"
#include "equivalents.h"
#include "figuremodel.h"
#include "parametermodel.h"
#include "ratiomodel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

EquivalentsPanel::EquivalentsPanel(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_other(new QComboBox), m_heading(new QLabel),
      m_lines(new QLabel)
{
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_lines->setWordWrap(true);
    m_lines->setTextFormat(Qt::PlainText);
    m_lines->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_lines->setAccessibleName(tr("The figure in other terms"));
    m_other->setAccessibleName(tr("Count in"));
    m_other->setToolTip(tr("The figure to count the selected one in; the baseline unless you pick another."));
    m_other->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_other->setMinimumContentsLength(30);
    auto *form = new QFormLayout;
    form->addRow(tr("&Count in:"), m_other);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_heading);
    layout->addWidget(m_lines);
    layout->addStretch();

    fillOthers();
    connect(document->figures(), &QAbstractItemModel::modelReset, this, &EquivalentsPanel::fillOthers);
    connect(document->figures(), &QAbstractItemModel::rowsInserted, this, &EquivalentsPanel::fillOthers);
    connect(document->figures(), &QAbstractItemModel::rowsRemoved, this, &EquivalentsPanel::fillOthers);
    connect(document->figures(), &QAbstractItemModel::dataChanged, this, &EquivalentsPanel::refresh);
    connect(document->parameters(), &QAbstractItemModel::dataChanged, this, &EquivalentsPanel::refresh);
    connect(document->ratios(), &RatioModel::baselineChanged, this, &EquivalentsPanel::fillOthers);
    connect(m_other, &QComboBox::activated, this, &EquivalentsPanel::refresh);
}

void EquivalentsPanel::fillOthers()
{
    const FigureModel &figures = *m_document->figures();
    const QSignalBlocker block(m_other);
    m_other->clear();
    m_other->addItem(tr("The baseline"), QString());
    for (int row = 0; row < figures.rowCount(); ++row)
        m_other->addItem(figures.figure(row).label, figures.figure(row).id);
    if (m_row >= figures.rowCount())
        m_row = -1;
    refresh();
}

void EquivalentsPanel::showFigure(int row)
{
    m_row = row;
    refresh();
}

QString EquivalentsPanel::text() const
{
    return m_heading->text() + QLatin1Char('\n') + m_lines->text();
}

void EquivalentsPanel::refresh()
{
    const FigureModel &figures = *m_document->figures();
    if (m_row < 0 || m_row >= figures.rowCount()) {
        m_heading->setText(tr("Select a figure to see it in other terms."));
        m_lines->clear();
        return;
    }
    const Figure &f = figures.figure(m_row);
    const QString otherId = m_other->currentData().toString();
    const int other = otherId.isEmpty() ? m_document->ratios()->baselineRow() : figures.rowOf(otherId);
    m_heading->setText(tr("%1, %2:").arg(f.label, figures.numberFormat().quantityRange(f.low, f.high, f.unit)));
    QStringList lines;
    for (const Equivalents::Line &line :
         Equivalents::of(figures, m_document->parameters()->parameters(), m_row, other))
        lines.append(line.text);
    m_lines->setText(lines.isEmpty() ? tr("Nothing to compare it with: pick a figure in the same unit.")
                                     : lines.join(QLatin1Char('\n')));
}
