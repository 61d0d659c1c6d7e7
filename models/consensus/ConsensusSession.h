#pragma once

#include "models/consensus/Approval.h"
#include "models/consensus/Meeting.h"

#include <QObject>

namespace rd::consensus {

// The round's meeting as the consensus board and the meeting window share it: the state they show, and
// every change made through MeetingStore followed by a reload, so both views always show what is stored.
class ConsensusSession final : public QObject
{
    Q_OBJECT
public:
    ConsensusSession(QSqlDatabase db, qint64 roundId, QObject* parent = nullptr);

    const MeetingState& state() const { return m_state; }
    qint64 roundId() const { return m_round; }
    // Reads the round again, returns and settings included; on failure the last state stays and the error
    // is returned.
    Status reload();

    Status setInfo(const MeetingInfo& info);
    Status setPresent(qint64 reviewerId, bool present);
    Status revise(qint64 applicationId, qint64 reviewerId, const QString& criterion, double score,
                  const QString& reason);
    Status resolve(qint64 applicationId, const QString& flag, const QString& note);
    Status setNote(qint64 applicationId, const QString& note);
    Status decide(const DecisionRecord& decision);
    // What bounds the 核定補助款 of an application of the round.
    Result<ApprovalLimits> approvalLimits(qint64 applicationId) const;
    Status finalise();
    Status reopen(const QString& reason);

signals:
    void changed();

private:
    // After a change of the meeting's own: the sheets as returned are as they were.
    Status afterChange(const Status& change);
    Status load(bool keepReturned);

    QSqlDatabase m_db;
    qint64 m_round;
    MeetingStore m_store;
    MeetingState m_state;
};

} // namespace rd::consensus
