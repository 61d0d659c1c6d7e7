#include "models/screening/ProposalComparison.h"

#include "models/similarity/TextReuse.h"
#include "models/sql/Sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rd::proposals {

namespace {

QString passagesJson(const QList<similarity::Passage>& passages)
{
    QJsonArray array;
    for (const similarity::Passage& p : passages)
        array.append(QJsonObject{{QStringLiteral("page_a"), p.pageA + 1},
                                 {QStringLiteral("page_b"), p.pageB + 1},
                                 {QStringLiteral("text"), p.text}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

Status compare(const QSqlDatabase& db, qint64 roundId, const std::atomic_bool* cancelled)
{
    // Every page of every proposal and presentation in the workspace, in document order.
    auto pages = sql::exec(db, QStringLiteral("SELECT d.id, a.round_id, d.application_id, p.text FROM documents d"
                                              " JOIN applications a ON a.id = d.application_id"
                                              " JOIN pages p ON p.document_id = d.id"
                                              " WHERE d.type IN ('proposal', 'slides') AND d.readable = 1"
                                              " ORDER BY a.round_id, d.id, p.page_no"));
    if (!pages)
        return Status::from(pages);
    QList<similarity::Document> documents;
    QHash<qint64, qint64> applicationOf;
    while (pages->next()) {
        const qint64 id = pages->value(0).toLongLong();
        if (documents.isEmpty() || documents.last().id != id) {
            documents.append({id, pages->value(1).toLongLong(), {}});
            applicationOf.insert(id, pages->value(2).toLongLong());
        }
        documents.last().pages << pages->value(3).toString();
    }
    pages->finish();
    if (cancelled && cancelled->load())
        return Status::failure(QCoreApplication::translate("ProposalComparison", "cancelled"));

    const QList<similarity::Match> matches = similarity::findMatches(documents, roundId);

    sql::Transaction transaction(db);
    if (!transaction.active())
        return Status::failure(transaction.error());
    if (auto cleared = sql::exec(db, QStringLiteral("DELETE FROM text_matches WHERE round_id = ?"), {roundId});
        !cleared)
        return Status::from(cleared);
    for (const similarity::Match& m : matches) {
        if (applicationOf.value(m.a) == applicationOf.value(m.b))
            continue; // a presentation repeats its own proposal
        if (auto inserted = sql::exec(db,
                                      QStringLiteral("INSERT INTO text_matches(round_id, document_a, document_b,"
                                                     " share_a, share_b, passages) VALUES (?, ?, ?, ?, ?, ?)"),
                                      {roundId, m.a, m.b, m.shareA, m.shareB, passagesJson(m.passages)});
            !inserted)
            return Status::from(inserted);
    }
    if (auto stale = sql::exec(db, QStringLiteral("UPDATE rounds SET findings_stale = 1 WHERE id = ?"), {roundId});
        !stale)
        return Status::from(stale);
    if (cancelled && cancelled->load())
        return Status::failure(QCoreApplication::translate("ProposalComparison", "cancelled"));
    return transaction.commit();
}

} // namespace rd::proposals
