#include "../gtestqt.h"
#include "document.h"
#include "equivalents.h"
#include "figuremodel.h"
#include "growthmodel.h"
#include "guidancehistory.h"
#include "modeltesting.h"
#include "parametermodel.h"
#include "ratiomodel.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <gtest/gtest.h>

namespace {

// The built-in dataset, where DeepSeek-V3's cost is 2,788K GPU-hours × h800_price and
// Llama 3.1 405B's is 30.84M GPU-hours × h100_price.
class ExplorationTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const DatasetRead read = DatasetJson::builtIn();
        ASSERT_TRUE(read.ok) << qPrintable(read.error);
        document.load(read.dataset);
        attachTester(document.figures());
        attachTester(document.ratios());
        attachTester(document.growth());
        attachTester(document.parameters());
    }
    FigureModel &figures() { return *document.figures(); }
    int row(const char *id) { return figures().rowOf(QString::fromLatin1(id)); }
    QString text(QAbstractItemModel *model, int r, int column)
    {
        return model->index(r, column).data().toString();
    }
    Document document;
};

// Rows announced by dataChanged signals caught by spy.
QSet<int> announcedRows(const QSignalSpy &spy, int column)
{
    QSet<int> rows;
    for (const QList<QVariant> &args : spy) {
        const QModelIndex from = args.at(0).toModelIndex();
        const QModelIndex to = args.at(1).toModelIndex();
        if (from.column() <= column && column <= to.column())
            for (int r = from.row(); r <= to.row(); ++r)
                rows.insert(r);
    }
    return rows;
}

TEST_F(ExplorationTest, TheBuiltInCostsAreDerivedFromHoursAndPrices)
{
    EXPECT_DOUBLE_EQ(figures().figure(row("deepseek-v3-total")).high, 2.788e6 * 2);
    EXPECT_DOUBLE_EQ(figures().figure(row("llama31-405b-compute-at-price")).high, 30.84e6 * 2);
    EXPECT_EQ(document.derivationText(row("deepseek-v3-total")),
              QString::fromUtf8("derived: 2.788M GPU-hours × $2.00 per GPU-hour"));
    EXPECT_TRUE(document.derivationText(row("meta-capex-2024")).isEmpty());
}

TEST_F(ExplorationTest, APriceChangeUpdatesExactlyTheCellsThatDependOnIt)
{
    QSignalSpy figureSpy(document.figures(), &QAbstractItemModel::dataChanged);
    QSignalSpy ratioSpy(document.ratios(), &QAbstractItemModel::dataChanged);
    // H100 price: only Llama's cost depends on it (the baseline, DeepSeek-V3, does not).
    ASSERT_EQ(document.setParameter("h100_price", 3), QString());
    const int llama = row("llama31-405b-compute-at-price");
    EXPECT_DOUBLE_EQ(figures().figure(llama).high, 30.84e6 * 3);
    EXPECT_EQ(announcedRows(figureSpy, FigureModel::ValueColumn), QSet<int>({llama}));
    EXPECT_EQ(announcedRows(ratioSpy, RatioModel::MultipleColumn), QSet<int>({llama}));
    EXPECT_EQ(text(document.ratios(), llama, RatioModel::MultipleColumn), QString::fromUtf8("16.6×"));
}

TEST_F(ExplorationTest, ThreeDollarsAnHourGivesTheIssuesRatio)
{
    QSignalSpy figureSpy(document.figures(), &QAbstractItemModel::dataChanged);
    ASSERT_EQ(document.setParameter("h800_price", 3), QString());
    // The run's cost and its three stages are priced in H800-hours; nothing else moves.
    EXPECT_EQ(announcedRows(figureSpy, FigureModel::ValueColumn),
              QSet<int>({row("deepseek-v3-total"), row("deepseek-v3-pretraining"),
                         row("deepseek-v3-context-extension"), row("deepseek-v3-post-training")}));
    EXPECT_DOUBLE_EQ(figures().figure(row("deepseek-v3-pretraining")).high, 2664e3 * 3);
    // 60B / (2.788M × 3) = 7,173.6; 65B / 8.364M = 7,771.4.
    EXPECT_EQ(text(document.ratios(), row("meta-capex-2025-guidance-2025-01"), RatioModel::MultipleColumn),
              QString::fromUtf8("7,170–7,770×"));
    EXPECT_EQ(text(document.parameters(), document.parameters()->rowOf("h800_price"),
                   ParameterModel::ValueColumn),
              QString::fromUtf8("$3.00 per GPU-hour"));
    // A slider's drag is one undo step; undo puts every number back.
    ASSERT_EQ(document.setParameter("h800_price", 3.5), QString());
    document.undoStack()->undo();
    EXPECT_DOUBLE_EQ(figures().figure(row("deepseek-v3-total")).high, 5.576e6);
    EXPECT_EQ(text(document.ratios(), row("meta-capex-2025-guidance-2025-01"), RatioModel::MultipleColumn),
              QString::fromUtf8("10,800–11,700×"));
}

TEST_F(ExplorationTest, BadParameterValuesAreRefusedAndChangeNothing)
{
    EXPECT_EQ(document.setParameter("h800_price", -1),
              QString::fromUtf8("H800 rental price: the value must be a non-negative number."));
    EXPECT_EQ(document.setParameter("gpu_price", 3), QString::fromUtf8("There is no parameter “gpu_price”."));
    EXPECT_EQ(document.undoStack()->count(), 0);
    QSignalSpy rejected(document.parameters(), &ParameterModel::editRejected);
    QAbstractItemModel *model = document.parameters();
    EXPECT_FALSE(model->setData(model->index(0, ParameterModel::ValueColumn), "three"));
    ASSERT_EQ(rejected.count(), 1);
    EXPECT_TRUE(model->setData(model->index(0, ParameterModel::ValueColumn), "$2.50/h"));
    EXPECT_DOUBLE_EQ(figures().figure(row("deepseek-v3-total")).high, 2.788e6 * 2.5);
}

TEST_F(ExplorationTest, DerivedValuesCannotBeTypedOverAndTheirInputsCannotBeDeleted)
{
    QSignalSpy rejected(document.figures(), &FigureModel::editRejected);
    EXPECT_FALSE(figures().setData(figures().index(row("deepseek-v3-total"), FigureModel::ValueColumn), "6M"));
    ASSERT_EQ(rejected.count(), 1);
    EXPECT_TRUE(rejected.first().first().toString().contains("derived from a formula"));
    EXPECT_EQ(document.removalProblem({row("deepseek-v3-gpu-hours")}),
              QString::fromUtf8("“DeepSeek-V3 H800 GPU-hours” cannot be deleted: the formula of "
                                "“DeepSeek-V3 final training run” uses it."));
    EXPECT_EQ(document.removalProblem({row("deepseek-v3-gpu-hours"), row("deepseek-v3-total")}), QString());
}

TEST_F(ExplorationTest, AFormulaThatMakesACycleIsRefused)
{
    Figure hours = figures().figure(row("deepseek-v3-gpu-hours"));
    hours.formula = "{deepseek-v3-total} / h800_price";
    EXPECT_TRUE(document.formulaProblem(row("deepseek-v3-gpu-hours"), hours)
                    .endsWith(QString::fromUtf8("depends on itself through its formula.")));
    hours.formula = "{meta-capex-2024} / h900_price";
    EXPECT_TRUE(document.formulaProblem(row("deepseek-v3-gpu-hours"), hours).contains("h900_price"));
}

TEST_F(ExplorationTest, ParametersFormulasAndViewSurviveSaveAndOpen)
{
    ASSERT_EQ(document.setParameter("h800_price", 3), QString());
    document.setRangeMode(NumberFormat::RangeMode::Mid);
    FigureFilter filter;
    filter.kinds = {FigureKind::Capex};
    filter.fromYear = 2022;
    document.setFilter(filter);
    QTemporaryDir dir;
    QString error;
    const QString path = dir.filePath("what-if.spendlens");
    ASSERT_TRUE(document.saveAs(path, &error)) << qPrintable(error);
    Document reopened;
    ASSERT_TRUE(reopened.open(path, &error)) << qPrintable(error);
    EXPECT_EQ(reopened.parameters()->parameters(), document.parameters()->parameters());
    EXPECT_EQ(reopened.figures()->figure(row("deepseek-v3-total")).formula,
              QString("{deepseek-v3-gpu-hours} * h800_price"));
    EXPECT_DOUBLE_EQ(reopened.figures()->figure(row("deepseek-v3-total")).high, 8.364e6);
    EXPECT_EQ(reopened.rangeMode(), NumberFormat::RangeMode::Mid);
    EXPECT_EQ(reopened.filter(), filter);
}

TEST_F(ExplorationTest, RangeModeChangesEveryTableAndTheChartRows)
{
    const int plan = row("meta-capex-2025-guidance-2025-01");
    const auto show = [&](NumberFormat::RangeMode mode) -> QString {
        document.setRangeMode(mode);
        return text(document.figures(), plan, FigureModel::ValueColumn) + " " +
               text(document.ratios(), plan, RatioModel::MultipleColumn);
    };
    EXPECT_EQ(show(NumberFormat::RangeMode::Range), QString::fromUtf8("$60.0–65.0B 10,800–11,700×"));
    EXPECT_EQ(show(NumberFormat::RangeMode::Low), QString::fromUtf8("$60.0B 10,800×"));
    EXPECT_EQ(show(NumberFormat::RangeMode::Mid), QString::fromUtf8("$62.5B 11,200×"));
    EXPECT_EQ(show(NumberFormat::RangeMode::High), QString::fromUtf8("$65.0B 11,700×"));
    // Growth: 2025 guidance against 2024's $39.23B actual.
    GrowthModel &growth = *document.growth();
    int year = -1;
    for (int r = 0; r < growth.rowCount(); ++r)
        if (growth.yearRow(r).year == 2025)
            year = r;
    ASSERT_GE(year, 0);
    document.setRangeMode(NumberFormat::RangeMode::Range);
    EXPECT_EQ(text(&growth, year, GrowthModel::GuidanceChangeColumn), QString::fromUtf8("+52.9% to +65.7%"));
    document.setRangeMode(NumberFormat::RangeMode::Mid);
    EXPECT_EQ(text(&growth, year, GrowthModel::GuidanceChangeColumn), QString::fromUtf8("+59.3%"));
    document.undoStack()->undo();
    EXPECT_EQ(document.rangeMode(), NumberFormat::RangeMode::Range);
}

TEST_F(ExplorationTest, FiltersChangeWhatTheChartsReceive)
{
    const QVector<int> all = document.ratios()->chartRows();
    FigureFilter filter;
    filter.entities = {"Meta"};
    document.setFilter(filter);
    QVector<int> rows = document.ratios()->chartRows();
    ASSERT_EQ(rows.size(), 4); // Meta's three compared figures, then the baseline
    for (int r : rows.mid(0, 3))
        EXPECT_EQ(figures().figure(r).entity, "Meta");
    EXPECT_EQ(rows.last(), row("deepseek-v3-total")); // the baseline stays
    filter = FigureFilter();
    filter.statuses = {FigureStatus::Actual};
    document.setFilter(filter);
    EXPECT_EQ(document.ratios()->chartRows(),
              QVector<int>({row("meta-capex-2025"), row("meta-capex-2024"), row("deepseek-v3-total")}));
    filter = FigureFilter();
    filter.fromYear = 2022;
    filter.toYear = 2024;
    document.setFilter(filter);
    GrowthModel &growth = *document.growth();
    ASSERT_EQ(growth.rowCount(), 3);
    EXPECT_EQ(growth.yearRow(0).year, 2022);
    EXPECT_EQ(text(&growth, 0, GrowthModel::ActualChangeColumn), QString::fromUtf8("+66.5%")); // 32.04 / 19.24
    document.undoStack()->undo();
    document.undoStack()->undo();
    document.undoStack()->undo();
    EXPECT_EQ(document.ratios()->chartRows(), all);
}

TEST_F(ExplorationTest, PresetsSelectWhatTheySay)
{
    const QVector<Preset> presets = Presets::all();
    ASSERT_EQ(presets.size(), 3);
    for (const Preset &preset : presets) {
        ASSERT_EQ(document.applyPreset(preset), QString()) << qPrintable(preset.name);
        EXPECT_EQ(document.ratios()->baselineId(), preset.baseline);
        EXPECT_EQ(document.ratios()->comparedIds(), preset.compared) << qPrintable(preset.name);
        EXPECT_EQ(document.ratios()->chartRows().size(), preset.compared.size() + 1);
    }
    Preset preset;
    ASSERT_TRUE(Presets::find("hyperscalers-2025", &preset));
    ASSERT_EQ(document.applyPreset(preset), QString());
    QStringList entities;
    for (int r : document.ratios()->chartRows())
        entities.append(figures().figure(r).entity);
    entities.sort();
    EXPECT_EQ(entities, QStringList({"Alphabet", "Amazon", "Meta", "Microsoft"}));
    // One click, one undo step.
    const QString before = document.ratios()->baselineId();
    ASSERT_TRUE(Presets::find("meta-vs-deepseek", &preset));
    ASSERT_EQ(document.applyPreset(preset), QString());
    document.undoStack()->undo();
    EXPECT_EQ(document.ratios()->baselineId(), before);
}

TEST_F(ExplorationTest, GuidanceHistoryListsEachStatementThenTheActual)
{
    const QVector<GuidanceHistory::Statement> s = GuidanceHistory::statements(figures(), "Meta", 2025);
    ASSERT_EQ(s.size(), 5);
    const double lows[] = {60e9, 64e9, 66e9, 70e9, 72.22e9};
    const double highs[] = {65e9, 72e9, 72e9, 72e9, 72.22e9};
    for (int i = 0; i < 5; ++i) {
        EXPECT_DOUBLE_EQ(s[i].low, lows[i]) << i;
        EXPECT_DOUBLE_EQ(s[i].high, highs[i]) << i;
        EXPECT_EQ(s[i].actual, i == 4);
    }
    EXPECT_EQ(s[0].date, QDate(2025, 1, 24));
    EXPECT_EQ(s[4].date, QDate(2026, 1, 28));
    const QVector<GuidanceHistory::Subject> subjects = GuidanceHistory::subjects(figures());
    ASSERT_FALSE(subjects.isEmpty());
    EXPECT_EQ(subjects.first().entity, "Meta");
    EXPECT_EQ(subjects.first().year, 2025);
    EXPECT_EQ(subjects.first().statements, 4);
}

TEST_F(ExplorationTest, AFigureInTermsOfOthers)
{
    document.setRangeMode(NumberFormat::RangeMode::Mid); // $62.5B
    const QVector<Equivalents::Line> lines = Equivalents::of(
        figures(), document.parameters()->parameters(), row("meta-capex-2025-guidance-2025-01"),
        row("deepseek-v3-total"));
    ASSERT_EQ(lines.size(), 4);
    EXPECT_EQ(lines[0].text, QString::fromUtf8("= 11,200 × DeepSeek-V3 final training run ($5.58M each)"));
    EXPECT_NEAR(lines[0].value.mid(), 62.5e9 / 5.576e6, 1e-6);
    EXPECT_EQ(lines[1].text, QString::fromUtf8("= 31.3B GPU-hours at $2.00 per GPU-hour (H800 rental price)"));
    EXPECT_EQ(lines[3].text, QString::fromUtf8("= 159% of Meta capex 2024 ($39.2B)"));
    EXPECT_NEAR(lines[3].value.mid(), 62.5 / 39.23, 1e-12);
    document.setRangeMode(NumberFormat::RangeMode::Range);
    const QVector<Equivalents::Line> ranged = Equivalents::of(
        figures(), document.parameters()->parameters(), row("meta-capex-2025-guidance-2025-01"), -1);
    EXPECT_EQ(ranged[2].text, QString::fromUtf8("= 153–166% of Meta capex 2024 ($39.2B)"));
}

} // namespace
