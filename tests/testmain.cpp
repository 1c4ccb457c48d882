// Test entry point: the Qt application object exists before any test runs, on the offscreen
// platform unless the environment says otherwise, so widget and export tests need no display.
#include <QApplication>
#include <QLocale>
#include <QStandardPaths>
#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Settings and data go to throwaway test locations, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    // The suite reads as an English-speaking user sees it, whatever the machine's locale.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
