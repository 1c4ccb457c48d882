#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QMenuBar;
class QTextBrowser;

// Help ▸ User Guide: the offline guide shipped in the resources (English or Chinese, by the
// language in force), ending with every menu command that has a shortcut, listed from the
// window's real menus so the list cannot drift from them.
class UserGuide : public QDialog
{
    Q_OBJECT
public:
    UserGuide(const QMenuBar *menus, QWidget *parent = nullptr);
    QTextBrowser *browser() const { return m_browser; }

    // The guide's HTML for a language ("en", "zh_CN"), with the shortcut table filled in.
    static QString html(const QString &language, const QMenuBar *menus);
    // An HTML table: "File ▸ Save" and its shortcut, for every menu command that has one.
    static QString shortcutTable(const QMenuBar *menus);

private:
    QTextBrowser *m_browser;
};
