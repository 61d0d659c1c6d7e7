// Reviewer packages and score returns, end to end: export → import as a reviewer workspace → score →
// return → secretariat import; and every way a file can be wrong: tampered, foreign, newer, for another
// reviewer, a second return without confirmation.
#include "TestSupport.h"

#include "models/audit/AuditTrail.h"

#include "models/consensus/RoundData.h"
#include "models/core/OcrText.h"
#include "models/dossier/DossierReader.h"
#include "models/package/ReviewPackage.h"
#include "models/package/ScoreReturn.h"
#include "models/review/PreliminaryOpinions.h"
#include "models/review/ReviewerStore.h"
#include "models/review/ScoreSheetStore.h"
#include "models/search/SearchIndex.h"
#include "models/sql/Sql.h"
#include "models/zip/SafeZip.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace rd;

namespace {

QMap<QString, QByteArray> readZip(const QString& path)
{
    return SafeZip::readAll(path, ZipLimits()).value();
}

// Copies a ZIP, letting `change` edit its manifest and entries.
QString rewritten(const QString& source, const QString& target,
                  const std::function<void(QJsonObject&, QMap<QString, QByteArray>&)>& change)
{
    QMap<QString, QByteArray> entries = readZip(source);
    QJsonObject manifest = QJsonDocument::fromJson(entries.value(QStringLiteral("manifest.json"))).object();
    change(manifest, entries);
    entries.insert(QStringLiteral("manifest.json"), QJsonDocument(manifest).toJson());
    test::writeZip(target, entries);
    return target;
}

void score(ScoreSheetStore& store, qint64 sheetId, double innovation)
{
    const QList<QPair<QString, double>> scores = {{QStringLiteral("innovation"), innovation},
                                                  {QStringLiteral("cooperation"), 8},
                                                  {QStringLiteral("cloud_service"), 25},
                                                  {QStringLiteral("feasibility"), 24},
                                                  {QStringLiteral("benefits"), 12}};
    for (const auto& [item, value] : scores) {
        QVERIFY(store.apply(sheetId, {SheetEdit::Field::Score, item, value}).ok());
        QVERIFY(store.apply(sheetId, {SheetEdit::Field::Comment, item, QStringLiteral("說明充分")}).ok());
    }
    const Rubric expert = Rubric::load(QStringLiteral("digitalplus-2025-expert")).value();
    for (const ChecklistItem& check : expert.checklist())
        QVERIFY(store.apply(sheetId, {SheetEdit::Field::Mark, check.id, QStringLiteral("pass")}).ok());
    QVERIFY(store.apply(sheetId, {SheetEdit::Field::OverallComment, {}, QStringLiteral("建議補充維運人力")}).ok());
    QVERIFY(store.apply(sheetId, {SheetEdit::Field::Recommendation, {}, QStringLiteral("approve_with_changes")}).ok());
    auto complete = store.setComplete(sheetId, true);
    QVERIFY2(complete.ok(), qPrintable(complete.error()));
}

// The reviewer workspace's id of an application, found by its title.
qint64 byTitle(const QList<ApplicationSummary>& apps, const QString& title)
{
    for (const ApplicationSummary& a : apps)
        if (a.title == title)
            return a.id;
    qFatal("no application %s", qPrintable(title));
}

} // namespace

class TestPackage : public QObject
{
    Q_OBJECT

    // The secretariat: three applications; 林孟儒 reviews all three, 吳承翰 only the two he has no conflict with.
    std::unique_ptr<test::TempWorkspace> m_office;
    QList<qint64> m_apps;
    qint64 m_lin = 0;
    qint64 m_wu = 0;
    QTemporaryDir m_files;

    QString file(const QString& name) const { return m_files.filePath(name); }

    // A reviewer workspace for 林孟儒 with all three sheets done (the third a declared conflict), and its return.
    QString reviewerReturn(const QString& name, double innovation)
    {
        const QString packagePath = file(name + QStringLiteral(".rdpkg"));
        auto exported = package::exportPackage(m_office->workspace->db(), m_office->workspace->blobs(),
                                               m_office->roundId, m_lin, packagePath);
        if (!exported)
            qFatal("export: %s", qPrintable(exported.error()));
        auto reviewerWs = package::importPackage(packagePath, file(name + QStringLiteral("-ws")));
        if (!reviewerWs)
            qFatal("import: %s", qPrintable(reviewerWs.error()));
        const auto context = package::reviewerContext((*reviewerWs)->db()).value().value();
        ScoreSheetStore sheets((*reviewerWs)->db());
        const auto apps = ApplicationStore((*reviewerWs)->db()).applications(context.roundId).value();
        score(sheets, sheets.open(byTitle(apps, QStringLiteral("甲計畫")), context.reviewerId)->id, innovation);
        score(sheets, sheets.open(byTitle(apps, QStringLiteral("乙計畫")), context.reviewerId)->id, innovation);
        // Once declared in a return, the conflict keeps the application out of later packages.
        const bool declaredBefore = std::none_of(apps.cbegin(), apps.cend(), [](const ApplicationSummary& a) {
            return a.title == QStringLiteral("丙計畫");
        });
        if (!declaredBefore &&
            !sheets.declareConflict(sheets.open(byTitle(apps, QStringLiteral("丙計畫")), context.reviewerId)->id,
                                    QStringLiteral("曾任該公司顧問")))
            qFatal("conflict");
        const QString returnPath = file(name + QStringLiteral(".rdret"));
        auto returned = scorereturn::exportReturn((*reviewerWs)->db(), returnPath);
        if (!returned)
            qFatal("return: %s", qPrintable(returned.error()));
        return returnPath;
    }

private Q_SLOTS:
    void init()
    {
        m_office = std::make_unique<test::TempWorkspace>();
        test::freezeRubric(*m_office);
        test::acceptUnsignedReturns(*m_office);
        QJsonObject conflicted = test::validApplication(QStringLiteral("22099131"), QStringLiteral("乙計畫"));
        conflicted.insert(QStringLiteral("recusal_requests"),
                          QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("吳承翰")},
                                                 {QStringLiteral("organization"), QStringLiteral("資訊工業策進會")}}});
        m_apps = {test::addApplicationWithDocument(
                      *m_office, test::validApplication(QStringLiteral("04595257"), QStringLiteral("甲計畫")),
                      QStringLiteral("雲端進銷存系統導入規劃")),
                  test::addApplicationWithDocument(*m_office, conflicted, QStringLiteral("智慧製造排程")),
                  test::addApplicationWithDocument(
                      *m_office, test::validApplication(QStringLiteral("10000073"), QStringLiteral("丙計畫")),
                      QStringLiteral("顧客關係管理"))};
        ReviewerStore reviewers(m_office->workspace->db());
        m_lin = reviewers
                    .add({0,
                          QStringLiteral("林孟儒"),
                          QStringLiteral("國立清華大學"),
                          QStringLiteral("教授"),
                          {},
                          true,
                          {},
                          {}})
                    .value();
        m_wu =
            reviewers.add({0, QStringLiteral("吳承翰"), QStringLiteral("財團法人資訊工業策進會"), {}, {}, true, {}, {}})
                .value();
        for (qint64 app : m_apps)
            QVERIFY(reviewers.assign(app, m_lin).ok());
        QVERIFY(reviewers.assign(m_apps[0], m_wu).ok());
        QVERIFY(reviewers.assign(m_apps[2], m_wu).ok());
        QVERIFY(
            PreliminaryOpinions(m_office->workspace->db())
                .set(
                    m_apps[0],
                    {QStringLiteral("innovation"), PreliminaryOpinion::Meets::Partly, QStringLiteral("創新性普通"), {}})
                .ok());
    }

    void aPackageHoldsOnlyThatReviewersApplications()
    {
        const QString path = file(QStringLiteral("wu.rdpkg"));
        auto exported = package::exportPackage(m_office->workspace->db(), m_office->workspace->blobs(),
                                               m_office->roundId, m_wu, path);
        QVERIFY2(exported.ok(), qPrintable(exported.error()));
        QCOMPARE(exported->applications, (QList<qint64>{m_apps[0], m_apps[2]}));

        const QMap<QString, QByteArray> entries = readZip(path);
        const QByteArray everything = [&] {
            QByteArray all;
            for (const QByteArray& e : entries)
                all += e;
            return all;
        }();
        QVERIFY(!everything.contains(QStringLiteral("乙計畫").toUtf8()));
        QVERIFY(!everything.contains(QStringLiteral("林孟儒").toUtf8()));
        QVERIFY(!entries.contains(QStringLiteral("applications/%1/application.json").arg(m_apps[1])));
        const QJsonObject manifest = QJsonDocument::fromJson(entries.value(QStringLiteral("manifest.json"))).object();
        QCOMPARE(manifest.value(QStringLiteral("format")).toString(), QStringLiteral("reviewdesk.package"));
        // Every entry but the manifest is listed with its SHA-256.
        QCOMPARE(manifest.value(QStringLiteral("files")).toObject().size(), entries.size() - 1);

        // A member whose declarations changed after assignment: the conflicted application is left out.
        QVERIFY(sql::exec(m_office->workspace->db(),
                          QStringLiteral("UPDATE reviewers SET declared_ubns = '[\"10000073\"]' WHERE id = ?"), {m_wu})
                    .ok());
        auto again = package::exportPackage(m_office->workspace->db(), m_office->workspace->blobs(), m_office->roundId,
                                            m_wu, path);
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(again->applications, QList<qint64>{m_apps[0]});
        QCOMPARE(again->leftOut.size(), 1);
        QCOMPARE(again->leftOut.first().first, m_apps[2]);
    }

    // A scanned page's OCR text goes into the member's package with its confidence and word boxes, so the
    // member's search marks the words where they were read, as the secretariat's does.
    void aScannedPageTravelsWithItsWordBoxes()
    {
        const QList<ocr::Word> words = {{QRectF(0.1, 0.2, 0.2, 0.03), QStringLiteral("營業收入"), 93},
                                        {QRectF(0.6, 0.2, 0.1, 0.03), QStringLiteral("12,345"), 90}};
        QVERIFY(sql::exec(m_office->workspace->db(),
                          QStringLiteral("UPDATE pages SET kind = 'ocr', ocr_confidence = 91.5, ocr_words = ?,"
                                         " text = '營業收入 12,345' WHERE document_id ="
                                         " (SELECT id FROM documents WHERE application_id = ?)"),
                          {QString::fromUtf8(ocr::wordsToJson(words)), m_apps[0]})
                    .ok());
        const QString path = file(QStringLiteral("lin-ocr.rdpkg"));
        auto exported = package::exportPackage(m_office->workspace->db(), m_office->workspace->blobs(),
                                               m_office->roundId, m_lin, path);
        QVERIFY2(exported.ok(), qPrintable(exported.error()));
        auto reviewerWs = package::importPackage(path, file(QStringLiteral("lin-ocr-ws")));
        QVERIFY2(reviewerWs.ok(), qPrintable(reviewerWs.error()));
        const QSqlDatabase db = (*reviewerWs)->db();
        auto hits = search::find(db, 0, QStringLiteral("12,345"));
        QVERIFY(hits.ok());
        QCOMPARE(hits->size(), 1);
        QVERIFY(hits->first().ocr);
        QCOMPARE(hits->first().ocrConfidence, 91.5);
        auto boxes = search::ocrBoxes(db, hits->first().documentId, 1, QStringLiteral("12,345"));
        QVERIFY(boxes.ok());
        QCOMPARE(*boxes, QList<QRectF>{QRectF(0.6, 0.2, 0.1, 0.03)});
    }

    // 建議迴避之人員清單 — names of people and why the applicant wants them kept out — is the secretariat's, to
    // assign by: no member's package carries it, neither in application.json nor as the list's PDF.
    void recusalListsStayWithTheSecretariat()
    {
        QJsonObject application = test::validApplication(QStringLiteral("12345675"), QStringLiteral("丁計畫"));
        application.insert(QStringLiteral("recusal_requests"),
                           QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("吳承翰")},
                                                  {QStringLiteral("organization"), QStringLiteral("資策會")},
                                                  {QStringLiteral("reason"), QStringLiteral("為競爭廠商之技術顧問")}}});
        const qint64 app = test::addApplicationWithDocuments(
            *m_office, application,
            {{QStringLiteral("proposal"), QStringLiteral("雲端進銷存")},
             {QStringLiteral("recusal_list"), QStringLiteral("建議迴避之人員清單 吳承翰 為競爭廠商之技術顧問")}});
        QString listSha;
        const ApplicationRecord stored = m_office->store().application(app).value();
        for (const DocumentRecord& d : stored.documents)
            if (d.type == QLatin1String("recusal_list"))
                listSha = d.sha256;
        QVERIFY(!listSha.isEmpty());
        QVERIFY(ReviewerStore(m_office->workspace->db()).assign(app, m_lin).ok());

        const QString path = file(QStringLiteral("lin-recusal.rdpkg"));
        auto exported = package::exportPackage(m_office->workspace->db(), m_office->workspace->blobs(),
                                               m_office->roundId, m_lin, path);
        QVERIFY2(exported.ok(), qPrintable(exported.error()));
        QVERIFY(exported->applications.contains(app));
        const QMap<QString, QByteArray> entries = readZip(path);
        for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
            QVERIFY2(!it.value().contains(QStringLiteral("吳承翰").toUtf8()), qPrintable(it.key()));
            QVERIFY2(!it.value().contains("recusal_requests"), qPrintable(it.key()));
            QVERIFY2(!it.key().contains(listSha), qPrintable(it.key()));
        }
        // The rest of the application travels as before.
        const QJsonObject sent =
            QJsonDocument::fromJson(entries.value(QStringLiteral("applications/%1/application.json").arg(app)))
                .object();
        QCOMPARE(sent.value(QStringLiteral("proposal")).toObject().value(QStringLiteral("title")).toString(),
                 QStringLiteral("丁計畫"));
        auto reviewerWs = package::importPackage(path, file(QStringLiteral("lin-recusal-ws")));
        QVERIFY2(reviewerWs.ok(), qPrintable(reviewerWs.error()));
    }

    void theWholeRoundTrip()
    {
        const QString packagePath = file(QStringLiteral("lin.rdpkg"));
        QVERIFY(package::exportPackage(m_office->workspace->db(), m_office->workspace->blobs(), m_office->roundId,
                                       m_lin, packagePath)
                    .ok());
        auto reviewerWs = package::importPackage(packagePath, file(QStringLiteral("lin-ws")));
        QVERIFY2(reviewerWs.ok(), qPrintable(reviewerWs.error()));
        const QSqlDatabase db = (*reviewerWs)->db();
        const auto context = package::reviewerContext(db).value();
        QVERIFY(context);
        const auto apps = ApplicationStore(db).applications(context->roundId).value();
        QCOMPARE(apps.size(), 3);
        // The documents came along, verified, and their text is searchable offline.
        const qint64 first = byTitle(apps, QStringLiteral("甲計畫"));
        const qint64 second = byTitle(apps, QStringLiteral("乙計畫"));
        const qint64 third = byTitle(apps, QStringLiteral("丙計畫"));
        const auto record = ApplicationStore(db).application(first).value();
        QCOMPARE(record.documents.size(), 1);
        QVERIFY((*reviewerWs)->blobs().verify(record.documents[0].sha256));
        QCOMPARE(search::find(db, context->roundId, QStringLiteral("進銷存"))->size(), 1);
        QCOMPARE(PreliminaryOpinions(db).of(first)->first().opinion, QStringLiteral("創新性普通"));
        // The reviewer cannot issue packages from their copy.
        QVERIFY(!package::exportPackage((*reviewerWs)->db(), (*reviewerWs)->blobs(), context->roundId,
                                        context->reviewerId, file(QStringLiteral("x"))));

        ScoreSheetStore sheets(db);
        score(sheets, sheets.open(first, context->reviewerId)->id, 13);
        // One sheet still a draft: not returned, and said so.
        QVERIFY(sheets
                    .apply(sheets.open(second, context->reviewerId)->id,
                           {SheetEdit::Field::Score, QStringLiteral("innovation"), 9})
                    .ok());
        QVERIFY(sheets.declareConflict(sheets.open(third, context->reviewerId)->id, QStringLiteral("親屬任職")).ok());
        const QString returnPath = file(QStringLiteral("lin.rdret"));
        auto returned = scorereturn::exportReturn((*reviewerWs)->db(), returnPath);
        QVERIFY2(returned.ok(), qPrintable(returned.error()));
        QCOMPARE(returned->sheets, 2);
        QCOMPARE(returned->notReturned, QStringList{QStringLiteral("22099131 乙計畫")});
        const QMap<QString, QByteArray> entries = readZip(returnPath);
        QVERIFY(entries.value(QStringLiteral("sheets/%1.pdf").arg(m_apps[0])).startsWith("%PDF"));
        QVERIFY(!entries.contains(QStringLiteral("notes.json"))); // notes stay private unless chosen

        // The secretariat imports it.
        auto preview = scorereturn::inspect(m_office->workspace->db(), returnPath);
        QVERIFY2(preview.ok(), qPrintable(preview.error()));
        QCOMPARE(preview->reviewerId, m_lin);
        QCOMPARE(preview->sheets, 2);
        QCOMPARE(preview->conflicts, 1);
        QCOMPARE(preview->previousReturnId, 0);
        auto imported = scorereturn::import(m_office->workspace->db(), m_office->workspace->blobs(), *preview, false);
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        ScoreSheetStore office(m_office->workspace->db());
        const auto got = office.find(m_apps[0], m_lin).value();
        QVERIFY(got);
        QCOMPARE(got->state, ScoreSheet::State::Complete);
        QCOMPARE(*got->entry(QStringLiteral("innovation")).score, 13.0);
        QCOMPARE(got->recommendation, QStringLiteral("approve_with_changes"));
        QCOMPARE(office.find(m_apps[2], m_lin).value()->state, ScoreSheet::State::Conflict);
        const auto assignments = ReviewerStore(m_office->workspace->db()).assignments(m_office->roundId).value();
        QVERIFY(std::any_of(assignments.cbegin(), assignments.cend(), [&](const Assignment& a) {
            return a.applicationId == m_apps[2] && a.reviewerId == m_lin &&
                   a.declaredConflict == QStringLiteral("親屬任職");
        }));
        // The printed sheet is kept and survives the blob sweep on reopen.
        const QString pdfSha =
            sql::scalar(m_office->workspace->db(),
                        QStringLiteral("SELECT pdf_sha256 FROM returned_sheets WHERE application_id = ?"), {m_apps[0]})
                ->toString();
        QVERIFY(m_office->workspace->collectGarbage().ok());
        QVERIFY(m_office->workspace->blobs().verify(pdfSha));

        // The compilation counts the returned sheet, not the member who declared a conflict.
        const auto data = consensus::loadRound(m_office->workspace->db(), m_office->roundId).value();
        const auto results = consensus::compile(data.applications, data.criteria, {});
        for (const consensus::ApplicationResult& r : results) {
            if (r.applicationId == m_apps[0]) {
                QCOMPARE(r.counted, QList<qint64>{m_lin});
                QCOMPARE(r.mean, 82.0); // 13 + 8 + 25 + 24 + 12
            } else if (r.applicationId == m_apps[2]) {
                QVERIFY(r.counted.isEmpty());
                QVERIFY(std::none_of(r.flags.cbegin(), r.flags.cend(), [&](const consensus::Flag& f) {
                    return f.reviewerId == m_lin; // declared: neither counted nor missing
                }));
            }
        }
    }

    void aSecondReturnReplacesTheFirstOnlyWhenConfirmed()
    {
        const QString first = reviewerReturn(QStringLiteral("first"), 10);
        QVERIFY(scorereturn::import(m_office->workspace->db(), m_office->workspace->blobs(),
                                    scorereturn::inspect(m_office->workspace->db(), first).value(), false)
                    .ok());
        const QString second = reviewerReturn(QStringLiteral("second"), 14);
        auto preview = scorereturn::inspect(m_office->workspace->db(), second);
        QVERIFY2(preview.ok(), qPrintable(preview.error()));
        QVERIFY(preview->previousReturnId != 0);
        QCOMPARE(preview->sheets, 2); // 丙計畫, declared in the first return, was not in the second package
        auto unconfirmed =
            scorereturn::import(m_office->workspace->db(), m_office->workspace->blobs(), *preview, false);
        QVERIFY(!unconfirmed);
        QVERIFY2(unconfirmed.error().contains(QStringLiteral("confirm")), qPrintable(unconfirmed.error()));
        ScoreSheetStore office(m_office->workspace->db());
        QCOMPARE(*office.find(m_apps[0], m_lin).value()->entry(QStringLiteral("innovation")).score, 10.0);

        // 丙計畫's sheet is in the current return and not in the new one: it goes only when withdrawn with a reason.
        QCOMPARE(preview->dropped, QList<qint64>{m_apps[2]});
        auto silent = scorereturn::import(m_office->workspace->db(), m_office->workspace->blobs(), *preview, true);
        QVERIFY(!silent);
        QVERIFY2(silent.error().contains(QString::number(m_apps[2])), qPrintable(silent.error()));
        QCOMPARE(*office.find(m_apps[0], m_lin).value()->entry(QStringLiteral("innovation")).score, 10.0);
        QVERIFY(scorereturn::import(m_office->workspace->db(), m_office->workspace->blobs(), *preview, true,
                                    {{m_apps[2], QStringLiteral("委員已聲明迴避，不再評分")}})
                    .ok());
        QCOMPARE(*office.find(m_apps[0], m_lin).value()->entry(QStringLiteral("innovation")).score, 14.0);
        QCOMPARE(sql::scalar(m_office->workspace->db(),
                             QStringLiteral("SELECT reason FROM withdrawn_sheets WHERE application_id = ?"),
                             {m_apps[2]})
                     ->toString(),
                 QStringLiteral("委員已聲明迴避，不再評分"));
        QCOMPARE(
            audit::events(m_office->workspace->db(), {0, QStringLiteral("sheet-withdrawn"), {}, {}, {}, {}})->size(),
            1);
        // The first return again, now older than the current one: refused, whatever is confirmed.
        auto replayed = scorereturn::inspect(m_office->workspace->db(), first);
        QVERIFY(!replayed);
        QVERIFY2(replayed.error().contains(QStringLiteral("older return")), qPrintable(replayed.error()));
        const auto history = scorereturn::history(m_office->workspace->db(), m_office->roundId).value();
        QCOMPARE(history.size(), 2);
        QVERIFY(!history[0].replacedAt.isValid());
        QVERIFY(history[1].replacedAt.isValid());
        QCOMPARE(history[1].sheets, 3); // the first return's sheets are kept as they came
    }

    void alteredForeignNewerAndMisdirectedFilesAreRefused()
    {
        const QString good = reviewerReturn(QStringLiteral("good"), 11);
        const auto refusedWith = [&](const QString& path, const QString& expected) {
            auto preview = scorereturn::inspect(m_office->workspace->db(), path);
            QVERIFY2(!preview, qPrintable(path));
            QVERIFY2(preview.error().contains(expected), qPrintable(preview.error()));
        };

        // A score changed after the return was made.
        refusedWith(rewritten(good, file(QStringLiteral("tampered.rdret")),
                              [&](QJsonObject&, QMap<QString, QByteArray>& entries) {
                                  QByteArray& data = entries[QStringLiteral("sheets/%1.json").arg(m_apps[0])];
                                  data.replace("\"total\": 80", "\"total\": 99");
                                  data.replace("11", "15");
                              }),
                    QStringLiteral("altered"));
        // A file slipped in.
        refusedWith(rewritten(good, file(QStringLiteral("extra.rdret")),
                              [](QJsonObject&, QMap<QString, QByteArray>& entries) {
                                  entries.insert(QStringLiteral("sheets/999.json"), "{}");
                              }),
                    QStringLiteral("not listed"));
        // From another secretariat's package.
        refusedWith(rewritten(good, file(QStringLiteral("foreign.rdret")),
                              [](QJsonObject& manifest, QMap<QString, QByteArray>&) {
                                  manifest.insert(QStringLiteral("workspace_id"), QStringLiteral("0123456789abcdef"));
                              }),
                    QStringLiteral("another workspace"));
        // A newer format.
        refusedWith(rewritten(good, file(QStringLiteral("newer.rdret")),
                              [](QJsonObject& manifest, QMap<QString, QByteArray>&) {
                                  manifest.insert(QStringLiteral("version"), 2);
                              }),
                    QStringLiteral("newer ReviewDesk"));
        // 林孟儒's sheets presented as 吳承翰's return, answering 吳承翰's package.
        const QString wuPackage = file(QStringLiteral("wu.rdpkg"));
        const auto wu = package::exportPackage(m_office->workspace->db(), m_office->workspace->blobs(),
                                               m_office->roundId, m_wu, wuPackage)
                            .value();
        refusedWith(rewritten(good, file(QStringLiteral("misdirected.rdret")),
                              [&](QJsonObject& manifest, QMap<QString, QByteArray>&) {
                                  manifest.insert(QStringLiteral("package_id"), wu.packageId);
                                  QJsonObject reviewer = manifest.value(QStringLiteral("reviewer")).toObject();
                                  reviewer.insert(QStringLiteral("id"), m_wu);
                                  manifest.insert(QStringLiteral("reviewer"), reviewer);
                              }),
                    QStringLiteral("cannot be reused"));
        // A package is not a return, and a return is not a package.
        refusedWith(wuPackage, QStringLiteral("is not a ReviewDesk score return"));
        auto notPackage = package::importPackage(good, file(QStringLiteral("nope-ws")));
        QVERIFY(!notPackage);
        QVERIFY2(notPackage.error().contains(QStringLiteral("reviewer package")), qPrintable(notPackage.error()));
        QVERIFY(!QFileInfo::exists(file(QStringLiteral("nope-ws"))));

        // A tampered package is refused before any workspace is made.
        const QString altered = rewritten(
            wuPackage, file(QStringLiteral("altered.rdpkg")), [&](QJsonObject&, QMap<QString, QByteArray>& entries) {
                entries[QStringLiteral("rubric.json")].replace("\"weight\": 30", "\"weight\": 35");
            });
        auto refusedPackage = package::importPackage(altered, file(QStringLiteral("altered-ws")));
        QVERIFY(!refusedPackage);
        QVERIFY2(refusedPackage.error().contains(QStringLiteral("rubric.json")), qPrintable(refusedPackage.error()));
        QVERIFY(!QFileInfo::exists(file(QStringLiteral("altered-ws"))));
        // Nothing of the refused returns was stored.
        QCOMPARE(scorereturn::history(m_office->workspace->db(), m_office->roundId)->size(), 0);
    }
};

QTEST_MAIN(TestPackage)
#include "tst_package.moc"
