// The committee pool and assignment: never a conflicted pair unless overridden with a reason, balanced
// load, shortfalls reported, reproducible results.
#include "TestSupport.h"

#include "models/dossier/DossierReader.h"
#include "models/review/PreliminaryOpinions.h"
#include "models/review/ReviewerStore.h"
#include "models/rubric/Rubric.h"
#include "models/sql/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace rd;

namespace {

const QList<Reviewer>& pool()
{
    static const QList<Reviewer> list = {
        {0,
         QStringLiteral("林孟儒"),
         QStringLiteral("國立臺灣大學資訊工程學系"),
         QStringLiteral("教授"),
         {},
         true,
         {},
         {}},
        {0, QStringLiteral("陳怡安"), QStringLiteral("國立清華大學"), QStringLiteral("副教授"), {}, true, {}, {}},
        {0, QStringLiteral("黃冠霖"), QStringLiteral("國立成功大學"), QStringLiteral("教授"), {}, true, {}, {}},
        {0,
         QStringLiteral("吳承翰"),
         QStringLiteral("財團法人資訊工業策進會"),
         QStringLiteral("組長"),
         {},
         true,
         {},
         {}},
        {0, QStringLiteral("劉雅雯"), QStringLiteral("工業技術研究院"), QStringLiteral("研究員"), {}, true, {}, {}},
        {0,
         QStringLiteral("周佳蓉"),
         QStringLiteral("台灣雲端物聯網產業協會"),
         QStringLiteral("理事"),
         {},
         false,
         {},
         {QStringLiteral("22099131")}},
    };
    return list;
}

// Ten applications; every other one asks that 林孟儒 (at 國立台灣大學, written differently) and 吳承翰 recuse.
QList<qint64> addApplications(const test::TempWorkspace& ws)
{
    const QStringList ubns = {QStringLiteral("04595257"), QStringLiteral("22099131"), QStringLiteral("10000073"),
                              QStringLiteral("10000078"), QStringLiteral("10000079"), QStringLiteral("00000011"),
                              QStringLiteral("12345675"), QStringLiteral("23456780"), QStringLiteral("34567895"),
                              QStringLiteral("45678909")};
    QList<qint64> ids;
    for (int i = 0; i < ubns.size(); ++i) {
        QJsonObject app = test::validApplication(ubns.at(i), QStringLiteral("計畫%1").arg(i));
        if (i % 2 == 0)
            app.insert(QStringLiteral("recusal_requests"),
                       QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("林 孟儒")},
                                              {QStringLiteral("organization"), QStringLiteral("國立台灣大學")}},
                                  QJsonObject{{QStringLiteral("name"), QStringLiteral("吳承翰")},
                                              {QStringLiteral("organization"), QStringLiteral("資訊工業策進會")}}});
        ParsedDossier parsed;
        parsed.sourcePath = QStringLiteral("test");
        parsed.dossier = DossierReader::parse(QJsonDocument(app).toJson(), QStringLiteral("t")).value();
        parsed.budget.lines = {{QStringLiteral("personnel.staff"), 100, 100, 20}};
        ids << ws.store().insert(ws.roundId, parsed, 0).value();
        test::markEligible(ws, ids.last());
    }
    return ids;
}

} // namespace

class TestReviewers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addsAndListsMembers()
    {
        test::TempWorkspace ws;
        ReviewerStore store(ws.workspace->db());
        for (const Reviewer& r : pool())
            QVERIFY(store.add(r).ok());
        QVERIFY(!store.add({}).ok()); // a member needs a name
        const auto list = store.reviewers();
        QCOMPARE(list->size(), 6);
        QCOMPARE(list->last().declaredUbns, QStringList{QStringLiteral("22099131")});
        QVERIFY(!list->last().external);
    }

    void autoAssignmentNeverPairsAConflictAndBalancesLoad()
    {
        test::TempWorkspace ws;
        const QList<qint64> apps = addApplications(ws);
        ReviewerStore store(ws.workspace->db());
        for (const Reviewer& r : pool())
            QVERIFY(store.add(r).ok());
        auto report = store.autoAssign(ws.roundId, 3);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->added, 30);
        QVERIFY(report->shortOf.isEmpty());

        const auto assignments = store.assignments(ws.roundId);
        QHash<qint64, int> perApplication, perReviewer;
        for (const Assignment& a : *assignments) {
            QVERIFY2(store.conflictsOf(a.reviewerId, a.applicationId)->isEmpty(),
                     qPrintable(QStringLiteral("member %1 on application %2").arg(a.reviewerId).arg(a.applicationId)));
            ++perApplication[a.applicationId];
            ++perReviewer[a.reviewerId];
        }
        for (qint64 app : apps)
            QCOMPARE(perApplication.value(app), 3);
        // 30 assignments over 6 members: 5 each when nothing stands in the way.
        const auto [least, most] = std::minmax_element(perReviewer.begin(), perReviewer.end());
        QVERIFY2(*most - *least <= 1, qPrintable(QStringLiteral("%1..%2").arg(*least).arg(*most)));
        // 周佳蓉 declared a tie with 22099131: she is not on that application.
        QVERIFY(!store.conflictsOf(6, apps.at(1))->isEmpty());
    }

    void shortfallIsReported()
    {
        test::TempWorkspace ws;
        addApplications(ws);
        ReviewerStore store(ws.workspace->db());
        QVERIFY(store.add(pool().at(0)).ok()); // 林孟儒: recused from half of them
        QVERIFY(store.add(pool().at(1)).ok());
        auto report = store.autoAssign(ws.roundId, 2);
        QVERIFY(report.ok());
        QCOMPARE(report->shortOf.size(), 5);
        for (const auto& [application, have] : report->shortOf)
            QCOMPARE(have, 1);
    }

    void sameInputSameAssignment()
    {
        QList<QList<QPair<qint64, qint64>>> runs;
        for (int run = 0; run < 2; ++run) {
            test::TempWorkspace ws;
            addApplications(ws);
            ReviewerStore store(ws.workspace->db());
            for (const Reviewer& r : pool())
                QVERIFY(store.add(r).ok());
            QVERIFY(store.autoAssign(ws.roundId, 3).ok());
            QList<QPair<qint64, qint64>> pairs;
            const auto assignments = store.assignments(ws.roundId);
            for (const Assignment& a : *assignments)
                pairs.append({a.applicationId, a.reviewerId});
            runs << pairs;
        }
        QCOMPARE(runs.at(0), runs.at(1));
    }

    void preliminaryOpinionsFollowTheRoundsRubric()
    {
        test::TempWorkspace ws;
        const QList<qint64> apps = addApplications(ws);
        PreliminaryOpinions opinions(ws.workspace->db());
        PreliminaryOpinion overall{
            QString(), PreliminaryOpinion::Meets::Yes, QStringLiteral("資格文件齊備，經費編列合理。"), {}};
        // No rubric frozen for the round yet: nothing to write against.
        QVERIFY(!opinions.set(apps.first(), overall).ok());

        QVERIFY(ws.store().freezeRubric(ws.roundId, *Rubric::load(QStringLiteral("digitalplus-2025-expert"))).ok());
        QVERIFY(opinions.set(apps.first(), overall).ok());
        QVERIFY(opinions
                    .set(apps.first(), {QStringLiteral("cloud_service"),
                                        PreliminaryOpinion::Meets::Partly,
                                        QStringLiteral("SLA 未載明 RPO。"),
                                        {}})
                    .ok());
        QVERIFY(opinions
                    .set(apps.first(), {QStringLiteral("innovation"),
                                        PreliminaryOpinion::Meets::Yes,
                                        QStringLiteral("目標客群明確。"),
                                        {}})
                    .ok());
        const Status unknown = opinions.set(
            apps.first(), {QStringLiteral("price"), PreliminaryOpinion::Meets::No, QStringLiteral("x"), {}});
        QVERIFY(!unknown.ok());
        QVERIFY2(unknown.error().contains(QStringLiteral("cloud_service")), qPrintable(unknown.error()));
        QVERIFY(!opinions
                     .set(apps.first(),
                          {QStringLiteral("benefits"), PreliminaryOpinion::Meets::Unstated, QStringLiteral("  "), {}})
                     .ok());

        // Rewriting replaces; the overall opinion first, then the rubric's order.
        QVERIFY(opinions
                    .set(apps.first(), {QStringLiteral("cloud_service"),
                                        PreliminaryOpinion::Meets::No,
                                        QStringLiteral("SLA 未載明 RPO，亦無備份頻率。"),
                                        {}})
                    .ok());
        const auto list = opinions.of(apps.first());
        QVERIFY2(list.ok(), qPrintable(list.error()));
        QCOMPARE(list->size(), 3);
        QCOMPARE(list->at(0).criterion, QString());
        QCOMPARE(list->at(1).criterion, QStringLiteral("innovation"));
        QCOMPARE(list->at(2).criterion, QStringLiteral("cloud_service"));
        QCOMPARE(list->at(2).meets, PreliminaryOpinion::Meets::No);
        QVERIFY(list->at(2).opinion.contains(QStringLiteral("備份頻率")));
        QVERIFY(opinions.of(apps.at(1))->isEmpty());
    }

    void overridingAConflictNeedsAReasonAndIsRecorded()
    {
        test::TempWorkspace ws;
        const QList<qint64> apps = addApplications(ws);
        ReviewerStore store(ws.workspace->db());
        const qint64 lin = store.add(pool().at(0)).value();
        const Status refused = store.assign(apps.at(0), lin);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("林 孟儒")), qPrintable(refused.error()));
        QVERIFY(store.assignments(ws.roundId)->isEmpty());

        QVERIFY(store.assign(apps.at(0), lin, QStringLiteral("申請企業撤回迴避請求（公文 114-0123）")).ok());
        const Assignment a = store.assignments(ws.roundId)->first();
        QVERIFY2(a.conflicts.contains(QStringLiteral("林 孟儒")), qPrintable(a.conflicts));
        QCOMPARE(a.overrideReason, QStringLiteral("申請企業撤回迴避請求（公文 114-0123）"));
        // Stored as data, not as a sentence in the language of whoever assigned: read back, it is
        // described in the reader's language.
        const QString stored =
            sql::scalar(ws.workspace->db(), QStringLiteral("SELECT conflicts FROM assignments"))->toString();
        const QList<conflicts::Conflict> data = conflicts::fromJson(stored);
        QCOMPARE(data.size(), 1);
        QCOMPARE(data.first().basis, conflicts::Basis::RecusalNameAndOrganization);
        QCOMPARE(conflicts::toJson(data), stored);

        QVERIFY(store.assign(apps.at(1), lin).ok()); // no conflict there: no reason needed
    }
};

QTEST_GUILESS_MAIN(TestReviewers)
#include "tst_reviewers.moc"
