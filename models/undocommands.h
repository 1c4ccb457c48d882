#pragma once

#include "figure.h"

#include <QUndoCommand>
#include <QVector>

#include <functional>

class FigureModel;

// Undoable changes to a document. Figure commands find their figures by id, so they stay
// right whatever sorting or other edits happened in between.

// One figure replaced by an edited copy (a cell edit, a form edit).
class EditFigureCommand : public QUndoCommand
{
public:
    EditFigureCommand(FigureModel *figures, const Figure &before, const Figure &after,
                      const QString &text);
    void redo() override;
    void undo() override;

private:
    void apply(const Figure &figure);
    FigureModel *m_figures;
    Figure m_before;
    Figure m_after;
};

// New figures appended (add, paste, import).
class AddFiguresCommand : public QUndoCommand
{
public:
    AddFiguresCommand(FigureModel *figures, QVector<Figure> added, const QString &text);
    void redo() override;
    void undo() override;

private:
    FigureModel *m_figures;
    QVector<Figure> m_added; // held here only while undone: the table has them otherwise
    int m_count;
};

// Figures removed, wherever they are; undo puts each back at its row.
class RemoveFiguresCommand : public QUndoCommand
{
public:
    RemoveFiguresCommand(FigureModel *figures, const QVector<int> &rows, const QString &text);
    void redo() override;
    void undo() override;

private:
    FigureModel *m_figures;
    QVector<QPair<int, Figure>> m_removed; // ascending rows
};

// A dashboard setting (baseline, compared figures, growth series, chart texts): two closures
// that set the old and the new value. Successive changes with the same merge key fold into one
// step, so typing a title is one undo, not one per key.
class SetValueCommand : public QUndoCommand
{
public:
    SetValueCommand(const QString &text, std::function<void()> redo, std::function<void()> undo,
                    const QString &mergeKey = QString());
    void redo() override { m_redo(); }
    void undo() override { m_undo(); }
    int id() const override { return m_mergeKey.isEmpty() ? -1 : 1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    std::function<void()> m_redo;
    std::function<void()> m_undo;
    QString m_mergeKey;
};
