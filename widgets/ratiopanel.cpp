#include "ratiopanel.h"

#include "chartpanellayout.h"
#include "charttextwarningbar.h"
#include "chartview.h"
#include "document.h"
#include "figuremodel.h"
#include "ratiomodel.h"
#include "ratiosortproxy.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QTimer>
#include <QStackedWidget>
#include <QTabBar>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QTableView>

namespace {

// What typing in the baseline picker searches: the label (both languages), entity and year.
constexpr int kSearchRole = Qt::UserRole + 100;

// The figure table as the baseline picker reads it: "label — value", with the figure's id as
// the item data (Qt::UserRole) and what a search matches under kSearchRole.
class BaselineList : public QIdentityProxyModel
{
public:
    BaselineList(FigureModel *figures, QObject *parent) : QIdentityProxyModel(parent), m_figures(figures)
    {
        setSourceModel(figures);
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid()) // an editable combo box asks for the icon of "no item"
            return {};
        // An editable combo box shows the edit role in its field: the same text as the list.
        if (role == Qt::EditRole)
            role = Qt::DisplayRole;
        if (index.column() == FigureModel::LabelColumn &&
            (role == Qt::DisplayRole || role == Qt::UserRole || role == kSearchRole)) {
            const Figure &f = m_figures->figure(index.row());
            if (role == Qt::UserRole)
                return f.id;
            if (role == kSearchRole)
                return QStringList{FigureText::labelName(f), f.label, FigureText::entityName(f), f.entity,
                                   QString::number(f.year), f.periodLabel}
                    .join(QLatin1Char(' '));
            return QStringLiteral("%1 — %2").arg(
                FigureText::labelName(f), m_figures->numberFormat().quantityRange(f.low, f.high, f.unit));
        }
        return QIdentityProxyModel::data(index, role);
    }
    // QIdentityProxyModel searches its source, which has no ids under Qt::UserRole: search here.
    QModelIndexList match(const QModelIndex &start, int role, const QVariant &value, int hits,
                          Qt::MatchFlags flags) const override
    {
        return QAbstractItemModel::match(start, role, value, hits, flags);
    }

private:
    const FigureModel *m_figures;
};

} // namespace

RatioPanel::RatioPanel(Document *document, const ChartStyle &style, QWidget *parent)
    : QWidget(parent), m_document(document), m_baseline(new QComboBox), m_switcher(new QTabBar),
      m_stack(new QStackedWidget), m_log(new QCheckBox(tr("&Log scale"))), m_list(new QTableView)
{
    for (ChartType type : {ChartType::Ratio, ChartType::Comparison, ChartType::Scale}) {
        m_switcher->addTab(ChartCatalog::entry(type).name);
        m_switcher->setTabToolTip(m_switcher->count() - 1, ChartCatalog::entry(type).description);
        m_stack->addWidget(new ChartView(type, document, style));
    }
    m_switcher->setAccessibleName(tr("Chart of the compared figures"));
    m_log->setToolTip(tr("Log or linear value axis for the side-by-side chart."));
    m_log->setChecked(document->chartSettings(ChartCatalog::entry(ChartType::Comparison).key).logScale);
    m_log->setVisible(false);
    connect(m_switcher, &QTabBar::currentChanged, this, [this](int index) {
        m_stack->setCurrentIndex(index);
        m_log->setVisible(chartView()->chartType() == ChartType::Comparison);
        Q_EMIT chartChanged();
    });
    connect(document, &Document::chartSettingsChanged, this, [this](const QString &chart) {
        if (chart == ChartCatalog::entry(ChartType::Comparison).key) {
            const QSignalBlocker block(m_log);
            m_log->setChecked(m_document->chartSettings(chart).logScale);
        }
    });
    connect(m_log, &QCheckBox::toggled, this, [this](bool log) {
        const QString key = ChartCatalog::entry(ChartType::Comparison).key;
        ChartSettings settings = m_document->ownChartSettings(key); // not the default byline
        settings.logScale = log;
        m_document->setChartSettings(key, settings);
    });
    auto *label = new QLabel(tr("&Baseline:"));
    label->setBuddy(m_baseline);
    m_baseline->setAccessibleName(tr("Baseline figure"));
    // Not AdjustToContents: with 10,000 figures every edit would re-measure every item.
    m_baseline->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_baseline->setMinimumContentsLength(42);
    auto *controls = new QHBoxLayout;
    controls->addWidget(label);
    controls->addWidget(m_baseline);
    controls->addSpacing(16);
    controls->addWidget(m_switcher);
    controls->addWidget(m_log);
    controls->addStretch();

    m_list->setModel(new RatioSortProxy(document->ratios(), this));
    // The indicator first: enabling sorting then sorts once, by the multiple.
    m_list->horizontalHeader()->setSortIndicator(RatioModel::MultipleColumn, Qt::DescendingOrder);
    m_list->setSortingEnabled(true);
    m_list->verticalHeader()->hide();
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->horizontalHeader()->setSectionResizeMode(RatioModel::FigureColumn, QHeaderView::Stretch);
    // Fixed widths: resizing to contents would measure every row on every edit.
    m_list->horizontalHeader()->setSectionResizeMode(RatioModel::ValueColumn, QHeaderView::Interactive);
    m_list->horizontalHeader()->setSectionResizeMode(RatioModel::MultipleColumn, QHeaderView::Interactive);
    m_list->setColumnWidth(RatioModel::ValueColumn, 130);
    m_list->setColumnWidth(RatioModel::MultipleColumn, 150);
    m_list->setAccessibleName(tr("Figures compared with the baseline"));
    m_list->setToolTip(tr("Tick a figure to show it in the ratio chart."));

    // The warning follows the chart on show (ratio, side by side or scale).
    auto *warning = new ChartTextWarningBar(document);
    warning->setChart(ChartCatalog::entry(chartView()->chartType()).key);
    connect(m_switcher, &QTabBar::currentChanged, warning,
            [this, warning] { warning->setChart(ChartCatalog::entry(chartView()->chartType()).key); });
    layOutChartPanel(this, controls, m_stack, m_list, QStringLiteral("ratioSplitter"), warning);

    // The picker lists the figure table itself ("label — value"), so nothing is copied and an
    // edit re-reads only its own entry, however many figures there are.
    m_baseline->setModel(new BaselineList(document->figures(), m_baseline));
    m_baseline->setModelColumn(FigureModel::LabelColumn);
    showBaseline();
    // While the figures are replaced the completer is off the field, or QComboBox, resetting
    // its list, would run the completer's search over every figure (0.1 s at 100,000);
    // showBaseline() puts it back.
    connect(document->figures(), &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        if (m_baseline->lineEdit())
            m_baseline->lineEdit()->setCompleter(nullptr);
    });
    connect(document->figures(), &QAbstractItemModel::modelReset, this, &RatioPanel::showBaseline);
    connect(document->figures(), &QAbstractItemModel::rowsInserted, this, &RatioPanel::showBaseline);
    connect(document->figures(), &QAbstractItemModel::rowsRemoved, this, &RatioPanel::showBaseline);
    connect(document->ratios(), &RatioModel::baselineChanged, this, &RatioPanel::showBaseline);
    connect(m_baseline, &QComboBox::activated, this, [this](int index) {
        if (const QString id = m_baseline->itemData(index).toString(); !id.isEmpty())
            m_document->setBaseline(id);
    });
    makeBaselineSearchable();
}

void RatioPanel::makeBaselineSearchable()
{
    m_baseline->setEditable(true);
    m_baseline->setInsertPolicy(QComboBox::NoInsert);
    m_baseline->lineEdit()->setPlaceholderText(tr("Type a figure, entity or year"));
    m_baseline->lineEdit()->setAccessibleName(m_baseline->accessibleName());
    m_baseline->setToolTip(tr("Every figure is shown as a multiple of this one. Type to search by "
                              "figure, entity or year."));
    auto *completer = new QCompleter(m_baseline->model(), m_baseline);
    completer->setCompletionColumn(FigureModel::LabelColumn);
    completer->setCompletionRole(kSearchRole);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setMaxVisibleItems(16);
    connect(completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                m_document->setBaseline(index.data(Qt::UserRole).toString());
                // The completer writes its search text into the field afterwards: show the figure.
                QTimer::singleShot(0, this, &RatioPanel::showBaseline);
            });
    // After the connection above: the combo box's own handler re-filters the list, so the index
    // must be read first.
    m_baseline->setCompleter(completer);
    // Typed text that chose nothing gives way to the baseline in force.
    connect(m_baseline->lineEdit(), &QLineEdit::editingFinished, this,
            [this] { QTimer::singleShot(0, this, &RatioPanel::showBaseline); });
}

// Closing the window takes the focus from the baseline field while QWidget's destructor runs,
// after this panel's part of the object is gone: nothing may answer for it then.
RatioPanel::~RatioPanel()
{
    if (QLineEdit *field = m_baseline->lineEdit())
        field->disconnect(this);
}

ChartView *RatioPanel::chartView() const
{
    return static_cast<ChartView *>(m_stack->currentWidget());
}

ChartView *RatioPanel::chartView(ChartType type) const
{
    for (int i = 0; i < m_stack->count(); ++i) {
        auto *view = static_cast<ChartView *>(m_stack->widget(i));
        if (view->chartType() == type)
            return view;
    }
    return nullptr;
}

void RatioPanel::showChart(ChartType type)
{
    for (int i = 0; i < m_stack->count(); ++i)
        if (static_cast<ChartView *>(m_stack->widget(i))->chartType() == type)
            m_switcher->setCurrentIndex(i);
}

void RatioPanel::showBaseline()
{
    const QSignalBlocker block(m_baseline);
    const int row = m_document->ratios()->baselineRow();
    // The text first: QComboBox then finds it unchanged and does not run the completer's search
    // over every figure (a second at 100,000 figures, on every open).
    if (m_baseline->lineEdit())
        m_baseline->lineEdit()->setText(row >= 0 ? m_baseline->itemText(row) : QString());
    m_baseline->setCurrentIndex(row);
    auto *completer = m_baseline->findChild<QCompleter *>(QString(), Qt::FindDirectChildrenOnly);
    if (completer && m_baseline->lineEdit() && !m_baseline->lineEdit()->completer()) {
        m_baseline->lineEdit()->setCompleter(completer); // as QComboBox::setCompleter() leaves it
        completer->setWidget(m_baseline);
    }
}
