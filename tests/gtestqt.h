#pragma once
// Included first in every test translation unit (tests/CMakeLists.txt passes it with -include).

#include <QString>
#include <QtTest/qtestcase.h>
#include <ostream>

// Lets GoogleTest print QString values in failure messages as text.
inline void PrintTo(const QString &text, std::ostream *os) { *os << '"' << text.toStdString() << '"'; }

// QtTest's assertion macros report to QtTest's logger, which GoogleTest never reads: a false one
// returns from the test and the test passes. They are made a compile error here, so they cannot come
// back. Check with EXPECT_/ASSERT_; wait with ASSERT_TRUE(QTest::qWaitFor(...)).
// tests/guard/ proves that a use fails to compile.
#define SPENDLENS_NO_QTEST_MACRO(name)                                                                    \
    static_assert(false, "QtTest's " name " reports to a logger GoogleTest never reads; use "              \
                         "EXPECT_/ASSERT_ and ASSERT_TRUE(QTest::qWaitFor(...))")
#undef QVERIFY
#undef QVERIFY2
#undef QFAIL
#undef QCOMPARE
#undef QCOMPARE_EQ
#undef QCOMPARE_NE
#undef QCOMPARE_LT
#undef QCOMPARE_LE
#undef QCOMPARE_GT
#undef QCOMPARE_GE
#undef QTRY_VERIFY
#undef QTRY_VERIFY2
#undef QTRY_COMPARE
#undef QTRY_VERIFY_WITH_TIMEOUT
#undef QTRY_VERIFY2_WITH_TIMEOUT
#undef QTRY_COMPARE_WITH_TIMEOUT
#undef QTRY_COMPARE_EQ
#undef QTRY_COMPARE_NE
#undef QTRY_COMPARE_LT
#undef QTRY_COMPARE_LE
#undef QTRY_COMPARE_GT
#undef QTRY_COMPARE_GE
#undef QTRY_COMPARE_EQ_WITH_TIMEOUT
#undef QTRY_COMPARE_NE_WITH_TIMEOUT
#undef QTRY_COMPARE_LT_WITH_TIMEOUT
#undef QTRY_COMPARE_LE_WITH_TIMEOUT
#undef QTRY_COMPARE_GT_WITH_TIMEOUT
#undef QTRY_COMPARE_GE_WITH_TIMEOUT
#undef QSKIP
#undef QEXPECT_FAIL
#undef QVERIFY_THROWS_EXCEPTION
#undef QVERIFY_THROWS_NO_EXCEPTION
#undef QVERIFY_EXCEPTION_THROWN
#define QVERIFY(...) SPENDLENS_NO_QTEST_MACRO("QVERIFY")
#define QVERIFY2(...) SPENDLENS_NO_QTEST_MACRO("QVERIFY2")
#define QFAIL(...) SPENDLENS_NO_QTEST_MACRO("QFAIL")
#define QCOMPARE(...) SPENDLENS_NO_QTEST_MACRO("QCOMPARE")
#define QCOMPARE_EQ(...) SPENDLENS_NO_QTEST_MACRO("QCOMPARE_EQ")
#define QCOMPARE_NE(...) SPENDLENS_NO_QTEST_MACRO("QCOMPARE_NE")
#define QCOMPARE_LT(...) SPENDLENS_NO_QTEST_MACRO("QCOMPARE_LT")
#define QCOMPARE_LE(...) SPENDLENS_NO_QTEST_MACRO("QCOMPARE_LE")
#define QCOMPARE_GT(...) SPENDLENS_NO_QTEST_MACRO("QCOMPARE_GT")
#define QCOMPARE_GE(...) SPENDLENS_NO_QTEST_MACRO("QCOMPARE_GE")
#define QTRY_VERIFY(...) SPENDLENS_NO_QTEST_MACRO("QTRY_VERIFY")
#define QTRY_VERIFY2(...) SPENDLENS_NO_QTEST_MACRO("QTRY_VERIFY2")
#define QTRY_COMPARE(...) SPENDLENS_NO_QTEST_MACRO("QTRY_COMPARE")
#define QTRY_VERIFY_WITH_TIMEOUT(...) SPENDLENS_NO_QTEST_MACRO("QTRY_VERIFY_WITH_TIMEOUT")
#define QTRY_VERIFY2_WITH_TIMEOUT(...) SPENDLENS_NO_QTEST_MACRO("QTRY_VERIFY2_WITH_TIMEOUT")
#define QTRY_COMPARE_WITH_TIMEOUT(...) SPENDLENS_NO_QTEST_MACRO("QTRY_COMPARE_WITH_TIMEOUT")
#define QTRY_COMPARE_EQ(...) SPENDLENS_NO_QTEST_MACRO("QTRY_COMPARE_EQ")
#define QTRY_COMPARE_NE(...) SPENDLENS_NO_QTEST_MACRO("QTRY_COMPARE_NE")
#define QTRY_COMPARE_LT(...) SPENDLENS_NO_QTEST_MACRO("QTRY_COMPARE_LT")
#define QTRY_COMPARE_LE(...) SPENDLENS_NO_QTEST_MACRO("QTRY_COMPARE_LE")
#define QTRY_COMPARE_GT(...) SPENDLENS_NO_QTEST_MACRO("QTRY_COMPARE_GT")
#define QTRY_COMPARE_GE(...) SPENDLENS_NO_QTEST_MACRO("QTRY_COMPARE_GE")
#define QTRY_COMPARE_EQ_WITH_TIMEOUT(...) SPENDLENS_NO_QTEST_MACRO("QTRY_COMPARE_EQ_WITH_TIMEOUT")
#define QTRY_COMPARE_NE_WITH_TIMEOUT(...) SPENDLENS_NO_QTEST_MACRO("QTRY_COMPARE_NE_WITH_TIMEOUT")
#define QTRY_COMPARE_LT_WITH_TIMEOUT(...) SPENDLENS_NO_QTEST_MACRO("QTRY_COMPARE_LT_WITH_TIMEOUT")
#define QTRY_COMPARE_LE_WITH_TIMEOUT(...) SPENDLENS_NO_QTEST_MACRO("QTRY_COMPARE_LE_WITH_TIMEOUT")
#define QTRY_COMPARE_GT_WITH_TIMEOUT(...) SPENDLENS_NO_QTEST_MACRO("QTRY_COMPARE_GT_WITH_TIMEOUT")
#define QTRY_COMPARE_GE_WITH_TIMEOUT(...) SPENDLENS_NO_QTEST_MACRO("QTRY_COMPARE_GE_WITH_TIMEOUT")
#define QSKIP(...) SPENDLENS_NO_QTEST_MACRO("QSKIP")
#define QEXPECT_FAIL(...) SPENDLENS_NO_QTEST_MACRO("QEXPECT_FAIL")
#define QVERIFY_THROWS_EXCEPTION(...) SPENDLENS_NO_QTEST_MACRO("QVERIFY_THROWS_EXCEPTION")
#define QVERIFY_THROWS_NO_EXCEPTION(...) SPENDLENS_NO_QTEST_MACRO("QVERIFY_THROWS_NO_EXCEPTION")
#define QVERIFY_EXCEPTION_THROWN(...) SPENDLENS_NO_QTEST_MACRO("QVERIFY_EXCEPTION_THROWN")

#include <QStringList>
#include <QtCore/qtestsupport_core.h>
#include <gtest/gtest.h>

// Waits (up to timeoutMs, running the event loop) until texts() contains text: charts place their
// labels once a rebuilt chart is laid out, on a later pass of the event loop. The failure says what
// was there instead.
template <typename Texts>
::testing::AssertionResult eventuallyContains(Texts texts, const QString &text, int timeoutMs = 5000)
{
    if (QTest::qWaitFor([&] { return texts().contains(text); }, timeoutMs))
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << "after " << timeoutMs << " ms, \"" << text.toStdString()
                                         << "\" is not among: " << texts().join(" | ").toStdString();
}
