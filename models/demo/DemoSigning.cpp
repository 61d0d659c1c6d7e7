#include "models/demo/DemoSigning.h"

#include "models/audit/AuditTrail.h"
#include "models/consensus/Approval.h"
#include "models/consensus/Meeting.h"
#include "models/consensus/RoundSettings.h"
#include "models/consensus/SignedResults.h"
#include "models/package/Bundle.h"
#include "models/package/ScoreReturn.h"
#include "models/print/ScoreSheetPrint.h"
#include "models/review/ReviewerStore.h"
#include "models/review/ScoreSheetStore.h"
#include "models/review/SigningRoles.h"
#include "models/signing/CertificateStore.h"
#include "models/signing/Certificates.h"
#include "models/signing/Nss.h"
#include "models/signing/PdfSigner.h"
#include "models/signing/SignatureCheck.h"
#include "models/signing/TimeStamp.h"
#include "models/sql/Sql.h"
#include "models/store/ApplicationStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QUrl>

namespace rd::demo {

namespace {

QString memberNickname(const Reviewer& r)
{
    return QStringLiteral("ReviewDesk Demo 委員 %1").arg(r.name);
}

const QString secretariatNickname = QStringLiteral("ReviewDesk Demo 秘書處");

} // namespace

Result<DemoSigners> signDemoRound(const Workspace& workspace, qint64 roundId, const QString& storePassword)
{
    nss::PasswordScope scope(storePassword);
    using R = Result<DemoSigners>;
    const QSqlDatabase db = workspace.db();
    ReviewerStore reviewers(db);
    auto committee = reviewers.reviewers();
    if (!committee)
        return R::failure(committee.error());

    const signing::CertificateStore store(nss::storeDirectory());
    if (!store.exists())
        if (auto created = store.create(storePassword); !created)
            return R::failure(created.error());
    QList<signing::CertificateStore::Holder> holders{
        {secretariatNickname, QStringLiteral("數位產業署 審查秘書處"), QStringLiteral("ReviewDesk Demo"), 24, 0}};
    for (const Reviewer& r : *committee)
        holders.append({memberNickname(r), r.name, r.organization, 24, 0});
    if (auto made = store.createThrowawayCertificates(QStringLiteral("ReviewDesk Demo CA"), holders, storePassword);
        !made)
        return R::failure(made.error());
    QHash<QString, signing::SigningCertificate> available;
    for (const signing::SigningCertificate& c : signing::availableCertificates())
        available.insert(c.nickname, c);

    DemoSigners signers;
    signers.secretariat = secretariatNickname;
    signers.storePassword = storePassword;
    for (const Reviewer& r : *committee) {
        const signing::SigningCertificate certificate = available.value(memberNickname(r));
        if (certificate.fingerprint.isEmpty())
            return R::failure(
                QCoreApplication::translate("Demo", "The demo certificate of %1 cannot sign.").arg(r.name));
        if (auto registered = reviewers.registerCertificate(r.id, certificate.fingerprint); !registered)
            return R::failure(registered.error());
        signers.members.insert(r.id, certificate.nickname);
    }
    const signing::SigningCertificate secretariat = available.value(secretariatNickname);
    if (secretariat.fingerprint.isEmpty())
        return R::failure(QCoreApplication::translate("Demo", "The demo certificate of the secretariat cannot sign."));
    if (auto registered = roles::registerSecretariat(db, roundId, secretariat.fingerprint, secretariat.commonName);
        !registered)
        return R::failure(registered.error());

    ApplicationStore applications(db);
    auto round = applications.round(roundId);
    auto rubric = applications.roundRubric(roundId);
    auto list = applications.applications(roundId);
    if (!round || !rubric || !list)
        return R::failure(!round ? round.error() : !rubric ? rubric.error() : list.error());
    auto settings = consensus::roundSettings(db, roundId);
    if (!settings)
        return R::failure(settings.error());
    const QUrl timeStamping =
        settings->timeStampUrl.isEmpty() ? QUrl() : QUrl(settings->timeStampUrl); // as a member's export would
    ScoreSheetStore sheets(db);
    QTemporaryDir work;
    if (!work.isValid())
        return R::failure(QCoreApplication::translate("Demo", "cannot create a temporary folder"));
    sql::Transaction transaction(db);
    if (!transaction.active())
        return R::failure(transaction.error());
    const QString now = sql::now();
    for (const Reviewer& r : *committee) {
        auto own = sheets.sheets(roundId, r.id);
        if (!own)
            return R::failure(own.error());
        if (own->isEmpty())
            continue;
        const QString packageId = QStringLiteral("demo-%1-%2").arg(roundId).arg(r.id);
        const signing::SigningCertificate certificate = available.value(memberNickname(r));
        QJsonArray packaged;
        for (const ScoreSheet& s : *own)
            packaged.append(s.applicationId);
        if (auto package =
                sql::exec(db,
                          QStringLiteral("INSERT OR REPLACE INTO packages(id, round_id, reviewer_id,"
                                         " applications, file_sha256, created_at) VALUES (?, ?, ?, ?, '', ?)"),
                          {packageId, roundId, r.id,
                           QString::fromUtf8(QJsonDocument(packaged).toJson(QJsonDocument::Compact)), now});
            !package)
            return R::failure(package.error());
        if (auto logged = audit::record(
                db, QStringLiteral("package-export"), QStringLiteral("package:%1").arg(packageId), roundId,
                {{QStringLiteral("reviewer"), r.id}, {QStringLiteral("applications"), packaged}});
            !logged)
            return R::failure(logged.error());
        auto head = audit::head(db);
        if (!head)
            return R::failure(head.error());
        auto returned = sql::exec(
            db,
            QStringLiteral("INSERT INTO score_returns(package_id, round_id, reviewer_id, file_name, file_sha256,"
                           " imported_at, sequence, audit_head_id, audit_head_sha256)"
                           " VALUES (?, ?, ?, 'demo', '', ?, 1, ?, ?)"),
            {packageId, roundId, r.id, now, head->id, head->sha256});
        if (!returned)
            return R::failure(returned.error());
        const qint64 returnId = returned->lastInsertId().toLongLong();
        for (const ScoreSheet& s : *own) {
            const auto app = std::find_if(list->cbegin(), list->cend(),
                                          [&](const ApplicationSummary& a) { return a.id == s.applicationId; });
            if (app == list->cend())
                continue;
            // As the member's package and return would name the reviewer and the rubric.
            const QByteArray bytes =
                scorereturn::sheetData(app->id, *app,
                                       QJsonObject{{QStringLiteral("id"), r.id},
                                                   {QStringLiteral("name"), r.name},
                                                   {QStringLiteral("organization"), r.organization},
                                                   {QStringLiteral("title"), r.title},
                                                   {QStringLiteral("email"), r.email},
                                                   {QStringLiteral("external"), r.external}},
                                       QJsonObject{{QStringLiteral("id"), rubric->id()},
                                                   {QStringLiteral("version"), rubric->version()},
                                                   {QStringLiteral("sha256"), rubric->sha256()},
                                                   {QStringLiteral("file"), QStringLiteral("rubric.json")}},
                                       {packageId, 1}, *rubric, s);
            const QString dataSha = sha256Hex(bytes);
            const QString pdf = work.filePath(QStringLiteral("%1-%2.pdf").arg(app->id).arg(r.id));
            const SheetPrintContext context{round->name,
                                            round->program,
                                            app->applicantName,
                                            app->ubn,
                                            app->title,
                                            r.name,
                                            r.organization,
                                            QDateTime::currentDateTimeUtc(),
                                            dataSha,
                                            certificate.commonName};
            if (auto printed = printScoreSheet(pdf, *rubric, s, context); !printed)
                return R::failure(printed.error());
            if (auto signedPdf =
                    signing::signPdf(pdf, pdf, {certificate.nickname, storePassword, QStringLiteral("評分表"), {}});
                !signedPdf)
                return R::failure(signedPdf.error());
            const signing::SignatureReport check = signing::checkSignatureFile(pdf);
            auto stored = workspace.blobs().putFile(pdf);
            if (!stored)
                return R::failure(stored.error());
            QString stampSha256;
            QString stampedAt;
            if (timeStamping.isValid()) {
                auto stamp = signing::timeStampFile(timeStamping, pdf);
                if (!stamp)
                    return R::failure(stamp.error());
                auto kept = workspace.blobs().putData(stamp->token);
                if (!kept)
                    return R::failure(kept.error());
                stampSha256 = kept->sha256;
                stampedAt = stamp->time.toString(Qt::ISODateWithMs);
            }
            if (auto kept = sql::exec(
                    db,
                    QStringLiteral("INSERT INTO returned_sheets(return_id, application_id, sheet_json, data_sha256,"
                                   " pdf_sha256, signature_state, signer, signer_sha256, signed_at,"
                                   " timestamp_sha256, timestamped_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {returnId, app->id, QString::fromUtf8(bytes), dataSha, stored->sha256,
                     signing::stateKey(check.state), check.signer, check.fingerprint,
                     check.signedAt.toUTC().toString(Qt::ISODate), stampSha256, stampedAt});
                !kept)
                return R::failure(kept.error());
        }
    }
    if (auto committed = transaction.commit(); !committed)
        return R::failure(committed.error());
    return signers;
}

Status holdDemoMeeting(const Workspace& workspace, qint64 roundId, const DemoSigners& signers)
{
    using namespace consensus;
    MeetingStore meeting(workspace.db(), roundId);
    auto state = loadMeeting(workspace.db(), roundId);
    if (!state)
        return Status::from(state);
    if (state->data.committee.isEmpty())
        return Status::failure(QCoreApplication::translate("Demo", "The demo round has no committee."));
    const qint64 chair = state->data.committee.first().id;
    if (auto set = meeting.setInfo({chair, QStringLiteral("2025-03-12 14:00"), QStringLiteral("數位產業署 第一會議室"),
                                    QStringLiteral("審查秘書處")});
        !set)
        return set;
    for (const Reviewer& r : state->data.committee)
        if (auto present = meeting.setPresent(r.id, true); !present)
            return present;
    state = loadMeeting(workspace.db(), roundId);
    if (!state)
        return Status::from(state);
    const int present = state->present();
    for (const ApplicationResult& result : state->results) {
        for (const Flag& flag : state->openDifferences(result.applicationId))
            if (auto resolved = meeting.resolve(
                    result.applicationId, flagId(flag),
                    flag.kind == Flag::Kind::ChecklistNotMet
                        ? QStringLiteral(
                              "經委員討論，申請企業於會中說明將於簽約前將異地備援遷至國內機房，列為核定條件。")
                        : QStringLiteral("經委員討論，維持各委員原評分。"));
                !resolved)
                return resolved;
        if (result.reviewers == 0)
            continue;
        DecisionRecord decision;
        decision.applicationId = result.applicationId;
        decision.decision = result.passes ? Decision::Pass : Decision::Fail;
        decision.votesFor = present;
        if (decision.decision == Decision::Pass) {
            // 核定 at the request, within the category's cap and half of the total budget.
            auto limits = approvalLimits(workspace.db(), result.applicationId);
            if (!limits)
                return Status::from(limits);
            decision.approvedSubsidy = mostApprovable(*limits);
        }
        if (state->departsFromPreliminary(result.applicationId, decision.decision))
            decision.departure = QStringLiteral("委員會依平均分數議決，與初審意見不同。");
        if (auto decided = meeting.decide(decision); !decided)
            return decided;
    }
    if (auto final = meeting.finalise(); !final)
        return final;
    auto signedResults =
        signResults(workspace.db(), workspace.blobs(), roundId,
                    {signers.members.value(chair), signers.storePassword, QStringLiteral("評選總表"), {}});
    return Status::from(signedResults);
}

} // namespace rd::demo
