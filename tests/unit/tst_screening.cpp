#include "TestSupport.h"

#include "models/audit/AuditTrail.h"
#include "models/consensus/RoundData.h"
#include "models/importer/ImportJob.h"
#include "models/package/ReviewPackage.h"
#include "models/print/SupplementNotice.h"
#include "models/review/ReviewerStore.h"
#include "models/rules/FindingText.h"
#include "models/screening/RoundFindings.h"
#include "models/screening/Screening.h"
#include "models/search/SearchIndex.h"
#include "models/sql/Sql.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QtTest>

using namespace rd;
using screening::Outcome;
using screening::ScreeningStore;

namespace {

ImportReport importFolders(const test::TempWorkspace& ws, const QStringList& folders,
                           ImportJob::OnDuplicate onDuplicate = ImportJob::OnDuplicate::Refuse)
{
    ImportJob job(ws.workspace->location(), ws.roundId, folders);
    job.setOnDuplicate(onDuplicate);
    return job.run();
}

// A complete dossier whose 統一編號 and title are given; `withoutSlides` leaves the 簡報 out (an error finding
// a 補正 cures).
QString dossier(const QString& parent, const QString& ubn, const QString& title, bool withoutSlides)
{
    const QString folder = test::writeDossier(parent, test::validApplication(ubn, title));
    if (withoutSlides)
        for (const QString& name : QDir(folder).entryList({QStringLiteral("*簡報*")}, QDir::Files))
            QFile::remove(QDir(folder).filePath(name));
    return folder;
}

QStringList actions(const test::TempWorkspace& ws)
{
    QStringList list;
    for (const audit::Event& e : audit::events(ws.workspace->db()).value())
        list << e.action;
    return list;
}

} // namespace

class TestScreening : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::usePdfWorkerOfThisBuild(); }

    void anApplicationWithErrorsIsEligibleOnlyWithAReasonThatIsKept()
    {
        test::TempWorkspace ws;
        const ImportReport imported =
            importFolders(ws, {dossier(ws.dir.filePath(QStringLiteral("a")), QStringLiteral("04595257"),
                                       QStringLiteral("甲計畫"), true)});
        QCOMPARE(imported.imported.size(), 1);
        const qint64 id = imported.imported.first().applicationId;
        ScreeningStore store(ws.workspace->db());
        QCOMPARE(store.decision(id)->outcome, Outcome::Pending);

        const Status refused = store.declareEligible(id);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(FindingText::ruleName(QStringLiteral("documents.required"))),
                 qPrintable(refused.error())); // names the rule that stands in the way
        QCOMPARE(store.decision(id)->outcome, Outcome::Pending);

        QVERIFY(store.declareEligible(id, QStringLiteral("簡報於審查會議當日補呈（主席同意）")).ok());
        const screening::Decision d = store.decision(id).value();
        QCOMPARE(d.outcome, Outcome::Eligible);
        QCOMPARE(d.overridden, QStringList{QStringLiteral("documents.required")});
        QCOMPARE(d.reason, QStringLiteral("簡報於審查會議當日補呈（主席同意）"));
        QVERIFY(actions(ws).contains(QStringLiteral("screening-override")));
    }

    void aCleanApplicationIsEligibleWithoutAReason()
    {
        test::TempWorkspace ws;
        const ImportReport imported = importFolders(
            ws,
            {dossier(ws.dir.filePath(QStringLiteral("a")), QStringLiteral("04595257"), QStringLiteral("甲計畫"), false),
             dossier(ws.dir.filePath(QStringLiteral("b")), QStringLiteral("22099131"), QStringLiteral("乙計畫"),
                     true)});
        QCOMPARE(imported.imported.size(), 2);
        ScreeningStore store(ws.workspace->db());
        QCOMPARE(store.declareCleanEligible(ws.roundId).value(), 1); // the one without 簡報 waits
        const auto all = store.decisions(ws.roundId).value();
        int eligible = 0;
        for (const screening::Decision& d : all)
            eligible += d.outcome == Outcome::Eligible;
        QCOMPARE(eligible, 1);
        QCOMPARE(store.declareCleanEligible(ws.roundId).value(), 0); // nothing twice
    }

    void aSupplementNeedsItemsAndAFutureDeadlineAndLapsesIntoNotAccepted()
    {
        test::TempWorkspace ws;
        const qint64 id = test::addApplication(ws, QStringLiteral("04595257"), QStringLiteral("甲計畫"));
        ScreeningStore store(ws.workspace->db());
        const QDate today(2026, 12, 2);
        QVERIFY(!store.requestSupplement(id, {}, today.addDays(14), today).ok());
        QVERIFY(!store.requestSupplement(id, {QStringLiteral("補附簡報")}, today, today).ok()); // not after today
        QVERIFY(store.requestSupplement(id, {QStringLiteral("補附簡報"), QStringLiteral(" ")}, today.addDays(14), today)
                    .ok());

        // On the deadline it still stands; the day after, 屆期未補正 makes it 不予受理 (辦法第7條).
        screening::Decision d = store.decision(id, today.addDays(14)).value();
        QCOMPARE(d.outcome, Outcome::Supplement);
        QCOMPARE(d.items, QStringList{QStringLiteral("補附簡報")});
        d = store.decision(id, today.addDays(15)).value();
        QCOMPARE(d.outcome, Outcome::Rejected);
        QVERIFY(d.lapsed);
        QVERIFY(d.why().contains(today.addDays(14).toString(Qt::ISODate)));

        // The clerk extends it with a reason: it stands again until the new deadline.
        const QDate later = today.addDays(15);
        QVERIFY(!store.extend(id, today.addDays(21), {}, later).ok());
        QVERIFY(!store.extend(id, today.addDays(10), QStringLiteral("颱風停班"), later).ok()); // not later
        QVERIFY(store.extend(id, today.addDays(21), QStringLiteral("颱風停班，延長一週"), later).ok());
        d = store.decision(id, later).value();
        QCOMPARE(d.outcome, Outcome::Supplement);
        QCOMPARE(d.deadline, today.addDays(21));
        QCOMPARE(d.items, QStringList{QStringLiteral("補附簡報")});
        QVERIFY(actions(ws).contains(QStringLiteral("screening-extended")));

        QVERIFY(!store.reject(id, QStringLiteral("  ")).ok());
        QVERIFY(store.reject(id, QStringLiteral("補正後仍不完備")).ok());
        QCOMPARE(store.decision(id)->outcome, Outcome::Rejected);
        QVERIFY(!store.extend(id, today.addDays(40), QStringLiteral("x"), later).ok()); // nothing to extend
    }

    void theReviewPeriodRunsThreeMonthsFromCompleteDocumentsAndExtendsOnce()
    {
        test::TempWorkspace ws;
        const ImportReport first =
            importFolders(ws, {dossier(ws.dir.filePath(QStringLiteral("v1")), QStringLiteral("04595257"),
                                       QStringLiteral("甲計畫"), true)});
        const qint64 id = first.imported.first().applicationId;
        ScreeningStore store(ws.workspace->db());
        // Not complete yet: no clock, nothing to extend.
        QVERIFY(!store.decision(id)->reviewDue.isValid());
        QVERIFY(!store.extendSchedule(id, QStringLiteral("x")).ok());
        QVERIFY(store.requestSupplement(id, {QStringLiteral("補附簡報")}, QDate::currentDate().addDays(7)).ok());
        QVERIFY(!store.decision(id)->reviewDue.isValid());
        // The 補件 arrives as version 2, complete: the clock starts on its import day, 3 months.
        importFolders(ws,
                      {dossier(ws.dir.filePath(QStringLiteral("v2")), QStringLiteral("04595257"),
                               QStringLiteral("甲計畫"), false)},
                      ImportJob::OnDuplicate::Replace);
        QVERIFY(store.declareEligible(id).ok());
        const QDate today = QDate::currentDate();
        screening::Decision d = store.decision(id).value();
        QCOMPARE(d.documentsComplete, today);
        QCOMPARE(d.reviewDue, today.addMonths(3));
        QCOMPARE(d.daysLeft(today), today.daysTo(today.addMonths(3)));
        QVERIFY(!d.scheduleShort(today));
        QVERIFY(d.scheduleShort(today.addMonths(3).addDays(-14))); // 14 days left: short
        QVERIFY(!d.scheduleShort(today.addMonths(3).addDays(-15)));
        QVERIFY(d.daysLeft(today.addMonths(3).addDays(1)) < 0); // overdue
        // Extended once by a month, with a reason; not twice.
        QVERIFY(!store.extendSchedule(id, QStringLiteral(" ")).ok());
        QVERIFY(store.extendSchedule(id, QStringLiteral("申請企業補充陳述")).ok());
        d = store.decision(id).value();
        QVERIFY(d.scheduleExtended);
        QCOMPARE(d.reviewDue, today.addMonths(4));
        QVERIFY(!store.extendSchedule(id, QStringLiteral("再延一次")).ok());
        QVERIFY(actions(ws).contains(QStringLiteral("schedule-extended")));
    }

    void onlyEligibleApplicationsAreAssignedPackagedAndCompiled()
    {
        test::TempWorkspace ws;
        test::freezeRubric(ws);
        const qint64 eligible = test::addApplication(ws, QStringLiteral("04595257"), QStringLiteral("甲計畫"));
        const qint64 pending = test::addApplication(ws, QStringLiteral("22099131"), QStringLiteral("乙計畫"));
        const qint64 rejected = test::addApplication(ws, QStringLiteral("10000073"), QStringLiteral("丙計畫"));
        ReviewerStore reviewers(ws.workspace->db());
        const qint64 member =
            reviewers.add({0, QStringLiteral("林孟儒"), QStringLiteral("測試大學"), {}, {}, true, {}, {}}).value();
        // Assigned while eligible, then the secretariat's outcome changes.
        QVERIFY(reviewers.assign(rejected, member).ok());
        QVERIFY(
            sql::exec(ws.workspace->db(), QStringLiteral("DELETE FROM screenings WHERE application_id = ?"), {pending})
                .ok());
        ScreeningStore screening(ws.workspace->db());
        QVERIFY(screening.reject(rejected, QStringLiteral("申請資格不符：行業代碼 M7020")).ok());

        const Status refused = reviewers.assign(pending, member);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().contains(QStringLiteral("資格文件審查")));
        auto report = reviewers.autoAssign(ws.roundId, 1);
        QVERIFY(report.ok());
        QCOMPARE(report->added, 1); // the eligible one
        QCOMPARE(report->notEligible, 2);

        // The package carries the eligible application and says why the other is left out.
        test::acceptUnsignedReturns(ws);
        auto exported = package::exportPackage(ws.workspace->db(), ws.workspace->blobs(), ws.roundId, member,
                                               ws.dir.filePath(QStringLiteral("p.rdpkg")));
        QVERIFY2(exported.ok(), qPrintable(exported.error()));
        QCOMPARE(exported->applications, QList<qint64>{eligible});
        QCOMPARE(exported->leftOut.size(), 1);
        QCOMPARE(exported->leftOut.first().first, rejected);
        QVERIFY(exported->leftOut.first().second.contains(QStringLiteral("行業代碼")));

        // The compilation counts only the eligible one and keeps the others with their outcome.
        auto data = consensus::loadRound(ws.workspace->db(), ws.roundId);
        QVERIFY2(data.ok(), qPrintable(data.error()));
        QCOMPARE(data->applications.size(), 1);
        QCOMPARE(data->applications.first().applicationId, eligible);
        QCOMPARE(data->screenedOut.size(), 2);
        QStringList reasons;
        for (const consensus::ScreenedOut& out : data->screenedOut)
            reasons << out.reason;
        QVERIFY2(reasons.join(QLatin1Char('|')).contains(QStringLiteral("行業代碼")),
                 qPrintable(reasons.join(QLatin1Char('|'))));
    }

    void aSupplementedDossierIsTheNextVersionAndTheFirstStaysAsHistory()
    {
        test::TempWorkspace ws;
        const QString ubn = QStringLiteral("04595257");
        const QString title = QStringLiteral("甲計畫");
        const ImportReport first =
            importFolders(ws, {dossier(ws.dir.filePath(QStringLiteral("v1")), ubn, title, true)});
        QCOMPARE(first.imported.size(), 1);
        const qint64 id = first.imported.first().applicationId;
        ReviewerStore reviewers(ws.workspace->db());
        ScreeningStore screening(ws.workspace->db());
        auto items = screening.defaultItems(id);
        QVERIFY(items.ok());
        QCOMPARE(items->size(), 1);
        QVERIFY(items->first().contains(QStringLiteral("004")));
        QVERIFY(screening.requestSupplement(id, *items, QDate::currentDate().addDays(14)).ok());
        const auto before = ws.store().application(id).value();

        const ImportReport second = importFolders(
            ws, {dossier(ws.dir.filePath(QStringLiteral("v2")), ubn, title, false)}, ImportJob::OnDuplicate::Replace);
        QCOMPARE(second.imported.size(), 1);
        QCOMPARE(second.imported.first().applicationId, id); // the same application
        QVERIFY(roundfindings::refreshIfStale(ws.workspace->db(), ws.roundId).ok());
        const auto after = ws.store().application(id).value();
        QCOMPARE(after.summary.version, 2);
        QCOMPARE(after.documents.size(), before.documents.size() + 1); // the 簡報 came
        QVERIFY(after.findings.isEmpty() ||
                std::none_of(after.findings.begin(), after.findings.end(),
                             [](const Finding& f) { return f.severity == Severity::Error; }));
        // Decided again: the 限期補正 of version 1 does not hold for version 2.
        QCOMPARE(screening.decision(id)->outcome, Outcome::Pending);
        QVERIFY(screening.declareEligible(id).ok());

        // Version 1 is history: its dossier, findings, outcome and documents, whose files stay in the workspace.
        auto kept = sql::exec(ws.workspace->db(),
                              QStringLiteral("SELECT version, findings_json, screening_json FROM application_versions"
                                             " WHERE application_id = ?"),
                              {id});
        QVERIFY(kept.ok() && kept->next());
        QCOMPARE(kept->value(0).toInt(), 1);
        QVERIFY(kept->value(1).toString().contains(QStringLiteral("documents.required")));
        QVERIFY(kept->value(2).toString().contains(QStringLiteral("supplement")));
        QVERIFY(!kept->next());
        const int oldDocuments =
            sql::scalar(ws.workspace->db(),
                        QStringLiteral("SELECT COUNT(*) FROM version_documents WHERE application_id = ?"), {id})
                ->toInt();
        QCOMPARE(oldDocuments, before.documents.size());
        QVERIFY(ws.workspace->collectGarbage().ok());
        for (const DocumentRecord& d : before.documents)
            QVERIFY2(ws.workspace->blobs().contains(d.sha256), qPrintable(d.fileName));
        QVERIFY(actions(ws).contains(QStringLiteral("import")));
    }

    void noticesNameEachItemAndDeadlineAndStayInsideTheirFolder()
    {
        test::TempWorkspace ws;
        const qint64 a = test::addApplication(ws, QStringLiteral("04595257"), QStringLiteral("甲計畫"));
        const qint64 b = test::addApplication(ws, QStringLiteral("22099131"), QStringLiteral("乙計畫"));
        // A hostile 統一編號 must not steer the file name out of the folder.
        QVERIFY(sql::exec(ws.workspace->db(), QStringLiteral("UPDATE applications SET ubn = ? WHERE id = ?"),
                          {QStringLiteral("../../x/pwned"), b})
                    .ok());
        ScreeningStore screening(ws.workspace->db());
        const QString folder = ws.dir.filePath(QStringLiteral("notices"));
        QVERIFY(!screening::writeSupplementNotices(ws.workspace->db(), ws.roundId, folder).ok()); // none to send
        const QDate deadline = QDate::currentDate().addDays(10);
        QVERIFY(screening
                    .requestSupplement(a, {QStringLiteral("補附近三年財務報表"), QStringLiteral("更正預算表合計")},
                                       deadline)
                    .ok());
        QVERIFY(screening.requestSupplement(b, {QStringLiteral("補附簡報")}, deadline).ok());

        auto report = screening::writeSupplementNotices(ws.workspace->db(), ws.roundId, folder);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->applications, 2);
        QCOMPARE(report->files.size(), 3);
        for (const QString& file : std::as_const(report->files)) {
            QCOMPARE(QFileInfo(file).absolutePath(), QDir(folder).absolutePath());
            QVERIFY(QFileInfo(file).size() > 0);
        }
        QFile csv(report->files.last());
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csv.readAll());
        QCOMPARE(text.count(QStringLiteral("\r\n")), 4); // the header and three items
        QVERIFY(text.contains(QStringLiteral("04595257,")));
        QVERIFY(text.contains(QStringLiteral("更正預算表合計")));
        QVERIFY(text.contains(deadline.toString(Qt::ISODate)));
        QCOMPARE(actions(ws).count(QStringLiteral("export")), 3);
    }
};

QTEST_MAIN(TestScreening)
#include "tst_screening.moc"
