// Rubrics as data: the three shipped ones as the seeds define them, validation with clear errors, totals,
// and a round freezing the rubric it uses.
#include "TestSupport.h"

#include "models/consensus/RoundSettings.h"
#include "models/rubric/Rubric.h"
#include "models/sql/Sql.h"
#include "models/store/Schema.h"

#include <QTest>

using namespace rd;

namespace {

QByteArray minimal(const QByteArray& criteria, const QByteArray& extra = {})
{
    return R"({"format":"reviewdesk.rubric/1","id":"t","version":"1","name":{"zh_TW":"測試"},"criteria":[)" + criteria +
           R"(],"recommendations":[{"id":"approve","name":{"zh_TW":"建議通過"}}])" + extra + "}";
}

} // namespace

class TestRubric : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void digitalPlusExpertReviewIsAsTheSeedDefinesIt()
    {
        // 004 柒、二(一): five criteria weighted 15/10/30/30/15, each scored in points up to its weight.
        auto rubric = Rubric::load(QStringLiteral("digitalplus-2025-expert"));
        QVERIFY2(rubric.ok(), qPrintable(rubric.error()));
        QList<double> weights;
        QList<int> bullets;
        for (const RubricCriterion& c : rubric->criteria()) {
            weights << c.weight;
            bullets << int(c.guidance.size());
            QVERIFY(c.commentRequired);
            QCOMPARE(rubric->maximum(c), c.weight);
        }
        QCOMPARE(weights, (QList<double>{15, 10, 30, 30, 15}));
        QCOMPARE(bullets, (QList<int>{3, 2, 2, 5, 3}));
        QCOMPARE(rubric->criteria().at(2).name.zh, QStringLiteral("雲端方案技術服務"));
        QCOMPARE(rubric->recommendations().size(), 3);
        QCOMPARE(rubric->recommendations().at(1).name.zh, QStringLiteral("建議修正後通過"));
        QCOMPARE(rubric->flags().size(), 1); // 優先支持對象: a flag, not a score
        QVERIFY(rubric->overallCommentRequired());
        QCOMPARE(rubric->total({{QStringLiteral("innovation"), 15},
                                {QStringLiteral("cooperation"), 8},
                                {QStringLiteral("cloud_service"), 25},
                                {QStringLiteral("feasibility"), 24},
                                {QStringLiteral("benefits"), 12}}),
                 84.0);
    }

    void checklistRubrics()
    {
        // 002 九、(二): six technical characteristics, five SLA indicators, four plan-review points.
        auto tcloud = Rubric::load(QStringLiteral("tcloud-solution-selection"));
        QVERIFY2(tcloud.ok(), qPrintable(tcloud.error()));
        QCOMPARE(tcloud->criteria().size(), 0);
        int tech = 0, sla = 0, plan = 0;
        for (const ChecklistItem& item : tcloud->checklist()) {
            tech += item.id.startsWith(QLatin1String("tech."));
            sla += item.id.startsWith(QLatin1String("sla."));
            plan += item.id.startsWith(QLatin1String("plan."));
        }
        QCOMPARE(tech, 6);
        QCOMPARE(sla, 5);
        QCOMPARE(plan, 4);
        // 000 附件2: staffing, track record, six management systems, financial health.
        auto registration = Rubric::load(QStringLiteral("capability-registration"));
        QVERIFY2(registration.ok(), qPrintable(registration.error()));
        QCOMPARE(registration->checklist().size(), 10);
        QCOMPARE(Rubric::installed(),
                 (QStringList{QStringLiteral("ai-capability-registration"), QStringLiteral("capability-registration"),
                              QStringLiteral("digitalplus-2025-expert"), QStringLiteral("tcloud-solution-selection")}));
    }

    void digitalPlusBulletsAreTheSeedsWordForWord()
    {
        // 004 柒、二(一) as the seed writes them, the two bullets an earlier version shortened included.
        auto rubric = Rubric::load(QStringLiteral("digitalplus-2025-expert"));
        QVERIFY2(rubric.ok(), qPrintable(rubric.error()));
        QCOMPARE(rubric->criteria().at(2).guidance.at(0).zh,
                 QStringLiteral("雲端方案：扣合提案類別，符合目標產業需求且具明確服務內容與功能，具體說明方案管理運用之"
                                "數據內容及產業或組織使用效益，方案須建構於公有雲平台，符合雲端技術特性，具服務水準協議"
                                "（Service Level Agreement，SLA）規範。"));
        QCOMPARE(rubric->criteria().at(3).guidance.at(2).zh,
                 QStringLiteral("輔導服務：須有服務品質規劃、服務導入流程規劃，具充分客戶服務、技術諮詢及教育訓練能量"
                                "（如為代理經銷應佐證自身具備技術服務能量，且須提供原廠授權證明），提供導入對象之合作"
                                "意向佐證。"));
        QCOMPARE(rubric->criteria().at(4).guidance.at(2).zh,
                 QStringLiteral("其他效益：說明標竿示範案例數(如透過數據管理達成創新成果或具顯著經營升級成效)、方案服務"
                                "(使用)人次、提升產業或組織營收、提高產業或組織營運效能、提升申請企業營收等效益。"));
    }

    void digitalPlusChecklistFollowsTheTechnicalServiceRules()
    {
        // 004 柒、二(二): public cloud, no provider or machine room in mainland China, the excluded kinds of
        // solution, data ownership, SLA availability of 99 % and the five SLA indicators: each member confirms them.
        auto rubric = Rubric::load(QStringLiteral("digitalplus-2025-expert"));
        QVERIFY2(rubric.ok(), qPrintable(rubric.error()));
        QStringList ids;
        for (const ChecklistItem& item : rubric->checklist()) {
            ids << item.id;
            QVERIFY2(item.source.startsWith(QLatin1String("004 ")), qPrintable(item.id));
        }
        QCOMPARE(ids, (QStringList{QStringLiteral("platform.public_cloud"), QStringLiteral("platform.provider"),
                                   QStringLiteral("platform.machine_room"), QStringLiteral("solution.not_excluded"),
                                   QStringLiteral("solution.data_ownership"), QStringLiteral("sla.availability"),
                                   QStringLiteral("sla.indicators")}));
        QVERIFY(rubric->checklist().at(5).name.zh.contains(QStringLiteral("99%")));
    }

    void aiCapabilityRegistrationFollowsSeed003()
    {
        auto rubric = Rubric::load(QStringLiteral("ai-capability-registration"));
        QVERIFY2(rubric.ok(), qPrintable(rubric.error()));
        // 4 大項, 23 分項, 87 小項, each numbered under its parent.
        QCOMPARE(rubric->categoryCounts(), (QList<int>{4, 23, 87}));
        QCOMPARE(rubric->category(QStringLiteral("4.15.2"))->name.zh, QStringLiteral("人工智慧相關系統整合"));
        QCOMPARE(rubric->category(QStringLiteral("2.1.3"))->name.zh,
                 QStringLiteral("行動裝置、設備端人工智慧相關軟體開發"));
        QVERIFY(!rubric->category(QStringLiteral("4.16")));
        // At least three full-time staff with two years' experience; a presentation of 10 + 10 minutes.
        QStringList names;
        for (const ChecklistItem& item : rubric->checklist())
            names << item.name.zh;
        QVERIFY(names.join(u'|').contains(QStringLiteral("至少三位專任人員")));
        QVERIFY(names.join(u'|').contains(QStringLiteral("至少兩年相關工作經驗")));
        QVERIFY(rubric->presentation().has_value());
        QCOMPARE(rubric->presentation()->talkMinutes, 10.0);
        QCOMPARE(rubric->presentation()->questionMinutes, 10.0);
        QVERIFY(!Rubric::load(QStringLiteral("digitalplus-2025-expert"))->presentation());

        // A round scored with it times its presentations so, until the secretariat sets its own.
        rd::test::TempWorkspace ws;
        QVERIFY(ws.store().freezeRubric(ws.roundId, *rubric).ok());
        const auto settings = rd::consensus::roundSettings(ws.workspace->db(), ws.roundId);
        QVERIFY2(settings.ok(), qPrintable(settings.error()));
        QCOMPARE(settings->talkMinutes, 10.0);
    }

    void categoryListsAreNumberedUnderTheirParents()
    {
        const auto withCategories = [](const char* categories) -> QByteArray {
            return QByteArray(R"({"format": "reviewdesk.rubric/1", "id": "x", "version": "1", "name": {"zh_TW": "x"},
                "checklist": [{"id": "c", "name": {"zh_TW": "c"}}],
                "recommendations": [{"id": "pass", "name": {"zh_TW": "通過"}}], "categories": )") +
                   categories + "}";
        };
        QVERIFY(Rubric::fromJson(withCategories(R"([{"id": "1", "name": {"zh_TW": "甲"},
                "children": [{"id": "1.1", "name": {"zh_TW": "乙"}}]}])"),
                                 QStringLiteral("x.json"))
                    .ok());
        const auto misplaced = Rubric::fromJson(withCategories(R"([{"id": "1", "name": {"zh_TW": "甲"},
                "children": [{"id": "2.1", "name": {"zh_TW": "乙"}}]}])"),
                                                QStringLiteral("x.json"));
        QVERIFY(!misplaced);
        QVERIFY2(misplaced.error().contains(QStringLiteral("2.1")), qPrintable(misplaced.error()));
        QVERIFY(!Rubric::fromJson(withCategories(R"([{"id": "1", "name": {"zh_TW": "甲"}},
                {"id": "1", "name": {"zh_TW": "乙"}}])"),
                                  QStringLiteral("x.json")));
    }

    void percentScaleWeighsEachCriterion()
    {
        auto rubric = Rubric::fromJson(minimal(R"({"id":"a","name":{"zh_TW":"甲"},"weight":40},
                                                 {"id":"b","name":{"zh_TW":"乙"},"weight":60})",
                                               R"(,"scale":"percent")"),
                                       QStringLiteral("p.json"));
        QVERIFY2(rubric.ok(), qPrintable(rubric.error()));
        QCOMPARE(rubric->maximum(rubric->criteria().first()), 100.0);
        QCOMPARE(rubric->total({{QStringLiteral("a"), 50}, {QStringLiteral("b"), 100}}), 80.0);
    }

    void validationErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("weights not 100") << minimal(R"({"id":"a","name":{"zh_TW":"甲"},"weight":15},
                                                     {"id":"b","name":{"zh_TW":"乙"},"weight":84})")
                                         << "99";
        QTest::newRow("duplicate id") << minimal(R"({"id":"a","name":{"zh_TW":"甲"},"weight":50},
                                                  {"id":"a","name":{"zh_TW":"乙"},"weight":50})")
                                      << "“a”";
        QTest::newRow("missing weight") << minimal(R"({"id":"a","name":{"zh_TW":"甲"}})") << "weight";
        QTest::newRow("unnamed criterion") << minimal(R"({"id":"a","weight":100})") << "no name";
        QTest::newRow("unknown scale") << minimal(R"({"id":"a","name":{"zh_TW":"甲"},"weight":100})",
                                                  R"(,"scale":"stars")")
                                       << "stars";
        QTest::newRow("nothing to score") << minimal("") << "neither";
        QTest::newRow("no recommendations")
            << QByteArray(R"({"format":"reviewdesk.rubric/1","id":"t","version":"1","name":{"zh_TW":"測試"},
                             "criteria":[{"id":"a","name":{"zh_TW":"甲"},"weight":100}]})")
            << "recommendations";
        QTest::newRow("other format") << QByteArray(R"({"format":"reviewdesk.rubric/9"})") << "format";
        QTest::newRow("not JSON") << QByteArray("{") << "not a valid rubric";
    }
    void validationErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        auto rubric = Rubric::fromJson(json, QStringLiteral("custom-rubric.json"));
        QVERIFY(!rubric.ok());
        QVERIFY2(rubric.error().contains(QStringLiteral("custom-rubric.json")) && rubric.error().contains(error),
                 qPrintable(rubric.error()));
    }

    void roundFreezesItsRubric()
    {
        test::TempWorkspace ws;
        auto round =
            ws.store().createRound(QStringLiteral("第2梯次"), QStringLiteral("DIGITAL+"),
                                   QStringLiteral("digitalplus-2025"), QStringLiteral("digitalplus-2025-expert"));
        QVERIFY2(round.ok(), qPrintable(round.error()));
        auto frozen = ws.store().roundRubric(*round);
        QVERIFY2(frozen.ok(), qPrintable(frozen.error()));
        QCOMPARE(frozen->id(), QStringLiteral("digitalplus-2025-expert"));
        QCOMPARE(frozen->sha256(), Rubric::load(QStringLiteral("digitalplus-2025-expert"))->sha256());

        // The same rubric again is fine; another one is refused and the frozen one stays.
        QVERIFY(ws.store().freezeRubric(*round, *frozen).ok());
        const Status other =
            ws.store().freezeRubric(*round, *Rubric::load(QStringLiteral("tcloud-solution-selection")));
        QVERIFY(!other.ok());
        QVERIFY2(other.error().contains(QStringLiteral("digitalplus-2025-expert")), qPrintable(other.error()));
        QCOMPARE(ws.store().roundRubric(*round)->id(), QStringLiteral("digitalplus-2025-expert"));

        // A round without a rubric says so.
        QVERIFY(!ws.store().roundRubric(ws.roundId).ok());
    }

    void frozenRubricOutlivesTheInstalledFile()
    {
        // What a round holds is the frozen bytes, whatever is installed later.
        test::TempWorkspace ws;
        auto edited =
            Rubric::fromJson(minimal(R"({"id":"a","name":{"zh_TW":"甲"},"weight":100})"), QStringLiteral("v1.json"));
        QVERIFY(ws.store().freezeRubric(ws.roundId, *edited).ok());
        QCOMPARE(ws.store().roundRubric(ws.roundId)->json(), edited->json());
    }

    void migratesAVersionOneWorkspaceKeepingItsRounds()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("reviewdesk.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(schema::migrate(db, 1).ok()); // as the first release left it
            QVERIFY(sql::exec(db, QStringLiteral("INSERT INTO rounds(name, program, ruleset, created_at)"
                                                 " VALUES ('第1梯次', 'DIGITAL+', 'digitalplus-2025', '2025-01-22')"))
                        .ok());
            QCOMPARE(sql::scalar(db, QStringLiteral("PRAGMA user_version"))->toInt(), 1);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));

        auto ws = Workspace::open(dir.path());
        QVERIFY2(ws.ok(), qPrintable(ws.error()));
        QCOMPARE(sql::scalar((*ws)->db(), QStringLiteral("PRAGMA user_version"))->toInt(), schema::currentVersion());
        ApplicationStore store((*ws)->db());
        QCOMPARE(store.rounds()->first().name, QStringLiteral("第1梯次"));
        const qint64 round = store.rounds()->first().id;
        QVERIFY(!store.roundRubric(round).ok());
        QVERIFY(store.freezeRubric(round, *Rubric::load(QStringLiteral("digitalplus-2025-expert"))).ok());
        QCOMPARE(store.roundRubric(round)->criteria().size(), 5);
    }
};

QTEST_GUILESS_MAIN(TestRubric)
#include "tst_rubric.moc"
