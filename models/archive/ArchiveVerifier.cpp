#include "models/archive/ArchiveVerifier.h"

#include "models/core/Text.h"

#include "models/archive/RoundArchive.h"
#include "models/audit/AuditTrail.h"
#include "models/consensus/Meeting.h"
#include "models/consensus/RoundSettings.h"
#include "models/package/Bundle.h"
#include "models/pdf/PdfComposer.h"
#include "models/review/SigningRoles.h"
#include "models/signing/Certificates.h"
#include "models/signing/SignatureCheck.h"
#include "models/signing/TimeStamp.h"
#include "models/sql/Sql.h"
#include "models/zip/SafeZip.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QUuid>

namespace rd::archive {

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The database snapshot, opened read-only for the recomputation and the second audit chain.
class ReadOnlyDatabase final
{
public:
    explicit ReadOnlyDatabase(const QString& path)
        : m_name(QStringLiteral("archive-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_open = QFile::exists(path) && db.open();
    }
    ~ReadOnlyDatabase()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    ReadOnlyDatabase(const ReadOnlyDatabase&) = delete;
    ReadOnlyDatabase& operator=(const ReadOnlyDatabase&) = delete;
    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
};

// A signature's own facts; `signature_state` is the signature's verdict, while a check's `state` says whether
// the whole check (signature, binding and role) passed.
QJsonObject signatureFacts(const signing::SignatureReport& s)
{
    return {{QStringLiteral("signature_state"), signing::stateKey(s.state)},
            {QStringLiteral("signer"), s.signer},
            {QStringLiteral("certificate_sha256"), s.fingerprint},
            {QStringLiteral("signed_at"), s.signedAt.isValid() ? s.signedAt.toUTC().toString(Qt::ISODate) : QString()},
            {QStringLiteral("bound_sha256"), s.binding.dataSha256}};
}

QString signatureLine(const signing::SignatureReport& s)
{
    if (s.state == signing::SignatureState::Unsigned)
        return signing::stateText(s.state);
    return QCoreApplication::translate("ArchiveVerifier", "%1; signed by %2 on %3")
        .arg(signing::stateText(s.state), s.signer, text::localDateTime(s.signedAt));
}

} // namespace

bool VerificationReport::ok() const
{
    return !checks.isEmpty() && failures() == 0;
}

int VerificationReport::failures() const
{
    return int(std::count_if(checks.cbegin(), checks.cend(), [](const Check& c) { return !c.passed; }));
}

QString kindKey(Check::Kind kind)
{
    switch (kind) {
    case Check::Kind::Archive:
        return QStringLiteral("archive");
    case Check::Kind::Certificate:
        return QStringLiteral("certificate");
    case Check::Kind::File:
        return QStringLiteral("file");
    case Check::Kind::Signature:
        return QStringLiteral("signature");
    case Check::Kind::Audit:
        return QStringLiteral("audit");
    case Check::Kind::Consensus:
        return QStringLiteral("consensus");
    case Check::Kind::Data:
        return QStringLiteral("data");
    }
    return {};
}

QString kindText(Check::Kind kind)
{
    switch (kind) {
    case Check::Kind::Archive:
        return QCoreApplication::translate("ArchiveVerifier", "Archive");
    case Check::Kind::Certificate:
        return QCoreApplication::translate("ArchiveVerifier", "Archive certificate");
    case Check::Kind::File:
        return QCoreApplication::translate("ArchiveVerifier", "File");
    case Check::Kind::Signature:
        return QCoreApplication::translate("ArchiveVerifier", "Signature");
    case Check::Kind::Audit:
        return QCoreApplication::translate("ArchiveVerifier", "Audit trail");
    case Check::Kind::Consensus:
        return QCoreApplication::translate("ArchiveVerifier", "Consensus");
    case Check::Kind::Data:
        return QCoreApplication::translate("ArchiveVerifier", "Open data");
    }
    return {};
}

QJsonObject VerificationReport::toJson() const
{
    QJsonArray list;
    for (const Check& c : checks) {
        QJsonObject o{{QStringLiteral("kind"), kindKey(c.kind)},
                      {QStringLiteral("subject"), c.subject},
                      {QStringLiteral("state"), c.passed ? QStringLiteral("passed") : QStringLiteral("failed")},
                      {QStringLiteral("detail"), c.detail}};
        for (auto it = c.facts.constBegin(); it != c.facts.constEnd(); ++it)
            o.insert(it.key(), it.value());
        list.append(o);
    }
    return {{QStringLiteral("archive"), archive},
            {QStringLiteral("round"), round},
            {QStringLiteral("verified"), ok()},
            {QStringLiteral("failures"), failures()},
            {QStringLiteral("checks"), list}};
}

namespace {

// One verification of an extracted archive: each check is a step of its own, in the order verifyArchive
// runs them, sharing what the earlier ones read (the files kept in memory, the signatures' bindings).
class Verification final
{
public:
    Verification(const QDir& root, const QJsonObject& manifest, VerificationReport& report, const Progress& progress,
                 const std::atomic_bool* cancelled)
        : m_root(root), m_manifest(manifest), m_report(report), m_progress(progress), m_cancelled(cancelled),
          m_snapshot(root.filePath(QStringLiteral("database/reviewdesk.sqlite"))),
          m_roundId(manifest.value(QStringLiteral("round")).toObject().value(QStringLiteral("id")).toInteger()),
          m_files(manifest.value(QStringLiteral("files")).toObject()), m_names(m_files.keys()),
          m_total(int(m_names.size()) + 3)
    {
        // The roles, the second audit chain and the recomputation come from the database snapshot.
        if (m_snapshot.isOpen()) {
            if (auto found = roles::holders(m_snapshot.db(), m_roundId))
                m_holders = *found;
            if (auto settings = consensus::roundSettings(m_snapshot.db(), m_roundId))
                m_timeStamped = !settings->timeStampUrl.isEmpty();
        }
    }

    void checkCertificate(const QByteArray& manifestBytes, const QStringList& secretariat);
    Status checkFiles();
    Status checkSignatures();
    void checkAuditChains();
    void checkTables();
    void checkConsensus();

    void finished()
    {
        if (m_progress)
            m_progress(m_total, m_total);
    }

private:
    void add(Check::Kind kind, const QString& subject, bool passed, const QString& detail,
             const QJsonObject& facts = {})
    {
        m_report.checks.append({kind, subject, passed, detail, facts});
    }
    void step()
    {
        if (m_progress)
            m_progress(++m_done, m_total);
    }
    bool isCancelled() const { return m_cancelled && m_cancelled->load(); }
    // Whether a signature's certificate holds the role its document needs; the error says who it is instead.
    Status roleCheck(roles::Role role, const signing::SignatureReport& s, qint64 reviewerId, QJsonObject& facts) const;
    void checkSignedPdf(const QString& name, const signing::SignatureReport& s);
    // The document's RFC 3161 time stamp, over the signed PDF's bytes, beside it; required where the round has
    // a time-stamping service.
    void checkTimeStamp(const QString& name, const signing::SignatureReport& s, bool& passed, QString& detail,
                        QJsonObject& facts) const;
    void checkSnapshotChain();

    const QDir m_root;
    const QJsonObject m_manifest;
    VerificationReport& m_report;
    const Progress& m_progress;
    const std::atomic_bool* m_cancelled;
    ReadOnlyDatabase m_snapshot;
    const qint64 m_roundId;
    const QJsonObject m_files;
    const QStringList m_names;
    const int m_total;
    int m_done = 0;
    QList<roles::Holder> m_holders;
    bool m_timeStamped = false; // the round has a time-stamping service: every signed sheet needs its token
    signing::SignatureReport m_certificateSignature;
    // The open-form JSON and the signed PDFs, read once, hashed from memory and kept for the later checks.
    QHash<QString, QByteArray> m_contents;
    QHash<QString, QString> m_boundResults; // consensus-sheet / minutes → the results digest they carry
    QList<audit::Anchor> m_anchors;         // the chain heads the signed documents carry
    QList<audit::Event> m_exported;         // the exported audit log
};

Status Verification::roleCheck(roles::Role role, const signing::SignatureReport& s, qint64 reviewerId,
                               QJsonObject& facts) const
{
    QStringList held;
    for (const roles::Holder& h : roles::rolesOf(m_holders, s.fingerprint))
        held << roles::roleKey(h.role);
    held.removeDuplicates();
    facts.insert(QStringLiteral("role"), roles::roleKey(role));
    facts.insert(QStringLiteral("signer_roles"), QJsonArray::fromStringList(held));
    return roles::mayActAs(m_holders, role, s.fingerprint, reviewerId);
}

// 1. The certificate binds the manifest, and is the secretariat's.
void Verification::checkCertificate(const QByteArray& manifestBytes, const QStringList& secretariat)
{
    const signing::SignatureReport s = signing::checkSignature(readFile(m_root.filePath(certificateEntry())));
    m_certificateSignature = s;
    if (s.binding.audit.id > 0)
        m_anchors.append({s.binding.audit.id, s.binding.audit.sha256, certificateEntry()});
    const bool bound =
        s.binding.kind == QLatin1String("archive-certificate") && s.binding.dataSha256 == sha256Hex(manifestBytes);
    QString detail = signatureLine(s);
    QJsonObject facts = signatureFacts(s);
    bool passed = s.isValid() && bound;
    if (s.isValid() && !bound)
        detail = QCoreApplication::translate(
            "ArchiveVerifier",
            "signed, but for another manifest: the manifest was changed after the archive was certified");
    if (passed) {
        if (const Status role = roleCheck(roles::Role::Secretariat, s, 0, facts); !role) {
            passed = false;
            detail = QCoreApplication::translate("ArchiveVerifier", "signed by %1, but %2").arg(s.signer, role.error());
        } else if (!secretariat.isEmpty() &&
                   std::none_of(secretariat.cbegin(), secretariat.cend(), [&](const QString& expected) {
                       return signing::normalizedFingerprint(expected) == s.fingerprint;
                   })) {
            passed = false;
            detail = QCoreApplication::translate("ArchiveVerifier",
                                                 "signed by %1 with certificate %2, which is not a secretariat "
                                                 "certificate the auditor named")
                         .arg(s.signer, s.fingerprint);
        } else {
            detail +=
                QStringLiteral("; ") +
                (secretariat.isEmpty()
                     ? QCoreApplication::translate("ArchiveVerifier",
                                                   "the archive registers this certificate (%1) as the "
                                                   "secretariat's: confirm it from outside the archive")
                           .arg(s.fingerprint)
                     : QCoreApplication::translate("ArchiveVerifier", "a secretariat certificate the auditor named"));
        }
    }
    add(Check::Kind::Certificate, certificateEntry(), passed, detail, facts);
}

// 2. Every file against the manifest, and nothing besides. Documents and the database are hashed as they
// stream; what later checks read is kept.
Status Verification::checkFiles()
{
    for (const QString& name : m_names) {
        if (isCancelled())
            return Status::failure(QCoreApplication::translate("ArchiveVerifier", "cancelled"));
        const QString path = m_root.filePath(name);
        if (!QFile::exists(path)) {
            add(Check::Kind::File, name, false,
                QCoreApplication::translate("ArchiveVerifier", "missing from the archive"));
        } else {
            const bool keep = name.endsWith(QLatin1String(".json")) ||
                              (name.startsWith(QLatin1String("signed/")) &&
                               (name.endsWith(QLatin1String(".pdf")) || name.endsWith(QLatin1String(".tst"))));
            Result<QString> digest = QString();
            if (keep) {
                const QByteArray bytes = readFile(path);
                digest = sha256Hex(bytes);
                m_contents.insert(name, bytes);
            } else {
                digest = fileSha256Hex(path);
            }
            const bool same = digest && *digest == m_files.value(name).toString();
            add(Check::Kind::File, name, same,
                same
                    ? QCoreApplication::translate("ArchiveVerifier", "SHA-256 matches the manifest")
                    : QCoreApplication::translate("ArchiveVerifier", "altered: its SHA-256 is %1, the manifest says %2")
                          .arg(digest ? *digest : QString(), m_files.value(name).toString()));
        }
        step();
    }
    QDirIterator walk(m_root.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (walk.hasNext()) {
        const QString name = m_root.relativeFilePath(walk.next());
        if (name != QLatin1String("manifest.json") && name != certificateEntry() && !m_files.contains(name))
            add(Check::Kind::File, name, false,
                QCoreApplication::translate("ArchiveVerifier",
                                            "not listed in the manifest: added after the archive was made"));
    }
    return {};
}

// 3. Every signed PDF. One at a time: Poppler 22.12's signature validation shares NSS state between
// documents, and verifying in parallel made some certificates come out "not verified".
Status Verification::checkSignatures()
{
    for (const QString& name : m_names) {
        if (!name.startsWith(QLatin1String("signed/")) || !name.endsWith(QLatin1String(".pdf")))
            continue;
        if (isCancelled())
            return Status::failure(QCoreApplication::translate("ArchiveVerifier", "cancelled"));
        checkSignedPdf(name, signing::checkSignature(m_contents.value(name)));
    }
    step();
    return {};
}

void Verification::checkSignedPdf(const QString& name, const signing::SignatureReport& s)
{
    bool passed = s.isValid();
    QString detail = signatureLine(s);
    QJsonObject facts = signatureFacts(s);
    const auto refuseRole = [&](const Status& role) {
        if (passed && !role) {
            passed = false;
            detail = QCoreApplication::translate("ArchiveVerifier", "signed by %1, but %2").arg(s.signer, role.error());
        }
    };
    if (name.startsWith(QLatin1String("signed/sheets/"))) {
        const QString key = QFileInfo(name).completeBaseName(); // application-reviewer
        const QString dataName = QStringLiteral("data/sheets/%1.json").arg(key);
        const qint64 reviewer = key.section(QLatin1Char('-'), 1).toLongLong();
        if (passed && s.binding.dataSha256 != sha256Hex(m_contents.value(dataName))) {
            passed = false;
            detail = QCoreApplication::translate(
                         "ArchiveVerifier",
                         "signed, but bound to other data than %1: the sheet's data was changed or swapped")
                         .arg(dataName);
        }
        if (s.state != signing::SignatureState::Unsigned)
            refuseRole(roleCheck(roles::Role::Member, s, reviewer, facts));
    } else {
        m_boundResults.insert(QFileInfo(name).completeBaseName(), s.binding.dataSha256);
        refuseRole(roleCheck(roles::Role::Chair, s, 0, facts));
        if (s.binding.audit.id > 0)
            m_anchors.append({s.binding.audit.id, s.binding.audit.sha256, name});
    }
    checkTimeStamp(name, s, passed, detail, facts);
    add(Check::Kind::Signature, name, passed, detail, facts);
}

void Verification::checkTimeStamp(const QString& name, const signing::SignatureReport& s, bool& passed, QString& detail,
                                  QJsonObject& facts) const
{
    const QString stampName = name.left(name.size() - 4) + QStringLiteral(".tst");
    if (m_contents.contains(stampName)) {
        const signing::TimeStampVerdict stamp = signing::verifyTimeStamp(
            m_contents.value(stampName), QCryptographicHash::hash(m_contents.value(name), QCryptographicHash::Sha256));
        facts.insert(QStringLiteral("timestamped_at"), stamp.time.toString(Qt::ISODateWithMs));
        facts.insert(QStringLiteral("time_stamp_authority"), stamp.authority);
        if (passed && !stamp.valid) {
            passed = false;
            detail = QCoreApplication::translate("ArchiveVerifier", "signed, but its time stamp %1 does not hold: %2")
                         .arg(stampName, stamp.problem);
        } else if (passed) {
            detail += QCoreApplication::translate("ArchiveVerifier", "; time-stamped %1 by %2")
                          .arg(text::localDateTime(stamp.time), stamp.authority);
        }
    } else if (passed && m_timeStamped && s.state != signing::SignatureState::Unsigned) {
        passed = false;
        detail = QCoreApplication::translate("ArchiveVerifier",
                                             "signed, but the round has its documents time-stamped and %1 is missing")
                     .arg(stampName);
    }
}

// 4. The audit chain, as exported and as in the database snapshot.
void Verification::checkAuditChains()
{
    for (const QJsonValue& v :
         QJsonDocument::fromJson(m_contents.value(QStringLiteral("audit/audit-log.json"))).array())
        m_exported.append(audit::fromJson(v.toObject()));
    if (m_snapshot.isOpen()) {
        if (auto recorded = audit::recordedAnchors(m_snapshot.db()))
            m_anchors += *recorded;
        if (auto names = audit::entityNames(m_snapshot.db()))
            m_report.auditNames = *names;
    }
    const audit::ChainCheck chain = audit::verifyChain(m_exported, m_anchors);
    m_report.auditEvents = m_exported;
    m_report.auditChain = chain;
    add(Check::Kind::Audit, QStringLiteral("audit/audit-log.json"), chain.ok() && !m_exported.isEmpty(),
        chain.ok() ? QCoreApplication::translate("ArchiveVerifier", "%1 events, chain intact; %2 anchors hold")
                         .arg(chain.events)
                         .arg(chain.anchors)
                   : chain.reason,
        {{QStringLiteral("events"), chain.events},
         {QStringLiteral("anchors"), chain.anchors},
         {QStringLiteral("first_broken"), chain.firstBroken}});
    // The archive certificate was made last: it anchors the exported log's final event.
    const qint64 lastExported = m_exported.isEmpty() ? 0 : m_exported.last().id;
    if (m_certificateSignature.binding.audit.id != lastExported)
        add(Check::Kind::Audit, QStringLiteral("audit/audit-log.json"), false,
            QCoreApplication::translate("ArchiveVerifier", "the log ends at event %1, the archive certificate at %2")
                .arg(lastExported)
                .arg(m_certificateSignature.binding.audit.id));
    checkSnapshotChain();
    step();
}

// The snapshot's own chain, and event by event the same as the exported log: both were taken after the
// archiving event.
void Verification::checkSnapshotChain()
{
    const QString subject = QStringLiteral("database/reviewdesk.sqlite");
    if (!m_snapshot.isOpen()) {
        add(Check::Kind::Audit, subject, false,
            QCoreApplication::translate("ArchiveVerifier", "the database snapshot cannot be opened"));
        return;
    }
    auto dbChain = audit::verifyChain(m_snapshot.db());
    if (!dbChain) {
        add(Check::Kind::Audit, subject, false, dbChain.error());
        return;
    }
    bool same = dbChain->ok();
    QString detail =
        dbChain->ok() ? QCoreApplication::translate("ArchiveVerifier", "%1 events, chain intact").arg(dbChain->events)
                      : dbChain->reason;
    auto snapshotEvents = audit::events(m_snapshot.db());
    if (same && snapshotEvents) {
        const qsizetype common = std::min(snapshotEvents->size(), m_exported.size());
        for (qsizetype i = 0; i < common && same; ++i)
            if (audit::toJson(snapshotEvents->at(i)) != audit::toJson(m_exported.at(i))) {
                same = false;
                detail = QCoreApplication::translate("ArchiveVerifier",
                                                     "event %1 differs between the snapshot and the exported log")
                             .arg(m_exported.at(i).id);
            }
        if (same && snapshotEvents->size() != m_exported.size()) {
            same = false;
            detail = QCoreApplication::translate("ArchiveVerifier", "the snapshot holds %1 events, the exported log %2")
                         .arg(snapshotEvents->size())
                         .arg(m_exported.size());
        }
    }
    add(Check::Kind::Audit, subject, same, detail,
        {{QStringLiteral("events"), dbChain->events}, {QStringLiteral("first_broken"), dbChain->firstBroken}});
}

// 5. The open-form tables, row by row, against the snapshot they were written from.
void Verification::checkTables()
{
    if (!m_snapshot.isOpen())
        return;
    for (const QString& table : archivedTables()) {
        const QString name = QStringLiteral("data/%1.json").arg(table);
        auto expected = tableJson(m_snapshot.db(), table, m_roundId);
        if (!expected) {
            add(Check::Kind::Data, name, false, expected.error());
            continue;
        }
        const QJsonArray ours = QJsonDocument::fromJson(*expected).array();
        const QJsonArray theirs = QJsonDocument::fromJson(m_contents.value(name)).array();
        if (ours == theirs)
            continue;
        qsizetype row = 0;
        while (row < ours.size() && row < theirs.size() && ours.at(row) == theirs.at(row))
            ++row;
        add(Check::Kind::Data, name, false,
            QCoreApplication::translate("ArchiveVerifier",
                                        "row %1 differs from the database snapshot (%2 rows there, %3 here)")
                .arg(row + 1)
                .arg(ours.size())
                .arg(theirs.size()));
    }
}

// 6. The consensus recomputed from the sheets as returned and signed against what the chair signed, and the
// sheets in the open form are the sheets the recomputation used.
void Verification::checkConsensus()
{
    if (!m_snapshot.isOpen())
        return;
    auto state = consensus::loadMeeting(m_snapshot.db(), m_roundId);
    if (!state) {
        add(Check::Kind::Consensus, QStringLiteral("database/reviewdesk.sqlite"), false, state.error());
        return;
    }
    for (const consensus::SheetDiscrepancy& d : state->data.discrepancies)
        add(Check::Kind::Consensus, QStringLiteral("data/sheets/%1-%2.json").arg(d.applicationId).arg(d.reviewerId),
            false, d.what);
    if (state->data.unsignedReturns)
        add(Check::Kind::Consensus, QStringLiteral("data/round_settings.json"), true,
            QCoreApplication::translate("ArchiveVerifier",
                                        "the round accepted unsigned sheets from members without a registered "
                                        "certificate: those sheets rest on the secretariat's word alone"));
    const QString recomputed = state->resultsSha256();
    if (m_boundResults.isEmpty())
        add(Check::Kind::Consensus, QStringLiteral("signed/consensus-sheet.pdf"), false,
            QCoreApplication::translate("ArchiveVerifier", "the archive holds no signed consensus sheet"));
    for (auto it = m_boundResults.cbegin(); it != m_boundResults.cend(); ++it) {
        const bool same = it.value() == recomputed;
        add(Check::Kind::Consensus, QStringLiteral("signed/%1.pdf").arg(it.key()), same,
            same ? QCoreApplication::translate(
                       "ArchiveVerifier",
                       "the results recomputed from the sheets equal what the chair signed (SHA-256 %1…)")
                       .arg(recomputed.left(16))
                 : QCoreApplication::translate("ArchiveVerifier",
                                               "the results recomputed from the sheets (SHA-256 %1…) differ from what "
                                               "the chair signed (%2…)")
                       .arg(recomputed.left(16), it.value().left(16)),
            {{QStringLiteral("recomputed_sha256"), recomputed}, {QStringLiteral("signed_sha256"), it.value()}});
    }
    auto returned = sql::exec(m_snapshot.db(),
                              QStringLiteral("SELECT s.application_id, r.reviewer_id, s.sheet_json FROM"
                                             " returned_sheets s JOIN score_returns r ON r.id = s.return_id"
                                             " WHERE r.round_id = ? AND r.replaced_at IS NULL"),
                              {m_roundId});
    while (returned && returned->next()) {
        const QString name = QStringLiteral("data/sheets/%1-%2.json")
                                 .arg(returned->value(0).toLongLong())
                                 .arg(returned->value(1).toLongLong());
        if (m_contents.value(name) != returned->value(2).toString().toUtf8())
            add(Check::Kind::Consensus, name, false,
                QCoreApplication::translate("ArchiveVerifier",
                                            "differs from the sheet the database recorded as received"));
    }
}

} // namespace

Result<VerificationReport> verifyArchive(const QString& zipPath, const Progress& progress,
                                         const std::atomic_bool* cancelled, const QStringList& secretariat)
{
    using R = Result<VerificationReport>;
    VerificationReport report;
    report.archive = QFileInfo(zipPath).fileName();
    QTemporaryDir dir;
    if (!dir.isValid())
        return R::failure(QCoreApplication::translate("ArchiveVerifier", "cannot create a temporary folder"));
    // A round's archive is far larger than a dossier: 200 applications × 15 members are 6,000 sheet files
    // before the documents. The bounds still stop a ZIP bomb; the ratio check stays as it is.
    ZipLimits limits;
    limits.maxEntries = 200000;
    limits.maxTotalBytes = qint64(64) << 30;
    limits.maxEntryBytes = qint64(2) << 30;
    if (auto extracted = SafeZip::extract(zipPath, dir.path(), limits, cancelled); !extracted)
        return R::failure(QCoreApplication::translate("ArchiveVerifier", "%1 cannot be read as a round archive: %2")
                              .arg(report.archive, extracted.error()));
    const QDir root(dir.path());
    const QByteArray manifestBytes = readFile(root.filePath(QStringLiteral("manifest.json")));
    const QJsonObject manifest = QJsonDocument::fromJson(manifestBytes).object();
    if (manifest.value(QStringLiteral("format")).toString() != archiveFormat())
        return R::failure(
            QCoreApplication::translate(
                "ArchiveVerifier", "%1 is not a ReviewDesk round archive (its manifest is missing or of another kind).")
                .arg(report.archive));
    if (manifest.value(QStringLiteral("version")).toInt() > archiveVersion)
        return R::failure(
            QCoreApplication::translate("ArchiveVerifier", "%1 was written by a newer ReviewDesk (archive version %2).")
                .arg(report.archive)
                .arg(manifest.value(QStringLiteral("version")).toInt()));
    report.round = manifest.value(QStringLiteral("round")).toObject().value(QStringLiteral("name")).toString();

    Verification verification(root, manifest, report, progress, cancelled);
    verification.checkCertificate(manifestBytes, secretariat);
    if (auto files = verification.checkFiles(); !files)
        return R::failure(files.error());
    if (auto signatures = verification.checkSignatures(); !signatures)
        return R::failure(signatures.error());
    verification.checkAuditChains();
    verification.checkTables();
    verification.checkConsensus();
    verification.finished();
    return report;
}

Status printReport(const VerificationReport& report, const QString& pdfPath)
{
    PdfComposer pdf(pdfPath, QCoreApplication::translate("ArchiveVerifier", "Verification report"));
    if (!pdf.isOpen())
        return Status::failure(QCoreApplication::translate("ArchiveVerifier", "Cannot write %1").arg(pdfPath));
    pdf.setFooter(report.archive);
    pdf.title(QCoreApplication::translate("ArchiveVerifier", "Verification report (查核報告)"));
    pdf.paragraph(QCoreApplication::translate("ArchiveVerifier", "Archive: %1").arg(report.archive));
    pdf.paragraph(QCoreApplication::translate("ArchiveVerifier", "Round: %1").arg(report.round));
    pdf.paragraph(QCoreApplication::translate("ArchiveVerifier", "Verified: %1")
                      .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t"))));
    pdf.heading(report.ok() ? QCoreApplication::translate("ArchiveVerifier", "Result: everything verifies (%1 checks).")
                                  .arg(report.checks.size())
                            : QCoreApplication::translate("ArchiveVerifier", "Result: %1 of %2 checks failed.")
                                  .arg(report.failures())
                                  .arg(report.checks.size()));
    QList<QStringList> failed, passed;
    for (const Check& c : report.checks)
        (c.passed ? passed : failed) << QStringList{kindText(c.kind), c.subject, c.detail};
    const QStringList header{QCoreApplication::translate("ArchiveVerifier", "Check"),
                             QCoreApplication::translate("ArchiveVerifier", "Where"),
                             QCoreApplication::translate("ArchiveVerifier", "Finding")};
    if (!failed.isEmpty()) {
        pdf.heading(QCoreApplication::translate("ArchiveVerifier", "Failed"));
        pdf.table(header, failed, {0.15, 0.35, 0.5});
    }
    pdf.heading(QCoreApplication::translate("ArchiveVerifier", "Passed"));
    pdf.table(header, passed, {0.15, 0.35, 0.5});
    pdf.finish();
    return {};
}

} // namespace rd::archive
