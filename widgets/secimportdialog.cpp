#include "secimportdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
constexpr int kNameRole = Qt::UserRole;

// Capex first, then finance-lease principal, then the rest by name: the likely choices on top.
int rank(const SecConcept &c)
{
    if (c.name == SecFactsImport::kCapexConcept)
        return 0;
    return c.name == SecFactsImport::kFinanceLeaseConcept ? 1 : 2;
}
} // namespace

SecImportDialog::SecImportDialog(SecFactsRead facts, const QSet<QString> &existingIds, QWidget *parent)
    : QDialog(parent), m_facts(std::move(facts)), m_existingIds(existingIds)
{
    setWindowTitle(tr("Import SEC Company Facts"));
    auto *layout = new QVBoxLayout(this);
    auto *company = new QLabel(tr("%1 (CIK %2), from %3").arg(m_facts.entityName).arg(m_facts.cik).arg(m_facts.origin));
    company->setWordWrap(true);
    layout->addWidget(company);
    layout->addWidget(new QLabel(tr("Line items in US dollars for calendar years (CY2024) and quarters "
                                    "(CY2024Q3); checked items are added up into one capex figure per period:")));
    m_list = new QListWidget;
    m_list->setAccessibleName(tr("Line items"));
    layout->addWidget(m_list, 1);
    m_preview = new QLabel;
    m_preview->setWordWrap(true);
    layout->addWidget(m_preview);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fillList();
    connect(m_list, &QListWidget::itemChanged, this, &SecImportDialog::rerun);
    rerun();
    resize(640, 480);
}

void SecImportDialog::fillList()
{
    QVector<const SecConcept *> concepts;
    for (const SecConcept &c : m_facts.concepts)
        concepts.append(&c);
    std::stable_sort(concepts.begin(), concepts.end(),
                     [](const SecConcept *a, const SecConcept *b) { return rank(*a) < rank(*b); });
    for (const SecConcept *c : concepts) {
        int quarters = 0;
        for (const SecFact &f : c->facts)
            quarters += f.quarter ? 1 : 0;
        const QString label = c->label.isEmpty() ? c->name : c->label;
        auto *item = new QListWidgetItem(tr("%1 — %2 (years: %3, quarters: %4)")
                                             .arg(label, c->qualifiedName())
                                             .arg(c->facts.size() - quarters)
                                             .arg(quarters));
        item->setData(kNameRole, c->qualifiedName());
        item->setToolTip(c->description);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(c->name == SecFactsImport::kCapexConcept ? Qt::Checked : Qt::Unchecked);
        m_list->addItem(item);
    }
}

QStringList SecImportDialog::checkedConcepts() const
{
    QStringList names;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            names.append(m_list->item(i)->data(kNameRole).toString());
    return names;
}

void SecImportDialog::setChecked(const QString &qualifiedName, bool checked)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(kNameRole).toString() == qualifiedName)
            m_list->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void SecImportDialog::rerun()
{
    const QStringList names = checkedConcepts();
    m_result = {};
    if (names.isEmpty())
        m_result.error = tr("Check at least one line item.");
    else
        m_result = SecFactsImport::run(m_facts, names, m_existingIds);
    QString text = m_result.ok ? tr("Figures to add: %1.").arg(m_result.figures.size()) : m_result.error;
    if (m_result.ok && m_result.alreadyThere > 0)
        text += QLatin1Char(' ') + tr("In the document already, left as they are: %1.").arg(m_result.alreadyThere);
    m_preview->setText(text);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_result.ok);
}

QString SecImportDialog::previewText() const { return m_preview->text(); }
