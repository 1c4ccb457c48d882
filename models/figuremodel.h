#pragma once

#include "figure.h"
#include "figureindex.h"
#include "numberformat.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

#include <functional>

namespace Derivation {
struct Update;
}

// The editable table of figures: the single store every derived model and chart reads.
class FigureModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        LabelColumn,
        ValueColumn,
        PeriodColumn,
        EntityColumn,
        KindColumn,
        StatusColumn,
        LevelColumn,
        SourceColumn,
        ColumnCount
    };

    explicit FigureModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    void setFigures(const QVector<Figure> &figures);
    const QVector<Figure> &figures() const { return m_figures; }
    const Figure &figure(int row) const { return m_figures.at(row); }
    int rowOf(const QString &id) const { return m_rowById.value(id, -1); }
    // An entity (its stored English name) as shown in the language in force: the Chinese name the
    // first of its figures carries (FigureText::entityName), else the name itself.
    QString entityShown(const QString &entity) const;
    const QHash<QString, int> &rowIndex() const { return m_rowById; }
    // Derived rows and money years, kept current on every change (FigureIndex).
    const FigureIndex &figureIndex() const { return m_index; }
    // Replaces one figure whole; the id must stay the same.
    void replaceFigure(int row, const Figure &figure);
    // Sets the values of derived figures in one step with one change notification.
    void setValues(const QVector<Derivation::Update> &values);
    // Inserts figures at row in one step; their ids must be new.
    void insertFigures(int row, QVector<Figure> figures);
    // Removes count figures starting at row.
    void removeFigures(int row, int count);
    // An id not yet used, made from base ("meta-capex-2027", then "-2", "-3", …).
    QString uniqueId(const QString &base) const;

    // Where validated cell edits go instead of straight into the table, so that a document can
    // make them undoable. Without a sink, edits apply at once.
    using EditSink = std::function<void(int row, const Figure &after)>;
    void setEditSink(EditSink sink) { m_editSink = std::move(sink); }

    // How a derived figure's value was made ("derived: …"), for its tooltip; set by the document.
    void setDerivationText(std::function<QString(int row)> text) { m_derivationText = std::move(text); }
    QString derivationText(int row) const { return m_derivationText ? m_derivationText(row) : QString(); }

    // "The Information, 2025-01-29": who published a figure and when, for the Source column;
    // withTitle puts the source's title first (the source panel). Empty parts and a publisher
    // that repeats the title are left out.
    static QString sourceText(const Source &source, bool withTitle);

    const NumberFormat &numberFormat() const { return m_format; }
    // Reformats every cell (unit style, locale); the numbers do not change.
    void setNumberFormat(const NumberFormat &format);

Q_SIGNALS:
    // A user edit was refused; the reason names the cell and why.
    void editRejected(const QString &reason);

private:
    QVariant displayText(const Figure &f, int column) const;
    QVariant sortValue(const Figure &f, int column) const;
    bool reject(const QString &reason);
    void reindex();
    // Labels and texts are drawn: a direction override in one would draw it backwards.
    void removeBidiControls(qsizetype from, qsizetype to);

    QVector<Figure> m_figures;
    QHash<QString, int> m_rowById;
    FigureIndex m_index;
    NumberFormat m_format;
    EditSink m_editSink;
    std::function<QString(int row)> m_derivationText;
};
