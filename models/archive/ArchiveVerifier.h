#pragma once

#include "models/audit/AuditTrail.h"
#include "models/core/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace rd::archive {

// One thing the verifier checked, and where: a file's hash, a signature, the audit chain, the consensus.
struct Check
{
    enum class Kind
    {
        Archive,     // the ZIP and its manifest
        Certificate, // the secretariat's signed archive certificate
        File,        // one file against the manifest
        Signature,   // one signed PDF: signer, time, state, and what it is bound to
        Audit,       // the hash chain of the audit trail
        Consensus,   // the results recomputed from the sheets against what the chair signed
        Data,        // the open-form tables against the database snapshot
    };
    Kind kind = Kind::Archive;
    QString subject; // the file or event it concerns
    bool passed = false;
    QString detail;
    QJsonObject facts; // signer, signed_at, state, fingerprint… for the JSON report
};

struct VerificationReport
{
    QString archive;
    QString round;
    QList<Check> checks;
    QList<audit::Event> auditEvents;    // the archive's trail, for the auditor to read
    audit::ChainCheck auditChain;       // its hash chain, checked against the anchors the archive carries
    QHash<QString, QString> auditNames; // what the trail's entities are (audit::entityNames), from the snapshot
    bool ok() const;
    int failures() const;
    QJsonObject toJson() const;
};

QString kindKey(Check::Kind kind);
QString kindText(Check::Kind kind);

using Progress = std::function<void(int done, int total)>;

// Verifies a round archive completely, read-only: the archive is extracted to a private temporary folder
// and its database snapshot opened read-only. Every problem is reported and located; nothing stops at the
// first. Fails only when the file cannot be read as an archive at all.
// `secretariat`: the fingerprints the auditor knows, from outside the archive, to be the secretariat's. The
// archive names its own secretariat certificates; only an outside source can confirm them (docs/signatures.md).
Result<VerificationReport> verifyArchive(const QString& zipPath, const Progress& progress = {},
                                         const std::atomic_bool* cancelled = nullptr,
                                         const QStringList& secretariat = {});

// The report as a PDF for the file.
Status printReport(const VerificationReport& report, const QString& pdfPath);

} // namespace rd::archive
