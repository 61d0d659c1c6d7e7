#include "models/review/SigningRoles.h"

#include "models/audit/AuditTrail.h"
#include "models/signing/Certificates.h"
#include "models/sql/Sql.h"

#include <QCoreApplication>

#include <algorithm>

namespace rd::roles {

namespace {

QString describe(const Holder& holder)
{
    return holder.name.isEmpty() ? roleText(holder.role)
                                 : QStringLiteral("%1 (%2)").arg(roleText(holder.role), holder.name);
}

} // namespace

QString roleKey(Role role)
{
    switch (role) {
    case Role::Secretariat:
        return QStringLiteral("secretariat");
    case Role::Chair:
        return QStringLiteral("chair");
    case Role::Member:
        return QStringLiteral("member");
    }
    return {};
}

QString roleText(Role role)
{
    switch (role) {
    case Role::Secretariat:
        return QCoreApplication::translate("Roles", "secretariat");
    case Role::Chair:
        return QCoreApplication::translate("Roles", "chair");
    case Role::Member:
        return QCoreApplication::translate("Roles", "committee member");
    }
    return {};
}

Result<QList<Holder>> holders(const QSqlDatabase& db, qint64 roundId)
{
    using R = Result<QList<Holder>>;
    QList<Holder> all;
    auto secretariat = sql::hasTable(db, QStringLiteral("round_secretariat"));
    if (!secretariat)
        return R::failure(secretariat.error());
    if (*secretariat) {
        auto rows = sql::exec(db,
                              QStringLiteral("SELECT certificate_sha256, name FROM round_secretariat"
                                             " WHERE round_id = ? ORDER BY registered_at, certificate_sha256"),
                              {roundId});
        if (!rows)
            return R::failure(rows.error());
        while (rows->next())
            all.append({Role::Secretariat, 0, rows->value(1).toString(), rows->value(0).toString()});
    }
    auto members = sql::exec(db, QStringLiteral("SELECT id, name, certificate_sha256 FROM reviewers ORDER BY id"));
    if (!members)
        return R::failure(members.error());
    QHash<qint64, Holder> byId;
    while (members->next()) {
        const Holder member{Role::Member, members->value(0).toLongLong(), members->value(1).toString(),
                            members->value(2).toString()};
        byId.insert(member.reviewerId, member);
        all.append(member);
    }
    auto meetings = sql::hasTable(db, QStringLiteral("meetings"));
    if (!meetings)
        return R::failure(meetings.error());
    if (*meetings) {
        auto chair = sql::scalar(db, QStringLiteral("SELECT chair_id FROM meetings WHERE round_id = ?"), {roundId});
        if (!chair)
            return R::failure(chair.error());
        if (chair->isValid() && !chair->isNull() && byId.contains(chair->toLongLong())) {
            Holder holder = byId.value(chair->toLongLong());
            holder.role = Role::Chair;
            all.append(holder);
        }
    }
    return all;
}

Status registerSecretariat(const QSqlDatabase& db, qint64 roundId, const QString& typed, const QString& name)
{
    const QString fingerprint = signing::normalizedFingerprint(typed);
    if (fingerprint.isEmpty())
        return Status::failure(
            QCoreApplication::translate("Roles", "“%1” is not a SHA-256 fingerprint (64 hexadecimal digits).")
                .arg(typed));
    auto all = holders(db, roundId);
    if (!all)
        return Status::from(all);
    for (const Holder& h : rolesOf(*all, fingerprint))
        if (h.role == Role::Member)
            return Status::failure(
                QCoreApplication::translate("Roles", "Certificate %1 is registered for the committee member %2; a "
                                                     "member's certificate cannot also act for the secretariat.")
                    .arg(fingerprint.left(16) + QStringLiteral("…"), h.name));
    sql::Transaction transaction(db);
    if (!transaction.active())
        return Status::failure(transaction.error());
    if (auto stored = sql::exec(db,
                                QStringLiteral("INSERT OR REPLACE INTO round_secretariat(round_id, certificate_sha256,"
                                               " name, registered_at) VALUES (?, ?, ?, ?)"),
                                {roundId, fingerprint, name, sql::now()});
        !stored)
        return Status::from(stored);
    if (auto logged = audit::record(db, QStringLiteral("certificate"), QStringLiteral("round:%1").arg(roundId), roundId,
                                    {{QStringLiteral("role"), roleKey(Role::Secretariat)},
                                     {QStringLiteral("name"), name},
                                     {QStringLiteral("sha256"), fingerprint}});
        !logged)
        return logged;
    return transaction.commit();
}

QList<Holder> rolesOf(const QList<Holder>& all, const QString& fingerprint)
{
    QList<Holder> found;
    if (fingerprint.isEmpty())
        return found;
    for (const Holder& h : all)
        if (h.fingerprint.compare(fingerprint, Qt::CaseInsensitive) == 0)
            found.append(h);
    return found;
}

QStringList registeredFor(const QList<Holder>& all, Role role, qint64 reviewerId)
{
    QStringList found;
    for (const Holder& h : all)
        if (h.role == role && !h.fingerprint.isEmpty() &&
            (role == Role::Secretariat || reviewerId == 0 || h.reviewerId == reviewerId))
            found.append(h.fingerprint);
    return found;
}

QString describeRole(const QList<Holder>& all, Role role, qint64 reviewerId)
{
    QString who = roleText(role);
    for (const Holder& h : all)
        if (h.role == role && role != Role::Secretariat && (reviewerId == 0 || h.reviewerId == reviewerId) &&
            !h.name.isEmpty())
            who = describe(h);
    return who;
}

Status mayActAs(const QList<Holder>& all, Role role, const QString& fingerprint, qint64 reviewerId)
{
    const QStringList registered = registeredFor(all, role, reviewerId);
    for (const QString& r : registered)
        if (r.compare(fingerprint, Qt::CaseInsensitive) == 0)
            return {};
    const QString who = describeRole(all, role, reviewerId);
    if (registered.isEmpty())
        return Status::failure(
            role == Role::Chair && reviewerId == 0 && registeredFor(all, Role::Chair).isEmpty() &&
                    std::none_of(all.cbegin(), all.cend(), [](const Holder& h) { return h.role == Role::Chair; })
                ? QCoreApplication::translate("Roles", "no chair (召集人) is recorded for the meeting")
                : QCoreApplication::translate("Roles", "no certificate is registered for the %1").arg(who));
    QStringList instead;
    for (const Holder& h : rolesOf(all, fingerprint))
        instead << describe(h);
    const QString certificate = fingerprint.left(16) + QStringLiteral("…");
    return Status::failure(
        instead.isEmpty()
            ? QCoreApplication::translate("Roles", "certificate %1 is not the one registered for the %2 (%3)")
                  .arg(certificate, who, registered.first().left(16) + QStringLiteral("…"))
            : QCoreApplication::translate("Roles", "certificate %1 belongs to the %2, not to the %3")
                  .arg(certificate, instead.join(QStringLiteral(", ")), who));
}

} // namespace rd::roles
