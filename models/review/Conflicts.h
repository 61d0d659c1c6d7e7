#pragma once

#include "models/dossier/Dossier.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace rd::conflicts {

// Names and organisations as people write them differ in width (ＡＢＣ/ABC), spacing, punctuation
// (王 小明, 林‧阿美), variant characters (臺/台, 峯/峰) and simplified forms (台湾/臺灣). Both sides are
// brought to one form before they are compared.
QString normalizedName(const QString& name);
QString normalizedOrganization(const QString& organization);

bool sameName(const QString& a, const QString& b);
// Equal after normalisation (國立/私立/財團法人… dropped), or one contains the other when the shorter has
// at least four characters: 臺灣大學 is the same organisation as 國立臺灣大學資訊工程學系; 大學 is nobody.
bool sameOrganization(const QString& a, const QString& b);

// What is known of a committee member for conflict checks.
struct ReviewerIdentity
{
    QString name;
    QString organization;
    QStringList declaredOrganizations; // organisations the member declared ties with
    QStringList declaredUbns;          // their 統一編號
};

enum class Basis
{
    RecusalNameAndOrganization, // the applicant's 建議迴避之人員清單 names this member at this organisation
    RecusalNameOnly,            // the name matches, the organisation does not (or is not given): a namesake?
    DeclaredUbn,                // the member declared ties with the applicant's 統一編號
    DeclaredOrganization,       // the member declared ties with an organisation matching the applicant
};

struct Conflict
{
    Basis basis;
    QString detail; // the recusal request or declaration that matched, as written
};

// Every reason the member should not review this application. A caller may override a match only with a
// recorded reason (the review issue's assignment rules).
QList<Conflict> find(const ReviewerIdentity& reviewer, const Dossier& application);

// One line in the user's language ("建議迴避：張三（某大學）").
QString describe(const Conflict& conflict);
// Every conflict, each described, joined into one line.
QString describeAll(const QList<Conflict>& conflicts);

// Conflicts as stored: language-neutral data, described in the reader's language when shown.
QString toJson(const QList<Conflict>& conflicts);
QList<Conflict> fromJson(const QString& json);

} // namespace rd::conflicts
