#include "models/consensus/Meeting.h"

#include "models/audit/AuditTrail.h"

#include "models/consensus/Approval.h"
#include "models/consensus/RoundSettings.h"
#include "models/sql/Sql.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace rd::consensus {

namespace {

Result<bool> hasMeetingTables(const QSqlDatabase& db)
{
    // A workspace opened read-only keeps its schema; one from before schema 7 has no meeting yet.
    return sql::hasTable(db, QStringLiteral("meetings"));
}

QDateTime storedTime(const QVariant& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

Status readMeeting(const QSqlDatabase& db, qint64 roundId, MeetingState& state)
{
    if (auto info =
            sql::exec(db, QStringLiteral("SELECT chair_id, held_at, place, recorder FROM meetings WHERE round_id = ?"),
                      {roundId});
        !info)
        return Status::from(info);
    else if (info->next())
        state.info = {info->value(0).toLongLong(), info->value(1).toString(), info->value(2).toString(),
                      info->value(3).toString()};

    auto attendance =
        sql::exec(db, QStringLiteral("SELECT reviewer_id, present FROM attendance WHERE round_id = ?"), {roundId});
    if (!attendance)
        return Status::from(attendance);
    while (attendance->next())
        state.attendance.insert(attendance->value(0).toLongLong(), attendance->value(1).toBool());

    // Before schema 12 a decision recorded no approved amounts.
    auto approvals = sql::hasColumn(db, QStringLiteral("decisions"), QStringLiteral("approved_subsidy"));
    if (!approvals)
        return Status::from(approvals);
    auto decisions =
        sql::exec(db,
                  QStringLiteral("SELECT application_id, decision, conditions, votes_for, votes_against,"
                                 " abstentions, departure, decided_at, %1 FROM decisions WHERE round_id = ?")
                      .arg(*approvals ? QLatin1String("approved_subsidy, approved_total, pass_mark_reason")
                                      : QLatin1String("0, 0, ''")),
                  {roundId});
    if (!decisions)
        return Status::from(decisions);
    while (decisions->next()) {
        DecisionRecord d;
        d.applicationId = decisions->value(0).toLongLong();
        const auto decision = decisionFromKey(decisions->value(1).toString());
        if (!decision)
            return Status::failure(sql::unknownValue(QStringLiteral("decisions"), d.applicationId,
                                                     QStringLiteral("decision"), decisions->value(1).toString()));
        d.decision = *decision;
        d.conditions = decisions->value(2).toString();
        d.votesFor = decisions->value(3).toInt();
        d.votesAgainst = decisions->value(4).toInt();
        d.abstentions = decisions->value(5).toInt();
        d.departure = decisions->value(6).toString();
        d.at = storedTime(decisions->value(7));
        d.approvedSubsidy = decisions->value(8).toDouble();
        d.approvedTotal = decisions->value(9).toDouble();
        d.passMarkReason = decisions->value(10).toString();
        state.decisions.insert(d.applicationId, d);
    }

    auto notes = sql::exec(db,
                           QStringLiteral("SELECT n.application_id, n.note FROM meeting_notes n"
                                          " JOIN applications a ON a.id = n.application_id WHERE a.round_id = ?"),
                           {roundId});
    if (!notes)
        return Status::from(notes);
    while (notes->next())
        state.notes.insert(notes->value(0).toLongLong(), notes->value(1).toString());

    auto resolutions = sql::exec(
        db,
        QStringLiteral("SELECT application_id, flag, note, resolved_at FROM flag_resolutions WHERE round_id = ?"
                       " ORDER BY resolved_at"),
        {roundId});
    if (!resolutions)
        return Status::from(resolutions);
    while (resolutions->next())
        state.resolutions.append({resolutions->value(0).toLongLong(), resolutions->value(1).toString(),
                                  resolutions->value(2).toString(), storedTime(resolutions->value(3))});

    auto events = sql::exec(
        db,
        QStringLiteral("SELECT kind, reason, results_sha256, at FROM meeting_events WHERE round_id = ? ORDER BY id"),
        {roundId});
    if (!events)
        return Status::from(events);
    while (events->next())
        state.events.append({events->value(0).toString() == QLatin1String("finalised") ? MeetingEvent::Kind::Finalised
                                                                                       : MeetingEvent::Kind::Reopened,
                             events->value(1).toString(), events->value(2).toString(), storedTime(events->value(3))});
    return Status();
}

QString applicationLabel(const RoundData& data, qint64 applicationId)
{
    return QStringLiteral("%1 %2").arg(data.ubns.value(applicationId), data.applicants.value(applicationId));
}

} // namespace

QString decisionKey(Decision decision)
{
    switch (decision) {
    case Decision::Pass:
        return QStringLiteral("pass");
    case Decision::Conditional:
        return QStringLiteral("conditional");
    case Decision::Fail:
        return QStringLiteral("fail");
    }
    return {};
}

std::optional<Decision> decisionFromKey(const QString& key)
{
    for (Decision d : {Decision::Pass, Decision::Conditional, Decision::Fail})
        if (decisionKey(d) == key)
            return d;
    return std::nullopt;
}

QString decisionName(Decision decision)
{
    switch (decision) {
    case Decision::Pass:
        return QCoreApplication::translate("Meeting", "Pass");
    case Decision::Conditional:
        return QCoreApplication::translate("Meeting", "Pass after revision");
    case Decision::Fail:
        return QCoreApplication::translate("Meeting", "Fail");
    }
    return {};
}

QString flagId(const Flag& flag)
{
    QString id = flagKey(flag.kind);
    if (flag.reviewerId)
        id += QStringLiteral("/m%1").arg(flag.reviewerId);
    if (!flag.criterion.isEmpty())
        id += QStringLiteral("/") + flag.criterion;
    return id;
}

QString describeFlag(const Flag& flag, const QString& member, const QString& criterion)
{
    const QString figure = QString::number(flag.value, 'f', 1);
    switch (flag.kind) {
    case Flag::Kind::OutlierPoints:
        return QCoreApplication::translate("Meeting", "%1's total is %2 points from the others' mean")
            .arg(member, figure);
    case Flag::Kind::OutlierRank:
        return QCoreApplication::translate("Meeting", "%1's rank is %2 places from the others' median rank")
            .arg(member, figure);
    case Flag::Kind::CriterionSpread:
        return QCoreApplication::translate("Meeting", "scores on %1 span %2 points").arg(criterion, figure);
    case Flag::Kind::MissingSheet:
        return QCoreApplication::translate("Meeting", "%1 has not returned a sheet").arg(member);
    case Flag::Kind::IncompleteSheet:
        return QCoreApplication::translate("Meeting", "%1's sheet is not complete").arg(member);
    case Flag::Kind::SupersededSheet:
        return QCoreApplication::translate("Meeting", "%1's later return changed this sheet").arg(member);
    case Flag::Kind::NoQuorum:
        return QCoreApplication::translate("Meeting", "too few sheets count (%1)").arg(flag.value);
    case Flag::Kind::UnbrokenTie:
        return QCoreApplication::translate(
                   "Meeting", "tied at %1 with another application on every criterion too: the committee orders them "
                              "by resolution (議決) or lot (抽籤)")
            .arg(figure);
    case Flag::Kind::ChecklistNotMet:
        return QCoreApplication::translate("Meeting", "%1 marked “%2” not met (不符合)").arg(member, criterion);
    }
    return {};
}

bool isMarkedDifference(Flag::Kind kind)
{
    return kind == Flag::Kind::OutlierPoints || kind == Flag::Kind::OutlierRank ||
           kind == Flag::Kind::CriterionSpread || kind == Flag::Kind::ChecklistNotMet ||
           kind == Flag::Kind::UnbrokenTie;
}

bool MeetingState::isFinal() const
{
    return !events.isEmpty() && events.constLast().kind == MeetingEvent::Kind::Finalised;
}

int MeetingState::present() const
{
    int n = 0;
    for (const Reviewer& r : data.committee)
        n += attendance.value(r.id, false) ? 1 : 0;
    return n;
}

int MeetingState::externalMembers() const
{
    return int(
        std::count_if(data.committee.cbegin(), data.committee.cend(), [](const Reviewer& r) { return r.external; }));
}

int MeetingState::externalPresent() const
{
    return int(std::count_if(data.committee.cbegin(), data.committee.cend(),
                             [this](const Reviewer& r) { return r.external && attendance.value(r.id, false); }));
}

QStringList MeetingState::compositionProblems() const
{
    QStringList problems;
    const int members = int(data.committee.size());
    if (members < settings.committeeMinimum || members > settings.committeeMaximum)
        problems << QCoreApplication::translate("Meeting", "The committee has %1 members; it needs %2 to %3 "
                                                           "(採購評選委員會組織準則 第4條).")
                        .arg(members)
                        .arg(settings.committeeMinimum)
                        .arg(settings.committeeMaximum);
    if (externalMembers() < settings.externalShare * members - 1e-9)
        problems << QCoreApplication::translate("Meeting", "%1 of the %2 members are external experts (外聘); at "
                                                           "least %3 % are needed (組織準則 第4條).")
                        .arg(externalMembers())
                        .arg(members)
                        .arg(std::round(settings.externalShare * 1000) / 10);
    return problems;
}

QStringList MeetingState::attendanceProblems() const
{
    QStringList problems;
    if (!hasQuorum())
        problems << QCoreApplication::translate("Meeting", "%1 of %2 members are present; the meeting needs %3.")
                        .arg(present())
                        .arg(data.committee.size())
                        .arg(quorumNeeded());
    const int outside = externalPresent();
    if (outside < settings.externalPresentMinimum || outside < settings.externalShare * present() - 1e-9)
        problems << QCoreApplication::translate("Meeting", "%1 external experts (外聘) of %2 members are present; at "
                                                           "least %3 and at least %4 % of those present are needed "
                                                           "(審議規則 第9條).")
                        .arg(outside)
                        .arg(present())
                        .arg(settings.externalPresentMinimum)
                        .arg(std::round(settings.externalShare * 1000) / 10);
    return problems;
}

int MeetingState::quorumNeeded() const
{
    return int(std::ceil(settings.meetingQuorum * double(data.committee.size()) - 1e-9));
}

const ApplicationResult* MeetingState::result(qint64 applicationId) const
{
    for (const ApplicationResult& r : results)
        if (r.applicationId == applicationId)
            return &r;
    return nullptr;
}

const FlagResolution* MeetingState::resolution(qint64 applicationId, const QString& flag) const
{
    for (const FlagResolution& r : resolutions)
        if (r.applicationId == applicationId && r.flag == flag)
            return &r;
    return nullptr;
}

QList<Flag> MeetingState::rescored(qint64 applicationId) const
{
    const ApplicationResult* now = result(applicationId);
    QList<Flag> gone;
    for (const ApplicationResult& before : returned) {
        if (before.applicationId != applicationId)
            continue;
        for (const Flag& flag : before.flags) {
            if (!isMarkedDifference(flag.kind))
                continue;
            const bool still = now && std::any_of(now->flags.cbegin(), now->flags.cend(),
                                                  [&](const Flag& f) { return flagId(f) == flagId(flag); });
            if (!still)
                gone.append(flag);
        }
    }
    return gone;
}

QList<Flag> MeetingState::openDifferences(qint64 applicationId) const
{
    QList<Flag> open;
    if (const ApplicationResult* r = result(applicationId))
        for (const Flag& flag : r->flags)
            if (isMarkedDifference(flag.kind) && !resolution(applicationId, flagId(flag)))
                open.append(flag);
    return open;
}

bool MeetingState::departsFromPreliminary(qint64 applicationId, Decision decision) const
{
    const QString meets = preliminaryMeets.value(applicationId);
    return (meets == QLatin1String("yes") && decision == Decision::Fail) ||
           (meets == QLatin1String("no") && decision != Decision::Fail);
}

QStringList MeetingState::problemsBeforeFinal() const
{
    QStringList problems;
    for (const SheetDiscrepancy& d : data.discrepancies)
        problems << QCoreApplication::translate("Meeting", "%1, sheet of %2: %3")
                        .arg(applicationLabel(data, d.applicationId), data.reviewerNames.value(d.reviewerId), d.what);
    problems << compositionProblems() << attendanceProblems();
    for (const ApplicationResult& r : results) {
        if (r.reviewers == 0)
            continue;
        if (!decisions.contains(r.applicationId))
            problems << QCoreApplication::translate("Meeting", "%1: no decision yet.")
                            .arg(applicationLabel(data, r.applicationId));
        if (const int open = int(openDifferences(r.applicationId).size()))
            problems << QCoreApplication::translate(
                            "Meeting",
                            "%1: %2 marked difference(s) not yet handled by resolution (議決) or re-scoring (複評).")
                            .arg(applicationLabel(data, r.applicationId))
                            .arg(open);
    }
    return problems;
}

QString MeetingState::memberCode(qint64 reviewerId) const
{
    for (int i = 0; i < data.committee.size(); ++i)
        if (data.committee.at(i).id == reviewerId)
            return i < 26 ? QString(QChar(u'A' + i)) : QStringLiteral("A%1").arg(i + 1);
    return QStringLiteral("?");
}

QString MeetingState::memberLabel(qint64 reviewerId) const
{
    if (settings.memberCodes)
        return QCoreApplication::translate("Meeting", "Member %1").arg(memberCode(reviewerId));
    return data.reviewerNames.value(reviewerId);
}

QString MeetingState::criterionName(const QString& id) const
{
    if (const RubricCriterion* c = data.rubric.criterion(id))
        return c->name.text();
    for (const ChecklistItem& item : data.rubric.checklist())
        if (item.id == id)
            return item.name.text();
    return id;
}

QList<ScoreRevision> MeetingState::revisionsOf(qint64 applicationId) const
{
    QList<ScoreRevision> list;
    for (const ScoreRevision& r : data.revisions)
        if (r.applicationId == applicationId)
            list.append(r);
    return list;
}

QList<qint64> MeetingState::passList() const
{
    QList<qint64> list;
    for (const ApplicationResult& r : results)
        if (decisions.contains(r.applicationId) && decisions[r.applicationId].decision != Decision::Fail)
            list.append(r.applicationId);
    return list;
}

QString MeetingState::resultsSha256() const
{
    QJsonArray list;
    for (const ApplicationResult& r : results) {
        QJsonObject totals;
        for (auto it = r.totals.cbegin(); it != r.totals.cend(); ++it)
            totals.insert(QString::number(it.key()), it.value());
        QJsonObject entry{{QStringLiteral("application"), r.applicationId},
                          {QStringLiteral("totals"), totals},
                          {QStringLiteral("rank"), r.rank}};
        if (decisions.contains(r.applicationId)) {
            const DecisionRecord& d = decisions[r.applicationId];
            entry.insert(QStringLiteral("decision"), decisionKey(d.decision));
            entry.insert(QStringLiteral("conditions"), d.conditions);
            entry.insert(QStringLiteral("votes"), QJsonArray{d.votesFor, d.votesAgainst, d.abstentions});
            // Only where recorded, so that results decided before 核定 was recorded keep their digest.
            if (d.approvedSubsidy > 0) {
                entry.insert(QStringLiteral("approved_subsidy"), d.approvedSubsidy);
                entry.insert(QStringLiteral("approved_total"), d.approvedTotal);
            }
            if (!d.passMarkReason.isEmpty())
                entry.insert(QStringLiteral("pass_mark_reason"), d.passMarkReason);
        }
        list.append(entry);
    }
    QJsonArray revised;
    for (const ScoreRevision& r : data.revisions)
        revised.append(QJsonArray{r.applicationId, r.reviewerId, r.criterion, r.original, r.revised, r.reason});
    const QByteArray canonical =
        QJsonDocument(QJsonObject{{QStringLiteral("results"), list}, {QStringLiteral("revisions"), revised}})
            .toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

Result<MeetingState> loadMeeting(const QSqlDatabase& db, qint64 roundId, const Settings* chosen,
                                 const QList<ApplicationResult>* returned)
{
    using R = Result<MeetingState>;
    auto data = loadRound(db, roundId);
    if (!data)
        return R::failure(data.error());
    auto settings = roundSettings(db, roundId);
    if (!settings)
        return R::failure(settings.error());
    MeetingState state;
    state.data = std::move(data).value();
    state.settings = chosen ? *chosen : *settings;
    state.returned = returned ? *returned : compile(state.data.asReturned, state.data.criteria, state.settings);
    state.results = compile(state.data.applications, state.data.criteria, state.settings);
    std::stable_sort(state.results.begin(), state.results.end(),
                     [](const ApplicationResult& a, const ApplicationResult& b) { return a.rank < b.rank; });

    auto meets = sql::exec(db,
                           QStringLiteral("SELECT p.application_id, p.meets FROM preliminary_opinions p"
                                          " JOIN applications a ON a.id = p.application_id"
                                          " WHERE a.round_id = ? AND p.criterion = ''"),
                           {roundId});
    if (!meets)
        return R::failure(meets.error());
    while (meets->next())
        state.preliminaryMeets.insert(meets->value(0).toLongLong(), meets->value(1).toString());

    auto tables = hasMeetingTables(db);
    if (!tables)
        return R::failure(tables.error());
    if (*tables)
        if (auto read = readMeeting(db, roundId, state); !read)
            return R::failure(read.error());
    // Once decided, the funding line follows the decisions and their 核定補助款.
    QHash<qint64, double> amounts;
    QHash<qint64, bool> decided;
    for (const ApplicationInput& a : std::as_const(state.data.applications))
        amounts.insert(a.applicationId, a.requestedSubsidy);
    for (const DecisionRecord& d : std::as_const(state.decisions)) {
        if (!amounts.contains(d.applicationId))
            continue;
        decided.insert(d.applicationId, d.decision != Decision::Fail);
        if (d.decision != Decision::Fail && d.approvedSubsidy > 0)
            amounts[d.applicationId] = d.approvedSubsidy;
    }
    drawFundingLine(state.results, amounts, decided, state.settings);
    return state;
}

QHash<qint64, double> leniency(const MeetingState& state)
{
    QHash<qint64, double> sum;
    QHash<qint64, int> count;
    for (const ApplicationResult& r : state.results) {
        if (r.counted.size() < 2)
            continue;
        double all = 0;
        for (qint64 m : r.counted)
            all += r.totals.value(m);
        for (qint64 m : r.counted) {
            const double others = (all - r.totals.value(m)) / double(r.counted.size() - 1);
            sum[m] += r.totals.value(m) - others;
            ++count[m];
        }
    }
    QHash<qint64, double> result;
    for (auto it = sum.cbegin(); it != sum.cend(); ++it)
        result.insert(it.key(), it.value() / count.value(it.key()));
    return result;
}

Result<MeetingState> MeetingStore::state() const
{
    return loadMeeting(m_db, m_round);
}

Status MeetingStore::audited(const QString& action, const QString& entity, const QJsonObject& detail,
                             const std::function<Status()>& change) const
{
    sql::Transaction transaction(m_db);
    if (!transaction.active())
        return Status::failure(transaction.error());
    if (auto done = change(); !done)
        return done;
    if (auto logged = audit::record(m_db, action, entity, m_round, detail); !logged)
        return logged;
    return transaction.commit();
}

Status MeetingStore::refuseWhenFinal() const
{
    auto final = sql::scalar(
        m_db, QStringLiteral("SELECT kind FROM meeting_events WHERE round_id = ? ORDER BY id DESC LIMIT 1"), {m_round});
    if (!final)
        return Status::from(final);
    if (final->toString() == QLatin1String("finalised"))
        return Status::failure(QCoreApplication::translate(
            "Meeting", "The round's results are final. Reopen them, giving the reason, before changing anything."));
    return Status();
}

Status MeetingStore::setInfo(const MeetingInfo& info)
{
    if (auto open = refuseWhenFinal(); !open)
        return open;
    auto current = state();
    if (!current)
        return Status::from(current);
    if (info.chairId && !current->data.member(info.chairId))
        return Status::failure(
            QCoreApplication::translate("Meeting", "The chair must be a member of the round's committee."));
    return Status::from(sql::exec(
        m_db,
        QStringLiteral("INSERT INTO meetings(round_id, chair_id, held_at, place, recorder) VALUES (?, ?, ?, ?, ?)"
                       " ON CONFLICT(round_id) DO UPDATE SET chair_id = excluded.chair_id,"
                       " held_at = excluded.held_at, place = excluded.place, recorder = excluded.recorder"),
        {m_round, info.chairId ? QVariant(info.chairId) : QVariant(QMetaType(QMetaType::LongLong)),
         info.heldAt.trimmed(), info.place.trimmed(), info.recorder.trimmed()}));
}

Status MeetingStore::setPresent(qint64 reviewerId, bool present)
{
    if (auto open = refuseWhenFinal(); !open)
        return open;
    return Status::from(sql::exec(
        m_db, QStringLiteral("INSERT OR REPLACE INTO attendance(round_id, reviewer_id, present) VALUES (?, ?, ?)"),
        {m_round, reviewerId, present ? 1 : 0}));
}

Result<ScoreRevision> MeetingStore::revise(qint64 applicationId, qint64 reviewerId, const QString& criterion,
                                           double score, const QString& reason)
{
    auto current = state();
    if (!current)
        return Result<ScoreRevision>::failure(current.error());
    return revise(*current, applicationId, reviewerId, criterion, score, reason);
}

Result<ScoreRevision> MeetingStore::revise(const MeetingState& state, qint64 applicationId, qint64 reviewerId,
                                           const QString& criterion, double score, const QString& reason)
{
    using R = Result<ScoreRevision>;
    if (auto open = refuseWhenFinal(); !open)
        return R::failure(open.error());
    const MeetingState* current = &state;
    const RoundData& data = current->data;
    const QString who = data.reviewerNames.value(reviewerId);
    const ApplicationResult* result = current->result(applicationId);
    if (!result)
        return R::failure(QCoreApplication::translate("Meeting", "The application is not in this round."));
    if (!result->counted.contains(reviewerId))
        return R::failure(QCoreApplication::translate(
                              "Meeting",
                              "%1's sheet for %2 does not count (not assigned, conflicted or not complete), so it "
                              "cannot be revised.")
                              .arg(who, applicationLabel(data, applicationId)));
    if (!current->attendance.value(reviewerId, false))
        return R::failure(
            QCoreApplication::translate(
                "Meeting", "%1 is not recorded as present; only members at the meeting revise their scores.")
                .arg(who));
    const RubricCriterion* c = data.rubric.criterion(criterion);
    if (!c)
        return R::failure(QCoreApplication::translate("Meeting", "The rubric has no criterion \"%1\".").arg(criterion));
    const double maximum = data.rubric.maximum(*c);
    if (!(score >= 0 && score <= maximum) || std::abs(score * 10 - std::round(score * 10)) > 1e-6)
        return R::failure(QCoreApplication::translate(
                              "Meeting", "The score for \"%1\" must lie between 0 and %2, with at most one decimal.")
                              .arg(c->name.text())
                              .arg(maximum));
    if (reason.trimmed().isEmpty())
        return R::failure(QCoreApplication::translate("Meeting", "A revised score needs the reason for the revision."));
    const ScoreSheet* returned = data.sheet(applicationId, reviewerId);
    const double original = returned ? returned->entry(criterion).score.value_or(0) : 0;
    double now = original;
    for (const ScoreRevision& r : data.revisions)
        if (r.applicationId == applicationId && r.reviewerId == reviewerId && r.criterion == criterion)
            now = r.revised;
    if (std::abs(now - score) < 1e-9)
        return R::failure(QCoreApplication::translate("Meeting", "%1's score for \"%2\" is already %3.")
                              .arg(who, c->name.text())
                              .arg(score));
    ScoreRevision revision{0,        applicationId, reviewerId,       criterion,
                           original, score,         reason.trimmed(), QDateTime::currentDateTimeUtc()};
    sql::Transaction transaction(m_db);
    if (!transaction.active())
        return R::failure(transaction.error());
    auto inserted =
        sql::exec(m_db,
                  QStringLiteral("INSERT INTO score_revisions(round_id, application_id, reviewer_id,"
                                 " criterion, original, revised, reason, revised_at)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                  {m_round, applicationId, reviewerId, criterion, original, score, revision.reason, sql::now()});
    if (!inserted)
        return R::failure(inserted.error());
    revision.id = inserted->lastInsertId().toLongLong();
    if (auto logged = audit::record(m_db, QStringLiteral("revision"),
                                    QStringLiteral("sheet:%1/%2").arg(applicationId).arg(reviewerId), m_round,
                                    {{QStringLiteral("criterion"), criterion},
                                     {QStringLiteral("from"), now},
                                     {QStringLiteral("to"), score},
                                     {QStringLiteral("reason"), revision.reason}});
        !logged)
        return R::failure(logged.error());
    if (auto committed = transaction.commit(); !committed)
        return R::failure(committed.error());
    return revision;
}

Status MeetingStore::resolve(qint64 applicationId, const QString& flag, const QString& note)
{
    if (auto open = refuseWhenFinal(); !open)
        return open;
    if (note.trimmed().isEmpty())
        return Status::failure(QCoreApplication::translate(
            "Meeting", "A resolution (議決) needs the committee's note of what it decided."));
    auto current = state();
    if (!current)
        return Status::from(current);
    const ApplicationResult* result = current->result(applicationId);
    const bool flagged = result && std::any_of(result->flags.cbegin(), result->flags.cend(), [&](const Flag& f) {
                             return isMarkedDifference(f.kind) && flagId(f) == flag;
                         });
    if (!flagged)
        return Status::failure(QCoreApplication::translate("Meeting", "%1 has no marked difference \"%2\" to resolve.")
                                   .arg(applicationLabel(current->data, applicationId), flag));
    return audited(QStringLiteral("resolution"), QStringLiteral("application:%1").arg(applicationId),
                   {{QStringLiteral("flag"), flag}, {QStringLiteral("note"), note.trimmed()}}, [&] {
                       return Status::from(
                           sql::exec(m_db,
                                     QStringLiteral("INSERT OR REPLACE INTO flag_resolutions(round_id, application_id,"
                                                    " flag, note, resolved_at) VALUES (?, ?, ?, ?, ?)"),
                                     {m_round, applicationId, flag, note.trimmed(), sql::now()}));
                   });
}

Status MeetingStore::unresolve(qint64 applicationId, const QString& flag)
{
    if (auto open = refuseWhenFinal(); !open)
        return open;
    return Status::from(sql::exec(m_db,
                                  QStringLiteral("DELETE FROM flag_resolutions WHERE application_id = ? AND flag = ?"),
                                  {applicationId, flag}));
}

Status MeetingStore::setNote(qint64 applicationId, const QString& note)
{
    if (auto open = refuseWhenFinal(); !open)
        return open;
    return Status::from(sql::exec(m_db,
                                  QStringLiteral("INSERT OR REPLACE INTO meeting_notes(application_id, note)"
                                                 " SELECT id, ? FROM applications WHERE id = ? AND round_id = ?"),
                                  {note, applicationId, m_round}));
}

Status MeetingStore::decide(const DecisionRecord& decision)
{
    if (auto open = refuseWhenFinal(); !open)
        return open;
    auto current = state();
    if (!current)
        return Status::from(current);
    const ApplicationResult* result = current->result(decision.applicationId);
    for (const ScreenedOut& out : current->data.screenedOut)
        if (out.applicationId == decision.applicationId)
            return Status::failure(
                QCoreApplication::translate("Meeting", "%1 is not eligible in screening (資格文件審查) (%2: %3); "
                                                       "the committee decides only on eligible "
                                                       "applications.")
                    .arg(applicationLabel(current->data, decision.applicationId), out.outcome, out.reason));
    if (!result)
        return Status::failure(QCoreApplication::translate("Meeting", "The application is not in this round."));
    const QString what = applicationLabel(current->data, decision.applicationId);
    if (result->reviewers == 0)
        return Status::failure(
            QCoreApplication::translate("Meeting", "%1: no score sheet counts yet, so the committee cannot decide.")
                .arg(what));
    const int present = current->present();
    if (!current->hasQuorum())
        return Status::failure(
            QCoreApplication::translate("Meeting", "%1 of %2 members are present; the meeting needs %3 to decide.")
                .arg(present)
                .arg(current->data.committee.size())
                .arg(current->quorumNeeded()));
    if (const QStringList problems = current->compositionProblems() + current->attendanceProblems();
        !problems.isEmpty())
        return Status::failure(problems.join(QLatin1Char(' ')));
    if (decision.votesFor < 0 || decision.votesAgainst < 0 || decision.abstentions < 0 ||
        decision.votesFor + decision.votesAgainst + decision.abstentions > present)
        return Status::failure(
            QCoreApplication::translate(
                "Meeting", "The votes (%1 for, %2 against, %3 abstaining) must add up to at most the %4 members "
                           "present.")
                .arg(decision.votesFor)
                .arg(decision.votesAgainst)
                .arg(decision.abstentions)
                .arg(present));
    // 審議規則 第9條: a resolution needs the consent of more than half of the members present.
    if (decision.votesFor * 2 <= present)
        return Status::failure(
            QCoreApplication::translate("Meeting", "%1 votes for are not more than half of the %2 members present.")
                .arg(decision.votesFor)
                .arg(present));
    if (decision.decision == Decision::Conditional && decision.conditions.trimmed().isEmpty())
        return Status::failure(QCoreApplication::translate(
            "Meeting", "Pass after revision (修正後通過) needs the conditions the applicant must meet."));
    // 計畫核定: a pass approves an amount within the limits; a fail approves none.
    double approvedTotal = 0;
    if (decision.decision != Decision::Fail) {
        auto limits = approvalLimits(m_db, decision.applicationId);
        if (!limits)
            return Status::from(limits);
        approvedTotal = decision.approvedTotal > 0 ? decision.approvedTotal : limits->submittedTotal;
        if (const QString problem = approvalProblem(*limits, decision.approvedSubsidy, approvedTotal);
            !problem.isEmpty())
            return Status::failure(QStringLiteral("%1: %2").arg(what, problem));
    } else if (decision.approvedSubsidy != 0 || decision.approvedTotal != 0) {
        return Status::failure(
            QCoreApplication::translate("Meeting", "%1: a decision to fail (不通過) approves no subsidy.").arg(what));
    }
    // A decision against the pass mark says why: 通過 below it, 不通過 at or above it.
    const bool belowMark = result->mean < current->settings.passMark;
    if ((decision.decision != Decision::Fail) == belowMark && decision.passMarkReason.trimmed().isEmpty())
        return Status::failure(
            (belowMark ? QCoreApplication::translate("Meeting", "%1: the mean of %2 is below the pass mark of %3; give "
                                                                "the reason it passes.")
                       : QCoreApplication::translate("Meeting", "%1: the mean of %2 reaches the pass mark of %3; give "
                                                                "the reason it fails."))
                .arg(what)
                .arg(result->mean, 0, 'f', 2)
                .arg(current->settings.passMark));
    if (current->departsFromPreliminary(decision.applicationId, decision.decision) &&
        decision.departure.trimmed().isEmpty())
        return Status::failure(
            QCoreApplication::translate(
                "Meeting", "%1: the decision departs from the preliminary opinion (初審意見); give the reason.")
                .arg(what));
    return audited(
        QStringLiteral("decision"), QStringLiteral("application:%1").arg(decision.applicationId),
        {{QStringLiteral("decision"), decisionKey(decision.decision)},
         {QStringLiteral("votes"),
          QStringLiteral("%1/%2/%3").arg(decision.votesFor).arg(decision.votesAgainst).arg(decision.abstentions)},
         {QStringLiteral("conditions"), decision.conditions.trimmed()},
         {QStringLiteral("departure"), decision.departure.trimmed()},
         {QStringLiteral("approved_subsidy"), decision.approvedSubsidy},
         {QStringLiteral("approved_total"), approvedTotal},
         {QStringLiteral("pass_mark_reason"), decision.passMarkReason.trimmed()}},
        [&] {
            const bool passes = decision.decision != Decision::Fail;
            return Status::from(sql::exec(
                m_db,
                QStringLiteral("INSERT OR REPLACE INTO decisions(application_id, round_id, decision, conditions,"
                               " votes_for, votes_against, abstentions, departure, decided_at, approved_subsidy,"
                               " approved_total, pass_mark_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {decision.applicationId, m_round, decisionKey(decision.decision), decision.conditions.trimmed(),
                 decision.votesFor, decision.votesAgainst, decision.abstentions, decision.departure.trimmed(),
                 sql::now(), passes ? QVariant(decision.approvedSubsidy) : QVariant(),
                 passes ? QVariant(approvedTotal) : QVariant(), decision.passMarkReason.trimmed()}));
        });
}

Status MeetingStore::clearDecision(qint64 applicationId)
{
    if (auto open = refuseWhenFinal(); !open)
        return open;
    return Status::from(sql::exec(m_db,
                                  QStringLiteral("DELETE FROM decisions WHERE application_id = ? AND round_id = ?"),
                                  {applicationId, m_round}));
}

Status MeetingStore::finalise()
{
    if (auto open = refuseWhenFinal(); !open)
        return open;
    auto current = state();
    if (!current)
        return Status::from(current);
    if (const QStringList problems = current->problemsBeforeFinal(); !problems.isEmpty())
        return Status::failure(QCoreApplication::translate("Meeting", "The results cannot be final yet:") +
                               QStringLiteral("\n• ") + problems.join(QStringLiteral("\n• ")));
    const QString digest = current->resultsSha256();
    sql::Transaction transaction(m_db);
    if (!transaction.active())
        return Status::failure(transaction.error());
    const QString at = sql::now();
    for (auto step : {sql::exec(m_db,
                                QStringLiteral("INSERT INTO meeting_events(round_id, kind, results_sha256, at)"
                                               " VALUES (?, 'finalised', ?, ?)"),
                                {m_round, digest, at}),
                      sql::exec(m_db,
                                QStringLiteral("INSERT INTO meetings(round_id, finalised_at, finalised_sha256)"
                                               " VALUES (?, ?, ?) ON CONFLICT(round_id) DO UPDATE SET"
                                               " finalised_at = excluded.finalised_at,"
                                               " finalised_sha256 = excluded.finalised_sha256"),
                                {m_round, at, digest})})
        if (!step)
            return Status::from(step);
    if (auto logged = audit::record(m_db, QStringLiteral("finalise"), QStringLiteral("round:%1").arg(m_round), m_round,
                                    {{QStringLiteral("results_sha256"), digest}});
        !logged)
        return logged;
    return transaction.commit();
}

Status MeetingStore::reopen(const QString& reason)
{
    if (refuseWhenFinal())
        return Status::failure(QCoreApplication::translate("Meeting", "The round's results are not final."));
    if (reason.trimmed().isEmpty())
        return Status::failure(QCoreApplication::translate(
            "Meeting", "Reopening final results needs the reason, which stays on the record."));
    sql::Transaction transaction(m_db);
    if (!transaction.active())
        return Status::failure(transaction.error());
    for (auto step : {sql::exec(m_db,
                                QStringLiteral("INSERT INTO meeting_events(round_id, kind, reason, at)"
                                               " VALUES (?, 'reopened', ?, ?)"),
                                {m_round, reason.trimmed(), sql::now()}),
                      sql::exec(m_db,
                                QStringLiteral("UPDATE meetings SET finalised_at = NULL, finalised_sha256 = NULL"
                                               " WHERE round_id = ?"),
                                {m_round})})
        if (!step)
            return Status::from(step);
    if (auto logged = audit::record(m_db, QStringLiteral("reopen"), QStringLiteral("round:%1").arg(m_round), m_round,
                                    {{QStringLiteral("reason"), reason.trimmed()}});
        !logged)
        return logged;
    return transaction.commit();
}

} // namespace rd::consensus
