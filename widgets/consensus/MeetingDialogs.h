#pragma once

#include "models/consensus/ConsensusSession.h"

class QWidget;

// The small dialogs of the 共識會議. Each applies its change through the session and shows the store's
// refusal, when there is one, without closing, so that nothing typed is lost.
namespace rd::meetingdialogs {

// The meeting's chair, time, place and recorder, and who attended.
void editAttendance(QWidget* parent, consensus::ConsensusSession& session);
// A present member revises one of their scores; the reason is required and the original stays.
void reviseScore(QWidget* parent, consensus::ConsensusSession& session, qint64 applicationId);
// The committee's resolution (議決) of one marked difference.
void resolveFlag(QWidget* parent, consensus::ConsensusSession& session, qint64 applicationId,
                 const consensus::Flag& flag);
// Reopens final results, asking for the reason that stays on the record.
void reopen(QWidget* parent, consensus::ConsensusSession& session);

} // namespace rd::meetingdialogs
