// Must not compile: tests/gtestqt.h turns QtTest's assertion macros into a compile error, because
// inside GoogleTest a false QVERIFY returns from the test and the test passes.
#include <gtest/gtest.h>

TEST(Guard, QtTestMacroIsRefused)
{
    QTRY_VERIFY_WITH_TIMEOUT(false, 50);
    ADD_FAILURE();
}
