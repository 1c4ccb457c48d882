#include "userguide.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

// "&Save" → "Save"; "&&" stays one "&".
QString plainText(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    // A Chinese mnemonic is written after the words: "保存(&S)" reads as "保存".
    static const QRegularExpression mnemonic(QStringLiteral("\\([A-Z0-9]\\)"));
    return text.remove(mnemonic).remove(QStringLiteral("…")).trimmed();
}

void addRows(const QMenu *menu, const QString &path, QStringList *rows)
{
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        const QString name = path + QStringLiteral(" ▸ ") + plainText(action->text());
        if (action->menu()) {
            addRows(action->menu(), name, rows);
            continue;
        }
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys.append(key.toString(QKeySequence::NativeText).toHtmlEscaped());
        if (!keys.isEmpty())
            rows->append(QStringLiteral("<tr><td>%1</td><td><kbd>%2</kbd></td></tr>")
                             .arg(name.toHtmlEscaped(), keys.join(QStringLiteral("</kbd>, <kbd>"))));
    }
}

} // namespace

UserGuide::UserGuide(const QMenuBar *menus, QWidget *parent) : QDialog(parent), m_browser(new QTextBrowser)
{
    setWindowTitle(tr("SpendLens User Guide"));
    const QString language = QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
    m_browser->setHtml(html(language, menus));
    m_browser->setOpenExternalLinks(true);
    m_browser->setAccessibleName(tr("User guide"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(760, 680);
}

QString UserGuide::html(const QString &language, const QMenuBar *menus)
{
    QFile file(QStringLiteral(":/guide/guide_%1.html").arg(language));
    if (!file.open(QIODevice::ReadOnly)) // shipped in the resources: only a broken build lacks it
        return tr("<p>The user guide is missing from this build.</p>");
    return QString::fromUtf8(file.readAll()).replace(QStringLiteral("<!--SHORTCUTS-->"), shortcutTable(menus));
}

QString UserGuide::shortcutTable(const QMenuBar *menus)
{
    QStringList rows;
    for (const QAction *top : menus->actions())
        if (top->menu())
            addRows(top->menu(), plainText(top->text()), &rows);
    return QStringLiteral("<table cellpadding='3'>%1</table>").arg(rows.join(QString()));
}
