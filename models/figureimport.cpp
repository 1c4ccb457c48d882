#include "figureimport.h"

#include "csvreader.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <array>

namespace {

// Translations are filed under "FigureImport", for lupdate and at run time alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FigureImport)
};

struct FieldInfo
{
    ImportField field;
    const char *name;
    const char *synonyms; // headers reduced to lower-case letters and digits, space-separated
};

const std::array<FieldInfo, 21> kFields{{
    {ImportField::Id, QT_TRANSLATE_NOOP("FigureImport", "id"), "id figureid identifier"},
    {ImportField::Entity, QT_TRANSLATE_NOOP("FigureImport", "entity"),
     "entity company organisation organization org firm lab name 公司 实体 机构"},
    {ImportField::Label, QT_TRANSLATE_NOOP("FigureImport", "label"),
     "label description item metric measure figure what 名称 项目"},
    {ImportField::Kind, QT_TRANSLATE_NOOP("FigureImport", "kind"), "kind type category 类型 类别"},
    {ImportField::Year, QT_TRANSLATE_NOOP("FigureImport", "year"),
     "year fiscalyear fy calendaryear 年份 年度 年"},
    {ImportField::Period, QT_TRANSLATE_NOOP("FigureImport", "period"), "period periodlabel 期间"},
    {ImportField::Value, QT_TRANSLATE_NOOP("FigureImport", "value"),
     "value amount valueusd amountusd usd spend spending cost total capex 金额 数值 数额"},
    {ImportField::Low, QT_TRANSLATE_NOOP("FigureImport", "low"),
     "low min minimum lowend lower rangelow from 下限 最低"},
    {ImportField::High, QT_TRANSLATE_NOOP("FigureImport", "high"),
     "high max maximum highend upper rangehigh to 上限 最高"},
    {ImportField::Unit, QT_TRANSLATE_NOOP("FigureImport", "unit"), "unit units 单位"},
    {ImportField::Status, QT_TRANSLATE_NOOP("FigureImport", "status"), "status 状态"},
    {ImportField::Stated, QT_TRANSLATE_NOOP("FigureImport", "stated"),
     "stated statedon announced announcedon asof"},
    {ImportField::SourceTitle, QT_TRANSLATE_NOOP("FigureImport", "source title"),
     "source sourcetitle title headline 来源 出处"},
    {ImportField::Publisher, QT_TRANSLATE_NOOP("FigureImport", "publisher"),
     "publisher publication outlet media 媒体 发布者"},
    {ImportField::Url, QT_TRANSLATE_NOOP("FigureImport", "url"),
     "url link address sourceurl href web 链接 网址"},
    {ImportField::SourceDate, QT_TRANSLATE_NOOP("FigureImport", "source date"),
     "date sourcedate published publishedon publicationdate 日期"},
    {ImportField::Quote, QT_TRANSLATE_NOOP("FigureImport", "quote"),
     "quote quotation excerpt 引文 原文"},
    {ImportField::Basis, QT_TRANSLATE_NOOP("FigureImport", "basis"),
     "basis method methodology 依据 口径"},
    {ImportField::Level, QT_TRANSLATE_NOOP("FigureImport", "level"),
     "level verification verificationlevel verified 核实"},
    {ImportField::Caveat, QT_TRANSLATE_NOOP("FigureImport", "caveat"), "caveat caveats warning"},
    {ImportField::Note, QT_TRANSLATE_NOOP("FigureImport", "note"),
     "note notes comment comments remark remarks 备注 说明"},
}};

// "Source title", "source_title" and "SOURCE-TITLE (text)" all become "sourcetitle".
QString reduced(const QString &header)
{
    QString out;
    for (const QChar c : header) {
        if (c == QLatin1Char('(') || c == QChar(0xFF08) || c == QLatin1Char('['))
            break; // a unit hint, read by unitOfHeader
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    }
    return out;
}

std::optional<ImportField> fieldOfHeader(const QString &header)
{
    static const QHash<QString, ImportField> bySynonym = [] {
        QHash<QString, ImportField> table;
        for (const FieldInfo &info : kFields)
            for (const QString &name : QString::fromUtf8(info.synonyms).split(QLatin1Char(' ')))
                table.insert(name, info.field);
        return table;
    }();
    const auto it = bySynonym.constFind(reduced(header));
    return it == bySynonym.cend() ? std::nullopt : std::optional<ImportField>(*it);
}

// Lower-case letters and digits joined by single hyphens: "Capex guidance" and
// "capex_guidance" both become the key-like "capex-guidance".
QString keyLike(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool gap = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool ascii = u < 128; // most of what files hold: no need for the Unicode tables
        if (!ascii && c.category() == QChar::Mark_NonSpacing)
            continue; // an accent that normalisation took apart from its letter
        const bool word =
            ascii ? (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9')
                  : c.isLetterOrNumber();
        if (!word) {
            gap = true;
            continue;
        }
        if (gap && !out.isEmpty())
            out.append(QLatin1Char('-'));
        gap = false;
        out.append(ascii ? QChar(u >= 'A' && u <= 'Z' ? u + 32 : u) : c.toLower());
    }
    return out;
}

bool isAscii(const QString &text)
{
    for (const QChar c : text)
        if (c.unicode() > 127)
            return false;
    return true;
}

// A key-like text without accents: "Société Générale" gives "societe-generale"; Chinese stays.
QString slug(const QString &text)
{
    return keyLike(isAscii(text) ? text : text.normalized(QString::NormalizationForm_KD));
}

// Reads a choice (kind, status, level, unit) by its key or its name, in any case or spacing.
// Keys first: they are what most files hold, and names go through the translator.
template <typename E>
bool choiceFromText(const QString &text, const QList<E> &all, QString (*key)(E), QString (*name)(E),
                    E *out)
{
    const QString wanted = keyLike(text);
    for (QString (*spelling)(E) : {key, name}) {
        for (const E value : all) {
            if (wanted == keyLike(spelling(value))) {
                *out = value;
                return true;
            }
        }
    }
    return false;
}

template <typename E> QString keysOf(const QList<E> &all, QString (*key)(E))
{
    QStringList keys;
    for (const E value : all)
        keys.append(key(value));
    return keys.join(QStringLiteral(", "));
}

const QList<FigureKind> kKinds = FigureText::allKinds();
const QList<FigureStatus> kStatuses{FigureStatus::Actual, FigureStatus::Guidance,
                                    FigureStatus::Estimate, FigureStatus::Stated};
const QList<Verification> kLevels{Verification::Primary, Verification::Secondary,
                                  Verification::Derived};
const QList<FigureUnit> kUnits{FigureUnit::Usd, FigureUnit::GpuHours};

QDate dateFromText(const QString &text)
{
    if (text.size() == 10 && text.at(4) == QLatin1Char('-') && text.at(7) == QLatin1Char('-'))
        return QDate::fromString(text, Qt::ISODate); // the usual case, without a regular expression
    static const QRegularExpression re(
        QStringLiteral(R"(^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$)"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

// The unit a header gives its numbers, "Capex ($bn)" or "金额（亿美元）"; a currency other than the
// dollar is kept apart so that the import can refuse it.
struct HeaderUnit
{
    double scale = 1;
    QString foreignCurrency;
};

HeaderUnit unitOfHeader(const QString &header)
{
    static const QRegularExpression hint(QStringLiteral(R"([(（\[]([^)）\]]*)[)）\]])"));
    static const QRegularExpression currency(
        QStringLiteral(R"(€|£|¥|￥|(?<!美)元|\b(?:EUR|GBP|CNY|RMB|JPY)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression scaleWord(
        QStringLiteral(
            R"(\b(?:k|m|mn|mln|b|bn|bln|t|tn|thousands?|millions?|billions?|trillions?)\b|[十百千万萬亿億]+)"),
        QRegularExpression::CaseInsensitiveOption);
    HeaderUnit unit;
    const QRegularExpressionMatch m = hint.match(header);
    if (!m.hasMatch())
        return unit;
    const QString inside = m.captured(1);
    unit.foreignCurrency = currency.match(inside).captured();
    const QRegularExpressionMatch word = scaleWord.match(inside);
    if (word.hasMatch())
        unit.scale = parseAmount(QStringLiteral("1") + word.captured()).low;
    return unit;
}

} // namespace

QString RowProblem::message() const
{
    if (column.isEmpty())
        return Tr::tr("line %1: %2").arg(line).arg(reason);
    return Tr::tr("line %1, column “%2”: %3").arg(line).arg(column, reason);
}

FigureImport::FigureImport(ImportOptions options) : m_options(std::move(options)) {}

QString FigureImport::fieldName(ImportField field)
{
    for (const FieldInfo &info : kFields)
        if (info.field == field)
            return QCoreApplication::translate("FigureImport", info.name);
    Q_ASSERT(false);
    return {};
}

QMap<ImportField, int> FigureImport::guessColumns(const QStringList &header,
                                                  QList<ImportField> *ambiguous)
{
    QMap<ImportField, int> columns;
    QSet<ImportField> twice;
    for (int column = 0; column < header.size(); ++column) {
        const std::optional<ImportField> field = fieldOfHeader(header.at(column));
        if (!field)
            continue;
        if (columns.contains(*field))
            twice.insert(*field);
        else
            columns.insert(*field, column);
    }
    for (const ImportField field : std::as_const(twice))
        columns.remove(field);
    if (ambiguous) {
        *ambiguous = twice.values();
        std::sort(ambiguous->begin(), ambiguous->end());
    }
    return columns;
}

int FigureImport::yearOfHeader(const QString &header)
{
    if (header.size() == 4 && isAscii(header)) { // the common case, without a regular expression
        bool ok = false;
        const int year = header.toInt(&ok);
        if (ok && header.at(0).isDigit())
            return year;
    }
    static const QRegularExpression re(
        QStringLiteral(R"(^\s*(?:FY|CY)?\s*(\d{4})(?:\.0+)?\s*(?:年度?)?\s*(?:[(（\[].*)?$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(header);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

QString FigureImport::idFor(const Figure &figure)
{
    const QString entity = slug(figure.entity);
    const QString year = QString::number(figure.year);
    QString id = slug(figure.label);
    // "Meta capex 2024" names its entity and year already; "Capex" needs both.
    if (!entity.isEmpty() && id != entity && !id.startsWith(entity + QLatin1Char('-')))
        id = id.isEmpty() ? entity : entity + QLatin1Char('-') + id;
    const bool namesYear = id == year || id.startsWith(year + QLatin1Char('-')) ||
                           id.endsWith(QLatin1Char('-') + year) ||
                           id.contains(QLatin1Char('-') + year + QLatin1Char('-'));
    if (!namesYear)
        id = id.isEmpty() ? year : id + QLatin1Char('-') + year;
    return id;
}

namespace {

// One import: a plan made from the header and the numbers (columns, layout, decimal mark, the
// unit each amount column's header gives), then every row read against it.
class TableImport
{
public:
    TableImport(const CsvTable &table, const ImportOptions &options, FigureImportResult &result)
        : m_table(table), m_options(options), m_result(result), m_header(table.header())
    {
    }

    bool plan();
    void readRows();

private:
    bool fail(const QString &why)
    {
        m_result.error = Tr::tr("%1: %2").arg(m_table.origin(), why);
        return false;
    }
    bool planColumns();
    bool requireColumn(ImportField field, const char *example);
    bool planLayout();
    bool planUnits();
    void planDecimalMark();
    void reserveExplicitIds();
    QVector<int> amountColumns() const;

    int column(ImportField field) const { return m_result.columns.value(field, -1); }
    QString cell(int row, int column) const
    {
        return m_table.cell(row, column).trimmed().toString();
    }
    QString text(int row, ImportField field) const { return cell(row, column(field)); }
    QString columnName(int column) const;
    void problem(int row, int column, const QString &why);
    QString missing(int row, int column, ImportField field) const;

    bool rowShapeOk(int row);
    bool readCommon(int row, Figure *f);
    template <typename E>
    void readChoice(int row, ImportField field, const QList<E> &all, QString (*key)(E),
                    QString (*name)(E), E *out);
    QDate readDate(int row, ImportField field);
    void readSource(int row, Figure *f);
    bool readYear(int row, Figure *f);
    bool readAmount(int row, int column, double *low, double *high);
    bool readEnd(int row, int column, double *end);
    bool readLongAmount(int row, Figure *f);
    bool readExplicitId(int row, Figure *f);
    void readLong(int row);
    void readWide(int row);
    void add(Figure f);

    const CsvTable &m_table;
    const ImportOptions &m_options;
    FigureImportResult &m_result;
    const QStringList m_header;
    QVector<int> m_wideColumns;        // the year columns, or the entity columns
    QHash<int, double> m_scales;       // what a bare number in an amount column is multiplied by
    QHash<QString, int> m_explicitIds; // ids written in the file, with the line that first has each
    QSet<QString> m_taken;             // ids of existing figures and of those made so far
};

bool TableImport::plan()
{
    if (m_table.columnCount() == 0) // a table from a failed read
        return fail(Tr::tr("the file is empty: there is no header row."));
    if (m_table.rowCount() == 0)
        return fail(
            Tr::tr("line %1: the file has a header but no rows of data.").arg(m_table.headerLine()));
    if (!planColumns() || !planLayout() || !planUnits())
        return false;
    if (column(ImportField::SourceTitle) < 0 && m_options.defaultSource.title.trimmed().isEmpty())
        return fail(Tr::tr("no column for the source (a header such as “source”), and no default "
                       "source was given: every figure needs where it came from."));
    planDecimalMark();
    reserveExplicitIds();
    return true;
}

bool TableImport::planColumns()
{
    QList<ImportField> ambiguous;
    QMap<ImportField, int> columns = FigureImport::guessColumns(m_header, &ambiguous);
    for (auto it = m_options.columns.cbegin(); it != m_options.columns.cend(); ++it) {
        ambiguous.removeAll(it.key());
        columns.remove(it.key());
        if (it.value() >= m_header.size())
            return fail(Tr::tr("the column chosen for the %1 is column %2, but the file has %3.")
                            .arg(FigureImport::fieldName(it.key()))
                            .arg(it.value() + 1)
                            .arg(m_header.size()));
        if (it.value() >= 0)
            columns.insert(it.key(), it.value());
    }
    m_result.columns = columns;
    if (ambiguous.isEmpty())
        return true;
    QStringList names;
    for (int c = 0; c < m_header.size(); ++c)
        if (fieldOfHeader(m_header.at(c)) == ambiguous.front())
            names.append(Tr::tr("%1 (“%2”)").arg(c + 1).arg(m_header.at(c)));
    return fail(Tr::tr("columns %1 could each be the %2; choose one.")
                    .arg(names.join(Tr::tr(" and ")), FigureImport::fieldName(ambiguous.front())));
}

bool TableImport::requireColumn(ImportField field, const char *example)
{
    if (column(field) >= 0)
        return true;
    return fail(Tr::tr("no column for the %1 (a header such as %2).")
                    .arg(FigureImport::fieldName(field), Tr::tr(example)));
}

bool TableImport::planLayout()
{
    QVector<int> unmapped;
    QVector<int> years;
    const QList<int> mapped = m_result.columns.values();
    for (int c = 0; c < m_header.size(); ++c) {
        if (mapped.contains(c) || m_header.at(c).trimmed().isEmpty())
            continue;
        unmapped.append(c);
        const int year = FigureImport::yearOfHeader(m_header.at(c));
        if (year >= 1900 && year <= 2100)
            years.append(c);
    }
    const bool hasAmount = column(ImportField::Value) >= 0 || column(ImportField::Low) >= 0;
    ImportLayout layout = m_options.layout;
    if (layout == ImportLayout::Auto)
        layout = hasAmount || years.isEmpty() ? ImportLayout::Long : ImportLayout::WideYears;
    m_result.layout = layout;
    switch (layout) {
    case ImportLayout::Auto:
    case ImportLayout::Long:
        if (!hasAmount)
            return fail(Tr::tr("no column for the value (a header such as “value” or “amount”, "
                           "“low” and “high”, or year columns such as “2024”)."));
        return requireColumn(ImportField::Entity,
                             QT_TRANSLATE_NOOP("FigureImport", "“entity” or “company”")) &&
               requireColumn(ImportField::Year, QT_TRANSLATE_NOOP("FigureImport", "“year”"));
    case ImportLayout::WideYears:
        m_wideColumns = years;
        if (years.isEmpty())
            return fail(Tr::tr("no year columns (headers such as “2024” or “FY2024”)."));
        return requireColumn(ImportField::Entity,
                             QT_TRANSLATE_NOOP("FigureImport", "“entity” or “company”"));
    case ImportLayout::WideEntities:
        m_wideColumns = unmapped;
        if (unmapped.isEmpty())
            return fail(Tr::tr("no entity columns: every column is a field such as “year”."));
        return requireColumn(ImportField::Year, QT_TRANSLATE_NOOP("FigureImport", "“year”"));
    }
    return false;
}

QVector<int> TableImport::amountColumns() const
{
    if (m_result.layout != ImportLayout::Long)
        return m_wideColumns;
    QVector<int> columns;
    for (const ImportField field : {ImportField::Value, ImportField::Low, ImportField::High})
        if (column(field) >= 0)
            columns.append(column(field));
    return columns;
}

bool TableImport::planUnits()
{
    // In a wide table by entity the headers are names, which can hold anything in brackets.
    if (m_result.layout == ImportLayout::WideEntities)
        return true;
    for (const int c : amountColumns()) {
        const HeaderUnit unit = unitOfHeader(m_header.at(c));
        if (!unit.foreignCurrency.isEmpty())
            return fail(Tr::tr("column “%1”: its header says the amounts are in “%2”, not US "
                           "dollars; convert them first.")
                            .arg(m_header.at(c), unit.foreignCurrency));
        m_scales.insert(c, unit.scale);
    }
    return true;
}

void TableImport::planDecimalMark()
{
    if (m_options.decimalMark) {
        m_result.decimalMark = *m_options.decimalMark;
        return;
    }
    int point = 0;
    int comma = 0;
    const QVector<int> columns = amountColumns();
    for (int row = 0; row < m_table.rowCount(); ++row) {
        for (const int c : columns) {
            const std::optional<DecimalMark> mark = decimalMarkEvidence(m_table.cell(row, c));
            if (mark)
                ++(*mark == DecimalMark::Comma ? comma : point);
        }
    }
    // With no telling number, go by the delimiter: semicolons are used where commas are decimal.
    m_result.decimalMarkGuessed = comma == point;
    if (comma != point)
        m_result.decimalMark = comma > point ? DecimalMark::Comma : DecimalMark::Point;
    else
        m_result.decimalMark =
            m_table.delimiter() == QLatin1Char(';') ? DecimalMark::Comma : DecimalMark::Point;
}

void TableImport::reserveExplicitIds()
{
    m_taken = m_options.existingIds;
    if (m_result.layout != ImportLayout::Long || column(ImportField::Id) < 0)
        return;
    for (int row = 0; row < m_table.rowCount(); ++row) {
        const QString id = text(row, ImportField::Id);
        if (!id.isEmpty() && !m_explicitIds.contains(id))
            m_explicitIds.insert(id, m_table.line(row));
    }
}

QString TableImport::columnName(int column) const
{
    if (column < 0)
        return {};
    const QString name = m_header.value(column).trimmed();
    return name.isEmpty() ? Tr::tr("#%1").arg(column + 1) : name;
}

void TableImport::problem(int row, int column, const QString &why)
{
    m_result.problems.append({m_table.line(row), columnName(column), why});
}

QString TableImport::missing(int row, int column, ImportField field) const
{
    if (column >= m_table.cellCount(row))
        return Tr::tr("missing: the row ends after %1 of the header's %2 cells, and a figure needs "
                  "its %3.")
            .arg(m_table.cellCount(row))
            .arg(m_header.size())
            .arg(FigureImport::fieldName(field));
    return Tr::tr("empty, and a figure needs its %1.").arg(FigureImport::fieldName(field));
}

bool TableImport::rowShapeOk(int row)
{
    for (int c = int(m_header.size()); c < m_table.cellCount(row); ++c) {
        if (m_table.cell(row, c).trimmed().isEmpty())
            continue; // spreadsheets leave trailing delimiters
        QString why = Tr::tr("the row has %1 cells but the header has %2.")
                          .arg(m_table.cellCount(row))
                          .arg(m_header.size());
        if (m_table.delimiter() == QLatin1Char(','))
            why += QLatin1Char(' ') + Tr::tr("A number such as 5,576,000 needs quotes in a "
                                         "comma-separated file.");
        problem(row, -1, why);
        return false;
    }
    return true;
}

template <typename E>
void TableImport::readChoice(int row, ImportField field, const QList<E> &all, QString (*key)(E),
                             QString (*name)(E), E *out)
{
    const QString written = text(row, field);
    if (!written.isEmpty() && !choiceFromText(written, all, key, name, out))
        problem(row, column(field),
                Tr::tr("unknown %1 “%2”: use one of %3.")
                    .arg(FigureImport::fieldName(field), written, keysOf(all, key)));
}

QDate TableImport::readDate(int row, ImportField field)
{
    const QString written = text(row, field);
    const QDate date = dateFromText(written);
    if (!written.isEmpty() && !date.isValid())
        problem(row, column(field), Tr::tr("“%1” is not a date: write it as YYYY-MM-DD.").arg(written));
    return date;
}

void TableImport::readSource(int row, Figure *f)
{
    f->source = m_options.defaultSource;
    const auto take = [&](ImportField field, QString *member) {
        const QString written = text(row, field);
        if (!written.isEmpty())
            *member = written;
    };
    take(ImportField::SourceTitle, &f->source.title);
    take(ImportField::Publisher, &f->source.publisher);
    take(ImportField::Quote, &f->source.quote);
    if (const QDate date = readDate(row, ImportField::SourceDate); date.isValid())
        f->source.date = date;
    if (f->source.title.trimmed().isEmpty())
        problem(row, column(ImportField::SourceTitle),
                missing(row, column(ImportField::SourceTitle), ImportField::SourceTitle));

    QString url = text(row, ImportField::Url);
    if (url.isEmpty())
        return;
    if (url.startsWith(QLatin1String("www."), Qt::CaseInsensitive))
        url.prepend(QLatin1String("https://"));
    const QUrl address(url, QUrl::StrictMode);
    const QString scheme = address.scheme().toLower();
    if (!address.isValid() || address.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        problem(row, column(ImportField::Url),
                Tr::tr("“%1” is not a web address (http or https).").arg(text(row, ImportField::Url)));
    else
        f->source.url = url;
}

bool TableImport::readCommon(int row, Figure *f)
{
    const qsizetype before = m_result.problems.size();
    if (m_result.layout != ImportLayout::WideEntities) {
        f->entity = text(row, ImportField::Entity);
        if (f->entity.isEmpty())
            problem(row, column(ImportField::Entity),
                    missing(row, column(ImportField::Entity), ImportField::Entity));
    }
    f->label = text(row, ImportField::Label);
    f->periodLabel = text(row, ImportField::Period);
    f->basis = text(row, ImportField::Basis);
    f->caveat = text(row, ImportField::Caveat);
    f->note = text(row, ImportField::Note);
    f->kind = m_options.defaultKind;
    f->status = m_options.defaultStatus;
    f->level = m_options.defaultLevel;
    f->unit = FigureUnit::Usd;
    readChoice(row, ImportField::Kind, kKinds, FigureText::kindKey, FigureText::kindName, &f->kind);
    readChoice(row, ImportField::Status, kStatuses, FigureText::statusKey, FigureText::statusName,
               &f->status);
    readChoice(row, ImportField::Level, kLevels, FigureText::levelKey, FigureText::levelName,
               &f->level);
    readChoice(row, ImportField::Unit, kUnits, FigureText::unitKey, FigureText::unitKey, &f->unit);
    f->stated = readDate(row, ImportField::Stated);
    readSource(row, f);
    return m_result.problems.size() == before;
}

// A label that names its entity and year once each: "Meta capex" in 2024 gives "Meta capex 2024".
QString composedLabel(const QString &entity, const QString &text, int year)
{
    QString label = text;
    const bool named = label.compare(entity, Qt::CaseInsensitive) == 0 ||
                       label.startsWith(entity + QLatin1Char(' '), Qt::CaseInsensitive);
    if (!named)
        label = label.isEmpty() ? entity : entity + QLatin1Char(' ') + label;
    const QString digits = QString::number(year);
    if (!label.split(QLatin1Char(' ')).contains(digits))
        label += QLatin1Char(' ') + digits;
    return label;
}

// The period as written when it says more than the year ("FY2024"), else nothing.
QString periodOf(const QString &written, int year)
{
    const QString digits = QString::number(year);
    if (written.isEmpty() || !written.at(0).isLetter())
        return {};
    return written.left(written.indexOf(digits) + digits.size());
}

bool TableImport::readYear(int row, Figure *f)
{
    const int c = column(ImportField::Year);
    const QString written = cell(row, c);
    if (written.isEmpty()) {
        problem(row, c, missing(row, c, ImportField::Year));
        return false;
    }
    const int year = FigureImport::yearOfHeader(written);
    if (year == 0) {
        problem(row, c, Tr::tr("“%1” is not a year such as 2024 or FY2024.").arg(written));
        return false;
    }
    if (year < 1900 || year > 2100) {
        problem(row, c, Tr::tr("the year %1 is outside 1900–2100.").arg(year));
        return false;
    }
    f->year = year;
    if (f->periodLabel.isEmpty())
        f->periodLabel = periodOf(written, year);
    return true;
}

bool TableImport::readAmount(int row, int column, double *low, double *high)
{
    const ParsedAmount amount =
        parseImportAmount(cell(row, column), m_result.decimalMark, m_scales.value(column, 1));
    if (!amount.ok) {
        problem(row, column, amount.error);
        return false;
    }
    *low = amount.low;
    *high = amount.high;
    return true;
}

bool TableImport::readEnd(int row, int column, double *end)
{
    double high = 0;
    if (!readAmount(row, column, end, &high))
        return false;
    if (*end == high)
        return true;
    problem(
        row, column,
        Tr::tr("“%1” is a range, but this column holds one end of a range.").arg(cell(row, column)));
    return false;
}

bool TableImport::readLongAmount(int row, Figure *f)
{
    const int valueColumn = column(ImportField::Value);
    const int lowColumn = column(ImportField::Low);
    const int highColumn = column(ImportField::High);
    if (valueColumn >= 0 && (lowColumn < 0 || !cell(row, valueColumn).isEmpty())) {
        if (!cell(row, valueColumn).isEmpty())
            return readAmount(row, valueColumn, &f->low, &f->high);
        problem(row, valueColumn, missing(row, valueColumn, ImportField::Value));
        return false;
    }
    if (cell(row, lowColumn).isEmpty()) {
        problem(row, lowColumn, missing(row, lowColumn, ImportField::Low));
        return false;
    }
    const bool hasHigh = highColumn >= 0 && !cell(row, highColumn).isEmpty();
    double lowEnd = 0;
    double highEnd = 0;
    if (!readEnd(row, lowColumn, &lowEnd) || (hasHigh && !readEnd(row, highColumn, &highEnd)))
        return false;
    f->low = lowEnd;
    f->high = hasHigh ? highEnd : lowEnd;
    if (f->low <= f->high)
        return true;
    problem(row, highColumn,
            Tr::tr("the low end “%1” is above the high end “%2”.")
                .arg(cell(row, lowColumn), cell(row, highColumn)));
    return false;
}

bool TableImport::readExplicitId(int row, Figure *f)
{
    const QString id = text(row, ImportField::Id);
    if (id.isEmpty())
        return true;
    QString why;
    if (m_options.existingIds.contains(id))
        why = Tr::tr("the id “%1” is already used by a figure in the document.").arg(id);
    else if (m_explicitIds.value(id) != m_table.line(row))
        why = Tr::tr("the id “%1” is already used on line %2.")
                  .arg(id, QString::number(m_explicitIds.value(id)));
    if (!why.isEmpty()) {
        problem(row, column(ImportField::Id), why);
        return false;
    }
    f->id = id;
    return true;
}

void TableImport::readLong(int row)
{
    Figure f;
    bool ok = readCommon(row, &f);
    ok = readYear(row, &f) && ok;
    ok = readLongAmount(row, &f) && ok;
    ok = readExplicitId(row, &f) && ok;
    if (ok)
        add(std::move(f));
}

void TableImport::readWide(int row)
{
    Figure common;
    bool ok = readCommon(row, &common);
    if (m_result.layout == ImportLayout::WideEntities)
        ok = readYear(row, &common) && ok;
    if (!ok)
        return;
    // One row names several figures, so a label of its own is joined to what tells them apart.
    const QString rowLabel =
        common.label.isEmpty() ? FigureText::kindName(common.kind) : common.label;
    for (const int c : std::as_const(m_wideColumns)) {
        if (cell(row, c).isEmpty())
            continue; // a wide table leaves gaps
        Figure f = common;
        if (m_result.layout == ImportLayout::WideYears) {
            f.year = FigureImport::yearOfHeader(m_header.at(c));
            f.periodLabel = periodOf(m_header.at(c).trimmed(), f.year);
        } else {
            f.entity = m_header.at(c).trimmed();
        }
        f.label = composedLabel(f.entity, rowLabel, f.year);
        if (readAmount(row, c, &f.low, &f.high))
            add(std::move(f));
    }
}

void TableImport::add(Figure f)
{
    if (f.label.isEmpty())
        f.label = composedLabel(f.entity, FigureText::kindName(f.kind), f.year);
    if (f.periodLabel.isEmpty())
        f.periodLabel = QString::number(f.year);
    if (f.id.isEmpty()) {
        // Stable: the same file gives the same ids; a clash takes the next free number.
        const QString base = FigureImport::idFor(f);
        f.id = base;
        for (int n = 2; m_taken.contains(f.id) || m_explicitIds.contains(f.id); ++n)
            f.id = base + QLatin1Char('-') + QString::number(n);
    }
    m_taken.insert(f.id);
    m_result.figures.append(std::move(f));
}

void TableImport::readRows()
{
    m_result.figures.reserve(m_table.rowCount()); // a sparse wide table could over-reserve
    for (int row = 0; row < m_table.rowCount(); ++row) {
        bool blank = true;
        for (int c = 0; c < m_table.cellCount(row) && blank; ++c)
            blank = m_table.cell(row, c).trimmed().isEmpty();
        if (blank || !rowShapeOk(row))
            continue;
        if (m_result.layout == ImportLayout::Long)
            readLong(row);
        else
            readWide(row);
    }
}

} // namespace

FigureImportResult FigureImport::run(const CsvTable &table) const
{
    FigureImportResult result;
    TableImport import(table, m_options, result);
    if (!import.plan())
        return result;
    import.readRows();
    if (result.figures.isEmpty() && result.problems.isEmpty()) {
        result.error = Tr::tr("%1: line %2: the file has a header but no rows of data.")
                           .arg(table.origin(), QString::number(table.headerLine()));
        return result;
    }
    result.ok = true;
    return result;
}
