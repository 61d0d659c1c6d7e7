#include "models/store/TextMatches.h"

#include "models/sql/Sql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rd::textmatches {

namespace {

const QString selectMatches =
    QStringLiteral("SELECT m.id, m.round_id, m.share_a, m.share_b, m.passages,"
                   " da.id, aa.id, aa.round_id, ra.name, aa.ubn, aa.applicant_name, da.file_name,"
                   " db.id, ab.id, ab.round_id, rb.name, ab.ubn, ab.applicant_name, db.file_name"
                   " FROM text_matches m"
                   " JOIN documents da ON da.id = m.document_a JOIN applications aa ON aa.id = da.application_id"
                   " JOIN rounds ra ON ra.id = aa.round_id"
                   " JOIN documents db ON db.id = m.document_b JOIN applications ab ON ab.id = db.application_id"
                   " JOIN rounds rb ON rb.id = ab.round_id");

TextMatch::Side sideFromRow(const QSqlQuery& q, int first, double share)
{
    return {q.value(first).toLongLong(),     q.value(first + 1).toLongLong(),
            q.value(first + 2).toLongLong(), q.value(first + 3).toString(),
            q.value(first + 4).toString(),   q.value(first + 5).toString(),
            q.value(first + 6).toString(),   share};
}

TextMatch matchFromRow(const QSqlQuery& q)
{
    TextMatch m;
    m.id = q.value(0).toLongLong();
    m.roundId = q.value(1).toLongLong();
    m.a = sideFromRow(q, 5, q.value(2).toDouble());
    m.b = sideFromRow(q, 12, q.value(3).toDouble());
    for (const QJsonValue& v : QJsonDocument::fromJson(q.value(4).toByteArray()).array()) {
        const QJsonObject p = v.toObject();
        m.passages.append({p.value(QStringLiteral("page_a")).toInt(), p.value(QStringLiteral("page_b")).toInt(),
                           p.value(QStringLiteral("text")).toString()});
    }
    return m;
}

} // namespace

Result<QList<TextMatch>> ofRound(const QSqlDatabase& db, qint64 roundId)
{
    auto query = sql::exec(db,
                           selectMatches + QStringLiteral(" WHERE m.round_id = ?"
                                                          " ORDER BY max(m.share_a, m.share_b) DESC, m.id"),
                           {roundId});
    if (!query)
        return Result<QList<TextMatch>>::failure(query.error());
    QList<TextMatch> matches;
    while (query->next())
        matches.append(matchFromRow(*query));
    return matches;
}

Result<TextMatch> byId(const QSqlDatabase& db, qint64 matchId)
{
    auto query = sql::exec(db, selectMatches + QStringLiteral(" WHERE m.id = ?"), {matchId});
    if (!query)
        return Result<TextMatch>::failure(query.error());
    if (!query->next())
        return Result<TextMatch>::failure(
            QCoreApplication::translate("TextMatches", "the comparison %1 is no longer stored; the round's "
                                                       "proposals were compared again since")
                .arg(matchId));
    return matchFromRow(*query);
}

} // namespace rd::textmatches
