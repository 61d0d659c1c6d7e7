#pragma once

#include "models/core/Result.h"
#include "models/package/Bundle.h"
#include "models/review/ScoreSheet.h"
#include "models/store/ApplicationStore.h"
#include "models/store/Workspace.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace rd {

// A score return (評分回傳): what a committee member sends back. Each sheet as data (JSON) and as a printed
// 評分表 (PDF) that shows the SHA-256 of that data, the package it answers, and, when the member chooses,
// their page notes. Each printed sheet can carry the member's digital signature, which covers the PDF and,
// through its XMP binding, the SHA-256 of the sheet's data. See docs/package-format.md and docs/signatures.md.
namespace scorereturn {

inline QString returnFormat()
{
    return QStringLiteral("reviewdesk.return");
}
constexpr int returnVersion = 1;

struct ExportOptions
{
    bool includeNotes = false;
    // The member's certificate (signing::SigningCertificate::nickname) and its password or PIN; empty: the
    // sheets are not signed.
    QString certificateNickname;
    QString password;
};

struct ExportReport
{
    QString returnId;
    QString fileSha256;
    int sheets = 0;          // complete sheets and declared conflicts
    QStringList notReturned; // applications (統一編號 and title) whose sheet is not complete yet
};

// Which return a sheet travels in: the package it answers and the return's number in the member's sequence.
// Both are inside the signed data, so a signed sheet cannot be replayed in another or an older return.
struct ReturnRef
{
    QString packageId;
    int sequence = 0;
};

// One sheet as a return carries it (`sheets/ID.json`, docs/package-format.md): the application (by the
// secretariat's id), the reviewer and rubric as the package named them, the return it travels in, the sheet
// and its total. Its SHA-256 is what the printed, signed 評分表 is bound to.
QByteArray sheetData(qint64 applicationId, const ApplicationSummary& application, const QJsonObject& reviewer,
                     const QJsonObject& rubricRef, const ReturnRef& returnRef, const Rubric& rubric,
                     const ScoreSheet& sheet);

// Writes the return of a reviewer's workspace. Refused in a secretariat's workspace and when no sheet is
// complete.
Result<ExportReport> exportReturn(const QSqlDatabase& db, const QString& zipPath, const ExportOptions& options = {});

// A return checked against the secretariat's workspace, ready to import.
struct Preview
{
    std::shared_ptr<Bundle> bundle;
    qint64 roundId = 0;
    qint64 reviewerId = 0;
    QString reviewerName;
    QString packageId;
    int sequence = 0; // the return's number in the member's sequence
    int sheets = 0;
    int conflicts = 0;
    qint64 previousReturnId = 0; // a return of the same member and round already imported
    QDateTime previousImportedAt;
    // Applications the current return has a sheet for and this one has not: a replacement must withdraw
    // each of them explicitly, with the reason.
    QList<qint64> dropped;
    // What each sheet's signature said, by application (the secretariat's id).
    struct Signature
    {
        QString state; // signing::stateKey
        QString signer;
        QString fingerprint;
        QDateTime signedAt;
    };
    QHash<qint64, Signature> signatures;
    // The RFC 3161 time stamp of each sheet that has one (signing/TimeStamp.h).
    struct TimeStamp
    {
        QByteArray token;
        QDateTime time;
        QString authority;
    };
    QHash<qint64, TimeStamp> timeStamps;
    int signedSheets = 0;
};

// Checks a return before anything is written: format and every hash, that it answers a package this
// workspace issued, for that member, in that round, with the round's rubric; that each sheet is for an
// application of that package still assigned to the member without an unresolved conflict, its data
// matches its SHA-256, names this return, and is complete (or a declared conflict); and each sheet's
// signature: made with the certificate registered for that member, intact, trusted, strong enough, signed
// between the package's export and now (by the time stamp's clock where the round has a time-stamping
// service, and then every signed sheet must carry a valid one), by a certificate still valid now. Unsigned sheets pass
// only from a member without a registered certificate in a round that accepts them. A return older than the current one
// is refused. Each refusal names the file and sheet.
Result<Preview> inspect(const QSqlDatabase& db, const QString& zipPath);

struct ImportReport
{
    qint64 returnId = 0;
    int sheets = 0;
    bool replaced = false;
};

// Stores a checked return in one transaction. When the member already has a return for the round, it is
// replaced only with `replaceConfirmed`; the earlier one stays as history, and each of its sheets the new
// return leaves out must be in `withdrawn` with the reason, which is recorded.
// Like the package functions, these run on any thread with that thread's connection.
Result<ImportReport> import(const QSqlDatabase& db, const BlobStore& blobs, const Preview& preview,
                            bool replaceConfirmed, const QHash<qint64, QString>& withdrawn = {});

// The returns a round received, newest first, including replaced ones.
struct ReturnRecord
{
    qint64 id = 0;
    qint64 reviewerId = 0;
    QString fileName;
    QString fileSha256;
    QDateTime importedAt;
    QDateTime replacedAt; // invalid while current
    int sheets = 0;
    int sequence = 0;    // the return's number in the member's sequence
    QStringList signers; // who signed its sheets, as their certificates name them
    QStringList signerSha256;
};
Result<QList<ReturnRecord>> history(const QSqlDatabase& db, qint64 roundId);

} // namespace scorereturn
} // namespace rd
