#include "growthpanel.h"

#include "chartpanellayout.h"
#include "charttextwarningbar.h"
#include "chartview.h"
#include "document.h"
#include "figuremodel.h"
#include "growthmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>

GrowthPanel::GrowthPanel(Document *document, const ChartStyle &style, QWidget *parent)
    : QWidget(parent), m_document(document), m_series(new QComboBox), m_pick(new QComboBox),
      m_chart(new ChartView(ChartType::Growth, document, style)), m_table(new QTableView)
{
    auto *seriesLabel = new QLabel(tr("&Series:"));
    seriesLabel->setBuddy(m_series);
    m_series->setAccessibleName(tr("Series"));
    m_series->setToolTip(tr("An entity and kind of figure with values in at least two years."));
    auto *pickLabel = new QLabel(tr("&Guidance:"));
    pickLabel->setBuddy(m_pick);
    m_pick->addItem(tr("As first announced"), int(GrowthModel::GuidancePick::Initial));
    m_pick->addItem(tr("Latest statement"), int(GrowthModel::GuidancePick::Latest));
    m_pick->setAccessibleName(tr("Guidance statement shown"));
    m_pick->setToolTip(tr("When guidance for a year moved, which statement the chart shows."));
    auto *controls = new QHBoxLayout;
    controls->addWidget(seriesLabel);
    controls->addWidget(m_series);
    controls->addSpacing(16);
    controls->addWidget(pickLabel);
    controls->addWidget(m_pick);
    controls->addStretch();

    m_table->setModel(document->growth());
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setAccessibleName(tr("Values and year-over-year change"));

    auto *warning = new ChartTextWarningBar(document);
    warning->setChart(ChartCatalog::entry(ChartType::Growth).key);
    layOutChartPanel(this, controls, m_chart, m_table, QStringLiteral("growthSplitter"), warning);

    fillSeries();
    connect(document->figures(), &QAbstractItemModel::modelReset, this, &GrowthPanel::fillSeries);
    connect(document->growth(), &GrowthModel::seriesChanged, this, &GrowthPanel::fillSeries);
    connect(m_series, &QComboBox::activated, this, [this](int index) {
        const QStringList key = m_series->itemData(index).toStringList();
        FigureKind kind = FigureKind::Capex;
        FigureText::kindFromKey(key.value(1), &kind);
        m_document->setGrowthSeries({key.value(0), kind});
    });
    connect(m_pick, &QComboBox::activated, this, [this](int index) {
        m_document->setGuidancePick(GrowthModel::GuidancePick(m_pick->itemData(index).toInt()));
    });
    connect(document->growth(), &GrowthModel::guidancePickChanged, this, [this] {
        const QSignalBlocker block(m_pick);
        m_pick->setCurrentIndex(m_pick->findData(int(m_document->growth()->guidancePick())));
    });
}

void GrowthPanel::fillSeries()
{
    const GrowthModel *growth = m_document->growth();
    const QSignalBlocker block(m_series);
    m_series->clear();
    for (const GrowthModel::SeriesKey &key : growth->availableSeries()) {
        m_series->addItem(tr("%1 · %2").arg(m_document->figures()->entityShown(key.entity), FigureText::kindName(key.kind)),
                          QStringList{key.entity, FigureText::kindKey(key.kind)});
        if (key == growth->series())
            m_series->setCurrentIndex(m_series->count() - 1);
    }
}
