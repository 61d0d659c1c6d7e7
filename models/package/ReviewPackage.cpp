#include "models/package/ReviewPackage.h"

#include "models/audit/AuditTrail.h"
#include "models/consensus/RoundSettings.h"
#include "models/core/OcrText.h"
#include "models/core/Text.h"
#include "models/dossier/DossierReader.h"
#include "models/package/Bundle.h"
#include "models/review/PreliminaryOpinions.h"
#include "models/review/ReviewerStore.h"
#include "models/rubric/Rubric.h"
#include "models/screening/RoundFindings.h"
#include "models/screening/Screening.h"
#include "models/sql/Sql.h"
#include "models/store/ApplicationStore.h"
#include "models/store/WorkspaceMeta.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

namespace rd::package {

namespace {

QJsonObject lineJson(const BudgetLine& line)
{
    return {{QStringLiteral("item"), line.item},
            {QStringLiteral("subsidy"), line.subsidy},
            {QStringLiteral("self_funded"), line.selfFunded},
            {QStringLiteral("security"), line.security}};
}

BudgetLine lineFromJson(const QJsonObject& o)
{
    return {o.value(QStringLiteral("item")).toString(), o.value(QStringLiteral("subsidy")).toDouble(),
            o.value(QStringLiteral("self_funded")).toDouble(), o.value(QStringLiteral("security")).toDouble()};
}

QString folderOf(qint64 applicationId)
{
    return QStringLiteral("applications/%1/").arg(applicationId);
}

// 建議迴避之人員清單 (the recusal requests of application.json and the list as a PDF) names people and says
// why the applicant wants them kept out: it is for the secretariat, who assigns by it, and never goes to a
// member. Neither does anything else that names other members.
bool secretariatOnly(const DocumentRecord& document)
{
    return document.type == QLatin1String("recusal_list");
}

Result<QByteArray> applicationJsonForMembers(const ApplicationRecord& record)
{
    QJsonParseError error;
    QJsonObject json = QJsonDocument::fromJson(record.dossier.json, &error).object();
    if (error.error != QJsonParseError::NoError)
        return Result<QByteArray>::failure(
            QCoreApplication::translate("ReviewPackage", "The stored application.json of %1 cannot be read: %2")
                .arg(record.summary.applicantName, error.errorString()));
    json.remove(QStringLiteral("recusal_requests"));
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

// The application's data as the package carries it (besides application.json and the PDFs).
Result<QJsonObject> recordJson(const QSqlDatabase& db, const ApplicationRecord& record)
{
    using R = Result<QJsonObject>;
    ApplicationStore store(db);
    QJsonArray lines;
    for (const BudgetLine& line : record.budget.lines)
        lines.append(lineJson(line));
    QJsonArray documents;
    for (const DocumentRecord& doc : record.documents) {
        if (secretariatOnly(doc))
            continue;
        auto pages = store.pageTexts(doc.id);
        if (!pages)
            return R::failure(pages.error());
        QJsonObject document{{QStringLiteral("file_name"), doc.fileName},
                             {QStringLiteral("type"), doc.type},
                             {QStringLiteral("sha256"), doc.sha256},
                             {QStringLiteral("size"), doc.size},
                             {QStringLiteral("readable"), doc.readable},
                             {QStringLiteral("problem"), doc.problem},
                             {QStringLiteral("pages"), QJsonArray::fromStringList(*pages)}};
        // A scanned document's pages OCR has read: the member's search marks the words where they were read.
        if (doc.recognisedPages > 0) {
            auto recognised = store.recognisedPages(doc.id);
            if (!recognised)
                return R::failure(recognised.error());
            QJsonArray read;
            for (const RecognisedPage& page : *recognised)
                read.append(QJsonObject{
                    {QStringLiteral("page"), page.page},
                    {QStringLiteral("confidence"), page.confidence},
                    {QStringLiteral("words"), QJsonDocument::fromJson(ocr::wordsToJson(page.words)).array()}});
            document.insert(QStringLiteral("recognised"), read);
        }
        documents.append(document);
    }
    auto opinions = PreliminaryOpinions(db).of(record.summary.id);
    if (!opinions)
        return R::failure(opinions.error());
    QJsonArray preliminary;
    for (const PreliminaryOpinion& o : *opinions)
        preliminary.append(QJsonObject{{QStringLiteral("criterion"), o.criterion},
                                       {QStringLiteral("meets"), meetsKey(o.meets)},
                                       {QStringLiteral("opinion"), o.opinion}});
    QJsonObject json{{QStringLiteral("budget"), lines},
                     {QStringLiteral("documents"), documents},
                     {QStringLiteral("preliminary_opinions"), preliminary}};
    if (record.budget.stated)
        json.insert(QStringLiteral("budget_stated_total"), lineJson(*record.budget.stated));
    return json;
}

} // namespace

Result<ExportReport> exportPackage(const QSqlDatabase& db, const BlobStore& blobs, qint64 roundId, qint64 reviewerId,
                                   const QString& zipPath)
{
    using R = Result<ExportReport>;
    ApplicationStore applications(db);
    ReviewerStore reviewers(db);

    auto context = reviewerContext(db);
    if (!context)
        return R::failure(context.error());
    if (*context)
        return R::failure(QCoreApplication::translate(
            "ReviewPackage", "This is a reviewer's workspace; packages are made by the secretariat."));
    auto round = applications.round(roundId);
    if (!round)
        return R::failure(round.error());
    auto rubric = applications.roundRubric(roundId);
    if (!rubric)
        return R::failure(QCoreApplication::translate("ReviewPackage", "Round \"%1\" has no rubric yet: %2")
                              .arg(round->name, rubric.error()));
    auto pool = reviewers.reviewers();
    if (!pool)
        return R::failure(pool.error());
    const auto member =
        std::find_if(pool->cbegin(), pool->cend(), [&](const Reviewer& r) { return r.id == reviewerId; });
    if (member == pool->cend())
        return R::failure(QCoreApplication::translate("ReviewPackage", "There is no reviewer %1.").arg(reviewerId));
    auto assignments = reviewers.assignments(roundId);
    if (!assignments)
        return R::failure(assignments.error());
    auto workspaceId = meta::value(db, meta::idKey());
    if (!workspaceId)
        return R::failure(workspaceId.error());

    // The member learns which certificate the secretariat expects on their sheets, and whether the round
    // accepts unsigned ones; the return is checked against the same at import.
    auto certificate = reviewers.certificateOf(reviewerId);
    if (!certificate)
        return R::failure(certificate.error());
    auto settings = consensus::roundSettings(db, roundId);
    if (!settings)
        return R::failure(settings.error());

    // Only applications found 符合 in 資格文件審查 go to the members (004 陸、作業流程).
    auto screened = screening::ScreeningStore(db).decisions(roundId);
    if (!screened)
        return R::failure(screened.error());

    ExportReport report;
    report.packageId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    BundleWriter writer(packageFormat(), packageVersion);
    writer.add(QStringLiteral("rubric.json"), rubric->json());
    QJsonArray listed;
    for (const Assignment& a : *assignments) {
        if (a.reviewerId != reviewerId)
            continue;
        // Conflicts are checked again now: the member's declarations may have changed since assignment.
        auto found = reviewers.conflictsOf(reviewerId, a.applicationId);
        if (!found)
            return R::failure(found.error());
        if ((!found->isEmpty() && a.overrideReason.isEmpty()) || !a.declaredConflict.isEmpty()) {
            QStringList what;
            for (const conflicts::Conflict& c : *found)
                what << conflicts::describe(c);
            if (!a.declaredConflict.isEmpty())
                what << QCoreApplication::translate("ReviewPackage", "declared by the member: %1")
                            .arg(a.declaredConflict);
            report.leftOut.append({a.applicationId, what.join(QStringLiteral("；"))});
            continue;
        }
        if (const screening::Decision d = screened->value(a.applicationId); !d.goesOn()) {
            report.leftOut.append(
                {a.applicationId, QCoreApplication::translate("ReviewPackage", "screening (資格文件審查): %1 — %2")
                                      .arg(screening::outcomeName(d.outcome), d.why())});
            continue;
        }
        auto record = applications.application(a.applicationId);
        if (!record)
            return R::failure(record.error());
        auto data = recordJson(db, *record);
        if (!data)
            return R::failure(data.error());
        const QString folder = folderOf(a.applicationId);
        auto applicationJson = applicationJsonForMembers(*record);
        if (!applicationJson)
            return R::failure(applicationJson.error());
        writer.add(folder + QStringLiteral("application.json"), *applicationJson);
        writer.add(folder + QStringLiteral("record.json"), QJsonDocument(*data).toJson(QJsonDocument::Compact));
        for (const DocumentRecord& doc : record->documents) {
            if (secretariatOnly(doc))
                continue;
            if (auto added = writer.addFile(folder + QStringLiteral("documents/%1.pdf").arg(doc.sha256),
                                            blobs.pathFor(doc.sha256));
                !added)
                return R::failure(QCoreApplication::translate(
                                      "ReviewPackage", "The document %1 of %2 cannot be read from the workspace: %3")
                                      .arg(doc.fileName, record->summary.applicantName, added.error()));
        }
        listed.append(QJsonObject{{QStringLiteral("id"), a.applicationId},
                                  {QStringLiteral("ubn"), record->summary.ubn},
                                  {QStringLiteral("applicant"), record->summary.applicantName},
                                  {QStringLiteral("title"), record->summary.title},
                                  {QStringLiteral("folder"), folder},
                                  {QStringLiteral("override_reason"), a.overrideReason}});
        report.applications.append(a.applicationId);
    }
    if (report.applications.isEmpty())
        return R::failure(
            QCoreApplication::translate("ReviewPackage", "%1 has no application to review in round \"%2\".")
                .arg(member->name, round->name));

    writer.setManifest(QJsonObject{
        {QStringLiteral("package_id"), report.packageId},
        {QStringLiteral("workspace_id"), *workspaceId},
        {QStringLiteral("created_at"), sql::now()},
        {QStringLiteral("created_by"), QStringLiteral("ReviewDesk " REVIEWDESK_VERSION)},
        {QStringLiteral("round"), QJsonObject{{QStringLiteral("id"), roundId},
                                              {QStringLiteral("name"), round->name},
                                              {QStringLiteral("program"), round->program},
                                              {QStringLiteral("ruleset"), round->ruleset}}},
        {QStringLiteral("rubric"), QJsonObject{{QStringLiteral("id"), rubric->id()},
                                               {QStringLiteral("version"), rubric->version()},
                                               {QStringLiteral("sha256"), rubric->sha256()},
                                               {QStringLiteral("file"), QStringLiteral("rubric.json")}}},
        {QStringLiteral("reviewer"), QJsonObject{{QStringLiteral("id"), reviewerId},
                                                 {QStringLiteral("name"), member->name},
                                                 {QStringLiteral("organization"), member->organization},
                                                 {QStringLiteral("title"), member->title},
                                                 {QStringLiteral("email"), member->email},
                                                 {QStringLiteral("external"), member->external}}},
        {QStringLiteral("applications"), listed},
        {QStringLiteral("signing"), QJsonObject{{QStringLiteral("certificate_sha256"), *certificate},
                                                {QStringLiteral("unsigned_allowed"), settings->unsignedReturns},
                                                {QStringLiteral("time_stamping"), settings->timeStampUrl}}},
    });
    auto written = writer.finish(zipPath);
    if (!written)
        return R::failure(written.error());
    report.fileSha256 = *written;

    QJsonArray ids;
    for (qint64 id : report.applications)
        ids.append(id);
    // The package and its export event together: the event is the earliest time a sheet answering the
    // package can have been signed.
    sql::Transaction transaction(db);
    if (!transaction.active())
        return R::failure(transaction.error());
    auto recorded = sql::exec(
        db,
        QStringLiteral("INSERT INTO packages(id, round_id, reviewer_id, applications, file_sha256,"
                       " created_at) VALUES (?, ?, ?, ?, ?, ?)"),
        {report.packageId, roundId, reviewerId, QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)),
         report.fileSha256, sql::now()});
    if (!recorded)
        return R::failure(recorded.error());
    if (auto logged = audit::record(db, QStringLiteral("package-export"),
                                    QStringLiteral("package:%1").arg(report.packageId), roundId,
                                    {{QStringLiteral("reviewer"), reviewerId},
                                     {QStringLiteral("file_sha256"), report.fileSha256},
                                     {QStringLiteral("applications"), ids}});
        !logged)
        return R::failure(logged.error());
    if (auto committed = transaction.commit(); !committed)
        return R::failure(committed.error());
    return report;
}

Result<QList<MemberExport>> exportAll(const QSqlDatabase& db, const BlobStore& blobs, qint64 roundId,
                                      const QString& folder, const std::atomic_bool* cancelled)
{
    using R = Result<QList<MemberExport>>;
    ReviewerStore reviewers(db);
    auto pool = reviewers.reviewers();
    auto assignments = reviewers.assignments(roundId);
    auto round = ApplicationStore(db).round(roundId);
    if (!pool || !assignments || !round)
        return R::failure(!pool ? pool.error() : !assignments ? assignments.error() : round.error());
    if (!QDir().mkpath(folder))
        return R::failure(QCoreApplication::translate("ReviewPackage", "cannot create the folder %1").arg(folder));
    QList<MemberExport> exports;
    for (const Reviewer& member : *pool) {
        if (cancelled && *cancelled)
            break;
        if (std::none_of(assignments->cbegin(), assignments->cend(),
                         [&](const Assignment& a) { return a.reviewerId == member.id; }))
            continue;
        // Names a Windows colleague can open too: no path separators, reserved characters or spaces.
        QString name = QStringLiteral("%1-%2-%3.rdpkg").arg(round->name, member.name).arg(member.id);
        name.replace(QRegularExpression(QStringLiteral(R"([\\/:*?"<>|\s]+)")), QStringLiteral("_"));
        auto inFolder = text::pathInFolder(folder, name);
        if (!inFolder)
            return R::failure(inFolder.error());
        const QString path = *inFolder;
        exports.append({member.id, member.name, path, exportPackage(db, blobs, roundId, member.id, path)});
    }
    return exports;
}

namespace {

// Fills a new reviewer workspace from a verified package.
Status populate(Workspace& workspace, const Bundle& bundle)
{
    const QSqlDatabase db = workspace.db();
    const QJsonObject manifest = bundle.manifest();
    ApplicationStore store(db);

    auto rubricBytes = bundle.read(QStringLiteral("rubric.json"));
    if (!rubricBytes)
        return Status::from(rubricBytes);
    auto rubric = Rubric::fromJson(*rubricBytes, QStringLiteral("rubric.json"));
    if (!rubric)
        return Status::from(rubric);
    if (rubric->sha256() !=
        manifest.value(QStringLiteral("rubric")).toObject().value(QStringLiteral("sha256")).toString())
        return Status::failure(
            QCoreApplication::translate("ReviewPackage", "The package's rubric is not the one its manifest names."));

    const QJsonObject roundJson = manifest.value(QStringLiteral("round")).toObject();
    auto roundId = store.createRound(roundJson.value(QStringLiteral("name")).toString(),
                                     roundJson.value(QStringLiteral("program")).toString(),
                                     roundJson.value(QStringLiteral("ruleset")).toString());
    if (!roundId)
        return Status::from(roundId);
    if (auto frozen = store.freezeRubric(*roundId, *rubric); !frozen)
        return frozen;

    const QJsonObject r = manifest.value(QStringLiteral("reviewer")).toObject();
    Reviewer reviewer{0,
                      r.value(QStringLiteral("name")).toString(),
                      r.value(QStringLiteral("organization")).toString(),
                      r.value(QStringLiteral("title")).toString(),
                      r.value(QStringLiteral("email")).toString(),
                      r.value(QStringLiteral("external")).toBool(true),
                      {},
                      {}};
    ReviewerStore reviewers(db);
    auto reviewerId = reviewers.add(reviewer);
    if (!reviewerId)
        return Status::from(reviewerId);
    if (auto origin = sql::exec(db, QStringLiteral("UPDATE reviewers SET origin_id = ? WHERE id = ?"),
                                {r.value(QStringLiteral("id")).toInteger(), *reviewerId});
        !origin)
        return Status::from(origin);

    for (const QJsonValue& value : manifest.value(QStringLiteral("applications")).toArray()) {
        const QJsonObject entry = value.toObject();
        const QString folder = entry.value(QStringLiteral("folder")).toString();
        auto dossierBytes = bundle.read(folder + QStringLiteral("application.json"));
        if (!dossierBytes)
            return Status::from(dossierBytes);
        auto recordBytes = bundle.read(folder + QStringLiteral("record.json"));
        if (!recordBytes)
            return Status::from(recordBytes);
        const QJsonObject record = QJsonDocument::fromJson(*recordBytes).object();

        ParsedDossier parsed;
        parsed.sourcePath = bundle.zipPath();
        auto dossier = DossierReader::parse(*dossierBytes, folder + QStringLiteral("application.json"));
        if (!dossier)
            return Status::from(dossier);
        parsed.dossier = *dossier;
        for (const QJsonValue& line : record.value(QStringLiteral("budget")).toArray())
            parsed.budget.lines.append(lineFromJson(line.toObject()));
        if (record.contains(QStringLiteral("budget_stated_total")))
            parsed.budget.stated = lineFromJson(record.value(QStringLiteral("budget_stated_total")).toObject());
        for (const QJsonValue& d : record.value(QStringLiteral("documents")).toArray()) {
            const QJsonObject doc = d.toObject();
            ParsedDocument document;
            document.fileName = doc.value(QStringLiteral("file_name")).toString();
            document.type = doc.value(QStringLiteral("type")).toString();
            document.sha256 = doc.value(QStringLiteral("sha256")).toString();
            document.readable = doc.value(QStringLiteral("readable")).toBool();
            document.problem = doc.value(QStringLiteral("problem")).toString();
            for (const QJsonValue& page : doc.value(QStringLiteral("pages")).toArray())
                document.pages.append(page.toString());
            for (const QJsonValue& recognisedPage : doc.value(QStringLiteral("recognised")).toArray()) {
                const QJsonObject read = recognisedPage.toObject();
                const auto words = ocr::wordsFromJson(
                    QJsonDocument(read.value(QStringLiteral("words")).toArray()).toJson(QJsonDocument::Compact));
                const int page = read.value(QStringLiteral("page")).toInt();
                if (!words || page < 1 || page > document.pages.size())
                    return Status::failure(QCoreApplication::translate(
                                               "ReviewPackage", "The package's OCR text of %1, page %2, is damaged.")
                                               .arg(document.fileName)
                                               .arg(page));
                document.recognised.append({page, read.value(QStringLiteral("confidence")).toDouble(), *words});
            }
            auto path = bundle.filePath(folder + QStringLiteral("documents/%1.pdf").arg(document.sha256));
            if (!path)
                return Status::from(path);
            auto stored = workspace.blobs().putFile(*path);
            if (!stored)
                return Status::from(stored);
            if (stored->sha256 != document.sha256)
                return Status::failure(QCoreApplication::translate(
                                           "ReviewPackage", "The package's copy of %1 is not the document it names.")
                                           .arg(document.fileName));
            document.size = stored->size;
            parsed.documents.append(document);
        }
        auto applicationId = store.insert(*roundId, parsed, 0);
        if (!applicationId)
            return Status::from(applicationId);
        if (auto origin = sql::exec(db, QStringLiteral("UPDATE applications SET origin_id = ? WHERE id = ?"),
                                    {entry.value(QStringLiteral("id")).toInteger(), *applicationId});
            !origin)
            return Status::from(origin);
        // A package carries only applications the secretariat found 符合; the member's copy says so.
        if (auto screened = screening::ScreeningStore(db).recordSecretariatEligible(*applicationId); !screened)
            return screened;
        if (auto assigned = reviewers.assign(*applicationId, *reviewerId,
                                             entry.value(QStringLiteral("override_reason")).toString());
            !assigned)
            return assigned;
        PreliminaryOpinions opinions(db);
        for (const QJsonValue& o : record.value(QStringLiteral("preliminary_opinions")).toArray()) {
            const QJsonObject op = o.toObject();
            PreliminaryOpinion opinion;
            opinion.criterion = op.value(QStringLiteral("criterion")).toString();
            opinion.meets = meetsFromKey(op.value(QStringLiteral("meets")).toString())
                                .value_or(PreliminaryOpinion::Meets::Unstated);
            opinion.opinion = op.value(QStringLiteral("opinion")).toString();
            if (auto set = opinions.set(*applicationId, opinion); !set)
                return set;
        }
    }
    if (auto findings = roundfindings::recompute(db, *roundId); !findings)
        return findings;
    for (const auto& [key, value] :
         {std::pair{meta::packageKey(), QString::fromUtf8(QJsonDocument(manifest).toJson(QJsonDocument::Compact))},
          std::pair{meta::reviewerKey(), QString::number(*reviewerId)},
          std::pair{meta::roundKey(), QString::number(*roundId)}}) {
        if (auto set = meta::setValue(db, key, value); !set)
            return set;
    }
    return {};
}

} // namespace

Result<std::unique_ptr<Workspace>> importPackage(const QString& zipPath, const QString& folder)
{
    using R = Result<std::unique_ptr<Workspace>>;
    auto bundle = Bundle::open(zipPath, packageFormat(), packageVersion,
                               QCoreApplication::translate("ReviewPackage", "ReviewDesk reviewer package"));
    if (!bundle)
        return R::failure(bundle.error());
    const bool existed = QFileInfo::exists(folder);
    auto created = Workspace::create(folder);
    if (!created)
        return created;
    std::unique_ptr<Workspace> workspace = std::move(created).value();
    if (auto populated = populate(*workspace, **bundle); !populated) {
        workspace.reset();
        // Only what create() made is removed: the folder was empty or missing.
        QDir dir(folder);
        if (existed) {
            for (const QString& entry : dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
                QFileInfo(dir.filePath(entry)).isDir() ? QDir(dir.filePath(entry)).removeRecursively()
                                                       : QFile::remove(dir.filePath(entry));
        } else {
            dir.removeRecursively();
        }
        return R::failure(
            QCoreApplication::translate("ReviewPackage", "%1 cannot be opened: %2").arg(zipPath, populated.error()));
    }
    return R(std::move(workspace));
}

Result<std::optional<ReviewerContext>> reviewerContext(const QSqlDatabase& db)
{
    using R = Result<std::optional<ReviewerContext>>;
    auto manifest = meta::value(db, meta::packageKey());
    if (!manifest)
        return R::failure(manifest.error());
    if (manifest->isEmpty())
        return std::optional<ReviewerContext>();
    ReviewerContext context;
    context.manifest = QJsonDocument::fromJson(manifest->toUtf8()).object();
    context.reviewerId = meta::value(db, meta::reviewerKey()).value().toLongLong();
    context.roundId = meta::value(db, meta::roundKey()).value().toLongLong();
    return std::optional<ReviewerContext>(context);
}

} // namespace rd::package
