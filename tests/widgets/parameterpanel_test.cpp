#include "chartfixture.h"
#include "gtestqt.h"
#include "parameterpanel.h"

#include <QDoubleSpinBox>
#include <QLabel>
#include <QTest>

namespace {

class ParameterPanelTest : public ChartFixture
{
};

// The darkest pixel a widget draws: its text's colour, allowing for antialiasing.
int darkestGrey(QWidget *widget)
{
    const QImage image = widget->grab().toImage();
    int darkest = 255;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            darkest = qMin(darkest, qGray(image.pixel(x, y)));
    return darkest;
}

TEST_F(ParameterPanelTest, DerivedValuesAreInTheTextColourNotGrey)
{
    ParameterPanel panel(&document);
    panel.resize(520, 400);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    auto *usedBy = panel.findChild<QLabel *>("used-h800_price");
    ASSERT_NE(usedBy, nullptr);
    ASSERT_TRUE(usedBy->text().contains(" = $")) << usedBy->text().toStdString();
    // Drawn as dark as the parameter's own name beside it (grey looks disabled).
    QLabel *name = nullptr;
    for (QLabel *label : panel.findChildren<QLabel *>())
        if (label->buddy() == static_cast<QWidget *>(panel.spinBox("h800_price")))
            name = label;
    ASSERT_NE(name, nullptr);
    EXPECT_LE(darkestGrey(usedBy), darkestGrey(name) + 24)
        << "derived values " << darkestGrey(usedBy) << ", label " << darkestGrey(name);
}

} // namespace
