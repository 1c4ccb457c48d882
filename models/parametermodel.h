#pragma once

#include "parameter.h"

#include <QAbstractTableModel>
#include <QVector>

#include <functional>

class FigureModel;

// The document's parameters as a table: name, value (editable), and the figures that use
// them. Values typed here go through a sink (the document, which checks them and makes the
// change undoable).
class ParameterModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LabelColumn, ValueColumn, NameColumn, UsedByColumn, ColumnCount };

    explicit ParameterModel(const FigureModel *figures, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    void setParameters(const QVector<Parameter> &parameters);
    const QVector<Parameter> &parameters() const { return m_parameters; }
    int rowOf(const QString &name) const;
    // Changes one value (already checked); announces that row's value.
    void setValue(const QString &name, double value);

    // Where typed values go; returns an empty string when accepted, else why not.
    using ValueSink = std::function<QString(const QString &name, double value)>;
    void setValueSink(ValueSink sink) { m_sink = std::move(sink); }

    // Reads "3", "$3", "2.50 per GPU-hour"; false if it is not a number.
    static bool parseValue(const QString &text, double *value);

    // Announces every value's text as changed, after the number format changed.
    void announceFormatChange();

Q_SIGNALS:
    void valueChanged(const QString &name);
    void editRejected(const QString &reason);

private:
    const FigureModel *m_figures;
    QVector<Parameter> m_parameters;
    ValueSink m_sink;
};
