#include "undocommands.h"

#include "figuremodel.h"

#include <algorithm>

EditFigureCommand::EditFigureCommand(FigureModel *figures, const Figure &before,
                                     const Figure &after, const QString &text)
    : QUndoCommand(text), m_figures(figures), m_before(before), m_after(after)
{
    Q_ASSERT(before.id == after.id);
}

void EditFigureCommand::apply(const Figure &figure)
{
    const int row = m_figures->rowOf(figure.id);
    Q_ASSERT(row >= 0);
    if (row >= 0)
        m_figures->replaceFigure(row, figure);
}

void EditFigureCommand::redo()
{
    apply(m_after);
}
void EditFigureCommand::undo()
{
    apply(m_before);
}

AddFiguresCommand::AddFiguresCommand(FigureModel *figures, QVector<Figure> added, const QString &text)
    : QUndoCommand(text), m_figures(figures), m_added(std::move(added)), m_count(int(m_added.size()))
{
}

void AddFiguresCommand::redo()
{
    // One copy of 100,000 imported figures is enough: the table keeps them until an undo.
    m_figures->insertFigures(m_figures->rowCount(), std::move(m_added));
    m_added = QVector<Figure>();
}

void AddFiguresCommand::undo()
{
    // Appended as one block, so they are the last rows.
    const int first = m_figures->rowCount() - m_count;
    m_added = m_figures->figures().mid(first);
    m_figures->removeFigures(first, m_count);
}

RemoveFiguresCommand::RemoveFiguresCommand(FigureModel *figures, const QVector<int> &rows,
                                           const QString &text)
    : QUndoCommand(text), m_figures(figures)
{
    QVector<int> sorted = rows;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    for (int row : sorted)
        m_removed.append({row, figures->figure(row)});
}

void RemoveFiguresCommand::redo()
{
    for (auto it = m_removed.crbegin(); it != m_removed.crend(); ++it)
        m_figures->removeFigures(m_figures->rowOf(it->second.id), 1);
}

void RemoveFiguresCommand::undo()
{
    for (const auto &entry : m_removed)
        m_figures->insertFigures(entry.first, {entry.second});
}

SetValueCommand::SetValueCommand(const QString &text, std::function<void()> redo,
                                 std::function<void()> undo, const QString &mergeKey)
    : QUndoCommand(text), m_redo(std::move(redo)), m_undo(std::move(undo)), m_mergeKey(mergeKey)
{
}

bool SetValueCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetValueCommand *>(other);
    if (next->m_mergeKey != m_mergeKey)
        return false;
    m_redo = next->m_redo; // keep our undo (the value before the first change)
    return true;
}
