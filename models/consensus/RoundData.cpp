#include "consensus/RoundData.h"

#include "review/ReviewerStore.h"
#include "review/ScoreSheetStore.h"
#include "store/ApplicationStore.h"
#include "store/Sql.h"

#include <QSet>

namespace rd::consensus {

namespace {

Result<QList<ScoreRevision>> loadRevisions(const QSqlDatabase& db, qint64 roundId)
{
    using R = Result<QList<ScoreRevision>>;
    // A workspace opened read-only keeps its schema; one from before schema 7 has no meeting yet.
    auto table = sql::scalar(
        db, QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'score_revisions'"));
    if (!table)
        return R::failure(table.error());
    QList<ScoreRevision> revisions;
    if (!table->isValid())
        return revisions;
    auto rows = sql::exec(db,
                          QStringLiteral("SELECT id, application_id, reviewer_id, criterion, original, revised, reason,"
                                         " revised_at FROM score_revisions WHERE round_id = ? ORDER BY id"),
                          {roundId});
    if (!rows)
        return R::failure(rows.error());
    while (rows->next())
        revisions.append({rows->value(0).toLongLong(), rows->value(1).toLongLong(), rows->value(2).toLongLong(),
                          rows->value(3).toString(), rows->value(4).toDouble(), rows->value(5).toDouble(),
                          rows->value(6).toString(),
                          QDateTime::fromString(rows->value(7).toString(), Qt::ISODateWithMs)});
    return revisions;
}

// The latest revision of each score takes its place; totals follow.
void applyRevisions(RoundData& data)
{
    QHash<qint64, int> index;
    for (int i = 0; i < data.applications.size(); ++i)
        index.insert(data.applications.at(i).applicationId, i);
    for (const ScoreRevision& revision : std::as_const(data.revisions)) {
        if (!index.contains(revision.applicationId))
            continue;
        for (SheetInput& sheet : data.applications[index.value(revision.applicationId)].sheets) {
            if (sheet.reviewerId != revision.reviewerId)
                continue;
            sheet.criteria.insert(revision.criterion, revision.revised);
            sheet.total = data.rubric.total(sheet.criteria);
        }
    }
}

} // namespace

const Reviewer* RoundData::member(qint64 id) const
{
    for (const Reviewer& r : committee)
        if (r.id == id)
            return &r;
    return nullptr;
}

double RoundData::requestedSubsidy(qint64 applicationId) const
{
    for (const ApplicationInput& app : applications)
        if (app.applicationId == applicationId)
            return app.requestedSubsidy;
    return 0;
}

const QList<ScoreSheet>& RoundData::sheetsOf(qint64 applicationId) const
{
    static const QList<ScoreSheet> none;
    const auto it = sheets.constFind(applicationId);
    return it == sheets.constEnd() ? none : *it;
}

const ScoreSheet* RoundData::sheet(qint64 applicationId, qint64 reviewerId) const
{
    for (const ScoreSheet& s : sheetsOf(applicationId))
        if (s.reviewerId == reviewerId)
            return &s;
    return nullptr;
}

const SheetInput* RoundData::sheetInput(qint64 applicationId, qint64 reviewerId, bool returned) const
{
    for (const ApplicationInput& app : returned ? asReturned : applications)
        if (app.applicationId == applicationId)
            for (const SheetInput& sheet : app.sheets)
                if (sheet.reviewerId == reviewerId)
                    return &sheet;
    return nullptr;
}

Result<RoundData> loadRound(const QSqlDatabase& db, qint64 roundId)
{
    using R = Result<RoundData>;
    ApplicationStore store(db);
    ReviewerStore reviewers(db);
    auto rubric = store.roundRubric(roundId);
    auto applications = store.applications(roundId);
    auto assignments = reviewers.assignments(roundId);
    auto pool = reviewers.reviewers();
    auto sheets = ScoreSheetStore(db).sheets(roundId);
    if (!rubric || !applications || !assignments || !pool || !sheets)
        return R::failure(!rubric         ? rubric.error()
                          : !applications ? applications.error()
                          : !assignments  ? assignments.error()
                          : !pool         ? pool.error()
                                          : sheets.error());
    // Sheets whose member sent a later return that changed them: a replaced return holds other data.
    auto superseded =
        sql::exec(db,
                  QStringLiteral("SELECT DISTINCT r.reviewer_id, s.application_id FROM returned_sheets s"
                                 " JOIN score_returns r ON r.id = s.return_id"
                                 " WHERE r.round_id = ? AND r.replaced_at IS NOT NULL AND s.data_sha256 NOT IN"
                                 " (SELECT c.data_sha256 FROM returned_sheets c JOIN score_returns cr"
                                 "  ON cr.id = c.return_id WHERE cr.replaced_at IS NULL"
                                 "  AND cr.reviewer_id = r.reviewer_id AND c.application_id = s.application_id)"),
                  {roundId});
    if (!superseded)
        return R::failure(superseded.error());
    QSet<QPair<qint64, qint64>> changed;
    while (superseded->next())
        changed.insert({superseded->value(0).toLongLong(), superseded->value(1).toLongLong()});

    auto round = store.round(roundId);
    if (!round)
        return R::failure(round.error());
    auto revisions = loadRevisions(db, roundId);
    if (!revisions)
        return R::failure(revisions.error());

    RoundData data;
    data.roundName = round->name;
    data.program = round->program;
    data.rubric = *rubric;
    data.revisions = *revisions;
    for (const RubricCriterion& c : rubric->criteria())
        data.criteria.append({c.id, rubric->maximum(c)});
    QSet<qint64> inRound;
    for (const Assignment& a : *assignments)
        inRound.insert(a.reviewerId);
    for (const Reviewer& r : *pool) {
        data.reviewerNames.insert(r.id, r.name);
        if (inRound.contains(r.id))
            data.committee.append(r);
    }
    QHash<qint64, int> index;
    for (const ApplicationSummary& a : *applications) {
        index.insert(a.id, int(data.applications.size()));
        data.applications.append({a.id, a.requestedSubsidy, {}, {}});
        data.ubns.insert(a.id, a.ubn);
        data.applicants.insert(a.id, a.applicantName);
        data.titles.insert(a.id, a.title);
    }
    for (const Assignment& a : *assignments) {
        // A member counts when assigned without a conflict, or with one the secretariat overrode with a reason.
        const bool conflicted = (!a.conflicts.isEmpty() && a.overrideReason.isEmpty()) || !a.declaredConflict.isEmpty();
        if (!conflicted && index.contains(a.applicationId))
            data.applications[index.value(a.applicationId)].assigned.append(a.reviewerId);
    }
    for (const ScoreSheet& s : *sheets) {
        if (!index.contains(s.applicationId))
            continue;
        SheetInput input;
        input.reviewerId = s.reviewerId;
        input.state = s.state == ScoreSheet::State::Complete   ? SheetInput::State::Complete
                      : s.state == ScoreSheet::State::Conflict ? SheetInput::State::Conflict
                                                               : SheetInput::State::Incomplete;
        input.total = sheetTotal(*rubric, s);
        input.criteria = s.scores();
        input.superseded = changed.contains({s.reviewerId, s.applicationId});
        data.applications[index.value(s.applicationId)].sheets.append(input);
        data.sheets[s.applicationId].append(s);
    }
    data.asReturned = data.applications;
    applyRevisions(data);
    return data;
}

} // namespace rd::consensus
