#include "parameterpanel.h"

#include "currency.h"
#include "derivation.h"
#include "document.h"
#include "figuremodel.h"
#include "parametermodel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSlider>
#include <QHBoxLayout>
#include <QVBoxLayout>

#include <cmath>

namespace {
constexpr double kSliderSteps = 100; // slider positions per unit: cents for prices
}

ParameterPanel::ParameterPanel(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_rows(new QVBoxLayout(this)), m_message(new QLabel)
{
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color:#b03000"));
    m_message->setVisible(false);
    m_rows->addWidget(m_message);
    m_rows->addWidget(currencyRow());
    rebuild();
    connect(document->parameters(), &QAbstractItemModel::modelReset, this, &ParameterPanel::rebuild);
    connect(document->parameters(), &QAbstractItemModel::dataChanged, this, &ParameterPanel::scheduleValues);
    connect(document->figures(), &QAbstractItemModel::dataChanged, this, &ParameterPanel::scheduleValues);
}

QDoubleSpinBox *ParameterPanel::spinBox(const QString &name) const
{
    return findChild<QDoubleSpinBox *>(QStringLiteral("spin-") + name);
}

QSlider *ParameterPanel::slider(const QString &name) const
{
    return findChild<QSlider *>(QStringLiteral("slider-") + name);
}

void ParameterPanel::rebuild()
{
    delete m_content;
    m_content = new QWidget;
    auto *grid = new QGridLayout(m_content);
    grid->setContentsMargins(0, 0, 0, 0);
    const QVector<Parameter> &parameters = m_document->parameters()->parameters();
    if (parameters.isEmpty())
        grid->addWidget(new QLabel(tr("This document has no parameters. Add a figure with a formula "
                                      "that names one to explore what-ifs.")),
                        0, 0);
    for (int i = 0; i < parameters.size(); ++i) {
        const Parameter &p = parameters.at(i);
        auto *label = new QLabel(p.label + QLatin1Char(':'));
        auto *slider = new QSlider(Qt::Horizontal);
        slider->setObjectName(QStringLiteral("slider-") + p.name);
        slider->setRange(int(std::round(p.minimum * kSliderSteps)), int(std::round(p.maximum * kSliderSteps)));
        slider->setPageStep(int(kSliderSteps / 2));
        slider->setAccessibleName(p.label);
        auto *spin = new QDoubleSpinBox;
        spin->setObjectName(QStringLiteral("spin-") + p.name);
        spin->setDecimals(2);
        spin->setRange(0, 1e6);
        spin->setSingleStep(0.05);
        spin->setKeyboardTracking(false); // typing "3.5" is one change, not three
        spin->setAccessibleName(p.label);
        if (auto *edit = spin->findChild<QLineEdit *>())
            edit->setAccessibleName(p.label);
        if (p.unit == ParameterUnit::UsdPerGpuHour) {
            spin->setPrefix(QStringLiteral("$"));
            spin->setSuffix(tr(" per GPU-hour"));
        } else if (p.unit == ParameterUnit::CnyPerUsd) {
            spin->setDecimals(4); // rates are published to four decimals: 7.0809
            spin->setSingleStep(0.01);
            spin->setSuffix(tr(" yuan per dollar"));
        }
        label->setBuddy(spin);
        const QString tip = p.note.isEmpty() ? tr("Formulas write it as %1.").arg(p.name)
                                             : tr("%1\nFormulas write it as %2.").arg(p.note, p.name);
        for (QWidget *w : {static_cast<QWidget *>(label), static_cast<QWidget *>(slider), static_cast<QWidget *>(spin)})
            w->setToolTip(tip);
        auto *usedBy = new QLabel;
        usedBy->setObjectName(QStringLiteral("used-") + p.name);
        usedBy->setWordWrap(true); // in the text colour: grey read as disabled
        grid->addWidget(label, 2 * i, 0);
        grid->addWidget(slider, 2 * i, 1);
        grid->addWidget(spin, 2 * i, 2);
        grid->addWidget(usedBy, 2 * i + 1, 1, 1, 2);
        const QString name = p.name;
        connect(slider, &QSlider::valueChanged, this,
                [this, name](int v) { setValue(name, v / kSliderSteps); });
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this, name](double v) { setValue(name, v); });
    }
    grid->setColumnStretch(1, 1);
    m_rows->addWidget(m_content);
    m_rows->addStretch();
    showValues();
}

void ParameterPanel::scheduleValues()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    showValues();
}

void ParameterPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        showValues();
}

void ParameterPanel::showValues()
{
    m_stale = false;
    const ParameterModel &model = *m_document->parameters();
    for (int row = 0; row < model.rowCount(); ++row) {
        const Parameter &p = model.parameters().at(row);
        QSlider *s = slider(p.name);
        QDoubleSpinBox *spin = spinBox(p.name);
        if (!s || !spin)
            continue;
        const QSignalBlocker b1(s), b2(spin);
        s->setValue(int(std::round(p.value * kSliderSteps)));
        spin->setValue(p.value);
        if (auto *usedBy = findChild<QLabel *>(QStringLiteral("used-") + p.name)) {
            QStringList lines;
            const FigureModel &figures = *m_document->figures();
            for (int r : Derivation::dependents(figures.figures(), QString(), p.name))
                    lines.append(tr("%1 = %2").arg(FigureText::labelName(figures.figure(r)),
                                                   figures.numberFormat().quantityRange(figures.figure(r).low, figures.figure(r).high, figures.figure(r).unit)));
            if (p.unit == ParameterUnit::CnyPerUsd)
                usedBy->setText(p.value == p.sourced || p.sourced <= 0
                                    ? tr("Converts money between yuan and dollars on charts of %1 figures (%2).")
                                          .arg(p.year)
                                          .arg(p.source)
                                    : tr("Set by hand; %1 gives %2.").arg(p.source).arg(p.sourced));
            else
                usedBy->setText(lines.isEmpty() ? tr("Used by no figure.") : lines.join(QLatin1Char('\n')));
        }
    }
}

void ParameterPanel::setValue(const QString &name, double value)
{
    const QString problem = m_document->setParameter(name, value);
    m_message->setText(problem);
    m_message->setVisible(!problem.isEmpty());
    if (!problem.isEmpty())
        showValues(); // back to the value in force
}

// The currency charts show money in: a choice of the document, undoable like any other.
QWidget *ParameterPanel::currencyRow()
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *combo = new QComboBox;
    combo->setObjectName(QStringLiteral("chart-currency"));
    for (FigureUnit currency : {FigureUnit::Usd, FigureUnit::Cny})
        combo->addItem(Currency::currencyName(currency), int(currency));
    auto *label = new QLabel(tr("Show money on charts in:"));
    label->setBuddy(combo);
    layout->addWidget(label);
    layout->addWidget(combo);
    layout->addStretch();
    const auto show = [this, combo] {
        const QSignalBlocker block(combo);
        combo->setCurrentIndex(combo->findData(int(m_document->chartCurrency())));
    };
    show();
    connect(m_document, &Document::chartCurrencyChanged, combo, show);
    connect(combo, &QComboBox::currentIndexChanged, this,
            [this, combo] { m_document->setChartCurrency(FigureUnit(combo->currentData().toInt())); });
    return row;
}
