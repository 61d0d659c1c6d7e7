#pragma once

#include "models/audit/AuditTrail.h"
#include "models/core/Result.h"
#include "models/signing/PdfSigner.h"
#include "models/store/BlobStore.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace rd::consensus {

// The chair's signed 評選總表 and 會議紀錄 of a round whose results are final. Each is printed with the
// chair's name in its signature block, signed, kept in the blob store and recorded; a later signing (after
// a reopening and new final results) adds new records and keeps the old ones.
struct SignedDocument
{
    qint64 id = 0;
    QString kind; // "consensus-sheet", "minutes"
    QString pdfSha256;
    QString dataSha256; // the results' SHA-256 the document is bound to
    QString signer;
    QString signerSha256;
    QDateTime signedAt;
    QString timeStampSha256; // the RFC 3161 token in the blob store, where the round has a time-stamping service
    QDateTime timeStampedAt;
};

Result<QList<SignedDocument>> signResults(const QSqlDatabase& db, const BlobStore& blobs, qint64 roundId,
                                          const signing::SignRequest& request);
// The latest signed document of each kind.
Result<QList<SignedDocument>> signedDocuments(const QSqlDatabase& db, qint64 roundId);

// The audit chain's head each signed document of the workspace carries in its binding, read from the PDFs
// themselves: anchors for audit::verifyChain. A document missing from the blob store is an anchor that fails.
Result<QList<audit::Anchor>> documentAnchors(const QSqlDatabase& db, const BlobStore& blobs);

} // namespace rd::consensus
