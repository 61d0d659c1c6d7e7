#pragma once

#include "models/core/Result.h"
#include "models/signing/PdfSigner.h"
#include "models/store/Workspace.h"

#include <atomic>
#include <functional>

namespace rd::archive {

inline QString archiveFormat()
{
    return QStringLiteral("reviewdesk.archive");
}
constexpr int archiveVersion = 1;
inline QString certificateEntry()
{
    return QStringLiteral("archive-certificate.pdf");
}

// A round as one ZIP an auditor can check years later without ReviewDesk's help (docs/archive-format.md):
//   data/*.json             every row of the round's tables, one file per table, in the open
//   data/sheets/A-R.json    each member's returned sheet exactly as received
//   database/reviewdesk.sqlite  a snapshot of the whole workspace database
//   documents/A/…           the applications' documents
//   signed/sheets/A-R.pdf   the members' signed 評分表; signed/consensus-sheet.pdf, signed/minutes.pdf
//   audit/audit-log.json    the whole hash-chained audit trail
//   manifest.json           the SHA-256 of every file above
//   archive-certificate.pdf the manifest's SHA-256, signed by the secretariat
struct ExportReport
{
    int files = 0;
    qint64 bytes = 0;
    QString manifestSha256;
    QString fileSha256;
};

// The round's tables as the archive holds them in the open (`data/TABLE.json`), in the order they are written;
// the verifier writes them again from the snapshot and compares.
const QStringList& archivedTables();
Result<QByteArray> tableJson(const QSqlDatabase& db, const QString& table, qint64 roundId);

using Progress = std::function<void(int done, int total)>;

// Runs on any thread with that thread's connection. Written through a side file and a rename.
Result<ExportReport> exportRound(const QSqlDatabase& db, const BlobStore& blobs, qint64 roundId, const QString& zipPath,
                                 const signing::SignRequest& secretariat, const Progress& progress = {},
                                 const std::atomic_bool* cancelled = nullptr);

} // namespace rd::archive
