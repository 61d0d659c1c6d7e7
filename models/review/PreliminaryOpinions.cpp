#include "models/review/PreliminaryOpinions.h"

#include "models/sql/Sql.h"
#include "models/store/ApplicationStore.h"

#include <QCoreApplication>

#include <algorithm>

namespace rd {

QString meetsKey(PreliminaryOpinion::Meets meets)
{
    switch (meets) {
    case PreliminaryOpinion::Meets::Yes:
        return QStringLiteral("yes");
    case PreliminaryOpinion::Meets::Partly:
        return QStringLiteral("partly");
    case PreliminaryOpinion::Meets::No:
        return QStringLiteral("no");
    case PreliminaryOpinion::Meets::Unstated:
        break;
    }
    return QStringLiteral("");
}

std::optional<PreliminaryOpinion::Meets> meetsFromKey(const QString& key)
{
    for (auto m : {PreliminaryOpinion::Meets::Unstated, PreliminaryOpinion::Meets::Yes,
                   PreliminaryOpinion::Meets::Partly, PreliminaryOpinion::Meets::No}) {
        if (meetsKey(m) == key)
            return m;
    }
    return std::nullopt;
}

QString meetsName(PreliminaryOpinion::Meets meets)
{
    switch (meets) {
    case PreliminaryOpinion::Meets::Yes:
        return QCoreApplication::translate("PreliminaryOpinions", "Meets the requirements");
    case PreliminaryOpinion::Meets::Partly:
        return QCoreApplication::translate("PreliminaryOpinions", "Partly meets the requirements");
    case PreliminaryOpinion::Meets::No:
        return QCoreApplication::translate("PreliminaryOpinions", "Does not meet the requirements");
    case PreliminaryOpinion::Meets::Unstated:
        break;
    }
    return QCoreApplication::translate("PreliminaryOpinions", "Not stated");
}

Result<QStringList> PreliminaryOpinions::rubricItems(qint64 applicationId) const
{
    auto round = sql::scalar(m_db, QStringLiteral("SELECT round_id FROM applications WHERE id = ?"), {applicationId});
    if (!round)
        return Result<QStringList>::failure(round.error());
    if (!round->isValid())
        return Result<QStringList>::failure(
            QCoreApplication::translate("PreliminaryOpinions", "there is no application %1").arg(applicationId));
    auto rubric = ApplicationStore(m_db).roundRubric(round->toLongLong());
    if (!rubric)
        return Result<QStringList>::failure(rubric.error());
    QStringList ids;
    for (const RubricCriterion& c : rubric->criteria())
        ids << c.id;
    for (const ChecklistItem& item : rubric->checklist())
        ids << item.id;
    return ids;
}

Status PreliminaryOpinions::set(qint64 applicationId, const PreliminaryOpinion& opinion)
{
    auto items = rubricItems(applicationId);
    if (!items)
        return Status::from(items);
    if (!opinion.criterion.isEmpty() && !items->contains(opinion.criterion))
        return Status::failure(QCoreApplication::translate("PreliminaryOpinions",
                                                           "“%1” is not a criterion of the round's rubric; it has %2")
                                   .arg(opinion.criterion, items->join(QStringLiteral(", "))));
    if (opinion.opinion.trimmed().isEmpty() && opinion.meets == PreliminaryOpinion::Meets::Unstated)
        return Status::failure(QCoreApplication::translate("PreliminaryOpinions", "the preliminary opinion is empty"));
    return Status::from(
        sql::exec(m_db,
                  QStringLiteral("INSERT OR REPLACE INTO preliminary_opinions(application_id, criterion,"
                                 " meets, opinion, updated_at) VALUES (?, ?, ?, ?, ?)"),
                  {applicationId, opinion.criterion, meetsKey(opinion.meets), opinion.opinion.trimmed(), sql::now()}));
}

Result<QList<PreliminaryOpinion>> PreliminaryOpinions::of(qint64 applicationId) const
{
    using R = Result<QList<PreliminaryOpinion>>;
    auto items = rubricItems(applicationId);
    if (!items)
        return R::failure(items.error());
    auto query = sql::exec(m_db,
                           QStringLiteral("SELECT criterion, meets, opinion, updated_at FROM preliminary_opinions"
                                          " WHERE application_id = ?"),
                           {applicationId});
    if (!query)
        return R::failure(query.error());
    QList<PreliminaryOpinion> list;
    while (query->next()) {
        const auto meets = meetsFromKey(query->value(1).toString());
        if (!meets)
            return R::failure(
                sql::unknownValue(QStringLiteral("preliminary_opinions"),
                                  QStringLiteral("%1/%2").arg(applicationId).arg(query->value(0).toString()),
                                  QStringLiteral("meets"), query->value(1).toString()));
        list.append({query->value(0).toString(), *meets, query->value(2).toString(),
                     QDateTime::fromString(query->value(3).toString(), Qt::ISODateWithMs)});
    }
    const QStringList order = QStringList{QString()} + *items;
    std::sort(list.begin(), list.end(), [&](const PreliminaryOpinion& a, const PreliminaryOpinion& b) {
        return order.indexOf(a.criterion) < order.indexOf(b.criterion);
    });
    return list;
}

} // namespace rd
