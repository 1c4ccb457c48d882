#include "gtestqt.h"
#include "secimportdialog.h"

#include <QDialogButtonBox>
#include <QPushButton>

#include <gtest/gtest.h>

namespace {

SecFactsRead meta()
{
    const SecFactsRead read = SecCompanyFacts::readFile(QStringLiteral(SPENDLENS_TEST_DATA "/sec/companyfacts-meta.json"));
    EXPECT_TRUE(read.ok) << qPrintable(read.error);
    return read;
}

bool importEnabled(const SecImportDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled();
}

TEST(SecImportDialog, CapexIsCheckedAndMoreLineItemsAddUp)
{
    SecImportDialog dialog(meta(), {}, nullptr);
    EXPECT_EQ(dialog.checkedConcepts(), QStringList{"us-gaap:PaymentsToAcquirePropertyPlantAndEquipment"});
    ASSERT_TRUE(dialog.result().ok) << qPrintable(dialog.result().error);
    EXPECT_EQ(dialog.result().figures.size(), 4);
    EXPECT_EQ(dialog.previewText(), "Figures to add: 4.");
    EXPECT_TRUE(importEnabled(dialog));

    dialog.setChecked("us-gaap:PaymentsForRepaymentsOfFinanceLeasePrincipal", true);
    ASSERT_TRUE(dialog.result().ok);
    EXPECT_EQ(dialog.result().figures.last().low, 37256000000.0 + 1969000000.0);

    dialog.setChecked("us-gaap:PaymentsToAcquirePropertyPlantAndEquipment", false);
    dialog.setChecked("us-gaap:PaymentsForRepaymentsOfFinanceLeasePrincipal", false);
    EXPECT_FALSE(dialog.result().ok);
    EXPECT_FALSE(importEnabled(dialog)) << "nothing to import, nothing to click";
    EXPECT_EQ(dialog.previewText(), "Check at least one line item.");
}

TEST(SecImportDialog, SaysWhatIsInTheDocumentAlready)
{
    SecImportDialog dialog(meta(), {"sec-1326801-capex-cy2024"}, nullptr);
    EXPECT_EQ(dialog.result().figures.size(), 3);
    EXPECT_TRUE(dialog.previewText().contains("In the document already, left as they are: 1.")) << qPrintable(dialog.previewText());
}

} // namespace
