// A document of 4,096 figures or more has its figures read in two halves at once: what it gives
// must be what reading one figure after another gives, to the first failure, its reason and the
// problems and warnings before it, and a cancel must still stop it.
#include "../gtestqt.h"
#include "dataset.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

constexpr int kCount = 6'000;

QByteArray idOf(int i)
{
    return "f-" + QByteArray::number(i);
}

// count figures, one a line as documents are written, ids f-0, f-1, …
QList<QByteArray> documentLines(int count = kCount)
{
    Dataset d;
    const Figure base = DatasetJson::builtIn().dataset.figures.first();
    for (int i = 0; i < count; ++i) {
        Figure f = base;
        f.id = QString::fromLatin1(idOf(i));
        f.label = QStringLiteral("Figure %1").arg(i);
        f.low = f.high = 1000 + i;
        d.figures.append(f);
    }
    return DatasetJson::write(d).split('\n');
}

// Changes the line of figure i: replaces from with to in it.
void change(QList<QByteArray> *lines, int i, const QByteArray &from, const QByteArray &to)
{
    const QByteArray id = "\"id\":\"" + idOf(i) + "\"";
    for (QByteArray &line : *lines) {
        if (line.contains(id)) {
            ASSERT_TRUE(line.contains(from)) << line.constData();
            line.replace(from, to);
            return;
        }
    }
    FAIL() << "no line for figure " << i;
}

QByteArray kindOf(const QList<QByteArray> &lines)
{
    const QByteArray &line = lines.at(lines.size() / 2);
    const qsizetype at = line.indexOf("\"kind\":\"");
    return line.mid(at, line.indexOf('"', at + 8) + 1 - at);
}

DatasetRead readLines(const QList<QByteArray> &lines)
{
    return DatasetJson::read(lines.join('\n'), QStringLiteral("big.spendlens"));
}

TEST(ParallelDocument, EveryFigureComesInWithItsProblemsAndWarningsInOrder)
{
    QList<QByteArray> lines = documentLines();
    const QByteArray kind = kindOf(lines);
    for (const int i : {10, 5'000})
        change(&lines, i, kind, "\"kind\":\"mystery\"");
    const DatasetRead read = readLines(lines);
    ASSERT_TRUE(read.ok) << qPrintable(read.error);
    ASSERT_EQ(read.dataset.figures.size(), kCount);
    for (const int i : {0, 2'999, 3'000, 3'001, kCount - 1}) {
        EXPECT_EQ(read.dataset.figures.at(i).id, QString::fromLatin1(idOf(i)));
        EXPECT_EQ(read.dataset.figures.at(i).low, 1000 + i);
    }
    ASSERT_EQ(read.warnings.size(), 2);
    EXPECT_TRUE(read.warnings.at(0).startsWith(QStringLiteral("figure 11 (f-10): "))) << qPrintable(read.warnings.at(0));
    EXPECT_TRUE(read.warnings.at(1).startsWith(QStringLiteral("figure 5001 (f-5000): "))) << qPrintable(read.warnings.at(1));
}

TEST(ParallelDocument, TheFirstFailureInTheListIsTheOneNamed)
{
    const QList<QByteArray> good = documentLines();
    const QByteArray kind = kindOf(good);

    // A repeated id in the second half, before a broken figure later in it.
    QList<QByteArray> lines = good;
    change(&lines, 4'500, "\"id\":\"f-4500\"", "\"id\":\"f-4400\"");
    change(&lines, 5'000, kind, "\"kind\":5");
    change(&lines, 20, kind, "\"kind\":\"mystery\"");
    change(&lines, 4'700, kind, "\"kind\":\"mystery\"");
    DatasetRead read = readLines(lines);
    EXPECT_FALSE(read.ok);
    EXPECT_EQ(read.error, QString::fromUtf8("big.spendlens: figure 4501: the id “f-4400” is used twice."));
    EXPECT_EQ(read.warnings.size(), 1); // figure 21's, not figure 4,701's

    // A broken figure in the first half, before the repeated id.
    lines = good;
    change(&lines, 100, kind, "\"kind\":5");
    change(&lines, 4'500, "\"id\":\"f-4500\"", "\"id\":\"f-4400\"");
    read = readLines(lines);
    EXPECT_EQ(read.error, QString::fromUtf8("big.spendlens: figure 101 (f-100): “kind” must be text."));

    // Both halves broken: the first half's last figure and the second half's first.
    lines = good;
    change(&lines, kCount / 2 - 1, kind, "\"kind\":5");
    change(&lines, kCount / 2, kind, "\"kind\":6");
    read = readLines(lines);
    EXPECT_EQ(read.error, QString::fromUtf8("big.spendlens: figure 3000 (f-2999): “kind” must be text."));

    // A broken figure in the second half only.
    lines = good;
    change(&lines, 5'999, kind, "\"kind\":5");
    read = readLines(lines);
    EXPECT_EQ(read.error, QString::fromUtf8("big.spendlens: figure 6000 (f-5999): “kind” must be text."));

    // A figure that is no object, in the second half.
    lines = good;
    for (QByteArray &line : lines)
        if (line.contains("\"id\":\"f-5200\""))
            line = line.endsWith(',') ? "5," : "5";
    read = readLines(lines);
    EXPECT_EQ(read.error, QString::fromUtf8("big.spendlens: figure 5201: must be an object."));
}

TEST(ParallelDocument, ProgressGoesOnToTheEndAndACancelStopsTheFigures)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("big.spendlens"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(documentLines(3 * kCount).join('\n'));
    file.close();
    ASSERT_GT(file.size(), 8 * 1024 * 1024); // read through a memory map whose pages are let go

    QVector<int> told;
    const DatasetRead whole = DatasetJson::readFile(path, [&told](int perMille) {
        told.append(perMille);
        return true;
    });
    ASSERT_TRUE(whole.ok) << qPrintable(whole.error);
    ASSERT_FALSE(told.isEmpty());
    EXPECT_TRUE(std::is_sorted(told.cbegin(), told.cend()));
    EXPECT_GE(told.back(), 900); // both halves' progress, not the first half's alone

    const DatasetRead stopped = DatasetJson::readFile(path, [](int perMille) { return perMille < 500; });
    EXPECT_TRUE(stopped.cancelled);
    EXPECT_FALSE(stopped.ok);
}

} // namespace
