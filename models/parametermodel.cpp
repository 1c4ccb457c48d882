#include "parametermodel.h"

#include "derivation.h"
#include "figuremodel.h"
#include "roles.h"

#include <QRegularExpression>

ParameterModel::ParameterModel(const FigureModel *figures, QObject *parent)
    : QAbstractTableModel(parent), m_figures(figures)
{
    // "Used by" follows the figure table.
    const auto usedByChanged = [this] {
        if (!m_parameters.isEmpty())
            Q_EMIT dataChanged(index(0, UsedByColumn), index(rowCount() - 1, UsedByColumn));
    };
    connect(figures, &QAbstractItemModel::modelReset, this, usedByChanged);
    connect(figures, &QAbstractItemModel::rowsInserted, this, usedByChanged);
    connect(figures, &QAbstractItemModel::rowsRemoved, this, usedByChanged);
}

int ParameterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_parameters.size());
}

int ParameterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParameterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Parameter &p = m_parameters.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LabelColumn:
            return p.label;
        case ValueColumn:
            return ParameterText::value(p, m_figures->numberFormat());
        case NameColumn:
            return p.name;
        case UsedByColumn: {
            QStringList labels;
            for (int row : Derivation::dependents(m_figures->figures(), QString(), p.name))
                labels.append(m_figures->figure(row).label);
            return labels.isEmpty() ? tr("nothing") : labels.join(QStringLiteral("; "));
        }
        }
        return {};
    case Qt::EditRole:
        if (index.column() == ValueColumn)
            return p.value;
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return tr("Formulas write this parameter as “%1”.").arg(p.name);
        return p.note.isEmpty() ? QVariant() : QVariant(p.note);
    case Qt::TextAlignmentRole:
        if (index.column() == ValueColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Roles::SortRole:
        return index.column() == ValueColumn ? QVariant(p.value) : data(index, Qt::DisplayRole);
    case Roles::LowRole:
    case Roles::HighRole:
        return index.column() == ValueColumn ? QVariant(p.value) : QVariant();
    }
    return {};
}

QVariant ParameterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LabelColumn:
        return tr("Parameter");
    case ValueColumn:
        return tr("Value");
    case NameColumn:
        return tr("Name in formulas");
    case UsedByColumn:
        return tr("Used by");
    }
    return {};
}

Qt::ItemFlags ParameterModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == ValueColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ParameterModel::parseValue(const QString &text, double *value)
{
    static const QRegularExpression unit(
        QStringLiteral("^\\$?\\s*([0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)\\s*(?:(?:/|per)\\s*(?:GPU-?)?h(?:our)?s?)?$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = unit.match(text.trimmed());
    if (!m.hasMatch())
        return false;
    bool ok = false;
    *value = m.captured(1).toDouble(&ok);
    return ok;
}

bool ParameterModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != ValueColumn ||
        !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const Parameter &p = m_parameters.at(index.row());
    double v = 0;
    bool ok = value.userType() == QMetaType::Double;
    if (ok)
        v = value.toDouble();
    else
        ok = parseValue(value.toString(), &v);
    if (!ok) {
        Q_EMIT editRejected(tr("%1: “%2” is not a number; type a value such as 2.50.")
                                .arg(p.label, value.toString()));
        return false;
    }
    if (m_sink) {
        const QString why = m_sink(p.name, v);
        if (!why.isEmpty()) {
            Q_EMIT editRejected(why);
            return false;
        }
        return true;
    }
    setValue(p.name, v);
    return true;
}

void ParameterModel::setParameters(const QVector<Parameter> &parameters)
{
    beginResetModel();
    m_parameters = parameters;
    endResetModel();
}

int ParameterModel::rowOf(const QString &name) const
{
    for (int row = 0; row < m_parameters.size(); ++row)
        if (m_parameters.at(row).name == name)
            return row;
    return -1;
}

void ParameterModel::setValue(const QString &name, double value)
{
    const int row = rowOf(name);
    if (row < 0 || m_parameters.at(row).value == value)
        return;
    m_parameters[row].value = value;
    Q_EMIT dataChanged(index(row, ValueColumn), index(row, ValueColumn));
    Q_EMIT valueChanged(name);
}

void ParameterModel::announceFormatChange()
{
    if (!m_parameters.isEmpty())
        Q_EMIT dataChanged(index(0, ValueColumn), index(rowCount() - 1, ValueColumn),
                           {Qt::DisplayRole});
}
