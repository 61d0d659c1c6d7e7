#include "models/review/ReviewerStore.h"

#include "models/audit/AuditTrail.h"

#include "models/dossier/DossierReader.h"
#include "models/screening/Screening.h"
#include "models/sql/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace rd {

namespace {

QString toJson(const QStringList& list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList fromJson(const QVariant& value)
{
    QStringList list;
    for (const QJsonValue& v : QJsonDocument::fromJson(value.toByteArray()).array())
        list << v.toString();
    return list;
}

// What matched, as shown: stored as data since schema 5 and described in the reader's language; an
// older workspace holds the description written when the member was assigned.
QString storedConflicts(const QString& stored)
{
    return stored.startsWith(QLatin1Char('[')) ? conflicts::describeAll(conflicts::fromJson(stored)) : stored;
}

} // namespace

Result<qint64> ReviewerStore::add(const Reviewer& r)
{
    if (r.name.trimmed().isEmpty())
        return Result<qint64>::failure(QCoreApplication::translate("ReviewerStore", "a committee member needs a name"));
    auto query =
        sql::exec(m_db,
                  QStringLiteral("INSERT INTO reviewers(name, organization, title, email, external,"
                                 " declared_organizations, declared_ubns, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                  {r.name.trimmed(), r.organization.trimmed(), r.title, r.email, r.external ? 1 : 0,
                   toJson(r.declaredOrganizations), toJson(r.declaredUbns), sql::now()});
    if (!query)
        return Result<qint64>::failure(query.error());
    return query->lastInsertId().toLongLong();
}

Result<QList<Reviewer>> ReviewerStore::reviewers() const
{
    auto query =
        sql::exec(m_db, QStringLiteral("SELECT id, name, organization, title, email, external, declared_organizations,"
                                       " declared_ubns FROM reviewers ORDER BY id"));
    if (!query)
        return Result<QList<Reviewer>>::failure(query.error());
    QList<Reviewer> list;
    while (query->next())
        list.append({query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toString(),
                     query->value(3).toString(), query->value(4).toString(), query->value(5).toBool(),
                     fromJson(query->value(6)), fromJson(query->value(7))});
    return list;
}

Result<QList<Assignment>> ReviewerStore::assignments(qint64 roundId) const
{
    auto query = sql::exec(
        m_db,
        QStringLiteral("SELECT s.application_id, s.reviewer_id, s.conflicts, s.override_reason, s.declared_conflict"
                       " FROM assignments s JOIN applications a ON a.id = s.application_id"
                       " WHERE a.round_id = ? ORDER BY s.application_id, s.reviewer_id"),
        {roundId});
    if (!query)
        return Result<QList<Assignment>>::failure(query.error());
    QList<Assignment> list;
    while (query->next())
        list.append({query->value(0).toLongLong(), query->value(1).toLongLong(),
                     storedConflicts(query->value(2).toString()), query->value(3).toString(),
                     query->value(4).toString()});
    return list;
}

Status ReviewerStore::recordDeclaredConflict(qint64 applicationId, qint64 reviewerId, const QString& reason)
{
    if (auto updated = sql::exec(
            m_db,
            QStringLiteral("UPDATE assignments SET declared_conflict = ? WHERE application_id = ? AND reviewer_id = ?"),
            {reason, applicationId, reviewerId});
        !updated)
        return Status::from(updated);
    return audit::record(m_db, QStringLiteral("conflict-declared"),
                         QStringLiteral("sheet:%1/%2").arg(applicationId).arg(reviewerId), roundOf(applicationId),
                         {{QStringLiteral("reason"), reason}});
}

qint64 ReviewerStore::roundOf(qint64 applicationId) const
{
    auto round = sql::scalar(m_db, QStringLiteral("SELECT round_id FROM applications WHERE id = ?"), {applicationId});
    return round ? round->toLongLong() : 0;
}

Result<QList<conflicts::Conflict>> ReviewerStore::conflictsOf(qint64 reviewerId, qint64 applicationId) const
{
    using R = Result<QList<conflicts::Conflict>>;
    auto all = reviewers();
    if (!all)
        return R::failure(all.error());
    const auto reviewer = std::find_if(all->begin(), all->end(), [&](const Reviewer& r) { return r.id == reviewerId; });
    if (reviewer == all->end())
        return R::failure(
            QCoreApplication::translate("ReviewerStore", "there is no committee member %1").arg(reviewerId));
    auto json =
        sql::scalar(m_db, QStringLiteral("SELECT dossier_json FROM applications WHERE id = ?"), {applicationId});
    if (!json)
        return R::failure(json.error());
    if (!json->isValid())
        return R::failure(
            QCoreApplication::translate("ReviewerStore", "there is no application %1").arg(applicationId));
    auto dossier = DossierReader::parse(json->toByteArray(), QStringLiteral("application.json"));
    if (!dossier)
        return R::failure(dossier.error());
    return conflicts::find(reviewer->identity(), *dossier);
}

Status ReviewerStore::assign(qint64 applicationId, qint64 reviewerId, const QString& overrideReason)
{
    // Members review only what 資格文件審查 found 符合 (004 陸、作業流程).
    auto screened = screening::ScreeningStore(m_db).decision(applicationId);
    if (!screened)
        return Status::from(screened);
    if (!screened->goesOn())
        return Status::failure(
            QCoreApplication::translate("ReviewerStore",
                                        "the application is not found eligible (符合) in screening (資格文件審查) "
                                        "(%1: %2); only eligible applications are assigned")
                .arg(screening::outcomeName(screened->outcome), screened->why()));
    auto found = conflictsOf(reviewerId, applicationId);
    if (!found)
        return Status::from(found);
    if (!found->isEmpty() && overrideReason.trimmed().isEmpty())
        return Status::failure(QCoreApplication::translate(
                                   "ReviewerStore", "the committee member has a conflict with this application (%1); "
                                                    "give a reason to assign them anyway")
                                   .arg(conflicts::describeAll(*found)));
    sql::Transaction transaction(m_db);
    if (!transaction.active())
        return Status::failure(transaction.error());
    if (auto inserted =
            sql::exec(m_db,
                      QStringLiteral("INSERT OR REPLACE INTO assignments(application_id, reviewer_id, conflicts,"
                                     " override_reason, assigned_at) VALUES (?, ?, ?, ?, ?)"),
                      {applicationId, reviewerId, found->isEmpty() ? QString() : conflicts::toJson(*found),
                       overrideReason.trimmed(), sql::now()});
        !inserted)
        return Status::from(inserted);
    const bool overridden = !found->isEmpty();
    if (auto logged =
            audit::record(m_db, overridden ? QStringLiteral("conflict-overridden") : QStringLiteral("assign"),
                          QStringLiteral("sheet:%1/%2").arg(applicationId).arg(reviewerId), roundOf(applicationId),
                          overridden ? QJsonObject{{QStringLiteral("conflicts"), conflicts::describeAll(*found)},
                                                   {QStringLiteral("reason"), overrideReason.trimmed()}}
                                     : QJsonObject{});
        !logged)
        return logged;
    return transaction.commit();
}

Result<QHash<qint64, QMap<qint64, QList<conflicts::Conflict>>>> ReviewerStore::conflictsInRound(qint64 roundId) const
{
    using R = Result<QHash<qint64, QMap<qint64, QList<conflicts::Conflict>>>>;
    auto pool = reviewers();
    if (!pool)
        return R::failure(pool.error());
    auto apps = sql::exec(
        m_db, QStringLiteral("SELECT id, dossier_json FROM applications WHERE round_id = ? ORDER BY id"), {roundId});
    if (!apps)
        return R::failure(apps.error());
    QHash<qint64, QMap<qint64, QList<conflicts::Conflict>>> found;
    while (apps->next()) {
        auto dossier = DossierReader::parse(apps->value(1).toByteArray(), QStringLiteral("application.json"));
        if (!dossier)
            return R::failure(dossier.error());
        for (const Reviewer& r : *pool) {
            const QList<conflicts::Conflict> conflicts = conflicts::find(r.identity(), *dossier);
            if (!conflicts.isEmpty())
                found[apps->value(0).toLongLong()].insert(r.id, conflicts);
        }
    }
    return found;
}

Result<AutoAssignReport> ReviewerStore::autoAssign(qint64 roundId, int perApplication)
{
    using R = Result<AutoAssignReport>;
    auto pool = reviewers();
    auto existing = assignments(roundId);
    auto conflicted = conflictsInRound(roundId);
    auto apps =
        sql::exec(m_db, QStringLiteral("SELECT id FROM applications WHERE round_id = ? ORDER BY id"), {roundId});
    if (!pool || !existing || !conflicted || !apps)
        return R::failure(!pool         ? pool.error()
                          : !existing   ? existing.error()
                          : !conflicted ? conflicted.error()
                                        : apps.error());

    // Which members may review which application, and what each already has.
    struct Candidate
    {
        qint64 applicationId;
        QList<qint64> eligible;
    };
    QList<Candidate> candidates;
    AutoAssignReport report;
    auto screened = screening::ScreeningStore(m_db).decisions(roundId);
    if (!screened)
        return R::failure(screened.error());
    while (apps->next()) {
        // Members review only what 資格文件審查 found 符合 (004 陸、作業流程).
        if (!screened->value(apps->value(0).toLongLong()).goesOn()) {
            ++report.notEligible;
            continue;
        }
        Candidate c{apps->value(0).toLongLong(), {}};
        const auto conflictsOfApplication = conflicted->value(c.applicationId);
        for (const Reviewer& r : *pool)
            if (!conflictsOfApplication.contains(r.id))
                c.eligible << r.id;
        candidates.append(c);
    }
    QHash<qint64, int> load;
    QHash<qint64, QSet<qint64>> assigned;
    for (const Assignment& a : *existing) {
        ++load[a.reviewerId];
        assigned[a.applicationId].insert(a.reviewerId);
    }
    // Most constrained first, so a scarce member is not used up on applications that had many choices.
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate& a, const Candidate& b) { return a.eligible.size() < b.eligible.size(); });

    sql::Transaction transaction(m_db);
    if (!transaction.active())
        return R::failure(transaction.error());
    const QString at = sql::now();
    for (const Candidate& c : std::as_const(candidates)) {
        QSet<qint64>& mine = assigned[c.applicationId];
        QList<qint64> choices;
        for (qint64 id : c.eligible) {
            if (!mine.contains(id))
                choices << id;
        }
        std::stable_sort(choices.begin(), choices.end(), [&](qint64 a, qint64 b) {
            return load.value(a) != load.value(b) ? load.value(a) < load.value(b) : a < b;
        });
        while (mine.size() < perApplication && !choices.isEmpty()) {
            const qint64 id = choices.takeFirst();
            if (auto ok = sql::exec(m_db,
                                    QStringLiteral("INSERT INTO assignments(application_id, reviewer_id, assigned_at)"
                                                   " VALUES (?, ?, ?)"),
                                    {c.applicationId, id, at});
                !ok)
                return R::failure(ok.error());
            if (auto logged = audit::record(m_db, QStringLiteral("assign"),
                                            QStringLiteral("sheet:%1/%2").arg(c.applicationId).arg(id), roundId,
                                            {{QStringLiteral("automatic"), true}});
                !logged)
                return R::failure(logged.error());
            mine.insert(id);
            ++load[id];
            ++report.added;
        }
        if (mine.size() < perApplication)
            report.shortOf.append({c.applicationId, int(mine.size())});
    }
    if (auto committed = transaction.commit(); !committed)
        return R::failure(committed.error());
    return report;
}

Status ReviewerStore::registerCertificate(qint64 reviewerId, const QString& fingerprint)
{
    sql::Transaction transaction(m_db);
    if (!transaction.active())
        return Status::failure(transaction.error());
    auto updated = sql::exec(m_db, QStringLiteral("UPDATE reviewers SET certificate_sha256 = ? WHERE id = ?"),
                             {fingerprint, reviewerId});
    if (!updated)
        return Status::from(updated);
    if (updated->numRowsAffected() != 1)
        return Status::failure(
            QCoreApplication::translate("ReviewerStore", "there is no committee member %1").arg(reviewerId));
    if (auto logged = audit::record(m_db, QStringLiteral("certificate"), QStringLiteral("reviewer:%1").arg(reviewerId),
                                    0, {{QStringLiteral("sha256"), fingerprint}});
        !logged)
        return logged;
    return transaction.commit();
}

Result<QString> ReviewerStore::certificateOf(qint64 reviewerId) const
{
    auto value =
        sql::scalar(m_db, QStringLiteral("SELECT certificate_sha256 FROM reviewers WHERE id = ?"), {reviewerId});
    if (!value)
        return Result<QString>::failure(value.error());
    return value->toString();
}

} // namespace rd
