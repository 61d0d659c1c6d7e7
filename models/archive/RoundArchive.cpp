#include "models/archive/RoundArchive.h"

#include "models/audit/AuditTrail.h"
#include "models/consensus/RoundSettings.h"
#include "models/consensus/SignedResults.h"
#include "models/package/Bundle.h"
#include "models/pdf/PdfComposer.h"
#include "models/review/SigningRoles.h"
#include "models/signing/Certificates.h"
#include "models/signing/Nss.h"
#include "models/sql/Sql.h"
#include "models/store/ApplicationStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlError>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <algorithm>

namespace rd::archive {

namespace {

// Which rows of a table belong to the round, by the column that ties them to it.
QString rowsOfRound(const QSqlDatabase& db, const QString& table)
{
    QSet<QString> columns;
    auto info = sql::exec(db, QStringLiteral("SELECT name FROM pragma_table_info(?)"), {table});
    while (info && info->next())
        columns.insert(info->value(0).toString());
    const QString apps = QStringLiteral("(SELECT id FROM applications WHERE round_id = :round)");
    if (table == QLatin1String("rounds"))
        return QStringLiteral("id = :round");
    if (table == QLatin1String("reviewers"))
        return QStringLiteral("1");
    if (columns.contains(QStringLiteral("round_id")))
        return QStringLiteral("round_id = :round");
    if (columns.contains(QStringLiteral("application_id")))
        return QStringLiteral("application_id IN ") + apps;
    if (table == QLatin1String("sheet_entries") || table == QLatin1String("sheet_revisions"))
        return QStringLiteral("sheet_id IN (SELECT id FROM score_sheets WHERE application_id IN %1)").arg(apps);
    if (table == QLatin1String("returned_sheets"))
        return QStringLiteral("return_id IN (SELECT id FROM score_returns WHERE round_id = :round)");
    return {};
}

// The certificate: one page that names the round and the manifest's SHA-256, signed by the secretariat.
Result<QByteArray> certify(const QByteArray& manifest, const QString& roundName, const QString& signer,
                           const pdfbinding::AuditAnchor& anchor, bool unsignedReturns,
                           const signing::SignRequest& request, int files)
{
    QTemporaryDir work;
    if (!work.isValid())
        return Result<QByteArray>::failure(
            QCoreApplication::translate("RoundArchive", "cannot create a temporary folder"));
    const QString digest = sha256Hex(manifest);
    const QString path = work.filePath(QStringLiteral("certificate.pdf"));
    {
        PdfComposer pdf(path, QCoreApplication::translate("RoundArchive", "Archive certificate"),
                        PdfComposer::Orientation::Portrait,
                        {QStringLiteral("archive-certificate"), digest, signer, anchor});
        if (!pdf.isOpen())
            return Result<QByteArray>::failure(
                QCoreApplication::translate("RoundArchive", "cannot write the archive certificate"));
        pdf.title(QCoreApplication::translate("RoundArchive", "Round archive certificate (封存證明)"));
        pdf.paragraph(QCoreApplication::translate("RoundArchive", "Round: %1").arg(roundName));
        pdf.paragraph(QCoreApplication::translate("RoundArchive", "Archived: %1")
                          .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t"))));
        pdf.paragraph(QCoreApplication::translate("RoundArchive", "Files listed in the manifest: %1").arg(files));
        pdf.paragraph(QCoreApplication::translate("RoundArchive", "SHA-256 of manifest.json:"));
        pdf.paragraph(digest);
        pdf.paragraph(QCoreApplication::translate("RoundArchive", "Audit trail: %1 events, the last with SHA-256 %2")
                          .arg(anchor.id)
                          .arg(anchor.sha256));
        if (unsignedReturns)
            pdf.paragraph(QCoreApplication::translate("RoundArchive",
                                                      "This round accepted unsigned score sheets from members without "
                                                      "a registered certificate."));
        pdf.paragraph(QCoreApplication::translate(
            "RoundArchive", "Every file of this archive is listed in manifest.json with its SHA-256. This certificate "
                            "binds that manifest: changing any file, or the manifest, is detected by "
                            "reviewdesk-cli verify."));
        pdf.signatureBlock(QCoreApplication::translate("RoundArchive", "Secretariat's digital signature"), signer,
                           QCoreApplication::translate("RoundArchive", "Manifest SHA-256 %1…").arg(digest.left(16)));
    }
    if (auto signedPdf = signing::signPdf(path, path, request); !signedPdf)
        return Result<QByteArray>::failure(signedPdf.error());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(file.errorString());
    return file.readAll();
}

QString safeName(QString name)
{
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    for (QChar& c : name)
        if (forbidden.contains(c) || c.unicode() < 32)
            c = QLatin1Char('_');
    return name;
}

} // namespace

Result<QByteArray> tableJson(const QSqlDatabase& db, const QString& table, qint64 roundId)
{
    const QString where = rowsOfRound(db, table);
    if (where.isEmpty())
        return QByteArray();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT * FROM %1 WHERE %2 ORDER BY rowid").arg(table, where));
    if (where.contains(QLatin1String(":round")))
        query.bindValue(QStringLiteral(":round"), roundId);
    if (!query.exec())
        return Result<QByteArray>::failure(
            QCoreApplication::translate("RoundArchive", "cannot read %1: %2").arg(table, query.lastError().text()));
    QJsonArray rows;
    while (query.next()) {
        QJsonObject row;
        const QSqlRecord record = query.record();
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), QJsonValue::fromVariant(query.value(i)));
        rows.append(row);
    }
    return QJsonDocument(rows).toJson(QJsonDocument::Indented);
}

const QStringList& archivedTables()
{
    static const QStringList tables{
        QStringLiteral("rounds"),
        QStringLiteral("round_settings"),
        QStringLiteral("rubrics"),
        QStringLiteral("applications"),
        QStringLiteral("budget_lines"),
        QStringLiteral("documents"),
        QStringLiteral("reviewers"),
        QStringLiteral("assignments"),
        QStringLiteral("preliminary_opinions"),
        QStringLiteral("packages"),
        QStringLiteral("score_returns"),
        QStringLiteral("returned_sheets"),
        QStringLiteral("score_sheets"),
        QStringLiteral("sheet_entries"),
        QStringLiteral("sheet_revisions"),
        QStringLiteral("meetings"),
        QStringLiteral("attendance"),
        QStringLiteral("score_revisions"),
        QStringLiteral("flag_resolutions"),
        QStringLiteral("decisions"),
        QStringLiteral("meeting_notes"),
        QStringLiteral("meeting_events"),
        QStringLiteral("signed_documents"),
        QStringLiteral("round_secretariat"),
        QStringLiteral("withdrawn_sheets"),
        QStringLiteral("screenings"),
        QStringLiteral("application_versions"),
        QStringLiteral("version_documents"),
        QStringLiteral("schedule_extensions"),
    };
    return tables;
}

Result<ExportReport> exportRound(const QSqlDatabase& db, const BlobStore& blobs, qint64 roundId, const QString& zipPath,
                                 const signing::SignRequest& secretariat, const Progress& progress,
                                 const std::atomic_bool* cancelled)
{
    using R = Result<ExportReport>;
    ApplicationStore store(db);
    auto round = store.round(roundId);
    if (!round)
        return R::failure(round.error());
    auto certificate = signing::findCertificate(secretariat.certificateNickname, secretariat.password);
    if (!certificate)
        return R::failure(certificate.error());
    // Only a certificate registered as the round's secretariat certifies its archive.
    auto holders = roles::holders(db, roundId);
    if (!holders)
        return R::failure(holders.error());
    if (auto allowed = roles::mayActAs(*holders, roles::Role::Secretariat, certificate->fingerprint); !allowed)
        return R::failure(
            QCoreApplication::translate("RoundArchive", "The archive is certified by the secretariat: %1.")
                .arg(allowed.error()));
    const QString signer = certificate->commonName;
    auto settings = consensus::roundSettings(db, roundId);
    if (!settings)
        return R::failure(settings.error());

    BundleWriter writer(archiveFormat(), archiveVersion);
    ExportReport report;
    const auto addBlob = [&](const QString& entry, const QString& sha256) -> Status {
        if (!blobs.contains(sha256))
            return Status::failure(
                QCoreApplication::translate("RoundArchive", "the stored file %1 for %2 is missing from the workspace")
                    .arg(sha256, entry));
        ++report.files;
        return writer.addFile(entry, blobs.pathFor(sha256));
    };

    for (const QString& table : archivedTables()) {
        auto json = tableJson(db, table, roundId);
        if (!json)
            return R::failure(json.error());
        writer.add(QStringLiteral("data/%1.json").arg(table), *json);
        ++report.files;
    }

    // The current returned sheets, as received, and their signed printed sheets.
    auto returned =
        sql::exec(db,
                  QStringLiteral("SELECT s.application_id, r.reviewer_id, s.sheet_json, s.pdf_sha256,"
                                 " s.timestamp_sha256 FROM returned_sheets s JOIN score_returns r ON r.id = s.return_id"
                                 " WHERE r.round_id = ? AND r.replaced_at IS NULL ORDER BY 1, 2"),
                  {roundId});
    if (!returned)
        return R::failure(returned.error());
    QList<std::pair<QString, QString>> blobEntries;
    while (returned->next()) {
        const QString key =
            QStringLiteral("%1-%2").arg(returned->value(0).toLongLong()).arg(returned->value(1).toLongLong());
        writer.add(QStringLiteral("data/sheets/%1.json").arg(key), returned->value(2).toString().toUtf8());
        ++report.files;
        blobEntries.append({QStringLiteral("signed/sheets/%1.pdf").arg(key), returned->value(3).toString()});
        if (const QString stamp = returned->value(4).toString(); !stamp.isEmpty())
            blobEntries.append({QStringLiteral("signed/sheets/%1.tst").arg(key), stamp});
    }
    auto signedDocs = consensus::signedDocuments(db, roundId);
    if (!signedDocs)
        return R::failure(signedDocs.error());
    for (const consensus::SignedDocument& d : *signedDocs) {
        blobEntries.append({QStringLiteral("signed/%1.pdf").arg(d.kind), d.pdfSha256});
        if (!d.timeStampSha256.isEmpty())
            blobEntries.append({QStringLiteral("signed/%1.tst").arg(d.kind), d.timeStampSha256});
    }
    auto documents = sql::exec(db,
                               QStringLiteral("SELECT d.application_id, d.id, d.file_name, d.sha256 FROM documents d"
                                              " JOIN applications a ON a.id = d.application_id WHERE a.round_id = ?"
                                              " ORDER BY 1, 2"),
                               {roundId});
    if (!documents)
        return R::failure(documents.error());
    while (documents->next())
        blobEntries.append({QStringLiteral("documents/%1/%2-%3")
                                .arg(documents->value(0).toLongLong())
                                .arg(documents->value(1).toLongLong())
                                .arg(safeName(documents->value(2).toString())),
                            documents->value(3).toString()});
    const int total = int(blobEntries.size()) + 2;
    int done = 0;
    for (const auto& [entry, sha] : blobEntries) {
        if (cancelled && cancelled->load())
            return R::failure(QCoreApplication::translate("RoundArchive", "cancelled"));
        if (auto added = addBlob(entry, sha); !added)
            return R::failure(added.error());
        if (progress)
            progress(++done, total);
    }

    // The audit trail: recorded first, so the archive itself is on the trail it carries.
    if (auto logged = audit::record(db, QStringLiteral("archive"), QStringLiteral("round:%1").arg(roundId), roundId,
                                    {{QStringLiteral("file"), QFileInfo(zipPath).fileName()}});
        !logged)
        return R::failure(logged.error());
    auto events = audit::events(db);
    if (!events)
        return R::failure(events.error());
    QJsonArray log;
    for (const audit::Event& e : *events)
        log.append(audit::toJson(e));
    const pdfbinding::AuditAnchor anchor = events->isEmpty()
                                               ? pdfbinding::AuditAnchor{}
                                               : pdfbinding::AuditAnchor{events->last().id, events->last().sha256};
    writer.add(QStringLiteral("audit/audit-log.json"), QJsonDocument(log).toJson(QJsonDocument::Indented));
    ++report.files;

    QTemporaryDir snapshotDir;
    if (!snapshotDir.isValid())
        return R::failure(QCoreApplication::translate("RoundArchive", "cannot create a temporary folder"));
    const QString snapshot = snapshotDir.filePath(Workspace::databaseFileName());
    // VACUUM INTO writes a consistent, compact copy while the workspace stays open.
    if (auto vacuumed = sql::exec(db, QStringLiteral("VACUUM INTO ?"), {snapshot}); !vacuumed)
        return R::failure(vacuumed.error());
    if (auto added = writer.addFile(QStringLiteral("database/reviewdesk.sqlite"), snapshot); !added)
        return R::failure(added.error());
    ++report.files;
    if (progress)
        progress(++done, total);

    writer.setManifest(QJsonObject{
        {QStringLiteral("round"), QJsonObject{{QStringLiteral("id"), roundId},
                                              {QStringLiteral("name"), round->name},
                                              {QStringLiteral("program"), round->program}}},
        {QStringLiteral("created_at"), sql::now()},
        {QStringLiteral("created_by"), QStringLiteral("ReviewDesk " REVIEWDESK_VERSION)},
        {QStringLiteral("certificate"), certificateEntry()},
    });
    const int files = report.files;
    QString manifestDigest;
    writer.setCertifier(certificateEntry(), [&](const QByteArray& manifest) {
        manifestDigest = sha256Hex(manifest);
        return certify(manifest, round->name, signer, anchor, settings->unsignedReturns, secretariat, files);
    });
    auto written = writer.finish(zipPath);
    if (!written)
        return R::failure(written.error());
    if (progress)
        progress(total, total);
    report.fileSha256 = *written;
    report.manifestSha256 = manifestDigest;
    report.bytes = QFileInfo(zipPath).size();
    return report;
}

} // namespace rd::archive
