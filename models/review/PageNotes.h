#pragma once

#include "models/core/Result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace rd {

// A reviewer's private note on a page of a document. Kept in the reviewer's workspace; a score return
// carries them only when the reviewer chooses to.
struct PageNote
{
    qint64 id = 0;
    qint64 documentId = 0;
    int page = 0; // zero-based
    QString text;
    QDateTime updatedAt;
};

class PageNotes final
{
public:
    explicit PageNotes(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<qint64> add(qint64 documentId, int page, const QString& text);
    // Rewrites a note; an empty text deletes it.
    Status update(qint64 noteId, const QString& text);
    Status remove(qint64 noteId);
    Result<QList<PageNote>> of(qint64 documentId) const;
    // Every note on the documents of an application, by document and page.
    Result<QList<PageNote>> ofApplication(qint64 applicationId) const;

private:
    QSqlDatabase m_db;
};

} // namespace rd
