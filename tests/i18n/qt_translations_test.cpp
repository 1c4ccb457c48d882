// Qt's own buttons and dialogs speak the language in force: Localization loads the system's
// qtbase translations (package qt6-translations-l10n, in scripts/packages.txt) next to ours.
#include "gtestqt.h"
#include "localization.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QPushButton>

#include <gtest/gtest.h>

namespace {

QStringList buttonTexts()
{
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Close);
    return {box.button(QDialogButtonBox::Ok)->text(), box.button(QDialogButtonBox::Cancel)->text(),
            box.button(QDialogButtonBox::Close)->text()};
}

TEST(QtTranslations, DialogButtonsReadInChineseUnderZhCNAndInEnglishAgainAfter)
{
    const QString qm = QDir(Localization::qtTranslationsPath()).filePath(QStringLiteral("qtbase_zh_CN.qm"));
    ASSERT_TRUE(QFile::exists(qm)) << qPrintable(qm) << " is missing: install qt6-translations-l10n "
                                   << "(scripts/packages.txt lists it; scripts/setup installs the list)";
    ASSERT_TRUE(Localization::apply(QStringLiteral("zh_CN")));
    EXPECT_EQ(buttonTexts(), QStringList({QStringLiteral("确定"), QStringLiteral("取消"), QStringLiteral("关闭")}));
    ASSERT_TRUE(Localization::apply(QStringLiteral("en")));
    EXPECT_EQ(buttonTexts(), QStringList({QStringLiteral("OK"), QStringLiteral("Cancel"), QStringLiteral("Close")}));
}

TEST(QtTranslations, TheSetupPackageListInstallsThem)
{
    QFile list(QStringLiteral(SPENDLENS_SOURCE_DIR "/scripts/packages.txt"));
    ASSERT_TRUE(list.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(list.readAll()).split(QLatin1Char('\n'));
    EXPECT_TRUE(lines.contains(QStringLiteral("qt6-translations-l10n")));
}

} // namespace
