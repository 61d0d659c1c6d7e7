#pragma once

#include "models/consensus/Compilation.h"
#include "models/core/Result.h"
#include "models/review/ReviewerStore.h"
#include "models/review/ScoreSheet.h"
#include "models/rubric/Rubric.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

namespace rd::consensus {

// A member's score revised in the 共識會議 (複評). The returned sheet stays as received; the revision
// keeps the original beside the new score, and the reason is required.
struct ScoreRevision
{
    qint64 id = 0;
    qint64 applicationId = 0;
    qint64 reviewerId = 0;
    QString criterion;
    double original = 0;
    double revised = 0;
    QString reason;
    QDateTime at;
};

// A sheet whose working copy in the database differs from what its member returned (and signed): the figures
// use the returned sheet, and the difference blocks finalising until it is explained away by a new return.
struct SheetDiscrepancy
{
    qint64 applicationId = 0;
    qint64 reviewerId = 0;
    QString what;
};

// An application 資格文件審查 did not find 符合: not reviewed, ranked or funded, but shown with its outcome.
struct ScreenedOut
{
    qint64 applicationId = 0;
    QString outcome; // in the reader's language
    QString reason;
    bool notAccepted = false; // 不予受理 (also when a 補正 lapsed); else still pending or to be supplemented
};

// What the compilation and the meeting need of a round, read from the secretariat's workspace: each
// application with the members assigned to it without a conflict and the sheets their returns brought
// in, the rubric, the committee and the names to show.
struct RoundData
{
    QString roundName;
    QString program;
    Rubric rubric;
    QList<ApplicationInput> applications; // found 符合; the meeting's revisions applied, the latest per score
    QList<ApplicationInput> asReturned;   // the same sheets as the members returned them
    QList<CriterionInput> criteria;
    QList<Reviewer> committee; // every member with an assignment in the round, by id
    QHash<qint64, QString> ubns;
    QHash<qint64, QString> applicants;
    QHash<qint64, QString> titles;
    QHash<qint64, QString> reviewerNames;
    QHash<qint64, QList<ScoreSheet>> sheets; // by application, as returned: the comments
    QList<ScoreRevision> revisions;          // in the order they were made
    QList<SheetDiscrepancy> discrepancies;   // working copies that differ from the sheets as returned
    QList<ScreenedOut> screenedOut;          // not found 符合 in 資格文件審查, by 統一編號
    bool unsignedReturns = false;            // the round accepts unsigned sheets (RoundSettings)

    const Reviewer* member(qint64 id) const;
    double requestedSubsidy(qint64 applicationId) const;
    // The sheets of an application as returned, by reference (sheets.value() would hand out a copy that
    // pointers into it outlive); empty when there are none.
    const QList<ScoreSheet>& sheetsOf(qint64 applicationId) const;
    const ScoreSheet* sheet(qint64 applicationId, qint64 reviewerId) const;
    // A member's sheet for an application as the compilation sees it, revised or as returned; null if none.
    const SheetInput* sheetInput(qint64 applicationId, qint64 reviewerId, bool asReturned = false) const;
};

// The counted sheets are the sheets as the members returned them: the JSON each current return brought, whose
// digest the member's signature binds. The working tables are checked against them on every load.
Result<RoundData> loadRound(const QSqlDatabase& db, qint64 roundId);

} // namespace rd::consensus
