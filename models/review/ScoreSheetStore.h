#pragma once

#include "models/core/Result.h"
#include "models/review/ScoreSheet.h"
#include "models/rubric/Rubric.h"

#include <QHash>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace rd {

struct SheetRevision
{
    int revision = 0;
    QDateTime at;
    QString field;
    QString item;
    QString before;
    QString after;
    QString reason;
};

// How far a reviewer is with the applications assigned in a round.
struct ReviewProgress
{
    int assigned = 0;
    int started = 0; // sheets with anything written on them, complete or not
    int complete = 0;
    int conflicts = 0;
    int done() const { return complete + conflicts; }
};

// Score sheets in the workspace. Every change is one transaction that is on disk when the call returns
// (WAL with synchronous=FULL), records the revision it made, and is checked against the round's frozen
// rubric; so whatever the UI shows as saved survives a crash or a pulled power cord.
class ScoreSheetStore final
{
public:
    explicit ScoreSheetStore(QSqlDatabase db) : m_db(std::move(db)) {}

    // The reviewer's sheet for an application, created empty on first use. Only an assigned reviewer has one.
    Result<ScoreSheet> open(qint64 applicationId, qint64 reviewerId);
    Result<ScoreSheet> sheet(qint64 sheetId) const;
    Result<std::optional<ScoreSheet>> find(qint64 applicationId, qint64 reviewerId) const;
    // The sheets of one reviewer (or of all with reviewerId 0) in a round, by application.
    Result<QList<ScoreSheet>> sheets(qint64 roundId, qint64 reviewerId = 0) const;

    // Applies one edit. A complete sheet that the edit leaves invalid goes back to draft.
    Result<ScoreSheet> apply(qint64 sheetId, const SheetEdit& edit, const QString& reason = {});
    // Marks the sheet complete (refused, listing what is missing, unless it is valid) or back to draft.
    Result<ScoreSheet> setComplete(qint64 sheetId, bool complete);
    // The reviewer declares a conflict of interest: the sheet is locked and carries the reason.
    Result<ScoreSheet> declareConflict(qint64 sheetId, const QString& reason);

    // Puts a sheet as a score return carries it in place of the reviewer's sheet for the application,
    // inside the caller's transaction, recording the whole sheet before and after as one revision.
    Result<ScoreSheet> storeReturned(qint64 applicationId, qint64 reviewerId, const ScoreSheet& returned,
                                     const QString& reason);

    Result<QList<SheetRevision>> revisions(qint64 sheetId) const;
    Result<ReviewProgress> progress(qint64 roundId, qint64 reviewerId) const;

    // The rubric frozen for the round of an application.
    Result<Rubric> rubricOf(qint64 applicationId) const;

private:
    // What one change did to a sheet, for its revision record; `none` when it changed nothing.
    struct Change
    {
        QString field;
        QString item;
        QString before;
        QString after;
        QString reason;
        bool none = false;
    };
    // Loads the sheet, lets `mutate` change it, and writes it with its revision, all in one transaction.
    Result<ScoreSheet> modify(qint64 sheetId, const std::function<Result<Change>(ScoreSheet&)>& mutate);
    Result<ScoreSheet> load(qint64 sheetId) const;
    // Writes `sheet` over the stored one and records the change as its next revision, inside the caller's
    // transaction.
    Result<ScoreSheet> write(ScoreSheet sheet, const QString& field, const QString& item, const QString& before,
                             const QString& after, const QString& reason);

    QSqlDatabase m_db;
    mutable QHash<qint64, Rubric> m_rubrics; // by round; a frozen rubric never changes
};

} // namespace rd
