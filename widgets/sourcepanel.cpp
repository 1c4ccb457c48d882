#include "sourcepanel.h"

#include "chartfooterblock.h"
#include "figuremodel.h"

#include <QDesktopServices>
#include <QMessageBox>

SourcePanel::SourcePanel(const FigureModel *figures, QWidget *parent)
    : QTextBrowser(parent), m_figures(figures)
{
    setOpenLinks(false);
    setAccessibleName(tr("Source of the selected figure"));
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        // Only web addresses, and only once the reader has seen the whole address.
        if (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
            return;
        const auto answer = QMessageBox::question(
            this, tr("Open in your browser?"),
            tr("Open this address in your web browser?\n\n%1").arg(url.toString()));
        if (answer == QMessageBox::Yes)
            QDesktopServices::openUrl(url);
    });
    // Only an edit of the figure on show (or of every figure) changes what the panel says.
    connect(figures, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                if (m_row >= topLeft.row() && m_row <= bottomRight.row())
                    showFigure(m_row);
            });
    connect(figures, &QAbstractItemModel::modelReset, this, [this] { showFigure(-1); });
    showFigure(-1);
}

void SourcePanel::showFigure(int row)
{
    m_row = row;
    if (row < 0 || row >= m_figures->rowCount()) {
        setHtml(tr("<p style='color:#666'>Select a figure to see where it comes from.</p>"));
        return;
    }
    const Figure &f = m_figures->figure(row);
    const NumberFormat &format = m_figures->numberFormat();
    const auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString html = QStringLiteral("<h3 style='margin:0'>%1</h3>").arg(esc(FigureText::labelName(f)));
    html += QStringLiteral("<p style='font-size:large;margin:4px 0'><b>%1</b> &nbsp;·&nbsp; %2 &nbsp;·&nbsp; %3</p>")
                .arg(esc(format.quantityRange(f.low, f.high, f.unit)), esc(f.periodLabel),
                     esc(FigureText::statusName(f.status)));
    html += QStringLiteral("<table cellspacing=2>");
    const auto rowHtml = [&](const QString &name, const QString &value) {
        if (!value.isEmpty())
            html += QStringLiteral("<tr><td style='color:#666;padding-right:8px'>%1</td><td>%2</td></tr>")
                        .arg(esc(name), value);
    };
    rowHtml(tr("Kind"), esc(FigureText::kindName(f.kind)));
    rowHtml(tr("Basis"), esc(f.basis));
    if (f.isDerived()) // "derived: 2.788M GPU-hours × $2.00 per GPU-hour", with the formula
        rowHtml(tr("Value"),
                QStringLiteral("<b>%1</b><br><code>%2</code>")
                    .arg(esc(m_figures->index(row, FigureModel::ValueColumn).data(Qt::ToolTipRole).toString()),
                         esc(f.formula)));
    rowHtml(tr("Verification"), esc(FigureText::levelName(f.level)));
    rowHtml(tr("Stated"), esc(f.stated.toString(Qt::ISODate)));
    rowHtml(tr("Source"), esc(FigureModel::sourceText(f.source, true)));
    if (!f.source.url.isEmpty())
        rowHtml(tr("Address"), QStringLiteral("<a href='%1'>%1</a>").arg(esc(f.source.url)));
    html += QStringLiteral("</table>");
    if (!f.source.quote.isEmpty())
        html += QStringLiteral("<blockquote style='color:#333'>“%1”</blockquote>").arg(esc(f.source.quote));
    if (!f.caveat.isEmpty())
        html += QStringLiteral("<p style='background:#fff4d6;padding:4px'><b>%1</b>%2</p>")
                    .arg(ChartFooterBlock::leadIn(tr("Caveat:")), esc(f.caveat));
    if (!f.note.isEmpty())
        html += QStringLiteral("<p style='color:#444'><b>%1</b>%2</p>")
                    .arg(ChartFooterBlock::leadIn(tr("Note:")), esc(f.note));
    setHtml(html);
}
