#include "models/consensus/ConsensusSession.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QtConcurrent/QtConcurrentRun>

namespace rd::consensus {

namespace {

// Reads the meeting on a connection of the worker's own, cloned from the session's (SQLite handles are not
// shared across threads; WAL lets this reader see what the session has just committed).
Result<MeetingState> loadOnOwnConnection(const QString& source, qint64 roundId,
                                         const QList<ApplicationResult>& returned)
{
    static QAtomicInteger<quint64> counter;
    const QString name = QStringLiteral("consensus-reload-%1").arg(counter.fetchAndAddRelaxed(1));
    Result<MeetingState> loaded = Result<MeetingState>::failure(QString());
    {
        QSqlDatabase db = QSqlDatabase::cloneDatabase(source, name);
        if (db.open())
            loaded = loadMeeting(db, roundId, nullptr, &returned);
        else
            loaded = Result<MeetingState>::failure(db.lastError().text());
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return loaded;
}

} // namespace

ConsensusSession::ConsensusSession(QSqlDatabase db, qint64 roundId, QObject* parent)
    : QObject(parent), m_db(db), m_round(roundId), m_store(db, roundId)
{
    connect(&m_reload, &QFutureWatcher<Result<MeetingState>>::finished, this, [this] {
        if (!m_reloadPending)
            return; // settle() took it already
        m_reloadPending = false;
        take(m_reload.result());
    });
}

ConsensusSession::~ConsensusSession()
{
    m_reload.waitForFinished();
}

Status ConsensusSession::reload()
{
    if (auto settled = settle(); !settled)
        return settled;
    auto loaded = loadMeeting(m_db, m_round);
    if (!loaded)
        return Status::from(loaded);
    m_state = std::move(loaded).value();
    emit changed();
    return {};
}

Status ConsensusSession::settle()
{
    if (!m_reloadPending)
        return {};
    m_reload.waitForFinished();
    m_reloadPending = false; // taken here: the finished signal, when it comes, finds nothing to take
    const Result<MeetingState> loaded = m_reload.result();
    take(loaded);
    return loaded ? Status() : Status::from(loaded);
}

void ConsensusSession::takePendingReload()
{
    (void)settle(); // a failed reload was reported by reloadFailed(); the change goes on from the last state
}

void ConsensusSession::take(const Result<MeetingState>& loaded)
{
    if (!loaded) {
        emit reloadFailed(loaded.error());
        return;
    }
    m_state = loaded.value();
    emit changed();
}

Status ConsensusSession::afterChange(const Status& change)
{
    if (!change)
        return change;
    m_reloadPending = true;
    m_reload.setFuture(QtConcurrent::run(loadOnOwnConnection, m_db.connectionName(), m_round, m_state.returned));
    return {};
}

Status ConsensusSession::setInfo(const MeetingInfo& info)
{
    takePendingReload();
    return afterChange(m_store.setInfo(info));
}

Status ConsensusSession::setPresent(qint64 reviewerId, bool present)
{
    takePendingReload();
    return afterChange(m_store.setPresent(reviewerId, present));
}

Status ConsensusSession::revise(qint64 applicationId, qint64 reviewerId, const QString& criterion, double score,
                                const QString& reason)
{
    // A revision is computed from the state (the score it replaces): never from one a change has outdated.
    if (auto settled = settle(); !settled)
        return settled;
    return afterChange(Status::from(m_store.revise(m_state, applicationId, reviewerId, criterion, score, reason)));
}

Status ConsensusSession::resolve(qint64 applicationId, const QString& flag, const QString& note)
{
    takePendingReload();
    return afterChange(m_store.resolve(applicationId, flag, note));
}

Status ConsensusSession::setNote(qint64 applicationId, const QString& note)
{
    // Notes are typed while the meeting goes on: stored, but the views need not be rebuilt for them.
    takePendingReload();
    auto stored = m_store.setNote(applicationId, note);
    if (stored)
        m_state.notes.insert(applicationId, note);
    return stored;
}

Status ConsensusSession::decide(const DecisionRecord& decision)
{
    takePendingReload();
    return afterChange(m_store.decide(decision));
}

Result<ApprovalLimits> ConsensusSession::approvalLimits(qint64 applicationId) const
{
    return consensus::approvalLimits(m_db, applicationId);
}

Status ConsensusSession::finalise()
{
    takePendingReload();
    return afterChange(m_store.finalise());
}

Status ConsensusSession::reopen(const QString& reason)
{
    takePendingReload();
    return afterChange(m_store.reopen(reason));
}

} // namespace rd::consensus
