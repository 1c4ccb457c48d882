#include "preferencesdialog.h"

#include "chartexporter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace {
void select(QComboBox *combo, const QString &value)
{
    const int index = combo->findData(value);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}
} // namespace

PreferencesDialog::PreferencesDialog(const Preferences &p, QWidget *parent)
    : QDialog(parent), m_theme(new QComboBox), m_language(new QComboBox), m_units(new QComboBox),
      m_preset(new QComboBox), m_byline(new QLineEdit(p.byline))
{
    setWindowTitle(tr("Preferences"));
    m_theme->addItem(tr("Follow the system"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_language->addItem(tr("Follow the system"), QStringLiteral("system"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_units->addItem(tr("By language"), QStringLiteral("auto"));
    m_units->addItem(tr("Short ($60B)"), QStringLiteral("short"));
    m_units->addItem(tr("Long (60 billion dollars)"), QStringLiteral("long"));
    m_units->addItem(tr("Chinese (600亿美元)"), QStringLiteral("chinese"));
    for (const ChartExporter::Preset &preset : ChartExporter::presets())
        m_preset->addItem(preset.name, preset.key);
    select(m_theme, p.theme);
    select(m_language, p.language);
    select(m_units, p.unitStyle);
    select(m_preset, p.exportPreset);
    m_byline->setPlaceholderText(tr("e.g. Jane Doe / The Daily; used when a chart has none"));
    const QList<QPair<QWidget *, QString>> names{{m_theme, tr("Theme")}, {m_language, tr("Language")},
                                                 {m_units, tr("Units")}, {m_preset, tr("Default export size")},
                                                 {m_byline, tr("Default byline")}};
    for (const auto &name : names)
        name.first->setAccessibleName(name.second);

    auto *form = new QFormLayout;
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("&Language:"), m_language);
    auto *note = new QLabel(tr("A new language applies when SpendLens next starts."));
    note->setWordWrap(true);
    form->addRow(QString(), note);
    form->addRow(tr("&Units:"), m_units);
    form->addRow(tr("Default export &size:"), m_preset);
    form->addRow(tr("Default &byline:"), m_byline);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.theme = m_theme->currentData().toString();
    p.language = m_language->currentData().toString();
    p.unitStyle = m_units->currentData().toString();
    p.exportPreset = m_preset->currentData().toString();
    p.byline = m_byline->text().trimmed();
    return p;
}
