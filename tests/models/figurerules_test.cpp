#include "../gtestqt.h"
#include "amountparser.h"
#include "figurerules.h"
#include "testdataset.h"

#include <gtest/gtest.h>

namespace {

// --- The words people use ----------------------------------------------------------------------

struct KindWord
{
    const char *written;
    FigureKind kind;
};

class KindVocabulary : public ::testing::TestWithParam<KindWord>
{
};

TEST_P(KindVocabulary, PlacesTheWordsPeopleWrite)
{
    FigureKind kind = FigureKind::Pledge;
    if (GetParam().kind == FigureKind::Pledge)
        kind = FigureKind::Capex;
    ASSERT_TRUE(FigureText::kindFromText(QString::fromUtf8(GetParam().written), &kind))
        << GetParam().written;
    EXPECT_EQ(kind, GetParam().kind) << GetParam().written;
}

INSTANTIATE_TEST_SUITE_P(
    Table, KindVocabulary,
    ::testing::Values(
        KindWord{"capex-guidance", FigureKind::CapexGuidance},
        KindWord{"capex guidance", FigureKind::CapexGuidance},
        KindWord{"Capex-Guidance", FigureKind::CapexGuidance},
        KindWord{"CAPEX_GUIDANCE", FigureKind::CapexGuidance},
        KindWord{"  Capex  guidance ", FigureKind::CapexGuidance},
        KindWord{"plan", FigureKind::CapexGuidance}, KindWord{"Outlook", FigureKind::CapexGuidance},
        KindWord{"forecast", FigureKind::CapexGuidance},
        KindWord{"指引", FigureKind::CapexGuidance}, KindWord{"预期", FigureKind::CapexGuidance},
        KindWord{"training run", FigureKind::TrainingComputeCost},
        KindWord{"Training cost", FigureKind::TrainingComputeCost},
        KindWord{"compute cost", FigureKind::TrainingComputeCost},
        KindWord{"training_compute_cost", FigureKind::TrainingComputeCost},
        KindWord{"Training-run compute cost", FigureKind::TrainingComputeCost},
        KindWord{"训练成本", FigureKind::TrainingComputeCost}, KindWord{"capex", FigureKind::Capex},
        KindWord{"Capital expenditure", FigureKind::Capex}, KindWord{"资本开支", FigureKind::Capex},
        KindWord{"资本支出", FigureKind::Capex},
        KindWord{"consensus", FigureKind::AnalystConsensus},
        KindWord{"GPU hours", FigureKind::ComputeHours},
        KindWord{"compute_hours", FigureKind::ComputeHours},
        KindWord{"hardware", FigureKind::HardwareEstimate},
        KindWord{"opex", FigureKind::OperatingCostEstimate},
        KindWord{"commitment", FigureKind::Commitment}, KindWord{"PLEDGE", FigureKind::Pledge},
        KindWord{"other", FigureKind::Other}, KindWord{"其他", FigureKind::Other}));

TEST(Vocabulary, EveryKeyAndNameReadsBackAsItsValue)
{
    for (const FigureKind kind : FigureText::allKinds()) {
        FigureKind read = kind == FigureKind::Capex ? FigureKind::Pledge : FigureKind::Capex;
        ASSERT_TRUE(FigureText::kindFromText(FigureText::kindKey(kind), &read));
        EXPECT_EQ(read, kind);
        ASSERT_TRUE(FigureText::kindFromText(FigureText::kindName(kind).toUpper(), &read));
        EXPECT_EQ(read, kind);
        ASSERT_TRUE(FigureText::kindFromKey(FigureText::kindKey(kind), &read)); // the file's keys
        EXPECT_EQ(read, kind);
    }
    for (const FigureStatus status : FigureText::allStatuses()) {
        FigureStatus read{};
        ASSERT_TRUE(FigureText::statusFromText(FigureText::statusName(status), &read));
        EXPECT_EQ(read, status);
    }
    for (const Verification level : FigureText::allLevels()) {
        Verification read{};
        ASSERT_TRUE(FigureText::levelFromText(FigureText::levelKey(level), &read));
        EXPECT_EQ(read, level);
    }
}

TEST(Vocabulary, StatusesLevelsAndUnitsAsPeopleWriteThem)
{
    const auto status = [](const char *text) {
        FigureStatus s = FigureStatus::Stated;
        return FigureText::statusFromText(QString::fromUtf8(text), &s) ? int(s) : -1;
    };
    EXPECT_EQ(status("plan"), int(FigureStatus::Guidance));
    EXPECT_EQ(status("Forecast"), int(FigureStatus::Guidance));
    EXPECT_EQ(status("OUTLOOK"), int(FigureStatus::Guidance));
    EXPECT_EQ(status("预期"), int(FigureStatus::Guidance));
    EXPECT_EQ(status("estimated"), int(FigureStatus::Estimate));
    EXPECT_EQ(status("Actuals"), int(FigureStatus::Actual));
    EXPECT_EQ(status("实际"), int(FigureStatus::Actual));
    EXPECT_EQ(status("sure"), -1);

    const auto level = [](const char *text) {
        Verification v = Verification::Derived;
        return FigureText::levelFromText(QString::fromUtf8(text), &v) ? int(v) : -1;
    };
    EXPECT_EQ(level("Primary"), int(Verification::Primary));
    EXPECT_EQ(level("second-hand"), int(Verification::Secondary));
    EXPECT_EQ(level("一手"), int(Verification::Primary));

    const auto unit = [](const char *text) {
        FigureUnit u = FigureUnit::GpuHours;
        if (QByteArray(text).contains("gpu") || QByteArray(text).contains("GPU"))
            u = FigureUnit::Usd;
        return FigureText::unitFromText(QString::fromUtf8(text), &u) ? int(u) : -1;
    };
    EXPECT_EQ(unit("usd"), int(FigureUnit::Usd));
    EXPECT_EQ(unit("$"), int(FigureUnit::Usd));
    EXPECT_EQ(unit("US dollars"), int(FigureUnit::Usd));
    EXPECT_EQ(unit("美元"), int(FigureUnit::Usd));
    EXPECT_EQ(unit("gpu_hours"), int(FigureUnit::GpuHours));
    EXPECT_EQ(unit("GPU Hours"), int(FigureUnit::GpuHours));
    EXPECT_EQ(unit("EUR"), -1);
}

TEST(Vocabulary, AWordNoKindHasIsNotPlaced)
{
    FigureKind kind = FigureKind::Capex;
    for (const char *word : {"salary", "", "capx", "-"})
        EXPECT_FALSE(FigureText::kindFromText(QString::fromUtf8(word), &kind)) << word;
    EXPECT_EQ(kind, FigureKind::Capex) << "left as it was";
}

// --- The rules ---------------------------------------------------------------------------------

Figure goodFigure()
{
    Figure f = makeFigure("meta-capex-2024", "Meta", FigureKind::Capex, 2024, 39.23e9, 39.23e9);
    f.source.url = "https://investor.atmeta.com/";
    return f;
}

struct UrlCase
{
    const char *url;
    const char *says; // empty: accepted
};

class UrlRule : public ::testing::TestWithParam<UrlCase>
{
};

TEST_P(UrlRule, OnlyWebAddressesWithoutCredentials)
{
    const QString why = FigureRules::urlProblem(QString::fromUtf8(GetParam().url));
    EXPECT_EQ(why.isEmpty(), !*GetParam().says) << GetParam().url << ": " << qPrintable(why);
    EXPECT_TRUE(why.contains(QString::fromUtf8(GetParam().says))) << qPrintable(why);
}

INSTANTIATE_TEST_SUITE_P(
    Table, UrlRule,
    ::testing::Values(UrlCase{"https://investor.atmeta.com/", ""},
                      UrlCase{"HTTP://example.com/a?b=c#d", ""},
                      UrlCase{"https://medium.com/@writer/post", ""}, UrlCase{"", ""},
                      UrlCase{"javascript:alert(1)", "is not a web address"},
                      UrlCase{"file:///etc/passwd", "is not a web address"},
                      UrlCase{"data:text/html,<b>x</b>", "is not a web address"},
                      UrlCase{"ftp://example.com/x", "is not a web address"},
                      UrlCase{"https://", "is not a web address"},
                      UrlCase{"https://user:pw@example.com/", "user name or password"},
                      UrlCase{"https://user@example.com/", "user name or password"},
                      UrlCase{"https://@example.com/", "user name or password"}));

TEST(FigureRules, AGoodFigureBreaksNoRule)
{
    EXPECT_TRUE(FigureRules::check(goodFigure()).isEmpty());
}

TEST(FigureRules, EachBrokenRuleIsNamedWithItsField)
{
    Figure f = goodFigure();
    f.entity = " ";
    f.year = 1850;
    f.low = 2;
    f.high = 1;
    f.source.title.clear();
    f.source.url = "javascript:alert(1)";
    QList<FigureField> fields;
    for (const FigureProblem &p : FigureRules::check(f)) {
        fields.append(p.field);
        EXPECT_FALSE(p.warning);
        EXPECT_FALSE(p.message.isEmpty());
    }
    EXPECT_EQ(fields,
              (QList<FigureField>{FigureField::Entity, FigureField::Year, FigureField::Amount,
                                  FigureField::SourceTitle, FigureField::Url}));
    f = goodFigure();
    f.high = 2e16;
    ASSERT_EQ(FigureRules::check(f).size(), 1);
    EXPECT_EQ(FigureRules::check(f).front().message, "An amount must be a number from 0 to 10^16.");
}

// --- One amount parser: a comma before other than three digits is never a thousands mark -------

struct AmountCase
{
    const char *text;
    double value; // < 0: refused
};

class AppAmounts : public ::testing::TestWithParam<AmountCase>
{
};

TEST_P(AppAmounts, ReadTheDecimalMarkFromTheTextItself)
{
    const ParsedAmount a = parseAmount(QString::fromUtf8(GetParam().text));
    if (GetParam().value < 0) {
        EXPECT_FALSE(a.ok) << GetParam().text << " read as " << a.low;
        EXPECT_TRUE(a.error.contains(QString::fromUtf8(GetParam().text))) << qPrintable(a.error);
        return;
    }
    ASSERT_TRUE(a.ok) << GetParam().text << ": " << qPrintable(a.error);
    EXPECT_DOUBLE_EQ(a.low, GetParam().value) << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(Table, AppAmounts,
                         ::testing::Values(AmountCase{"5,5B", 5.5e9}, AmountCase{"$5,5B", 5.5e9},
                                           AmountCase{"39,23", 39.23}, AmountCase{"1,234", 1234},
                                           AmountCase{"5,576,000", 5.576e6},
                                           AmountCase{"1.234,5", 1234.5},
                                           AmountCase{"1,234.5", 1234.5},
                                           AmountCase{"0,576", 0.576}, AmountCase{"1,23,456", -1},
                                           AmountCase{"12,34,567", -1}, AmountCase{"5,5,5B", -1}));

} // namespace

// Sentences joined: a space after an English stop, none after a Chinese one.
TEST(FigureText, SentencesJoinWithASpaceOnlyAfterAnEnglishStop)
{
    EXPECT_EQ(FigureText::joinSentences({"A pledge is not spending.", "", "Guidance is not outcome."}),
              "A pledge is not spending. Guidance is not outcome.");
    EXPECT_EQ(FigureText::joinSentences({QString::fromUtf8("资本支出购置长期资产。"), QString::fromUtf8("承诺投资不等于实际支出。")}),
              QString::fromUtf8("资本支出购置长期资产。承诺投资不等于实际支出。"));
    EXPECT_EQ(FigureText::joinSentences({QString::fromUtf8("注意。"), "DeepSeek-V3 is derived."}),
              QString::fromUtf8("注意。DeepSeek-V3 is derived."));
}

// No space between two Chinese characters, a space kept beside a Latin name or number.
TEST(FigureText, ChineseSpacingKeepsSpacesOnlyBesideLatinText)
{
    EXPECT_EQ(FigureText::tidyChineseSpacing(QString::fromUtf8("且微软 的年份为财年，Meta 的年份 2025年 计划")),
              QString::fromUtf8("且微软的年份为财年，Meta 的年份 2025年计划"));
    EXPECT_EQ(FigureText::tidyChineseSpacing("Meta capex by year"), "Meta capex by year");
}

