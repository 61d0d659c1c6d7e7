#pragma once

#include "models/core/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace rd::roles {

// Who may sign what in a round (docs/signatures.md, "Roles"). A certificate is known by its SHA-256
// fingerprint; a trusted issuer alone proves nothing about the role of the person holding it:
//   - a member's 評分表 is signed with the certificate the secretariat registered for that member;
//   - the 評選總表 and the 會議紀錄 with the registered certificate of the meeting's chair (召集人),
//     採購評選委員會審議規則 第6條之1 and 第11條;
//   - the archive certificate (封存證明) with a certificate registered as the round's secretariat.
enum class Role
{
    Secretariat,
    Chair,
    Member
};
QString roleKey(Role role);  // stable, for JSON: "secretariat", "chair", "member"
QString roleText(Role role); // for people, translated

struct Holder
{
    Role role = Role::Member;
    qint64 reviewerId = 0; // the member, or the chair as a member; 0 for the secretariat
    QString name;
    QString fingerprint; // empty: no certificate registered
};

// Every role of a round: its secretariat certificates, the meeting's chair, and every member of the pool with
// their registered certificate (empty when none). Works on a read-only snapshot of an older schema too.
Result<QList<Holder>> holders(const QSqlDatabase& db, qint64 roundId);

// Registers a secretariat certificate for a round, on the audit trail.
Status registerSecretariat(const QSqlDatabase& db, qint64 roundId, const QString& fingerprint, const QString& name);

// The roles `fingerprint` holds.
QList<Holder> rolesOf(const QList<Holder>& all, const QString& fingerprint);
// The registered certificate for a role (for Member and Chair, of `reviewerId`; for Chair, 0 means the
// meeting's chair); empty when none is registered.
QStringList registeredFor(const QList<Holder>& all, Role role, qint64 reviewerId = 0);

// Who holds `role` (for Member and Chair, `reviewerId`'s), for messages: "the chair (召集人) (王大明)".
QString describeRole(const QList<Holder>& all, Role role, qint64 reviewerId = 0);

// Whether `fingerprint` may sign as `role`; the failure says which certificate is registered for the role
// and which role the certificate holds instead.
Status mayActAs(const QList<Holder>& all, Role role, const QString& fingerprint, qint64 reviewerId = 0);

} // namespace rd::roles
