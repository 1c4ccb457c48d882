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
    m_other->setToolTip(tr("The figure to count the selected one in: the baseline unless you pick another."));
    m_other->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_other->setMinimumContentsLength(30);
    auto *form = new QFormLayout;
    form->addRow(tr("&Count in:"), m_other);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_heading);
    layout->addWidget(m_lines);
    layout->addStretch();

    // The figure table itself is the list to pick from: nothing is copied, however many figures.
    m_other->setModel(document->figures());
    m_other->setModelColumn(FigureModel::LabelColumn);
    followBaseline();
    const auto reset = [this] {
        if (m_row >= m_document->figures()->rowCount())
            m_row = -1;
        followBaseline();
    };
    connect(document->figures(), &QAbstractItemModel::modelReset, this, reset);
    connect(document->figures(), &QAbstractItemModel::rowsInserted, this, reset);
    connect(document->figures(), &QAbstractItemModel::rowsRemoved, this, reset);
    connect(document->figures(), &QAbstractItemModel::dataChanged, this, &EquivalentsPanel::refresh);
    connect(document->parameters(), &QAbstractItemModel::dataChanged, this, &EquivalentsPanel::refresh);
    connect(document->ratios(), &RatioModel::baselineChanged, this, &EquivalentsPanel::followBaseline);
    connect(m_other, &QComboBox::activated, this, [this](int index) {
        m_followBaseline = index == m_document->ratios()->baselineRow();
        refresh();
    });
}

void EquivalentsPanel::followBaseline()
{
    if (m_followBaseline) {
        const QSignalBlocker block(m_other);
        m_other->setCurrentIndex(m_document->ratios()->baselineRow());
    }
    refresh();
}

void EquivalentsPanel::showFigure(int row)
{
    m_row = row;
    refresh();
}

QString EquivalentsPanel::text() const
{
    if (m_stale) // asked while hidden: bring it up to date first
        const_cast<EquivalentsPanel *>(this)->showLines();
    return m_heading->text() + QLatin1Char('\n') + m_lines->text();
}

void EquivalentsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        showLines();
}

void EquivalentsPanel::refresh()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    showLines();
}

void EquivalentsPanel::showLines()
{
    m_stale = false;
    const FigureModel &figures = *m_document->figures();
    if (m_row < 0 || m_row >= figures.rowCount()) {
        m_heading->setText(tr("Select a figure to see it in other terms."));
        m_lines->clear();
        return;
    }
    const Figure &f = figures.figure(m_row);
    const int other = m_other->currentIndex();
    m_heading->setText(tr("%1, %2:").arg(FigureText::labelName(f), figures.numberFormat().quantityRange(f.low, f.high, f.unit)));
    QStringList lines;
    for (const Equivalents::Line &line :
         Equivalents::of(figures, m_document->parameters()->parameters(), m_row, other))
        lines.append(line.text);
    m_lines->setText(lines.isEmpty() ? tr("Nothing to compare it with: pick a figure in the same unit.")
                                     : lines.join(QLatin1Char('\n')));
}
