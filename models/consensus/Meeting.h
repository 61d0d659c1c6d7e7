#pragma once

#include "models/consensus/Compilation.h"
#include "models/consensus/RoundData.h"
#include "models/core/Result.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <functional>

#include <optional>

namespace rd::consensus {

// The committee's decision on an application (design.md §2).
enum class Decision
{
    Pass,        // 通過
    Conditional, // 修正後通過
    Fail         // 不通過
};
QString decisionKey(Decision decision);
std::optional<Decision> decisionFromKey(const QString& key);
QString decisionName(Decision decision); // in the user's language

struct DecisionRecord
{
    qint64 applicationId = 0;
    Decision decision = Decision::Pass;
    QString conditions; // what 修正後通過 asks the applicant to change
    int votesFor = 0;   // members present voting for this decision
    int votesAgainst = 0;
    int abstentions = 0;
    QString departure; // why the committee departs from the 初審意見, when it does
    // 計畫核定 of 通過 and 修正後通過, in NT$ thousand: the 核定補助款 and the approved total budget (核定總經費);
    // 0 for 不通過.
    double approvedSubsidy = 0;
    double approvedTotal = 0;
    QString passMarkReason; // why the decision goes against the pass mark (通過 below it, 不通過 at or above it)
    QDateTime at;
};

// How the committee handled a marked difference by 議決: its resolution, in its words.
struct FlagResolution
{
    qint64 applicationId = 0;
    QString flag; // flagId()
    QString note;
    QDateTime at;
};

struct MeetingEvent
{
    enum class Kind
    {
        Finalised,
        Reopened
    };
    Kind kind = Kind::Finalised;
    QString reason;
    QString resultsSha256;
    QDateTime at;
};

struct MeetingInfo
{
    qint64 chairId = 0;
    QString heldAt; // as the secretariat writes it, e.g. 2025-03-12 14:00
    QString place;
    QString recorder;
};

// A flag's identity within its application (kind, member, criterion), stable across revisions.
QString flagId(const Flag& flag);
// The flag in the user's language, naming the member by `member` (a name or a code).
QString describeFlag(const Flag& flag, const QString& member, const QString& criterion);

// Marked differences (明顯差異) must be handled before the results are final: by the committee's
// resolution (議決) or by re-scoring (複評) — 採購評選委員會審議規則 第6條第2項. A checklist item a member
// marked not met (004 柒、二(二)) is handled the same way: the committee resolves it before the results stand.
bool isMarkedDifference(Flag::Kind kind);

// Everything the board, the meeting and the outputs show of a round, read in one go.
struct MeetingState
{
    RoundData data;
    Settings settings;
    MeetingInfo info;
    QList<ApplicationResult> results;  // with the revisions, in the order of the round's ranking
    QList<ApplicationResult> returned; // from the sheets as returned, by application (for the flags then)
    QHash<qint64, bool> attendance;    // member → present; members not recorded are absent
    QHash<qint64, DecisionRecord> decisions;
    QHash<qint64, QString> notes; // discussion notes by application
    QList<FlagResolution> resolutions;
    QList<MeetingEvent> events;
    QHash<qint64, QString> preliminaryMeets; // the overall 初審意見 by application: yes, partly, no

    bool isFinal() const;
    // The method the ranking follows: the round's, except rank sums under uneven assignment (rankSumApplies).
    Settings::Method method() const { return effectiveMethod(results, settings); }
    int present() const;
    // 審議規則 第9條: a meeting needs at least the round's share (by default half) of the committee present.
    int quorumNeeded() const;
    bool hasQuorum() const { return present() >= quorumNeeded(); }
    int externalMembers() const;
    int externalPresent() const;
    // The committee against 採購評選委員會組織準則 第4條 (size, share of external members), and who attends
    // against 審議規則 第9條 (quorum, external members present); empty when the rules hold. The meeting decides
    // and finalises only then.
    QStringList compositionProblems() const;
    QStringList attendanceProblems() const;
    const ApplicationResult* result(qint64 applicationId) const;
    const FlagResolution* resolution(qint64 applicationId, const QString& flag) const;
    // The marked differences of the sheets as returned that re-scoring made disappear (複評).
    QList<Flag> rescored(qint64 applicationId) const;
    // Marked differences still to be handled: flagged now and not resolved by 議決.
    QList<Flag> openDifferences(qint64 applicationId) const;
    // Whether the decision departs from the overall 初審意見 (yes ↔ 不通過, no ↔ 通過 or 修正後通過).
    bool departsFromPreliminary(qint64 applicationId, Decision decision) const;
    // Why the results cannot be final yet, each naming the application; empty when they can.
    QStringList problemsBeforeFinal() const;
    // Members' letters in an applicant's compiled comments and on a coded 總表: 委員 A, B, C … by id.
    QString memberCode(qint64 reviewerId) const;
    // A member as the 總表 and the board show them: by name, or by code when the round chose codes.
    QString memberLabel(qint64 reviewerId) const;
    QString criterionName(const QString& id) const;
    QString describe(const Flag& flag) const
    {
        return describeFlag(flag, memberLabel(flag.reviewerId), criterionName(flag.criterion));
    }
    // The revisions of one application, in order.
    QList<ScoreRevision> revisionsOf(qint64 applicationId) const;
    // Applications decided 通過 or 修正後通過, in rank order: the running pass list.
    QList<qint64> passList() const;
    // The digest finalising records: the results, the revisions and the decisions as canonical JSON.
    QString resultsSha256() const;
};

// With `settings`, those take the place of the round's own (the CLI's options); otherwise the round's.
// With `returned`, the figures of the sheets as returned are taken from it instead of compiled again: the
// meeting's own changes (revisions, decisions) never change them, only a new return does.
Result<MeetingState> loadMeeting(const QSqlDatabase& db, qint64 roundId, const Settings* settings = nullptr,
                                 const QList<ApplicationResult>* returned = nullptr);

// Each member's leniency: the mean, over the applications they scored with others, of how far their
// total lies from the mean of the other members' totals. Positive for a lenient member.
QHash<qint64, double> leniency(const MeetingState& state);

// The meeting's records. Every change is one statement or transaction and is refused, with the reason,
// once the results are final until they are reopened with a reason.
class MeetingStore final
{
public:
    MeetingStore(QSqlDatabase db, qint64 roundId) : m_db(std::move(db)), m_round(roundId) {}

    Status setInfo(const MeetingInfo& info);
    Status setPresent(qint64 reviewerId, bool present);
    // A present member's counted score revised, with the reason; the returned score stays as the original.
    Result<ScoreRevision> revise(qint64 applicationId, qint64 reviewerId, const QString& criterion, double score,
                                 const QString& reason);
    // The same, checked against a state the caller has just read (the board's), instead of reading it again.
    Result<ScoreRevision> revise(const MeetingState& current, qint64 applicationId, qint64 reviewerId,
                                 const QString& criterion, double score, const QString& reason);
    Status resolve(qint64 applicationId, const QString& flag, const QString& note);
    Status unresolve(qint64 applicationId, const QString& flag);
    Status setNote(qint64 applicationId, const QString& note);
    // Checked against the attendance (a majority of those present, 審議規則 第9條), the conditions of
    // 修正後通過 and, when the decision departs from the 初審意見, the reason (第6條之1).
    Status decide(const DecisionRecord& decision);
    Status clearDecision(qint64 applicationId);
    Status finalise();
    Status reopen(const QString& reason);

private:
    Result<MeetingState> state() const;
    // Runs one change and its audit event in a transaction.
    Status audited(const QString& action, const QString& entity, const QJsonObject& detail,
                   const std::function<Status()>& change) const;
    Status refuseWhenFinal() const;

    QSqlDatabase m_db;
    qint64 m_round;
};

} // namespace rd::consensus
