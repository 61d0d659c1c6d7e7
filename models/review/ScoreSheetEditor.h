#pragma once

#include "models/review/ScoreSheetStore.h"

#include <QObject>
#include <QUndoStack>

namespace rd {

// One open score sheet with undo and redo. Each change, including an undo, goes through the store and is
// durable before sheetChanged() tells the view; a change the store refuses leaves the sheet as it was and
// is reported through failed().
class ScoreSheetEditor final : public QObject
{
    Q_OBJECT
public:
    explicit ScoreSheetEditor(ScoreSheetStore& store, QObject* parent = nullptr);

    // Opens (creating when needed) the reviewer's sheet for the application; the undo history starts anew.
    Status load(qint64 applicationId, qint64 reviewerId);
    void clear();
    bool isLoaded() const { return m_sheet.id != 0; }

    const ScoreSheet& sheet() const { return m_sheet; }
    const Rubric& rubric() const { return m_rubric; }
    QList<SheetProblem> problems() const { return validate(m_rubric, m_sheet); }
    double total() const { return sheetTotal(m_rubric, m_sheet); }
    bool locked() const { return m_sheet.state == ScoreSheet::State::Conflict; }

    QUndoStack* undoStack() { return &m_undo; }

    // Writes one change durably and makes it undoable. Consecutive edits of the same comment merge into
    // one undo step, as typing in a text editor does.
    Status edit(const SheetEdit& edit);
    Status setComplete(bool complete);
    Status declareConflict(const QString& reason);

Q_SIGNALS:
    void sheetChanged();
    void failed(const QString& message);

private:
    friend class SheetEditCommand;
    bool write(const SheetEdit& edit);

    ScoreSheetStore& m_store;
    ScoreSheet m_sheet;
    Rubric m_rubric;
    QUndoStack m_undo;
};

} // namespace rd
