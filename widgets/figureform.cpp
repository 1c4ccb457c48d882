#include "figureform.h"

#include "amountparser.h"
#include "figurerules.h"
#include "numberformat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace {

template <typename E>
void fillCombo(QComboBox *combo, const QList<E> &values, QString (*name)(E), E current)
{
    for (E v : values)
        combo->addItem(name(v), int(v));
    combo->setCurrentIndex(combo->findData(int(current)));
}

QPlainTextEdit *shortText(const QString &text)
{
    auto *edit = new QPlainTextEdit(text);
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(56);
    return edit;
}

QString unitName(FigureUnit unit) { return FigureText::unitKey(unit); }

// A field's message on one line whose space is always kept, so the form never moves while the
// user types (a click meant for one field must not land in the next). A message too long for
// the line is elided; the whole of it is the tooltip.
class FieldMessage : public QLabel
{
public:
    FieldMessage()
    {
        setStyleSheet(QStringLiteral("color:#b03000"));
        setFixedHeight(fontMetrics().height());
        setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    }
    void setMessage(const QString &message)
    {
        m_message = message;
        setToolTip(message);
        showElided();
    }
    QString message() const { return m_message; }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QLabel::resizeEvent(event);
        showElided();
    }

private:
    void showElided() { setText(fontMetrics().elidedText(m_message, Qt::ElideRight, qMax(0, width()))); }
    QString m_message;
};

} // namespace

FigureForm::FigureForm(const Figure &f, QWidget *parent)
    : QDialog(parent), m_original(f), m_entity(new QLineEdit(f.entity)), m_label(new QLineEdit(f.label)),
      m_kind(new QComboBox), m_year(new QSpinBox), m_periodLabel(new QLineEdit(f.periodLabel)),
      m_unit(new QComboBox), m_value(new QLineEdit), m_formula(new QLineEdit(f.formula)), m_status(new QComboBox),
      m_statedKnown(new QCheckBox(tr("Known"))), m_stated(new QDateEdit),
      m_sourceTitle(new QLineEdit(f.source.title)), m_publisher(new QLineEdit(f.source.publisher)),
      m_sourceDateKnown(new QCheckBox(tr("Known"))), m_sourceDate(new QDateEdit),
      m_url(new QLineEdit(f.source.url)), m_quote(shortText(f.source.quote)), m_basis(new QLineEdit(f.basis)),
      m_level(new QComboBox), m_caveat(shortText(f.caveat)), m_note(shortText(f.note))
{
    setWindowTitle(f.id.isEmpty() ? tr("Add Figure") : tr("Edit Figure"));
    fillCombo<FigureKind>(m_kind, FigureText::allKinds(), FigureText::kindName, f.kind);
    fillCombo<FigureStatus>(m_status, FigureText::allStatuses(), FigureText::statusName, f.status);
    fillCombo<Verification>(m_level, FigureText::allLevels(), FigureText::levelName, f.level);
    fillCombo<FigureUnit>(m_unit, FigureText::allUnits(), unitName, f.unit);
    m_year->setRange(1900, 2100);
    m_year->setValue(f.year >= 1900 ? f.year : QDate::currentDate().year());
    if (f.high > 0 || !f.id.isEmpty())
        m_value->setText(NumberFormat(6).withoutTrailingZeros().quantityRange(f.low, f.high, FigureUnit::Usd).remove(QLatin1Char('$')));
    m_value->setPlaceholderText(tr("e.g. 5.576M, 39.23B or 60–65B"));
    m_url->setPlaceholderText(tr("https://…"));
    m_periodLabel->setPlaceholderText(tr("e.g. FY2025 (Jul 2024–Jun 2025); empty: the year"));
    for (auto pair : {std::make_pair(m_statedKnown, m_stated), std::make_pair(m_sourceDateKnown, m_sourceDate)}) {
        pair.second->setCalendarPopup(true);
        pair.second->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        connect(pair.first, &QCheckBox::toggled, pair.second, &QWidget::setEnabled);
    }
    m_statedKnown->setChecked(f.stated.isValid());
    m_stated->setDate(f.stated.isValid() ? f.stated : QDate::currentDate());
    m_stated->setEnabled(f.stated.isValid());
    m_sourceDateKnown->setChecked(f.source.date.isValid());
    m_sourceDate->setDate(f.source.date.isValid() ? f.source.date : QDate::currentDate());
    m_sourceDate->setEnabled(f.source.date.isValid());

    auto *form = new QFormLayout;
    const auto row = [&](const QString &label, QWidget *widget, const QString &name) {
        auto *box = new QVBoxLayout;
        box->setSpacing(1);
        box->addWidget(widget);
        if (!name.isEmpty())
            box->addWidget(messageFor(name));
        widget->setObjectName(name);
        auto *caption = new QLabel(label);
        caption->setBuddy(widget);
        form->addRow(caption, box);
    };
    const auto dateRow = [](QCheckBox *known, QDateEdit *date) {
        auto *w = new QWidget;
        auto *h = new QHBoxLayout(w);
        h->setContentsMargins(0, 0, 0, 0);
        h->addWidget(known);
        h->addWidget(date, 1);
        return w;
    };
    row(tr("&Entity:"), m_entity, QStringLiteral("entity"));
    row(tr("&Figure:"), m_label, QStringLiteral("label"));
    row(tr("&Kind:"), m_kind, QString());
    row(tr("&Year:"), m_year, QString());
    row(tr("Period &label:"), m_periodLabel, QString());
    row(tr("&Value:"), m_value, QStringLiteral("value"));
    row(tr("Fo&rmula:"), m_formula, QStringLiteral("formula"));
    m_formula->setPlaceholderText(tr("optional, e.g. {deepseek-v3-gpu-hours} * h800_price"));
    m_formula->setToolTip(tr("Makes the value derived: figures by id in braces, parameters by name, "
                             "numbers and + − × ÷. Leave empty to type the value."));
    row(tr("&Unit:"), m_unit, QString());
    row(tr("&Status:"), m_status, QString());
    row(tr("Stated &on:"), dateRow(m_statedKnown, m_stated), QString());
    row(tr("Source &title:"), m_sourceTitle, QStringLiteral("sourceTitle"));
    row(tr("&Publisher:"), m_publisher, QStringLiteral("publisher"));
    row(tr("Source &date:"), dateRow(m_sourceDateKnown, m_sourceDate), QString());
    row(tr("&Address:"), m_url, QStringLiteral("url"));
    row(tr("&Quote:"), m_quote, QString());
    row(tr("&Basis:"), m_basis, QStringLiteral("basis"));
    row(tr("Ver&ification level:"), m_level, QString());
    row(tr("&Caveat:"), m_caveat, QString());
    row(tr("&Note:"), m_note, QString());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problems().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    for (QLineEdit *edit : {m_entity, m_label, m_value, m_formula, m_sourceTitle, m_publisher, m_url, m_basis})
        connect(edit, &QLineEdit::textChanged, this, &FigureForm::validate);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &FigureForm::validate);
    validate();
}

QLabel *FigureForm::messageFor(const QString &name)
{
    auto *label = new FieldMessage;
    label->setObjectName(name + QStringLiteral("-message"));
    m_messages.insert(name, label);
    return label;
}

QString FigureForm::message(const QString &name) const
{
    const auto *label = static_cast<const FieldMessage *>(m_messages.value(name));
    return label ? label->message() : QString();
}

QLineEdit *FigureForm::field(const QString &name) const { return findChild<QLineEdit *>(name); }

QHash<QString, QString> FigureForm::problems() const
{
    static const QHash<FigureField, QString> kFieldNames{
        {FigureField::Entity, QStringLiteral("entity")},
        {FigureField::Label, QStringLiteral("label")},
        {FigureField::Amount, QStringLiteral("value")},
        {FigureField::SourceTitle, QStringLiteral("sourceTitle")},
        {FigureField::Url, QStringLiteral("url")}};
    const Figure f = figure();
    QHash<QString, QString> problems;
    for (const FigureProblem &problem : FigureRules::check(f))
        if (!problem.warning && kFieldNames.contains(problem.field))
            problems.insert(kFieldNames.value(problem.field), problem.message);
    if (f.isDerived()) {
        problems.remove(QStringLiteral("value")); // computed, not typed
        const QString why = m_formulaCheck ? m_formulaCheck(f) : QString();
        if (!why.isEmpty())
            problems.insert(QStringLiteral("formula"), why);
    } else if (const ParsedAmount amount = parseAmount(m_value->text()); !amount.ok) {
        problems.insert(QStringLiteral("value"), amount.error);
    }
    return problems;
}

void FigureForm::validate()
{
    const QHash<QString, QString> found = problems();
    for (auto it = m_messages.begin(); it != m_messages.end(); ++it)
        static_cast<FieldMessage *>(it.value())->setMessage(found.value(it.key()));
    if (m_ok)
        m_ok->setEnabled(found.isEmpty());
    // A derived value is computed, not typed.
    m_value->setEnabled(m_formula->text().trimmed().isEmpty());
}

void FigureForm::setFormulaCheck(std::function<QString(const Figure &)> check)
{
    m_formulaCheck = std::move(check);
    validate();
}

Figure FigureForm::figure() const
{
    Figure f = m_original;
    f.entity = m_entity->text().trimmed();
    f.label = m_label->text().trimmed();
    f.kind = FigureKind(m_kind->currentData().toInt());
    f.year = m_year->value();
    f.periodLabel = m_periodLabel->text().trimmed().isEmpty() ? QString::number(f.year)
                                                               : m_periodLabel->text().trimmed();
    f.unit = FigureUnit(m_unit->currentData().toInt());
    const ParsedAmount amount = parseAmount(m_value->text());
    f.low = amount.low;
    f.high = amount.high;
    if (amount.currency && FigureText::isMoney(f.unit)) // the amount's own "元" or "$" wins
        f.unit = *amount.currency;
    f.status = FigureStatus(m_status->currentData().toInt());
    f.stated = m_statedKnown->isChecked() ? m_stated->date() : QDate();
    f.source.title = m_sourceTitle->text().trimmed();
    f.source.publisher = m_publisher->text().trimmed();
    f.source.date = m_sourceDateKnown->isChecked() ? m_sourceDate->date() : QDate();
    f.source.url = FigureRules::withScheme(m_url->text().trimmed());
    f.source.quote = m_quote->toPlainText().trimmed();
    f.basis = m_basis->text().trimmed();
    FigureText::dropStaleNames(m_original, &f);
    f.level = Verification(m_level->currentData().toInt());
    f.caveat = m_caveat->toPlainText().trimmed();
    f.note = m_note->toPlainText().trimmed();
    f.formula = m_formula->text().trimmed();
    if (f.id.isEmpty()) // a new figure: a readable id from its entity, label and year
        f.id = (f.entity + QLatin1Char('-') + f.label + QLatin1Char('-') + QString::number(f.year))
                   .toLower()
                   .replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    return f;
}
