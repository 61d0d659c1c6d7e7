#include "models/review/PageNotes.h"

#include "models/sql/Sql.h"

#include <QCoreApplication>

namespace rd {

namespace {

Result<QList<PageNote>> notes(const QSqlDatabase& db, const QString& condition, qint64 value)
{
    auto query =
        sql::exec(db,
                  QStringLiteral("SELECT n.id, n.document_id, n.page_no, n.text, n.updated_at FROM page_notes n"
                                 " JOIN documents d ON d.id = n.document_id WHERE ") +
                      condition + QStringLiteral(" ORDER BY n.document_id, n.page_no, n.id"),
                  {value});
    if (!query)
        return Result<QList<PageNote>>::failure(query.error());
    QList<PageNote> result;
    while (query->next())
        result.append({query->value(0).toLongLong(), query->value(1).toLongLong(), query->value(2).toInt(),
                       query->value(3).toString(),
                       QDateTime::fromString(query->value(4).toString(), Qt::ISODateWithMs)});
    return result;
}

} // namespace

Result<qint64> PageNotes::add(qint64 documentId, int page, const QString& text)
{
    if (text.trimmed().isEmpty())
        return Result<qint64>::failure(QCoreApplication::translate("PageNotes", "A note needs some text."));
    auto pages = sql::scalar(m_db, QStringLiteral("SELECT page_count FROM documents WHERE id = ?"), {documentId});
    if (!pages)
        return Result<qint64>::failure(pages.error());
    if (!pages->isValid() || page < 0 || page >= pages->toInt())
        return Result<qint64>::failure(
            QCoreApplication::translate("PageNotes", "document %1 has no page %2").arg(documentId).arg(page + 1));
    auto inserted = sql::exec(
        m_db, QStringLiteral("INSERT INTO page_notes(document_id, page_no, text, updated_at) VALUES (?, ?, ?, ?)"),
        {documentId, page, text, sql::now()});
    if (!inserted)
        return Result<qint64>::failure(inserted.error());
    return inserted->lastInsertId().toLongLong();
}

Status PageNotes::update(qint64 noteId, const QString& text)
{
    if (text.trimmed().isEmpty())
        return remove(noteId);
    return Status::from(sql::exec(m_db, QStringLiteral("UPDATE page_notes SET text = ?, updated_at = ? WHERE id = ?"),
                                  {text, sql::now(), noteId}));
}

Status PageNotes::remove(qint64 noteId)
{
    return Status::from(sql::exec(m_db, QStringLiteral("DELETE FROM page_notes WHERE id = ?"), {noteId}));
}

Result<QList<PageNote>> PageNotes::of(qint64 documentId) const
{
    return notes(m_db, QStringLiteral("n.document_id = ?"), documentId);
}

Result<QList<PageNote>> PageNotes::ofApplication(qint64 applicationId) const
{
    return notes(m_db, QStringLiteral("d.application_id = ?"), applicationId);
}

} // namespace rd
