#pragma once

#include "models/consensus/Approval.h"
#include "models/consensus/Meeting.h"

#include <QFutureWatcher>
#include <QObject>

namespace rd::consensus {

// The round's meeting as the consensus board and the meeting window share it: the state they show, and
// every change made through MeetingStore followed by a reload, so both views always show what is stored.
//
// A change is written at once, on the caller's thread; the reload that follows (reading a round of 500
// applications × 15 sheets takes ~100 ms) runs on a pool thread with a connection of its own, and changed()
// says when the new state is in. Until then state() is the state before the change. An action taken while
// a reload is pending first waits for it, so that no change is computed from a stale state.
class ConsensusSession final : public QObject
{
    Q_OBJECT
public:
    ConsensusSession(QSqlDatabase db, qint64 roundId, QObject* parent = nullptr);
    ~ConsensusSession() override;

    const MeetingState& state() const { return m_state; }
    qint64 roundId() const { return m_round; }
    // Reads the round again, returns and settings included, on the caller's thread; on failure the last
    // state stays and the error is returned.
    Status reload();
    // True while the state after a change is being read.
    bool reloading() const { return m_reloadPending; }
    // Waits for a pending reload and takes its state in (emitting changed()); returns its error, if any
    // (reloadFailed() said it too).
    Status settle();

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
    // The change was stored, but the state after it could not be read: the views show the state before.
    void reloadFailed(const QString& error);

private:
    // After a change of the meeting's own, read in the background: the sheets as returned are as they were.
    Status afterChange(const Status& change);
    void take(const Result<MeetingState>& loaded);
    void takePendingReload();

    QSqlDatabase m_db;
    qint64 m_round;
    MeetingStore m_store;
    MeetingState m_state;
    QFutureWatcher<Result<MeetingState>> m_reload;
    bool m_reloadPending = false; // a reload was started and its state not yet taken
};

} // namespace rd::consensus
