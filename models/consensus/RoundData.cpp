#include "models/consensus/RoundData.h"

#include "models/consensus/RoundSettings.h"
#include "models/review/ReviewerStore.h"
#include "models/review/ScoreSheetStore.h"
#include "models/screening/Screening.h"
#include "models/sql/Sql.h"
#include "models/store/ApplicationStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
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

// What a sheet says, without its bookkeeping (revision count, time of the last edit).
QJsonObject contentOf(const ScoreSheet& sheet)
{
    QJsonObject json = sheetToJson(sheet);
    json.remove(QStringLiteral("revision"));
    json.remove(QStringLiteral("updated_at"));
    return json;
}

struct Received
{
    ScoreSheet sheet;
    QString problem; // why the stored return itself cannot be trusted
};

// The current returns' sheets by (member, application), each checked against the digest it was received with.
Result<QHash<QPair<qint64, qint64>, Received>> receivedSheets(const QSqlDatabase& db, qint64 roundId)
{
    using R = Result<QHash<QPair<qint64, qint64>, Received>>;
    auto rows = sql::exec(db,
                          QStringLiteral("SELECT r.reviewer_id, s.application_id, s.sheet_json, s.data_sha256"
                                         " FROM returned_sheets s JOIN score_returns r ON r.id = s.return_id"
                                         " WHERE r.round_id = ? AND r.replaced_at IS NULL"),
                          {roundId});
    if (!rows)
        return R::failure(rows.error());
    QHash<QPair<qint64, qint64>, Received> received;
    while (rows->next()) {
        const QByteArray json = rows->value(2).toString().toUtf8();
        Received r;
        r.sheet.reviewerId = rows->value(0).toLongLong();
        r.sheet.applicationId = rows->value(1).toLongLong();
        if (QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex()) !=
            rows->value(3).toString()) {
            r.problem = QCoreApplication::translate("RoundData",
                                                    "the stored return does not match the digest it was received with");
        } else if (auto parsed =
                       sheetFromJson(QJsonDocument::fromJson(json).object().value(QStringLiteral("sheet")).toObject());
                   !parsed) {
            r.problem = parsed.error();
        } else {
            const qint64 reviewer = r.sheet.reviewerId, application = r.sheet.applicationId;
            r.sheet = *parsed;
            r.sheet.reviewerId = reviewer;
            r.sheet.applicationId = application;
        }
        received.insert({r.sheet.reviewerId, r.sheet.applicationId}, r);
    }
    return received;
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
        data.criteria.append({c.id, rubric->maximum(c), c.weight});
    QSet<qint64> inRound;
    for (const Assignment& a : *assignments)
        inRound.insert(a.reviewerId);
    for (const Reviewer& r : *pool) {
        data.reviewerNames.insert(r.id, r.name);
        if (inRound.contains(r.id))
            data.committee.append(r);
    }
    // Only applications found 符合 in 資格文件審查 are compiled, ranked and funded (004 陸、作業流程).
    auto screened = screening::ScreeningStore(db).decisions(roundId);
    if (!screened)
        return R::failure(screened.error());
    QHash<qint64, int> index;
    for (const ApplicationSummary& a : *applications) {
        data.ubns.insert(a.id, a.ubn);
        data.applicants.insert(a.id, a.applicantName);
        data.titles.insert(a.id, a.title);
        if (const screening::Decision d = screened->value(a.id); !d.goesOn()) {
            data.screenedOut.append(
                {a.id, screening::outcomeName(d.outcome), d.why(), d.outcome == screening::Outcome::Rejected});
            continue;
        }
        index.insert(a.id, int(data.applications.size()));
        data.applications.append({a.id, a.requestedSubsidy, {}, {}});
    }
    for (const Assignment& a : *assignments) {
        // A member counts when assigned without a conflict, or with one the secretariat overrode with a reason.
        const bool conflicted = (!a.conflicts.isEmpty() && a.overrideReason.isEmpty()) || !a.declaredConflict.isEmpty();
        if (!conflicted && index.contains(a.applicationId))
            data.applications[index.value(a.applicationId)].assigned.append(a.reviewerId);
    }
    auto settings = roundSettings(db, roundId);
    if (!settings)
        return R::failure(settings.error());
    data.unsignedReturns = settings->unsignedReturns;
    auto received = receivedSheets(db, roundId);
    if (!received)
        return R::failure(received.error());
    // The counted sheets: each as returned; the working copy only where no return brought it and the round
    // accepts that. Every difference between the two is named.
    QList<ScoreSheet> counted;
    QSet<QPair<qint64, qint64>> stored;
    const auto differ = [&](qint64 application, qint64 reviewer, const QString& what) {
        if (index.contains(application)) // a screened-out application's sheets are not counted
            data.discrepancies.append({application, reviewer, what});
    };
    for (const ScoreSheet& s : *sheets) {
        stored.insert({s.reviewerId, s.applicationId});
        const auto it = received->constFind({s.reviewerId, s.applicationId});
        if (it == received->constEnd()) {
            if (!data.unsignedReturns)
                differ(s.applicationId, s.reviewerId,
                       QCoreApplication::translate("RoundData", "no score return brought this sheet"));
            counted.append(s);
            continue;
        }
        if (!it->problem.isEmpty()) {
            differ(s.applicationId, s.reviewerId, it->problem);
            continue;
        }
        if (contentOf(s) != contentOf(it->sheet))
            differ(s.applicationId, s.reviewerId,
                   QCoreApplication::translate("RoundData",
                                               "the sheet in the database differs from the sheet as returned"));
        ScoreSheet sheet = it->sheet;
        sheet.id = s.id;
        counted.append(sheet);
    }
    for (auto it = received->cbegin(); it != received->cend(); ++it) {
        if (stored.contains(it.key()))
            continue;
        differ(it.key().second, it.key().first,
               QCoreApplication::translate("RoundData", "the returned sheet is missing from the database"));
        if (it->problem.isEmpty())
            counted.append(it->sheet);
    }
    for (const ScoreSheet& s : std::as_const(counted)) {
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
        input.notMet = checklistFailures(*rubric, s);
        data.applications[index.value(s.applicationId)].sheets.append(input);
        data.sheets[s.applicationId].append(s);
    }
    data.asReturned = data.applications;
    applyRevisions(data);
    return data;
}

} // namespace rd::consensus
