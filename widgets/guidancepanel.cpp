#include "guidancepanel.h"

#include "chartpanellayout.h"
#include "charttextwarningbar.h"
#include "chartview.h"
#include "document.h"
#include "figuremodel.h"
#include "guidancehistory.h"
#include "roles.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>

GuidancePanel::GuidancePanel(Document *document, const ChartStyle &style, QWidget *parent)
    : QWidget(parent), m_document(document), m_subject(new QComboBox),
      m_chart(new ChartView(ChartType::Guidance, document, style)), m_statements(new QTableWidget)
{
    auto *label = new QLabel(tr("&Plan for:"));
    label->setBuddy(m_subject);
    m_subject->setAccessibleName(tr("Company and year"));
    m_subject->setToolTip(tr("A company and year with two or more dated guidance statements."));
    auto *controls = new QHBoxLayout;
    controls->addWidget(label);
    controls->addWidget(m_subject);
    controls->addStretch();

    m_statements->setColumnCount(4);
    m_statements->setHorizontalHeaderLabels({tr("Stated"), tr("Value"), tr("Figure"), tr("Source")});
    m_statements->verticalHeader()->hide();
    m_statements->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_statements->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_statements->horizontalHeader()->setStretchLastSection(true);
    m_statements->setAccessibleName(tr("Guidance statements"));

    auto *warning = new ChartTextWarningBar(document);
    warning->setChart(ChartCatalog::entry(ChartType::Guidance).key);
    layOutChartPanel(this, controls, m_chart, m_statements, QStringLiteral("guidanceSplitter"), warning);

    connect(document->figures(), &QAbstractItemModel::modelReset, this, &GuidancePanel::refresh);
    connect(document->figures(), &QAbstractItemModel::rowsInserted, this, &GuidancePanel::refresh);
    connect(document->figures(), &QAbstractItemModel::rowsRemoved, this, &GuidancePanel::refresh);
    connect(document->figures(), &QAbstractItemModel::dataChanged, this, &GuidancePanel::refresh);
    connect(document, &Document::guidanceHistoryChanged, this, &GuidancePanel::refresh);
    connect(m_subject, &QComboBox::activated, this, [this](int index) {
        const QVariantList key = m_subject->itemData(index).toList();
        m_document->setGuidanceHistory(key.value(0).toString(), key.value(1).toInt());
    });
    connect(m_statements, &QTableWidget::itemDoubleClicked, this, [this](QTableWidgetItem *item) {
        Q_EMIT m_chart->figureActivated(m_statements->item(item->row(), 0)->data(Roles::FigureIdRole).toString());
    });
    fillSubjects();
    fillStatements();
}

void GuidancePanel::refresh()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    fillSubjects();
    fillStatements();
}

void GuidancePanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void GuidancePanel::fillSubjects()
{
    const QSignalBlocker block(m_subject);
    m_subject->clear();
    const GuidanceHistory::Subject current = GuidanceHistory::fallback(
        *m_document->figures(), m_document->guidanceEntity(), m_document->guidanceYear());
    for (const GuidanceHistory::Subject &s : GuidanceHistory::subjects(*m_document->figures())) {
        // Always two or more statements, so the plural is right.
        m_subject->addItem(tr("%1 %2 (%3 statements)").arg(m_document->figures()->entityShown(s.entity)).arg(s.year).arg(s.statements),
                           QVariantList{s.entity, s.year});
        if (s.entity == current.entity && s.year == current.year)
            m_subject->setCurrentIndex(m_subject->count() - 1);
    }
    m_subject->setEnabled(m_subject->count() > 0);
}

void GuidancePanel::fillStatements()
{
    const FigureModel &figures = *m_document->figures();
    const GuidanceHistory::Subject subject = GuidanceHistory::fallback(
        figures, m_document->guidanceEntity(), m_document->guidanceYear());
    const QVector<GuidanceHistory::Statement> statements =
        GuidanceHistory::statements(figures, subject.entity, subject.year);
    m_statements->setRowCount(int(statements.size()));
    for (int i = 0; i < statements.size(); ++i) {
        const GuidanceHistory::Statement &s = statements.at(i);
        const Figure &f = figures.figure(s.row);
        const QString source = f.source.publisher.isEmpty() ? FigureText::sourceTitleName(f)
                                                            : f.source.publisher + QStringLiteral(", ") + FigureText::sourceTitleName(f);
        const QStringList cells{s.actual ? tr("%1 (actual)").arg(s.date.toString(Qt::ISODate))
                                         : s.date.toString(Qt::ISODate),
                                figures.numberFormat().quantityRange(f.low, f.high, f.unit), FigureText::labelName(f), source};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(Roles::FigureIdRole, f.id);
            item->setToolTip(cells.at(c));
            m_statements->setItem(i, c, item);
        }
    }
    m_statements->resizeColumnsToContents();
}
