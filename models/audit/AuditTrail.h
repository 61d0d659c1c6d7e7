#pragma once

#include "models/core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace rd::audit {

// The audit trail: an append-only list of every state change in a workspace. Each event stores the SHA-256
// of the one before, and its own SHA-256 over its fields and that link, so editing, removing or reordering
// any row breaks the chain from there on; SQL triggers refuse updates and deletes besides.
struct Event
{
    qint64 id = 0;
    QDateTime at;
    QString actor;  // who: the operator's name
    QString role;   // secretariat, reviewer, chair, auditor
    QString action; // import, assign, conflict-declared, conflict-overridden, score-edit, complete, return-import,
                    // signature, revision, resolution, decision, finalise, reopen, export, archive
    QString entity; // what it concerns, e.g. "application:12", "sheet:3/7", "round:1"
    qint64 roundId = 0;
    QJsonObject detail; // what changed: digests rather than the content of a score
    QString previousSha256;
    QString sha256;
};

// Who is working: set once by the program from the workspace (a member's or the secretariat's) and the
// operator's account; every event recorded from then on carries it.
void setOperator(const QString& actor, const QString& role);
// The operator's account on this computer: USER, USERNAME or LOGNAME, else the home folder's name.
QString accountName();
QString operatorName();
QString operatorRole();

// Appends one event; call it inside the transaction of the change it records, so both or neither land.
Status record(const QSqlDatabase& db, const QString& action, const QString& entity, qint64 roundId,
              const QJsonObject& detail = {});

// Records that a document left the workspace: its name, kind and SHA-256 (a folder: the names in it).
Status recordExport(const QSqlDatabase& db, qint64 roundId, const QString& kind, const QString& path);

struct Filter
{
    qint64 roundId = 0; // 0: all
    QString action;
    QString actor;
    QString text; // in entity or detail
    QDateTime from;
    QDateTime to;
};
Result<QList<Event>> events(const QSqlDatabase& db, const Filter& filter = {});

// The last event: what a signed document or an import records as its anchor.
struct Head
{
    qint64 id = 0; // 0: the trail is empty
    QString sha256;
};
Result<Head> head(const QSqlDatabase& db);

// Something outside the chain that recorded its head at a moment: a signed document's binding, a return's
// import, the archive certificate. The chain must still hold that event with that digest: a chain cut before
// it, or rewritten consistently from before it, no longer does.
struct Anchor
{
    qint64 id = 0;
    QString sha256;
    QString where; // what recorded it, for the message
};

// Recomputes the chain, then checks every anchor against it. `firstBroken` is the id of the first event whose
// link or digest does not hold, or of the anchor that does not (0 when all hold); `reason` says which.
struct ChainCheck
{
    int events = 0;
    int anchors = 0; // anchors checked
    qint64 firstBroken = 0;
    QString reason;
    bool ok() const { return firstBroken == 0 && reason.isEmpty(); }
};
ChainCheck verifyChain(const QList<Event>& events, const QList<Anchor>& anchors = {});
// The workspace's chain against the heads recorded at each return import and the `anchors` given besides (the
// ones in the bindings of the chair's signed documents: consensus::documentAnchors).
Result<ChainCheck> verifyChain(const QSqlDatabase& db, const QList<Anchor>& anchors = {});
Result<QList<Anchor>> recordedAnchors(const QSqlDatabase& db);

QString eventSha256(const Event& event); // the digest an event must carry
QJsonObject toJson(const Event& event);
Event fromJson(const QJsonObject& json);
QString actionText(const QString& action); // translated

// What the entities events name are, for people: "application:12" → "04595257 範例雲端股份有限公司",
// "reviewer:3" → "林孟儒", "round:1" → the round's name. Read from the workspace (or an archive's snapshot of
// it). A sheet ("sheet:12/3") is named by its application and member (AuditTrailModel composes it).
Result<QHash<QString, QString>> entityNames(const QSqlDatabase& db);

} // namespace rd::audit
