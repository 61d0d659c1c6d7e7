#pragma once

#include "models/core/Result.h"
#include "models/review/Conflicts.h"

#include <QSqlDatabase>
#include <QStringList>

namespace rd {

struct Reviewer
{
    qint64 id = 0;
    QString name;
    QString organization;
    QString title;
    QString email;
    bool external = true;
    QStringList declaredOrganizations;
    QStringList declaredUbns;

    conflicts::ReviewerIdentity identity() const { return {name, organization, declaredOrganizations, declaredUbns}; }
};

struct Assignment
{
    qint64 applicationId = 0;
    qint64 reviewerId = 0;
    QString conflicts;        // what matched, when a conflict was overridden, in the reader's language
    QString overrideReason;   // why the secretariat assigned the member anyway
    QString declaredConflict; // what the member declared in a score return; the member does not score it
};

struct AutoAssignReport
{
    int added = 0;
    // Applications that could not get enough non-conflicted members, with how many they have.
    QList<QPair<qint64, int>> shortOf;
    int notEligible = 0; // applications left out: not found 符合 in 資格文件審查
};

// The committee pool (委員) of a workspace and who reviews which application.
class ReviewerStore final
{
public:
    explicit ReviewerStore(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<qint64> add(const Reviewer& reviewer);
    Result<QList<Reviewer>> reviewers() const;
    Result<QList<Assignment>> assignments(qint64 roundId) const;
    // Keeps a member's own declaration of a conflict (from a score return) with the assignment.
    Status recordDeclaredConflict(qint64 applicationId, qint64 reviewerId, const QString& reason);

    // The conflicts between a member and an application (recusal requests, declared ties).
    Result<QList<conflicts::Conflict>> conflictsOf(qint64 reviewerId, qint64 applicationId) const;
    // Every conflict between the pool and the applications of a round: application → member → conflicts.
    // What keeps a member from an application, whether or not they were assigned.
    Result<QHash<qint64, QMap<qint64, QList<conflicts::Conflict>>>> conflictsInRound(qint64 roundId) const;

    // Assigns by hand an application found 符合 in 資格文件審查. A conflicted pair is refused, naming the conflict,
    // unless a reason is given; the conflict and the reason are then kept with the assignment.
    Status assign(qint64 applicationId, qint64 reviewerId, const QString& overrideReason = {});

    // Gives every application of the round found 符合 in 資格文件審查 `perApplication` members in one transaction:
    // never a conflicted pair, the least-loaded member first (ties by id, so the result is reproducible), the most
    // constrained applications first. Existing assignments are kept and counted.
    Result<AutoAssignReport> autoAssign(qint64 roundId, int perApplication);
    // What the committee dialog and `reviewdesk-cli assign` propose: three members score each application.
    static constexpr int defaultPerApplication = 3;

    // The secretariat registers the SHA-256 fingerprint of each member's signing certificate; a return
    // from that member must then be signed with exactly that certificate. Empty clears it.
    Status registerCertificate(qint64 reviewerId, const QString& fingerprint);
    Result<QString> certificateOf(qint64 reviewerId) const;

private:
    qint64 roundOf(qint64 applicationId) const;

    QSqlDatabase m_db;
};

} // namespace rd
