#include "models/package/ScoreReturn.h"

#include "models/core/Text.h"

#include "models/audit/AuditTrail.h"
#include "models/consensus/RoundSettings.h"
#include "models/package/ReviewPackage.h"
#include "models/print/ScoreSheetPrint.h"
#include "models/review/PageNotes.h"
#include "models/review/ReviewerStore.h"
#include "models/review/ScoreSheetStore.h"
#include "models/review/SigningRoles.h"
#include "models/signing/Certificates.h"
#include "models/signing/Nss.h"
#include "models/signing/PdfSigner.h"
#include "models/signing/SignatureCheck.h"
#include "models/signing/TimeStamp.h"
#include "models/sql/Sql.h"
#include "models/store/ApplicationStore.h"
#include "models/store/WorkspaceMeta.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QUrl>
#include <QUuid>

#include <algorithm>

namespace rd::scorereturn {

namespace {

QString sheetEntry(qint64 originId)
{
    return QStringLiteral("sheets/%1.json").arg(originId);
}

QString pdfEntry(qint64 originId)
{
    return QStringLiteral("sheets/%1.pdf").arg(originId);
}

// The RFC 3161 token stamping the signed PDF's SHA-256 (signing/TimeStamp.h).
QString timeStampEntry(qint64 originId)
{
    return QStringLiteral("sheets/%1.tst").arg(originId);
}

// The number of the last return a reviewer workspace made.
QString sequenceKey()
{
    return QStringLiteral("return_sequence");
}

// How far a member's clock may be from the secretariat's before a signing time counts as outside the
// window between the package's export and the return's import.
constexpr qint64 clockSkewSeconds = 15 * 60;

QDateTime storedTime(const QVariant& value)
{
    QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(value.toString(), Qt::ISODate);
    return at;
}

} // namespace

QByteArray sheetData(qint64 applicationId, const ApplicationSummary& application, const QJsonObject& reviewer,
                     const QJsonObject& rubricRef, const ReturnRef& returnRef, const Rubric& rubric,
                     const ScoreSheet& sheet)
{
    const QJsonObject data{
        {QStringLiteral("application"), QJsonObject{{QStringLiteral("id"), applicationId},
                                                    {QStringLiteral("ubn"), application.ubn},
                                                    {QStringLiteral("applicant"), application.applicantName},
                                                    {QStringLiteral("title"), application.title}}},
        {QStringLiteral("reviewer"), reviewer},
        {QStringLiteral("rubric"), rubricRef},
        {QStringLiteral("return"), QJsonObject{{QStringLiteral("package_id"), returnRef.packageId},
                                               {QStringLiteral("sequence"), returnRef.sequence}}},
        {QStringLiteral("sheet"), sheetToJson(sheet)},
        {QStringLiteral("total"), sheetTotal(rubric, sheet)},
    };
    return QJsonDocument(data).toJson(QJsonDocument::Indented);
}

Result<ExportReport> exportReturn(const QSqlDatabase& db, const QString& zipPath, const ExportOptions& options)
{
    using R = Result<ExportReport>;
    auto context = package::reviewerContext(db);
    if (!context)
        return R::failure(context.error());
    if (!*context)
        return R::failure(QCoreApplication::translate(
            "ScoreReturn", "This is not a reviewer's workspace: score returns are made from an imported package."));
    const package::ReviewerContext& reviewer = **context;
    const QJsonObject manifest = reviewer.manifest;
    const QJsonObject reviewerJson = manifest.value(QStringLiteral("reviewer")).toObject();

    ApplicationStore applications(db);
    ScoreSheetStore sheets(db);
    auto rubric = applications.roundRubric(reviewer.roundId);
    if (!rubric)
        return R::failure(rubric.error());
    auto round = applications.round(reviewer.roundId);
    if (!round)
        return R::failure(round.error());
    auto assigned = applications.applications(reviewer.roundId);
    if (!assigned)
        return R::failure(assigned.error());

    QTemporaryDir printed;
    if (!printed.isValid())
        return R::failure(QCoreApplication::translate("ScoreReturn", "cannot create a temporary folder"));

    // Each return the member makes has the next number; the secretariat refuses one older than it has.
    auto lastSequence = meta::value(db, sequenceKey());
    if (!lastSequence)
        return R::failure(lastSequence.error());
    const ReturnRef returnRef{reviewer.packageId(), lastSequence->toInt() + 1};

    ExportReport report;
    report.returnId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    BundleWriter writer(returnFormat(), returnVersion);
    QJsonArray listed;
    QJsonArray notes;
    const QDateTime printedAt = QDateTime::currentDateTimeUtc();
    const QString timeStampUrl =
        manifest.value(QStringLiteral("signing")).toObject().value(QStringLiteral("time_stamping")).toString();
    const QUrl timeStamping = timeStampUrl.isEmpty() ? QUrl() : QUrl(timeStampUrl);
    signing::SigningCertificate signer;
    if (!options.certificateNickname.isEmpty()) {
        auto found = signing::findCertificate(options.certificateNickname, options.password);
        if (!found)
            return R::failure(found.error());
        signer = *found;
    }
    for (const ApplicationSummary& app : *assigned) {
        auto origin = sql::scalar(db, QStringLiteral("SELECT origin_id FROM applications WHERE id = ?"), {app.id});
        if (!origin)
            return R::failure(origin.error());
        const qint64 originId = origin->toLongLong();
        auto sheet = sheets.find(app.id, reviewer.reviewerId);
        if (!sheet)
            return R::failure(sheet.error());
        if (options.includeNotes) {
            auto appNotes = PageNotes(db).ofApplication(app.id);
            if (!appNotes)
                return R::failure(appNotes.error());
            for (const PageNote& note : *appNotes) {
                auto doc = applications.document(note.documentId);
                if (!doc)
                    return R::failure(doc.error());
                notes.append(QJsonObject{{QStringLiteral("application"), originId},
                                         {QStringLiteral("document_sha256"), doc->sha256},
                                         {QStringLiteral("file_name"), doc->fileName},
                                         {QStringLiteral("page"), note.page + 1},
                                         {QStringLiteral("text"), note.text}});
            }
        }
        if (!*sheet || (*sheet)->state == ScoreSheet::State::Draft) {
            report.notReturned << QStringLiteral("%1 %2").arg(app.ubn, app.title);
            continue;
        }
        const ScoreSheet& s = **sheet;
        const QByteArray bytes = sheetData(originId, app, reviewerJson,
                                           manifest.value(QStringLiteral("rubric")).toObject(), returnRef, *rubric, s);
        const QString dataSha = sha256Hex(bytes);
        const QString pdfPath = printed.filePath(QStringLiteral("%1.pdf").arg(originId));
        SheetPrintContext print{round->name,
                                round->program,
                                app.applicantName,
                                app.ubn,
                                app.title,
                                reviewerJson.value(QStringLiteral("name")).toString(),
                                reviewerJson.value(QStringLiteral("organization")).toString(),
                                printedAt,
                                dataSha,
                                signer.commonName};
        if (auto done = printScoreSheet(pdfPath, *rubric, s, print); !done)
            return R::failure(done.error());
        if (!signer.nickname.isEmpty()) {
            const signing::SignRequest request{signer.nickname, options.password,
                                               QStringLiteral("評分表 %1").arg(app.title), QString()};
            if (auto signedPdf = signing::signPdf(pdfPath, pdfPath, request); !signedPdf)
                return R::failure(signedPdf.error());
        }
        writer.add(sheetEntry(originId), bytes);
        if (auto added = writer.addFile(pdfEntry(originId), pdfPath); !added)
            return R::failure(added.error());
        QJsonObject entry{{QStringLiteral("application"), originId},
                          {QStringLiteral("state"), sheetStateKey(s.state)},
                          {QStringLiteral("data"), sheetEntry(originId)},
                          {QStringLiteral("data_sha256"), dataSha},
                          {QStringLiteral("pdf"), pdfEntry(originId)}};
        if (!signer.nickname.isEmpty() && timeStamping.isValid()) {
            auto stamp = signing::timeStampFile(timeStamping, pdfPath);
            if (!stamp)
                return R::failure(QCoreApplication::translate("ScoreReturn",
                                                              "The round has signed sheets time-stamped. %1 Connect "
                                                              "to the network and export the return again.")
                                      .arg(stamp.error()));
            writer.add(timeStampEntry(originId), stamp->token);
            entry.insert(QStringLiteral("timestamp"), timeStampEntry(originId));
        }
        listed.append(entry);
        ++report.sheets;
    }
    if (report.sheets == 0)
        return R::failure(QCoreApplication::translate(
            "ScoreReturn", "No score sheet is complete yet; mark a sheet complete before sending a return."));
    if (options.includeNotes && !notes.isEmpty())
        writer.add(QStringLiteral("notes.json"), QJsonDocument(notes).toJson(QJsonDocument::Indented));

    writer.setManifest(QJsonObject{
        {QStringLiteral("return_id"), report.returnId},
        {QStringLiteral("package_id"), reviewer.packageId()},
        {QStringLiteral("sequence"), returnRef.sequence},
        {QStringLiteral("workspace_id"), manifest.value(QStringLiteral("workspace_id"))},
        {QStringLiteral("created_at"), sql::now()},
        {QStringLiteral("created_by"), QStringLiteral("ReviewDesk " REVIEWDESK_VERSION)},
        {QStringLiteral("round"), manifest.value(QStringLiteral("round"))},
        {QStringLiteral("rubric"), manifest.value(QStringLiteral("rubric"))},
        {QStringLiteral("reviewer"), reviewerJson},
        {QStringLiteral("sheets"), listed},
        // The certificate the printed sheets are signed with; the signatures themselves are in the PDFs.
        {QStringLiteral("signer"), signer.nickname.isEmpty()
                                       ? QJsonValue()
                                       : QJsonValue(QJsonObject{{QStringLiteral("name"), signer.commonName},
                                                                {QStringLiteral("sha256"), signer.fingerprint}})},
    });
    auto written = writer.finish(zipPath);
    if (!written)
        return R::failure(written.error());
    if (auto counted = meta::setValue(db, sequenceKey(), QString::number(returnRef.sequence)); !counted)
        return R::failure(counted.error());
    report.fileSha256 = *written;
    return report;
}

namespace {

// What a return is checked against: the package it answers and the round as this workspace has it.
struct ReturnContext
{
    QString name; // the return's file name, for messages
    QDateTime packageExported;
    QSet<qint64> packaged;
    QHash<qint64, Assignment> assignments; // the member's, by application
    QList<roles::Holder> holders;
    QString registered; // the member's registered certificate, if any
    consensus::Settings settings;
    std::optional<Rubric> rubric;
    QDateTime now;
};

// The return answers a package this workspace issued, for the member and round it names, scored with the
// round's rubric.
Status checkPackage(const QSqlDatabase& db, const QJsonObject& manifest, Preview& preview, ReturnContext& context)
{
    const QString& name = context.name;
    auto ourId = meta::value(db, meta::idKey());
    if (!ourId)
        return Status::from(ourId);
    if (manifest.value(QStringLiteral("workspace_id")).toString() != *ourId)
        return Status::failure(QCoreApplication::translate(
                                   "ScoreReturn", "%1 answers a package from another workspace, not one issued here.")
                                   .arg(name));
    preview.packageId = manifest.value(QStringLiteral("package_id")).toString();
    auto package = sql::exec(
        db, QStringLiteral("SELECT round_id, reviewer_id, applications, created_at FROM packages WHERE id = ?"),
        {preview.packageId});
    if (!package)
        return Status::from(package);
    if (!package->next())
        return Status::failure(
            QCoreApplication::translate("ScoreReturn", "%1 answers package %2, which this workspace never issued.")
                .arg(name, preview.packageId));
    preview.roundId = package->value(0).toLongLong();
    preview.reviewerId = package->value(1).toLongLong();
    context.packageExported = storedTime(package->value(3));
    preview.sequence = manifest.value(QStringLiteral("sequence")).toInt();
    if (preview.sequence < 1)
        return Status::failure(QCoreApplication::translate(
                                   "ScoreReturn", "%1 carries no return number; it was made by an older ReviewDesk. "
                                                  "Ask the member to export the return again.")
                                   .arg(name));
    for (const QJsonValue& id : QJsonDocument::fromJson(package->value(2).toString().toUtf8()).array())
        context.packaged.insert(id.toInteger());

    const QJsonObject reviewerJson = manifest.value(QStringLiteral("reviewer")).toObject();
    if (reviewerJson.value(QStringLiteral("id")).toInteger() != preview.reviewerId ||
        manifest.value(QStringLiteral("round")).toObject().value(QStringLiteral("id")).toInteger() != preview.roundId)
        return Status::failure(QCoreApplication::translate(
                                   "ScoreReturn", "%1 names another reviewer or round than the package it answers.")
                                   .arg(name));
    preview.reviewerName = reviewerJson.value(QStringLiteral("name")).toString();

    auto rubric = ApplicationStore(db).roundRubric(preview.roundId);
    if (!rubric)
        return Status::from(rubric);
    if (manifest.value(QStringLiteral("rubric")).toObject().value(QStringLiteral("sha256")).toString() !=
        rubric->sha256())
        return Status::failure(QCoreApplication::translate(
                                   "ScoreReturn", "%1 was scored with another rubric version than the round's %2 %3.")
                                   .arg(name, rubric->id(), rubric->version()));
    context.rubric = *rubric;

    auto assignments = ReviewerStore(db).assignments(preview.roundId);
    if (!assignments)
        return Status::from(assignments);
    for (const Assignment& a : *assignments)
        if (a.reviewerId == preview.reviewerId)
            context.assignments.insert(a.applicationId, a);
    auto holders = roles::holders(db, preview.roundId);
    if (!holders)
        return Status::from(holders);
    context.holders = *holders;
    context.registered = roles::registeredFor(*holders, roles::Role::Member, preview.reviewerId).value(0);
    auto settings = consensus::roundSettings(db, preview.roundId);
    if (!settings)
        return Status::from(settings);
    context.settings = *settings;
    context.now = QDateTime::currentDateTimeUtc();
    return {};
}

// When a signed sheet was signed: the signer's clock, unless the round has a time-stamping service: then the
// time stamp's, and the signer's clock may not claim a later one. The error says why the sheet is refused.
Result<QDateTime> signingTime(const ReturnContext& context, const QJsonObject& entry, const QByteArray& pdf,
                              const signing::SignatureReport& signature, qint64 applicationId, Preview& preview)
{
    using R = Result<QDateTime>;
    const QString stampName = entry.value(QStringLiteral("timestamp")).toString();
    if (context.settings.timeStampUrl.isEmpty() && stampName.isEmpty())
        return signature.signedAt;
    if (stampName.isEmpty())
        return R::failure(QCoreApplication::translate("ScoreReturn",
                                                      "the round has signed sheets time-stamped by %1, and "
                                                      "this one carries no time stamp")
                              .arg(context.settings.timeStampUrl));
    auto token = preview.bundle->read(stampName);
    if (!token)
        return R::failure(token.error());
    const signing::TimeStampVerdict stamp =
        signing::verifyTimeStamp(*token, QCryptographicHash::hash(pdf, QCryptographicHash::Sha256));
    if (!stamp.valid)
        return R::failure(
            QCoreApplication::translate("ScoreReturn", "its time stamp does not hold: %1").arg(stamp.problem));
    if (stamp.time.secsTo(signature.signedAt) > clockSkewSeconds)
        return R::failure(QCoreApplication::translate("ScoreReturn",
                                                      "it claims to be signed on %1, after its time stamp "
                                                      "of %2")
                              .arg(text::localDateTime(signature.signedAt), text::localDateTime(stamp.time)));
    preview.timeStamps.insert(applicationId, {*token, stamp.time, stamp.authority});
    return stamp.time;
}

// The printed sheet's signature: by the member's registered certificate (or, where the round allows, by
// none), bound to the sheet's data, made between the package's export and now. The error says why not.
Status checkSignature(const ReturnContext& context, const QJsonObject& entry, const QByteArray& pdf,
                      const signing::SignatureReport& signature, qint64 applicationId, Preview& preview)
{
    const QString& registered = context.registered;
    if (signature.state == signing::SignatureState::Unsigned) {
        if (!registered.isEmpty())
            return Status::failure(QCoreApplication::translate(
                "ScoreReturn", "its printed sheet is not signed, but the member's certificate is registered"));
        if (!context.settings.unsignedReturns)
            return Status::failure(QCoreApplication::translate(
                "ScoreReturn", "its printed sheet is not signed; the round requires signed sheets and no "
                               "certificate is registered for the member"));
        return {};
    }
    if (!signature.isValid())
        return Status::failure(QCoreApplication::translate("ScoreReturn", "the signature of its printed sheet is %1")
                                   .arg(signature.state == signing::SignatureState::Weak
                                            ? signature.weakness
                                            : signing::stateText(signature.state)));
    if (!registered.isEmpty() && signature.fingerprint != registered)
        return Status::failure(QCoreApplication::translate(
                                   "ScoreReturn", "its printed sheet is signed by %1 with certificate %2, not with "
                                                  "the member's registered certificate %3")
                                   .arg(signature.signer, signature.fingerprint, registered));
    if (registered.isEmpty()) {
        // Without a registered certificate nothing ties the signer to the member: a certificate that holds
        // another role in the round is refused outright, any other one needs registering first.
        const Status allowed =
            roles::mayActAs(context.holders, roles::Role::Member, signature.fingerprint, preview.reviewerId);
        if (!roles::rolesOf(context.holders, signature.fingerprint).isEmpty() || !context.settings.unsignedReturns)
            return Status::failure(QCoreApplication::translate("ScoreReturn", "its printed sheet is signed by %1: %2")
                                       .arg(signature.signer, allowed.error()));
    }
    if (signature.binding.dataSha256 != entry.value(QStringLiteral("data_sha256")).toString())
        return Status::failure(QCoreApplication::translate(
            "ScoreReturn", "its signed printed sheet is bound to other data than the sheet it comes with"));
    auto signedAt = signingTime(context, entry, pdf, signature, applicationId, preview);
    if (!signedAt)
        return Status::from(signedAt);
    if (context.packageExported.isValid() && signedAt->secsTo(context.packageExported) > clockSkewSeconds)
        return Status::failure(QCoreApplication::translate("ScoreReturn",
                                                           "it was signed on %1, before its package was exported on "
                                                           "%2: the signer's clock was set back")
                                   .arg(text::localDateTime(*signedAt), text::localDateTime(context.packageExported)));
    if (context.now.secsTo(*signedAt) > clockSkewSeconds)
        return Status::failure(QCoreApplication::translate("ScoreReturn", "it claims to be signed on %1, in the future")
                                   .arg(text::localDateTime(*signedAt)));
    if (!signature.certificateValidAt(context.now))
        return Status::failure(
            QCoreApplication::translate("ScoreReturn", "the certificate of %1 is not valid now (valid %2 to %3)")
                .arg(signature.signer, text::localDateTime(signature.certificateValidFrom),
                     text::localDateTime(signature.certificateValidTo)));
    ++preview.signedSheets;
    return {};
}

// A complete sheet's data is checked again as the member's copy checked it while it was written: each entry
// applied to an empty sheet under the round's rubric, then validated.
Status revalidate(const Rubric& rubric, const ScoreSheet& sheet)
{
    ScoreSheet check;
    check.state = ScoreSheet::State::Draft;
    for (auto it = sheet.entries.cbegin(); it != sheet.entries.cend(); ++it) {
        const QList<SheetEdit> edits = {
            {SheetEdit::Field::Score, it.key(), it->score ? QVariant(*it->score) : QVariant()},
            {SheetEdit::Field::Mark, it.key(), it->mark},
            {SheetEdit::Field::Comment, it.key(), it->comment}};
        for (const SheetEdit& edit : edits) {
            if ((edit.field == SheetEdit::Field::Score && edit.value.isNull()) ||
                (edit.field == SheetEdit::Field::Mark && it->mark.isEmpty()))
                continue;
            if (auto applied = applyEdit(rubric, check, edit); !applied)
                return applied;
        }
    }
    check.overallComment = sheet.overallComment;
    if (auto applied = applyEdit(rubric, check, {SheetEdit::Field::Recommendation, {}, sheet.recommendation}); !applied)
        return applied;
    if (const QList<SheetProblem> problems = validate(rubric, check); !problems.isEmpty())
        return Status::failure(problems.first().message);
    return {};
}

// The sheet's data: for this application and made for this very return, complete (or a declared conflict).
Status checkSheetData(const ReturnContext& context, const QByteArray& bytes, qint64 applicationId, Preview& preview)
{
    const QJsonObject data = QJsonDocument::fromJson(bytes).object();
    if (data.value(QStringLiteral("application")).toObject().value(QStringLiteral("id")).toInteger() != applicationId)
        return Status::failure(QCoreApplication::translate("ScoreReturn", "its data is for another application"));
    const QJsonObject travels = data.value(QStringLiteral("return")).toObject();
    if (travels.value(QStringLiteral("package_id")).toString() != preview.packageId ||
        travels.value(QStringLiteral("sequence")).toInt() != preview.sequence)
        return Status::failure(QCoreApplication::translate(
                                   "ScoreReturn", "its data was made for return %1 of package %2, not for this return "
                                                  "(%3 of %4): a sheet from another return cannot be reused")
                                   .arg(travels.value(QStringLiteral("sequence")).toInt())
                                   .arg(travels.value(QStringLiteral("package_id")).toString())
                                   .arg(preview.sequence)
                                   .arg(preview.packageId));
    auto sheet = sheetFromJson(data.value(QStringLiteral("sheet")).toObject());
    if (!sheet)
        return Status::from(sheet);
    if (sheet->state == ScoreSheet::State::Draft)
        return Status::failure(QCoreApplication::translate("ScoreReturn", "the sheet is not complete"));
    if (sheet->state != ScoreSheet::State::Complete) {
        ++preview.conflicts;
        return {};
    }
    return revalidate(*context.rubric, *sheet);
}

// One sheet of the return: assigned to the member without a conflict, its data as listed, its signature and
// its data as checked above. The error says why the sheet is refused.
Status checkSheet(const QSqlDatabase& db, const ReturnContext& context, const QJsonObject& entry,
                  const QJsonObject& files, qint64 applicationId, Preview& preview)
{
    if (!context.packaged.contains(applicationId) || !context.assignments.contains(applicationId))
        return Status::failure(
            QCoreApplication::translate("ScoreReturn", "it is not one of this reviewer's assignments"));
    auto found = ReviewerStore(db).conflictsOf(preview.reviewerId, applicationId);
    if (!found)
        return Status::from(found);
    if (!found->isEmpty() && context.assignments.value(applicationId).overrideReason.isEmpty())
        return Status::failure(
            QCoreApplication::translate("ScoreReturn", "the reviewer has a conflict of interest with it (%1)")
                .arg(conflicts::describe(found->first())));
    const QString dataName = entry.value(QStringLiteral("data")).toString();
    if (files.value(dataName).toString() != entry.value(QStringLiteral("data_sha256")).toString())
        return Status::failure(QCoreApplication::translate("ScoreReturn", "its data does not match its SHA-256"));
    auto pdf = preview.bundle->read(entry.value(QStringLiteral("pdf")).toString());
    if (!pdf)
        return Status::from(pdf);
    const signing::SignatureReport signature = signing::checkSignature(*pdf);
    if (auto signedOk = checkSignature(context, entry, *pdf, signature, applicationId, preview); !signedOk)
        return signedOk;
    preview.signatures.insert(applicationId, {signing::stateKey(signature.state), signature.signer,
                                              signature.fingerprint, signature.signedAt});
    auto bytes = preview.bundle->read(dataName);
    if (!bytes)
        return Status::from(bytes);
    return checkSheetData(context, *bytes, applicationId, preview);
}

// No replay: the current return must be older — an earlier package, or the same package with a lower
// number. Notes the current return's sheets this one drops.
Status checkReplay(const QSqlDatabase& db, const ReturnContext& context, const QSet<qint64>& seen, Preview& preview)
{
    auto previous = sql::exec(
        db,
        QStringLiteral("SELECT r.id, r.imported_at, r.sequence, r.package_id, p.created_at FROM score_returns r"
                       " JOIN packages p ON p.id = r.package_id WHERE r.round_id = ? AND"
                       " r.reviewer_id = ? AND r.replaced_at IS NULL"),
        {preview.roundId, preview.reviewerId});
    if (!previous)
        return Status::from(previous);
    if (!previous->next())
        return {};
    preview.previousReturnId = previous->value(0).toLongLong();
    preview.previousImportedAt = storedTime(previous->value(1));
    const int currentSequence = previous->value(2).toInt();
    const bool samePackage = previous->value(3).toString() == preview.packageId;
    const QDateTime currentPackage = storedTime(previous->value(4));
    if ((samePackage && preview.sequence <= currentSequence) ||
        (!samePackage && context.packageExported.isValid() && context.packageExported < currentPackage))
        return Status::failure(QCoreApplication::translate(
                                   "ScoreReturn", "%1 is return %2 of its package; the current return of %3 (number "
                                                  "%4, imported %5) is newer. An older return cannot replace it.")
                                   .arg(context.name)
                                   .arg(preview.sequence)
                                   .arg(preview.reviewerName)
                                   .arg(currentSequence)
                                   .arg(text::localDateTime(preview.previousImportedAt)));
    auto had = sql::exec(db, QStringLiteral("SELECT application_id FROM returned_sheets WHERE return_id = ?"),
                         {preview.previousReturnId});
    if (!had)
        return Status::from(had);
    while (had->next())
        if (!seen.contains(had->value(0).toLongLong()))
            preview.dropped.append(had->value(0).toLongLong());
    return {};
}

} // namespace

Result<Preview> inspect(const QSqlDatabase& db, const QString& zipPath)
{
    using R = Result<Preview>;
    ReturnContext context;
    context.name = QFileInfo(zipPath).fileName();
    auto opened = Bundle::open(zipPath, returnFormat(), returnVersion,
                               QCoreApplication::translate("ScoreReturn", "ReviewDesk score return"));
    if (!opened)
        return R::failure(opened.error());
    Preview preview;
    preview.bundle = std::shared_ptr<Bundle>(std::move(opened).value());
    const QJsonObject manifest = preview.bundle->manifest();
    if (auto package = checkPackage(db, manifest, preview, context); !package)
        return R::failure(package.error());

    const QJsonObject files = manifest.value(QStringLiteral("files")).toObject();
    QSet<qint64> seen;
    for (const QJsonValue& value : manifest.value(QStringLiteral("sheets")).toArray()) {
        const QJsonObject entry = value.toObject();
        const qint64 applicationId = entry.value(QStringLiteral("application")).toInteger();
        Status sheet = seen.contains(applicationId)
                           ? Status::failure(QCoreApplication::translate("ScoreReturn", "the return holds it twice"))
                           : checkSheet(db, context, entry, files, applicationId, preview);
        if (!sheet)
            return R::failure(QCoreApplication::translate("ScoreReturn", "%1, sheet for application %2: %3")
                                  .arg(context.name)
                                  .arg(applicationId)
                                  .arg(sheet.error()));
        seen.insert(applicationId);
        ++preview.sheets;
    }
    if (preview.sheets == 0)
        return R::failure(QCoreApplication::translate("ScoreReturn", "%1 holds no score sheet.").arg(context.name));
    if (auto replay = checkReplay(db, context, seen, preview); !replay)
        return R::failure(replay.error());
    return preview;
}

Result<ImportReport> import(const QSqlDatabase& db, const BlobStore& blobs, const Preview& preview,
                            bool replaceConfirmed, const QHash<qint64, QString>& withdrawn)
{
    using R = Result<ImportReport>;
    if (preview.previousReturnId != 0 && !replaceConfirmed)
        return R::failure(QCoreApplication::translate("ScoreReturn",
                                                      "%1 already sent a return for this round (imported %2); "
                                                      "confirm to replace it. The earlier return is kept as history.")
                              .arg(preview.reviewerName, text::localDateTime(preview.previousImportedAt)));
    QStringList unexplained;
    for (qint64 id : preview.dropped)
        if (withdrawn.value(id).trimmed().isEmpty())
            unexplained << QString::number(id);
    if (!unexplained.isEmpty())
        return R::failure(QCoreApplication::translate(
                              "ScoreReturn", "The new return of %1 leaves out the sheet(s) for application(s) %2 that "
                                             "the current return holds. Withdraw each of them with the reason, or ask "
                                             "the member for a complete return.")
                              .arg(preview.reviewerName, unexplained.join(QStringLiteral(", "))));
    const QJsonObject manifest = preview.bundle->manifest();

    // PDFs go into the blob store first; if the transaction fails they are unreferenced and swept later.
    QHash<qint64, QString> pdfs;
    for (const QJsonValue& value : manifest.value(QStringLiteral("sheets")).toArray()) {
        const QJsonObject entry = value.toObject();
        auto path = preview.bundle->filePath(entry.value(QStringLiteral("pdf")).toString());
        if (!path)
            return R::failure(path.error());
        auto stored = blobs.putFile(*path);
        if (!stored)
            return R::failure(stored.error());
        pdfs.insert(entry.value(QStringLiteral("application")).toInteger(), stored->sha256);
    }

    sql::Transaction transaction(db);
    if (!transaction.active())
        return R::failure(transaction.error());
    ImportReport report;
    if (preview.previousReturnId != 0) {
        if (auto replaced = sql::exec(db, QStringLiteral("UPDATE score_returns SET replaced_at = ? WHERE id = ?"),
                                      {sql::now(), preview.previousReturnId});
            !replaced)
            return R::failure(replaced.error());
        // The earlier return's sheets give way to this one; they stay in returned_sheets as history.
        if (auto removed =
                sql::exec(db,
                          QStringLiteral("DELETE FROM score_sheets WHERE reviewer_id = ? AND application_id IN"
                                         " (SELECT id FROM applications WHERE round_id = ?)"),
                          {preview.reviewerId, preview.roundId});
            !removed)
            return R::failure(removed.error());
        report.replaced = true;
    }
    // The chain's head as this return arrives: recorded with it, so a later cut before it shows.
    auto head = audit::head(db);
    if (!head)
        return R::failure(head.error());
    auto inserted = sql::exec(
        db,
        QStringLiteral("INSERT INTO score_returns(package_id, round_id, reviewer_id, file_name, file_sha256,"
                       " imported_at, sequence, audit_head_id, audit_head_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {preview.packageId, preview.roundId, preview.reviewerId, QFileInfo(preview.bundle->zipPath()).fileName(),
         preview.bundle->fileSha256(), sql::now(), preview.sequence, head->id, head->sha256});
    if (!inserted)
        return R::failure(inserted.error());
    report.returnId = inserted->lastInsertId().toLongLong();
    for (qint64 id : preview.dropped) {
        const QString reason = withdrawn.value(id).trimmed();
        if (auto kept = sql::exec(db,
                                  QStringLiteral("INSERT INTO withdrawn_sheets(return_id, application_id, reason,"
                                                 " withdrawn_at) VALUES (?, ?, ?, ?)"),
                                  {report.returnId, id, reason, sql::now()});
            !kept)
            return R::failure(kept.error());
        if (auto logged = audit::record(
                db, QStringLiteral("sheet-withdrawn"), QStringLiteral("sheet:%1/%2").arg(id).arg(preview.reviewerId),
                preview.roundId, {{QStringLiteral("return"), report.returnId}, {QStringLiteral("reason"), reason}});
            !logged)
            return R::failure(logged.error());
    }

    ScoreSheetStore sheets(db);
    for (const QJsonValue& value : manifest.value(QStringLiteral("sheets")).toArray()) {
        const QJsonObject entry = value.toObject();
        const qint64 applicationId = entry.value(QStringLiteral("application")).toInteger();
        auto bytes = preview.bundle->read(entry.value(QStringLiteral("data")).toString());
        if (!bytes)
            return R::failure(bytes.error());
        const QJsonObject data = QJsonDocument::fromJson(*bytes).object();
        auto sheet = sheetFromJson(data.value(QStringLiteral("sheet")).toObject());
        if (!sheet)
            return R::failure(sheet.error());
        const Preview::Signature signature = preview.signatures.value(applicationId);
        const Preview::TimeStamp stamp = preview.timeStamps.value(applicationId);
        QString stampSha256;
        if (!stamp.token.isEmpty()) {
            auto stored = blobs.putData(stamp.token);
            if (!stored)
                return R::failure(stored.error());
            stampSha256 = stored->sha256;
        }
        if (auto kept = sql::exec(
                db,
                QStringLiteral("INSERT INTO returned_sheets(return_id, application_id, sheet_json, data_sha256,"
                               " pdf_sha256, signature_state, signer, signer_sha256, signed_at, timestamp_sha256,"
                               " timestamped_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {report.returnId, applicationId, QString::fromUtf8(*bytes),
                 entry.value(QStringLiteral("data_sha256")).toString(), pdfs.value(applicationId), signature.state,
                 signature.signer, signature.fingerprint,
                 signature.signedAt.isValid() ? signature.signedAt.toUTC().toString(Qt::ISODate) : QString(),
                 stampSha256, stamp.time.isValid() ? stamp.time.toUTC().toString(Qt::ISODateWithMs) : QString()});
            !kept)
            return R::failure(kept.error());
        if (auto stored = sheets.storeReturned(applicationId, preview.reviewerId, *sheet,
                                               QStringLiteral("return %1").arg(report.returnId));
            !stored)
            return R::failure(stored.error());
        if (sheet->state == ScoreSheet::State::Conflict) {
            // The member's own declaration becomes part of the assignment's record.
            if (auto noted =
                    ReviewerStore(db).recordDeclaredConflict(applicationId, preview.reviewerId, sheet->conflictReason);
                !noted)
                return R::failure(noted.error());
        }
        ++report.sheets;
    }
    if (auto logged = audit::record(db, QStringLiteral("return-import"),
                                    QStringLiteral("return:%1").arg(report.returnId), preview.roundId,
                                    {{QStringLiteral("reviewer"), preview.reviewerId},
                                     {QStringLiteral("file_sha256"), preview.bundle->fileSha256()},
                                     {QStringLiteral("package"), preview.packageId},
                                     {QStringLiteral("sequence"), preview.sequence},
                                     {QStringLiteral("sheets"), report.sheets},
                                     {QStringLiteral("signed"), preview.signedSheets},
                                     {QStringLiteral("replaced"), report.replaced},
                                     {QStringLiteral("audit_head"), QJsonArray{head->id, head->sha256}}});
        !logged)
        return R::failure(logged.error());
    if (auto committed = transaction.commit(); !committed)
        return R::failure(committed.error());
    return report;
}

Result<QList<ReturnRecord>> history(const QSqlDatabase& db, qint64 roundId)
{
    using R = Result<QList<ReturnRecord>>;
    auto query =
        sql::exec(db,
                  QStringLiteral("SELECT r.id, r.reviewer_id, r.file_name, r.file_sha256, r.imported_at,"
                                 " r.replaced_at, (SELECT COUNT(*) FROM returned_sheets s WHERE s.return_id = r.id),"
                                 " r.sequence, (SELECT json_group_array(DISTINCT s.signer) FROM returned_sheets s"
                                 "  WHERE s.return_id = r.id AND s.signer <> ''),"
                                 " (SELECT json_group_array(DISTINCT s.signer_sha256) FROM returned_sheets s"
                                 "  WHERE s.return_id = r.id AND s.signer_sha256 <> '')"
                                 " FROM score_returns r WHERE r.round_id = ? ORDER BY r.id DESC"),
                  {roundId});
    if (!query)
        return R::failure(query.error());
    QList<ReturnRecord> result;
    const auto strings = [](const QVariant& json) {
        QStringList list;
        for (const QJsonValue& v : QJsonDocument::fromJson(json.toString().toUtf8()).array())
            list << v.toString();
        return list;
    };
    while (query->next())
        result.append({query->value(0).toLongLong(), query->value(1).toLongLong(), query->value(2).toString(),
                       query->value(3).toString(), QDateTime::fromString(query->value(4).toString(), Qt::ISODateWithMs),
                       QDateTime::fromString(query->value(5).toString(), Qt::ISODateWithMs), query->value(6).toInt(),
                       query->value(7).toInt(), strings(query->value(8)), strings(query->value(9))});
    return result;
}

} // namespace rd::scorereturn
