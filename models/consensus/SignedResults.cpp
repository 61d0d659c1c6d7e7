#include "models/consensus/SignedResults.h"

#include "models/audit/AuditTrail.h"
#include "models/consensus/ConsensusPrint.h"
#include "models/consensus/Meeting.h"
#include "models/consensus/RoundSettings.h"
#include "models/review/SigningRoles.h"
#include "models/signing/Certificates.h"
#include "models/signing/Nss.h"
#include "models/signing/SignatureCheck.h"
#include "models/signing/TimeStamp.h"
#include "models/sql/Sql.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QUrl>

#include <algorithm>
#include <limits>

namespace rd::consensus {

Result<QList<SignedDocument>> signResults(const QSqlDatabase& db, const BlobStore& blobs, qint64 roundId,
                                          const signing::SignRequest& request)
{
    using R = Result<QList<SignedDocument>>;
    auto state = loadMeeting(db, roundId);
    if (!state)
        return R::failure(state.error());
    if (!state->isFinal())
        return R::failure(QCoreApplication::translate(
            "SignedResults", "The results are not final yet: finalise them before the chair signs."));
    auto certificate = signing::findCertificate(request.certificateNickname, request.password);
    if (!certificate)
        return R::failure(certificate.error());
    // Only the meeting's chair signs the 總表 and the minutes (審議規則 第6條之1, 第11條).
    auto holders = roles::holders(db, roundId);
    if (!holders)
        return R::failure(holders.error());
    if (auto allowed = roles::mayActAs(*holders, roles::Role::Chair, certificate->fingerprint); !allowed)
        return R::failure(
            QCoreApplication::translate("SignedResults", "The 評選總表 and minutes are signed by the chair: %1.")
                .arg(allowed.error()));
    const QString signer = certificate->commonName;
    auto settings = roundSettings(db, roundId);
    if (!settings)
        return R::failure(settings.error());
    QTemporaryDir work;
    if (!work.isValid())
        return R::failure(QCoreApplication::translate("SignedResults", "cannot create a temporary folder"));

    // Both documents carry the chain's head as they are made: the trail cannot later be cut or rewritten
    // before it without the signed documents showing it.
    auto head = audit::head(db);
    if (!head)
        return R::failure(head.error());
    const pdfbinding::AuditAnchor anchor{head->id, head->sha256};
    QList<SignedDocument> made;
    const QList<std::pair<QString, std::function<Status(const QString&)>>> documents{
        {QStringLiteral("consensus-sheet"),
         [&](const QString& f) { return printConsensusSheet(*state, f, signer, anchor); }},
        {QStringLiteral("minutes"), [&](const QString& f) { return printMinutes(*state, f, signer, anchor); }},
    };
    for (const auto& [kind, print] : documents) {
        const QString path = work.filePath(kind + QStringLiteral(".pdf"));
        if (auto printed = print(path); !printed)
            return R::failure(printed.error());
        signing::SignRequest signRequest = request;
        if (signRequest.reason.isEmpty())
            signRequest.reason =
                kind == QLatin1String("minutes") ? QStringLiteral("共識會議紀錄") : QStringLiteral("評選總表");
        if (auto signedPdf = signing::signPdf(path, path, signRequest); !signedPdf)
            return R::failure(signedPdf.error());
        const signing::SignatureReport check = signing::checkSignatureFile(path);
        auto stored = blobs.putFile(path);
        if (!stored)
            return R::failure(stored.error());
        SignedDocument document{0,
                                kind,
                                stored->sha256,
                                state->resultsSha256(),
                                signer,
                                check.fingerprint,
                                check.signedAt.isValid() ? check.signedAt : QDateTime::currentDateTimeUtc(),
                                {},
                                {}};
        // Where the round has a time-stamping service, the document's time is the time stamp's.
        if (!settings->timeStampUrl.isEmpty()) {
            auto stamp = signing::timeStampFile(QUrl(settings->timeStampUrl), path);
            if (!stamp)
                return R::failure(stamp.error());
            // Refused now rather than at the archive's verification: a stamp by an authority nobody trusts.
            if (const auto verdict = signing::verifyTimeStamp(stamp->token, stamp->sha256); !verdict.valid)
                return R::failure(QCoreApplication::translate("SignedResults", "The time stamp of %1 does not hold: %2")
                                      .arg(settings->timeStampUrl, verdict.problem));
            auto kept = blobs.putData(stamp->token);
            if (!kept)
                return R::failure(kept.error());
            document.timeStampSha256 = kept->sha256;
            document.timeStampedAt = stamp->time;
        }
        made.append(document);
    }

    sql::Transaction transaction(db);
    if (!transaction.active())
        return R::failure(transaction.error());
    for (SignedDocument& d : made) {
        auto inserted =
            sql::exec(db,
                      QStringLiteral("INSERT INTO signed_documents(round_id, kind, pdf_sha256, data_sha256,"
                                     " signer, signer_sha256, signed_at, timestamp_sha256, timestamped_at)"
                                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      {roundId, d.kind, d.pdfSha256, d.dataSha256, d.signer, d.signerSha256,
                       d.signedAt.toUTC().toString(Qt::ISODate), d.timeStampSha256,
                       d.timeStampedAt.isValid() ? d.timeStampedAt.toString(Qt::ISODateWithMs) : QString()});
        if (!inserted)
            return R::failure(inserted.error());
        d.id = inserted->lastInsertId().toLongLong();
        if (auto logged =
                audit::record(db, QStringLiteral("signature"), QStringLiteral("round:%1").arg(roundId), roundId,
                              {{QStringLiteral("document"), d.kind},
                               {QStringLiteral("pdf_sha256"), d.pdfSha256},
                               {QStringLiteral("results_sha256"), d.dataSha256},
                               {QStringLiteral("signer"), d.signer},
                               {QStringLiteral("certificate_sha256"), d.signerSha256}});
            !logged)
            return R::failure(logged.error());
    }
    if (auto committed = transaction.commit(); !committed)
        return R::failure(committed.error());
    return made;
}

Result<QList<SignedDocument>> signedDocuments(const QSqlDatabase& db, qint64 roundId)
{
    using R = Result<QList<SignedDocument>>;
    auto query = sql::exec(
        db,
        QStringLiteral(
            "SELECT id, kind, pdf_sha256, data_sha256, signer, signer_sha256, signed_at,"
            " timestamp_sha256, timestamped_at FROM signed_documents d WHERE round_id = ? AND id = (SELECT MAX(id) FROM"
            " signed_documents e WHERE e.round_id = d.round_id AND e.kind = d.kind)"
            " ORDER BY kind"),
        {roundId});
    if (!query)
        return R::failure(query.error());
    QList<SignedDocument> list;
    while (query->next())
        list.append({query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toString(),
                     query->value(3).toString(), query->value(4).toString(), query->value(5).toString(),
                     QDateTime::fromString(query->value(6).toString(), Qt::ISODate), query->value(7).toString(),
                     QDateTime::fromString(query->value(8).toString(), Qt::ISODateWithMs)});
    return list;
}

Result<QList<audit::Anchor>> documentAnchors(const QSqlDatabase& db, const BlobStore& blobs)
{
    using R = Result<QList<audit::Anchor>>;
    auto query = sql::exec(db, QStringLiteral("SELECT id, kind, pdf_sha256 FROM signed_documents ORDER BY id"));
    if (!query)
        return R::failure(query.error());
    QList<audit::Anchor> anchors;
    while (query->next()) {
        const QString where = QCoreApplication::translate("SignedResults", "The signed %1 (record %2)")
                                  .arg(query->value(1).toString())
                                  .arg(query->value(0).toLongLong());
        QFile file(blobs.pathFor(query->value(2).toString()));
        if (!file.open(QIODevice::ReadOnly)) {
            // A missing document cannot vouch for anything: an anchor no chain holds.
            anchors.append({std::numeric_limits<qint64>::max(), {}, where});
            continue;
        }
        const pdfbinding::Binding binding = pdfbinding::fromPdf(file.readAll());
        if (binding.audit.id > 0)
            anchors.append({binding.audit.id, binding.audit.sha256, where});
    }
    return anchors;
}

} // namespace rd::consensus
