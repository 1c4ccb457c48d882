#include "figuremodel.h"

#include "derivation.h"
#include "textsafety.h"

#include "amountparser.h"
#include "figurerules.h"
#include "roles.h"

#include <QColor>

#include <algorithm>

FigureModel::FigureModel(QObject *parent) : QAbstractTableModel(parent) {}

int FigureModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_figures.size());
}

int FigureModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FigureModel::displayText(const Figure &f, int column) const
{
    switch (column) {
    case LabelColumn:
        return FigureText::labelName(f);
    case EntityColumn:
        return FigureText::entityName(f);
    case KindColumn:
        return FigureText::kindName(f.kind);
    case PeriodColumn:
        return f.periodLabel.isEmpty() ? QString::number(f.year) : f.periodLabel;
    case ValueColumn:
        return m_format.quantityRange(f.low, f.high, f.unit);
    case StatusColumn:
        return FigureText::statusName(f.status);
    case LevelColumn:
        return FigureText::levelName(f.level);
    case SourceColumn:
        if (f.source.title.trimmed().isEmpty())
            return tr("⚠ No source");
        return sourceText(f.source, false);
    }
    return {};
}

QString FigureModel::entityShown(const QString &entity) const
{
    for (const Figure &f : m_figures)
        if (f.entity == entity)
            return FigureText::entityName(f);
    return entity;
}

QString FigureModel::sourceText(const Source &source, bool withTitle)
{
    QStringList parts;
    const QString publisher = source.publisher.trimmed();
    const QString title = FigureText::sourceTitleName(source);
    for (const QString &part : {withTitle || publisher.isEmpty() ? title.trimmed() : QString(), publisher,
                                source.date.toString(Qt::ISODate)}) {
        const bool repeated = std::any_of(parts.begin(), parts.end(), [&](const QString &p) {
            return p.compare(part, Qt::CaseInsensitive) == 0;
        });
        if (!part.isEmpty() && !repeated)
            parts.append(part);
    }
    return parts.join(QStringLiteral(", "));
}

QVariant FigureModel::sortValue(const Figure &f, int column) const
{
    switch (column) {
    case PeriodColumn:
        return f.year;
    case ValueColumn:
        return f.high;
    case SourceColumn:
        return f.source.date;
    default:
        return displayText(f, column);
    }
}

QVariant FigureModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Figure &f = m_figures.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(f, index.column());
    case Qt::EditRole:
        if (index.column() == ValueColumn) {
            const NumberFormat exact = NumberFormat(6).withoutTrailingZeros(); // as typed
            return exact.quantityRange(f.low, f.high, FigureUnit::Usd)
                .remove(QLatin1Char('$'));
        }
        if (index.column() == PeriodColumn)
            return f.year;
        if (index.column() == LabelColumn) // what is edited is the stored (English) name
            return f.label;
        if (index.column() == EntityColumn)
            return f.entity;
        return displayText(f, index.column());
    case Qt::ForegroundRole:
        if (f.source.title.trimmed().isEmpty() &&
            (index.column() == SourceColumn || index.column() == LabelColumn))
            return QColor(0xb0, 0x30, 0x00);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ValueColumn && f.isDerived() && m_derivationText)
            return m_derivationText(index.row());
        if (f.source.title.trimmed().isEmpty())
            return tr("This figure has no source: add one before publishing it.");
        if (index.column() == SourceColumn || index.column() == LabelColumn)
            return QString(FigureText::sourceTitleName(f.source) +
                           (f.caveat.isEmpty() ? QString() : QStringLiteral("\n") + f.caveat));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ValueColumn || index.column() == PeriodColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Roles::SortRole:
        return sortValue(f, index.column());
    case Roles::LowRole:
        return index.column() == ValueColumn ? QVariant(f.low) : QVariant();
    case Roles::HighRole:
        return index.column() == ValueColumn ? QVariant(f.high) : QVariant();
    case Roles::FigureIdRole:
        return f.id;
    }
    return {};
}

QVariant FigureModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case LabelColumn:
            return tr("Figure");
        case EntityColumn:
            return tr("Entity");
        case KindColumn:
            return tr("Kind");
        case PeriodColumn:
            return tr("Period");
        case ValueColumn:
            return tr("Value");
        case StatusColumn:
            return tr("Status");
        case LevelColumn:
            return tr("Level");
        case SourceColumn:
            return tr("Source");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case PeriodColumn:
            return tr("The year the figure is about; edit to change the year.");
        case ValueColumn:
            return tr("Nominal US dollars unless shown otherwise. Type 5.576M, 39.23B or a range "
                      "such as 60–65B.");
        case LevelColumn:
            return tr("Primary: read in the original document. Secondary: from reporting. "
                      "Derived: computed from primary line items.");
        }
    }
    return {};
}

Qt::ItemFlags FigureModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    switch (index.column()) {
    case LabelColumn:
    case EntityColumn:
    case PeriodColumn:
    case ValueColumn:
        flags |= Qt::ItemIsEditable;
        break;
    }
    return flags;
}

bool FigureModel::reject(const QString &reason)
{
    Q_EMIT editRejected(reason);
    return false;
}

bool FigureModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    Figure f = m_figures.at(index.row());
    const QString where = tr("%1, %2").arg(f.label, headerData(index.column(), Qt::Horizontal).toString());
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case LabelColumn:
    case EntityColumn: {
        const bool label = index.column() == LabelColumn;
        const QString why = FigureRules::requiredProblem(label ? FigureField::Label : FigureField::Entity, text);
        if (!why.isEmpty())
            return reject(tr("%1: %2").arg(where, why));
        (label ? f.label : f.entity) = text;
        FigureText::dropStaleNames(m_figures.at(index.row()), &f);
        break;
    }
    case PeriodColumn: {
        bool ok = false;
        const int year = text.toInt(&ok);
        if (!ok)
            return reject(tr("%1: “%2” is not a year such as 2024.").arg(where, text));
        if (const QString why = FigureRules::yearProblem(year); !why.isEmpty())
            return reject(tr("%1: %2").arg(where, why));
        if (year != f.year) {
            f.year = year;
            f.periodLabel = QString::number(year);
        }
        break;
    }
    case ValueColumn: {
        if (f.isDerived())
            return reject(tr("%1: this value is derived from a formula (%2); change its parameters, "
                             "or its formula in the figure form.")
                              .arg(where, f.formula));
        const ParsedAmount amount = parseAmount(text);
        if (!amount.ok)
            return reject(tr("%1: %2").arg(where, amount.error));
        f.low = amount.low;
        f.high = amount.high;
        if (amount.currency && FigureText::isMoney(f.unit))
            f.unit = *amount.currency; // "600亿元" typed over dollars is yuan, never silently dollars
        break;
    }
    default:
        return false;
    }
    if (f == m_figures.at(index.row()))
        return true;
    if (m_editSink)
        m_editSink(index.row(), f);
    else
        replaceFigure(index.row(), f);
    return true;
}

void FigureModel::setNumberFormat(const NumberFormat &format)
{
    if (format == m_format)
        return;
    m_format = format;
    if (!m_figures.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole});
}

void FigureModel::setFigures(const QVector<Figure> &figures)
{
    beginResetModel();
    m_figures = figures;
    removeBidiControls(0, m_figures.size());
    reindex();
    endResetModel();
}

void FigureModel::replaceFigure(int row, const Figure &figure)
{
    Q_ASSERT(row >= 0 && row < m_figures.size());
    Q_ASSERT(m_figures.at(row).id == figure.id);
    const FigureIndex::Entry before = FigureIndex::entryOf(m_figures.at(row));
    m_figures[row] = figure;
    removeBidiControls(row, row + 1);
    m_index.replace(row, before, FigureIndex::entryOf(m_figures.at(row)));
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void FigureModel::setValues(const QVector<Derivation::Update> &values)
{
    if (values.isEmpty())
        return;
    int first = int(m_figures.size());
    int last = -1;
    for (const Derivation::Update &v : values) {
        Q_ASSERT(v.row >= 0 && v.row < m_figures.size());
        m_figures[v.row].low = v.low;
        m_figures[v.row].high = v.high;
        first = qMin(first, v.row);
        last = qMax(last, v.row);
    }
    Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

namespace {

bool hasRoomFor(const QVector<Figure> &figures, qsizetype more)
{
    return figures.isDetached() && figures.capacity() - figures.size() >= more &&
           figures.size() > more;
}

} // namespace

void FigureModel::insertFigures(int row, QVector<Figure> figures)
{
    if (figures.isEmpty())
        return;
    Q_ASSERT(row >= 0 && row <= m_figures.size());
    beginInsertRows({}, row, row + int(figures.size()) - 1);
    const qsizetype before = m_figures.size();
    if (m_figures.isEmpty()) {
        m_figures = std::move(figures); // adopted, not copied
    } else if (row == m_figures.size() && hasRoomFor(figures, m_figures.size())) {
        // A large block with room for the few figures already here (FigureImport leaves it):
        // they move to its front, so two arrays of all the figures never stand side by side.
        const qsizetype added = figures.size();
        figures.resize(added + m_figures.size());
        std::move_backward(figures.begin(), figures.begin() + added, figures.end());
        std::move(m_figures.begin(), m_figures.end(), figures.begin());
        m_figures = std::move(figures);
    } else if (row == m_figures.size()) {
        m_figures.reserve(m_figures.size() + figures.size());
        for (Figure &f : figures)
            m_figures.append(std::move(f));
    } else {
        m_figures.insert(row, figures.size(), Figure());
        std::move(figures.begin(), figures.end(), m_figures.begin() + row);
    }
    // Let the caller's copy go before the index and the derived models grow: with 100,000
    // imported figures the two arrays side by side are the peak of an import.
    figures = QVector<Figure>();
    removeBidiControls(row, row + qsizetype(m_figures.size() - before));
    reindex();
    Q_ASSERT(m_rowById.size() == m_figures.size()); // ids stay unique
    endInsertRows();
}

void FigureModel::removeBidiControls(qsizetype from, qsizetype to)
{
    // Read first and write only a figure that needs it, so clean figures stay shared (and are
    // not copied to be read).
    for (qsizetype row = from; row < to; ++row) {
        if (!TextSafety::hasBidiControls(std::as_const(m_figures).at(row)))
            continue;
        Figure f = m_figures.at(row);
        if (TextSafety::cleanFigure(&f))
            m_figures[row] = f;
    }
}

void FigureModel::removeFigures(int row, int count)
{
    if (count <= 0)
        return;
    Q_ASSERT(row >= 0 && row + count <= m_figures.size());
    beginRemoveRows({}, row, row + count - 1);
    m_figures.remove(row, count);
    reindex();
    endRemoveRows();
}

QString FigureModel::uniqueId(const QString &base) const
{
    const QString stem = base.isEmpty() ? QStringLiteral("figure") : base;
    QString id = stem;
    for (int n = 2; m_rowById.contains(id); ++n)
        id = stem + QLatin1Char('-') + QString::number(n);
    return id;
}

void FigureModel::reindex()
{
    m_rowById.clear();
    m_index.clear();
    for (int row = 0; row < m_figures.size(); ++row) {
        const Figure &f = m_figures.at(row);
        m_rowById.insert(f.id, row);
        m_index.add(row, f);
    }
}
