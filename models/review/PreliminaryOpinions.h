#pragma once

#include "models/core/Result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace rd {

// 初審意見: before packages go out, the secretariat (工作小組) writes per application and criterion whether
// the application meets the requirements and how it differs from the others; reviewers read it beside the
// score sheet, and the committee records where it departs from it (採購評選委員會審議規則 第3條 practice).
struct PreliminaryOpinion
{
    enum class Meets
    {
        Unstated,
        Yes,
        Partly,
        No
    };

    QString criterion; // a criterion or checklist id of the round's rubric; empty for the overall opinion
    Meets meets = Meets::Unstated;
    QString opinion;
    QDateTime updatedAt;
};

QString meetsKey(PreliminaryOpinion::Meets meets);
std::optional<PreliminaryOpinion::Meets> meetsFromKey(const QString& key);
QString meetsName(PreliminaryOpinion::Meets meets); // in the user's language

class PreliminaryOpinions final
{
public:
    explicit PreliminaryOpinions(QSqlDatabase db) : m_db(std::move(db)) {}

    // Writes (or rewrites) one opinion. The criterion must belong to the rubric frozen for the
    // application's round; the error lists the ones that do.
    Status set(qint64 applicationId, const PreliminaryOpinion& opinion);
    // The opinions of an application: the overall one first, then by the rubric's order of criteria.
    Result<QList<PreliminaryOpinion>> of(qint64 applicationId) const;

private:
    Result<QStringList> rubricItems(qint64 applicationId) const;

    QSqlDatabase m_db;
};

} // namespace rd
