#include "spendingscope.h"

#include "figure.h"

#include <QLocale>
#include <QRegularExpression>

namespace {

QString englishScope(const Figure &figure)
{
    static const QRegularExpression spendingOn(
        QStringLiteral("\\b(?:spending|investment|invest|spend)\\s+(?:on|in)\\s+(.+?)[.;]?$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = spendingOn.match(figure.basis.trimmed());
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

// "微软 2025 财年 AI 数据中心投资计划" → "AI 数据中心": the label without the company, the
// year and the words for a plan.
QString chineseScope(const Figure &figure)
{
    QString scope = figure.labelZh;
    if (!figure.entityZh.isEmpty())
        scope.remove(figure.entityZh);
    static const QRegularExpression year(QString::fromUtf8("\\d{4}\\s*(?:财年|年)"));
    static const QRegularExpression plan(QString::fromUtf8("(?:投资计划|支出计划|计划|指引)$"));
    scope.remove(year);
    scope = scope.trimmed();
    scope.remove(plan);
    return scope.trimmed();
}

} // namespace

namespace SpendingScope {

QString of(const Figure &figure)
{
    const QString english = englishScope(figure);
    if (english.isEmpty() || QLocale().language() != QLocale::Chinese)
        return english;
    const QString chinese = chineseScope(figure);
    return chinese.isEmpty() ? english : chinese;
}

} // namespace SpendingScope
