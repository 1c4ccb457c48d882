#include "figureimport.h"

#include "documentlimits.h"
#include "bothcores.h"
#include "largepages.h"

#include "csvreader.h"
#include "epochcostsimport.h"
#include "epochimport.h"
#include "figurerules.h"
#include "importplausibility.h"
#include "importscale.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <vector>


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
    {ImportField::Unit, QT_TRANSLATE_NOOP("FigureImport", "unit"), "unit units currency 单位 货币 币种"},
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
    auto it = bySynonym.constFind(reduced(header));
    if (it == bySynonym.cend() && ImportScale::ofPlainHeader(header) > 0) {
        // "Capex USD bn" names the capex; "USD bn" alone names only the amount.
        const QString name = reduced(ImportScale::withoutScaleWords(header));
        if (name.isEmpty())
            return ImportField::Value;
        it = bySynonym.constFind(name);
    }
    return it == bySynonym.cend() ? std::nullopt : std::optional<ImportField>(*it);
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
    return FigureText::keyLike(isAscii(text) ? text : text.normalized(QString::NormalizationForm_KD));
}

template <typename E> QString keysOf(const QList<E> &all, QString (*key)(E))
{
    QStringList keys;
    for (const E value : all)
        keys.append(key(value));
    return keys.join(QStringLiteral(", "));
}

QDate dateFromText(QStringView text)
{
    if (text.isEmpty())
        return {}; // a row without the date, or a table without the column
    if (text.size() == 10 && text.at(4) == QLatin1Char('-') && text.at(7) == QLatin1Char('-'))
        return QDate::fromString(text, Qt::ISODate); // the usual case, without a regular expression
    static const QRegularExpression re(
        QStringLiteral(R"(^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$)"));
    const QRegularExpressionMatch m = re.match(text.toString());
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

// The unit a header gives its numbers, "Capex ($bn)" or "金额（亿美元）"; a currency other than the
// dollar is kept apart so that the import can refuse it.
struct HeaderUnit
{
    double scale = 1;
    bool named = false; // the header says the scale
    QString foreignCurrency;
    std::optional<FigureUnit> currency; // "($bn)", "（亿元）", "(RMB bn)"
};

HeaderUnit unitOfHeader(const QString &header)
{
    static const QRegularExpression hint(QStringLiteral(R"([(（\[]([^)）\]]*)[)）\]])"));
    static const QRegularExpression currency(
        QStringLiteral(R"(€|£|円|欧元|日元|英镑|\b(?:EUR|GBP|JPY)\b)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression yuan(QStringLiteral(R"(¥|￥|人民币|(?<!美)元|\b(?:CNY|RMB|yuan)\b)"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dollar(QStringLiteral(R"(\$|美元|\bUSD\b)"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression scaleWord(
        QStringLiteral(
            R"(\b(?:k|m|mn|mln|b|bn|bln|t|tn|thousands?|millions?|billions?|trillions?)\b|[十百千万萬亿億]+)"),
        QRegularExpression::CaseInsensitiveOption);
    HeaderUnit unit;
    const QRegularExpressionMatch m = hint.match(header);
    if (!m.hasMatch()) {
        const double plain = ImportScale::ofPlainHeader(header);
        unit.named = plain > 0;
        unit.scale = unit.named ? plain : 1;
        return unit;
    }
    const QString inside = m.captured(1);
    unit.foreignCurrency = currency.match(inside).captured();
    if (yuan.match(inside).hasMatch())
        unit.currency = FigureUnit::Cny;
    else if (dollar.match(inside).hasMatch())
        unit.currency = FigureUnit::Usd;
    const QRegularExpressionMatch word = scaleWord.match(inside);
    if (word.hasMatch()) {
        unit.scale = parseAmount(QStringLiteral("1") + word.captured()).low;
        unit.named = true;
    }
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

namespace {

// Whether text starts with word followed by a hyphen, without making "word-".
bool startsWithWord(QStringView text, QStringView word)
{
    return text.size() > word.size() && text.startsWith(word) && text.at(word.size()) == u'-';
}

// Whether text holds a hyphenated word such as "-2024-" anywhere.
bool containsWord(QStringView text, QStringView hyphenated)
{
    for (qsizetype at = 0; at + hyphenated.size() <= text.size(); ++at)
        if (text.at(at) == u'-' && text.sliced(at, hyphenated.size()) == hyphenated)
            return true;
    return false;
}

// The id from the slugs of a figure's entity and label and its year written out, as
// FigureImport::idFor describes it, made in one buffer and then one string of its size.
QString idOf(QStringView entity, QStringView label, QStringView digits)
{
    // "-2024-" in one buffer: the year alone is the middle of it.
    std::array<char16_t, 16> buffer{};
    Q_ASSERT(digits.size() + 2 <= qsizetype(buffer.size()));
    buffer[0] = u'-';
    std::copy(digits.utf16(), digits.utf16() + digits.size(), buffer.begin() + 1);
    buffer[std::size_t(digits.size()) + 1] = u'-';
    const QStringView hyphenated(buffer.data(), digits.size() + 2);
    const QStringView yearText = hyphenated.mid(1, digits.size());
    QVarLengthArray<char16_t, 256> id;
    const auto append = [&id](QStringView text) { id.append(text.utf16(), text.size()); };
    // "Meta capex 2024" names its entity and year already; "Capex" needs both.
    if (!entity.isEmpty() && label != entity && !startsWithWord(label, entity)) {
        append(entity);
        if (!label.isEmpty())
            id.append(u'-');
    }
    append(label);
    const QStringView sofar(id.constData(), id.size());
    const bool namesYear = sofar == yearText || startsWithWord(sofar, yearText) ||
                           sofar.endsWith(hyphenated.chopped(1)) || containsWord(sofar, hyphenated);
    if (!namesYear) {
        if (!id.isEmpty())
            id.append(u'-');
        append(digits);
    }
    return QString(reinterpret_cast<const QChar *>(id.constData()), id.size());
}

// slug() into a buffer of the caller's: a label is made key-like without a string of its own.
QStringView slugInto(const QString &text, QVarLengthArray<char16_t, 256> *buffer)
{
    const QString normalized = isAscii(text) ? QString() : text.normalized(QString::NormalizationForm_KD);
    const QStringView from = normalized.isNull() ? QStringView(text) : QStringView(normalized);
    buffer->resize(from.size());
    return QStringView(buffer->constData(), FigureText::keyLikeInto(from, buffer->data()));
}

} // namespace

QString FigureImport::idFor(const Figure &figure)
{
    QVarLengthArray<char16_t, 256> label;
    return idOf(slug(figure.entity), slugInto(figure.label, &label), QString::number(figure.year));
}

namespace {

// A value worked out from a cell's text once per distinct text rather than once per row, while
// enough of the texts repeat (entities, kinds, dates and publishers do; labels do not, and a
// column of those is soon no longer looked up). The keys are views into the table, which
// outlives the import.
template <typename T> class CellMemo
{
public:
    CellMemo() = default;
    // A copy (the second half of a large table) keeps the values and forgets where it last saw
    // them.
    CellMemo(const CellMemo &other)
        : m_values(other.m_values), m_store(other.m_store), m_repeats(other.m_repeats),
          m_worthIt(other.m_worthIt)
    {
    }
    CellMemo &operator=(const CellMemo &) = delete;

    // The value, kept here until the next look-up: a caller copies what it keeps, so that a
    // shared text is counted once more for each figure and never copied in between.
    template <typename Compute> const T &value(QStringView text, Compute compute)
    {
        // Texts are views into the table's text, never empty: a place stands for one text.
        Q_ASSERT(!text.isEmpty());
        if (!m_worthIt)
            return m_computed = compute(text);
        // The reader gives a repeated cell the earlier cell's text: the same place in the
        // table's text is the same text, found without reading it.
        Recent &recent = m_recent[placeOf(text.data())];
        if (recent.data == text.data() && recent.size == text.size()) {
            ++m_repeats;
            return m_store[std::size_t(recent.index)];
        }
        qsizetype index = -1;
        if (const auto it = m_values.constFind(text); it != m_values.cend()) {
            ++m_repeats;
            index = *it;
        } else if (m_values.size() >= kTrial && m_repeats < m_values.size()) {
            m_worthIt = false; // mostly distinct so far
            m_values = {};
            m_store = {};
            m_recent = {};
            return m_computed = compute(text);
        } else {
            index = qsizetype(m_store.size());
            m_store.push_back(compute(text));
            m_values.insert(text, index);
        }
        recent = {text.data(), text.size(), index};
        return m_store[std::size_t(index)];
    }

    const T *find(QStringView text) const
    {
        const auto it = m_values.constFind(text);
        return it == m_values.cend() ? nullptr : &m_store[std::size_t(*it)];
    }
    template <typename Each> void forEach(Each each) const
    {
        for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
            each(it.key(), m_store[std::size_t(*it)]);
    }

private:
    // Distinct texts before giving up on the memo: a file sorted by entity and year can give a
    // thousand distinct source titles before the first repeats, and then repeat each a hundred
    // times; a column of labels is still dropped after a few thousand look-ups.
    static constexpr qsizetype kTrial = 8192;
    struct Recent
    {
        const QChar *data = nullptr;
        qsizetype size = 0;
        qsizetype index = 0;
    };
    static std::size_t placeOf(const QChar *data)
    {
        return std::size_t((quintptr(data) * 0x9E3779B97F4A7C15ull) >> 56); // 0–255
    }
    QHash<QStringView, qsizetype> m_values; // by text, the index of its value in m_store
    std::vector<T> m_store;
    std::array<Recent, 256> m_recent{}; // by place in the table's text, the text last seen there
    qsizetype m_repeats = 0;
    bool m_worthIt = true;
    T m_computed{}; // a value worked out while the memo is not worth it
};

constexpr std::size_t kFieldCount = std::size_t(ImportField::Note) + 1;

// One import: a plan made from the header and the numbers (columns, layout, decimal mark, the
// unit each amount column's header gives), then every row read against it.
class TableImport
{
public:
    TableImport(const CsvTable &table, const ImportOptions &options, FigureImportResult &result)
        : m_table(table), m_options(options), m_result(&result), m_header(table.header())
    {
        m_columns.fill(-1);
    }

    bool plan();
    void readRows();
    void readRange(int from, int to);
    // After the rows: what keeps the whole table out (no source), and the values to check.
    bool finish();

private:
    bool fail(const QString &why)
    {
        m_result->error = Tr::tr("%1: %2").arg(m_table.origin(), why);
        return false;
    }
    bool planColumns();
    bool requireColumn(ImportField field, const char *example);
    bool planLayout();
    bool planUnits();
    void planDecimalMark();
    void reserveExplicitIds();
    QVector<int> amountColumns() const;

    int column(ImportField field) const { return m_columns[std::size_t(field)]; }
    // A cell without the spaces around it, in the table's own text. A row's cells are found
    // once, as most of them are read, and several more than once.
    QStringView view(int row, int column) const
    {
        if (row != m_row)
            loadRow(row);
        return column >= 0 && column < m_cells.size() ? m_cells.at(column) : QStringView();
    }
    void loadRow(int row) const;
    QString cell(int row, int column) const { return view(row, column).toString(); }
    QString text(int row, ImportField field) const { return cell(row, column(field)); }
    const QString &sharedText(int row, ImportField field);
    int yearOf(QStringView written);
    bool isWebAddressCell(QStringView url);
    QString yearText(int year);
    QString columnName(int column) const;
    void problem(int row, int column, const QString &why);
    void warning(int row, int column, const QString &why);
    QString missing(int row, int column, ImportField field) const;

    bool rowShapeOk(int row);
    bool readCommon(int row, Figure *f);
    template <typename E>
    bool readChoice(int row, ImportField field, bool (*fromText)(const QString &, E *), E *out);
    template <typename E>
    void readKnownChoice(int row, ImportField field, bool (*fromText)(const QString &, E *),
                         QList<E> (*all)(), QString (*key)(E), E *out);
    QDate readDate(int row, ImportField field);
    void readSource(int row, Figure *f);
    bool readYear(int row, Figure *f);
    bool readAmount(int row, int column, double *low, double *high, Figure *currencyOf = nullptr);
    bool takeCurrency(int row, int column, std::optional<FigureUnit> stated, Figure *f);
    bool readEnd(int row, int column, double *end, Figure *currencyOf);
    bool readLongAmount(int row, Figure *f);
    bool readExplicitId(int row, Figure *f);
    void readLong(int row);
    void readWide(int row);
    void add(Figure &&f, int row, int column, int highColumn = -1);
    void takeIds();
    void mergeFrom(TableImport &&part);
    void shareTextsWith(const TableImport &part, Figure *figures, qsizetype count) const;
    bool withinTheLimit();

    const CsvTable &m_table;
    const ImportOptions &m_options;
    FigureImportResult *m_result;
    // By figure: whether its id is made here (true) or was written in the file; made ids are
    // settled after every row is read (takeIds), so that rows can be read in parallel.
    std::vector<bool> m_madeIds;
    // Reading one half of a large table: its figures are moved into the result's block from
    // here on, rather than appended (the halves share the one block; mergeFrom closes the gap).
    Figure *m_slots = nullptr;
    qsizetype m_filled = 0;
    const QStringList m_header;
    QVector<int> m_wideColumns;        // the year columns, or the entity columns
    QHash<int, double> m_scales;       // what a bare number in an amount column is multiplied by
    QHash<int, FigureUnit> m_currencies; // the currency an amount column's header names
    QHash<QString, int> m_explicitIds; // ids written in the file, with the line that first has each
    // Ids of existing figures and of those made so far, in the options' set and the figures' own
    // strings, which stay put while the import runs.
    QSet<QStringView> m_taken;
    std::array<int, kFieldCount> m_columns; // m_result->columns, by field
    // By field: a text shared by every figure that has it, a choice's index in its list, a date.
    std::array<CellMemo<QString>, kFieldCount> m_texts;
    std::array<CellMemo<int>, kFieldCount> m_choices;
    std::array<CellMemo<QDate>, kFieldCount> m_dates;
    CellMemo<int> m_years;
    mutable int m_row = -2; // the row whose cells m_cells holds; -1 is the header
    mutable QVarLengthArray<QStringView, 32> m_cells;
    QHash<int, QString> m_yearTexts;
    QHash<QString, QString> m_entitySlugs;
    QHash<QStringView, bool> m_webOrigins; // "https://example.com": whether it is a web address
    bool m_sourceMissing = false; // no source column and no default source
};

void TableImport::loadRow(int row) const
{
    m_row = row;
    m_cells.resize(m_table.cellCount(row));
    for (int c = 0; c < m_cells.size(); ++c) {
        const QStringView cell = m_table.cell(row, c);
        // As trimmed() gives it, without the call for the usual cell that has no spaces to trim.
        const bool untrimmed =
            cell.isEmpty() || (!cell.front().isSpace() && !cell.back().isSpace());
        m_cells[c] = untrimmed ? cell : cell.trimmed();
    }
}

// The cell's text, one string for all the figures that have the same text in this column.
const QString &TableImport::sharedText(int row, ImportField field)
{
    static const QString kEmpty;
    const QStringView written = view(row, column(field));
    if (written.isEmpty())
        return kEmpty;
    return m_texts[std::size_t(field)].value(written, [](QStringView t) { return t.toString(); });
}

int TableImport::yearOf(QStringView written)
{
    return m_years.value(written,
                         [](QStringView t) { return FigureImport::yearOfHeader(t.toString()); });
}

QString TableImport::yearText(int year)
{
    auto it = m_yearTexts.find(year);
    if (it == m_yearTexts.end())
        it = m_yearTexts.insert(year, QString::number(year));
    return *it;
}

bool TableImport::plan()
{
    if (m_table.columnCount() == 0) // a table from a failed read
        return fail(Tr::tr("the file is empty: there is no header row."));
    if (m_table.rowCount() == 0)
        return fail(
            Tr::tr("line %1: the file has a header but no rows of data.").arg(m_table.headerLine()));
    if (!planColumns() || !planLayout() || !planUnits())
        return false;
    // Without a source the rows are still read, so that the preview shows them; the import
    // waits for a default source (finish()).
    m_sourceMissing =
        column(ImportField::SourceTitle) < 0 && m_options.defaultSource.title.trimmed().isEmpty();
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
    m_result->columns = columns;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        m_columns[std::size_t(it.key())] = it.value();
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
    const QList<int> mapped = m_result->columns.values();
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
    m_result->layout = layout;
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
    if (m_result->layout != ImportLayout::Long)
        return m_wideColumns;
    QVector<int> columns;
    for (const ImportField field : {ImportField::Value, ImportField::Low, ImportField::High})
        if (column(field) >= 0)
            columns.append(column(field));
    return columns;
}

bool TableImport::planUnits()
{
    for (const int c : amountColumns()) {
        // In a wide table by entity the headers are names, which can hold anything in brackets.
        const HeaderUnit unit =
            m_result->layout == ImportLayout::WideEntities ? HeaderUnit() : unitOfHeader(m_header.at(c));
        if (!unit.foreignCurrency.isEmpty())
            return fail(Tr::tr("column “%1”: its header says the amounts are in “%2”; SpendLens "
                               "keeps money in US dollars or yuan (RMB): convert them first.")
                            .arg(m_header.at(c), unit.foreignCurrency));
        ColumnScale scale{unit.scale, unit.named};
        if (m_options.scale && (!unit.named || m_options.scaleOverridesHeaders))
            scale = {*m_options.scale, false};
        m_scales.insert(c, scale.scale);
        m_result->scales.insert(c, scale);
        if (unit.currency)
            m_currencies.insert(c, *unit.currency);
    }
    return true;
}

void TableImport::planDecimalMark()
{
    if (m_options.decimalMark) {
        m_result->decimalMark = *m_options.decimalMark;
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
    m_result->decimalMarkGuessed = comma == point;
    if (comma != point)
        m_result->decimalMark = comma > point ? DecimalMark::Comma : DecimalMark::Point;
    else
        m_result->decimalMark =
            m_table.delimiter() == QLatin1Char(';') ? DecimalMark::Comma : DecimalMark::Point;
}

void TableImport::reserveExplicitIds()
{
    m_taken.reserve(m_options.existingIds.size() + m_table.rowCount());
    for (const QString &id : m_options.existingIds)
        m_taken.insert(id);
    if (m_result->layout != ImportLayout::Long || column(ImportField::Id) < 0)
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
    m_result->problems.append({m_table.line(row), columnName(column), why});
}

void TableImport::warning(int row, int column, const QString &why)
{
    m_result->warnings.append({m_table.line(row), columnName(column), why});
}

QString TableImport::missing(int row, int column, ImportField field) const
{
    if (column >= 0 && column < m_table.cellCount(row)) {
        if (field == ImportField::Entity)
            return FigureRules::requiredProblem(FigureField::Entity, QString());
        if (field == ImportField::SourceTitle)
            return FigureRules::requiredProblem(FigureField::SourceTitle, QString());
    }
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
    // What a document could not hold is refused here, before anything is imported or saved.
    for (int c = 0; c < m_table.cellCount(row); ++c) {
        const qsizetype length = view(row, c).size();
        if (length > DocumentLimits::kMaxTextLength) {
            problem(row, c, Tr::tr("%L1 characters, more than the %L2 a document may hold in one text.")
                                .arg(length)
                                .arg(DocumentLimits::kMaxTextLength));
            return false;
        }
    }
    for (int c = int(m_header.size()); c < m_table.cellCount(row); ++c) {
        if (view(row, c).isEmpty())
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

// False when the cell names no value of E; an empty cell leaves *out as it is.
template <typename E>
bool TableImport::readChoice(int row, ImportField field, bool (*fromText)(const QString &, E *),
                             E *out)
{
    const QStringView written = view(row, column(field));
    if (written.isEmpty())
        return true;
    // A column holds a handful of spellings: each is looked up once.
    const int index = m_choices[std::size_t(field)].value(written, [&](QStringView t) {
        E value{};
        return fromText(t.toString(), &value) ? int(value) : -1;
    });
    if (index < 0)
        return false;
    *out = E(index);
    return true;
}

// A status, level or unit that cannot be placed keeps the row out: each changes what the
// number means.
template <typename E>
void TableImport::readKnownChoice(int row, ImportField field,
                                  bool (*fromText)(const QString &, E *), QList<E> (*all)(),
                                  QString (*key)(E), E *out)
{
    if (!readChoice(row, field, fromText, out))
        problem(row, column(field),
                Tr::tr("unknown %1 “%2”: use one of %3.")
                    .arg(FigureImport::fieldName(field), text(row, field), keysOf(all(), key)));
}

QDate TableImport::readDate(int row, ImportField field)
{
    const QStringView written = view(row, column(field));
    const QDate date =
        written.isEmpty() ? QDate() : m_dates[std::size_t(field)].value(written, dateFromText);
    if (!written.isEmpty() && !date.isValid())
        problem(row, column(field),
                Tr::tr("“%1” is not a date: write it as YYYY-MM-DD.").arg(written.toString()));
    return date;
}

bool isWebAddress(const QString &url)
{
    return FigureRules::urlProblem(url).isEmpty();
}

// The end of "scheme://host" when url is that followed by nothing or by a plain path, -1 if it
// is not: a path of unreserved characters and slashes is always valid, so that whether such an
// address is a web address depends on its scheme and host alone.
qsizetype plainPathAt(QStringView url)
{
    const auto letter = [](char16_t c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
    };
    const auto hostChar = [&](char16_t c) {
        return letter(c) || (c >= u'0' && c <= u'9') || c == u'.' || c == u'-';
    };
    qsizetype schemeEnd = 0;
    while (schemeEnd < url.size() && letter(url.at(schemeEnd).unicode()))
        ++schemeEnd;
    if (schemeEnd == 0 || !url.sliced(schemeEnd).startsWith(QLatin1String("://")))
        return -1;
    qsizetype pathAt = schemeEnd + 3;
    while (pathAt < url.size() && hostChar(url.at(pathAt).unicode()))
        ++pathAt;
    for (qsizetype i = pathAt; i < url.size(); ++i) {
        const char16_t c = url.at(i).unicode();
        if (!hostChar(c) && c != u'_' && c != u'~' && c != u'/')
            return -1;
        if (i == pathAt && c != u'/')
            return -1;
    }
    return pathAt;
}

// Whether an address cell is a web address, asking QUrl once per scheme and host when the rest
// is a plain path (as it is in most files, where the addresses share a few hosts).
bool TableImport::isWebAddressCell(QStringView url)
{
    const qsizetype pathAt = plainPathAt(url);
    if (pathAt < 0)
        return isWebAddress(url.toString());
    const QStringView origin = url.first(pathAt);
    auto it = m_webOrigins.constFind(origin);
    if (it == m_webOrigins.cend())
        it = m_webOrigins.insert(origin, isWebAddress(origin.toString()));
    return *it;
}

void TableImport::readSource(int row, Figure *f)
{
    f->source = m_options.defaultSource;
    const auto take = [&](ImportField field, QString *member) {
        const QString &written = sharedText(row, field);
        if (!written.isEmpty())
            *member = written;
    };
    take(ImportField::SourceTitle, &f->source.title);
    take(ImportField::Publisher, &f->source.publisher);
    take(ImportField::Quote, &f->source.quote);
    if (const QDate date = readDate(row, ImportField::SourceDate); date.isValid())
        f->source.date = date;
    if (f->source.title.trimmed().isEmpty() && !m_sourceMissing)
        problem(row, column(ImportField::SourceTitle),
                missing(row, column(ImportField::SourceTitle), ImportField::SourceTitle));

    const QStringView written = view(row, column(ImportField::Url));
    if (written.isEmpty())
        return;
    const QString url = FigureRules::withScheme(written.toString());
    if (url.size() == written.size() ? isWebAddressCell(written) : isWebAddress(url))
        f->source.url = url;
    else
        problem(row, column(ImportField::Url), FigureRules::urlProblem(url));
}

bool TableImport::readCommon(int row, Figure *f)
{
    const qsizetype before = m_result->problems.size();
    if (m_result->layout != ImportLayout::WideEntities) {
        f->entity = sharedText(row, ImportField::Entity);
        if (f->entity.isEmpty())
            problem(row, column(ImportField::Entity),
                    missing(row, column(ImportField::Entity), ImportField::Entity));
    }
    f->label = sharedText(row, ImportField::Label);
    f->periodLabel = sharedText(row, ImportField::Period);
    f->basis = sharedText(row, ImportField::Basis);
    f->caveat = sharedText(row, ImportField::Caveat);
    f->note = sharedText(row, ImportField::Note);
    f->kind = m_options.defaultKind;
    f->level = m_options.defaultLevel;
    f->unit = m_options.defaultCurrency;
    if (!readChoice(row, ImportField::Kind, FigureText::kindFromText, &f->kind)) {
        f->kind = FigureKind::Other;
        warning(row, column(ImportField::Kind),
                FigureRules::unplacedKindWarning(text(row, ImportField::Kind)));
    }
    // Guidance is a plan and an estimate is an estimate, unless the row says otherwise.
    f->status = m_options.defaultStatus.value_or(FigureRules::defaultStatus(f->kind));
    // The lists of keys are made only for a message.
    readKnownChoice(row, ImportField::Status, FigureText::statusFromText,
                    FigureText::allStatuses, FigureText::statusKey, &f->status);
    readKnownChoice(row, ImportField::Level, FigureText::levelFromText, FigureText::allLevels,
                    FigureText::levelKey, &f->level);
    readKnownChoice(row, ImportField::Unit, FigureText::unitFromText, FigureText::allUnits,
                    FigureText::unitKey, &f->unit);
    f->stated = readDate(row, ImportField::Stated);
    readSource(row, f);
    return m_result->problems.size() == before;
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
QString periodOf(QStringView written, int year)
{
    if (written.isEmpty() || !written.at(0).isLetter())
        return {};
    const QString digits = QString::number(year);
    return written.left(written.indexOf(digits) + digits.size()).toString();
}

bool TableImport::readYear(int row, Figure *f)
{
    const int c = column(ImportField::Year);
    const QStringView written = view(row, c);
    if (written.isEmpty()) {
        problem(row, c, missing(row, c, ImportField::Year));
        return false;
    }
    const int year = yearOf(written);
    if (year == 0) {
        problem(row, c,
                Tr::tr("“%1” is not a year such as 2024 or FY2024.").arg(written.toString()));
        return false;
    }
    if (const QString why = FigureRules::yearProblem(year); !why.isEmpty()) {
        problem(row, c, why);
        return false;
    }
    f->year = year;
    if (f->periodLabel.isEmpty())
        f->periodLabel = periodOf(written, year);
    return true;
}

bool TableImport::readAmount(int row, int column, double *low, double *high, Figure *currencyOf)
{
    const ParsedAmount amount =
        parseImportAmount(view(row, column), m_result->decimalMark, m_scales.value(column, 1));
    if (!amount.ok) {
        problem(row, column, amount.error);
        return false;
    }
    *low = amount.low;
    *high = amount.high;
    return !currencyOf || takeCurrency(row, column, amount.currency, currencyOf);
}

// The currency an amount names ("600亿元"), else its column's header ("（亿元）"), sets the figure's
// unit, unless the row's unit cell says another.
bool TableImport::takeCurrency(int row, int column, std::optional<FigureUnit> stated, Figure *f)
{
    if (!stated && m_currencies.contains(column))
        stated = m_currencies.value(column);
    if (!stated)
        return true;
    if (!text(row, ImportField::Unit).isEmpty() && f->unit != *stated) {
        problem(row, column,
                Tr::tr("“%1” is in %2, but the unit column says %3.")
                    .arg(cell(row, column), FigureText::unitKey(*stated), FigureText::unitKey(f->unit)));
        return false;
    }
    f->unit = *stated;
    return true;
}

bool TableImport::readEnd(int row, int column, double *end, Figure *currencyOf)
{
    double high = 0;
    if (!readAmount(row, column, end, &high, currencyOf))
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
    if (valueColumn >= 0 && (lowColumn < 0 || !view(row, valueColumn).isEmpty())) {
        if (!view(row, valueColumn).isEmpty())
            return readAmount(row, valueColumn, &f->low, &f->high, f);
        problem(row, valueColumn, missing(row, valueColumn, ImportField::Value));
        return false;
    }
    if (view(row, lowColumn).isEmpty()) {
        problem(row, lowColumn, missing(row, lowColumn, ImportField::Low));
        return false;
    }
    const bool hasHigh = highColumn >= 0 && !view(row, highColumn).isEmpty();
    double lowEnd = 0;
    double highEnd = 0;
    if (!readEnd(row, lowColumn, &lowEnd, f) || (hasHigh && !readEnd(row, highColumn, &highEnd, f)))
        return false;
    f->low = lowEnd;
    f->high = hasHigh ? highEnd : lowEnd;
    const QString why = FigureRules::amountProblem(f->low, f->high);
    if (why.isEmpty())
        return true;
    problem(row, highColumn, why);
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
    if (!ok)
        return;
    const int valueColumn = column(ImportField::Value);
    if (valueColumn >= 0 && !view(row, valueColumn).isEmpty())
        add(std::move(f), row, valueColumn);
    else
        add(std::move(f), row, column(ImportField::Low), column(ImportField::High));
}

void TableImport::readWide(int row)
{
    Figure common;
    bool ok = readCommon(row, &common);
    if (m_result->layout == ImportLayout::WideEntities)
        ok = readYear(row, &common) && ok;
    if (!ok)
        return;
    // One row names several figures, so a label of its own is joined to what tells them apart.
    const QString rowLabel =
        common.label.isEmpty() ? FigureText::kindName(common.kind) : common.label;
    for (const int c : std::as_const(m_wideColumns)) {
        if (view(row, c).isEmpty())
            continue; // a wide table leaves gaps
        Figure f = common;
        if (m_result->layout == ImportLayout::WideYears) {
            f.year = FigureImport::yearOfHeader(m_header.at(c));
            f.periodLabel = periodOf(m_header.at(c).trimmed(), f.year);
        } else {
            f.entity = m_header.at(c).trimmed();
        }
        f.label = composedLabel(f.entity, rowLabel, f.year);
        if (readAmount(row, c, &f.low, &f.high, &f))
            add(std::move(f), row, c);
    }
}

void TableImport::add(Figure &&f, int row, int column, int highColumn)
{
    m_result->origins.append({row, m_table.line(row), column, highColumn});
    if (f.label.isEmpty())
        f.label = composedLabel(f.entity, FigureText::kindName(f.kind), f.year);
    if (f.periodLabel.isEmpty())
        f.periodLabel = yearText(f.year);
    const bool made = f.id.isEmpty();
    if (made) {
        // Stable: the same file gives the same ids; takeIds() settles a clash.
        auto entity = m_entitySlugs.find(f.entity);
        if (entity == m_entitySlugs.end())
            entity = m_entitySlugs.insert(f.entity, slug(f.entity));
        QVarLengthArray<char16_t, 256> label;
        f.id = idOf(*entity, slugInto(f.label, &label), yearText(f.year)); // as idFor does
    }
    m_madeIds.push_back(made);
    if (m_slots)
        m_slots[m_filled++] = std::move(f);
    else
        m_result->figures.append(std::move(f));
}

// In the order of the rows: a made id already taken (by the document, by an id the file writes,
// or by an earlier figure) takes the next free number.
void TableImport::takeIds()
{
    QVector<Figure> &figures = m_result->figures;
    for (qsizetype i = 0; i < figures.size(); ++i) {
        QString &id = figures[i].id;
        if (!m_madeIds[std::size_t(i)]) {
            m_taken.insert(id);
            continue;
        }
        const QString base = id;
        // One look-up in m_taken, which both asks and takes: most ids are free.
        for (int n = 2;; ++n) {
            if (!m_explicitIds.contains(id)) {
                const qsizetype taken = m_taken.size();
                m_taken.insert(id);
                if (m_taken.size() > taken)
                    break;
            }
            id = base + QLatin1Char('-') + QString::number(n);
        }
    }
    m_madeIds = {};
}

void TableImport::readRange(int from, int to)
{
    for (int row = from; row < to; ++row) {
        bool blank = true;
        for (int c = 0; c < m_table.cellCount(row) && blank; ++c)
            blank = view(row, c).isEmpty();
        if (blank || !rowShapeOk(row))
            continue;
        if (m_result->layout == ImportLayout::Long)
            readLong(row);
        else
            readWide(row);
        if (m_result->origins.size() > DocumentLimits::kMaxFigures)
            return; // withinTheLimit() says where
    }
}

// The second half's figures, problems and warnings after the first half's, as one pass over the
// rows gives them.
void TableImport::mergeFrom(TableImport &&part)
{
    FigureImportResult &from = *part.m_result;
    QVector<Figure> &figures = m_result->figures;
    Figure *const theirs = part.m_slots;
    shareTextsWith(part, theirs, part.m_filled);
    // The second half's figures move down to follow the first half's (rows without a figure
    // leave a gap), and the slots left over go.
    if (theirs != m_slots + m_filled)
        std::move(theirs, theirs + part.m_filled, m_slots + m_filled);
    figures.resize(m_filled + part.m_filled);
    m_slots = nullptr;
    m_result->problems += std::move(from.problems);
    m_result->warnings += std::move(from.warnings);
    m_result->origins += std::move(from.origins);
    m_madeIds.insert(m_madeIds.end(), part.m_madeIds.cbegin(), part.m_madeIds.cend());
}

// A text both halves read becomes one string, as one pass would keep it.
void TableImport::shareTextsWith(const TableImport &part, Figure *figures, qsizetype count) const
{
    using Member = QString *(*)(Figure &);
    static const std::array<std::pair<ImportField, Member>, 9> kShared = {{
        {ImportField::Entity, [](Figure &f) { return &f.entity; }},
        {ImportField::Label, [](Figure &f) { return &f.label; }},
        {ImportField::Period, [](Figure &f) { return &f.periodLabel; }},
        {ImportField::Basis, [](Figure &f) { return &f.basis; }},
        {ImportField::Caveat, [](Figure &f) { return &f.caveat; }},
        {ImportField::Note, [](Figure &f) { return &f.note; }},
        {ImportField::SourceTitle, [](Figure &f) { return &f.source.title; }},
        {ImportField::Publisher, [](Figure &f) { return &f.source.publisher; }},
        {ImportField::Quote, [](Figure &f) { return &f.source.quote; }},
    }};
    for (const auto &[field, member] : kShared) {
        const CellMemo<QString> &ours = m_texts[std::size_t(field)];
        QHash<const QChar *, QString> same;
        part.m_texts[std::size_t(field)].forEach([&](QStringView text, const QString &theirs) {
            if (const QString *mine = ours.find(text))
                same.insert(theirs.constData(), *mine);
        });
        if (same.isEmpty())
            continue;
        for (Figure *f = figures; f != figures + count; ++f) {
            QString *text = member(*f);
            if (const auto hit = same.constFind(text->constData()); hit != same.cend())
                *text = *hit;
        }
    }
}

// Past the most a document may hold, nothing comes in, and the line where that happened is named;
// what the rows after it would have said is not.
bool TableImport::withinTheLimit()
{
    if (m_result->figures.size() <= DocumentLimits::kMaxFigures)
        return true;
    const int line = m_result->origins.at(DocumentLimits::kMaxFigures).line;
    m_result->figures = {};
    m_result->origins = {};
    const auto after = [line](const RowProblem &p) { return p.line > line; };
    m_result->problems.removeIf(after);
    m_result->warnings.removeIf(after);
    fail(Tr::tr("line %1: more than %L2 figures, more than a document may hold.")
             .arg(line)
             .arg(DocumentLimits::kMaxFigures));
    return false;
}

void TableImport::readRows()
{
    // Room for the document's figures too (existingIds names them): Document::addFigures then
    // puts them in front of the imported ones in this block rather than copying all into a new
    // one. A sparse wide table could over-reserve.
    const int rows = m_table.rowCount();
    m_result->figures.reserve(rows + m_options.existingIds.size());
    m_result->origins.reserve(rows);
    adviseLargePages(m_result->figures.data(),
                     m_result->figures.capacity() * qsizetype(sizeof(Figure)));
    m_madeIds.reserve(std::size_t(rows));
    if (rows < m_options.parallelRows || m_result->layout != ImportLayout::Long) {
        readRange(0, rows);
    } else {
        // A large table is read in two halves at once, a figure a row at most: each half
        // moves its figures into the block from its first row's place on and keeps its own
        // look-ups; the plan and the table are only read; ids are settled afterwards, in the
        // rows' order.
        const int half = rows / 2;
        m_result->figures.resize(rows);
        m_slots = m_result->figures.data();
        FigureImportResult partResult;
        partResult.layout = m_result->layout;
        partResult.decimalMark = m_result->decimalMark;
        partResult.origins.reserve(rows - half);
        TableImport part(*this);
        part.m_result = &partResult;
        part.m_slots = m_slots + half;
        onBothCores([this, half] { readRange(0, half); }, [&part, half, rows] { part.readRange(half, rows); });
        mergeFrom(std::move(part));
    }
    if (withinTheLimit())
        takeIds();
}

} // namespace

FigureImportResult FigureImport::run(const CsvTable &table) const
{
    if (const std::optional<EpochFile> epoch = EpochImport::recognise(table, m_options.columns))
        return EpochImport(m_options).run(table, *epoch);
    if (const std::optional<EpochCostsFile> costs = EpochCostsImport::recognise(table, m_options.columns))
        return EpochCostsImport(m_options).run(table, *costs);
    FigureImportResult result;
    TableImport import(table, m_options, result);
    if (!import.plan())
        return result;
    import.readRows();
    if (!result.error.isEmpty())
        return result;
    if (result.figures.isEmpty() && result.problems.isEmpty()) {
        result.error = Tr::tr("%1: line %2: the file has a header but no rows of data.")
                           .arg(table.origin(), QString::number(table.headerLine()));
        return result;
    }
    result.ok = import.finish();
    return result;
}

bool TableImport::finish()
{
    // The look-ups that made the ids go before the check builds its own: the peak of an import.
    m_taken = {};
    m_explicitIds = {};
    m_entitySlugs = {};
    m_webOrigins = {};
    m_result->warnings += ImportPlausibility::check(m_result->figures, m_result->origins, m_table,
                                                   m_options.existingFigures);
    if (!m_sourceMissing)
        return true;
    // The figures stay, for the preview; ok stays false, so nothing is imported.
    fail(Tr::tr("no column for the source (a header such as “source”), and no default "
                "source was given: every figure needs where it came from."));
    return false;
}
