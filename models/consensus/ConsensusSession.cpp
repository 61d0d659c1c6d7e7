#include "models/consensus/ConsensusSession.h"

namespace rd::consensus {

ConsensusSession::ConsensusSession(QSqlDatabase db, qint64 roundId, QObject* parent)
    : QObject(parent), m_db(db), m_round(roundId), m_store(db, roundId)
{}

Status ConsensusSession::reload()
{
    return load(false);
}

Status ConsensusSession::load(bool keepReturned)
{
    auto loaded = loadMeeting(m_db, m_round, nullptr, keepReturned ? &m_state.returned : nullptr);
    if (!loaded)
        return Status::from(loaded);
    m_state = std::move(loaded).value();
    emit changed();
    return {};
}

Status ConsensusSession::afterChange(const Status& change)
{
    if (!change)
        return change;
    return load(true);
}

Status ConsensusSession::setInfo(const MeetingInfo& info)
{
    return afterChange(m_store.setInfo(info));
}

Status ConsensusSession::setPresent(qint64 reviewerId, bool present)
{
    return afterChange(m_store.setPresent(reviewerId, present));
}

Status ConsensusSession::revise(qint64 applicationId, qint64 reviewerId, const QString& criterion, double score,
                                const QString& reason)
{
    return afterChange(Status::from(m_store.revise(m_state, applicationId, reviewerId, criterion, score, reason)));
}

Status ConsensusSession::resolve(qint64 applicationId, const QString& flag, const QString& note)
{
    return afterChange(m_store.resolve(applicationId, flag, note));
}

Status ConsensusSession::setNote(qint64 applicationId, const QString& note)
{
    // Notes are typed while the meeting goes on: stored, but the views need not be rebuilt for them.
    auto stored = m_store.setNote(applicationId, note);
    if (stored)
        m_state.notes.insert(applicationId, note);
    return stored;
}

Status ConsensusSession::decide(const DecisionRecord& decision)
{
    return afterChange(m_store.decide(decision));
}

Result<ApprovalLimits> ConsensusSession::approvalLimits(qint64 applicationId) const
{
    return consensus::approvalLimits(m_db, applicationId);
}

Status ConsensusSession::finalise()
{
    return afterChange(m_store.finalise());
}

Status ConsensusSession::reopen(const QString& reason)
{
    return afterChange(m_store.reopen(reason));
}

} // namespace rd::consensus
