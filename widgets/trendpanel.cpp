#include "trendpanel.h"

#include "chartpanellayout.h"
#include "charttextwarningbar.h"
#include "chartview.h"
#include "document.h"
#include "figuremodel.h"
#include "roles.h"
#include "trendspec.h"
#include "trendtext.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTableWidget>

TrendPanel::TrendPanel(Document *document, const ChartStyle &style, QWidget *parent)
    : QWidget(parent), m_document(document), m_entities(new QLineEdit), m_line(new QCheckBox(tr("&Lines"))),
      m_quarterly(new QCheckBox(tr("By &quarter"))), m_cumulative(new QCheckBox(tr("&Totals"))), m_problem(new QLabel),
      m_chart(new ChartView(ChartType::Trend, document, style)), m_table(new QTableWidget)
{
    auto *label = new QLabel(tr("&Companies:"));
    label->setBuddy(m_entities);
    m_entities->setAccessibleName(tr("Companies"));
    m_entities->setToolTip(tr("Company names separated by commas, as in the figure table."));
    m_line->setToolTip(tr("Lines rather than grouped bars."));
    m_quarterly->setToolTip(tr("By quarter, where the data has quarters."));
    m_cumulative->setToolTip(tr("Each company's total over the years all companies share."));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    auto *controls = new QHBoxLayout;
    controls->addWidget(label);
    controls->addWidget(m_entities, 1);
    controls->addWidget(m_line);
    controls->addWidget(m_quarterly);
    controls->addWidget(m_cumulative);
    controls->addWidget(m_problem);

    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Company"), tr("Period"), tr("Value"), tr("Change")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Figures by company and period"));

    auto *warning = new ChartTextWarningBar(document);
    warning->setChart(ChartCatalog::entry(ChartType::Trend).key);
    layOutChartPanel(this, controls, m_chart, m_table, QStringLiteral("trendSplitter"), warning);

    connect(m_entities, &QLineEdit::editingFinished, this, &TrendPanel::applyEntities);
    for (QCheckBox *box : {m_line, m_quarterly, m_cumulative})
        connect(box, &QCheckBox::toggled, this, &TrendPanel::applyBoxes);
    connect(document->chart(QStringLiteral("trend")), &ChartSpec::changed, this, &TrendPanel::refresh);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, [this](QTableWidgetItem *item) {
        Q_EMIT m_chart->figureActivated(m_table->item(item->row(), 0)->data(Roles::FigureIdRole).toString());
    });
    m_stale = true;
    refresh();
}

// Closing the window takes the focus from the companies field while QWidget's destructor runs,
// after this panel's part of the object is gone: that is no edit to apply.
TrendPanel::~TrendPanel()
{
    m_entities->disconnect(this);
}

void TrendPanel::applyEntities()
{
    QStringList names;
    for (const QString &part : m_entities->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty() && !names.contains(part.trimmed()))
            names.append(part.trimmed());
    const QStringList unknown = TrendSeries::unknownEntities(*m_document->figures(), names);
    m_problem->setText(unknown.isEmpty() ? QString() : tr("No figures for “%1”.").arg(unknown.join(tr("”, “"))));
    if (!unknown.isEmpty())
        return; // nothing changes; the field keeps the text to correct
    TrendSettings s = m_document->trendSettings();
    s.entities = names == TrendSettings::defaultEntities() ? QStringList() : names;
    m_document->setTrendSettings(s);
}

void TrendPanel::applyBoxes()
{
    TrendSettings s = m_document->trendSettings();
    s.line = m_line->isChecked();
    s.quarterly = m_quarterly->isChecked();
    s.cumulative = m_cumulative->isChecked();
    m_document->setTrendSettings(s);
}

void TrendPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void TrendPanel::refresh()
{
    const TrendSettings s = m_document->trendSettings();
    {
        const QSignalBlocker b1(m_line), b2(m_quarterly), b3(m_cumulative);
        m_line->setChecked(s.line);
        m_quarterly->setChecked(s.quarterly);
        m_cumulative->setChecked(s.cumulative);
    }
    if (!m_entities->hasFocus())
        m_entities->setText(s.entitiesShown().join(QStringLiteral(", ")));
    if (!isVisible()) { // filled when shown: a hidden tab's table waits, however many edits come
        m_stale = true;
        return;
    }
    m_stale = false;
    fillTable();
}

void TrendPanel::fillTable()
{
    const auto &spec = static_cast<const TrendSpec &>(*m_document->chart(QStringLiteral("trend")));
    const FigureModel &figures = *m_document->figures();
    const NumberFormat &format = figures.numberFormat();
    const TrendSeries::Data data = spec.data();
    m_table->setRowCount(0);
    for (const TrendSeries::Series &series : data.series)
        for (const TrendSeries::Point &p : series.points) {
            const Figure &f = figures.figure(p.row);
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            auto *company = new QTableWidgetItem(figures.entityShown(f.entity));
            company->setData(Roles::FigureIdRole, f.id);
            m_table->setItem(row, 0, company);
            m_table->setItem(row, 1, new QTableWidgetItem(TrendText::periodName(f)));
            m_table->setItem(row, 2, new QTableWidgetItem(format.quantityRange(f.low, f.high, f.unit)));
            m_table->setItem(row, 3, new QTableWidgetItem(p.change.defined ? format.percentChangeRange(p.change.low, p.change.high)
                                                                           : p.change.reason));
        }
}
