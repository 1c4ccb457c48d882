#include "charttextwarningbar.h"

#include "chartspec.h"
#include "document.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

ChartTextWarningBar::ChartTextWarningBar(Document *document, QWidget *parent)
    : QFrame(parent), m_document(document), m_text(new QLabel), m_keep(new QPushButton(tr("&Keep Title"))),
      m_edit(new QPushButton(tr("E&dit Title…")))
{
    setObjectName(QStringLiteral("chartTextWarning"));
    setFrameShape(QFrame::StyledPanel);
    // The palette's warning colours are not defined on every platform: amber on pale yellow,
    // dark text (contrast above 4.5:1 in light and dark themes alike, since the strip is its own).
    setStyleSheet(QStringLiteral("QFrame#chartTextWarning { background: #fff4ce; border: 1px solid #c19c00; }"
                                 "QFrame#chartTextWarning QLabel { color: #3b2f00; }"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setAccessibleName(tr("Chart title warning"));
    m_keep->setToolTip(tr("The title is right for the data now: keep it and stop warning (undoable)."));
    m_edit->setToolTip(tr("Open the export dialog to edit the chart's title and subtitle."));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_keep);
    layout->addWidget(m_edit);
    connect(m_keep, &QPushButton::clicked, this, [this] { m_document->confirmChartTexts(m_chart); });
    connect(m_edit, &QPushButton::clicked, this, [this] { Q_EMIT editRequested(m_chart); });
    connect(document, &Document::chartSettingsChanged, this, &ChartTextWarningBar::refresh);
    setVisible(false);
}

void ChartTextWarningBar::setChart(const QString &chart)
{
    // Only the watched chart's data can make its texts stale: follow that spec alone.
    if (m_specConnection)
        disconnect(m_specConnection);
    m_chart = chart;
    if (ChartSpec *spec = m_document->chart(chart))
        m_specConnection = connect(spec, &ChartSpec::changed, this, &ChartTextWarningBar::refresh);
    refresh();
}

void ChartTextWarningBar::setEditable(bool editable) { m_edit->setVisible(editable); }

QString ChartTextWarningBar::warning() const { return m_text->text(); }

void ChartTextWarningBar::refresh()
{
    const QString warning = m_chart.isEmpty() ? QString() : m_document->chartTextWarning(m_chart);
    m_text->setText(warning);
    setVisible(!warning.isEmpty());
}
