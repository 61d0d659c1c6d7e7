#pragma once

#include "models/core/Result.h"
#include "models/store/Workspace.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

namespace rd {

// A reviewer package (審查資料包): what the secretariat sends one committee member. It holds the round, its
// frozen rubric, the member's record, and — for that member's non-conflicted assignments only — each
// application's data, page texts, documents and 初審意見; nothing of other members. See
// docs/package-format.md.
namespace package {

inline QString packageFormat()
{
    return QStringLiteral("reviewdesk.package");
}
constexpr int packageVersion = 1;

struct ExportReport
{
    QString packageId;
    QString fileSha256;
    QList<qint64> applications;
    // Assignments left out, with why: the member now has an unresolved conflict with them (what matched), or the
    // application is not (or no longer) found 符合 in 資格文件審查.
    QList<QPair<qint64, QString>> leftOut;
};

// Writes the package of one reviewer in a round. Refused when the round has no rubric or the reviewer no
// assignment that may go out. Recorded in the workspace so that returns can be matched to it.
// Runs on any thread with that thread's connection to the workspace.
Result<ExportReport> exportPackage(const QSqlDatabase& db, const BlobStore& blobs, qint64 roundId, qint64 reviewerId,
                                   const QString& zipPath);

// One package per member with assignments in the round, named after the round and the member, written into
// `folder` (made when missing). A member whose package cannot be written is reported and the others go on;
// `cancelled` stops between members. Fails only when the round or its members cannot be read.
struct MemberExport
{
    qint64 reviewerId = 0;
    QString name;
    QString path;
    Result<ExportReport> report;
};
Result<QList<MemberExport>> exportAll(const QSqlDatabase& db, const BlobStore& blobs, qint64 roundId,
                                      const QString& folder, const std::atomic_bool* cancelled = nullptr);

// Creates a reviewer's workspace in `folder` (empty or missing) from a package, after checking its format,
// version and every file's SHA-256. On any failure the folder is removed again and nothing remains.
Result<std::unique_ptr<Workspace>> importPackage(const QString& zipPath, const QString& folder);

// What a reviewer workspace was made from; nullopt for a secretariat's workspace.
struct ReviewerContext
{
    qint64 roundId = 0; // local ids in the reviewer workspace
    qint64 reviewerId = 0;
    QJsonObject manifest; // the package's manifest
    QString packageId() const { return manifest.value(QStringLiteral("package_id")).toString(); }
};
Result<std::optional<ReviewerContext>> reviewerContext(const QSqlDatabase& db);

} // namespace package
} // namespace rd
